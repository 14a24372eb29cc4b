import { Button, MessageBar, MessageBarActions, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";
import { forwardRef, type ReactNode } from "react";

export interface NoticeMessage {
  intent: MessageBarIntent;
  text: string;
}

export interface NoticeProps {
  message: NoticeMessage | null;
  /** The dismiss button's accessible name (in the UI language); no button without it. */
  dismissLabel?: string;
  onDismiss?(): void;
  /** An extra action (e.g. a retry button). */
  action?: ReactNode;
}

/**
 * A message bar inside a live region that is always in the page (a region added together with its text is not
 * announced): successes are read politely, errors as alerts. The bar itself takes focus (tabIndex -1) when its
 * owner moves focus there after an action.
 */
export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { message, dismissLabel, onDismiss, action },
  ref,
) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {message && (
        <MessageBar
          ref={ref}
          tabIndex={-1}
          intent={message.intent}
          role={message.intent === "error" ? "alert" : undefined}
          layout="multiline"
        >
          <MessageBarBody>{message.text}</MessageBarBody>
          {(action || (onDismiss && dismissLabel)) && (
            <MessageBarActions
              containerAction={
                onDismiss && dismissLabel ? (
                  <Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={onDismiss}>
                    ×
                  </Button>
                ) : undefined
              }
            >
              {action}
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
});
