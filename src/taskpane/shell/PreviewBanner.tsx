import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Host, Language } from "../../core";
import { stringsFor } from "../strings";

const useStyles = makeStyles({
  banner: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

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
  const t = stringsFor(language).shell;
  return (
    <div className={styles.banner}>
      <MessageBar intent="warning" layout="multiline" id="concord-preview-banner">
        <MessageBarBody>
          <MessageBarTitle role="status">{t.previewBanner}</MessageBarTitle> {t.previewDetail}
        </MessageBarBody>
      </MessageBar>
      <Field label={t.previewKindLabel}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => onKindChange(data.value as Host)}>
          <Radio value="excel" label={t.excel} />
          <Radio value="word" label={t.word} />
        </RadioGroup>
      </Field>
    </div>
  );
}
