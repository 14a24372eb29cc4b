import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Language } from "../../../core";
import { otherLanguage, stringsFor } from "../../strings";

export interface LanguageChoiceProps {
  label: string;
  /** The UI language (the labels' language). */
  language: Language;
  value: Language;
  onChange(value: Language): void;
}

/** English / 中文, each option's own-language text marked with its `lang`. */
export function LanguageChoice({ label, language, value, onChange }: LanguageChoiceProps) {
  const t = stringsFor(language).templates;
  const marked = (option: Language, text: string) =>
    option === language ? text : <span lang={otherLanguage(language)}>{text}</span>;
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={value} onChange={(_, data) => onChange(data.value as Language)}>
        <Radio value="en-US" label={marked("en-US", t.english)} />
        <Radio value="zh-CN" label={marked("zh-CN", t.chinese)} />
      </RadioGroup>
    </Field>
  );
}
