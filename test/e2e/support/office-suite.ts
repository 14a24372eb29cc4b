import { spawnSync } from "child_process";

/** Text without any white space: table cells wrap labels onto several lines in a PDF. */
export const squeeze = (text: string): string => text.replace(/\s+/g, "");

/** Runs a command (soffice, pdftotext, pdftoppm) and returns its output; a failure throws with its stderr. */
export function run(command: string, args: string[], timeout = 180_000): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}
