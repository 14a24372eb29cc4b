import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { archiveOf, type CaseArchive, type Language, type SignoffCrypto } from "../../../core";
import { Busy } from "../../components/Busy";
import { browserDownload, type DownloadFile } from "../../components/download";
import { useText } from "../../components/text";
import type { PaneHost } from "../../connect";
import { describeError, ScreenNotice, type ScreenNoticeMessage } from "../signoff";
import { archiveFile } from "./archive-files";
import { ARCHIVE_STRINGS } from "./strings";

export interface ArchiveScreenProps {
  host: PaneHost;
  language: Language;
  /** Verifies the ledger's signatures; the browser's Web Crypto by default (absent outside a secure page). */
  crypto?: SignoffCrypto;
  /** Saves a file; the browser download by default. */
  save?: (file: DownloadFile, bytes: Uint8Array) => void;
  /** When the archive is made; the system clock by default. */
  now?: () => Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  text: { display: "block", margin: 0, overflowWrap: "anywhere" },
  heading: { display: "block", margin: 0, outlineStyle: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: "4px" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  button: { maxWidth: "100%", height: "auto" },
});

const webCrypto = () => globalThis.crypto?.subtle as SignoffCrypto | undefined;

/**
 * The case archive (loop step 11): the whole file read in one `readProject`, the ledger verified, each form listed
 * with its state, and the archive saved as a .docx and as JSON (the writer loads on the first download).
 */
export function ArchiveScreen({
  host,
  language,
  crypto = webCrypto(),
  save = browserDownload,
  now,
}: ArchiveScreenProps) {
  const styles = useStyles();
  const text = useText();
  const t = ARCHIVE_STRINGS[language];
  const [archive, setArchive] = useState<CaseArchive | null>(null);
  const [reading, setReading] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [notice, setNotice] = useState<ScreenNoticeMessage>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const read = useCallback(async () => {
    setReading(true);
    setFailure(null);
    try {
      if (!crypto) throw new Error(ARCHIVE_STRINGS[language].noCrypto);
      const generatedAt = now ? now() : new Date();
      setArchive(await archiveOf(await host.readProject(), { crypto, generatedAt }));
    } catch (error) {
      setFailure(describeError(error, language));
    } finally {
      setReading(false);
    }
  }, [host, crypto, language, now]);

  useEffect(() => {
    void read();
  }, [read]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const download = async (kind: "docx" | "json") => {
    if (!archive) return;
    setPreparing(kind);
    setNotice(null);
    try {
      const file = await archiveFile(archive, kind);
      save(file, file.bytes);
      setNotice({ intent: "success", lines: [t.downloaded(file.fileName)] });
    } catch (error) {
      setNotice({ intent: "error", lines: [t.downloadFailed(describeError(error, language))] });
    } finally {
      setPreparing(null);
    }
  };

  const verification = archive?.verification;
  return (
    <section className={styles.root} aria-labelledby="concord-archive-heading" aria-busy={reading || !!preparing}>
      <Subtitle1 as="h2" id="concord-archive-heading" className={styles.text}>
        {t.heading}
      </Subtitle1>
      <p className={styles.text}>{t.about}</p>
      {reading && <Busy label={t.reading} />}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <span className={styles.text}>{t.readFailed(failure)}</span>
            <Button size="small" onClick={() => void read()}>
              {t.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {archive && verification && (
        <>
          <div className={styles.row}>
            {(["docx", "json"] as const).map((kind) => (
              <Button
                key={kind}
                appearance={kind === "docx" ? "primary" : "secondary"}
                className={styles.button}
                disabled={reading || preparing !== null}
                onClick={() => void download(kind)}
              >
                {t.download[kind]}
              </Button>
            ))}
          </div>
          {preparing && <Busy label={t.preparing(`.${preparing}`)} />}
          <ScreenNotice ref={noticeRef} notice={notice} />
          <h3 className={mergeClasses(text.subtitle2, styles.heading)}>{t.contents(archive.instances.length)}</h3>
          <ul className={styles.list}>
            {archive.instances.map((i) => (
              <li key={i.instance} className={styles.text}>
                {t.item(
                  i.template,
                  i.name[language],
                  i.location,
                  i.state.message[language],
                  t.signatures(i.signatures.length),
                )}
              </li>
            ))}
          </ul>
          <h3 className={mergeClasses(text.subtitle2, styles.heading)}>{t.ledgerHeading}</h3>
          <MessageBar intent={verification.intact ? "success" : "warning"}>
            <MessageBarBody>
              <span className={styles.text}>{verification.summary[language]}</span>
              {verification.problem && <span className={styles.text}>{verification.problem[language]}</span>}
            </MessageBarBody>
          </MessageBar>
        </>
      )}
    </section>
  );
}
