import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { tableCellKey, type Language, type Slot, type TableDef } from "../../../core";
import type { FormContent } from "../../../hosts/types";
import { fieldText } from "./field-text";
import { FieldInput } from "./FieldInput";
import { FORMS_STRINGS } from "./strings";
import type { Problem } from "./validation";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  text: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  row: {
    border: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} 0 0`,
    minWidth: 0,
  },
  /** A row is a small group of labelled inputs: side by side where there is room, one per line at 175 px. */
  cells: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 128px), 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  wide: { gridColumn: "1 / -1" },
});

const blank = (text: string | undefined) => (text ?? "").trim() === "";

/** The columns the pane edits: not formulas, and not a generated id column (WBS-001…). */
export function editableColumns(table: TableDef) {
  return table.columns.filter((c) => c.kind !== "formula" && !(table.idPrefix && c === table.columns[0]));
}

/** A table cell as a slot of the pane, keyed `<tableId>.<row>.<columnId>` as the hosts write it. */
function cellSlot(table: TableDef, row: number, column: TableDef["columns"][number], required: boolean): Slot {
  return {
    key: tableCellKey(table.id, row, column.id),
    blockId: `${table.id}.${row}`,
    field: { ...column, required },
    label: column.label,
  };
}

/**
 * The table cells the pane shows for a draft: every row with something typed, and the first empty row after them
 * (filling it shows the next), up to the rows the file's table has. Required columns count only in started rows.
 */
export function tableCellSlots(
  table: TableDef,
  rowCount: number,
  draft: Readonly<Record<string, string>>,
): Array<{ row: number; slots: Slot[] }> {
  const columns = editableColumns(table);
  const started = (row: number) => columns.some((c) => !blank(draft[tableCellKey(table.id, row, c.id)]));
  let last = 0;
  for (let row = 1; row <= rowCount; row++) if (started(row)) last = row;
  const shown = Math.min(rowCount, last + 1);
  return Array.from({ length: shown }, (_, i) => i + 1).map((row) => ({
    row,
    slots: columns.map((column) => cellSlot(table, row, column, started(row) && column.required === true)),
  }));
}

/** The text each table cell's input starts with, by cell key. */
export function tableTexts(tables: readonly TableDef[], content: FormContent): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const table of tables) {
    (content.tables[table.id] ?? []).forEach((cells, i) => {
      for (const column of editableColumns(table))
        texts[tableCellKey(table.id, i + 1, column.id)] = fieldText(column, cells[column.id]);
    });
  }
  return texts;
}

/** A form's tables as rows of small labelled inputs, checked like the fields and saved with them. */
export function FormTables({
  tables,
  rowCounts,
  draft,
  problems,
  showMissing,
  language,
  onChange,
}: {
  tables: readonly TableDef[];
  /** The rows each table has in the file, by table id. */
  rowCounts: Readonly<Record<string, number>>;
  draft: Readonly<Record<string, string>>;
  problems: ReadonlyMap<string, Problem[]>;
  showMissing: boolean;
  language: Language;
  onChange(key: string, value: string): void;
}) {
  const styles = useStyles();
  const t = FORMS_STRINGS[language];
  return (
    <>
      {tables.map((table) => {
        const id = `concord-table-${table.id}`;
        return (
          <section key={table.id} className={styles.section} aria-labelledby={id}>
            <Subtitle2 as="h3" id={id} className={styles.text}>
              {table.title[language]}
            </Subtitle2>
            <Caption1 as="p" className={styles.muted}>
              {t.tableNote}
            </Caption1>
            {tableCellSlots(table, rowCounts[table.id] ?? 0, draft).map(({ row, slots }) => (
              <fieldset key={row} className={styles.row}>
                <legend>
                  <Caption1>{t.tableRow(table.title[language], row)}</Caption1>
                </legend>
                <div className={styles.cells}>
                  {slots.map((slot) => (
                    <div key={slot.key} className={slot.field.kind === "longText" ? styles.wide : undefined}>
                      <FieldInput
                        slot={slot}
                        value={draft[slot.key] ?? ""}
                        problems={problems.get(slot.key) ?? []}
                        showMissing={showMissing}
                        language={language}
                        onChange={(value) => onChange(slot.key, value)}
                      />
                    </div>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        );
      })}
    </>
  );
}
