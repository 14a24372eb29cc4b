import { Body1, Body1Strong, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Language, ProjectState, StepState } from "../../../core";
import { StateBadge } from "../../components/StateBadge";
import { stringsFor } from "../../strings";

export interface LoopStepperProps {
  state: ProjectState;
  language: Language;
  /** Runs a step's next action. */
  onAct(step: StepState): void;
  /** Why a step's action cannot run here (the version check), or null. */
  disabledReason(step: StepState): string | null;
  busy: boolean;
}

const useStyles = makeStyles({
  phases: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: "12px",
  },
  steps: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "8px" },
  step: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  now: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { maxWidth: "100%", height: "auto", textAlign: "start" },
  heading: { margin: 0 },
});

/** SPEC §2's loop: 3 phases, 11 steps, each with its state and, where a person is needed now, one next action. */
export function LoopStepper({ state, language, onAct, disabledReason, busy }: LoopStepperProps) {
  const styles = useStyles();
  const t = stringsFor(language).home;
  return (
    <ol className={styles.phases}>
      {state.phases.map((phase) => (
        <li key={phase.id}>
          <Subtitle2 as="h3" block className={styles.heading}>
            {phase.title[language]}
          </Subtitle2>
          <ol className={styles.steps}>
            {phase.steps.map((step) => {
              const actionable = step.next !== null && step.state !== "done" && step.state !== "todo";
              const reason = actionable ? disabledReason(step) : null;
              const isCurrent = state.current === step.id;
              return (
                <li
                  key={step.id}
                  className={isCurrent ? `${styles.step} ${styles.now}` : styles.step}
                  aria-current={isCurrent ? "step" : undefined}
                >
                  <div className={styles.head}>
                    <Body1Strong>{t.stepTitle(step.number, step.title[language])}</Body1Strong>
                    <StateBadge state={step.state}>{t.state[step.state]}</StateBadge>
                  </div>
                  <Body1 className={styles.muted}>{step.summary[language]}</Body1>
                  {actionable && step.next && (
                    <>
                      <Button
                        size="small"
                        className={styles.action}
                        appearance={isCurrent ? "primary" : "secondary"}
                        disabled={busy || reason !== null}
                        aria-label={t.nextAction(step.next.label[language], String(step.number))}
                        aria-describedby={reason ? `concord-step-${step.id}-reason` : undefined}
                        onClick={() => onAct(step)}
                      >
                        {step.next.label[language]}
                      </Button>
                      {reason && (
                        <Caption1 id={`concord-step-${step.id}-reason`} className={styles.muted}>
                          {reason}
                        </Caption1>
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
