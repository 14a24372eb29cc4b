// HyperFormula does not export its AST and interpreter-state types: they are `any` here.
/**
 * Test-only: the CONCORD custom functions registered in HyperFormula 3.5, so whole workbooks of formulas can be
 * evaluated in Node. HyperFormula is GPL-3 (used here under `licenseKey: "gpl-v3"` as a dev dependency) and must
 * never be imported from src/.
 *
 * Each function receives its arguments the way Excel hands them to a JavaScript custom function:
 * - a scalar parameter gets a number, string or boolean (dates and percentages as plain numbers, without HF's
 *   date/percent subtypes); an empty cell reference, an empty argument (`=F(A1,,B1)`) and an omitted optional argument
 *   all arrive as `null`, never as 0;
 * - a range parameter (`calendar`, `ids`, `finishes`, `progresses`) gets a 2-D array of rows, with empty cells as
 *   `null`; a single value given there arrives as a 1×1 array, an empty or omitted argument as `null`;
 * - a range of several cells given to a scalar parameter (a whole column for a per-row argument) arrives as a 2-D
 *   array too, and the function's 2-D result spills (Microsoft does not document which of the two ways Excel takes
 *   here, a call per cell or the array; the functions give the same column either way, see src/functions/lift.ts).
 * An HF error value in any argument (also inside a range) is returned as the result without calling the function,
 * which is what Excel does for custom functions that do not capture calculation errors.
 * A `CustomFunctions.Error` thrown by the function (or its stand-in outside Excel: both have `code` and `message`)
 * becomes an HF `CellError` of type VALUE or NA carrying the message.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionArgument,
  type ImplementedFunctions,
  type Sheets,
} from "hyperformula";
import * as functions from "../../src/functions/functions";

type ExcelScalar = number | string | boolean | null;
type ExcelArgument = ExcelScalar | ExcelScalar[][];

/** The Excel names of the functions and the src/functions implementation each one calls. */
export const CONCORD_FUNCTIONS = {
  "CONCORD.STATUS": functions.status,
  "CONCORD.LAG": functions.lag,
  "CONCORD.EXPECTED": functions.expected,
  "CONCORD.WORKDAYS": functions.workdays,
  "CONCORD.WORKDAY": functions.workday,
  "CONCORD.WAITINGON": functions.waitingOn,
  "CONCORD.WAITINGONALL": functions.waitingOnAll,
  "CONCORD.SLA": functions.sla,
  "CONCORD.SMART": functions.smart,
} as const;

export type ConcordFunctionName = keyof typeof CONCORD_FUNCTIONS;

type ParameterKind = "scalar" | "range";
interface ParameterSpec {
  name: string;
  kind: ParameterKind;
  optional?: boolean;
}

const req = (name: string, kind: ParameterKind = "scalar"): ParameterSpec => ({ name, kind });
const opt = (name: string, kind: ParameterKind = "scalar"): ParameterSpec => ({ name, kind, optional: true });

/** Parameters in the order of the JSDoc of src/functions/functions.ts (the order Excel's metadata gives them). */
export const CONCORD_PARAMETERS: Record<ConcordFunctionName, ParameterSpec[]> = {
  "CONCORD.STATUS": [
    req("start"),
    req("due"),
    req("finish"),
    req("progress"),
    req("blocker"),
    req("statusDate"),
    opt("language"),
    opt("tolerance"),
    opt("calendar", "range"),
    opt("weekend"),
    opt("waitingOn"),
  ],
  "CONCORD.LAG": [req("due"), req("finish"), req("statusDate"), opt("calendar", "range"), opt("weekend")],
  "CONCORD.EXPECTED": [req("start"), req("due"), req("statusDate"), opt("calendar", "range"), opt("weekend")],
  "CONCORD.WORKDAYS": [req("start"), req("end"), opt("calendar", "range"), opt("weekend")],
  "CONCORD.WORKDAY": [req("start"), req("days"), opt("calendar", "range"), opt("weekend")],
  "CONCORD.WAITINGON": [
    req("predecessors"),
    req("ids", "range"),
    req("finishes", "range"),
    req("progresses", "range"),
    opt("allPredecessors", "range"),
  ],
  "CONCORD.WAITINGONALL": [
    req("ids", "range"),
    req("predecessors", "range"),
    req("finishes", "range"),
    req("progresses", "range"),
  ],
  "CONCORD.SLA": [
    req("raisedAt"),
    req("respondedAt"),
    req("resolvedAt"),
    req("statusTime"),
    opt("language"),
    opt("responseHours"),
    opt("solutionHours"),
  ],
  "CONCORD.SMART": [req("text"), opt("language")],
};

