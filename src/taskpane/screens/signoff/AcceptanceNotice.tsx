import { Body1, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { AcceptanceVerdict, Language } from "../../../core";
import { SIGNOFF_STRINGS } from "./strings";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  // A long label ("Change the results on the Forms screen") wraps in the ~320 px pane instead of overflowing.
  button: { alignSelf: "flex-start", maxWidth: "100%", height: "auto", textAlign: "start" },
});

export interface AcceptanceNoticeProps {
  verdict: AcceptanceVerdict;
  language: Language;
  /** Ids for the parts that say why approving is unavailable (the Approve choice's aria-describedby). */
  reasonIds: { summary: string; reasons: string };
  /** Opens the Forms screen on this checklist; without it, the notice says to go there. */
  onChangeResults?(): void;
}

/**
 * A T7's verdict on the Sign-off screen: accepted in one line; else a warning with each blocking deliverable's reason,
 * that rejecting is still possible, and the way to the results.
 */
export function AcceptanceNotice({ verdict, language, reasonIds, onChangeResults }: AcceptanceNoticeProps) {
  const styles = useStyles();
  const t = SIGNOFF_STRINGS[language];
  if (verdict.accepted) {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="acceptance-verdict">
        <MessageBarBody>{verdict.message[language]}</MessageBarBody>
      </MessageBar>
    );
  }
  // No blocking row means nothing is listed: the verdict's message says so, and is the only reason.
  const reasons = verdict.blocking.length
    ? verdict.blocking.map((d) => ({ key: d.row, text: d.blocks![language] }))
    : [{ key: 0, text: verdict.message[language] }];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="acceptance-verdict">
      <MessageBarBody className={styles.body}>
        <Body1 as="p" id={reasonIds.summary} className={styles.text}>
          {t.notAccepted}
        </Body1>
        <ul id={reasonIds.reasons} className={styles.list}>
          {reasons.map((reason) => (
            <li key={reason.key}>
              <Body1>{reason.text}</Body1>
            </li>
          ))}
        </ul>
        <Body1 as="p" className={styles.text}>
          {t.rejectStillOpen}
        </Body1>
        {onChangeResults ? (
          <Button className={styles.button} onClick={onChangeResults}>
            {t.changeResults}
          </Button>
        ) : (
          <Body1 as="p" className={styles.text}>
            {t.changeResultsHint}
          </Body1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
