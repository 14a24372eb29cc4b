import { bi, type Bilingual } from "../templates";
import type { FieldChange } from "./diff";

/** What a verification found about one entry. */
export type FindingKind =
  | "ok"
  | "noKey"
  | "noKeyKnownSigner"
  | "edited"
  | "missingBefore"
  | "reordered"
  | "notChained"
  | "badSignature"
  | "newKey"
  | "keyOfAnotherSigner"
  | "snapshotAltered"
  | "stale";

/** ok: proven sound; notice: sound as far as it goes; warning: a person should confirm; error: the entry does not count. */
export type FindingSeverity = "ok" | "notice" | "warning" | "error";

export interface Finding {
  kind: FindingKind;
  severity: FindingSeverity;
  /** What happened, for a manager. */
  message: Bilingual;
  /** What this does and does not prove. */
  meaning: Bilingual;
  /** Stale only: what changed since the signature. */
  changes?: FieldChange[];
}

export interface FindingParams {
  /** "Zhang Wei (Product)". */
  who: string;
  /** Short code of the entry's key. */
  key?: string;
  /** The other signer a key belonged to. */
  other?: string;
  /** Entry numbers. */
  n?: number;
  previous?: number;
  changes?: FieldChange[];
  /** The name was supplied by Office rather than typed. */
  hostIdentity?: boolean;
}

const SEVERITY: Record<FindingKind, FindingSeverity> = {
  ok: "ok",
  noKey: "notice",
  noKeyKnownSigner: "warning",
  edited: "error",
  missingBefore: "error",
  reordered: "error",
  notChained: "error",
  badSignature: "error",
  newKey: "warning",
  keyOfAnotherSigner: "warning",
  snapshotAltered: "warning",
  stale: "notice",
};

const NOT_COUNTED = bi("It does not count as a signature.", "该条不计为有效签字。");

const show = (value: string | null) =>
  value === null ? "—" : `"${value.length > 40 ? value.slice(0, 37) + "..." : value}"`;

/** `Goal: "A" → "B"; Date: … and 2 more`, in one language. */
function changeList(changes: readonly FieldChange[], language: "en-US" | "zh-CN"): string {
  const shown = changes
    .slice(0, 3)
    .map((c) => `${c.label[language]}${language === "en-US" ? ": " : "："}${show(c.before)} → ${show(c.after)}`);
  const more = changes.length - shown.length;
  const rest = more > 0 ? (language === "en-US" ? ` and ${more} more` : ` 等另外 ${more} 项`) : "";
  return shown.join(language === "en-US" ? "; " : "；") + rest;
}

