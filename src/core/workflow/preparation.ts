import { missingSmartAspects } from "../smart";
import { bi, type Bilingual, DEPARTMENT_TYPES, getTemplate } from "../templates";
import { type ProjectContext, instancesOf, primary } from "./context";
import { cell, tableRows } from "./forms";
import { type Outcome, outcome } from "./outcome";
import { blanks, fillAction, insertAction, signedFormStep } from "./signed-form";
import { count, joinParts, listOf, plain, titled } from "./text";

const key = (name: string) => name.normalize("NFC").trim().toLowerCase();

/** A department type as its choice id, whether the cell holds the id or a label in either language. */
function typeId(text: string): string {
  const found = DEPARTMENT_TYPES.find((c) => [c.id, ...Object.values(c.label)].some((t) => key(t) === key(text)));
  return found ? found.id : text;
}

interface Department {
  name: string;
  type: string;
  liaison: string;
}

/** The project's departments: T2's responsibilities table, then any more from the WBS Departments table. */
function departments(context: ProjectContext): Department[] {
  const list: Department[] = [];
  const t2 = primary(context, "T2");
  const form = t2 && context.forms.get(t2.id);
  if (form) {
    for (const row of tableRows(form, "responsibilities")) {
      const [name, type, liaison] = ["department", "type", "liaison"].map((c) =>
        cell(form, "responsibilities", row, c),
      );
      if (name) list.push({ name, type, liaison });
    }
  }
  const t3 = primary(context, "T3");
  for (const row of (t3 && context.input.wbs[t3.id]?.departments) || []) {
    const name = row.department.trim();
    if (name && !list.some((d) => key(d.name) === key(name))) {
      list.push({ name, type: typeId(row.type.trim()), liaison: row.liaison.trim() });
    }
  }
  return list;
}

/** Step 2: every department typed (execution / support / supervision) with a liaison; none of T1's left out. */
function departmentsStep(context: ProjectContext): Outcome {
  const t2 = primary(context, "T2");
  const ids = [t2, primary(context, "T3")].flatMap((r) => (r ? [r.id] : []));
  const next = t2
    ? fillAction(t2, bi("List the departments in the consensus form", "在共识表中填写各部门职责分工"))
    : insertAction("T2", bi("Insert the consensus form to list the departments", "插入共识表，填写各部门职责分工"));
  const list = departments(context);
  if (list.length === 0) {
    return outcome(false, bi("No departments listed yet", "尚未列出参与部门"), next, ids);
  }
  const gaps: Bilingual[] = [];
  const lacking = list.flatMap((d) => {
    const missing = [...(d.type ? [] : [bi("type", "类型")]), ...(d.liaison ? [] : [bi("liaison", "联络人")])];
    const what = listOf(missing);
    return missing.length ? [bi(`${d.name} (${what["en-US"]})`, `${d.name}（${what["zh-CN"]}）`)] : [];
  });
  if (lacking.length) {
    const who = listOf(lacking);
    gaps.push(bi(`missing type or liaison: ${who["en-US"]}`, `缺少类型或联络人：${who["zh-CN"]}`));
  }
  const t1 = primary(context, "T1");
  const involved = (t1 && context.forms.get(t1.id)?.fields.involvedDepartments) || "";
  const left = involved
    .split(/\s*[,，;；、/\n]\s*/)
    .filter((d) => d !== "" && !list.some((x) => key(x.name) === key(d)));
  if (left.length) {
    const names = plain(left);
    gaps.push(
      bi(
        `named in the kickoff application but not listed: ${names["en-US"]}`,
        `启动申请表中涉及但未列出：${names["zh-CN"]}`,
      ),
    );
  }
  if (list.length < 2) gaps.push(bi("a collaboration needs at least two departments", "跨部门协作至少需要两个部门"));
  const byType = DEPARTMENT_TYPES.map((t) => [t, list.filter((d) => d.type === t.id).length] as const).filter(
    ([, n]) => n > 0,
  );
  const types = bi(
    byType.map(([t, n]) => `${n} ${t.label["en-US"].toLowerCase()}`).join(", "),
    byType.map(([t, n]) => `${t.label["zh-CN"]} ${n} 个`).join("、"),
  );
  const head = bi(
    `${count(list.length, "department")}${byType.length ? ` (${types["en-US"]})` : ""}`,
    `${list.length} 个部门${byType.length ? `（${types["zh-CN"]}）` : ""}`,
  );
  return gaps.length
    ? outcome(false, joinParts([head, ...gaps]), next, ids)
    : outcome(true, bi(`${head["en-US"]}, each with a liaison`, `${head["zh-CN"]}，均已指定联络人`), null, ids);
}

