"use strict";
/**
 * Derives a localized custom-functions metadata file (e.g. functions-zh-CN.json) from the metadata that
 * custom-functions-metadata generates from the JSDoc in src/functions/functions.ts.
 *
 * The generated functions.json cannot carry translations, so a translation table supplies them:
 *
 *   { "<FUNCTION ID>": { "description": "...", "parameters": { "<parameter name>": "..." } } }
 *
 * Ids, names, types, options and everything else are copied unchanged; only the function descriptions and
 * the parameter descriptions are replaced. Pure: no I/O, the inputs are not modified.
 */

/** Keys of the table that start with "$" (e.g. "$comment") are notes, not translations. */
function isNoteKey(key) {
  return key.startsWith("$");
}

function isNonEmptyString(value) {
  return typeof value === "string" && value.trim() !== "";
}

function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkMetadata(metadata) {
  if (!isPlainObject(metadata) || !Array.isArray(metadata.functions)) {
    throw new Error('custom functions metadata must be an object with a "functions" array');
  }
  metadata.functions.forEach((fn, index) => {
    if (!isPlainObject(fn) || !isNonEmptyString(fn.id)) {
      throw new Error(`custom functions metadata: functions[${index}] has no id`);
    }
    if (fn.parameters !== undefined && !Array.isArray(fn.parameters)) {
      throw new Error(`custom functions metadata: ${fn.id}.parameters is not an array`);
    }
  });
}

/**
 * Every translation the table lacks for this metadata, as readable items such as
 * `STATUS (function description)` or `STATUS parameter "due"`.
 */
function findMissingTranslations(metadata, table) {
  checkMetadata(metadata);
  const safeTable = isPlainObject(table) ? table : {};
  const missing = [];
  for (const fn of metadata.functions) {
    const entry = Object.prototype.hasOwnProperty.call(safeTable, fn.id) ? safeTable[fn.id] : undefined;
    const params = fn.parameters || [];
    if (!isPlainObject(entry)) {
      missing.push(`${fn.id} (whole function)`);
      continue;
    }
    if (!isNonEmptyString(entry.description)) missing.push(`${fn.id} (function description)`);
    const translatedParams = isPlainObject(entry.parameters) ? entry.parameters : {};
    for (const param of params) {
      const has = Object.prototype.hasOwnProperty.call(translatedParams, param.name);
      if (!has || !isNonEmptyString(translatedParams[param.name])) {
        missing.push(`${fn.id} parameter "${param.name}"`);
      }
    }
  }
  return missing;
}

/**
 * Translations in the table that match nothing in the metadata (a renamed function or parameter leaves these
 * behind). Not an error; the webpack plugin reports them as warnings.
 */
function findUnusedTranslations(metadata, table) {
  checkMetadata(metadata);
  if (!isPlainObject(table)) return [];
  const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));
  const unused = [];
  for (const [id, entry] of Object.entries(table)) {
    if (isNoteKey(id)) continue;
    const fn = byId.get(id);
    if (!fn) {
      unused.push(`${id} (no such function)`);
      continue;
    }
    const names = new Set((fn.parameters || []).map((p) => p.name));
    if (isPlainObject(entry) && isPlainObject(entry.parameters)) {
      for (const name of Object.keys(entry.parameters)) {
        if (!names.has(name)) unused.push(`${id} parameter "${name}" (no such parameter)`);
      }
    }
  }
  return unused;
}

/**
 * @param {object} metadata parsed functions.json ({ functions: [{ id, name, description, parameters: [{ name, description, ... }], ... }] })
 * @param {object} table translation table (see the top of this file)
 * @param {{ language?: string }} [options] only used in the error message
 * @returns {object} a new metadata object with translated descriptions
 * @throws {Error} naming every function id / parameter the table does not translate (`error.missing` lists them)
 */
function localizeMetadata(metadata, table, options = {}) {
  const language = options.language || "zh-CN";
  const missing = findMissingTranslations(metadata, table);
  if (missing.length > 0) {
    const error = new Error(
      `Missing ${language} translations for ${missing.length} custom function item(s): ${missing.join(", ")}`,
    );
    error.missing = missing;
    throw error;
  }
  const copy = JSON.parse(JSON.stringify(metadata));
  for (const fn of copy.functions) {
    const entry = table[fn.id];
    fn.description = entry.description;
    for (const param of fn.parameters || []) {
      param.description = entry.parameters[param.name];
    }
  }
  return copy;
}

module.exports = { localizeMetadata, findMissingTranslations, findUnusedTranslations };
