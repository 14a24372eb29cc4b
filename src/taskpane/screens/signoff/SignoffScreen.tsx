import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { APPROVAL, shortCode } from "../../../core";
import { useSignoffEnvironment } from "../../keys";
import { AcceptanceNotice } from "./AcceptanceNotice";
import { formName } from "./format";
import type { ScreenProps } from "./screen-props";
import { SignerList } from "./SignerList";
import { SignForm } from "./SignForm";
import {
  describeError,
  loadSignoff,
  NotAcceptedError,
  type SignInput,
  signForm,
  type SignoffData,
} from "./signoff-data";
import { SIGNOFF_STRINGS } from "./strings";
import { VerifyPanel } from "./VerifyPanel";
import { ScreenNotice, type ScreenNoticeMessage } from "./ScreenNotice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Fluent's Text components are inline even as <p>: block, so consecutive lines do not run together.
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
});

/**
 * A form's sign-off: who must sign and where each stands (stale signatures with what changed, keys to confirm), a
 * form to sign, and the ledger's verification.
 */
export function SignoffScreen({ host, language, instance, onNavigate }: ScreenProps) {
  const styles = useStyles();
  const t = SIGNOFF_STRINGS[language];
  const environment = useSignoffEnvironment();
  const name = formName(instance.template, language);
  const [data, setData] = useState<SignoffData | null>(null);
  const [officeName, setOfficeName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<"load" | "sign" | "verify" | null>("load");
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const [verified, setVerified] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const reasonIds = { summary: useId(), reasons: useId() };

  const load = useCallback(async () => {
    const { crypto } = environment;
    if (!crypto) {
      setFailure(t.noCrypto);
      setBusy(null);
      return;
    }
    setBusy("load");
    setFailure(null);
    try {
      const [loaded, user] = await Promise.all([
        loadSignoff(host, instance, crypto),
        host.currentUser().catch(() => null),
      ]);
      setData(loaded);
      setOfficeName(user);
    } catch (error) {
      setFailure(describeError(error, language));
    } finally {
      setBusy(null);
    }
  }, [environment, host, instance, language, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const sign = async (input: SignInput) => {
    if (!environment.crypto) return;
    setBusy("sign");
    setNotice(null);
    try {
      const keys = await environment.keys();
      const after = await signForm(host, instance, input, { crypto: environment.crypto, keys, now: environment.now() });
      setData(after);
      const entry = after.ledger.entries[after.ledger.entries.length - 1];
      const decision = APPROVAL.find((c) => c.id === entry.decision)?.label[language] ?? entry.decision;
      const lines = [t.signed(entry.signer, decision, shortCode(entry.fp))];
      if (keys.status !== "stored") lines.push(t.keyStatus[keys.status]);
      if (after.state.status === "signed" && host.capabilities.lockForms) lines.push(t.locked);
      setNotice({ intent: keys.keys ? "success" : "warning", lines });
    } catch (error) {
      // The results changed in the file since the screen read it: show the checklist as it is now.
      if (error instanceof NotAcceptedError) setData(error.data);
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  };

  const blocked = data?.acceptance && !data.acceptance.accepted;

  const verify = async () => {
    setVerified(false);
    await load();
    setVerified(true);
  };

  return (
    <section className={styles.root} aria-labelledby="concord-signoff-heading" aria-busy={busy !== null}>
      <Subtitle1 as="h2" id="concord-signoff-heading" className={styles.text}>
        {t.heading(name)}
      </Subtitle1>
      {busy === "load" && <Spinner size="small" label={t.loading} />}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {data?.ledgerProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.ledgerProblem(data.ledgerProblem.messages[language])}</MessageBarBody>
        </MessageBar>
      )}
      <ScreenNotice ref={noticeRef} notice={notice} />
      {data && (
        <>
          <Body1 as="p" className={styles.text}>
            {data.state.message[language]}
          </Body1>
          {data.acceptance && (
            <AcceptanceNotice
              verdict={data.acceptance}
              language={language}
              reasonIds={reasonIds}
              onChangeResults={onNavigate && (() => onNavigate({ screen: "forms", instance }))}
            />
          )}
          <div className={styles.row}>
            <Button onClick={() => void host.selectInstance(instance).catch(() => undefined)}>
              {t.showForm(name)}
            </Button>
            {onNavigate && (
              <Button onClick={() => onNavigate({ screen: "forms", instance })}>{t.editForm(name)}</Button>
            )}
          </div>
          {data.state.signers.length === 0 ? (
            <Body1 as="p" className={styles.text}>
              {t.notSigned}
            </Body1>
          ) : (
            <>
              <SignerList template={instance.template} state={data.state} language={language} />
              <SignForm
                key={data.ledger.entries.length}
                state={data.state}
                language={language}
                formName={name}
                officeName={officeName}
                busy={busy !== null}
                approveBlockedBy={blocked ? `${reasonIds.summary} ${reasonIds.reasons}` : undefined}
                onSign={(input) => void sign(input)}
              />
            </>
          )}
          <div className={styles.row}>
            <Button onClick={() => void verify()} disabled={busy !== null}>
              {t.verify}
            </Button>
          </div>
          {busy === "verify" && <Spinner size="small" label={t.verifying} />}
          {verified && <VerifyPanel report={data.report} language={language} />}
        </>
      )}
    </section>
  );
}
