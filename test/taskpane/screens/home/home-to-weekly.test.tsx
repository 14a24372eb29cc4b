/** @jest-environment jsdom */
import "../../../support/jsdom-polyfills";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { InstanceRecord, Language } from "../../../../src/core";
import { SAMPLE_IDS } from "../../../../src/hosts/preview";
import { WEEKLY_STRINGS } from "../../../../src/taskpane/screens/weekly";
import { App } from "../../../../src/taskpane/shell/App";
import { WORK_SCREENS, type ScreenProps } from "../../../../src/taskpane/shell/screens";
import { STRINGS } from "../../../../src/taskpane/strings";
import { LANGUAGES, NODE_CRYPTO, previewHost } from "../../support/render";

afterEach(cleanup);
// Fluent UI in jsdom is slow on a busy machine; the weekly review analyses the sample's 40 tasks.
jest.setTimeout(60_000);

const LONG = { timeout: 20_000 };

/** The real Weekly screen (its lazy chunk), recording the form the shell opened it on. */
function recordedWeekly(opened: InstanceRecord[]) {
  return async () => {
    const Weekly = await WORK_SCREENS.weekly();
    return function RecordedWeekly(props: ScreenProps) {
      opened.push(props.instance);
      return <Weekly {...props} />;
    };
  };
}

describe.each(LANGUAGES)("Home → weekly review (%s)", (language: Language) => {
  const t = STRINGS[language];
  const weekly = WEEKLY_STRINGS[language];

  test("pressing step 7's action opens the Weekly screen on the WBS, listing the tasks the button named", async () => {
    const opened: InstanceRecord[] = [];
    render(
      <App
        host="excel"
        language={language}
        crypto={NODE_CRYPTO}
        connect={() => previewHost("excel", language)}
        workScreens={{ weekly: recordedWeekly(opened) }}
      />,
    );
    await screen.findByRole("heading", { name: t.home.loopHeading }, LONG);
    // Home stays the opening screen: nothing of the weekly review is loaded before the user asks.
    expect(opened).toEqual([]);
    const track = [...document.querySelectorAll<HTMLElement>("ol ol > li")][6];
    const action = within(track).getByRole("button");
    expect(action.getAttribute("aria-label")).toBe(t.home.nextAction(action.textContent!, "7"));
    const named = action.textContent!.match(/WBS-\d{3}/g)!;
    expect(named.length).toBeGreaterThan(0);
    fireEvent.click(action);

    await screen.findByRole("heading", { name: weekly.briefHeading }, LONG);
    expect(new Set(opened.map((i) => `${i.template}:${i.id}`))).toEqual(new Set([`T3:${SAMPLE_IDS.wbs}`]));
    const nav = screen.getByRole("navigation", { name: t.shell.navigation });
    expect(within(nav).getByRole("button", { name: t.shell.screens.weekly }).getAttribute("aria-current")).toBe("page");
    const list = screen.getByRole("region", { name: `${weekly.lists.withoutReason} (${named.length})` });
    for (const id of named) expect(list.textContent).toContain(id);
  });
});
