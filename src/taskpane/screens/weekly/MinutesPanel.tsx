import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { InstanceRecord, Language } from "../../../core";
import type { ExcelConcordHost, ProjectSnapshot, TemplateInstance } from "../../../hosts/types";
import { Busy } from "../../components/Busy";
import type { PaneHost } from "../../connect";
import { describeError, ScreenNotice, type ScreenNoticeMessage } from "../signoff";
import { actionsFor, latestMinutes, minutesDraftFor } from "./minutes-data";
import { MINUTES_STRINGS } from "./minutes-strings";
import type { WeeklyAnalysis } from "./weekly-data";

export interface MinutesPanelProps {
  host: PaneHost;
  language: Language;
  analysis: WeeklyAnalysis;
  /** The file as the last refresh read it: its T4s and their action items. */
  snapshot: ProjectSnapshot;
  /** The task breakdown (T3) reviewed: where action items go. */
  wbs: InstanceRecord;
  /** Another action of the screen is running. */
  busy: boolean;
  /** The WBS changed: the screen reads the file again. */
  onChanged(): void;
  /** Opens the minutes where their action items are written (the Forms screen); no button without it. */
  onOpenMinutes?(minutes: InstanceRecord): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  button: { maxWidth: "100%", height: "auto" },
});

const writesWbs = (host: PaneHost): host is PaneHost & Pick<ExcelConcordHost, "updateWbs"> => "updateWbs" in host;

/**
 * Loop step 6 from the weekly review: a new T4 drafted from the brief (one insert, one write), and the newest
 * minutes' action items added to the WBS as tasks in one `updateWbs`, with a note for each item left out.
 */
export function MinutesPanel({
  host,
  language,
  analysis,
  snapshot,
  wbs,
  busy,
  onChanged,
  onOpenMinutes,
}: MinutesPanelProps) {
  const styles = useStyles();
  const t = MINUTES_STRINGS[language];
  const [working, setWorking] = useState<"create" | "add" | null>(null);
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const [created, setCreated] = useState<TemplateInstance | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const minutes = created ?? latestMinutes(snapshot);
  const pending = useMemo(
    () => (minutes ? actionsFor(snapshot, minutes.record, wbs).rows.length : 0),
    [minutes, snapshot, wbs],
  );

  const create = async () => {
    setWorking("create");
    setNotice(null);
    try {
      const draft = minutesDraftFor(snapshot, analysis, wbs);
      const inserted = await host.insertTemplate("T4", analysis.language);
      await host.writeFields(inserted.record, draft.values);
      setCreated(inserted);
      setNotice({ intent: "success", lines: [t.created(inserted.location, draft.attendees, draft.agenda.length)] });
    } catch (error) {
      setNotice({ intent: "error", lines: [t.createFailed(describeError(error, language))] });
    } finally {
      setWorking(null);
    }
  };

  const add = async (target: InstanceRecord) => {
    if (!writesWbs(host)) return;
    setWorking("add");
    setNotice(null);
    try {
      // Read again: the minutes or the WBS may have been edited since the refresh. Rows past the Tasks table are
      // added to it by the host (the table grows; it refuses rather than overwrite what is below the table).
      const { rows, notes, grows } = actionsFor(await host.readProject(), target, wbs);
      if (rows.length) await host.updateWbs(wbs, rows);
      const lines = [
        rows.length ? t.added(rows.length, grows) : t.nothingToAdd,
        ...notes.map((n) => t.note(n.actionRow, n.message[language])),
      ];
      setNotice({ intent: rows.length ? (notes.length ? "warning" : "success") : "warning", lines });
      if (rows.length) onChanged();
    } catch (error) {
      setNotice({ intent: "error", lines: [t.addFailed(describeError(error, language))] });
    } finally {
      setWorking(null);
    }
  };

  const disabled = busy || working !== null;
  return (
    <div className={styles.root}>
      <p className={styles.text}>{t.about}</p>
      <div className={styles.row}>
        <Button className={styles.button} disabled={disabled} onClick={() => void create()}>
          {t.create}
        </Button>
      </div>
      {minutes && (
        <>
          <p className={styles.text}>{t.current(minutes.location)}</p>
          <div className={styles.row}>
            {writesWbs(host) && pending > 0 && (
              <Button
                appearance="primary"
                className={styles.button}
                disabled={disabled}
                onClick={() => void add(minutes.record)}
              >
                {t.add(pending)}
              </Button>
            )}
            {onOpenMinutes && (
              <Button className={styles.button} disabled={disabled} onClick={() => onOpenMinutes(minutes.record)}>
                {t.fillActions}
              </Button>
            )}
          </div>
          {pending === 0 && <p className={styles.text}>{t.noActions}</p>}
        </>
      )}
      {working === "create" && <Busy label={t.creating} />}
      {working === "add" && <Busy label={t.adding} />}
      <ScreenNotice ref={noticeRef} notice={notice} />
    </div>
  );
}
