/**
 * Concord's house style: the colours every rendering of a template uses (Excel host, .xlsx writer, Word forms).
 */
export const WORD_COLOURS = {
  ink: "1F3864",
  line: "8EA0B8",
  labelFill: "F2F4F7",
  headerFill: "DCE4F0",
  required: "C00000",
} as const;
