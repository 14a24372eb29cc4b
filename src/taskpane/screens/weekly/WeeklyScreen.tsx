import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ConcordInputError, formatDate, parseDate, type InstanceRecord, type Language } from "../../../core";
import type { ProjectSnapshot, ReportSheetHost, TaskRowsHost } from "../../../hosts/types";
import { Busy } from "../../components/Busy";
import { useText } from "../../components/text";
import type { PaneHost } from "../../connect";
import { describeError, ScreenNotice, type ScreenNoticeMessage } from "../signoff";
import { AttentionLists } from "./AttentionLists";
import { BriefPanel } from "./BriefPanel";
import { MinutesPanel } from "./MinutesPanel";
import { MINUTES_STRINGS } from "./minutes-strings";
import type { CopyEnvironment } from "./clipboard";
import { DepartmentChart, StatusChart } from "./StatusChart";
import { type RowList, WEEKLY_STRINGS } from "./strings";
import {
  analyseWeekly,
  briefOf,
  initialStatusDate,
  selectionOutcome,
  todaySerial,
  type WeeklyAnalysis,
} from "./weekly-data";

export interface WeeklyScreenProps {
  host: PaneHost;
  language: Language;
  /** The task breakdown (T3) reviewed. */
  instance: InstanceRecord;
  /** Outside Office: selections are not seen in a sheet, and the screen says so. */
  preview?: boolean;
  /** The clock (today, and now for open issues); the system's by default. */
  now?: () => Date;
  /** The clipboard for the brief; the browser's by default. */
  clipboard?: CopyEnvironment;
  /** The shell's navigation: "Fill in the action items" opens the minutes on the Forms screen. */
  onNavigate?(screen: "forms", instance: InstanceRecord): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  heading: { display: "block", margin: 0, outlineStyle: "none" },
});

const hasRows = (host: PaneHost): host is PaneHost & TaskRowsHost => "selectTaskRows" in host;
const hasSheets = (host: PaneHost): host is PaneHost & ReportSheetHost => "addReportSheet" in host;
/** Lets the browser paint the spinner before the analysis takes the main thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const systemClock = () => new Date();

/**
 * The weekly review of a task breakdown (loop step 7): for a status date, counts by status and by department, what
 * needs attention (with the rows selected in the sheet in one click), issues past their windows, and the progress
 * brief to copy or write as a sheet. The file is read in one `readProject` call per refresh.
 */
