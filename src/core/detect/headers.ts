/**
 * Header text as detection compares it: full-width forms folded (NFKC: `％` → `%`, `（` → `(`, full-width letters),
 * camelCase split, lower case, every run of punctuation or white space one space, `%` and `#` kept as words. CJK text
 * is compared as a substring; Latin aliases only at word boundaries ("end" does not match "weekend").
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The words of a header, space-separated ("StartDate" → "start date", "截止日期(计划)" → "截止日期 计划"). */
export function normalizeHeader(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text)
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[%#]/g, " $& ")
    .replace(/[^\p{L}\p{N}%#]+/gu, " ")
    .trim();
}

/**
 * How well a normalized header names an alias (also normalized): 1 when equal (spaces ignored), else when the alias
 * is a part of the header 0.6 plus up to 0.35 by the share of the header it covers, else 0.
 */
export function aliasScore(header: string, alias: string): number {
  if (header === "" || alias === "") return 0;
  const bareHeader = header.replace(/ /g, "");
  const bareAlias = alias.replace(/ /g, "");
  if (bareHeader === bareAlias) return 1;
  const contained = CJK.test(alias) ? bareHeader.includes(bareAlias) : ` ${header} `.includes(` ${alias} `);
  return contained ? 0.6 + 0.35 * (bareAlias.length / bareHeader.length) : 0;
}
