import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { getTemplate, templatesFor, type Language, type TemplateId } from "../../../core";
import type { TemplateInstance } from "../../../hosts/types";
import { Notice, type NoticeMessage } from "../../components/Notice";
import type { PaneHost } from "../../connect";
import { describeError } from "../../office-errors";
import { stringsFor } from "../../strings";
import type { VersionCheck } from "../../version-check";
import { LanguageChoice } from "./LanguageChoice";

export interface InsertTemplateProps {
  host: PaneHost;
  language: Language;
  versionCheck: VersionCheck;
  /** After a successful insert (e.g. to re-read the project). */
  onInserted?(instance: TemplateInstance): void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  heading: { margin: 0 },
  insert: { maxWidth: "100%", height: "auto" },
});

/** Inserts one of the host's templates in the chosen form language; its own message says what was created. */
export function InsertTemplate({ host, language, versionCheck, onInserted }: InsertTemplateProps) {
  const styles = useStyles();
  const t = stringsFor(language).templates;
  const dismiss = stringsFor(language).shell.dismiss;
  const choices = templatesFor(host.kind);
  const [template, setTemplate] = useState<TemplateId>(choices[0].id);
  const [formLanguage, setFormLanguage] = useState<Language>(language);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = getTemplate(template).name[language];
  const unsupported = versionCheck("insert");

  const insert = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const inserted = await host.insertTemplate(template, formLanguage);
      setMessage({ intent: "success", text: t.inserted(name, inserted.sheets ?? [inserted.location], host.kind) });
      onInserted?.(inserted);
    } catch (error) {
      setMessage({ intent: "error", text: t.insertFailed(describeError(error, language)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="concord-insert">
      <Subtitle2 as="h2" id="concord-insert" block className={styles.heading}>
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
      <LanguageChoice label={t.formLanguageLabel} language={language} value={formLanguage} onChange={setFormLanguage} />
      <div className={styles.row}>
        <Button
          ref={button}
          appearance="primary"
          className={styles.insert}
          disabled={busy || unsupported !== null}
          aria-describedby={unsupported ? "concord-insert-unsupported" : undefined}
          onClick={() => void insert()}
        >
          {t.insert(template, name)}
        </Button>
        {busy && <Spinner size="tiny" label={t.inserting(name)} />}
      </div>
      {unsupported && (
        <Caption1 id="concord-insert-unsupported" className={styles.muted}>
          {t.disabledBecause(unsupported[language])}
        </Caption1>
      )}
      <Notice
        focusOnShow
        message={message}
        dismissLabel={dismiss}
        onDismiss={() => {
          setMessage(null);
          button.current?.focus();
        }}
      />
    </section>
  );
}
