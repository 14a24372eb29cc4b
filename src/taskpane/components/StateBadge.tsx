import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StepStatus } from "../../core";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  current: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  todo: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  attention: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  blocked: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
});

/** A step's or form's state as a small tinted label (the word is always shown: colour is never the only cue). */
export function StateBadge({ state, children }: { state: StepStatus; children: string }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles[state])}>{children}</span>;
}
