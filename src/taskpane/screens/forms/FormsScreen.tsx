import { Button, makeStyles, Spinner, Subtitle1, Subtitle2, tokens } from "@fluentui/react-components";
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getTemplate, parseTableCellKey, type Slot, slotsOf, tablesOf } from "../../../core";
import type { FieldValues, FormContent } from "../../../hosts/types";
import { useSignoffEnvironment } from "../../keys";
import { describeError, formName, ScreenNotice, type ScreenNoticeMessage, type ScreenProps } from "../signoff";
import { ClosingActions } from "./ClosingActions";
import { draftVerdict } from "./closing-data";
import { planAcceptancePrefill, planRetrospectivePrefill } from "./closing-prefill";
import { fieldText, todaySerial, writtenValue } from "./field-text";
import { FieldInput } from "./FieldInput";
import { editableColumns, FormTables, tableCellSlots, tableTexts } from "./FormTables";
import { FORMS_STRINGS } from "./strings";
import { formProblems } from "./validation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Fluent's Text components are inline even as <p>: block, so consecutive lines do not run together.
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
});

/** The slots the pane fills: fields and list items, not signature blocks (signing fills those) or formulas. */
export function editableSlots(template: ReturnType<typeof getTemplate>): Slot[] {
  const signatures = new Set(template.blocks.filter((b) => b.type === "signatures").map((b) => b.id));
  return slotsOf(template).filter((s) => !signatures.has(s.blockId) && s.field.kind !== "formula");
}

/**
 * Fill and check a form in the pane: each field as its kind's control and each table row as a small group of labelled
 * inputs, checked as you type (values that cannot be written, required fields and cells, dates that look mistyped,
 * SMART advice), written to the file in one batch.
 */
