import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { STATUS_LABELS, type DepartmentCounts, type Language, type StatusCounts, type TaskStatus } from "../../../core";
import { countsText, WEEKLY_STRINGS } from "./strings";

/** The order statuses are shown in, as the WBS dashboard and the brief list them. */
export const STATUS_ORDER: readonly TaskStatus[] = ["completed", "inProgress", "lagging", "blocked", "notStarted"];

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "4px" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { ...typographyStyles.body1, flexBasis: "7em", flexGrow: 0, flexShrink: 1, minWidth: 0 },
  track: { flexGrow: 1, flexBasis: "6em", minWidth: "3em", display: "flex", height: "12px" },
  count: { ...typographyStyles.body1Strong, minWidth: "2em", textAlign: "end" },
  // Every bar has an outline, so a light segment is still seen against the pane (non-text contrast).
  bar: { height: "100%", boxSizing: "border-box", outline: `1px solid ${tokens.colorNeutralStroke1}` },
  completed: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  inProgress: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  lagging: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  blocked: { backgroundColor: tokens.colorPaletteRedBackground3 },
  notStarted: { backgroundColor: tokens.colorNeutralStrokeAccessible },
  stack: { display: "flex", height: "100%" },
  department: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginInlineEnd: "4px" },
});

/**
 * Tasks by status as horizontal bars (their length relative to the largest count), each with its count written beside
 * it. The chart is one image for assistive technology, named with every number.
 */
export function StatusChart({ counts, language }: { counts: StatusCounts; language: Language }) {
  const styles = useStyles();
  const t = WEEKLY_STRINGS[language];
  const max = Math.max(1, ...STATUS_ORDER.map((s) => counts[s]));
  return (
    <div role="img" aria-label={t.statusChart(countsText(counts, STATUS_ORDER, language))}>
      <ul className={styles.list} aria-hidden="true">
        {STATUS_ORDER.map((s) => (
          <li key={s} className={styles.row} data-status={s}>
            <span className={styles.label}>{STATUS_LABELS[language][s]}</span>
            <span className={styles.track}>
              {counts[s] > 0 && (
                <span
                  className={mergeClasses(styles.bar, styles[s])}
                  style={{ width: `${(counts[s] / max) * 100}%` }}
                />
              )}
            </span>
            <span className={styles.count}>{counts[s]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One stacked bar per department (its length relative to the largest department), its segments by status, with the
 * counts written under it; a legend of the colours once above.
 */
export function DepartmentChart({
  departments,
  language,
  lang,
}: {
  departments: readonly DepartmentCounts[];
  language: Language;
  /** The WBS's language, when it is not the pane's: department names are written in it. */
  lang?: Language;
}) {
  const styles = useStyles();
  const t = WEEKLY_STRINGS[language];
  const max = Math.max(1, ...departments.map((d) => d.total));
  return (
    <>
      <ul className={styles.legend} aria-hidden="true">
        {STATUS_ORDER.map((s) => (
          <li key={s} className={styles.caption} style={{ listStyleType: "none" }}>
            <span className={mergeClasses(styles.swatch, styles.bar, styles[s])} />
            {STATUS_LABELS[language][s]}
          </li>
        ))}
      </ul>
      <ul className={styles.list}>
        {departments.map((d) => {
          const name = d.department || t.noDepartment;
          const shown = STATUS_ORDER.filter((s) => d.counts[s] > 0);
          const parts = countsText(d.counts, shown, language);
          return (
            <li key={d.department} className={styles.department}>
              <span className={styles.row}>
                <span className={styles.label} lang={d.department ? lang : undefined}>
                  {name}
                </span>
                <span className={styles.track} role="img" aria-label={t.departmentChart(name, d.total, parts)}>
                  <span className={styles.stack} style={{ width: `${(d.total / max) * 100}%` }}>
                    {shown.map((s) => (
                      <span
                        key={s}
                        className={mergeClasses(styles.bar, styles[s])}
                        style={{ width: `${(d.counts[s] / d.total) * 100}%` }}
                      />
                    ))}
                  </span>
                </span>
                <span className={styles.count}>{d.total}</span>
              </span>
              <p className={styles.caption} aria-hidden="true">
                {parts}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
