/** Types for localize-functions.js (CommonJS, used by webpack.config.js and the tests). */

export interface CustomFunctionParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface CustomFunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: CustomFunctionParameter[];
  [key: string]: unknown;
}

export interface CustomFunctionsMetadata {
  functions: CustomFunctionMetadata[];
  [key: string]: unknown;
}

/** `{ "<FUNCTION ID>": { "description": "...", "parameters": { "<param name>": "..." } } }` */
export type TranslationTable = Record<string, { description: string; parameters?: Record<string, string> }>;

export function localizeMetadata(
  metadata: CustomFunctionsMetadata,
  table: TranslationTable,
  options?: { language?: string },
): CustomFunctionsMetadata;

export function findMissingTranslations(metadata: CustomFunctionsMetadata, table: TranslationTable): string[];

export function findUnusedTranslations(metadata: CustomFunctionsMetadata, table: TranslationTable): string[];
