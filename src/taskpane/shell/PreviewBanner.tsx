import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Host, Language } from "../../core";
import { useNoticeStyles } from "../components/Notice";
import { stringsFor } from "../strings";

const useStyles = makeStyles({
  banner: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  switch: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** What the preview's in-memory file starts with: the sample project, or nothing (to try the loop from the start). */
export type PreviewStart = "sample" | "empty";

/** A labelled row of toggle buttons, one pressed. */
function Switch<T extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange(value: T): void;
}) {
  const styles = useStyles();
  return (
    <div role="group" aria-labelledby={id} className={styles.switch}>
      <span id={id}>{label}</span>
      {options.map((option) => (
        <Button
          key={option.value}
          size="small"
          appearance={option.value === value ? "primary" : "secondary"}
          aria-pressed={option.value === value}
          onClick={() => option.value !== value && onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}

/**
 * Outside Office: says plainly that this is a preview in which nothing is saved, with the host switch and the choice
 * between the sample project and an empty file.
 */
export function PreviewBanner({
  language,
  kind,
  start,
  onKindChange,
  onStartChange,
}: {
  language: Language;
  kind: Host;
  start: PreviewStart;
  onKindChange(kind: Host): void;
  onStartChange(start: PreviewStart): void;
}) {
  const styles = useStyles();
  const bar = useNoticeStyles();
  const t = stringsFor(language).shell;
  return (
    <div className={styles.banner}>
      <div className={mergeClasses(bar.bar, bar.warning)}>
        <span className={bar.text}>
          <span role="status" id="concord-preview-status" className={styles.title}>
            {start === "empty" ? t.previewEmptyBanner : t.previewBanner}
          </span>{" "}
          {t.previewDetail}
        </span>
      </div>
      <Switch
        id="concord-preview-kind"
        label={t.previewKindLabel}
        options={[
          { value: "excel" as Host, label: t.excel },
          { value: "word" as Host, label: t.word },
        ]}
        value={kind}
        onChange={onKindChange}
      />
      <Switch
        id="concord-preview-start"
        label={t.previewStartLabel}
        options={[
          { value: "sample" as PreviewStart, label: t.previewSample },
          { value: "empty" as PreviewStart, label: t.previewEmpty },
        ]}
        value={start}
        onChange={onStartChange}
      />
    </div>
  );
}
