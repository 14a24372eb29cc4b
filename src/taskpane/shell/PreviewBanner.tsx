import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Host, Language } from "../../core";
import { useNoticeStyles } from "../components/Notice";
import { stringsFor } from "../strings";

const useStyles = makeStyles({
  banner: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  switch: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const KINDS: readonly Host[] = ["excel", "word"];

/** Outside Office: says plainly that this is a preview of a sample in which nothing is saved, with the host switch. */
export function PreviewBanner({
  language,
  kind,
  onKindChange,
}: {
  language: Language;
  kind: Host;
  onKindChange(kind: Host): void;
}) {
  const styles = useStyles();
  const bar = useNoticeStyles();
  const t = stringsFor(language).shell;
  return (
    <div className={styles.banner}>
      <div className={mergeClasses(bar.bar, bar.warning)}>
        <span className={bar.text}>
          <span role="status" id="concord-preview-status" className={styles.title}>
            {t.previewBanner}
          </span>{" "}
          {t.previewDetail}
        </span>
      </div>
      <div role="group" aria-labelledby="concord-preview-kind" className={styles.switch}>
        <span id="concord-preview-kind">{t.previewKindLabel}</span>
        {KINDS.map((option) => (
          <Button
            key={option}
            size="small"
            appearance={option === kind ? "primary" : "secondary"}
            aria-pressed={option === kind}
            onClick={() => option !== kind && onKindChange(option)}
          >
            {t[option]}
          </Button>
        ))}
      </div>
    </div>
  );
}