const METHODS: Record<ConcordFunctionName, string> = {
  "CONCORD.STATUS": "concordStatus",
  "CONCORD.LAG": "concordLag",
  "CONCORD.EXPECTED": "concordExpected",
  "CONCORD.WORKDAYS": "concordWorkdays",
  "CONCORD.WORKDAY": "concordWorkday",
  "CONCORD.WAITINGON": "concordWaitingOn",
  "CONCORD.WAITINGONALL": "concordWaitingOnAll",
  "CONCORD.SLA": "concordSla",
  "CONCORD.SMART": "concordSmart",
};

const NAMES = Object.keys(CONCORD_FUNCTIONS) as ConcordFunctionName[];

/** HF's number subtypes (DateNumber, PercentNumber, ...) are RichNumber objects holding the plain number in `val`. */
function rawNumber(value: unknown): unknown {
  if (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof CellError) &&
    typeof (value as any).val === "number"
  ) {
    return (value as any).val;
  }
  return value;
}

/** One cell's value as Excel passes it: empty → null, HF number subtypes → number; an error stays an error. */
function excelScalar(value: unknown): ExcelScalar | CellError {
  const v = rawNumber(value);
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return v;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return new CellError(ErrorType.VALUE, `CONCORD test harness: unexpected argument value ${String(v)}`);
}

function convertArgument(value: unknown, spec: ParameterSpec, syntacticallyEmpty: boolean): ExcelArgument | CellError {
  if (value === undefined || syntacticallyEmpty) return null; // omitted optional argument, or F(a,,b)
  if (spec.kind === "range") {
    if (value instanceof SimpleRangeValue) {
      const rows: ExcelScalar[][] = [];
      for (const row of value.data) {
        const converted: ExcelScalar[] = [];
        for (const cell of row) {
          const scalar = excelScalar(cell);
          if (scalar instanceof CellError) return scalar;
          converted.push(scalar);
        }
        rows.push(converted);
      }
      return rows;
    }
    const scalar = excelScalar(value);
    return scalar instanceof CellError ? scalar : [[scalar]]; // a single cell is a 1×1 range
  }
  if (value instanceof SimpleRangeValue) {
    // A single-cell range is that cell; a larger one (a whole column given to a per-row argument) is passed as rows
    // of cells, which the functions lift over (src/functions/lift.ts) into a spilled result.
    if (value.width() === 1 && value.height() === 1) return excelScalar(value.data[0][0]);
    return convertArgument(value, { ...spec, kind: "range" }, false);
  }
  return excelScalar(value);
}

/**
 * Functions whose result is always a dynamic array (2-D), as large as their range arguments. The others spill only
 * when a per-row (scalar) argument is given a range: then as large as the largest such argument.
 */
const SPILLING: ReadonlySet<ConcordFunctionName> = new Set(["CONCORD.WAITINGONALL"]);

/** The HF result for what the function returned or threw; a returned 2-D array spills, error objects cell by cell. */
function excelResult(call: () => unknown): unknown {
  try {
    const result = call();
    if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
    if (Array.isArray(result) && result.every(Array.isArray)) {
      return SimpleRangeValue.onlyValues(
        result.map((row: unknown[]) =>
          row.map((cell) => (typeof cell === "object" ? thrownAsError(cell) : (cell as string))),
        ),
      );
    }
    return new CellError(ErrorType.ERROR, `CONCORD test harness: unexpected result ${String(result)}`);
  } catch (error) {
    return thrownAsError(error);
  }
}

/** A CustomFunctions.Error (or its stand-in) as an HF error with its message. */
function thrownAsError(error: unknown): CellError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (code === "#VALUE!") return new CellError(ErrorType.VALUE, message);
  if (code === "#N/A") return new CellError(ErrorType.NA, message);
  // Anything else is a bug in the function (it must throw nothing but CustomFunctions.Error): make it visible.
  return new CellError(
    ErrorType.ERROR,
    `CONCORD test harness: not a CustomFunctions.Error: ${String(code)} ${message}`,
  );
}

