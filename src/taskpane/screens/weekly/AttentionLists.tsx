import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Fragment, useEffect, useRef, type ReactNode } from "react";
import { blockedReason, formatDate, type Language, type TaskResult } from "../../../core";
import { ScreenNotice, type ScreenNoticeMessage } from "../signoff";
import type { WeeklyAnalysis } from "./weekly-data";
import { type RowList, WEEKLY_STRINGS } from "./strings";

/** Each list shows its first rows only: the sheet (one click away) has them all. */
export const LIST_LIMIT = 10;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { margin: 0, paddingInlineStart: "1.2em", display: "flex", flexDirection: "column", rowGap: "2px" },
  item: { ...typographyStyles.body1, overflowWrap: "anywhere" },
  muted: { ...typographyStyles.body1, color: tokens.colorNeutralForeground3, margin: 0 },
  id: { fontWeight: tokens.fontWeightSemibold },
});

interface Line {
  key: string;
  content: ReactNode;
}

export interface AttentionListsProps {
  analysis: WeeklyAnalysis;
  language: Language;
  /** Offered only where the host selects rows; `busy` disables the buttons while one selection runs. */
  onSelect?(list: RowList, rows: number[]): void;
  busy?: boolean;
  /** What the last selection did, shown (and focused) under the button that made it. */
  selection?: { list: RowList; notice: ScreenNoticeMessage } | null;
}

/**
 * What the meeting must look at: lagging tasks without a reason or without response measures, blocked tasks,
 * dependency problems and issues past their windows, each with its count and its first rows. Text from the sheet
 * (names, departments, reasons) carries the WBS's language when it is not the pane's.
 */
export function AttentionLists({ analysis, language, onSelect, busy = false, selection = null }: AttentionListsProps) {
  const styles = useStyles();
  const t = WEEKLY_STRINGS[language];
  const { wbs, issues } = analysis;
  const notices = useRef<Partial<Record<RowList, HTMLDivElement | null>>>({});
  useEffect(() => {
    if (selection?.notice) notices.current[selection.list]?.focus();
  }, [selection]);
  const lang = analysis.language === language ? undefined : analysis.language;
  const user = (text: string) => (text ? <span lang={lang}>{text}</span> : null);
  const parts = (items: ReactNode[]) =>
    items
      .filter((item) => item !== null && item !== "")
      .map((item, i) => (
        <Fragment key={i}>
          {i > 0 && " · "}
          {item}
        </Fragment>
      ));
  const task = (x: TaskResult, ...rest: ReactNode[]) =>
    parts([
      <span key="id" className={styles.id}>
        {x.taskId}
      </span>,
      user(x.taskName),
      user(x.department),
      ...rest,
    ]);
  const late = (x: TaskResult) => (x.lag ? t.lateDays(x.lag) : null);
  const blocked = (x: TaskResult) => {
    const task = { start: null, due: x.due, finish: x.finish, progress: x.progress, blocker: x.blocker };
    const reason = blockedReason({ ...task, waitingOn: x.waitingOn }, { ...x, expected: null }, language);
    return x.rule === "blocker" ? user(reason) : reason;
  };

  const tasks = (xs: TaskResult[], line: (x: TaskResult) => ReactNode): Line[] =>
    xs.map((x) => ({ key: `${x.row}`, content: line(x) }));
  const dependencies: Line[] = [
    ...wbs.cycles.map((c) => ({ key: `c${c.rows.join()}`, content: t.cycle(c.ids.join(", ")) })),
    ...wbs.unknownPredecessors.map((u) => ({ key: `u${u.row}:${u.id}`, content: t.unknownId(u.taskId, u.id) })),
    ...wbs.duplicateIds.map((d) => ({ key: `d${d.id}`, content: t.duplicateId(d.id, d.rows.length) })),
  ];
  const escalations: Line[] = (issues?.escalations ?? []).map((e) => ({
    key: `${e.issue.row}`,
    content: parts([
      <span key="id" className={styles.id}>
        {e.issue.issueId}
      </span>,
      t.windowMissed[e.window],
      t.hoursLate(Number(e.hoursLate.toFixed(1))),
      e.actorRole === "none" ? t.actor.none : <span>{t.actor[e.actorRole](e.actor)}</span>,
    ]),
  }));

  const section = (id: RowList | "dependencies" | "issues", lines: Line[], rows?: number[], note?: ReactNode) => {
    const title = t.lists[id];
    const headingId = `concord-weekly-${id}`;
    return (
      <section key={id} className={styles.section} aria-labelledby={headingId}>
        <h4 id={headingId} className={styles.heading}>
          {`${title} (${lines.length})`}
        </h4>
        {note}
        {lines.length === 0 ? (
          <p className={styles.muted}>{t.none}</p>
        ) : (
          <ul className={styles.list}>
            {lines.slice(0, LIST_LIMIT).map((line) => (
              <li key={line.key} className={styles.item}>
                {line.content}
              </li>
            ))}
          </ul>
        )}
        {lines.length > LIST_LIMIT && <p className={styles.muted}>{t.more(lines.length - LIST_LIMIT)}</p>}
        {rows && rows.length > 0 && onSelect && (
          <div>
            <Button
              size="small"
              disabled={busy}
              aria-label={t.selectName(rows.length, title)}
              onClick={() => onSelect(id as RowList, rows)}
            >
              {t.select(rows.length)}
            </Button>
          </div>
        )}
        {onSelect && rows && (
          <ScreenNotice
            ref={(element) => {
              notices.current[id as RowList] = element;
            }}
            notice={selection?.list === id ? selection.notice : null}
          />
        )}
      </section>
    );
  };

  const windowsNote = analysis.majorSource ? (
    <p className={styles.muted}>{t.windowsFrom[analysis.majorSource]}</p>
  ) : null;
  return (
    <>
      {section(
        "withoutReason",
        tasks(wbs.withoutReason, (x) => task(x, late(x))),
        wbs.withoutReason.map((x) => x.row),
      )}
      {section(
        "withoutMeasures",
        wbs.withoutMeasures.map(({ task: x, problem }) => ({
          key: `${x.row}`,
          content: task(
            x,
            late(x),
            problem === "missing" ? t.noMeasures : t.measuresPassed(formatDate(x.measuresDue!)),
          ),
        })),
        wbs.withoutMeasures.map(({ task: x }) => x.row),
      )}
      {section(
        "blocked",
        tasks(wbs.blocked, (x) => task(x, blocked(x))),
        wbs.blocked.map((x) => x.row),
      )}
      {section("dependencies", dependencies)}
      {issues || !analysis.issueLog
        ? section(
            "issues",
            escalations,
            undefined,
            analysis.issueLog ? windowsNote : <p className={styles.muted}>{t.noIssueLog}</p>,
          )
        : null}
    </>
  );
}
