/**
 * Column detection for "Add status and lag to this table": which column of a user's own task list (or issue list)
 * holds the start, due date, progress… Names decide (both languages, common variants, see roles.ts); the first data
 * rows break ties and lower the confidence of a column whose cells do not fit (a "Due" column of text).
 */
import { bi, type Bilingual } from "../templates";
import { aliasScore, normalizeHeader } from "./headers";
import { KEY_ROLES, NORMALIZED_ALIASES, ROLES_OF, type ColumnRole, type ListKind, type RoleDef } from "./roles";
import { fitOf, majorSeverities, profileColumn, progressScale, type ColumnProfile } from "./samples";

/** A candidate below this confidence is not proposed (the user can still pick the column). */
export const MIN_CONFIDENCE = 0.35;

export interface DetectedColumn {
  role: ColumnRole;
  /** 0-based position in the header row. */
  column: number;
  header: string;
  /** 0..1: the name's match, lowered when the sample's values do not fit; 1 when the user chose it. */
  confidence: number;
  /** Share of the sample's values that fit the role (dates, percentages, text); null without values. */
  dataFit: number | null;
}

export type UnusedReason = "blank" | "duplicate" | "unknown";

export interface ColumnMapping {
  kind: ListKind;
  /** The header row as text, as written (spaces kept). */
  headers: string[];
  columns: Partial<Record<ColumnRole, DetectedColumn>>;
  /** Roles of this kind of list that no column has. */
  missing: ColumnRole[];
  /** Columns that got no role: blank header (e.g. the rest of a merged cell), a second column of a taken role, other. */
  unused: Array<{ column: number; header: string; reason: UnusedReason; sameAs?: ColumnRole }>;
  /** How the progress column is written: 0–1 (also "50%" text) or 0–100. */
  progressScale: "fraction" | "points";
  /** Severity values of the sample that mean a major issue (issue lists). */
  majorSeverities: string[];
  /** Tasks: a due column and an actual-finish or progress column. Issues: raised at and responded or resolved at. */
  ready: boolean;
  /** What the minimum is and, when not ready, what is missing. */
  minimum: Bilingual;
}

export interface DetectOptions {
  /** Force the kind of list; by default the one whose key columns are found wins (tasks on a tie). */
  kind?: ListKind;
  /** Number formats of the sample cells (Excel's), to tell date serials from numbers. */
  formats?: readonly (readonly string[])[];
}

interface Candidate {
  role: ColumnRole;
  column: number;
  confidence: number;
  dataFit: number | null;
}

/** The header as the cell holds it: spaces kept, since a table's structured references must spell it exactly. */
const headerText = (value: unknown): string => (value === null || value === undefined ? "" : String(value));

function nameScore(header: string, def: RoleDef): number {
  let best = 0;
  for (const alias of NORMALIZED_ALIASES.get(def) ?? []) best = Math.max(best, aliasScore(header, alias));
  return best;
}

function candidatesOf(kind: ListKind, headers: readonly string[], profiles: readonly ColumnProfile[]): Candidate[] {
  const roles = Object.entries(ROLES_OF[kind]) as Array<[ColumnRole, RoleDef]>;
  const found: Candidate[] = [];
  headers.forEach((text, column) => {
    const header = normalizeHeader(text);
    for (const [role, def] of roles) {
      const byName = nameScore(header, def);
      if (byName === 0) continue;
      const dataFit = fitOf(def.kind, profiles[column]);
      const confidence = dataFit === null ? byName : byName * (0.5 + 0.5 * dataFit);
      if (confidence >= MIN_CONFIDENCE) found.push({ role, column, confidence, dataFit });
    }
  });
  return found;
}

/** Highest confidence first; each role and each column used once; the leftmost column wins a tie. */
function assign(kind: ListKind, candidates: Candidate[]): Partial<Record<ColumnRole, Candidate>> {
  const order = Object.keys(ROLES_OF[kind]);
  const sorted = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || a.column - b.column || order.indexOf(a.role) - order.indexOf(b.role),
  );
  const chosen: Partial<Record<ColumnRole, Candidate>> = {};
  const taken = new Set<number>();
  for (const c of sorted) {
    if (chosen[c.role] || taken.has(c.column)) continue;
    chosen[c.role] = c;
    taken.add(c.column);
  }
  return chosen;
}

const keyScore = (kind: ListKind, chosen: Partial<Record<ColumnRole, Candidate>>): number =>
  KEY_ROLES[kind].reduce((sum, role) => sum + (chosen[role]?.confidence ?? 0), 0);

const MINIMUM: Record<ListKind, { needs: Bilingual; all: ColumnRole[]; any: ColumnRole[] }> = {
  tasks: {
    needs: bi(
      "Status and lag need a due-date column and an actual-finish or % complete column",
      "状态与滞后需要截止日期列，以及实际完成日期列或完成百分比列",
    ),
    all: ["due"],
    any: ["finish", "progress"],
  },
  issues: {
    needs: bi(
      "The SLA needs a raised-at column and a responded-at or resolved-at column",
      "时效状态需要提出时间列，以及响应时间列或解决时间列",
    ),
    all: ["raisedAt"],
    any: ["respondedAt", "resolvedAt"],
  },
};

