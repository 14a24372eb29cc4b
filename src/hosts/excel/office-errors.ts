/** Office.js errors the Excel host turns into its own: a named item, table or sheet that is not there. */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}
