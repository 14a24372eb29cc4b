import { Checkbox, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { Language, Slot } from "../../../core";
import { FORMS_STRINGS } from "./strings";
import type { Problem } from "./validation";

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
  const common = {
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
          <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
        </Field>
      );
    case "choice":
      return (
        <Field {...common}>
          <Select value={value} onChange={(_, d) => onChange(d.value)}>
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
    case "multiChoice": {
      const selected = value.split(",").filter((id) => id !== "");
      const toggle = (id: string, on: boolean) =>
        onChange((on ? [...selected, id] : selected.filter((s) => s !== id)).join(","));
      return (
        <Field {...common}>
          <div role="group" aria-label={slot.label[language]}>
            {field.choices?.map((c) => (
              <Checkbox
                key={c.id}
                label={c.label[language]}
                checked={selected.includes(c.id)}
                onChange={(_, d) => toggle(c.id, d.checked === true)}
              />
            ))}
          </div>
        </Field>
      );
    }
    case "date":
      return (
        <Field {...common}>
          <Input type="date" value={value} onChange={(_, d) => onChange(d.value)} />
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
          <Input inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    default:
      return (
        <Field {...common}>
          <Input value={value} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
  }
}