function minimumOf(
  kind: ListKind,
  columns: Partial<Record<ColumnRole, DetectedColumn>>,
): { ready: boolean; minimum: Bilingual } {
  const rule = MINIMUM[kind];
  const roles = ROLES_OF[kind];
  const lacking: ColumnRole[][] = [
    ...rule.all.filter((role) => !columns[role]).map((role) => [role]),
    ...(rule.any.some((role) => columns[role]) ? [] : [rule.any]),
  ];
  if (lacking.length === 0)
    return { ready: true, minimum: bi(`${rule.needs["en-US"]}: found.`, `${rule.needs["zh-CN"]}：已找到。`) };
  const names = (language: "en-US" | "zh-CN", or: string, and: string) =>
    lacking.map((group) => group.map((role) => roles[role]!.label[language]).join(or)).join(and);
  return {
    ready: false,
    minimum: bi(
      `${rule.needs["en-US"]}; not found: ${names("en-US", " or ", ", ")}.`,
      `${rule.needs["zh-CN"]}；未找到：${names("zh-CN", "或", "、")}。`,
    ),
  };
}

/** The mapping's derived parts (missing, unused, minimum, progress scale, major severities) from its columns. */
function complete(
  kind: ListKind,
  headers: string[],
  columns: Partial<Record<ColumnRole, DetectedColumn>>,
  sample: readonly (readonly unknown[])[],
  formats: DetectOptions["formats"],
  bestRole: ReadonlyMap<number, ColumnRole>,
): ColumnMapping {
  const used = new Set(Object.values(columns).map((c) => c!.column));
  const unused = headers.flatMap((header, column): ColumnMapping["unused"] => {
    if (used.has(column)) return [];
    if (header.trim() === "") return [{ column, header, reason: "blank" }];
    const role = bestRole.get(column);
    return role && columns[role]
      ? [{ column, header, reason: "duplicate", sameAs: role }]
      : [{ column, header, reason: "unknown" }];
  });
  const progress = columns.progress;
  const severity = columns.severity;
  return {
    kind,
    headers,
    columns,
    missing: (Object.keys(ROLES_OF[kind]) as ColumnRole[]).filter((role) => !columns[role]),
    unused,
    progressScale: progress ? progressScale(profileColumn(sample, progress.column, formats)) : "fraction",
    majorSeverities: severity ? majorSeverities(sample, severity.column) : [],
    ...minimumOf(kind, columns),
  };
}

function bestRoles(candidates: readonly Candidate[]): Map<number, ColumnRole> {
  const best = new Map<number, Candidate>();
  for (const c of candidates) {
    const current = best.get(c.column);
    if (!current || c.confidence > current.confidence) best.set(c.column, c);
  }
  return new Map([...best].map(([column, c]) => [column, c.role]));
}

/**
 * Maps the columns of a list to roles from its header row and a sample of its first data rows (about 20 are enough).
 * Pure and linear in the header's size times the sample's.
 */
export function detectColumns(
  header: readonly unknown[],
  sample: readonly (readonly unknown[])[] = [],
  options: DetectOptions = {},
): ColumnMapping {
  const headers = header.map(headerText);
  const profiles = headers.map((_, column) => profileColumn(sample, column, options.formats));
  const byKind = (["tasks", "issues"] as const).map((kind) => {
    const candidates = candidatesOf(kind, headers, profiles);
    return { kind, candidates, chosen: assign(kind, candidates) };
  });
  const pick =
    options.kind !== undefined
      ? byKind.find((k) => k.kind === options.kind)!
      : keyScore("issues", byKind[1].chosen) > keyScore("tasks", byKind[0].chosen)
        ? byKind[1]
        : byKind[0];
  const columns: Partial<Record<ColumnRole, DetectedColumn>> = {};
  for (const [role, c] of Object.entries(pick.chosen) as Array<[ColumnRole, Candidate]>) {
    columns[role] = { role, column: c.column, header: headers[c.column], confidence: c.confidence, dataFit: c.dataFit };
  }
  return complete(pick.kind, headers, columns, sample, options.formats, bestRoles(pick.candidates));
}

/**
 * The mapping with the user's choice: `role` on `column` (confidence 1; the column leaves any other role), or no
 * column for `role` when `column` is null. The sample is the one detection saw (for the progress scale, severities).
 */
export function withColumn(
  mapping: ColumnMapping,
  role: ColumnRole,
  column: number | null,
  sample: readonly (readonly unknown[])[] = [],
  formats?: DetectOptions["formats"],
): ColumnMapping {
  if (!(role in ROLES_OF[mapping.kind])) throw new RangeError(`${role} is not a column of ${mapping.kind} lists`);
  if (column !== null && !(Number.isInteger(column) && column >= 0 && column < mapping.headers.length)) {
    throw new RangeError(`column ${column} is outside the ${mapping.headers.length} columns of the list`);
  }
  const columns: Partial<Record<ColumnRole, DetectedColumn>> = {};
  for (const [r, c] of Object.entries(mapping.columns) as Array<[ColumnRole, DetectedColumn]>) {
    if (r !== role && c.column !== column) columns[r] = c;
  }
  if (column !== null) {
    columns[role] = { role, column, header: mapping.headers[column], confidence: 1, dataFit: null };
  }
  const sameAs = new Map(mapping.unused.filter((u) => u.sameAs).map((u) => [u.column, u.sameAs!]));
  const next = complete(mapping.kind, mapping.headers, columns, sample, formats, sameAs);
  // Without a sample, what detection read from the data stays (unless the user moved that very column).
  if (sample.length > 0) return next;
  return {
    ...next,
    progressScale: role === "progress" ? next.progressScale : mapping.progressScale,
    majorSeverities: role === "severity" ? next.majorSeverities : mapping.majorSeverities,
  };
}
