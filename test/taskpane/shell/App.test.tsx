/** @jest-environment jsdom */
import "../../support/jsdom-polyfills";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Host, InstanceRecord } from "../../../src/core";
import type { PaneHost } from "../../../src/taskpane/connect";
import { App, type AppProps } from "../../../src/taskpane/shell/App";
import type { ScreenProps } from "../../../src/taskpane/shell/screens";
import { STRINGS } from "../../../src/taskpane/strings";
import { RecordingHost } from "../support/recording-host";
import { LANGUAGES, NODE_CRYPTO, previewHost } from "../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine.
jest.setTimeout(30_000);

/** A stand-in sign-off screen that shows which form the shell opened it on. */
const opened: InstanceRecord[] = [];
function Signoff(props: ScreenProps) {
  opened.push(props.instance);
  return <p>{`signoff screen for ${props.instance.template}`}</p>;
}

const renderApp = (props: Partial<AppProps> & Pick<AppProps, "host" | "language">) =>
  render(<App crypto={NODE_CRYPTO} workScreens={{}} {...props} />);

describe("App shell", () => {
  for (const language of LANGUAGES) {
    const t = STRINGS[language];

    test(`in Excel (${language}): status line, navigation and Home on the file's forms`, async () => {
      const host = new RecordingHost("excel");
      await host.insertTemplate("T1", "zh-CN");
      renderApp({ host: "excel", language, connect: async () => host });
      expect(screen.getByRole("status").textContent).toBe(t.hostStatus("excel", null));
      expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Concord");
      const nav = await screen.findByRole("navigation", { name: t.shell.navigation });
      expect(
        within(nav)
          .getAllByRole("button")
          .map((b) => b.textContent),
      ).toEqual([t.shell.screens.home, t.shell.screens.archive, t.shell.screens.templates]);
      expect(within(nav).getByRole("button", { name: t.shell.screens.home }).getAttribute("aria-current")).toBe("page");
      const list = await screen.findByRole("list", { name: t.home.inFileHeading });
      // Named in the UI language, never by id or locale code.
      expect(list.textContent).not.toContain("abc001");
      expect(list.textContent).not.toContain("zh-CN");
      const other = language === "en-US" ? STRINGS["zh-CN"] : STRINGS["en-US"];
      expect(document.body.textContent).not.toContain(other.home.inFileHeading);
    });

    test(`outside Office (${language}): the preview banner, and the Excel/Word switch reconnects`, async () => {
      const kinds: Host[] = [];
      const connect = async (kind: Host): Promise<PaneHost> => {
        kinds.push(kind);
        return previewHost(kind, language);
      };
      renderApp({ host: "none", language, connect });
      expect(screen.getByRole("status").textContent).toBe(t.shell.previewBanner);
      await screen.findByRole("list", { name: t.home.inFileHeading }, { timeout: 10_000 });
      fireEvent.click(screen.getByRole("button", { name: t.shell.word }));
      await waitFor(() => expect(kinds).toEqual(["excel", "word"]));
      expect(screen.getByRole("button", { name: t.shell.word }).getAttribute("aria-pressed")).toBe("true");
      await screen.findByRole("list", { name: t.home.inFileHeading }, { timeout: 10_000 });
    });

    test(`outside Office (${language}): "Empty file" reconnects to a file without forms, "Sample project" back`, async () => {
      const calls: string[] = [];
      const connect = async (kind: Host, start: "sample" | "empty"): Promise<PaneHost> => {
        calls.push(`${kind}:${start}`);
        return previewHost(kind, language, start === "empty");
      };
      renderApp({ host: "none", language, connect });
      await screen.findByRole("list", { name: t.home.inFileHeading }, { timeout: 10_000 });
      const starts = screen.getByRole("group", { name: t.shell.previewStartLabel });
      fireEvent.click(within(starts).getByRole("button", { name: t.shell.previewEmpty }));
      await screen.findByText(t.home.none, undefined, { timeout: 10_000 });
      expect(screen.queryByRole("list", { name: t.home.inFileHeading })).toBeNull();
      expect(screen.getByRole("status").textContent).toBe(t.shell.previewEmptyBanner);
      expect(within(starts).getByRole("button", { name: t.shell.previewEmpty }).getAttribute("aria-pressed")).toBe(
        "true",
      );
      fireEvent.click(within(starts).getByRole("button", { name: t.shell.previewSample }));
      await screen.findByRole("list", { name: t.home.inFileHeading }, { timeout: 10_000 });
      expect(calls).toEqual(["excel:sample", "excel:empty", "excel:sample"]);
    });
  }

  test("names an unsupported host and connects nothing", () => {
    renderApp({ host: "other", hostName: "PowerPoint", language: "en-US" });
    expect(screen.getByRole("status").textContent).toBe("Concord does not support PowerPoint");
    expect(screen.queryByRole("navigation")).toBeNull();
  });

  test("a host adapter that fails to load shows a message and a retry that works", async () => {
    let calls = 0;
    const host = new RecordingHost("word");
    const connect = async () => {
      calls += 1;
      if (calls === 1) throw new Error("Loading chunk word-host failed.");
      return host;
    };
    renderApp({ host: "word", language: "zh-CN", connect });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Concord 无法加载与文件的连接：Loading chunk word-host failed.");
    fireEvent.click(within(alert).getByRole("button", { name: "重新连接文件" }));
    await screen.findByRole("navigation");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a Word document holding a consensus form opens on that form's sign-off state, one click from signing", async () => {
    opened.length = 0;
    renderApp({
      host: "word",
      language: "en-US",
      connect: () => previewHost("word", "en-US"),
      workScreens: { signoff: async () => Signoff },
    });
    const now = await screen.findByRole("heading", { name: "Consensus form · Consensus" }, { timeout: 10_000 });
    const card = now.closest("section") as HTMLElement;
    // The sign-off state in words (the sample: signatures outstanding and one gone stale), then the one next action.
    expect(card.textContent).toMatch(/sign/i);
    // Nothing but Home's own script has loaded yet: the sign-off screen is fetched when asked for.
    expect(opened).toEqual([]);
    fireEvent.click(within(card).getByRole("button"));
    await screen.findByText("signoff screen for T2", {}, { timeout: 10_000 });
    expect(opened[0]?.template).toBe("T2");
    const nav = screen.getByRole("navigation");
    expect(within(nav).getByRole("button", { name: "Sign-off" }).getAttribute("aria-current")).toBe("page");
    // Focus moves to the screen that opened.
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Sign-off");
    fireEvent.click(within(nav).getByRole("button", { name: "Home" }));
    await screen.findByRole("heading", { name: "The collaboration loop" }, { timeout: 10_000 });
  });

  test("follows the theme it is given and marks the UI language; a Chinese UI puts Chinese fonts first", async () => {
    const { container } = renderApp({
      host: "word",
      language: "zh-CN",
      connect: async () => new RecordingHost("word"),
    });
    const provider = container.querySelector(".fui-FluentProvider");
    expect(provider?.getAttribute("lang")).toBe("zh-CN");
    await act(async () => undefined);
  });
});
