/**
 * What the version check knows in advance: an operation whose requirement set this Office lacks would throw
 * UnsupportedHostError, so the pane disables it and shows the same bilingual reason instead.
 */
import type { Host, Language } from "../core";
import {
  excelRequirements as excel,
  supports,
  wordRequirements as word,
  type OfficeRequirements,
} from "../hosts/requirements";

/** The operations the pane's own screens start (both hosts name them the same). */
export type PaneOperation = "insert" | "find" | "readProject" | "sign" | "select";

/** Why the operation will fail here, in both languages, or null when it can run (or nothing can tell). */
export type VersionCheck = (operation: PaneOperation) => Readonly<Record<Language, string>> | null;

/** The preview (and tests): everything can run. */
export const NO_VERSION_CHECK: VersionCheck = () => null;

export function versionCheck(kind: Host, requirements: OfficeRequirements | null): VersionCheck {
  return (operation) => {
    const supported =
      kind === "excel"
        ? supports(requirements, excel.REQUIRED_SETS[operation])
        : supports(requirements, word.REQUIRED_SETS[operation]);
    if (supported) return null;
    return kind === "excel" ? excel.unsupportedMessages(operation) : word.unsupportedMessages(operation);
  };
}
