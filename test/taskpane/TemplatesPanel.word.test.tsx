/** @jest-environment jsdom */
import "../support/jsdom-polyfills";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { parseWordTag } from "../../src/core";
import { WordHost } from "../../src/hosts/word";
import { TemplatesPanel } from "../../src/taskpane/TemplatesPanel";
import { fakeWordRun, FakeWordDocument, wordRequirements } from "../hosts/word/fake-word";
import { mulberry32 } from "../support/random";

/** The task pane driving the real Word host against the fake document: what a department head's clicks do. */
afterEach(cleanup);

function panelFor(model: FakeWordDocument, maxApi = "1.9") {
  const host = new WordHost({
    run: fakeWordRun(model).run,
    requirements: wordRequirements(maxApi),
    random: mulberry32(3),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPanel host={host} language="en-US" />
    </FluentProvider>,
  );
}

describe("templates panel + Word host", () => {
  it("inserts the consensus form in Chinese without touching the user's text, and lists it", async () => {
    const model = FakeWordDocument.withParagraphs("Meeting notes we already had", "Second paragraph");
    panelFor(model);
    await screen.findByText("No Concord templates in this file yet.");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "T2" } });
    fireEvent.click(screen.getByRole("radio", { name: "中文 (Chinese)" }));
    fireEvent.click(screen.getByRole("button", { name: "Insert" }));
    await screen.findByText(/^Inserted Consensus form \([a-z][a-z0-9]{5}\)/);
    expect(model.userParagraphs()).toEqual(["Meeting notes we already had", "Second paragraph"]);
    const tags = model.controls().map((c) => parseWordTag(c.tag));
    expect(tags.filter((t) => t?.key === "leadDepartment.1")).toHaveLength(1);
    const list = await screen.findByRole("list", { name: "Templates in this file" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list.textContent).toContain("跨部门协作共识表");
  });

  it("tells the user Word is too old, and inserts nothing", async () => {
    const model = FakeWordDocument.withParagraphs("Mine");
    panelFor(model, "1.0");
    fireEvent.click(screen.getByRole("button", { name: "Insert" }));
    const alert = await screen.findByText(/^Could not insert the template: /);
    expect(alert.textContent).toMatch(/Word/);
    // Listing needs the same API: it fails politely too.
    expect(screen.getByText(/^Could not list the templates: /)).toBeTruthy();
    expect(model.packages()).toEqual([]);
    expect(model.userParagraphs()).toEqual(["Mine"]);
  });
});
