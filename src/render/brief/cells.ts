/** A brief's cell as text, the same in every rendering: dates yyyy-mm-dd, fractions as whole percentages. */
import { type BriefCell, type BriefColumnKind, formatDate, formatDateTime } from "../../core";

export function cellText(cell: BriefCell, kind: BriefColumnKind): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  switch (kind) {
    case "date":
      return formatDate(cell);
    case "dateTime":
      return formatDateTime(cell);
    case "percent":
      return `${Math.round(cell * 100)}%`;
    default:
      return String(cell);
  }
}
