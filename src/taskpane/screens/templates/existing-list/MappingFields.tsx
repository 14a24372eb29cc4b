import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnMapping, ColumnRole, Language } from "../../../../core";
import { a1 } from "../../../../render/sheet";
import { roleRows } from "./mapping-view";
import { EXISTING_LIST_STRINGS } from "./strings";

export interface MappingFieldsProps {
  mapping: ColumnMapping;
  /** The list's first sheet column, to name a column without a header by its letter. */
  firstColumn: number;
  language: Language;
  /** Roles the user set: their confidence reads "your choice". */
  chosen: ReadonlySet<ColumnRole>;
  disabled: boolean;
  onChange(role: ColumnRole, column: number | null): void;
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
});

const NONE = "none";

/** One drop-down per role of the list's kind: the list's headers and "none", with how sure detection is in words. */
export function MappingFields({ mapping, firstColumn, language, chosen, disabled, onChange }: MappingFieldsProps) {
  const styles = useStyles();
  const t = EXISTING_LIST_STRINGS[language];
  const headerOf = (header: string, column: number) =>
    header !== "" ? header : t.blankHeader(a1(0, firstColumn + column).replace(/\d+$/, ""));
  return (
    <div className={styles.fields}>
      {roleRows(mapping, language, chosen).map((row) => (
        <Field
          key={row.role}
          orientation="horizontal"
          label={row.label}
          {...(row.confidence === "unsure"
            ? { validationState: "warning" as const, validationMessage: t.confidence.unsure }
            : { hint: t.confidence[row.confidence] })}
        >
          <Select
            className={styles.select}
            disabled={disabled}
            value={row.column === null ? NONE : String(row.column)}
            onChange={(_, data) => onChange(row.role, data.value === NONE ? null : Number(data.value))}
          >
            <option value={NONE}>{t.none}</option>
            {mapping.headers.map((header, column) => (
              <option key={column} value={String(column)}>
                {headerOf(header, column)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
