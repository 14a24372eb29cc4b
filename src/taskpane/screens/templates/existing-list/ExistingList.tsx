import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  describeInputError,
  ROLES_OF,
  withColumn,
  type AugmentOptions,
  type ColumnMapping,
  type ColumnRole,
  type Language,
  type ListSelection,
} from "../../../../core";
import { planAugment } from "../../../../hosts/excel/augment-plan";
import { a1 } from "../../../../render/sheet";
import { Notice, type NoticeMessage } from "../../../components/Notice";
import { describeError } from "../../../office-errors";
import { stringsFor } from "../../../strings";
import { LanguageChoice } from "../LanguageChoice";
import { isPreviewListChoice, type ListHost } from "./list-host";
import { MappingFields } from "./MappingFields";
import { PreviewSheet, type PreviewSheetProps } from "./PreviewSheet";
import { listSlaWindows, type ListSlaWindows } from "./sla-windows";
import { EXISTING_LIST_STRINGS } from "./strings";

export interface ExistingListProps {
  host: ListHost;
  language: Language;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  button: { maxWidth: "100%", height: "auto" },
  text: { margin: 0, overflowWrap: "anywhere" },
});

/** What was detected, and the user's corrections so far. */
interface Detected {
  list: ListSelection;
  mapping: ColumnMapping;
  chosen: ReadonlySet<ColumnRole>;
  /** Issue lists: the project's major windows as the file held them when the list was detected; null for task lists. */
  windows: ListSlaWindows | null;
}

/**
 * "Add status and lag to this table": detect the columns of the list selected in the sheet, let the user confirm or
 * correct them, then add Status / Lag / Waiting on (or SLA) beside the list. Each step reports in its own live notice.
 * For an issue list, detection also reads the file once (`readProject`) for the project's major-issue windows, which
 * the SLA column then uses; bad hours in the form they come from block adding until the form is corrected.
 */
