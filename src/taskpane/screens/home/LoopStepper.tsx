import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useText } from "../../components/text";
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
  const text = useText();
  return (
    <ol className={styles.phases}>
      {state.phases.map((phase) => (
        <li key={phase.id}>
          <h3 className={text.subtitle2}>{phase.title[language]}</h3>
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
                    <span className={text.body1Strong}>{t.stepTitle(step.number, step.title[language])}</span>
                    <StateBadge state={step.state}>{t.state[step.state]}</StateBadge>
                  </div>
                  <span className={mergeClasses(text.body1, styles.muted)}>{step.summary[language]}</span>
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
                        <span
                          id={`concord-step-${step.id}-reason`}
                          className={mergeClasses(text.caption1, styles.muted)}
                        >
                          {reason}
                        </span>
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
