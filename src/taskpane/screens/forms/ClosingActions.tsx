import { Body1, Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import type { AcceptanceVerdict, Language } from "../../../core";
import { CLOSING_STRINGS } from "./closing-strings";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  accepted: { display: "block", margin: 0, color: tokens.colorPaletteGreenForeground1, overflowWrap: "anywhere" },
  blocked: { display: "block", margin: 0, color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ClosingActionsProps {
  template: "T7" | "T8";
  language: Language;
  busy: boolean;
  prefilling: boolean;
  onPrefill(): void;
  /** T7 only: the verdict of the rows as they are being edited. */
  verdict?: AcceptanceVerdict;
}

/**
 * Above a T7 / T8's fields: the pre-fill button and, on a T7, the acceptance verdict of the rows being edited —
 * accepted, or which deliverables keep it from being signed and why.
 */
export function ClosingActions({ template, language, busy, prefilling, onPrefill, verdict }: ClosingActionsProps) {
  const styles = useStyles();
  const t = CLOSING_STRINGS[language];
  const heading = template === "T7" ? t.acceptanceHeading : t.retrospectiveHeading;
  return (
    <section className={styles.section} aria-labelledby="concord-closing-heading">
      <Subtitle2 as="h3" id="concord-closing-heading" className={styles.text}>
        {heading}
      </Subtitle2>
      {template === "T8" && (
        <Body1 as="p" className={styles.text}>
          {t.retrospectiveNote}
        </Body1>
      )}
      <div>
        <Button
          onClick={onPrefill}
          disabled={busy}
          icon={prefilling ? <Spinner size="tiny" aria-label={t.prefilling} /> : undefined}
        >
          {template === "T7" ? t.prefillAcceptance : t.prefillRetrospective}
        </Button>
      </div>
      {verdict && (
        // Polite live region: a change of verdict (a row now blocks, or all pass) is announced while editing the rows.
        <div role="group" aria-labelledby="concord-verdict-heading" aria-live="polite" data-testid="acceptance-verdict">
          <Subtitle2 as="h4" id="concord-verdict-heading" className={styles.text}>
            {t.verdictHeading}
          </Subtitle2>
          <Body1 as="p" className={verdict.accepted ? styles.accepted : styles.blocked}>
            {verdict.accepted ? verdict.message[language] : t.notReady}
          </Body1>
          {verdict.accepted ? (
            <Body1 as="p" className={styles.text}>
              {t.readyToSign}
            </Body1>
          ) : (
            <ul className={styles.list}>
              {verdict.blocking.length === 0 ? (
                <li>
                  <Body1>{verdict.message[language]}</Body1>
                </li>
              ) : (
                verdict.blocking.map((d) => (
                  <li key={d.row}>
                    <Body1>{d.blocks![language]}</Body1>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
