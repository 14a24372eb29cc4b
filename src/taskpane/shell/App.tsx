import {
  Button,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import type { Host, InstanceRecord, Language, SignoffCrypto } from "../../core";
import type { TemplateFile } from "../../files";
import { Busy } from "../components/Busy";
import { Notice } from "../components/Notice";
import type { PaneHost } from "../connect";
import type { HostKind } from "../host";
import { describeError } from "../office-errors";
import { HomeScreen } from "../screens/home";
import { stringsFor } from "../strings";
import { NO_VERSION_CHECK, type VersionCheck } from "../version-check";
import { Header } from "./Header";
import { Navigation } from "./Navigation";
import { PreviewBanner, type PreviewStart } from "./PreviewBanner";
import { defaultInstance, type Route, type ScreenId } from "./routes";
import { ScreenBoundary } from "./ScreenBoundary";
import {
  SCREEN_ORDER,
  WORK_SCREENS,
  loadArchiveScreen,
  loadTemplatesScreen,
  type ScreenLoader,
  type ScreenProps,
} from "./screens";
import type { TemplatesScreenProps } from "../screens/templates";
import type { ArchiveScreenProps } from "../screens/archive";
import { CHINESE_FONTS, themeFor } from "./theme";
import { useProject } from "./use-project";

export interface AppProps {
  host: HostKind;
  /** Office's host name, shown when the host is not supported. */
  hostName?: string | null;
  language: Language;
  /** Fluent's theme for Office's (webDarkTheme in a dark Office, loaded only there); light by default. */
  theme?: Theme;
  /**
   * Opens the file (Office) or the preview's in-memory file (outside Office: the sample project, or an empty file);
   * absent where Concord does not run.
   */
  connect?: (kind: Host, start: PreviewStart) => Promise<PaneHost>;
  /** Outside Office: which kind of file the preview shows first. */
  previewKind?: Host;
  /** What the version check knows will fail here (none in the preview). */
  versionCheck?: VersionCheck;
  /** Blank forms offered for download. */
  files?: () => Promise<TemplateFile[]>;
  save?: (file: TemplateFile, bytes: Uint8Array) => void;
  /** Web Crypto for deriving the loop (the ledger's fingerprints); the browser's by default. */
  crypto?: SignoffCrypto;
  /** The work screens (forms, sign-off, changes) the pane has; by default those that exist. */
  workScreens?: Partial<Record<ScreenId, ScreenLoader>>;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Reflow down to 175 CSS px (200 % zoom): Fluent's buttons keep one line and a 280 px cap, horizontal radio
    // groups and selects do not wrap or shrink.
    "& .fui-Button": { maxWidth: "100%", minWidth: 0, height: "auto", whiteSpace: "normal", textAlign: "start" },
    "& .fui-RadioGroup": { flexWrap: "wrap" },
    "& .fui-Select, & .fui-Field, & .fui-Input, & .fui-Textarea": { minWidth: 0, maxWidth: "100%" },
  },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, outlineStyle: "none" },
});

// Chinese text inside an English pane (a form's name, "中文") also gets a Chinese UI font.
const useGlobalStyles = makeStaticStyles({ ":lang(zh-CN)": { fontFamily: `${CHINESE_FONTS}, sans-serif` } });

const browserCrypto = (): SignoffCrypto | undefined => globalThis.crypto?.subtle as SignoffCrypto | undefined;