/**
 * Step 3: kickoff minutes (T4 of type kickoff) filled, and the consensus form holds what the meeting decides: the
 * delivery standards, who leads, the communication mechanism. The SMART check advises (SPEC §6): a goal without a
 * measurable target or deadline, or a standard without a measurable target, asks for attention without holding the
 * step back. (A standard needs no deadline of its own: the goal carries it.)
 */
function kickoffStep(context: ProjectContext): Outcome {
  const minutes = instancesOf(context, "T4").filter((r) => context.forms.get(r.id)?.fields.meetingType === "kickoff");
  const t2 = primary(context, "T2");
  const ids = [...minutes.map((r) => r.id), ...(t2 ? [t2.id] : [])];
  const meeting = minutes[0];
  if (!meeting) {
    const label = bi("Insert meeting minutes for the kickoff meeting", "插入会议纪要，记录启动会");
    return outcome(false, bi("No kickoff meeting minutes yet", "尚无启动会会议纪要"), insertAction("T4", label), ids);
  }
  const blank = blanks(context.forms.get(meeting.id)!);
  if (blank) {
    return outcome(
      false,
      bi(`Kickoff minutes: ${blank["en-US"]}`, `启动会纪要：${blank["zh-CN"]}`),
      fillAction(meeting),
      ids,
    );
  }
  if (!t2) {
    const label = bi("Insert the consensus form to record what the meeting agreed", "插入共识表，记录启动会的共识");
    return outcome(
      false,
      bi("Kickoff minutes recorded; no consensus form yet", "启动会纪要已记录；尚无共识表"),
      insertAction("T2", label),
      ids,
    );
  }
  const form = context.forms.get(t2.id)!;
  const definition = getTemplate("T2");
  const missing: Bilingual[] = [];
  if (!Object.keys(form.fields).some((k) => k.startsWith("standards.")))
    missing.push(bi("delivery standards", "交付标准"));
  if (!tableRows(form, "responsibilities").some((r) => cell(form, "responsibilities", r, "role") === "lead")) {
    missing.push(bi("the lead department", "牵头部门"));
  }
  for (const block of definition.blocks) {
    if (block.type !== "fields" || block.id !== "communication") continue;
    for (const field of block.fields) if (field.required && !(field.id in form.fields)) missing.push(field.label);
  }
  const vague = Object.entries(form.fields)
    .filter(([k, text]) => {
      const gaps = missingSmartAspects(text);
      return k === "finalGoal" ? gaps.length > 0 : /^standards\.\d+$/.test(k) && gaps.includes("measurable");
    })
    .map(([k]) =>
      k === "finalGoal"
        ? bi("final goal", "最终目标")
        : bi(`standard ${k.split(".")[1]}`, `交付标准 ${k.split(".")[1]}`),
    );
  const parts: Bilingual[] = [bi("Kickoff minutes recorded", "启动会纪要已记录")];
  if (missing.length) {
    const list = listOf(missing);
    parts.push(titled("T2", bi(`missing ${list["en-US"]}`, `缺少${list["zh-CN"]}`)));
  }
  if (vague.length) {
    const list = listOf(vague);
    parts.push(
      bi(`not measurable or without a deadline: ${list["en-US"]}`, `不可衡量或缺少截止时间：${list["zh-CN"]}`),
    );
  }
  const next =
    missing.length || vague.length
      ? fillAction(
          t2,
          bi(
            "Complete the standards and communication mechanism in the consensus form",
            "在共识表中完善交付标准与沟通机制",
          ),
        )
      : null;
  return outcome(missing.length === 0, joinParts(parts), next, ids, vague.length ? "attention" : null);
}

export const preparationSteps = {
  initiate: (context: ProjectContext) => signedFormStep(context, "T1", "signatures"),
  departments: departmentsStep,
  kickoff: kickoffStep,
  consensus: (context: ProjectContext) => signedFormStep(context, "T2", "departments"),
};
