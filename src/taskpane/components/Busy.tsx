import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  ring: {
    width: "16px",
    height: "16px",
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: "50%",
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: "rotate(360deg)" } },
    animationDuration: "0.9s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
  label: { color: tokens.colorNeutralForeground2 },
});

/** A small named spinner (role progressbar, labelled by its visible text); lighter than Fluent's for the first screen. */
export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div role="progressbar" aria-labelledby={id} className={styles.root}>
      <span className={styles.ring} aria-hidden="true" />
      <span id={id} className={styles.label}>
        {label}
      </span>
    </div>
  );
}
