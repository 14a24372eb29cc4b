import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core";
import { stringsFor } from "../strings";
import type { ScreenId } from "./routes";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

/** The screens as a row of buttons that wraps on a narrow pane; the current one is marked (aria-current). */
export function Navigation({
  screens,
  current,
  language,
  onSelect,
}: {
  screens: readonly ScreenId[];
  current: ScreenId;
  language: Language;
  onSelect(screen: ScreenId): void;
}) {
  const styles = useStyles();
  const t = stringsFor(language).shell;
  return (
    <nav aria-label={t.navigation}>
      <ul className={styles.list}>
        {screens.map((id) => (
          <li key={id}>
            <Button
              size="small"
              appearance={id === current ? "primary" : "subtle"}
              aria-current={id === current ? "page" : undefined}
              onClick={() => onSelect(id)}
            >
              {t.screens[id]}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
