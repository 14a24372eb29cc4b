import { Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { type FormEvent, useMemo, useState } from "react";
import { formatDate, getTemplate, type Language } from "../../../core";
import type { FieldValues } from "../../../hosts/types";
import { editableSlots, FieldInput, formProblems, todaySerial, writtenValue } from "../forms";
import { CHANGES_STRINGS } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

/** The parts of a change request its requester fills in: the request and its impact (the lead's evaluation is not). */
const REQUEST_BLOCKS = new Set(["request", "impact"]);

export interface RaiseChangeProps {
  language: Language;
  /** The language the change request is written in (the project's forms). */
  formLanguage: Language;
  /** Prefilled: the project name and the next change id. */
  initial: Record<string, string>;
  busy: boolean;
  onRaise(values: FieldValues): void;
  onInvalid(missing: number): void;
}

/** Raise a change request: its fields checked like the forms screen's, all required ones filled before it is added. */
export function RaiseChange({ language, formLanguage, initial, busy, onRaise, onInvalid }: RaiseChangeProps) {
  const styles = useStyles();
  const t = CHANGES_STRINGS[language];
  const slots = useMemo(() => editableSlots(getTemplate("T5")).filter((s) => REQUEST_BLOCKS.has(s.blockId)), []);
  const [draft, setDraft] = useState<Record<string, string>>(() => ({
    date: formatDate(todaySerial()),
    ...initial,
  }));
  const [showMissing, setShowMissing] = useState(false);
  const problems = formProblems("T5", slots, draft, { language, formLanguage, today: todaySerial() });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowMissing(true);
    const blocking = [...problems.values()].flat().filter((p) => p.kind === "error" || p.kind === "missing").length;
    if (blocking > 0) {
      onInvalid(blocking);
      return;
    }
    const values: FieldValues = {};
    for (const slot of slots) {
      const written = writtenValue(slot.field, draft[slot.key] ?? "", formLanguage);
      if ("value" in written && written.value !== null) values[slot.key] = written.value;
    }
    onRaise(values);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t.raiseHeading}>
      <Subtitle2 as="h3" className={styles.text}>
        {t.raiseHeading}
      </Subtitle2>
      {slots.map((slot) => (
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
      <Button
        type="submit"
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" aria-label={t.raising} /> : undefined}
      >
        {t.raise}
      </Button>
    </form>
  );
}
