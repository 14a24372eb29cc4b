import { Body1, makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { forwardRef } from "react";

/** What the Forms, Sign-off and Change requests screens say after an action: one or more lines. */
export type ScreenNoticeMessage = { intent: "success" | "warning" | "error"; lines: string[] } | null;

const useStyles = makeStyles({ text: { display: "block", margin: 0, overflowWrap: "anywhere" } });

/**
 * The screen's message in a live region that is always in the page (so a new message is announced); the region takes
 * focus (tabIndex -1) when the screen moves focus to it after an action.
 */
export const ScreenNotice = forwardRef<HTMLDivElement, { notice: ScreenNoticeMessage }>(function ScreenNotice(
  { notice },
  ref,
) {
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite">
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.lines.map((line) => (
              <Body1 as="p" key={line} className={styles.text}>
                {line}
              </Body1>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
});