export function WeeklyScreen({
  host,
  language,
  instance,
  preview = false,
  now = systemClock,
  clipboard,
  onNavigate,
}: WeeklyScreenProps) {
  const styles = useStyles();
  const text = useText();
  const t = WEEKLY_STRINGS[language];
  const [date, setDate] = useState("");
  const [analysis, setAnalysis] = useState<WeeklyAnalysis | null>(null);
  const [snapshot, setSnapshot] = useState<ProjectSnapshot | null>(null);
  const [busy, setBusy] = useState<"read" | "analyse" | "select" | null>("read");
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const [selection, setSelection] = useState<{ list: RowList; notice: ScreenNoticeMessage } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  const refresh = useCallback(
    async (dateText: string | null) => {
      let statusDate: number | null = null;
      try {
        statusDate = dateText === null ? null : parseDate(dateText, "statusDate");
      } catch (error) {
        if (!(error instanceof ConcordInputError)) throw error;
      }
      if (dateText !== null && statusDate === null) {
        setNotice({ intent: "error", lines: [t.badDate] });
        return;
      }
      setBusy("read");
      setFailure(null);
      setNotice(null);
      setSelection(null);
      try {
        const snapshot = await host.readProject();
        const day = statusDate ?? initialStatusDate(snapshot.wbs[instance.id], now());
        setDate(formatDate(day));
        setBusy("analyse");
        await nextTask();
        setAnalysis(analyseWeekly(snapshot, instance, { statusDate: day, now: now() }));
        setSnapshot(snapshot);
      } catch (error) {
        setFailure(describeError(error, language));
      } finally {
        setBusy(null);
      }
    },
    [host, instance, language, now, t],
  );

  useEffect(() => {
    void refresh(null);
  }, [refresh]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  useEffect(() => {
    if (analysis && focusResults.current) {
      focusResults.current = false;
      resultsRef.current?.focus();
    }
  }, [analysis]);

  const brief = useMemo(() => (analysis ? briefOf(analysis, language) : null), [analysis, language]);

  const select = async (list: RowList, rows: number[]) => {
    if (!hasRows(host)) return;
    setBusy("select");
    setSelection(null);
    try {
      const { selected } = await host.selectTaskRows(instance, rows);
      const outcome = selectionOutcome(rows.length, selected);
      const line =
        outcome.kind === "all"
          ? t.selectedAll(selected)
          : outcome.kind === "partial"
            ? t.selectedFirst(selected)
            : t.selectedNone;
      const lines = preview && outcome.kind !== "none" ? [line, t.previewSelection] : [line];
      setSelection({ list, notice: { intent: outcome.kind === "none" ? "warning" : "success", lines } });
    } catch (error) {
      setSelection({ list, notice: { intent: "error", lines: [t.selectFailed(describeError(error, language))] } });
    } finally {
      setBusy(null);
    }
  };

  const wbs = analysis?.wbs;
  const lang = analysis && analysis.language !== language ? analysis.language : undefined;
  const stale =
    wbs?.staleWbs &&
    (wbs.updateAge === null ? t.staleBlank : t.stale(formatDate(wbs.statusDate - wbs.updateAge), wbs.updateAge));

  return (
    <section className={styles.root} aria-labelledby="concord-weekly-heading" aria-busy={busy !== null}>
      <Subtitle1 as="h2" id="concord-weekly-heading" className={styles.text}>
        {t.heading}
      </Subtitle1>
      <div className={styles.row}>
        <Field label={t.statusDate} hint={t.statusDateHint}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Button onClick={() => setDate(formatDate(todaySerial(now())))}>{t.today}</Button>
        <Button
          appearance="primary"
          disabled={busy !== null}
          onClick={() => {
            focusResults.current = true;
            void refresh(date);
          }}
        >
          {t.refresh}
        </Button>
      </div>
      {busy === "read" && <Busy label={t.reading} />}
      {busy === "analyse" && <Busy label={t.analysing} />}
      {busy === "select" && <Busy label={t.selecting} />}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <span className={styles.text}>{t.readFailed(failure)}</span>
            <Button size="small" onClick={() => void refresh(date || null)}>
              {t.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <ScreenNotice ref={noticeRef} notice={notice} />
      {analysis && wbs && (
        <div className={styles.results}>
          {analysis.problems.map((p) => (
            <MessageBar key={p.part} intent="warning">
              <MessageBarBody>{`${t.problem}: ${p.message[language]}`}</MessageBarBody>
            </MessageBar>
          ))}
          {stale && (
            <MessageBar intent="warning">
              <MessageBarBody>{stale}</MessageBarBody>
            </MessageBar>
          )}
          <h3 ref={resultsRef} tabIndex={-1} className={mergeClasses(text.subtitle2, styles.heading)}>
            {`${t.summaryHeading} · ${t.tasks(wbs.tasks.length)}`}
          </h3>
          {wbs.tasks.length === 0 ? (
            <p className={styles.text}>{t.noTasks}</p>
          ) : (
            <>
              <StatusChart counts={wbs.counts} language={language} />
              <Subtitle2 as="h3" className={styles.heading}>
                {t.departmentsHeading}
              </Subtitle2>
              <DepartmentChart departments={wbs.byDepartment} language={language} lang={lang} />
            </>
          )}
          <Subtitle2 as="h3" className={styles.heading}>
            {t.attentionHeading}
          </Subtitle2>
          <AttentionLists
            analysis={analysis}
            language={language}
            busy={busy !== null}
            selection={selection}
            onSelect={hasRows(host) ? (list, rows) => void select(list, rows) : undefined}
          />
          {brief && (
            <>
              <Subtitle2 as="h3" className={styles.heading}>
                {t.briefHeading}
              </Subtitle2>
              <BriefPanel
                brief={brief}
                language={language}
                sheetHost={hasSheets(host) ? host : null}
                clipboard={clipboard}
              />
            </>
          )}
          {snapshot && (
            <>
              <Subtitle2 as="h3" className={styles.heading}>
                {MINUTES_STRINGS[language].heading}
              </Subtitle2>
              <MinutesPanel
                host={host}
                language={language}
                analysis={analysis}
                snapshot={snapshot}
                wbs={instance}
                busy={busy !== null}
                onChanged={() => void refresh(date || null)}
                onOpenMinutes={onNavigate ? (minutes) => onNavigate("forms", minutes) : undefined}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