export function ExistingList({ host, language }: ExistingListProps) {
  const styles = useStyles();
  const t = EXISTING_LIST_STRINGS[language];
  const dismiss = stringsFor(language).shell.dismiss;
  const preview = isPreviewListChoice(host) ? host.lists : null;
  const [previewSelected, setPreviewSelected] = useState(preview?.selected ?? "");
  const [detected, setDetected] = useState<Detected | null>(null);
  const [columnsLanguage, setColumnsLanguage] = useState<Language>(language);
  const [everyIssueMajor, setEveryIssueMajor] = useState(false);
  const [busy, setBusy] = useState<"detect" | "add" | null>(null);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [sheet, setSheet] = useState<Omit<PreviewSheetProps, "caption"> | null>(null);
  const detectButton = useRef<HTMLButtonElement>(null);

  const detect = async () => {
    setBusy("detect");
    setMessage(null);
    setSheet(null);
    try {
      const list = await host.readSelectedList();
      let windows: ListSlaWindows | null = null;
      if (list.mapping.kind === "issues") {
        try {
          windows = listSlaWindows(await host.readProject());
        } catch (error) {
          setDetected(null);
          setMessage({ intent: "error", text: t.windowsUnread(describeError(error, language)) });
          return;
        }
      }
      setDetected({ list, mapping: list.mapping, chosen: new Set(), windows });
      setEveryIssueMajor(false);
    } catch (error) {
      setDetected(null);
      setMessage({ intent: "error", text: t.detectFailed(describeError(error, language)) });
    } finally {
      setBusy(null);
    }
  };

  const change = (role: ColumnRole, column: number | null) => {
    if (!detected) return;
    const { list, mapping, chosen } = detected;
    setDetected({
      ...detected,
      mapping: withColumn(mapping, role, column, list.sample, list.formats),
      chosen: new Set([...chosen, role]),
    });
  };

  const add = async () => {
    if (!detected) return;
    setBusy("add");
    setMessage(null);
    try {
      const added = await host.augmentList(detected.list.geometry, detected.mapping, columnsLanguage, {
        everyIssueIsMajor: everyIssueMajor,
        ...majorWindowsOf(detected.windows),
      });
      setMessage({ intent: "success", text: t.added(added.columns, added.statusDate) });
      if (preview) setSheet(addedInPreview(preview.sheet(previewSelected).values, detected, added.columns));
    } catch (error) {
      setMessage({ intent: "error", text: t.addFailed(describeError(error, language)) });
    } finally {
      setBusy(null);
    }
  };

  const mapping = detected?.mapping;
  const needsMajor = mapping?.kind === "issues" && !mapping.columns.severity;
  const windows = detected?.windows ?? null;
  const blockedBy = !mapping
    ? null
    : !mapping.ready
      ? "minimum"
      : windows?.ok === false
        ? "windows"
        : needsMajor && !everyIssueMajor
          ? "major"
          : null;
  const roles = mapping ? ROLES_OF[mapping.kind] : {};
  // The host's own pure plan, to say before adding which column will be left out and why (e.g. Waiting on).
  const planned =
    mapping && detected ? planAugment(mapping, detected.list.geometry, columnsLanguage, majorWindowsOf(windows)) : null;
  const skipped = planned?.ok ? planned.plan.skipped : [];
  const g = detected?.list.geometry;
  const range = g ? `${a1(g.headerRow, g.firstColumn)}:${a1(g.lastDataRow, g.firstColumn + g.columnCount - 1)}` : "";

  return (
    <section className={styles.section} aria-labelledby="concord-existing-list">
      <Subtitle2 as="h2" id="concord-existing-list" block className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p" block className={styles.muted}>
        {t.intro}
      </Body1>
      {preview && (
        <Field label={t.previewChoice}>
          <RadioGroup
            value={previewSelected}
            onChange={(_, data) => {
              preview.select(data.value);
              setPreviewSelected(data.value);
              setDetected(null);
              setSheet(null);
            }}
          >
            {preview.choices.map((choice) => (
              <Radio key={choice.id} value={choice.id} label={choice.name} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.row}>
        <Button
          ref={detectButton}
          className={styles.button}
          appearance={detected ? "secondary" : "primary"}
          disabled={busy !== null}
          onClick={() => void detect()}
        >
          {t.detect}
        </Button>
        {busy === "detect" && <Spinner size="tiny" label={t.detecting} />}
      </div>
      {detected && mapping && g && (
        <>
          <Body1 as="p" block className={styles.text}>
            {t.found(mapping.kind, g.sheet, range, g.lastDataRow - g.headerRow)}
          </Body1>
          <Body1 as="p" block id="concord-existing-list-minimum" className={styles.text}>
            {mapping.minimum[language]}
          </Body1>
          <Subtitle2 as="h3" block className={styles.heading}>
            {t.mappingHeading}
          </Subtitle2>
          <MappingFields
            mapping={mapping}
            firstColumn={g.firstColumn}
            language={language}
            chosen={detected.chosen}
            disabled={busy !== null}
            onChange={change}
          />
          {mapping.missing.length > 0 && (
            <Caption1 as="p" block className={styles.text}>
              {t.missing(mapping.missing.map((role) => roles[role]?.label[language] ?? role))}
            </Caption1>
          )}
          <LanguageChoice
            label={t.columnsLanguage}
            language={language}
            value={columnsLanguage}
            onChange={setColumnsLanguage}
          />
          {windows && (
            <Body1 as="p" block id="concord-existing-list-windows" className={styles.text}>
              {windows.ok
                ? t.windows(windows.source, windows.windows)
                : t.badWindows(windows.source, windows.field[language], describeInputError(windows.error, language))}
            </Body1>
          )}
          {needsMajor && (
            <Checkbox
              checked={everyIssueMajor}
              onChange={(_, data) => setEveryIssueMajor(data.checked === true)}
              label={t.everyIssueMajor}
            />
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              className={styles.button}
              disabled={busy !== null || blockedBy !== null}
              aria-describedby={
                blockedBy === "minimum"
                  ? "concord-existing-list-minimum"
                  : blockedBy === "windows"
                    ? "concord-existing-list-windows"
                    : blockedBy === "major"
                      ? "concord-existing-list-why"
                      : undefined
              }
              onClick={() => void add()}
            >
              {t.add(mapping.kind, g.sheet)}
            </Button>
            {busy === "add" && <Spinner size="tiny" label={t.adding} />}
          </div>
          {skipped.map((s) => (
            <Caption1 as="p" block key={s.id} className={styles.text}>
              {s.reason[language]}
            </Caption1>
          ))}
          {blockedBy === "major" && (
            <Caption1 id="concord-existing-list-why" className={styles.muted}>
              {t.confirmMajorFirst}
            </Caption1>
          )}
        </>
      )}
      <Notice
        focusOnShow
        message={message}
        dismissLabel={dismiss}
        onDismiss={() => {
          setMessage(null);
          detectButton.current?.focus();
        }}
      />
      {sheet && <PreviewSheet {...sheet} caption={t.previewSheet(detected?.list.geometry.sheet ?? "")} />}
    </section>
  );
}

/** The plan's option for the project's windows: given only when a form sets them (else CONCORD.SLA's 2 h / 24 h). */
function majorWindowsOf(windows: ListSlaWindows | null): Pick<AugmentOptions, "majorWindows"> {
  return windows?.ok && windows.source !== "default" ? { majorWindows: windows.windows } : {};
}

/** The list's name column and the added columns (the plan puts them right of the list, in order), row by row. */
function addedInPreview(
  values: unknown[][],
  { list, mapping }: Detected,
  added: ReadonlyArray<{ header: string }>,
): Omit<PreviewSheetProps, "caption"> {
  const g = list.geometry;
  const name = g.firstColumn + ((mapping.columns.taskName ?? mapping.columns.issueId)?.column ?? 0);
  const columns = [name, ...added.map((_, i) => g.firstColumn + g.columnCount + i)];
  const rows = values.slice(g.headerRow + 1, g.lastDataRow + 1);
  return {
    header: [list.header[name - g.firstColumn], ...added.map((c) => c.header)],
    rows: rows.map((row) => columns.map((c) => row[c])),
  };
}
