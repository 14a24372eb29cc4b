import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { Language, Slot } from "../../../core";
import { FORMS_STRINGS } from "./strings";
import type { Problem } from "./validation";

const useStyles = makeStyles({
  /** Fields and controls shrink with the pane (down to ~175 px at 200 % zoom) instead of their content's width. */
  field: { minWidth: 0, overflowWrap: "anywhere" },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface FieldInputProps {
  slot: Slot;
  value: string;
  problems: readonly Problem[];
  /** Whether "required" messages show yet (after the first save attempt). */
  showMissing: boolean;
  language: Language;
  onChange(value: string): void;
}

function validation(problems: readonly Problem[], showMissing: boolean) {
  const shown = problems.filter((p) => p.kind !== "missing" || showMissing);
  if (shown.length === 0) return { state: "none" as const, message: undefined };
  const state = shown.some((p) => p.kind === "error" || p.kind === "missing") ? "error" : "warning";
  return { state: state as "error" | "warning", message: shown.map((p) => p.text).join(" ") };
}

/** One field of a form as the control its kind calls for, with its messages tied to it (Field's aria-describedby). */
export function FieldInput({ slot, value, problems, showMissing, language, onChange }: FieldInputProps) {
  const t = FORMS_STRINGS[language];
  const { field } = slot;
  const { state, message } = validation(problems, showMissing);
  const styles = useStyles();
  const common = {
    className: styles.field,
    label: slot.label[language],
    required: field.required && !/\.\d+$/.test(slot.key) ? true : undefined,
    validationState: state,
    validationMessage: message,
    hint: field.hint?.[language],
  };
  switch (field.kind) {
    case "longText":
      return (
        <Field {...common}>
          <Textarea className={styles.control} value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
        </Field>
      );
    case "choice":
      return (
        <Field {...common}>
          <Select className={styles.control} value={value} onChange={(_, d) => onChange(d.value)}>
            <option value="">{t.choose}</option>
            {field.choices?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[language]}
              </option>
            ))}
            {value !== "" && !field.choices?.some((c) => c.id === value) && <option value={value}>{value}</option>}
          </Select>
        </Field>
      );
    case "multiChoice":
      return <ChoiceGroup slot={slot} value={value} common={common} language={language} onChange={onChange} />;
    case "date":
      return (
        <Field {...common}>
          <Input className={styles.control} type="date" value={value} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    case "percent":
      return (
        <Field {...common}>
          <Input
            inputMode="decimal"
            value={value}
            onChange={(_, d) => onChange(d.value)}
            contentAfter={t.percentSuffix}
          />
        </Field>
      );
    case "number":
    case "hours":
      return (
        <Field {...common}>
          <Input className={styles.control} inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    default:
      return (
        <Field {...common}>
          <Input className={styles.control} value={value} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
  }
}

/**
 * Checkboxes for a multiple choice. Not inside a Field: a Field hands its label and id to every Fluent control in it,
 * which would give each checkbox the group's name; the group is named and described here instead.
 */
function ChoiceGroup({
  slot,
  value,
  common,
  language,
  onChange,
}: Pick<FieldInputProps, "slot" | "value" | "language" | "onChange"> & {
  common: { label: string; required?: boolean; validationState: string; validationMessage?: string; hint?: string };
}) {
  const id = useId();
  const selected = value.split(",").filter((choice) => choice !== "");
  const toggle = (choice: string, on: boolean) =>
    onChange((on ? [...selected, choice] : selected.filter((s) => s !== choice)).join(","));
  const styles = useStyles();
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={common.validationMessage ? `${id}-message` : undefined}
      aria-invalid={common.validationState === "error" ? true : undefined}
    >
      <Label id={`${id}-label`} required={common.required}>
        {common.label}
      </Label>
      <div>
        {slot.field.choices?.map((c) => (
          <Checkbox
            key={c.id}
            label={c.label[language]}
            checked={selected.includes(c.id)}
            onChange={(_, d) => toggle(c.id, d.checked === true)}
          />
        ))}
      </div>
      {common.validationMessage && (
        <Caption1 id={`${id}-message`} className={common.validationState === "error" ? styles.error : styles.warning}>
          {common.validationMessage}
        </Caption1>
      )}
    </div>
  );
}
