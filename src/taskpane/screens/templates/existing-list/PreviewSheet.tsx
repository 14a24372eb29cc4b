import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export interface PreviewSheetProps {
  /** "The sheet in the preview: Team tasks". */
  caption: string;
  /** Column headers, then one row of cell values per data row. */
  header: string[];
  rows: unknown[][];
}

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "start",
    verticalAlign: "top",
  },
  // Values stay whole ("Completed", "3, 5"); the region scrolls sideways when they do not fit.
  value: { whiteSpace: "nowrap", overflowWrap: "normal" },
  caption: { textAlign: "start", captionSide: "top", paddingBottom: tokens.spacingVerticalXS },
});

const shown = (value: unknown) => (value === null || value === undefined ? "" : String(value));

/**
 * Outside Office there is no grid to look at: the preview shows the columns it added as a table, so the computed
 * Status / Lag / Waiting on (or SLA) can be seen. It scrolls on its own in a narrow pane (keyboard-focusable).
 */
export function PreviewSheet({ caption, header, rows }: PreviewSheetProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Caption1>{caption}</Caption1>
        </caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col" className={styles.cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={styles.cell}>
                    {shown(value)}
                  </th>
                ) : (
                  <td key={c} className={mergeClasses(styles.cell, styles.value)}>
                    {shown(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
