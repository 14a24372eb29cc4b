import { bi, type Bilingual, type TemplateId } from "../templates";

/** The short names the guide uses in running text (《共识表》), where the templates' titles are long. */
export const SHORT_NAMES: Readonly<Record<TemplateId, Bilingual>> = {
  T1: bi("Kickoff application", "启动申请表"),
  T2: bi("Consensus form", "共识表"),
  T3: bi("Task breakdown (WBS)", "任务分解表"),
  T4: bi("Meeting minutes", "会议纪要"),
  T5: bi("Change request", "变更申请"),
  T6: bi("Issue & risk log", "问题与风险跟踪"),
  T7: bi("Acceptance checklist", "成果验收单"),
  T8: bi("Retrospective report", "复盘报告"),
};

/** The name inside an English sentence: "acceptance checklist" (Chinese needs no change). */
export function bareName(template: TemplateId): Bilingual {
  const name = SHORT_NAMES[template];
  return bi(
    name["en-US"].replace(/^\w/, (c) => c.toLowerCase()),
    name["zh-CN"],
  );
}

/** The name with its article: "the consensus form" / "共识表". */
export function lowerName(template: TemplateId): Bilingual {
  const name = bareName(template);
  return bi(`the ${name["en-US"]}`, name["zh-CN"]);
}

/** A summary as shown: its first letter capitalized ("missing: …" → "Missing: …"). */
export const capitalized = (text: Bilingual): Bilingual =>
  bi(
    text["en-US"].replace(/^\w/, (c) => c.toUpperCase()),
    text["zh-CN"],
  );

/** Items in both languages, the first `max` shown and the rest counted: "A, B, C and 2 more" / "A、B、C 等 5 项". */
export function listOf(items: readonly Bilingual[], max = 3): Bilingual {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  const en = shown.map((i) => i["en-US"]).join(", ");
  const zh = shown.map((i) => i["zh-CN"]).join("、");
  return more > 0 ? bi(`${en} and ${more} more`, `${zh} 等 ${items.length} 项`) : bi(en, zh);
}

/** Plain ids or names, the same in both languages. */
export const plain = (texts: readonly string[], max = 3): Bilingual =>
  listOf(
    texts.map((t) => bi(t, t)),
    max,
  );

/** "1 task" / "3 tasks". */
export const count = (n: number, noun: string, nouns = `${noun}s`): string => `${n} ${n === 1 ? noun : nouns}`;

/** Sentences joined: "A; B" / "A；B". */
export function joinParts(parts: readonly Bilingual[]): Bilingual {
  return bi(parts.map((p) => p["en-US"]).join("; "), parts.map((p) => p["zh-CN"]).join("；"));
}

/** "Consensus form: …" / "共识表：…". */
export function titled(template: TemplateId, text: Bilingual): Bilingual {
  const name = SHORT_NAMES[template];
  return bi(`${name["en-US"]}: ${text["en-US"]}`, `${name["zh-CN"]}：${text["zh-CN"]}`);
}
