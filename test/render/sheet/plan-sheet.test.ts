/**
 * planSheet / planDashboard / planTimeline: for every template in both languages, the plan is a consistent sheet
 * (no clashing cells, merges or tables), every slot and table is bound by a valid, unique Excel name, every label is
 * on the sheet, and formats, validations, formulas, colours and print setup follow the template's definitions.
 */
import {
  decodeRecord,
  excelInstanceName,
  excelName,
  getTemplate,
  LANGUAGES,
  SIGNATURE_PARTS,
  signatureTitle,
  slotsOf,
  STATUS_LABELS,
  SLA_LABELS,
  tablesOf,
  TEMPLATES,
  type Bilingual,
  type FieldDef,
  type Language,
  type TemplateDef,
} from "../../../src/core";
import {
  a1,
  type CellRange,
  escapeStructuredName,
  numberFormatFor,
  planDashboard,
  type PlannedCell,
  planSheet,
  planTimeline,
  type SheetPlan,
  structuredReferences,
} from "../../../src/render/sheet";

const ID = "abc123";
const WBS = getTemplate("T3");
const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;
const INPUT_STYLES = new Set(["input", "inputLong", "signatureLine"]);

const cases = TEMPLATES.flatMap((template) => LANGUAGES.map((language) => [template.id, language] as const));

const inside = (r: { row: number; col: number }, area: CellRange) =>
  r.row >= area.row && r.row < area.row + area.rows && r.col >= area.col && r.col < area.col + area.cols;

const overlaps = (a: CellRange, b: CellRange) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

const tableRange = (t: SheetPlan["tables"][number]): CellRange => ({
  row: t.row,
  col: t.col,
  rows: t.rows + 1,
  cols: t.columns.length,
});

function textsOf(plan: SheetPlan): string[] {
  return [
    ...plan.cells.flatMap((c) => (c.content.kind === "text" ? [c.content.text] : [])),
    ...plan.tables.flatMap((t) => t.columns.map((c) => c.header)),
    ...plan.validations.flatMap((v) => (v.rule.type === "list" ? v.rule.values : [])),
  ];
}

function cellAt(plan: SheetPlan, row: number, col: number): PlannedCell | undefined {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

/** Every label of a template in the language: names, titles, fields, columns, choices, signature roles and parts. */
function labelsOf(template: TemplateDef, language: Language): string[] {
  const labels: Bilingual[] = [template.name];
  const field = (f: FieldDef) => {
    labels.push(f.label);
    for (const c of f.choices ?? []) labels.push(c.label);
  };
  for (const block of template.blocks) {
    switch (block.type) {
      case "fields":
        if (block.title) labels.push(block.title);
        block.fields.forEach(field);
        break;
      case "list":
        labels.push(block.title);
        field(block.item);
        break;
      case "table":
        labels.push(block.table.title);
        block.table.columns.forEach(field);
        break;
      case "signatures":
        labels.push(block.title);
        for (const s of block.signatures) {
          for (let n = 1; n <= s.count; n++) labels.push(signatureTitle(s, n));
        }
        for (const p of SIGNATURE_PARTS) labels.push(p.label);
        break;
    }
  }
  return labels.map((l) => l[language]);
}

function allFormulas(plan: SheetPlan): string[] {
  return [
    ...plan.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : [])),
    ...plan.tables.flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : []))),
    ...plan.validations.flatMap((v) => (v.rule.type === "listFormula" ? [v.rule.formula] : [])),
  ];
}

