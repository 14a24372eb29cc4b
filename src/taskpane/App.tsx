import {
  Body1,
  FluentProvider,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { ConcordHost } from "../hosts/types";
import type { HostKind } from "./host";
import { stringsFor, type Language } from "./i18n";
import type { TemplateFile } from "../files";
import { TemplatesPanel } from "./TemplatesPanel";

export interface AppProps {
  host: HostKind;
  /** Office's host name, shown when the host is not supported. */
  hostName?: string | null;
  language: Language;
  /** The open workbook or document, when the host is supported. */
  concord?: ConcordHost | null;
  /** Blank forms offered for download. */
  files?: () => Promise<TemplateFile[]>;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  text: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function App({ host, hostName = null, language, concord = null, files }: AppProps) {
  const styles = useStyles();
  const t = stringsFor(language);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.root} data-host={host}>
        <header className={styles.header}>
          <Title2 as="h1" block className={styles.text}>
            {t.title}
          </Title2>
          <Body1 as="p" block className={styles.tagline}>
            {t.tagline}
          </Body1>
        </header>
        <div role="status">
          <Subtitle2 as="h2" block className={styles.text}>
            {t.hostStatus(host, hostName)}
          </Subtitle2>
        </div>
        <Body1 as="p" block className={styles.text}>
          {t.hostHint(host)}
        </Body1>
        {concord && <TemplatesPanel host={concord} language={language} files={files} />}
      </main>
    </FluentProvider>
  );
}
