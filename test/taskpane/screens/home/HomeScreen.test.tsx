/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useMemo } from "react";
import { getTemplate, type Language, type StepId } from "../../../../src/core";
import { SAMPLE_IDS } from "../../../../src/hosts/preview";
import { HomeScreen } from "../../../../src/taskpane/screens/home";
import type { PaneHost } from "../../../../src/taskpane/connect";
import type { ScreenId } from "../../../../src/taskpane/shell/routes";
import { useProject } from "../../../../src/taskpane/shell/use-project";
import { STRINGS } from "../../../../src/taskpane/strings";
import { NO_VERSION_CHECK, type VersionCheck } from "../../../../src/taskpane/version-check";
import { LANGUAGES, NODE_CRYPTO, previewHost, renderInProvider } from "../../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

const LONG = { timeout: 10_000 };

function Home(props: {
  host: PaneHost;
  language: Language;
  versionCheck?: VersionCheck;
  available?: ScreenId[];
  navigated?: Array<[ScreenId, string | undefined]>;
  /** The ids of the forms navigated to. */
  opened?: string[];
  /** Reads the file as if this step were the loop's current one (the steps before it done). */
  current?: StepId;
}) {
  const read = useProject(props.host, NODE_CRYPTO);
  const { current } = props;
  const load = useMemo(
    () =>
      current && read.project
        ? { ...read, project: { ...read.project, state: { ...read.project.state, current } } }
        : read,
    [read, current],
  );
  return (
    <HomeScreen
      host={props.host}
      language={props.language}
      load={load}
      versionCheck={props.versionCheck ?? NO_VERSION_CHECK}
      available={new Set(props.available ?? ["home"])}
      onNavigate={(screen, instance) => {
        props.navigated?.push([screen, instance?.template]);
        if (instance) props.opened?.push(instance.id);
      }}
    />
  );
}

