/**
 * Form steps the end-to-end flows share: insert a template and open it on the Forms screen, and sign a form as every
 * signer it requires, one after the other.
 */
import type { Locator } from "playwright-core";
import type { TemplateId } from "../../../src/core";
import { FORMS_STRINGS } from "../../../src/taskpane/screens/forms/strings";
import { SIGNOFF_STRINGS } from "../../../src/taskpane/screens/signoff/strings";
import type { Pane } from "./pane";

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Templates → insert the form; Home → open it on the Forms screen; resolves to the Forms screen's region. */
export async function insertAndOpen(pane: Pane, template: TemplateId, name: string): Promise<Locator> {
  const { t } = pane;
  await pane.go("templates");
  const insert = pane.region(t.templates.insertHeading);
  await pane.choose(insert.getByRole("combobox", { name: t.templates.templateLabel }), `${template} · ${name}`);
  await pane.press(insert.getByRole("button", { name: t.templates.insert(template, name) }));
  await insert
    .getByText(t.templates.inserted(name, ["\u0000"], "excel").split("\u0000")[0])
    .first()
    .waitFor();
  await pane.go("home");
  const inFile = pane.region(t.home.inFileHeading).getByRole("list", { name: t.home.inFileHeading });
  const opens = t.home.open(`${template} · ${name}`, "\u0000").split("\u0000")[0];
  const row = inFile.getByRole("button", { name: new RegExp(`^${escapeRegExp(opens)}`) });
  await row.first().waitFor();
  // The form just inserted is the last of its template in the file.
  await pane.press(row.last());
  const fill = pane.region(FORMS_STRINGS[pane.language].heading(`${template} ${name}`));
  await fill.waitFor();
  await pane.idle();
  return fill;
}

export interface Signers {
  /** Names typed for the signers, in turn. */
  people: readonly string[];
  /** Typed where the department is not given by the form (the lead's). */
  leadDepartment: string;
}

/** Signs as every required signer, one after the other, until every signer shows Approved; the signers' labels. */
export async function signByAll(pane: Pane, signoff: Locator, form: string, signers: Signers): Promise<string[]> {
  const s = SIGNOFF_STRINGS[pane.language];
  const list = signoff.getByRole("list", { name: s.signers });
  const labels = await list
    .getByRole("listitem")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  const who = labels.map((l) => l.slice(0, l.lastIndexOf(": ")));
  for (const [i, signer] of who.entries()) {
    const sign = signoff.getByRole("form", { name: s.signHeading });
    await pane.choose(sign.getByRole("combobox", { name: s.signAs }), signer);
    const person = signers.people[i % signers.people.length];
    await pane.type(sign.getByRole("textbox", { name: s.name }), person);
    const department = sign.getByRole("textbox", { name: s.department });
    if ((await department.getAttribute("readonly")) === null) await pane.type(department, signers.leadDepartment);
    await pane.press(sign.getByRole("button", { name: s.sign(form) }));
    await signoff
      .getByText(s.signed(person, "", "").split(/[:：]/)[0])
      .first()
      .waitFor();
    await pane.idle();
  }
  await signoff.page().waitForFunction(
    ([name, approved]) => {
      const items = [...(document.querySelector(`ul[aria-label="${name}"]`)?.querySelectorAll(":scope > li") ?? [])];
      return items.length > 0 && items.every((li) => li.getAttribute("aria-label")?.endsWith(`: ${approved}`));
    },
    [s.signers, s.status.approved],
  );
  return who;
}
