import { Body1, Subtitle2, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { HostKind } from "../host";
import { stringsFor } from "../strings";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  text: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Title, tagline and, inside Office, where Concord runs (the preview says so in its banner instead). */
export function Header({ host, hostName, language }: { host: HostKind; hostName: string | null; language: Language }) {
  const styles = useStyles();
  const t = stringsFor(language);
  return (
    <header className={styles.header}>
      <Title2 as="h1" block className={styles.text}>
        {t.title}
      </Title2>
      <Body1 as="p" block className={styles.tagline}>
        {t.tagline}
      </Body1>
      {host !== "none" && (
        <div role="status" id="concord-host-status">
          <Subtitle2 as="p" block className={styles.text}>
            {t.hostStatus(host, hostName)}
          </Subtitle2>
        </div>
      )}
      {host !== "excel" && host !== "word" && (
        <Body1 as="p" block className={styles.tagline}>
          {t.hostHint(host)}
        </Body1>
      )}
    </header>
  );
}