/** Unescapes a structured-reference column name (`'[` → `[`). */
const unescape = (name: string) => name.replace(/'(.)/g, "$1");

/** Every structured reference of the formulas points at a planned table and one of its headers. */
function expectStructuredReferencesResolve(formulas: string[], tables: SheetPlan["tables"], thisTable?: string) {
  const byName = new Map(tables.map((t) => [t.name, t.columns.map((c) => c.header)]));
  for (const formula of formulas) {
    for (const m of formula.matchAll(/([A-Za-z_][\w.]*)\[\[#(?:Data|Headers|This Row)\],\[((?:[^\]']|'.)*)\]\]/g)) {
      expect(byName.get(m[1])).toContain(unescape(m[2]));
    }
    for (const m of formula.matchAll(/(?<![\w\]])\[@\[((?:[^\]']|'.)*)\]\]/g)) {
      expect(thisTable).toBeDefined();
      expect(byName.get(thisTable!)).toContain(unescape(m[1]));
    }
  }
}

function expectConsistentSheet(plan: SheetPlan) {
  const seen = new Set<string>();
  for (const cell of plan.cells) {
    const key = `${cell.row}:${cell.col}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    for (const table of plan.tables) expect(inside(cell, tableRange(table))).toBe(false);
  }
  plan.merges.forEach((merge, i) => {
    expect(merge.rows * merge.cols).toBeGreaterThan(1);
    expect(cellAt(plan, merge.row, merge.col)).toBeDefined();
    for (const other of plan.merges.slice(i + 1)) expect(overlaps(merge, other)).toBe(false);
    for (const table of plan.tables) expect(overlaps(merge, tableRange(table))).toBe(false);
    for (const cell of plan.cells) {
      if (cell.row !== merge.row || cell.col !== merge.col) expect(inside(cell, merge)).toBe(false);
    }
  });
  plan.tables.forEach((table, i) => {
    for (const other of plan.tables.slice(i + 1)) expect(overlaps(tableRange(table), tableRange(other))).toBe(false);
  });
  expect(plan.sheetName.length).toBeLessThanOrEqual(31);
  expect(plan.sheetName).not.toMatch(/[[\]:*?/\\]/);
  expect(plan.print.fitToWidth).toBe(true);
  expect(plan.columnWidths.length).toBeGreaterThanOrEqual(plan.print.area.col + plan.print.area.cols);
  for (const c of plan.conditionalFormats) expect(c.formula).not.toMatch(/\[/); // Excel refuses structured refs there
  for (const f of allFormulas(plan)) expect(f.startsWith("=")).toBe(true);
}

function expectValidNames(names: string[]) {
  for (const name of names) {
    expect(name).toMatch(NAME_PATTERN);
    expect(name.length).toBeLessThanOrEqual(255);
  }
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
}

describe.each(cases)("planSheet %s %s", (templateId, language) => {
  const template = getTemplate(templateId);
  const plan = planSheet(template, language, ID);
  const tables = tablesOf(template);

  it("is a consistent sheet: one cell per place, merges and tables never overlap", () => {
    expectConsistentSheet(plan);
    expect(plan.sheetName).toBe(template.name[language]);
  });

  it("binds every slot by a name on its input cell inside the print area", () => {
    for (const slot of slotsOf(template)) {
      const name = plan.names.find((n) => n.name === excelName(template.id, ID, slot.key));
      expect(name).toBeDefined();
      expect([name!.rows, name!.cols]).toEqual([1, 1]);
      expect(name!.comment).toBe(slot.label[language]);
      const cell = cellAt(plan, name!.row, name!.col);
      expect(INPUT_STYLES.has(cell?.style ?? "")).toBe(true);
      expect(inside(name!, plan.print.area)).toBe(true);
    }
  });

  it("names the instance over the whole form with its record", () => {
    const instance = plan.names.find((n) => n.name === excelInstanceName(template.id, ID))!;
    expect(decodeRecord(instance.comment)).toEqual({
      template: template.id,
      id: ID,
      language,
      version: template.version,
    });
    for (const other of plan.names) expect(inside(other, instance)).toBe(true);
    for (const cell of plan.cells) expect(inside(cell, instance)).toBe(true);
    for (const table of plan.tables) {
      expect(inside({ row: table.row + table.rows, col: table.col + table.columns.length - 1 }, instance)).toBe(true);
    }
  });

  it("gives every name and table a unique, valid Excel name", () => {
    expectValidNames([...plan.names.map((n) => n.name), ...plan.tables.map((t) => t.name)]);
    expect(plan.names).toHaveLength(slotsOf(template).length + 1);
  });

  it("shows every label of the template in the language", () => {
    const texts = textsOf(plan);
    for (const label of labelsOf(template, language)) {
      expect(texts.some((t) => t.includes(label))).toBe(true);
    }
    expect(texts).toContain(template.purpose[language]);
  });

  it("plans every table with its columns, ids, number formats and validations", () => {
    expect(plan.tables.map((t) => t.tableId)).toEqual(tables.map((t) => t.id));
    for (const table of tables) {
      const planned = plan.tables.find((t) => t.tableId === table.id)!;
      expect(planned.name).toBe(excelName(template.id, ID, table.id));
      expect(planned.rows).toBe(table.rows);
      expect(planned.columns.map((c) => c.header)).toEqual(table.columns.map((c) => c.label[language]));
      if (table.idPrefix) {
        expect(planned.ids).toHaveLength(table.rows);
        expect(planned.ids![0]).toBe(`${table.idPrefix}-001`);
        expect(planned.ids![table.rows - 1]).toBe(`${table.idPrefix}-${String(table.rows).padStart(3, "0")}`);
      } else {
        expect(planned.ids).toBeUndefined();
      }
      table.columns.forEach((column, j) => {
        const pc = planned.columns[j];
        if (column.kind === "formula") {
          expect(pc.formula).toMatch(/^=/);
          expect(pc.numberFormat).toBeUndefined();
        } else {
          expect(pc.formula).toBeUndefined();
          expect(pc.numberFormat).toBe(numberFormatFor(column.kind));
        }
        const range = { row: planned.row + 1, col: planned.col + j, rows: planned.rows, cols: 1 };
        const validation = plan.validations.find((v) => v.row === range.row && v.col === range.col);
        if (column.listFrom) {
          expect(validation?.rule.type).toBe("listFormula");
        } else if (column.kind === "choice") {
          expect(validation).toMatchObject({ ...range, rule: { type: "list" } });
          expect(validation!.rule).toEqual({ type: "list", values: column.choices!.map((c) => c.label[language]) });
          expect(validation!.error).toContain(column.choices![0].label[language]);
        } else if (column.kind === "date" || column.kind === "dateTime") {
          expect(validation).toMatchObject({ ...range, rule: { type: "date" } });
        } else if (column.kind === "percent") {
          expect(validation).toMatchObject({ ...range, rule: { type: "decimal", min: 0, max: 1 } });
          expect(validation!.prompt).toContain("0%–100%");
        } else {
          expect(validation).toBeUndefined();
        }
      });
    }
  });

  it("formats, validates and fills every field input by its kind", () => {
    for (const slot of slotsOf(template)) {
      const name = plan.names.find((n) => n.name === excelName(template.id, ID, slot.key))!;
      const cell = cellAt(plan, name.row, name.col)!;
      const { field } = slot;
      expect(cell.numberFormat).toBe(numberFormatFor(field.kind));
      if (field.formula)
        expect(cell.content).toEqual({
          kind: "formula",
          formula: field.formula(structuredReferences(template, ID, language)),
        });
      else if (typeof field.initial === "number")
        expect(cell.content).toEqual({ kind: "number", value: field.initial });
      else if (field.initial) expect(cell.content).toEqual({ kind: "text", text: field.initial[language] });
      else expect(cell.content).toEqual({ kind: "empty" });
      if (field.kind === "longText") expect(cell.style).toBe("inputLong");
      const validation = plan.validations.find((v) => v.row === name.row && v.col === name.col);
      const expected: Partial<Record<string, string>> = {
        choice: "list",
        date: "date",
        dateTime: "date",
        time: "decimal",
        percent: "decimal",
        hours: "decimal",
        number: "decimal",
      };
      expect(validation?.rule.type).toBe(expected[field.kind]);
      if (field.hint && validation) expect(validation.prompt).toBe(field.hint[language]);
    }
  });

  it("resolves every structured reference to a planned table column", () => {
    for (const table of plan.tables) {
      expectStructuredReferencesResolve(
        table.columns.flatMap((c) => (c.formula ? [c.formula] : [])),
        plan.tables,
        table.name,
      );
    }
    const outsideTables = plan.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : []));
    for (const v of plan.validations) if (v.rule.type === "listFormula") outsideTables.push(v.rule.formula);
    expectStructuredReferencesResolve(outsideTables, plan.tables, undefined);
  });

  it("prints on A4 in the template's orientation, fit to one page wide", () => {
    expect(plan.print.orientation).toBe(template.landscape ? "landscape" : "portrait");
    expect(plan.print.area).toMatchObject({ row: 0, col: 0 });
    const width = plan.columnWidths.slice(0, plan.print.area.cols).reduce((s, w) => s + w, 0);
    expect(width).toBeGreaterThan(template.landscape ? 120 : 80);
  });

  it("writes no text cell that Excel would take for a formula", () => {
    for (const cell of plan.cells) {
      if (cell.content.kind === "text") expect(cell.content.text).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe.each(LANGUAGES)("the WBS sheet (%s)", (language) => {
  const plan = planSheet(WBS, language, ID);
  const tasks = plan.tables.find((t) => t.tableId === "tasks")!;
  const header = (id: string) =>
    WBS.blocks
      .flatMap((b) => (b.type === "table" && b.table.id === "tasks" ? b.table.columns : []))
      .find((c) => c.id === id)!.label[language];
  const column = (id: string) => tasks.columns.find((c) => c.header === header(id))!;
  const labels = STATUS_LABELS[language];

  it("calculates Waiting on, Status and Lag with the custom functions, the status date and the calendar", () => {
    const statusDate = excelName("T3", ID, "statusDate");
    const calendar = excelName("T3", ID, "calendar");
    // Waiting on: one CONCORD.WAITINGONALL right of everything else, on the first data row, spilling down; each row
    // of the table reads its own row of it, counted from the table's header row.
    const data = (id: string) => `${tasks.name}[[#Data],[${escapeStructuredName(header(id))}]]`;
    const spillCol = plan.columnWidths.length - 1;
    const spill = cellAt(plan, tasks.row + 1, spillCol)!;
    expect(spill.content).toEqual({
      kind: "formula",
      formula: `=CONCORD.WAITINGONALL(${data("taskId")},${data("predecessors")},${data("finish")},${data("progress")})`,
    });
    expect(cellAt(plan, tasks.row, spillCol)!.content).toMatchObject({ kind: "text" });
    expect(plan.cells.filter((c) => c.col === spillCol && c.row > tasks.row + 1)).toEqual([]);
    expect(spillCol).toBeGreaterThan(Math.max(...plan.tables.map((t) => t.col + t.columns.length)));
    expect(column("waitingOn").formula).toBe(
      `=INDEX(${a1(tasks.row + 1, spillCol, true)}#,ROW()-ROW(${tasks.name}[[#Headers],[${header("taskId")}]]))`,
    );
    expect(column("status").formula).toMatch(/^=CONCORD\.STATUS\(\[@\[/);
    expect(column("status").formula).toContain(
      `,${statusDate},"${language}",,${calendar},,[@[${header("waitingOn")}]])`,
    );
    expect(column("lagDays").formula).toBe(
      `=CONCORD.LAG([@[${header("due")}]],[@[${header("finish")}]],${statusDate},${calendar})`,
    );
  });

  it("holds the status date as =TODAY() in a named cell", () => {
    const name = plan.names.find((n) => n.name === excelName("T3", ID, "statusDate"))!;
    expect(cellAt(plan, name.row, name.col)!.content).toEqual({ kind: "formula", formula: "=TODAY()" });
  });

  it("lists departments from the Departments table", () => {
    const departments = plan.tables.find((t) => t.tableId === "departments")!;
    const col = tasks.col + tasks.columns.indexOf(column("department"));
    const validation = plan.validations.find((v) => v.col === col && v.row === tasks.row + 1)!;
    expect(validation.rule).toEqual({
      type: "listFormula",
      formula: `=INDIRECT("${departments.name}[[#Data],[${departments.columns[0].header}]]")`,
    });
    expect(validation.prompt).toContain(departments.columns[0].header);
  });

  it("keeps Departments and Calendar right of the printed task table", () => {
    for (const id of ["departments", "calendar"]) {
      const table = plan.tables.find((t) => t.tableId === id)!;
      expect(table.col).toBeGreaterThanOrEqual(plan.print.area.col + plan.print.area.cols + 1);
      expect(table.row).toBe(tasks.row);
      const titles = plan.cells.filter(
        (c) => c.content.kind === "text" && c.row === table.row - 1 && c.col === table.col,
      );
      expect(titles).toHaveLength(1);
    }
    expect(plan.print.area.cols).toBe(tasks.columns.length);
    expect(plan.print.area.row + plan.print.area.rows).toBeGreaterThan(tasks.row + tasks.rows);
  });

  it("freezes the panes below the task header and repeats it on every printed page", () => {
    expect(plan.freeze).toEqual({ rows: tasks.row + 1, cols: 2 });
    expect(plan.print.titleRows).toEqual([tasks.row, tasks.row]);
    expect(plan.print.orientation).toBe("landscape");
  });

  it("colours rows by status in the language and flags a missing lag reason", () => {
    const first = tasks.row + 1;
    const statusCol = String.fromCharCode(65 + tasks.columns.indexOf(column("status")));
    const reasonCol = String.fromCharCode(65 + tasks.columns.indexOf(column("lagReason")));
    const rowFormats = plan.conditionalFormats.filter((c) => c.cols === tasks.columns.length);
    expect(rowFormats.map((c) => c.formula).sort()).toEqual(
      Object.values(labels)
        .map((label) => `=$${statusCol}${first + 1}="${label}"`)
        .sort(),
    );
    for (const c of rowFormats) expect(c).toMatchObject({ row: first, col: tasks.col, rows: tasks.rows });
    const fill = (label: string) => rowFormats.find((c) => c.formula.endsWith(`"${label}"`))!.fill;
    expect(fill(labels.completed)).toBe("#C6EFCE");
    expect(fill(labels.blocked)).toBe("#FFC7CE");
    const reason = plan.conditionalFormats.find((c) => c.formula.includes("LEN(TRIM("))!;
    expect(reason.formula).toBe(
      `=AND($${statusCol}${first + 1}="${labels.lagging}",LEN(TRIM($${reasonCol}${first + 1}))=0)`,
    );
    expect(reason).toMatchObject({ row: first, col: tasks.columns.indexOf(column("lagReason")), cols: 1 });
    expect(reason.priority).toBeGreaterThan(rowFormats[0].priority);
    expect(plan.conditionalFormats[0]).toBe(reason); // hosts add in descending priority
  });

  it("writes A1 references when asked (no structured references, validations point at the column)", () => {
    const a1 = planSheet(WBS, language, ID, { references: "a1" });
    expect(a1.cells).toEqual(
      plan.cells.map((c) =>
        c.content.kind === "formula" ? a1.cells.find((x) => x.row === c.row && x.col === c.col)! : c,
      ),
    );
    for (const f of allFormulas(a1)) expect(f).not.toMatch(/\[|Concord_/);
    const a1Tasks = a1.tables.find((t) => t.tableId === "tasks")!;
    expect(a1Tasks.columns[12].formula).toMatch(
      /^=CONCORD\.STATUS\(F9,G9,H9,I9,K9,\$C\$5,"(en-US|zh-CN)",,\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,,L9\)$/,
    );
    expect(a1.validations.find((v) => v.rule.type === "listFormula")!.rule).toEqual({
      type: "listFormula",
      formula: "=$T$9:$T$14",
    });
    expect(planSheet(WBS, language, ID, { thisRow: "explicit" }).tables[0].columns[13].formula).toBe(
      `=CONCORD.LAG(${tasks.name}[[#This Row],[${header("due")}]],${tasks.name}[[#This Row],[${header("finish")}]],${excelName("T3", ID, "statusDate")},${excelName("T3", ID, "calendar")})`,
    );
  });
});

describe.each(LANGUAGES)("the issue log (%s)", (language) => {
  const plan = planSheet(getTemplate("T6"), language, ID);
  it("calculates the SLA with the status time and windows, coloured by state", () => {
    const issues = plan.tables[0];
    const sla = issues.columns[issues.columns.length - 1];
    const name = (key: string) => excelName("T6", ID, key);
    // CONCORD.SLA is called with the major windows and with the normal ones, chosen by the row's severity (what each
    // gives is evaluated in test/files/native-formulas.test.ts).
    const call = (response: string, solution: string) =>
      new RegExp(
        `CONCORD\\.SLA\\(\\[@\\[[^\\]]+\\]\\],\\[@\\[[^\\]]+\\]\\],\\[@\\[[^\\]]+\\]\\],${name("statusTime")},"${language}",${name(response)},${name(solution)}\\)`,
      );
    expect(sla.formula).toMatch(call("responseHours", "solutionHours"));
    expect(sla.formula).toMatch(call("normalResponseHours", "normalSolutionHours"));
    // The major windows start at the guide's 2 h / 24 h; the normal ones blank (no SLA for normal issues).
    const windowAt = (key: string) => {
      const at = plan.names.find((n) => n.name === name(key))!;
      return cellAt(plan, at.row, at.col)?.content ?? null;
    };
    expect([windowAt("responseHours"), windowAt("solutionHours")]).toEqual([
      { kind: "number", value: 2 },
      { kind: "number", value: 24 },
    ]);
    for (const key of ["normalResponseHours", "normalSolutionHours"]) {
      expect(windowAt(key)).not.toMatchObject({ kind: "number" });
    }
    const statusTime = plan.names.find((n) => n.name === name("statusTime"))!;
    expect(cellAt(plan, statusTime.row, statusTime.col)).toMatchObject({
      content: { kind: "formula", formula: "=NOW()" },
      numberFormat: "yyyy-mm-dd hh:mm",
    });
    const formulas = plan.conditionalFormats.map((c) => c.formula).join(" ");
    for (const label of Object.values(SLA_LABELS[language])) expect(formulas).toContain(`"${label}"`);
    expect(plan.print.orientation).toBe("landscape");
    expect(plan.print.titleRows).toEqual([issues.row, issues.row]);
  });
});

describe("forms", () => {
  it("number list items ①②③ with an input each (T2 delivery standards, T4 decisions)", () => {
    const plan = planSheet(getTemplate("T2"), "zh-CN", ID);
    const texts = textsOf(plan);
    expect(texts).toEqual(expect.arrayContaining(["① 交付标准", "② 交付标准", "③ 交付标准"]));
    const name = plan.names.find((n) => n.name === excelName("T2", ID, "standards.2"))!;
    expect(cellAt(plan, name.row, name.col - 1)!.content).toEqual({ kind: "text", text: "② 交付标准" });
    expect(textsOf(planSheet(getTemplate("T4"), "en-US", ID))).toContain("① Decision");
  });

  it("lays out one signature block per signer: role, then Signature / Date, Decision (a list) / Department, Comment", () => {
    const plan = planSheet(getTemplate("T2"), "en-US", ID);
    for (const key of ["leadDepartment.1", "cooperatingDepartment.1", "cooperatingDepartment.3"]) {
      const cells = SIGNATURE_PARTS.map((p) => {
        const name = plan.names.find((n) => n.name === excelName("T2", ID, `${key}.${p.id}`))!;
        return cellAt(plan, name.row, name.col)!;
      });
      for (const cell of cells) expect(cell.style).toBe(cell === cells[2] ? "input" : "signatureLine");
      expect(cells[4].numberFormat).toBe("yyyy-mm-dd");
      const decision = plan.validations.find((v) => v.row === cells[2].row && v.col === cells[2].col);
      expect(decision?.rule).toEqual({ type: "list", values: ["Approve", "Reject"] });
      const signer = cells[0];
      expect(cellAt(plan, signer.row, 0)!.content).toEqual({ kind: "text", text: "Signature" });
      // Room to sign by hand.
      expect(plan.rowHeights.find((h) => h.row === signer.row)!.height).toBeGreaterThanOrEqual(30);
      expect(cellAt(plan, signer.row - 1, 0)!.style).toBe("signatureLabel");
      // The signer's line is wide enough to sign on.
      const merge = plan.merges.find((m) => m.row === signer.row && m.col === signer.col);
      const width = plan.columnWidths.slice(signer.col, signer.col + (merge?.cols ?? 1)).reduce((s, w) => s + w, 0);
      expect(width).toBeGreaterThanOrEqual(20);
    }
  });

  it("shows a table's title beside it and the choices of a choice field as tick boxes for paper", () => {
    const plan = planSheet(getTemplate("T1"), "en-US", ID);
    const table = plan.tables[0];
    expect(cellAt(plan, table.row, 0)!.content).toEqual({ kind: "text", text: "Preliminary timeline" });
    expect(plan.merges).toContainEqual({ row: table.row, col: 0, rows: table.rows + 1, cols: 1 });
    expect(textsOf(plan)).toContain("□ Project   □ Process optimization   □ Problem solving   □ Resource coordination");
  });

  it("makes long-text inputs taller than one-line inputs", () => {
    const plan = planSheet(getTemplate("T8"), "en-US", ID);
    const heightOf = (key: string) => {
      const name = plan.names.find((n) => n.name === excelName("T8", ID, key))!;
      return plan.rowHeights.find((h) => h.row === name.row)?.height ?? 15;
    };
    expect(heightOf("highlights")).toBeGreaterThanOrEqual(40);
    expect(heightOf("date")).toBeLessThan(30);
  });
});

describe("structured references", () => {
  it("escape [ ] # and ' with a leading '", () => {
    expect(escapeStructuredName("% complete")).toBe("% complete");
    expect(escapeStructuredName("Lag (days)")).toBe("Lag (days)");
    expect(escapeStructuredName("Cost [USD] #2 'net'")).toBe("Cost '[USD'] '#2 ''net''");
  });

  it("point at this row, a column, a field and a table", () => {
    const odd: TemplateDef = {
      ...WBS,
      blocks: [
        {
          type: "table",
          table: {
            id: "items",
            title: { "en-US": "Items", "zh-CN": "项" },
            rows: 2,
            columns: [{ id: "cost", label: { "en-US": "Cost [USD] #", "zh-CN": "成本" }, kind: "number", width: 10 }],
          },
        },
      ],
    };
    const refs = structuredReferences(odd, ID, "en-US", { table: "items" });
    expect(refs.cell("cost")).toBe("[@[Cost '[USD'] '#]]");
    expect(refs.column("items", "cost")).toBe("Concord_T3_abc123_items[[#Data],[Cost '[USD'] '#]]");
    expect(refs.header("items", "cost")).toBe("Concord_T3_abc123_items[[#Headers],[Cost '[USD'] '#]]");
    expect(refs.field("statusDate")).toBe("Concord_T3_abc123_statusDate");
    expect(refs.table("items")).toBe("Concord_T3_abc123_items");
    expect(structuredReferences(odd, ID, "zh-CN", { table: "items", thisRow: "explicit" }).cell("cost")).toBe(
      "Concord_T3_abc123_items[[#This Row],[成本]]",
    );
    expect(() => refs.column("nope", "cost")).toThrow();
  });
});

describe.each(LANGUAGES)("the WBS companion sheets (%s)", (language) => {
  const wbs = planSheet(WBS, language, ID);
  const dashboard = planDashboard(WBS, language, ID);
  const timeline = planTimeline(WBS, language, ID);
  const labels = STATUS_LABELS[language];
  const wbsNames = new Set(wbs.names.map((n) => n.name));
  const referencedNames = (plan: SheetPlan) =>
    allFormulas(plan).flatMap((f) => [...f.matchAll(/Concord_T3_abc123_[A-Za-z.]+/g)].map((m) => m[0]));

  it.each([
    ["dashboard", dashboard, { "en-US": "WBS dashboard", "zh-CN": "任务看板" }],
    ["timeline", timeline, { "en-US": "WBS timeline", "zh-CN": "任务时间轴" }],
  ] as const)("%s: a consistent sheet whose formulas point into the WBS instance", (key, plan, sheetName) => {
    expectConsistentSheet(plan);
    expect(plan.sheetName).toBe(sheetName[language]);
    expect(plan.tables).toEqual([]);
    expectStructuredReferencesResolve(allFormulas(plan), wbs.tables);
    for (const name of referencedNames(plan))
      expect(wbsNames.has(name) || wbs.tables.some((t) => t.name === name)).toBe(true);
    expect(plan.names).toEqual([
      expect.objectContaining({ name: excelName("T3", ID, key), comment: sheetName[language] }),
    ]);
    expectValidNames([...wbs.names, ...dashboard.names, ...timeline.names].map((n) => n.name));
    expect(plan.print.orientation).toBe("landscape");
  });

  it("dashboard: counts by status with COUNTIF, by department with INDEX/COUNTIFS, the overdue list and a chart", () => {
    const status = `${excelName("T3", ID, "tasks")}[[#Data],[${labels === STATUS_LABELS["zh-CN"] ? "状态" : "Status"}]]`;
    const texts = textsOf(dashboard);
    for (const label of Object.values(labels)) expect(texts).toContain(label);
    const counts = dashboard.cells.filter(
      (c) => c.content.kind === "formula" && c.content.formula.startsWith("=COUNTIF("),
    );
    expect(counts).toHaveLength(5);
    for (const c of counts) expect((c.content as { formula: string }).formula).toContain(status);
    const departments = dashboard.cells.filter(
      (c) => c.content.kind === "formula" && c.content.formula.includes(`INDEX(${excelName("T3", ID, "departments")}`),
    );
    expect(departments.length).toBeGreaterThanOrEqual(6);
    const overdue = allFormulas(dashboard).filter((f) => f.includes("AGGREGATE(15,6,"));
    expect(overdue.length).toBeGreaterThanOrEqual(9 * 10);
    expect(overdue[0]).toContain(`"${labels.lagging}"`);
    expect(overdue[0]).toContain(`"${labels.blocked}"`);
    expect(dashboard.charts).toHaveLength(1);
    const [chart] = dashboard.charts;
    expect(chart.type).toBe("columnClustered");
    expect(cellAt(dashboard, chart.source.row + 1, chart.source.col)!.content).toEqual({
      kind: "text",
      text: labels.completed,
    });
    expect(cellAt(dashboard, chart.source.row + 1, chart.source.col + 1)!.content.kind).toBe("formula");
    for (const cell of dashboard.cells) expect(inside(cell, chart.anchor)).toBe(false);
  });

  it("timeline: tasks pulled row by row, 26 weeks from the Monday on/before the earliest start, Gantt bars", () => {
    const header = timeline.print.titleRows![0];
    const weeks = timeline.cells.filter((c) => c.row === header && c.content.kind === "formula");
    expect(weeks).toHaveLength(26);
    expect((weeks[0].content as { formula: string }).formula).toBe("=$C$3-WEEKDAY($C$3,3)");
    expect((weeks[1].content as { formula: string }).formula).toBe("=F6+7");
    const from = cellAt(timeline, 2, 2)!;
    expect(from.content).toEqual({
      kind: "formula",
      formula: `=IF(COUNT(${excelName("T3", ID, "tasks")}[[#Data],[${language === "en-US" ? "Start date" : "开始日期"}]])=0,${excelName("T3", ID, "statusDate")},MIN(${excelName("T3", ID, "tasks")}[[#Data],[${language === "en-US" ? "Start date" : "开始日期"}]]))`,
    });
    const bars = timeline.conditionalFormats.filter((c) => c.row === header + 1 && c.col === 5 && c.cols === 26);
    expect(bars.map((b) => b.formula)).toEqual([
      `=AND($D7<>"",IF($C7="",$D7,$C7)<=F$6+6,$D7>=F$6,$E7="${labels.completed}")`,
      `=AND($D7<>"",IF($C7="",$D7,$C7)<=F$6+6,$D7>=F$6,OR($E7="${labels.lagging}",$E7="${labels.blocked}"))`,
      `=AND($D7<>"",IF($C7="",$D7,$C7)<=F$6+6,$D7>=F$6)`,
      `=AND($C$4<>"",$C$4>=F$6,$C$4<F$6+7)`,
    ]);
    expect(new Set(bars.slice(0, 3).map((b) => b.fill)).size).toBe(3);
    expect(timeline.freeze).toEqual({ rows: header + 1, cols: 2 });
  });

  it("can point at the WBS sheet by A1 addresses", () => {
    const a1 = planDashboard(WBS, language, ID, { references: "a1", wbsSheet: "WBS (2)" });
    const formulas = allFormulas(a1);
    for (const f of formulas) expect(f).not.toMatch(/Concord_/);
    expect(formulas.find((f) => f.startsWith("=COUNTIF("))).toBe(`=COUNTIF('WBS (2)'!$M$9:$M$28,$A7)`);
  });
});