const TEXTS: Record<FindingKind, (p: FindingParams) => { message: Bilingual; meaning: Bilingual }> = {
  ok: (p) => ({
    message: bi(
      `Signed by ${p.who} with key ${p.key}; unchanged since.`,
      `${p.who} 使用密钥 ${p.key} 签字，此后未被改动。`,
    ),
    meaning: p.hostIdentity
      ? bi(
          `Proves the entry was made in the browser holding key ${p.key} and has not been altered. The name came from Office, which is not a verified sign-in.`,
          `可证明该记录由持有密钥 ${p.key} 的浏览器生成且未被改动。姓名由 Office 提供，并非经过验证的登录身份。`,
        )
      : bi(
          `Proves the entry was made in the browser holding key ${p.key} and has not been altered. It does not prove who typed the name.`,
          `可证明该记录由持有密钥 ${p.key} 的浏览器生成且未被改动；不能证明签字人姓名由本人填写。`,
        ),
  }),
  noKey: (p) => ({
    message: bi(
      `Signed by ${p.who} without a personal key: that browser cannot create one (no ECDSA support).`,
      `${p.who} 签字时未使用个人密钥：该浏览器不支持创建密钥（不支持 ECDSA）。`,
    ),
    meaning: bi(
      "Protected by the chain only: proves the entry was not edited or removed once later entries were added, not who made it. Confirm with the signer if it matters.",
      "仅受记录链保护：可证明在后续记录写入后该条未被修改或删除，但不能证明是谁签的。如有必要请与签字人当面确认。",
    ),
  }),
  noKeyKnownSigner: (p) => ({
    message: bi(
      `Signed without a key, although ${p.who} signed with a key earlier in this file.`,
      `此次签字未使用密钥，但 ${p.who} 之前在本文件中使用过密钥签字。`,
    ),
    meaning: bi(
      "Could be a browser without ECDSA, or someone signing in their name. Please confirm with them.",
      "可能是换用了不支持 ECDSA 的浏览器，也可能是他人冒名签字。请与本人确认。",
    ),
  }),
  edited: (p) => ({
    message: bi(
      `Entry ${p.n} (${p.who}) was changed after it was written: its fingerprint no longer matches its content.`,
      `第 ${p.n} 条记录（${p.who}）在写入后被改动：其指纹与内容不再一致。`,
    ),
    meaning: bi(
      `Its name, decision, time or signed content cannot be trusted. ${NOT_COUNTED["en-US"]}`,
      `其姓名、意见、时间或所签内容均不可信。${NOT_COUNTED["zh-CN"]}`,
    ),
  }),
  missingBefore: (p) => ({
    message: bi(
      `Sign-off entries were removed: entry ${p.n} (${p.who}) should follow entry ${(p.n ?? 1) - 1}, which is missing.`,
      `有签字记录被删除：第 ${p.n} 条记录（${p.who}）之前的第 ${(p.n ?? 1) - 1} 条已缺失。`,
    ),
    meaning: bi(
      "Proves that something was deleted, not what it was (it may have been a rejection). Ask the lead for an earlier copy of the file.",
      "可证明有记录被删除，但无法得知其内容（可能是一条“不同意”）。请向牵头人索取此前的文件副本。",
    ),
  }),
  reordered: (p) => ({
    message: bi(
      `The record is out of order around entry ${p.n} (${p.who}).`,
      `第 ${p.n} 条记录（${p.who}）前后的顺序被调换。`,
    ),
    meaning: bi(
      "The entries were rearranged after they were written; the order of decisions cannot be trusted.",
      "记录写入后被重新排列，签字先后顺序不可信。",
    ),
  }),
  notChained: (p) => ({
    message: bi(
      `Entry ${p.n} (${p.who}) is not part of the chain: it was inserted afterwards, the entry before it was altered, or it was signed at the same moment in another copy of the file.`,
      `第 ${p.n} 条记录（${p.who}）不在记录链中：它是事后插入的，或其前一条被改动过，或是在文件的另一副本中同时签署的。`,
    ),
    meaning: bi(
      `Concord did not write it in sequence, so it may be forged. ${NOT_COUNTED["en-US"]} If it is genuine, the signer signs again.`,
      `该条并非由 Concord 按顺序写入，可能是伪造的。${NOT_COUNTED["zh-CN"]}如确为本人所签，请其重新签字。`,
    ),
  }),
  badSignature: (p) => ({
    message: bi(
      `The signature on entry ${p.n} (${p.who}) does not match: it was not made with the key the entry carries.`,
      `第 ${p.n} 条记录（${p.who}）的签名不匹配：并非由记录所附密钥生成。`,
    ),
    meaning: bi(
      `Someone rebuilt the record after changing or adding this entry, possibly copying the signer's public key. ${NOT_COUNTED["en-US"]}`,
      `有人在修改或添加该条后重新计算了记录链，可能复制了签字人的公钥。${NOT_COUNTED["zh-CN"]}`,
    ),
  }),
  newKey: (p) => ({
    message: bi(
      `${p.who} signed from a new key (${p.key}), not the one used before in this file: new device or browser?`,
      `${p.who} 使用了新的密钥（${p.key}）签字，与本文件中此前使用的不同：是否换了设备或浏览器？`,
    ),
    meaning: bi(
      "The signature is valid for the new key, but the file cannot tell a new device from someone signing in their name. Please confirm with them.",
      "签名对新密钥有效，但文件无法区分是本人换了设备还是他人冒名签字。请与本人确认。",
    ),
  }),
  keyOfAnotherSigner: (p) => ({
    message: bi(
      `${p.who} signed with the key that ${p.other} used before.`,
      `${p.who} 使用了 ${p.other} 此前用过的密钥签字。`,
    ),
    meaning: bi(
      "The same browser signed for two people: one may have signed on the other's behalf. Please confirm.",
      "同一浏览器为两人签字，可能有人代签。请确认。",
    ),
  }),
  snapshotAltered: (p) => ({
    message: bi(
      `The stored copy of what ${p.who} signed was changed, so the changes since then cannot be listed.`,
      `${p.who} 所签内容的存档副本被改动，因此无法列出此后的变更。`,
    ),
    meaning: bi(
      "The signature itself is unaffected: whether the form still matches it is checked against its fingerprint.",
      "签字本身不受影响：表单是否仍与签字一致，仍按指纹核对。",
    ),
  }),
  stale: (p) => ({
    message: bi(
      `The form changed after ${p.who} signed: ${p.changes?.length ? changeList(p.changes, "en-US") : "details unavailable"}.`,
      `${p.who} 签字后表单有改动：${p.changes?.length ? changeList(p.changes, "zh-CN") : "无法列出详情"}。`,
    ),
    meaning: bi(
      "The signature covers the earlier content only; it must be signed again.",
      "该签字只对应改动前的内容，需要重新签字。",
    ),
  }),
};

export function finding(kind: FindingKind, params: FindingParams): Finding {
  return {
    kind,
    severity: SEVERITY[kind],
    ...TEXTS[kind](params),
    ...(params.changes ? { changes: params.changes } : {}),
  };
}

/** What verification never proves, shown with every report. */
export const VERIFY_LIMITS: readonly Bilingual[] = [
  bi(
    "Names are typed by the signers (or supplied by Office); a key proves which browser signed, not who sat at it.",
    "姓名由签字人自行填写（或由 Office 提供）；密钥只能证明由哪个浏览器签字，不能证明操作者是谁。",
  ),
  bi(
    "Removing the latest entries leaves no trace in the file: compare the entry count and last code with a copy you trust.",
    "删除最新的若干条记录不会在文件中留下痕迹：请将记录条数和最后一条的指纹码与可信副本核对。",
  ),
  bi(
    "A key is only as safe as the browser profile that holds it; clearing the browser's data loses it (the next signature then shows a new key).",
    "密钥的安全取决于保存它的浏览器配置文件；清除浏览器数据会丢失密钥（之后签字将显示为新密钥）。",
  ),
  bi("Signing times come from the signer's computer clock.", "签字时间取自签字人电脑的时钟。"),
];

/** "Zhang Wei (Product)", or the name alone without a department. */
export function who(signer: string, department: string): string {
  return department ? `${signer} (${department})` : signer;
}
