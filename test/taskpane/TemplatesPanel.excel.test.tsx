/** @jest-environment jsdom */
import "../support/jsdom-polyfills";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TemplatesPanel } from "../../src/taskpane/TemplatesPanel";
import { setUp, type Harness } from "../hosts/excel/harness";

/** The task pane driving the real Excel host against the fake workbook: what a coordinator's clicks do to the file. */
let harness: Harness;
beforeEach(() => {
  harness = setUp();
});
afterEach(() => {
  cleanup();
  harness.restore();
});

const renderPanel = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPanel host={harness.host} language="zh-CN" />
    </FluentProvider>,
  );

describe("templates panel + Excel host", () => {
  it("inserts the WBS in Chinese next to the user's own sheet and lists it", async () => {
    harness.fake.workbook.addSheet("我的数据");
    renderPanel();
    await screen.findByText("本文件中还没有 Concord 模板。");
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "T3" } });
    fireEvent.click(screen.getByRole("button", { name: "插入" }));
    const status = await screen.findByText(
      /^已插入跨部门协作任务分解表（[a-z][a-z0-9]{5}），位置：“跨部门协作任务分解表”。/,
    );
    expect(status).toBeTruthy();
    expect(harness.fake.workbook.sheets.map((s) => s.name)).toEqual([
      "我的数据",
      "跨部门协作任务分解表",
      "任务看板",
      "任务时间轴",
    ]);
    const list = await screen.findByRole("list", { name: "本文件中的模板" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    expect(list.textContent).toContain("zh-CN");
  });

  it("inserting the same template twice gives a second sheet and a second instance", async () => {
    renderPanel();
    await screen.findByText("本文件中还没有 Concord 模板。");
    for (let i = 0; i < 2; i++) {
      fireEvent.click(screen.getByRole("button", { name: "插入" }));
      await screen.findByRole("button", { name: "插入" });
      await screen.findAllByText(/^已插入/);
    }
    const list = await screen.findByRole("list", { name: "本文件中的模板" });
    await within(list)
      .findAllByRole("listitem")
      .then((items) => expect(items).toHaveLength(2));
    expect(harness.fake.workbook.sheets.map((s) => s.name)).toEqual([
      "跨部门协作启动申请表",
      "跨部门协作启动申请表 (2)",
    ]);
  });

  it("tells the user which API an old Excel lacks, and writes nothing", async () => {
    harness.fake.apiVersion = "1.4";
    renderPanel();
    fireEvent.click(screen.getByRole("button", { name: "插入" }));
    const alert = await screen.findByText(/^无法插入模板：/);
    // The set inserting needs (not merely the first one missing) and the Office versions that have it.
    expect(alert.textContent).toMatch(/ExcelApi 1\.9.*Excel 2021/);
    expect(harness.fake.workbook.sheets).toEqual([]);
  });
});
