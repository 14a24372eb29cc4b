import { Button, makeStyles, Spinner, Textarea, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language, WeeklyBrief } from "../../../core";
import type { ReportSheetHost } from "../../../hosts/types";
import { briefHtml, briefText, planBriefSheet } from "../../../render/brief";
import { describeError, ScreenNotice, type ScreenNoticeMessage } from "../signoff";
import { browserClipboard, copyFormatted, copyPlain, type CopyEnvironment, type CopyResult } from "./clipboard";
import { WEEKLY_STRINGS } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  preview: {
    ...typographyStyles.caption1,
    margin: 0,
    maxHeight: "18em",
    overflowY: "auto",
    overflowX: "hidden",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: "inherit",
  },
  manual: { width: "100%" },
});

export interface BriefPanelProps {
  brief: WeeklyBrief;
  language: Language;
  /** Where the host writes report sheets (Excel, the preview): offers "Write the brief as a new sheet". */
  sheetHost?: ReportSheetHost | null;
  /** The clipboard (the browser's by default; a fake in tests). */
  clipboard?: CopyEnvironment;
}

/**
 * The brief: copied formatted (HTML + text) or as text, previewed as the text a chat would get, and written as a
 * sheet where the host can. When the clipboard is refused, the text is shown selected for Ctrl+C.
 */
export function BriefPanel({ brief, language, sheetHost, clipboard }: BriefPanelProps) {
  const styles = useStyles();
  const t = WEEKLY_STRINGS[language];
  const text = useMemo(() => briefText(brief), [brief]);
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const [manual, setManual] = useState(false);
  const [writing, setWriting] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const lang = brief.language === language ? undefined : brief.language;

  useEffect(() => {
    if (manual) {
      manualRef.current?.focus();
      manualRef.current?.select();
    } else if (notice) noticeRef.current?.focus();
  }, [notice, manual]);

  const report = (result: CopyResult) => {
    setManual(result === "manual");
    const line = { html: t.copiedHtml, text: t.copiedText, manual: t.copyManual }[result];
    setNotice({ intent: result === "manual" ? "warning" : "success", lines: [line] });
  };
  const env = () => clipboard ?? browserClipboard();
  const copy = async () => report(await copyFormatted(briefHtml(brief), text, env()));
  const copyAsText = async () => report(await copyPlain(text, env()));

  const write = async () => {
    if (!sheetHost) return;
    setWriting(true);
    setNotice(null);
    try {
      const { sheet } = await sheetHost.addReportSheet(planBriefSheet(brief));
      setNotice({ intent: "success", lines: [t.wrote(sheet)] });
    } catch (error) {
      setNotice({ intent: "error", lines: [t.writeFailed(describeError(error, language))] });
    } finally {
      setWriting(false);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void copy()}>
          {t.copyBrief}
        </Button>
        <Button onClick={() => void copyAsText()}>{t.copyText}</Button>
        {sheetHost && (
          <Button disabled={writing} onClick={() => void write()}>
            {t.writeSheet}
          </Button>
        )}
      </div>
      {writing && <Spinner size="tiny" label={t.writing} />}
      <ScreenNotice ref={noticeRef} notice={notice} />
      {manual && (
        <Textarea
          ref={manualRef}
          className={styles.manual}
          readOnly
          resize="vertical"
          aria-label={t.copyBox}
          value={text}
          lang={lang}
        />
      )}
      <pre className={styles.preview} tabIndex={0} role="region" aria-label={t.briefPreview} lang={lang}>
        {text}
      </pre>
    </>
  );
}
