import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Body1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { getTemplate, templatesFor, type Language, type TemplateId } from "../core";
import { LocalizedError } from "../core";
import type { ConcordHost, TemplateInstance } from "../hosts/types";
import type { TemplateFile } from "../files";
import { TEMPLATE_STRINGS } from "./templates-i18n";

export interface TemplatesPanelProps {
  host: ConcordHost;
  /** The UI language (Office's display language). */
  language: Language;
  /** Blank forms for download (loaded lazily: the file writers are large). */
  files?: () => Promise<TemplateFile[]>;
  /** Saves bytes as a file; the browser download by default. */
  save?: (file: TemplateFile, bytes: Uint8Array) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "6px" },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

function browserSave(file: TemplateFile, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MIME[file.kind] }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What went wrong, in the UI language when the error carries both (unsupported API, a deleted binding, …). */
function describe(error: unknown, language: Language): string {
  if (error instanceof LocalizedError) return error.messages[language];
  return error instanceof Error ? error.message : String(error);
}

type Outcome = { kind: "success" | "error"; text: string } | null;

export function TemplatesPanel({ host, language, files, save = browserSave }: TemplatesPanelProps) {
  const styles = useStyles();
  const t = TEMPLATE_STRINGS[language];
  const choices = templatesFor(host.kind);
  const [template, setTemplate] = useState<TemplateId>(choices[0].id);
  const [formLanguage, setFormLanguage] = useState<Language>(language);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [instances, setInstances] = useState<TemplateInstance[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [available, setAvailable] = useState<TemplateFile[] | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setListError(null);
    try {
      setInstances(await host.findTemplates());
    } catch (error) {
      setInstances([]);
      setListError(t.findFailed(describe(error, language)));
    }
  }, [host, language, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!files) return;
    files().then(
      (list) => setAvailable(list.filter((f) => f.language === formLanguage)),
      (error: unknown) => setOutcome({ kind: "error", text: t.downloadFailed(describe(error, language)) }),
    );
  }, [files, formLanguage, language, t]);

  const insert = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const inserted = await host.insertTemplate(template, formLanguage);
      const name = getTemplate(template).name[language];
      setOutcome({ kind: "success", text: t.inserted(name, inserted.record.id, inserted.location) });
      await refresh();
    } catch (error) {
      setOutcome({ kind: "error", text: t.insertFailed(describe(error, language)) });
    } finally {
      setBusy(false);
    }
  };

  const download = async (file: TemplateFile) => {
    setPreparing(file.fileName);
    try {
      save(file, await file.build());
    } catch (error) {
      setOutcome({ kind: "error", text: t.downloadFailed(describe(error, language)) });
    } finally {
      setPreparing(null);
    }
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="concord-insert">
        <Subtitle2 as="h2" id="concord-insert" block>
          {t.insertHeading}
        </Subtitle2>
        <Field label={t.templateLabel}>
          <Select value={template} onChange={(_, data) => setTemplate(data.value as TemplateId)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.id} · ${c.name[language]}`}
              </option>
            ))}
          </Select>
        </Field>
        <Body1 as="p" className={styles.muted} block>
          {getTemplate(template).purpose[language]}
        </Body1>
        <Field label={t.formLanguageLabel}>
          <RadioGroup
            layout="horizontal"
            value={formLanguage}
            onChange={(_, data) => setFormLanguage(data.value as Language)}
          >
            <Radio value="en-US" label={t.english} />
            <Radio value="zh-CN" label={t.chinese} />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
            {busy ? t.inserting : t.insert}
          </Button>
          {busy && <Spinner size="tiny" />}
        </div>
        {outcome && (
          <MessageBar intent={outcome.kind} role={outcome.kind === "error" ? "alert" : "status"}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby="concord-in-file">
        <div className={styles.row}>
          <Subtitle2 as="h2" id="concord-in-file" block>
            {t.inFileHeading}
          </Subtitle2>
          <Button size="small" onClick={() => void refresh()}>
            {t.refresh}
          </Button>
        </div>
        {listError && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{listError}</MessageBarBody>
          </MessageBar>
        )}
        {instances === null ? (
          <Spinner size="tiny" label={t.loading} />
        ) : instances.length === 0 ? (
          !listError && (
            <Body1 as="p" className={styles.muted} block>
              {t.none}
            </Body1>
          )
        ) : (
          <ul className={styles.list} aria-label={t.inFileHeading}>
            {instances.map(({ record, location }) => (
              <li key={`${record.template}:${record.id}`} className={styles.row}>
                <Badge appearance="tint">{record.template}</Badge>
                <Body1>{getTemplate(record.template).name[record.language]}</Body1>
                <Body1 className={styles.muted}>{`${location} · ${record.id} · ${record.language}`}</Body1>
              </li>
            ))}
          </ul>
        )}
      </section>

      {files && (
        <section className={styles.section} aria-labelledby="concord-downloads">
          <Subtitle2 as="h2" id="concord-downloads" block>
            {t.downloadsHeading}
          </Subtitle2>
          <Body1 as="p" className={styles.muted} block>
            {t.downloadsHint}
          </Body1>
          {available === null ? (
            <Spinner size="tiny" />
          ) : (
            <ul className={styles.list} aria-label={t.downloadsHeading}>
              {available.map((file) => (
                <li key={file.fileName} className={styles.row}>
                  <Body1>{`${file.template} · ${getTemplate(file.template).name[file.language]}`}</Body1>
                  <Button size="small" disabled={preparing !== null} onClick={() => void download(file)}>
                    {preparing === file.fileName ? t.preparing : t.download(file.kind)}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
