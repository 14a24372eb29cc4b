import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
}

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src/functions/functions.ts");
const built = path.join(root, "dist/functions.json");
const builtZh = path.join(root, "dist/functions-zh-CN.json");

/** The parameters every function must declare, in order; [x] = optional, x* = a range (matrix). */
const SIGNATURES: Record<string, string[]> = {
  STATUS: [
    "start",
    "due",
    "finish",
    "progress",
    "blocker",
    "statusDate",
    "[language]",
    "[tolerance]",
    "[calendar*]",
    "[weekend]",
    "[waitingOn]",
  ],
  LAG: ["due", "finish", "statusDate", "[calendar*]", "[weekend]"],
  EXPECTED: ["start", "due", "statusDate", "[calendar*]", "[weekend]"],
  WORKDAYS: ["start", "end", "[calendar*]", "[weekend]"],
  WORKDAY: ["start", "days", "[calendar*]", "[weekend]"],
  WAITINGON: ["predecessors", "ids*", "finishes*", "progresses*", "[allPredecessors*]"],
  WAITINGONALL: ["ids*", "predecessors*", "finishes*", "progresses*"],
  SLA: ["raisedAt", "respondedAt", "resolvedAt", "statusTime", "[language]", "[responseHours]", "[solutionHours]"],
  SMART: ["text", "[language]"],
};

function signature(p: Parameter): string {
  const name = p.dimensionality === "matrix" ? `${p.name}*` : p.name;
  return p.optional ? `[${name}]` : name;
}

function checkMetadata(functions: FunctionMetadata[]): void {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
  for (const f of functions) {
    expect(f.name).toBe(f.id);
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.parameters.map(signature)).toEqual(SIGNATURES[f.id]);
    for (const p of f.parameters) {
      // "any", not "number": an empty cell then reaches the function as blank instead of 0 (1899-12-30).
      expect(p.type).toBe("any");
      expect(p.description?.length ?? 0).toBeGreaterThan(3);
    }
  }
}

describe("custom functions metadata", () => {
  let generated: { functions: FunctionMetadata[] };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(source, false);
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson);
  });

  it("declares every function with its parameters, optional ones and ranges as the README says", () => {
    checkMetadata(generated.functions);
  });

  const builtExists = fs.existsSync(built) && fs.existsSync(builtZh);
  (builtExists ? it : it.skip)(
    "the built dist/functions.json is the same, and functions-zh-CN.json translates it (needs npm run build first)",
    () => {
      const en = JSON.parse(fs.readFileSync(built, "utf8")) as { functions: FunctionMetadata[] };
      const zh = JSON.parse(fs.readFileSync(builtZh, "utf8")) as { functions: FunctionMetadata[] };
      checkMetadata(en.functions);
      expect(en.functions).toEqual(generated.functions);
      checkMetadata(zh.functions);
      expect(zh.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
        en.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
      );
      const han = /[\u4e00-\u9fff]/;
      for (const f of zh.functions) {
        expect(f.description).toMatch(han);
        for (const p of f.parameters) expect(p.description).toMatch(han);
      }
    },
  );
});
