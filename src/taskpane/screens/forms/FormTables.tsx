import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { type Language, type TableDef } from "../../../core";
import type { FormContent } from "../../../hosts/types";
import { shownText } from "./field-text";
import { FORMS_STRINGS } from "./strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: "16px" },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  missing: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === "";

/** Rows with anything typed in a non-formula column, numbered as the form prints them. */
export function startedRows(table: TableDef, rows: FormContent["tables"][string] = []) {
  const columns = table.columns.filter((c) => c.kind !== "formula" && !(table.idPrefix && c === table.columns[0]));
  return rows.map((cells, i) => ({ n: i + 1, cells })).filter(({ cells }) => columns.some((c) => !blank(cells[c.id])));
}

/** A form's tables as the pane shows them: each started row, and its required cells still empty. */
export function FormTables({
  tables,
  content,
  language,
}: {
  tables: readonly TableDef[];
  content: FormContent;
  language: Language;
}) {
  const styles = useStyles();
  const t = FORMS_STRINGS[language];
  return (
    <>
      {tables.map((table) => {
        const rows = startedRows(table, content.tables[table.id]);
        const id = `concord-table-${table.id}`;
        return (
          <section key={table.id} className={styles.section} aria-labelledby={id}>
            <Subtitle2 as="h3" id={id} className={styles.text}>
              {table.title[language]}
            </Subtitle2>
            <Caption1 as="p" className={styles.muted}>
              {t.tableNote}
            </Caption1>
            {rows.length === 0 && (
              <Body1 as="p" className={styles.text}>
                {t.emptyTable}
              </Body1>
            )}
            <ul className={styles.list}>
              {rows.map(({ n, cells }) => {
                const missing = table.columns.filter((c) => c.required && c.kind !== "formula" && blank(cells[c.id]));
                const filled = table.columns.filter((c) => !blank(cells[c.id]));
                return (
                  <li key={n}>
                    <Body1 as="p" className={styles.text}>
                      {t.row(n)}: {filled.map((c) => shownText(c, cells[c.id], language)).join(" · ")}
                    </Body1>
                    {missing.map((c) => (
                      <Caption1 as="p" key={c.id} className={styles.missing}>
                        {t.required(c.label[language])}
                      </Caption1>
                    ))}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
