import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Busy } from "../../components/Busy";
import { useText } from "../../components/text";
import { useMemo, useState } from "react";
import { getTemplate, type InstanceRecord, type Language, type StepState } from "../../../core";
import type { TemplateInstance } from "../../../hosts/types";
import { InstanceList } from "../../components/InstanceList";
import { Notice, type NoticeMessage } from "../../components/Notice";
import type { PaneHost } from "../../connect";
import { describeError } from "../../office-errors";
import { actionRoute, instanceById, instanceStates, screenFor, screenTakes, type ScreenId } from "../../shell/routes";
import type { ProjectLoad } from "../../shell/use-project";
import { stringsFor } from "../../strings";
import type { VersionCheck } from "../../version-check";
import { LoopStepper } from "./LoopStepper";

export interface HomeScreenProps {
  host: PaneHost;
  language: Language;
  load: ProjectLoad;
  versionCheck: VersionCheck;
  /** The screens the pane has (a next action done elsewhere goes there). */
  available: ReadonlySet<ScreenId>;
  onNavigate(screen: ScreenId, instance?: InstanceRecord): void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0 },
  now: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
  },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** Home: the forms in the file and the loop as a stepper, both derived from the file itself. */
export function HomeScreen({ host, language, load, versionCheck, available, onNavigate }: HomeScreenProps) {
  const styles = useStyles();
  const t = stringsFor(language);
  const text = useText();
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const { project, loading, error, reload } = load;
  const states = useMemo(() => (project ? instanceStates(project.state) : new Map()), [project]);
  // What the file holds now: the current step's form and where to act on it (e.g. a consensus form awaiting
  // signatures: its sign-off state and "sign"; a stale WBS: its weekly review), shown first with one button to go.
  const now = useMemo(() => {
    if (!project) return null;
    const route = actionRoute(project, available);
    const step = project.state.phases.flatMap((p) => p.steps).find((s) => s.id === project.state.current);
    return route && step?.next ? { route, step, next: step.next } : null;
  }, [project, available]);

  const show = (next: NoticeMessage) => {
    setMessage(next);
  };

  const open = async (instance: TemplateInstance) => {
    const name = getTemplate(instance.record.template).name[language];
    setOpening(instance.record.id);
    try {
      await host.selectInstance(instance.record);
      setMessage({ intent: "success", text: t.home.opened(name) });
      // And open it in the pane: where the loop acts on it now, else its fields.
      const screen = now?.route.instance?.id === instance.record.id ? now.route.screen : "forms";
      if (
        screen !== "home" &&
        screen !== "templates" &&
        available.has(screen) &&
        screenTakes(screen, instance.record.template)
      ) {
        onNavigate(screen, instance.record);
      }
    } catch (caught) {
      show({ intent: "error", text: t.home.openFailed(name, describeError(caught, language)) });
    } finally {
      setOpening(null);
    }
  };

  const act = async (step: StepState) => {
    const next = step.next;
    if (!next || !project) return;
    const instance = instanceById(project.snapshot, next.instance ?? step.instances[0]);
    const screen = screenFor(next.action);
    if (screen && available.has(screen)) return onNavigate(screen, instance);
    setBusy(true);
    setMessage(null);
    try {
      if (next.action === "insert" && next.template) {
        const inserted = await host.insertTemplate(next.template, language);
        const name = getTemplate(next.template).name[language];
        show({
          intent: "success",
          text: t.templates.inserted(name, inserted.sheets ?? [inserted.location], host.kind),
        });
        await reload();
      } else if (!instance) {
        await reload();
      } else {
        // Also the weekly review where the pane has no Weekly screen: the WBS selected in the file.
        await open({ record: instance, location: "" });
      }
    } catch (caught) {
      show({ intent: "error", text: t.templates.insertFailed(describeError(caught, language)) });
    } finally {
      setBusy(false);
    }
  };

  const disabledReason = (step: StepState): string | null => {
    if (step.next?.action !== "insert") return null;
    const reason = versionCheck("insert");
    return reason ? t.templates.disabledBecause(reason[language]) : null;
  };

  return (
    <>
      {now && (
        <section className={styles.now} aria-labelledby="concord-home-now">
          <h2 id="concord-home-now" className={text.subtitle2}>
            {`${getTemplate(now.route.instance.template).name[language]} · ${now.step.title[language]}`}
          </h2>
          <p className={text.body1}>{now.step.summary[language]}</p>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => onNavigate(now.route.screen, now.route.instance)}>
              {now.next.label[language]}
            </Button>
          </div>
        </section>
      )}
      <section className={styles.section} aria-labelledby="concord-home-files">
        <div className={styles.row}>
          <h2 id="concord-home-files" className={text.subtitle2}>
            {t.home.inFileHeading}
          </h2>
          <Button size="small" disabled={loading} onClick={() => void reload()}>
            {t.home.refresh}
          </Button>
        </div>
        {loading && !project && <Busy label={t.home.loading} />}
        <Notice
          message={error ? { intent: "error", text: t.home.readFailed(describeError(error, language)) } : null}
          action={
            <Button size="small" onClick={() => void reload()}>
              {t.home.retryRead}
            </Button>
          }
        />
        {project &&
          (project.snapshot.instances.length === 0 ? (
            <p className={mergeClasses(text.body1, styles.muted)}>{t.home.none}</p>
          ) : (
            <InstanceList
              instances={project.snapshot.instances}
              states={states}
              language={language}
              label={t.home.inFileHeading}
              opening={opening}
              onOpen={(instance) => void open(instance)}
            />
          ))}
        <Notice focusOnShow message={message} dismissLabel={t.shell.dismiss} onDismiss={() => setMessage(null)} />
      </section>
      {project && (
        <section className={styles.section} aria-labelledby="concord-home-loop">
          <h2 id="concord-home-loop" className={text.subtitle2}>
            {t.home.loopHeading}
          </h2>
          {project.state.ledgerProblem && (
            <Notice
              message={{
                intent: "warning",
                text: `${t.home.ledgerProblem} ${project.state.ledgerProblem[language]}`,
              }}
            />
          )}
          {busy && <Busy label={t.home.working} />}
          <LoopStepper
            state={project.state}
            language={language}
            busy={busy}
            onAct={(step) => void act(step)}
            disabledReason={disabledReason}
          />
        </section>
      )}
    </>
  );
}
