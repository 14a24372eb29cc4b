import type { Language } from "../language";
import { isTemplateId } from "./catalog";
import type { TemplateId } from "./types";

/**
 * What makes an inserted template findable again after save, reopen, rename or co-authoring:
 * Excel: named ranges and tables `Concord_<template>_<instance>_<key>`, and a workbook name `Concord_<template>_<instance>`
 * whose comment holds the instance record; Word: content controls tagged `concord:<template>:<instance>:<key>`,
 * inside one control tagged `concord:<template>:<instance>` whose record is kept with the document.
 */
export interface InstanceRecord {
  template: TemplateId;
  /** Six lowercase letters or digits, unique in the file. */
  id: string;
  language: Language;
  version: number;
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A new instance id; `random` returns numbers in [0, 1) (Math.random by default). */
export function newInstanceId(taken: Iterable<string> = [], random: () => number = Math.random): string {
  const used = new Set(taken);
  for (;;) {
    // Starts with a letter so that `Concord_T3_<id>` can never read as a cell reference.
    let id = ID_ALPHABET[Math.floor(random() * 26)];
    for (let i = 1; i < 6; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!used.has(id)) return id;
  }
}

const NAME_PREFIX = "Concord";

/** Excel name of the instance itself (its comment holds the record). */
export function excelInstanceName(template: TemplateId, instance: string): string {
  return `${NAME_PREFIX}_${template}_${instance}`;
}

/** Excel name of a slot or table of an instance; slot keys keep their dots, which Excel names allow. */
export function excelName(template: TemplateId, instance: string, key: string): string {
  return `${excelInstanceName(template, instance)}_${key}`;
}

/** Parses an Excel name made by `excelName` / `excelInstanceName`. */
export function parseExcelName(name: string): { template: TemplateId; instance: string; key: string | null } | null {
  const match = /^Concord_(T[1-8])_([a-z][a-z0-9]{5})(?:_(.+))?$/.exec(name);
  if (!match || !isTemplateId(match[1])) return null;
  return { template: match[1], instance: match[2], key: match[3] ?? null };
}

export function wordTag(template: TemplateId, instance: string, key?: string): string {
  return key === undefined ? `concord:${template}:${instance}` : `concord:${template}:${instance}:${key}`;
}

export function parseWordTag(tag: string): { template: TemplateId; instance: string; key: string | null } | null {
  const match = /^concord:(T[1-8]):([a-z][a-z0-9]{5})(?::(.+))?$/.exec(tag);
  if (!match || !isTemplateId(match[1])) return null;
  return { template: match[1], instance: match[2], key: match[3] ?? null };
}

export function encodeRecord(record: InstanceRecord): string {
  return JSON.stringify({ concord: 1, ...record });
}

/** The record from its stored text; null for text that is not one (a user's own comment, a damaged record). */
export function decodeRecord(text: string | null | undefined): InstanceRecord | null {
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<InstanceRecord> & { concord?: number };
    if (data.concord !== 1 || !isTemplateId(data.template) || typeof data.id !== "string") return null;
    if (data.language !== "en-US" && data.language !== "zh-CN") return null;
    if (typeof data.version !== "number") return null;
    return { template: data.template, id: data.id, language: data.language, version: data.version };
  } catch {
    return null;
  }
}

/**
 * Text a user typed that Excel would take for a formula (= + - @ first). Hosts write such text as text, never as
 * a formula.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** A sheet name that is free: the name itself, else "name (2)", "name (3)"… (Excel: at most 31 characters, no []:*?/\). */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
