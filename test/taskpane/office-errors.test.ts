import { UnsupportedHostError } from "../../src/hosts/errors";
import { describeError } from "../../src/taskpane/office-errors";

/** An OfficeExtension.Error as Office.js throws it: a message and a code. */
const officeError = (code: string, message = "The operation failed.") => Object.assign(new Error(message), { code });

describe("describeError", () => {
  it.each([
    ["GeneralException", "en-US", /try again; if it keeps failing, save and reopen/],
    ["GeneralException", "zh-CN", /请稍候再试/],
    ["InvalidOperationInCellEditMode", "en-US", /A cell is being edited. Press Enter or Esc/],
    ["InvalidOperationInCellEditMode", "zh-CN", /有单元格正在编辑/],
    ["ItemNotFound", "en-US", /no longer in the file/],
    ["InvalidOperation", "en-US", /protected against editing. Remove the protection/],
    ["InvalidOperation", "zh-CN", /受保护/],
    ["AccessDenied", "en-US", /read-only/],
  ] as const)("%s in %s says what to do", (code, language, expected) => {
    expect(describeError(officeError(code), language)).toMatch(expected);
  });

  it("quotes Office's own message for other codes", () => {
    expect(describeError(officeError("RequestPayloadSizeLimitExceeded", "Too big."), "en-US")).toBe(
      "Office reported: Too big.",
    );
    expect(describeError(officeError("Conflict", "冲突。"), "zh-CN")).toBe("Office 报告：冲突。");
  });

  it("uses Concord's own bilingual message in the UI language", () => {
    const error = new UnsupportedHostError("WordApi 1.3", { "en-US": "Needs Word 2019.", "zh-CN": "需要 Word 2019。" });
    expect(describeError(error, "zh-CN")).toBe("需要 Word 2019。");
    expect(describeError(error, "en-US")).toBe("Needs Word 2019.");
  });

  it("keeps a plain error's message", () => {
    expect(describeError(new Error("network down"), "en-US")).toBe("network down");
    expect(describeError("odd", "en-US")).toBe("odd");
  });
});