function hfParameter(spec: ParameterSpec): FunctionArgument {
  return {
    argumentType: spec.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
    ...(spec.optional ? { optionalArg: true } : {}),
  };
}

/**
 * The HyperFormula plugin. `runFunction` evaluates the arguments and checks their number; the arguments are declared
 * ANY (scalars) or RANGE so that HF passes EmptyValue for empty cells and leaves ranges as SimpleRangeValue instead
 * of coercing blanks to 0 or vectorizing; the conversion to Excel's values is done here.
 */
export class ConcordPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    NAMES.map((name) => [
      name,
      {
        method: METHODS[name],
        parameters: CONCORD_PARAMETERS[name].map(hfParameter),
        vectorizationForbidden: true,
        sizeOfResultArrayMethod: "concordArraySize",
      },
    ]),
  );

  private run(name: ConcordFunctionName, ast: any, state: any): any {
    const specs = CONCORD_PARAMETERS[name];
    const args: any[] = ast.args;
    const empty = specs.map((_, i) => args[i]?.type === "EMPTY");
    return this.runFunction(args, state, this.metadata(name), (...values: unknown[]): any => {
      const converted: ExcelArgument[] = [];
      for (let i = 0; i < specs.length; i++) {
        const value = convertArgument(values[i], specs[i], empty[i]);
        if (value instanceof CellError) return value;
        converted.push(value);
      }
      const fn = CONCORD_FUNCTIONS[name] as (...a: ExcelArgument[]) => unknown;
      return excelResult(() => fn(...converted));
    });
  }

  concordStatus(ast: any, state: any) {
    return this.run("CONCORD.STATUS", ast, state);
  }
  concordLag(ast: any, state: any) {
    return this.run("CONCORD.LAG", ast, state);
  }
  concordExpected(ast: any, state: any) {
    return this.run("CONCORD.EXPECTED", ast, state);
  }
  concordWorkdays(ast: any, state: any) {
    return this.run("CONCORD.WORKDAYS", ast, state);
  }
  concordWorkday(ast: any, state: any) {
    return this.run("CONCORD.WORKDAY", ast, state);
  }
  concordWaitingOn(ast: any, state: any) {
    return this.run("CONCORD.WAITINGON", ast, state);
  }
  concordWaitingOnAll(ast: any, state: any) {
    return this.run("CONCORD.WAITINGONALL", ast, state);
  }
  /** The size of the result: see SPILLING; a function given single values everywhere per row gives one value. */
  concordArraySize(ast: any, state: any) {
    const name = (ast.procedureName as string).toUpperCase() as ConcordFunctionName;
    const specs = CONCORD_PARAMETERS[name] ?? [];
    const lifted = (ast.args as any[]).filter((_, i) => SPILLING.has(name) || specs[i]?.kind === "scalar");
    const sizes = lifted.map((arg) => this.arraySizeForAst(arg, state));
    const width = Math.max(1, ...sizes.map((s) => s.width));
    const height = Math.max(1, ...sizes.map((s) => s.height));
    return width === 1 && height === 1 && !SPILLING.has(name) ? ArraySize.scalar() : new ArraySize(width, height);
  }
  concordSla(ast: any, state: any) {
    return this.run("CONCORD.SLA", ast, state);
  }
  concordSmart(ast: any, state: any) {
    return this.run("CONCORD.SMART", ast, state);
  }
}

/** Function-name translations: without them registration succeeds but every formula gives #NAME?. */
const TRANSLATIONS = {
  enGB: Object.fromEntries(NAMES.map((name) => [name, name])),
  enUS: Object.fromEntries(NAMES.map((name) => [name, name])),
};

let registered = false;

/** Registers the plugin once per process (HyperFormula's function registry is global). */
export function registerConcordPlugin(): void {
  if (registered || HyperFormula.getFunctionPlugin("CONCORD.STATUS") === ConcordPlugin) {
    registered = true;
    return;
  }
  HyperFormula.registerFunctionPlugin(ConcordPlugin, TRANSLATIONS);
  registered = true;
}

/**
 * A HyperFormula instance over the sheets, with the CONCORD functions available. `smartRounding` is off by default:
 * HF would otherwise round every number it reports to 10 decimals (0.3947368421 for 15/38), where Excel keeps 15 digits.
 */
export function buildFromSheets(sheets: Sheets, config: Partial<ConfigParams> = {}): HyperFormula {
  registerConcordPlugin();
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, ...config });
}