export function App({
  host,
  hostName = null,
  language,
  theme: baseTheme = webLightTheme,
  connect,
  previewKind = "excel",
  versionCheck = NO_VERSION_CHECK,
  files,
  save,
  crypto = browserCrypto(),
  workScreens = WORK_SCREENS,
}: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const t = stringsFor(language);
  const theme = useMemo(() => themeFor(baseTheme, language), [baseTheme, language]);
  const [preview, setPreview] = useState<Host>(previewKind);
  const [previewStart, setPreviewStart] = useState<PreviewStart>("sample");
  const kind: Host | null = host === "excel" || host === "word" ? host : host === "none" ? preview : null;
  const [paneHost, setPaneHost] = useState<PaneHost | null>(null);
  const [connectError, setConnectError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [route, setRoute] = useState<Route>({ screen: "home" });
  const [screenAttempt, setScreenAttempt] = useState(0);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!connect || !kind) return;
    let current = true;
    setPaneHost(null);
    setConnectError(null);
    // Another file: a form chosen in the previous one does not exist here.
    setRoute({ screen: "home" });
    connect(kind, previewStart).then(
      (connected) => current && setPaneHost(connected),
      (error: unknown) => current && setConnectError(error),
    );
    return () => {
      current = false;
    };
  }, [connect, kind, previewStart, attempt]);

  const load = useProject(paneHost, crypto);

  const loaders = useMemo(
    () =>
      ({ ...workScreens, archive: loadArchiveScreen, templates: loadTemplatesScreen }) as Partial<
        Record<ScreenId, () => Promise<unknown>>
      >,
    [workScreens],
  );
  // The weekly review reads the task breakdown, a workbook template: not offered in Word.
  const available = useMemo(
    () =>
      new Set<ScreenId>(
        (["home", ...Object.keys(loaders)] as ScreenId[]).filter((id) => id !== "weekly" || kind === "excel"),
      ),
    [loaders, kind],
  );
  // A new lazy component per attempt: React keeps a failed import's rejection for good.
  const screens = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(loaders).map(([id, loader]) => [
          id,
          lazy(async () => ({ default: (await loader!()) as ComponentType<Record<string, unknown>> })),
        ]),
      ) as Partial<Record<ScreenId, ComponentType<Record<string, unknown>>>>,
    // screenAttempt: choosing a screen again after its chunk failed retries the import.
    [loaders, screenAttempt],
  );

  const navigate = useCallback((screen: ScreenId, instance?: InstanceRecord) => {
    setRoute({ screen, instance });
    setTimeout(() => panel.current?.focus(), 0);
  }, []);

  const reload = () => void load.reload();

  const screen = (): ReactNode => {
    if (!paneHost || route.screen === "home") return null;
    const Lazy = screens[route.screen] as ComponentType<Record<string, unknown>> | undefined;
    if (!Lazy) return null;
    if (route.screen === "templates") {
      const props: TemplatesScreenProps = {
        host: paneHost,
        language,
        versionCheck,
        project: load.project,
        onChanged: reload,
        files,
        save,
      };
      return <Lazy {...props} />;
    }
    if (route.screen === "archive") {
      const props: ArchiveScreenProps = { host: paneHost, language, crypto };
      return <Lazy {...props} />;
    }
    const instance =
      route.instance ?? (load.project ? defaultInstance(route.screen, load.project.snapshot) : undefined);
    if (!instance) {
      return (
        <Notice
          message={{ intent: "info", text: t.shell.needsForm }}
          action={
            <Button size="small" onClick={() => navigate("templates")}>
              {t.shell.toTemplates}
            </Button>
          }
        />
      );
    }
    const props: ScreenProps = { host: paneHost, language, instance, onNavigate: navigate, preview: host === "none" };
    return <Lazy key={`${route.screen}:${instance.id}`} {...props} />;
  };

  return (
    <FluentProvider theme={theme} lang={language}>
      <main className={styles.root} data-host={host}>
        <Header host={host} hostName={hostName} language={language} />
        {host === "none" && (
          <PreviewBanner
            language={language}
            kind={preview}
            start={previewStart}
            onKindChange={setPreview}
            onStartChange={setPreviewStart}
          />
        )}
        {kind && connect && !paneHost && !connectError && <Busy label={t.shell.connecting} />}
        <Notice
          message={
            connectError
              ? { intent: "error", text: t.shell.connectFailed(describeError(connectError, language)) }
              : null
          }
          action={
            <Button size="small" onClick={() => setAttempt((n) => n + 1)}>
              {t.shell.retryConnect}
            </Button>
          }
        />
        {paneHost && (
          <>
            <Navigation
              screens={SCREEN_ORDER.filter((id) => available.has(id))}
              current={route.screen}
              language={language}
              onSelect={(screen) => {
                setRoute({ screen });
                setScreenAttempt((n) => n + 1);
              }}
            />
            <div
              ref={panel}
              role="region"
              tabIndex={-1}
              aria-label={t.shell.screens[route.screen]}
              className={styles.panel}
            >
              {route.screen === "home" ? (
                <HomeScreen
                  host={paneHost}
                  language={language}
                  load={load}
                  versionCheck={versionCheck}
                  available={available}
                  onNavigate={navigate}
                />
              ) : (
                <ScreenBoundary
                  resetKey={`${route.screen}:${screenAttempt}`}
                  fallback={<Notice message={{ intent: "error", text: t.shell.screenFailed }} />}
                >
                  <Suspense fallback={<Busy label={t.shell.loadingScreen} />}>{screen()}</Suspense>
                </ScreenBoundary>
              )}
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