describe("Home", () => {
  for (const language of LANGUAGES) {
    const t = STRINGS[language];

    test(`${language}: the sample's forms by name and state, and the loop's 11 steps in 3 phases`, async () => {
      const host = await previewHost("excel", language);
      renderInProvider(<Home host={host} language={language} />);
      const list = await screen.findByRole("list", { name: t.home.inFileHeading }, LONG);
      const snapshot = await host.readProject();
      const rows = within(list).getAllByRole("listitem");
      expect(rows).toHaveLength(snapshot.instances.length);
      for (const { record } of snapshot.instances) {
        expect(list.textContent).toContain(getTemplate(record.template).name[language]);
        expect(list.textContent).not.toContain(record.id);
      }
      await screen.findByRole("heading", { name: t.home.loopHeading });
      const phases = screen.getAllByRole("heading", { level: 3 });
      expect(phases).toHaveLength(3);
      const steps = document.querySelectorAll("ol ol > li");
      expect(steps).toHaveLength(11);
      expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    });

    test(`${language}: choosing a form goes to it in the file and opens it where the loop acts on it`, async () => {
      const host = await previewHost("word", language);
      const navigated: Array<[ScreenId, string | undefined]> = [];
      renderInProvider(
        <Home host={host} language={language} available={["home", "forms", "signoff"]} navigated={navigated} />,
      );
      const list = await screen.findByRole("list", { name: t.home.inFileHeading }, LONG);
      const name = getTemplate("T2").name[language];
      const t2 = within(list)
        .getAllByRole("button")
        .find((b) => b.getAttribute("aria-label")?.includes(name))!;
      fireEvent.click(t2);
      await screen.findByText(t.home.opened(name), {}, LONG);
      expect(host.selection?.template).toBe("T2");
      // The sample's consensus form awaits signatures: its sign-off. The kickoff application: its fields.
      expect(navigated).toEqual([["signoff", "T2"]]);
      const t1 = getTemplate("T1").name[language];
      fireEvent.click(
        within(list)
          .getAllByRole("button")
          .find((b) => b.getAttribute("aria-label")?.includes(t1))!,
      );
      await waitFor(() =>
        expect(navigated).toEqual([
          ["signoff", "T2"],
          ["forms", "T1"],
        ]),
      );
    });

    test(`${language}: an empty file offers "insert the kickoff application", which inserts and names it`, async () => {
      const host = await previewHost("word", language, true);
      renderInProvider(<Home host={host} language={language} />);
      await screen.findByText(t.home.none, {}, LONG);
      const current = document.querySelector('[aria-current="step"]') as HTMLElement;
      const action = within(current).getByRole("button");
      expect(action.getAttribute("aria-label")).toContain(language === "en-US" ? "(step 1)" : "（第 1 步）");
      fireEvent.click(action);
      const name = getTemplate("T1").name[language];
      await screen.findByText(new RegExp(`^${t.templates.inserted(name, ["X"], "word").slice(0, 6)}`), {}, LONG);
      expect((await host.findTemplates()).map((i) => i.record.template)).toEqual(["T1"]);
      await screen.findByRole("list", { name: t.home.inFileHeading }, LONG);
    });
  }

  test("a next action done on another screen goes there with its form", async () => {
    const host = await previewHost("word", "en-US");
    const navigated: Array<[ScreenId, string | undefined]> = [];
    renderInProvider(<Home host={host} language="en-US" available={["home", "signoff"]} navigated={navigated} />);
    await screen.findByRole("heading", { name: "The collaboration loop" }, LONG);
    const current = document.querySelector('[aria-current="step"]') as HTMLElement;
    fireEvent.click(within(current).getByRole("button"));
    expect(navigated).toEqual([["signoff", "T2"]]);
  });

  /** The loop's step 7 (track weekly) in the stepper, once the file is read. */
  async function trackStep(language: Language): Promise<HTMLElement> {
    await screen.findByRole("heading", { name: STRINGS[language].home.loopHeading }, LONG);
    const steps = [...document.querySelectorAll<HTMLElement>("ol ol > li")];
    return steps[6];
  }

  test("step 7's weekly review goes to the Weekly screen on the WBS it reviews", async () => {
    const host = await previewHost("excel", "en-US");
    const navigated: Array<[ScreenId, string | undefined]> = [];
    const opened: string[] = [];
    renderInProvider(
      <Home host={host} language="en-US" available={["home", "weekly"]} navigated={navigated} opened={opened} />,
    );
    const step = await trackStep("en-US");
    // The sample's lagging tasks without a reason, named on the button.
    const action = within(step).getByRole("button", { name: /^Give the reason for WBS-\d{3}.* \(step 7\)$/ });
    fireEvent.click(action);
    expect(navigated).toEqual([["weekly", "T3"]]);
    expect(opened).toEqual([SAMPLE_IDS.wbs]);
    expect(host.selection).toBeNull();
  });

  test("without a Weekly screen (Word has none), step 7's review selects the WBS in the file instead", async () => {
    const host = await previewHost("excel", "zh-CN");
    const navigated: Array<[ScreenId, string | undefined]> = [];
    renderInProvider(<Home host={host} language="zh-CN" available={["home", "forms"]} navigated={navigated} />);
    const step = await trackStep("zh-CN");
    fireEvent.click(within(step).getByRole("button", { name: /（第 7 步）$/ }));
    const name = getTemplate("T3").name["zh-CN"];
    await screen.findByText(STRINGS["zh-CN"].home.opened(name), {}, LONG);
    expect(host.selection?.id).toBe(SAMPLE_IDS.wbs);
    expect(navigated).toEqual([]);
  });

  test("Home offers the weekly review as the current step without opening it; its button goes there", async () => {
    const host = await previewHost("excel", "en-US");
    const navigated: Array<[ScreenId, string | undefined]> = [];
    const opened: string[] = [];
    renderInProvider(
      <Home
        host={host}
        language="en-US"
        available={["home", "weekly"]}
        navigated={navigated}
        opened={opened}
        current="track"
      />,
    );
    const now = await screen.findByRole("heading", { name: "Task breakdown (WBS) · Track weekly" }, LONG);
    expect(navigated).toEqual([]);
    const card = now.closest("section") as HTMLElement;
    fireEvent.click(within(card).getByRole("button", { name: /^Give the reason for WBS-/ }));
    expect(navigated).toEqual([["weekly", "T3"]]);
    expect(opened).toEqual([SAMPLE_IDS.wbs]);
    // Choosing the WBS in the list selects it in the file and opens its review too.
    const list = screen.getByRole("list", { name: STRINGS["en-US"].home.inFileHeading });
    const wbsName = getTemplate("T3").name["en-US"];
    fireEvent.click(
      within(list)
        .getAllByRole("button")
        .find((button) => button.getAttribute("aria-label")?.includes(wbsName))!,
    );
    await waitFor(() => expect(opened).toEqual([SAMPLE_IDS.wbs, SAMPLE_IDS.wbs]));
    expect(host.selection?.id).toBe(SAMPLE_IDS.wbs);
  });

  test("an insert the version check knows will fail is disabled, with the reason", async () => {
    const host = await previewHost("excel", "zh-CN", true);
    const check: VersionCheck = (operation) =>
      operation === "insert" ? { "en-US": "Needs ExcelApi 1.9.", "zh-CN": "需要 ExcelApi 1.9。" } : null;
    renderInProvider(<Home host={host} language="zh-CN" versionCheck={check} />);
    await screen.findByText(STRINGS["zh-CN"].home.none, {}, LONG);
    const current = document.querySelector('[aria-current="step"]') as HTMLElement;
    const action = within(current).getByRole("button") as HTMLButtonElement;
    expect(action.disabled).toBe(true);
    const reason = document.getElementById(action.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toBe("此处不可用：需要 ExcelApi 1.9。");
  });

  test("a file that cannot be read says why and retries", async () => {
    const host = await previewHost("excel", "en-US");
    const read = host.readProject.bind(host);
    let fail = true;
    host.readProject = async () => {
      if (fail) throw Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
      return read();
    };
    renderInProvider(<Home host={host} language="en-US" />);
    const alert = await screen.findByRole("alert", {}, LONG);
    expect(alert.textContent).toContain("A cell is being edited. Press Enter or Esc");
    fail = false;
    fireEvent.click(within(alert).getByRole("button", { name: "Read the forms in this file again" }));
    await screen.findByRole("list", { name: "In this file" }, LONG);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});
