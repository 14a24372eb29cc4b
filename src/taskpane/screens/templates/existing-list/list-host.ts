/** What the section needs from the host: the Excel host's list methods, and in the preview its "selected list" choice. */
import type { ExcelConcordHost } from "../../../../hosts/types";
import type { PaneHost } from "../../../connect";

export type ListHost = PaneHost & Required<Pick<ExcelConcordHost, "readSelectedList" | "augmentList">>;

/** The preview workbook's lists: which one stands for the user's selection (src/hosts/preview/preview-lists.ts). */
export interface PreviewListChoice {
  lists: {
    readonly choices: ReadonlyArray<{ id: string; name: string }>;
    readonly selected: string;
    select(id: string): void;
    /** The list's sheet now: cell values from A1 (formula cells show their result). */
    sheet(id: string): { values: unknown[][] };
  };
}

/** Excel (and the preview's workbook) offer "Add status and lag to this table"; Word and older hosts do not. */
export function hasListActions(host: PaneHost): host is ListHost {
  const h = host as Partial<ListHost>;
  return host.kind === "excel" && typeof h.readSelectedList === "function" && typeof h.augmentList === "function";
}

export function isPreviewListChoice(host: object): host is PreviewListChoice {
  const lists = (host as Partial<PreviewListChoice>).lists;
  return typeof lists === "object" && lists !== null && typeof lists.select === "function";
}
