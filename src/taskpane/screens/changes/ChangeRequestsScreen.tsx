import { Body1, Button, makeStyles, Spinner, Subtitle1, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { APPROVAL, type FormSignoffState, type InstanceRecord } from "../../../core";
import type { FieldValues, ProjectSnapshot } from "../../../hosts/types";
import { useSignoffEnvironment } from "../../keys";
import { todaySerial } from "../forms";
import {
  describeError,
  formName,
  type ScreenProps,
  SIGNOFF_STRINGS,
  SignerList,
  SignForm,
  type SignInput,
  signForm,
  signoffStates,
  ScreenNotice,
  type ScreenNoticeMessage,
} from "../signoff";
import { RaiseChange } from "./RaiseChange";
import { CHANGES_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  request: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Fluent's Text components are inline even as <p>: block, so consecutive lines do not run together.
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
});

interface Loaded {
  snapshot: ProjectSnapshot;
  states: Map<string, FormSignoffState>;
  officeName: string | null;
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));

/**
 * Change requests (T5): raise one (inserted into the file and filled in one batch), the collaboration lead approves
 * or rejects it (a sign-off on the T5 as lead); an approval unlocks the consensus form and calls for its full
 * re-sign-off, with any department the change adds as a new signer (the core derives both from the ledger).
 */
export function ChangeRequestsScreen({ host, language, instance, onNavigate }: ScreenProps) {
  const styles = useStyles();
  const t = CHANGES_STRINGS[language];
  const environment = useSignoffEnvironment();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<"load" | "raise" | "decide" | null>("load");
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    if (!environment.crypto) {
      setNotice({ intent: "error", lines: [SIGNOFF_STRINGS[language].noCrypto] });
      setBusy(null);
      return;
    }
    const crypto = environment.crypto;
    setBusy("load");
    try {
      const [snapshot, officeName] = await Promise.all([host.readProject(), host.currentUser().catch(() => null)]);
      const { states } = await signoffStates(snapshot, crypto);
      setLoaded({ snapshot, states, officeName });
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  }, [environment, host, language]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const records = (template: "T2" | "T5") =>
    loaded?.snapshot.instances.filter((i) => i.record.template === template).map((i) => i.record) ?? [];
  const requests = records("T5");
  const consensus = records("T2")[0] ?? null;
  const consensusName = formName("T2", language);
  const changeId = (record: InstanceRecord) => text(loaded?.snapshot.forms[record.id]?.values.changeId) || record.id;

  const raise = async (values: FieldValues) => {
    setBusy("raise");
    try {
      const inserted = await host.insertTemplate("T5", instance.language);
      await host.writeFields(inserted.record, values);
      await load();
      setNotice({ intent: "success", lines: [t.raised(text(values.changeId) || inserted.record.id)] });
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  };

  const decide = async (request: InstanceRecord, input: SignInput) => {
    if (!environment.crypto) return;
    setBusy("decide");
    try {
      const decision = APPROVAL.find((c) => c.id === input.decision)!.label[request.language];
      // Decision and closing date are sign-off fields: writing them does not make any signature stale.
      await host.writeFields(request, { decision, dateClosed: todaySerial(environment.now()) });
      const keys = await environment.keys();
      await signForm(host, request, input, { crypto: environment.crypto, keys, now: environment.now() });
      const lines = [input.decision === "approve" ? t.approved(changeId(request)) : t.rejected(changeId(request))];
      if (input.decision === "approve") {
        for (const record of records("T2")) await host.setFormLocked(record, false);
        if (consensus) {
          lines.push(t.resign(consensusName));
          if (host.capabilities.lockForms) lines.push(t.unlocked(consensusName));
        }
      }
      await load();
      setNotice({ intent: "success", lines });
    } catch (error) {
      setNotice({ intent: "error", lines: [describeError(error, language)] });
    } finally {
      setBusy(null);
    }
  };

  const nextId = `CR-${String(requests.length + 1).padStart(3, "0")}`;
  const projectName = consensus ? text(loaded?.snapshot.forms[consensus.id]?.values.projectName) : "";
  const consensusState = consensus ? loaded?.states.get(consensus.id) : undefined;

  return (
    <section className={styles.root} aria-labelledby="concord-changes-heading" aria-busy={busy !== null}>
      <Subtitle1 as="h2" id="concord-changes-heading" className={styles.text}>
        {t.heading}
      </Subtitle1>
      <Body1 as="p" className={styles.text}>
        {t.intro}
      </Body1>
      {busy === "load" && <Spinner size="small" label={t.loading} />}
      <ScreenNotice ref={noticeRef} notice={notice} />
      {consensus && consensusState && (
        <div className={styles.row}>
          <Body1 as="p" className={styles.text}>
            {consensusState.message[language]}
          </Body1>
          {onNavigate && (
            <Button onClick={() => onNavigate({ screen: "signoff", instance: consensus })}>
              {t.goToSignoff(consensusName)}
            </Button>
          )}
        </div>
      )}
      {loaded && requests.length === 0 && (
        <Body1 as="p" className={styles.text}>
          {t.none}
        </Body1>
      )}
      {loaded &&
        requests.map((request) => {
          const state = loaded.states.get(request.id);
          const id = changeId(request);
          const values = loaded.snapshot.forms[request.id]?.values ?? {};
          return (
            <section key={request.id} className={styles.request} aria-label={t.request(id, text(values.raisedBy))}>
              <Subtitle2 as="h3" className={styles.text}>
                {t.request(id, text(values.raisedBy))}
              </Subtitle2>
              {text(values.description) && (
                <Body1 as="p" className={styles.text}>
                  {text(values.description)}
                </Body1>
              )}
              {state && (
                <>
                  <Body1 as="p" className={styles.text}>
                    {state.message[language]}
                  </Body1>
                  <SignerList template="T5" state={state} language={language} />
                  {state.status !== "signed" && state.status !== "rejected" && (
                    <SignForm
                      key={`${request.id}:${loaded.snapshot.ledger.length}`}
                      state={state}
                      language={language}
                      formName={`${formName("T5", language)} ${id}`}
                      officeName={loaded.officeName}
                      busy={busy !== null}
                      onSign={(input) => void decide(request, input)}
                    />
                  )}
                </>
              )}
              <div className={styles.row}>
                <Button onClick={() => void host.selectInstance(request).catch(() => undefined)}>
                  {t.showRequest(id)}
                </Button>
              </div>
            </section>
          );
        })}
      {loaded && (
        <RaiseChange
          key={`${requests.length}`}
          language={language}
          formLanguage={instance.language}
          initial={{ changeId: nextId, ...(projectName ? { projectName } : {}) }}
          busy={busy !== null}
          onRaise={(values) => void raise(values)}
          onInvalid={(missing) => setNotice({ intent: "error", lines: [t.missing(missing)] })}
        />
      )}
    </section>
  );
}
