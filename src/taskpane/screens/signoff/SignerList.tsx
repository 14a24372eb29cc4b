import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import {
  type Choice,
  type FieldChange,
  type FormSignoffState,
  getTemplate,
  type Language,
  type SignerState,
  type SignerStatus,
  shortCode,
  slotsOf,
  tablesOf,
  type TemplateId,
} from "../../../core";
import { utcTime } from "./format";
import { SIGNOFF_STRINGS } from "./strings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: "8px" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: tokens.spacingVerticalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  /** Long states ("Needs re-signing: the form changed") wrap inside the badge on a narrow pane. */
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "start" },
  diff: { margin: 0, paddingLeft: "16px" },
});

const COLOR: Record<SignerStatus, "success" | "danger" | "warning" | "informative" | "subtle"> = {
  approved: "success",
  rejected: "danger",
  stale: "warning",
  superseded: "warning",
  missing: "subtle",
};

/** The choices of a signed key's field (`meetingFrequency`, `responsibilities.2.role`), for showing ids as labels. */
function choicesOf(template: TemplateId, key: string): readonly Choice[] {
  const definition = getTemplate(template);
  const slot = slotsOf(definition).find((s) => s.key === key);
  if (slot) return slot.field.choices ?? [];
  const [table, , column] = key.split(".");
  return (
    tablesOf(definition)
      .find((x) => x.id === table)
      ?.columns.find((c) => c.id === column)?.choices ?? []
  );
}

function shown(template: TemplateId, change: FieldChange, value: string | null, language: Language): string {
  if (value === null) return "—";
  const choices = choicesOf(template, change.key);
  const text = value
    .split(", ")
    .map((id) => choices.find((c) => c.id === id)?.label[language] ?? id)
    .join(", ");
  return `“${choices.length ? text : value}”`;
}

function Changes({
  template,
  changes,
  language,
}: {
  template: TemplateId;
  changes: readonly FieldChange[];
  language: Language;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.diff} aria-label={SIGNOFF_STRINGS[language].changed}>
      {changes.map((change) => (
        <li key={change.key}>
          <Caption1>
            {change.label[language]}: {shown(template, change, change.before, language)} →{" "}
            {shown(template, change, change.after, language)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

function Signer({ template, state, language }: { template: TemplateId; state: SignerState; language: Language }) {
  const styles = useStyles();
  const t = SIGNOFF_STRINGS[language];
  const { entry } = state;
  const rejectedBefore = state.status === "stale" && entry?.decision === "reject";
  const label = rejectedBefore ? t.staleRejected : t.status[state.status];
  return (
    <li className={styles.item} aria-label={`${state.signer.label[language]}: ${label}`}>
      <div className={styles.head}>
        <Body1>{state.signer.label[language]}</Body1>
        <Badge appearance="tint" color={rejectedBefore ? "danger" : COLOR[state.status]} className={styles.badge}>
          {label}
        </Badge>
        {state.toConfirm.length > 0 && (
          <Badge appearance="tint" color="important" className={styles.badge}>
            {t.toConfirm}
          </Badge>
        )}
      </div>
      {state.signer.addedBy && <Caption1 className={styles.muted}>{t.addedBy(state.signer.addedBy)}</Caption1>}
      {entry && (
        <Caption1 className={styles.muted}>
          {t.signedBy(entry.signer, utcTime(entry.at), shortCode(entry.fp))}
          {entry.identity === "self" ? ` · ${t.typedName}` : ""}
        </Caption1>
      )}
      {entry?.comment && <Caption1>{t.comment(entry.comment)}</Caption1>}
      {state.status === "stale" && state.changes.length > 0 && (
        <>
          <Caption1>{t.changed}</Caption1>
          <Changes template={template} changes={state.changes} language={language} />
        </>
      )}
      {state.toConfirm.map((finding, i) => (
        <Caption1 key={i}>{finding.message[language]}</Caption1>
      ))}
    </li>
  );
}

/** Each required signer with their state: the decision and when, what changed since, what a person should confirm. */
export function SignerList({
  template,
  state,
  language,
}: {
  template: TemplateId;
  state: FormSignoffState;
  language: Language;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={SIGNOFF_STRINGS[language].signers}>
      {state.signers.map((signer) => (
        <Signer
          key={`${signer.signer.role}:${signer.signer.department}`}
          template={template}
          state={signer}
          language={language}
        />
      ))}
    </ul>
  );
}
