import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { forwardRef, useEffect, useImperativeHandle, useRef, type ReactNode } from "react";

export type NoticeIntent = "success" | "error" | "warning" | "info";

export interface NoticeMessage {
  intent: NoticeIntent;
  text: string;
}

export interface NoticeProps {
  message: NoticeMessage | null;
  /** The dismiss button's accessible name (in the UI language); no button without it. */
  dismissLabel?: string;
  onDismiss?(): void;
  /** An extra action (e.g. a retry button). */
  action?: ReactNode;
  /** Moves focus to each new message (after the action that produced it). */
  focusOnShow?: boolean;
}

export const useNoticeStyles = makeStyles({
  bar: {
    ...typographyStyles.body1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  text: { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder1}` },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * A message inside a live region that is always in the page (a region added together with its text is not
 * announced): successes are read politely, errors as alerts. The bar takes focus (tabIndex -1) when its owner moves
 * focus there after an action. Plain styled markup rather than Fluent's MessageBar keeps the first screen's script small.
 */
export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { message, dismissLabel, onDismiss, action, focusOnShow = false },
  ref,
) {
  const styles = useNoticeStyles();
  const bar = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => bar.current as HTMLDivElement, [message]);
  useEffect(() => {
    if (focusOnShow && message) bar.current?.focus();
  }, [focusOnShow, message]);
  return (
    <div aria-live="polite" aria-atomic="true">
      {message && (
        <div
          ref={bar}
          tabIndex={-1}
          role={message.intent === "error" ? "alert" : undefined}
          data-intent={message.intent}
          className={mergeClasses(styles.bar, styles[message.intent])}
        >
          <span className={styles.text}>{message.text}</span>
          {action}
          {onDismiss && dismissLabel && (
            <Button appearance="subtle" size="small" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
              ×
            </Button>
          )}
        </div>
      )}
    </div>
  );
});
