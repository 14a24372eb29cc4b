/**
 * What a form's visible signature block shows for a signature, readable without the add-in: the signer's name and
 * department, the decision in the block's drop-down, the UTC time in the date field (a date picker holds any text),
 * and the entry's short fingerprint code followed by the comment, by which anyone can match the block to its ledger
 * record (the same texts as in Excel). The block is display only: the ledger record is what "Verify" checks.
 */
import type { Language } from "../../core";
import { findChoice, type WordControl } from "../../render/word";
import { BindingNotFoundError } from "../errors";
import type { SignatureView } from "../types";
import type { ControlWrite } from "./write";

/** As the Excel host writes it, so a block reads the same in both applications. */
const CODE: Readonly<Record<Language, string>> = { "en-US": "Code", "zh-CN": "指纹码" };

/** "2026-11-20 09:00 UTC" from an ISO UTC time. */
export function utcText(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/**
 * The writes that show `view` in its block (slot keys `<block>.<part>`, as `slotsOf` names them); `controls` are the
 * template's controls by key. Throws BindingNotFoundError when the template has no such block.
 */
export function signatureWrites(
  view: SignatureView,
  language: Language,
  controls: ReadonlyMap<string, WordControl>,
  tagOf: (key: string) => string,
): ControlWrite[] {
  const comment = view.comment.trim();
  const code = `${CODE[language]} ${view.code}`;
  const texts: Array<[string, string]> = [
    ["signer", view.signer],
    ["department", view.department],
    ["date", utcText(view.at)],
    ["comment", comment === "" ? code : `${code} · ${comment}`],
  ];
  const decision = `${view.block}.decision`;
  const keys = [...texts.map(([part]) => `${view.block}.${part}`), decision];
  const missing = keys.filter((key) => !controls.has(key));
  if (missing.length > 0) throw new BindingNotFoundError("word", missing.map(tagOf));
  return [
    ...texts.map(([part, text]) => ({
      control: controls.get(`${view.block}.${part}`)!,
      value: { kind: "text", text } as const,
    })),
    {
      control: controls.get(decision)!,
      value: { kind: "choice", choice: findChoice(controls.get(decision)!.field, view.decision) ?? null },
    },
  ];
}
