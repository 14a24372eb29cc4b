import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "./text";
import { getTemplate, type Language, type StepStatus } from "../../core";
import type { TemplateInstance } from "../../hosts/types";
import { stringsFor } from "../strings";
import { StateBadge } from "./StateBadge";

export interface InstanceListProps {
  instances: readonly TemplateInstance[];
  /** Each instance's state from the loop, by instance id (rows without one show no state). */
  states: ReadonlyMap<string, { state: StepStatus; summary: Readonly<Record<Language, string>> }>;
  language: Language;
  label: string;
  onOpen(instance: TemplateInstance): void;
  /** The instance being opened (its button shows it), or null. */
  opening?: string | null;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "4px" },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: "2px", minWidth: 0 },
  open: { justifyContent: "flex-start", textAlign: "start", maxWidth: "100%", minWidth: 0, height: "auto" },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
});

/** The forms in the file by name and state (never by id or locale code); each row goes to its form. */
export function InstanceList({ instances, states, language, label, onOpen, opening = null }: InstanceListProps) {
  const styles = useStyles();
  const t = stringsFor(language);
  const text = useText();
  return (
    <ul className={styles.list} aria-label={label}>
      {instances.map((instance) => {
        const { record, location } = instance;
        const name = getTemplate(record.template).name[language];
        // The accessible name contains the visible text (WCAG 2.5.3), so speech users can say what they see.
        const shown = `${record.template} · ${name}`;
        const found = states.get(record.id);
        return (
          <li key={`${record.template}:${record.id}`} className={styles.item}>
            <Button
              appearance="subtle"
              className={styles.open}
              aria-label={t.home.open(shown, location)}
              disabled={opening !== null}
              onClick={() => onOpen(instance)}
            >
              <span className={text.body1}>{shown}</span>
            </Button>
            <div className={styles.meta}>
              <span className={text.caption1}>{location}</span>
              {found && (
                <>
                  <StateBadge state={found.state}>{t.home.state[found.state]}</StateBadge>
                  <span className={text.caption1}>{found.summary[language]}</span>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
