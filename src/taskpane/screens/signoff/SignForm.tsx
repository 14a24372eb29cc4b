import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, useState } from "react";
import type { FormSignoffState, Language, RequiredSigner, SignoffDecision } from "../../../core";
import type { SignInput } from "./signoff-data";
import { SIGNOFF_STRINGS } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
  field: { minWidth: 0, overflowWrap: "anywhere" },
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
});

export interface SignFormProps {
  state: FormSignoffState;
  language: Language;
  /** "T2 Consensus form": names the button. */
  formName: string;
  /** The Office user's name, when Office gives one (read before the form is shown: it prefills the name). */
  officeName: string | null;
  busy: boolean;
  /**
   * Set when approving is unavailable (a T7 that is not accepted): the ids of the text saying why, for the Approve
   * choice's aria-describedby. Rejecting stays available and is then the decision.
   */
  approveBlockedBy?: string;
  onSign(input: SignInput): void;
}

/** The signer to offer first: the next one due, else the first without a current approval, else the first. */
function firstChoice(state: FormSignoffState): number {
  const next = state.next[0];
  const index = next ? state.signers.findIndex((s) => s.signer === next) : -1;
  if (index >= 0) return index;
  return Math.max(
    0,
    state.signers.findIndex((s) => s.status !== "approved"),
  );
}

interface Problems {
  name?: string;
  department?: string;
  comment?: string;
}

/** Sign as one of the required signers: name (from Office or typed), department, approve or reject with a comment. */
export function SignForm({ state, language, formName, officeName, busy, approveBlockedBy, onSign }: SignFormProps) {
  const styles = useStyles();
  const t = SIGNOFF_STRINGS[language];
  const [pick, setPick] = useState(() => firstChoice(state));
  const [name, setName] = useState(officeName ?? "");
  const [department, setDepartment] = useState("");
  const [chosen, setDecision] = useState<SignoffDecision>("approve");
  // Recomputed on every render: a verdict that changes on reload takes effect without remounting the form.
  const approvable = approveBlockedBy === undefined;
  const decision: SignoffDecision = approvable ? chosen : "reject";
  const [comment, setComment] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const signer: RequiredSigner | undefined = state.signers[pick]?.signer;

  if (!signer) return null;
  const anyDepartment = signer.department === "";
  const identity = officeName !== null && name.trim() === officeName.trim() ? "host" : "self";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (name.trim() === "") found.name = t.nameRequired;
    if (anyDepartment && department.trim() === "") found.department = t.departmentRequired;
    if (decision === "reject" && comment.trim() === "") found.comment = t.commentRequired;
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    onSign({
      signer,
      name,
      identity,
      department: anyDepartment ? department : signer.department,
      decision,
      comment,
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t.signHeading} noValidate>
      <Subtitle2 as="h3" className={styles.text}>
        {t.signHeading}
      </Subtitle2>
      <Field className={styles.field} label={t.signAs}>
        <Select className={styles.control} value={String(pick)} onChange={(_, data) => setPick(Number(data.value))}>
          {state.signers.map((s, i) => (
            <option key={i} value={i}>
              {s.signer.label[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className={styles.field}
        label={t.name}
        required
        validationMessage={problems.name}
        hint={identity === "host" ? t.nameFromOffice : t.selfDeclared}
      >
        <Input
          className={styles.control}
          value={name}
          onChange={(_, data) => setName(data.value)}
          autoComplete="name"
        />
      </Field>
      <Field
        className={styles.field}
        label={t.department}
        required
        validationMessage={problems.department}
        hint={anyDepartment ? t.departmentHint : undefined}
      >
        <Input
          className={styles.control}
          value={anyDepartment ? department : signer.department}
          readOnly={!anyDepartment}
          onChange={(_, data) => setDepartment(data.value)}
        />
      </Field>
      <Field className={styles.field} label={t.decision}>
        <RadioGroup value={decision} onChange={(_, data) => setDecision(data.value as SignoffDecision)}>
          <Radio value="approve" label={t.approve} disabled={!approvable} aria-describedby={approveBlockedBy} />
          <Radio value="reject" label={t.reject} />
        </RadioGroup>
      </Field>
      <Field
        className={styles.field}
        label={t.commentLabel}
        required={decision === "reject"}
        validationMessage={problems.comment}
      >
        <Textarea
          className={styles.control}
          value={comment}
          onChange={(_, data) => setComment(data.value)}
          resize="vertical"
        />
      </Field>
      <Button
        type="submit"
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" aria-label={t.signing} /> : undefined}
      >
        {t.sign(formName)}
      </Button>
    </form>
  );
}
