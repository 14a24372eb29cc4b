import { Body1, Button, Link, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { getTemplate, type Host, type Language } from "../../../core";
import type { TemplateFile, TemplateFileKind } from "../../../files";
import { browserDownload } from "../../components/download";
import { Notice, type NoticeMessage } from "../../components/Notice";
import { describeError } from "../../office-errors";
import { stringsFor } from "../../strings";
import { LanguageChoice } from "./LanguageChoice";

export interface BlankFormsProps {
  /** The host's own file kind is offered first (.xlsx in Excel, .docx in Word). */
  hostKind: Host;
  language: Language;
  /** Loads the list; the file writers (exceljs, JSZip) are fetched only when this is called. */
  files: () => Promise<TemplateFile[]>;
  /** Saves bytes as a file; the browser download by default. */
  save?: (file: TemplateFile, bytes: Uint8Array) => void;
}

/** The files of one language, the host's own kind first (then by template, as listed). */
export function offeredFiles(all: readonly TemplateFile[], language: Language, hostKind: Host): TemplateFile[] {
  const own: TemplateFileKind = hostKind === "excel" ? "xlsx" : "docx";
  const mine = all.filter((f) => f.language === language);
  return [...mine.filter((f) => f.kind === own), ...mine.filter((f) => f.kind !== own)];
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "4px" },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  heading: { margin: 0 },
  file: { maxWidth: "100%", height: "auto", justifyContent: "flex-start", textAlign: "start" },
});

/** Blank forms behind a link: nothing is fetched until it is opened; failures are reported here, with a retry. */
export function BlankForms({ hostKind, language, files, save = browserDownload }: BlankFormsProps) {
  const styles = useStyles();
  const t = stringsFor(language).templates;
  const dismiss = stringsFor(language).shell.dismiss;
  const [open, setOpen] = useState(false);
  const [available, setAvailable] = useState<TemplateFile[] | null>(null);
  const [fileLanguage, setFileLanguage] = useState<Language>(language);
  const [loading, setLoading] = useState(false);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setMessage(null);
    try {
      setAvailable(await files());
    } catch (error) {
      setMessage({ intent: "error", text: t.downloadFailed(describeError(error, language)) });
    } finally {
      setLoading(false);
    }
  }, [files, language, t]);

  const reveal = () => {
    setOpen(true);
    setTimeout(() => heading.current?.focus(), 0);
    if (available === null && !loading) void load();
  };

  const download = async (file: TemplateFile) => {
    setPreparing(file.fileName);
    setMessage(null);
    try {
      save(file, await file.build());
      setMessage({ intent: "success", text: t.downloaded(file.fileName) });
    } catch (error) {
      setMessage({ intent: "error", text: t.downloadFailed(describeError(error, language)) });
    } finally {
      setPreparing(null);
    }
  };

  if (!open) {
    return (
      <section className={styles.section} aria-label={t.downloadsHeading}>
        <Link as="button" onClick={reveal} aria-expanded={false}>
          {t.downloadsLink}
        </Link>
      </section>
    );
  }

  const list = available ? offeredFiles(available, fileLanguage, hostKind) : [];
  return (
    <section className={styles.section} aria-labelledby="concord-downloads">
      <h2 id="concord-downloads" ref={heading} tabIndex={-1} className={styles.heading}>
        <Subtitle2>{t.downloadsHeading}</Subtitle2>
      </h2>
      <Body1 as="p" className={styles.muted} block>
        {t.downloadsHint}
      </Body1>
      <LanguageChoice
        label={t.downloadLanguageLabel}
        language={language}
        value={fileLanguage}
        onChange={setFileLanguage}
      />
      {loading && <Spinner size="tiny" label={t.downloadsLoading} />}
      {available && (
        <ul className={styles.list} aria-labelledby="concord-downloads">
          {list.map((file) => {
            const name = getTemplate(file.template).name[language];
            return (
              <li key={file.fileName}>
                <Button
                  size="small"
                  className={styles.file}
                  disabled={preparing !== null}
                  onClick={() => void download(file)}
                >
                  {t.download(file.template, name, file.kind)}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {preparing && <Spinner size="tiny" label={t.preparing(preparing)} />}
      <Notice
        focusOnShow
        message={message}
        dismissLabel={dismiss}
        onDismiss={() => setMessage(null)}
        action={
          available === null && !loading ? (
            <Button size="small" onClick={() => void load()}>
              {t.retryDownloads}
            </Button>
          ) : undefined
        }
      />
    </section>
  );
}