export function FormsScreen({ host, language, instance, onNavigate }: ScreenProps) {
  const styles = useStyles();
  const t = FORMS_STRINGS[language];
  const template = getTemplate(instance.template);
  const name = formName(instance.template, language);
  const slots = useMemo(() => editableSlots(template), [template]);
  const tables = useMemo(() => tablesOf(template).filter((table) => editableColumns(table).length > 0), [template]);
  const [content, setContent] = useState<FormContent | null>(null);
  const [saved, setSaved] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<"load" | "save" | "prefill" | null>("load");
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const [showMissing, setShowMissing] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const environment = useSignoffEnvironment();
  const closing = instance.template === "T7" || instance.template === "T8" ? instance.template : null;

  /** Reads the form; `edits` (unsaved texts by key) stay over what was read. */
  const read = useCallback(
    async (edits: Record<string, string> = {}) => {
      const got = await host.readForm(instance);
      const texts = {
        ...Object.fromEntries(slots.map((s) => [s.key, fieldText(s.field, got.values[s.key])])),
        ...tableTexts(tables, got),
      };
      setContent(got);
      setSaved(texts);
      setDraft({ ...texts, ...edits });
    },
    [host, instance, slots, tables],
  );

  const load = useCallback(async () => {
    setBusy("load");
    try {
      await read();
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  }, [read, language]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const rowCounts = useMemo(
    () => Object.fromEntries(tables.map((table) => [table.id, content?.tables[table.id]?.length ?? 0])),
    [tables, content],
  );
  const problems = useMemo(() => {
    const cells = tables.flatMap((table) => tableCellSlots(table, rowCounts[table.id], draft).flatMap((r) => r.slots));
    return formProblems(instance.template, [...slots, ...cells], draft, {
      language,
      formLanguage: instance.language,
      today: todaySerial(),
    });
  }, [instance, slots, tables, rowCounts, draft, language]);
  const verdict = useMemo(
    () => (closing === "T7" ? draftVerdict(draft, rowCounts) : undefined),
    [closing, draft, rowCounts],
  );
  const count = (kind: string) => [...problems.values()].flat().filter((p) => p.kind === kind).length;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setShowMissing(true);
    const errors = count("error");
    if (errors > 0) {
      setNotice({ intent: "error", lines: [t.fixFirst(errors)] });
      return;
    }
    // Fields and table cells (`<tableId>.<row>.<columnId>`) go to the file in the same one batch.
    const fieldOf = new Map(slots.map((slot) => [slot.key, slot.field]));
    const values: FieldValues = {};
    for (const [key, text] of Object.entries(draft)) {
      const field = fieldOf.get(key) ?? parseTableCellKey(template, key)?.column;
      if (!field || text === saved[key]) continue;
      const written = writtenValue(field, text, instance.language);
      if ("value" in written) values[key] = written.value;
    }
    const changed = Object.keys(values).length;
    const missing = count("missing");
    if (changed === 0) {
      setNotice({ intent: "warning", lines: [t.nothingChanged, ...(missing ? [t.stillMissing(missing)] : [])] });
      return;
    }
    setBusy("save");
    try {
      await host.writeFields(instance, values);
      setSaved(draft);
      setNotice({
        intent: missing ? "warning" : "success",
        lines: [t.saved(changed, name), ...(missing ? [t.stillMissing(missing)] : [])],
      });
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  };

  /** One read of the project, one write of the pre-filled values, then the form read again with unsaved edits kept. */
  const prefill = async () => {
    setBusy("prefill");
    try {
      const plan = closing === "T7" ? planAcceptancePrefill : planRetrospectivePrefill;
      const input = { host, instance, language, draft, rowCounts, crypto: environment.crypto ?? null, now: new Date() };
      const { values, notice: said } = await plan(input);
      if (Object.keys(values).length > 0) {
        await host.writeFields(instance, values);
        const edits = Object.fromEntries(
          Object.entries(draft).filter(([key, text]) => text !== saved[key] && !(key in values)),
        );
        await read(edits);
      }
      setNotice(said);
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  };

  const blocks = template.blocks.filter((b) => b.type === "fields" || b.type === "list");
  return (
    <section className={styles.root} aria-labelledby="concord-forms-heading" aria-busy={busy !== null}>
      <Subtitle1 as="h2" id="concord-forms-heading" className={styles.text}>
        {t.heading(name)}
      </Subtitle1>
      {busy === "load" && <Spinner size="small" label={t.loading} />}
      <ScreenNotice ref={noticeRef} notice={notice} />
      {content && closing && (
        <ClosingActions
          template={closing}
          language={language}
          busy={busy !== null}
          prefilling={busy === "prefill"}
          onPrefill={() => void prefill()}
          verdict={verdict}
        />
      )}
      {content && (
        <form className={styles.form} onSubmit={(e) => void save(e)} noValidate aria-label={t.heading(name)}>
          {blocks.map((block) => {
            const { title } = block;
            return (
              <fieldset key={block.id} className={styles.fieldset}>
                {title && (
                  <legend>
                    <Subtitle2>{title[language]}</Subtitle2>
                  </legend>
                )}
                <div className={styles.form}>
                  {slots
                    .filter((s) => s.blockId === block.id)
                    .map((slot) => (
                      <FieldInput
                        key={slot.key}
                        slot={slot}
                        value={draft[slot.key] ?? ""}
                        problems={problems.get(slot.key) ?? []}
                        showMissing={showMissing}
                        language={language}
                        onChange={(value) => setDraft((d) => ({ ...d, [slot.key]: value }))}
                      />
                    ))}
                </div>
              </fieldset>
            );
          })}
          <FormTables
            tables={tables}
            rowCounts={rowCounts}
            draft={draft}
            problems={problems}
            showMissing={showMissing}
            language={language}
            onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
          />
          <div className={styles.row}>
            <Button
              type="submit"
              appearance="primary"
              disabled={busy !== null}
              icon={busy === "save" ? <Spinner size="tiny" aria-label={t.saving} /> : undefined}
            >
              {t.save(name)}
            </Button>
            {onNavigate && (
              <Button onClick={() => onNavigate({ screen: "signoff", instance })}>{t.signoff(name)}</Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
