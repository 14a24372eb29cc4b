/** Formulas in their stored (file) form: add-in functions, this-row references, future functions, strings untouched. */
import { callsCustomFunction, toFileFormula } from "../../src/files/formula";

describe("toFileFormula", () => {
  it("stores Concord's custom functions as Excel saves add-in functions (_xldudf_NAMESPACE_NAME)", () => {
    expect(toFileFormula("=CONCORD.STATUS(A1,B1)")).toBe("_xldudf_CONCORD_STATUS(A1,B1)");
    expect(toFileFormula("=IF(A1,concord.lag(B1),0)+CONCORD.SLA(C1)")).toBe(
      "IF(A1,_xldudf_CONCORD_LAG(B1),0)+_xldudf_CONCORD_SLA(C1)",
    );
    expect(toFileFormula("=XCONCORD.LAG(1)")).toBe("XCONCORD.LAG(1)");
  });

  it("writes this-row references with the table name and [#This Row]", () => {
    expect(toFileFormula("=[@[Due date]]+[@Start]", "Tasks")).toBe(
      "Tasks[[#This Row],[Due date]]+Tasks[[#This Row],[Start]]",
    );
    expect(toFileFormula("=Other[@[% complete]]", "Tasks")).toBe("Other[[#This Row],[% complete]]");
    expect(toFileFormula("=SUM(Tasks[Lag (days)])", "Tasks")).toBe("SUM(Tasks[Lag (days)])");
  });

  it("prefixes functions newer than Excel 2007", () => {
    expect(toFileFormula("=IFS(A1,1)+MAXIFS(A:A,B:B,1)")).toBe("_xlfn.IFS(A1,1)+_xlfn.MAXIFS(A:A,B:B,1)");
    expect(toFileFormula("=FILTER(T[x],T[y]>0)")).toBe("_xlfn._xlws.FILTER(T[x],T[y]>0)");
    expect(toFileFormula("=COUNTIFS(A:A,1)+TODAY()")).toBe("COUNTIFS(A:A,1)+TODAY()");
  });

  it("leaves string literals alone, also with doubled quotes", () => {
    expect(toFileFormula('="CONCORD.STATUS(" & "[@x] ""IFS(""" & CONCORD.LAG(1)', "T")).toBe(
      '"CONCORD.STATUS(" & "[@x] ""IFS(""" & _xldudf_CONCORD_LAG(1)',
    );
  });
});

describe("callsCustomFunction", () => {
  it("finds Concord functions outside strings only", () => {
    expect(callsCustomFunction("=CONCORD.STATUS(1)")).toBe(true);
    expect(callsCustomFunction('="CONCORD.STATUS(1)"')).toBe(false);
    expect(callsCustomFunction("=TODAY()")).toBe(false);
  });
});
