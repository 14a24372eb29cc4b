import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { getTemplate, type Language } from "../../../core";
import type { TemplateFile } from "../../../files";
import type { TemplateInstance } from "../../../hosts/types";
import { InstanceList } from "../../components/InstanceList";
import { Notice, type NoticeMessage } from "../../components/Notice";
import type { PaneHost } from "../../connect";
import { describeError } from "../../office-errors";
import { instanceStates, type ProjectView } from "../../shell/routes";
import { stringsFor } from "../../strings";
import type { VersionCheck } from "../../version-check";
import { BlankForms } from "./BlankForms";
import { ExistingList, hasListActions } from "./existing-list";
import { InsertTemplate } from "./InsertTemplate";

export interface TemplatesScreenProps {
  host: PaneHost;
  language: Language;
  versionCheck: VersionCheck;
  /** The file's content as last read (its instances are listed), or null while it loads. */
  project: ProjectView | null;
  /** Re-reads the file after an insert. */
  onChanged?(): void;
  files?: () => Promise<TemplateFile[]>;
  save?: (file: TemplateFile, bytes: Uint8Array) => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** Templates: insert one, the ones in the file, and blank forms to download, each with its own messages. */
export function TemplatesScreen({
  host,
  language,
  versionCheck,
  project,
  onChanged,
  files,
  save,
}: TemplatesScreenProps) {
  const styles = useStyles();
  const t = stringsFor(language);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const states = useMemo(() => (project ? instanceStates(project.state) : new Map()), [project]);

  const open = async (instance: TemplateInstance) => {
    const name = getTemplate(instance.record.template).name[language];
    try {
      await host.selectInstance(instance.record);
      setMessage({ intent: "success", text: t.home.opened(name) });
    } catch (error) {
      setMessage({ intent: "error", text: t.home.openFailed(name, describeError(error, language)) });
    }
  };

  return (
    <>
      <InsertTemplate host={host} language={language} versionCheck={versionCheck} onInserted={() => onChanged?.()} />
      {hasListActions(host) && <ExistingList host={host} language={language} />}
      {project && project.snapshot.instances.length > 0 && (
        <section className={styles.section} aria-labelledby="concord-templates-in-file">
          <Subtitle2 as="h2" id="concord-templates-in-file" block className={styles.heading}>
            {t.home.inFileHeading}
          </Subtitle2>
          <InstanceList
            instances={project.snapshot.instances}
            states={states}
            language={language}
            label={t.home.inFileHeading}
            onOpen={(instance) => void open(instance)}
          />
          <Notice message={message} dismissLabel={t.shell.dismiss} onDismiss={() => setMessage(null)} />
        </section>
      )}
      {files && <BlankForms hostKind={host.kind} language={language} files={files} save={save} />}
    </>
  );
}
