import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { type FindingSeverity, type Language, type VerifyReport } from "../../../core";
import { formName, utcTime } from "./format";
import { SIGNOFF_STRINGS } from "./strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "8px" },
  findings: { margin: 0, paddingLeft: "16px" },
  // Fluent's Text components are inline even as <p>: block, so a finding and its meaning do not run together.
  text: { display: "block", margin: 0 },
  mutedText: { display: "block", margin: 0, color: tokens.colorNeutralForeground3 },
});

const COLOR: Record<FindingSeverity, "success" | "informative" | "warning" | "danger"> = {
  ok: "success",
  notice: "informative",
  warning: "warning",
  error: "danger",
};

const RANK: Record<FindingSeverity, number> = { ok: 0, notice: 1, warning: 2, error: 3 };

/** The ledger's verification in words a manager reads: each entry, what was found, what it means, and the limits. */
export function VerifyPanel({ report, language }: { report: VerifyReport; language: Language }) {
  const styles = useStyles();
  const t = SIGNOFF_STRINGS[language];
  const bad = report.entries.filter((e) => !e.trusted).length;
  const summary =
    report.count === 0
      ? t.empty
      : bad === 0
        ? t.intact(report.count, report.lastCode ?? "")
        : t.notIntact(bad, report.count);
  return (
    <section className={styles.section} aria-label={t.verifyHeading}>
      <Subtitle2 as="h3" className={styles.text}>
        {t.verifyHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {summary}
      </Body1>
      <ol className={styles.list}>
        {report.entries.map(({ entry, findings }) => {
          const worst = findings.reduce<FindingSeverity>((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), "ok");
          return (
            <li key={entry.n}>
              <Body1>
                {t.entry(entry.n, formName(entry.form.template, language))}{" "}
                <Badge appearance="tint" color={COLOR[worst]}>
                  {t.severity[worst]}
                </Badge>
              </Body1>
              <Caption1 as="p" className={styles.mutedText}>
                {entry.signer} · {entry.department} · {utcTime(entry.at)}
              </Caption1>
              <ul className={styles.findings}>
                {findings.map((finding, i) => (
                  <li key={i}>
                    <Caption1 as="p" className={styles.text}>
                      {finding.message[language]}
                    </Caption1>
                    <Caption1 as="p" className={styles.mutedText}>
                      {finding.meaning[language]}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <Subtitle2 as="h4" className={styles.text}>
        {t.limits}
      </Subtitle2>
      <ul className={styles.findings}>
        {report.limits.map((limit, i) => (
          <li key={i}>
            <Caption1>{limit[language]}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
