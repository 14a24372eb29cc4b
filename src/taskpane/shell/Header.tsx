import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useText } from "../components/text";
import type { Language } from "../../core";
import type { HostKind } from "../host";
import { stringsFor } from "../strings";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Title, tagline and, inside Office, where Concord runs (the preview says so in its banner instead). */
export function Header({ host, hostName, language }: { host: HostKind; hostName: string | null; language: Language }) {
  const styles = useStyles();
  const t = stringsFor(language);
  const text = useText();
  return (
    <header className={styles.header}>
      <h1 className={text.title2}>{t.title}</h1>
      <p className={mergeClasses(text.body1, styles.tagline)}>{t.tagline}</p>
      {host !== "none" && (
        <div role="status" id="concord-host-status">
          <p className={text.subtitle2}>{t.hostStatus(host, hostName)}</p>
        </div>
      )}
      {host !== "excel" && host !== "word" && (
        <p className={mergeClasses(text.body1, styles.tagline)}>{t.hostHint(host)}</p>
      )}
    </header>
  );
}
