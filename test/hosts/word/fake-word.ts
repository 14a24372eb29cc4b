/**
 * A sync-counting fake of the parts of the Word object model the Word host uses (office-addin-mock has no
 * collections): document, body, getSelection, Range.insertOoxml (parses the Flat OPC package it gets and creates
 * the content controls tagged in it), contentControls with getByTag/items, ContentControl tag/title/text/
 * insertText/clear/getRange, Range.parentBody/parentContentControlOrNullObject, Body.type.
 *
 * Proxy semantics like Office.js: a call is queued (applied to the model at once, in order); a failing call poisons
 * the rest of the batch and surfaces at the next `context.sync()`; a property can be read only after it was
 * `load`ed AND a `context.sync()` ran (PropertyNotLoaded otherwise); loaded values are snapshots.
 *
 * Faithful to Word where it matters to the host: drop-down and checkbox controls cannot be typed into (insertText
 * fails), `insertText(…, "Replace")` replaces a control's contents (nested controls included), Range "Replace"
 * deletes what the range holds, and by default hidden text (w:vanish) is not part of `text`.
 *
 * Sign-off (issue 7): ContentControl.cannotEdit/cannotDelete (a locked control refuses edits; one that cannot be
 * deleted cannot be replaced, as on Word on the web), insertOoxml at a control's start or end, getOoxml (a package
 * with the control's text split into runs, plus a styles part, counted in `ooxmlBytes`), paragraphs.getFirst().getText
 * ({ IncludeHiddenText }), select, getFirst, Document.changeTrackingMode (every write made while tracking is on is
 * listed in `revisions`: Concord should leave none) and Document.coauthoring.me. `failWrites` makes content writes
 * fail, to check that a failed batch still restores what it changed.
 */
import { DOMParser } from "@xmldom/xmldom";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "FakeWordError";
  }
}

export type FakeControlType = "RichText" | "DropDownList" | "DatePicker" | "CheckBox" | "ComboBox";
export type FakeBodyType = "MainDoc" | "TableCell" | "Header" | "Footer" | "Footnote";

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  type: FakeControlType;
  /** The text shown (placeholder included, hidden text included; `text` reads apply the hidden rule). */
  text: string;
  showingPlaceholder: boolean;
  /** Placeholder text as inserted (what `clear()` brings back). */
  placeholder: string;
  listItems: string[];
  checked: boolean | null;
  hidden: boolean;
  /** cannotEdit (w:lock contentLocked or sdtContentLocked). */
  locked: boolean;
  /** cannotDelete (w:lock sdtLocked or sdtContentLocked). */
  undeletable: boolean;
  parent: FakeControl | null;
  /** Set when a later operation removed the control (Replace, clear, insertText over it). */
  removed: boolean;
}

/** A paragraph a user typed, or a package inserted by the add-in. */
export type FakeBlock =
  | { kind: "paragraph"; text: string; body: FakeBodyType }
  | {
      kind: "package";
      controls: FakeControl[];
      /** Where it went: only "MainDoc" outside any control is right. */ body: FakeBodyType;
      insideControl: FakeControl | null;
    };

export interface FakeSelection {
  /** Index of the block holding the selection (or -1 in an empty document). */
  block: number;
  /** The selected text ("" for a cursor). */
  text: string;
  body: FakeBodyType;
  /** The content control around the selection, if any. */
  control: FakeControl | null;
}

export class FakeWordDocument {
  blocks: FakeBlock[] = [];
  selection: FakeSelection = { block: -1, text: "", body: "MainDoc", control: null };
  /** Whether `ContentControl.text` includes hidden text (Word: only while hidden text is shown). */
  hiddenTextVisible = false;
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly" = "Off";
  /** A description of every content write made while Track Changes was on. */
  revisions: string[] = [];
  /** Content writes fail (GeneralException) while set. */
  failWrites = false;
  /** `Document.coauthoring.me.name`; null: loading it fails (no co-authoring information). */
  coauthorName: string | null = null;
  /** Bytes of OOXML returned by getOoxml. */
  ooxmlBytes = 0;
  /** The control selected last and how ("Start", "Select", …). */
  selected: { control: FakeControl; mode: string } | null = null;
  private nextId = 1000;

  /** Called by every operation that changes content. */
  noteWrite(description: string): void {
    if (this.failWrites) throw new FakeWordError("GeneralException", `${description} failed`);
    if (this.changeTrackingMode !== "Off") this.revisions.push(description);
  }

  /** A document of user paragraphs with the cursor at the end of the last one. */
  static withParagraphs(...texts: string[]): FakeWordDocument {
    const doc = new FakeWordDocument();
    doc.blocks = texts.map((text) => ({ kind: "paragraph", text, body: "MainDoc" }));
    doc.selection = { block: texts.length - 1, text: "", body: "MainDoc", control: null };
    return doc;
  }

  /** Every content control in document order (removed ones left out). */
  controls(): FakeControl[] {
    return this.blocks.flatMap((b) => (b.kind === "package" ? b.controls.filter((c) => !c.removed) : []));
  }

  byTag(tag: string): FakeControl[] {
    return this.controls().filter((c) => c.tag === tag);
  }

  userParagraphs(): string[] {
    return this.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  }

  packages(): Array<Extract<FakeBlock, { kind: "package" }>> {
    return this.blocks.filter((b): b is Extract<FakeBlock, { kind: "package" }> => b.kind === "package");
  }

  /** Parses a Flat OPC package (throws on XML that is not well-formed) into controls. */
  parsePackage(ooxml: string): FakeControl[] {
    const errors: string[] = [];
    const xml = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(ooxml, "text/xml");
    if (errors.length > 0) throw new FakeWordError("InvalidArgument", `OOXML is not well-formed: ${errors[0]}`);
    const parts = Array.from(xml.getElementsByTagNameNS(PKG, "part"));
    const documentPart = parts.find((p) => p.getAttributeNS(PKG, "name") === "/word/document.xml");
    if (!documentPart) throw new FakeWordError("InvalidArgument", "no /word/document.xml part");
    const body = documentPart.getElementsByTagNameNS(W, "body")[0];
    if (!body) throw new FakeWordError("InvalidArgument", "no w:body");
    const controls: FakeControl[] = [];
    this.collect(body as unknown as Element, null, controls);
    return controls;
  }

  private collect(element: Element, parent: FakeControl | null, out: FakeControl[]): void {
    for (const child of Array.from(element.childNodes) as Element[]) {
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI === W && child.localName === "sdt") {
        const control = this.controlOf(child, parent);
        out.push(control);
        const content = directChild(child, W, "sdtContent");
        if (content) this.collect(content, control, out);
      } else {
        this.collect(child, parent, out);
      }
    }
  }

  private controlOf(sdt: Element, parent: FakeControl | null): FakeControl {
    const pr = directChild(sdt, W, "sdtPr");
    const val = (el: Element | null, ns = W) => el?.getAttributeNS(ns, "val") ?? "";
    const tag = val(pr && directChild(pr, W, "tag"));
    const title = val(pr && directChild(pr, W, "alias"));
    let type: FakeControlType = "RichText";
    let listItems: string[] = [];
    let checked: boolean | null = null;
    const dropDown = pr && directChild(pr, W, "dropDownList");
    const checkbox = pr && directChild(pr, W14, "checkbox");
    if (dropDown) {
      type = "DropDownList";
      listItems = Array.from(dropDown.getElementsByTagNameNS(W, "listItem")).map(
        (i) => i.getAttributeNS(W, "displayText") ?? "",
      );
    } else if (pr && directChild(pr, W, "comboBox")) type = "ComboBox";
    else if (pr && directChild(pr, W, "date")) type = "DatePicker";
    else if (checkbox) {
      type = "CheckBox";
      checked = val(directChild(checkbox, W14, "checked"), W14) === "1";
    }
    const rPr = pr && directChild(pr, W, "rPr");
    const showingPlaceholder = !!(pr && directChild(pr, W, "showingPlcHdr"));
    const content = directChild(sdt, W, "sdtContent");
    const text = content ? textOf(content) : "";
    return {
      id: this.nextId++,
      tag,
      title,
      type,
      text,
      showingPlaceholder,
      placeholder: showingPlaceholder ? text : "",
      listItems,
      checked,
      hidden: !!(rPr && directChild(rPr, W, "vanish")),
      locked: ["contentLocked", "sdtContentLocked"].includes(val(pr && directChild(pr, W, "lock"))),
      undeletable: ["sdtLocked", "sdtContentLocked"].includes(val(pr && directChild(pr, W, "lock"))),
      parent,
      removed: false,
    };
  }

  /** Inserts a package at a block position, remembering where it went. */
  insertPackage(ooxml: string, index: number, body: FakeBodyType, insideControl: FakeControl | null): FakeBlock {
    const controls = this.parsePackage(ooxml);
    const block: FakeBlock = { kind: "package", controls, body, insideControl };
    this.blocks.splice(index, 0, block);
    return block;
  }

  descendants(control: FakeControl): FakeControl[] {
    const all = this.controls();
    const out: FakeControl[] = [];
    const isBelow = (c: FakeControl): boolean => c.parent !== null && (c.parent === control || isBelow(c.parent));
    for (const c of all) if (isBelow(c)) out.push(c);
    return out;
  }

  /** Replaces a control (and what it holds) by the controls of a package, at the same place. */
  replaceControl(control: FakeControl, ooxml: string): void {
    const block = this.blocks.find((b) => b.kind === "package" && b.controls.includes(control));
    if (!block || block.kind !== "package") throw new FakeWordError("ItemNotFound", "control is not in the document");
    if ([control, ...this.descendants(control)].some((c) => c.undeletable)) {
      throw new FakeWordError("NotAllowed", "a content control that cannot be deleted cannot be replaced");
    }
    this.noteWrite(`replace ${control.tag}`);
    const fresh = this.parsePackage(ooxml);
    for (const c of fresh) if (c.parent === null) c.parent = control.parent;
    for (const c of this.descendants(control)) c.removed = true;
    control.removed = true;
    block.controls.splice(block.controls.indexOf(control) + 1, 0, ...fresh);
  }

  /** Inserts a package's controls at the start or end of `control` (inside it). */
  insertIntoControl(control: FakeControl, ooxml: string, location: string): FakeControl[] {
    const block = this.blocks.find((b) => b.kind === "package" && b.controls.includes(control));
    if (!block || block.kind !== "package") throw new FakeWordError("ItemNotFound", "control is not in the document");
    if (location !== "Start" && location !== "End") throw new FakeWordError("InvalidArgument", location);
    if (control.locked) throw new FakeWordError("NotAllowed", "contents are locked");
    this.noteWrite(`insert into ${control.tag}`);
    const fresh = this.parsePackage(ooxml);
    for (const c of fresh) if (c.parent === null) c.parent = control;
    // After the last control inside it (removed controls stay in the list, so positions are looked up).
    const last = Math.max(...[control, ...this.descendants(control)].map((c) => block.controls.indexOf(c)));
    const at = location === "Start" ? block.controls.indexOf(control) + 1 : last + 1;
    block.controls.splice(at, 0, ...fresh);
    return fresh;
  }

  readText(control: FakeControl, includeHidden = false): string {
    if (control.hidden && !this.hiddenTextVisible && !includeHidden) return "";
    return control.text;
  }

  /** A control's OOXML as Word returns it: a package with a styles part, the text split into several runs. */
  ooxmlOf(control: FakeControl): string {
    const escape = (t: string) =>
      t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const runs = (control.text.match(/[\s\S]{1,40}/g) ?? [])
      .map(
        (part, i) =>
          `<w:r><w:rPr>${control.hidden ? "<w:vanish/>" : ""}</w:rPr><w:t${i % 2 ? ' xml:space="preserve"' : ""}>${escape(part)}</w:t></w:r>`,
      )
      .join("");
    const styles = `<w:styles>${"<w:style/>".repeat(2000)}</w:styles>`;
    const xml =
      `<pkg:package xmlns:pkg="${PKG}"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData>` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:sdt><w:sdtPr><w:alias w:val="${escape(control.title)}"/>` +
      `<w:tag w:val="${escape(control.tag)}"/></w:sdtPr><w:sdtContent>${runs}</w:sdtContent></w:sdt></w:p></w:body>` +
      `</w:document></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/styles.xml"><pkg:xmlData>${styles}` +
      `</pkg:xmlData></pkg:part></pkg:package>`;
    this.ooxmlBytes += xml.length;
    return xml;
  }
}

function directChild(element: Element, ns: string, name: string): Element | null {
  for (const child of Array.from(element.childNodes) as Element[]) {
    if (child.nodeType === 1 && child.namespaceURI === ns && child.localName === name) return child;
  }
  return null;
}

/** Text as Word reports it: paragraphs separated by \r, manual line breaks \v, tabs \t. */
function textOf(element: Element): string {
  const paragraphs: string[] = [];
  let current = "";
  let sawParagraph = false;
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes) as Element[]) {
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI !== W) continue;
      switch (child.localName) {
        case "t":
          current += child.textContent ?? "";
          break;
        case "tab":
          current += "\t";
          break;
        case "br":
          current += "\u000b";
          break;
        case "sdtPr":
        case "rPr":
        case "pPr":
          break;
        case "p":
          if (sawParagraph) (paragraphs.push(current), (current = ""));
          sawParagraph = true;
          walk(child);
          break;
        default:
          walk(child);
      }
    }
  };
  walk(element);
  paragraphs.push(current);
  return paragraphs.join("\r");
}

// ---------------------------------------------------------------------------------------------------------------
// Proxies

export class FakeRequestContext {
  syncCount = 0;
  private batchError: unknown = null;
  private pendingLoads: Array<() => void> = [];
  readonly document: FakeDocumentProxy;

  constructor(readonly model: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this);
  }

  /** Applies an operation now unless an earlier one in this batch failed (then it surfaces at sync). */
  queue(operation: () => void): void {
    if (this.batchError !== null) return;
    try {
      operation();
    } catch (error) {
      this.batchError = error;
    }
  }

  queueLoad(apply: () => () => void): void {
    this.queue(() => this.pendingLoads.push(apply()));
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const loads = this.pendingLoads;
    const error = this.batchError;
    this.pendingLoads = [];
    this.batchError = null;
    await Promise.resolve();
    if (error !== null) throw error;
    for (const load of loads) load();
  }
}

abstract class FakeProxy {
  protected readonly values = new Map<string, unknown>();
  constructor(readonly context: FakeRequestContext) {}

  protected read<T>(property: string): T {
    if (!this.values.has(property)) {
      throw new FakeWordError("PropertyNotLoaded", `${this.constructor.name}.${property} was not loaded and synced`);
    }
    return this.values.get(property) as T;
  }
}

function loadList(arg: string | string[] | undefined): string[] {
  if (arg === undefined) return [];
  const list = Array.isArray(arg) ? arg : arg.split(",");
  return list.map((s) => s.trim()).filter(Boolean);
}

const CONTROL_PROPERTIES = [
  "id",
  "tag",
  "title",
  "text",
  "type",
  "placeholderText",
  "cannotEdit",
  "cannotDelete",
] as const;

export class FakeContentControlProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeControl | null,
  ) {
    super(context);
  }

  private target(): FakeControl {
    const control = this.resolve();
    if (!control || control.removed) throw new FakeWordError("ItemNotFound", "the content control does not exist");
    return control;
  }

  load(properties?: string | string[]): this {
    const wanted = loadList(properties);
    this.context.queueLoad(() => {
      const control = this.resolve();
      const snapshot = new Map<string, unknown>([["isNullObject", !control || control.removed]]);
      if (control && !control.removed) {
        for (const p of wanted.length ? wanted : CONTROL_PROPERTIES)
          snapshot.set(p, property(this.context.model, control, p));
      }
      return () => snapshot.forEach((v, k) => this.values.set(k, v));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get id(): number {
    return this.read("id");
  }
  get tag(): string {
    return this.read("tag");
  }
  get title(): string {
    return this.read("title");
  }
  get text(): string {
    return this.read("text");
  }
  get type(): string {
    return this.read("type");
  }
  get placeholderText(): string {
    return this.read("placeholderText");
  }
  get cannotEdit(): boolean {
    return this.read("cannotEdit");
  }
  set cannotEdit(value: boolean) {
    this.context.queue(() => (this.target().locked = value));
  }
  get cannotDelete(): boolean {
    return this.read("cannotDelete");
  }
  set cannotDelete(value: boolean) {
    this.context.queue(() => (this.target().undeletable = value));
  }

  select(mode = "Select"): void {
    this.context.queue(() => {
      const control = this.target();
      const model = this.context.model;
      const block = model.blocks.findIndex((b) => b.kind === "package" && b.controls.includes(control));
      model.selection = { block, text: "", body: "MainDoc", control };
      model.selected = { control, mode };
    });
  }

  insertOoxml(ooxml: string, location: string): void {
    this.context.queue(() => void this.context.model.insertIntoControl(this.target(), ooxml, location));
  }

  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.context.queueLoad(() => {
      const ooxml = this.context.model.ooxmlOf(this.target());
      return () => result.set(ooxml);
    });
    return result;
  }

  /** Only `getFirst().getText(options)`: the control's paragraph, taken to hold just the control. */
  get paragraphs() {
    return {
      getFirst: () => ({
        getText: (options?: { IncludeHiddenText?: boolean }): FakeClientResult<string> => {
          const result = new FakeClientResult<string>();
          this.context.queueLoad(() => {
            const text = this.context.model.readText(this.target(), options?.IncludeHiddenText === true);
            return () => result.set(text);
          });
          return result;
        },
      }),
    };
  }

  insertText(text: string, location: string): void {
    this.context.queue(() => {
      const control = this.target();
      if (!["Replace", "Start", "End"].includes(location)) throw new FakeWordError("InvalidArgument", location);
      if (control.type === "DropDownList" || control.type === "CheckBox") {
        throw new FakeWordError("NotAllowed", `${control.type} content cannot be typed into`);
      }
      if (control.locked) throw new FakeWordError("NotAllowed", "contents are locked");
      this.context.model.noteWrite(`insertText ${control.tag}`);
      if (location === "Replace") {
        for (const c of this.context.model.descendants(control)) c.removed = true;
        control.text = text;
      } else control.text = location === "Start" ? text + control.text : control.text + text;
      control.showingPlaceholder = false;
    });
  }

  clear(): void {
    this.context.queue(() => {
      const control = this.target();
      if (control.locked) throw new FakeWordError("NotAllowed", "contents are locked");
      this.context.model.noteWrite(`clear ${control.tag}`);
      for (const c of this.context.model.descendants(control)) c.removed = true;
      control.text = control.placeholder;
      control.showingPlaceholder = control.placeholder !== "";
    });
  }

  getRange(location = "Whole"): FakeRangeProxy {
    return new FakeRangeProxy(this.context, { kind: "control", control: () => this.target(), location });
  }
}

function property(model: FakeWordDocument, control: FakeControl, name: string): unknown {
  switch (name) {
    case "text":
      return model.readText(control);
    case "placeholderText":
      return control.placeholder;
    case "cannotEdit":
      return control.locked;
    case "cannotDelete":
      return control.undeletable;
    case "id":
    case "tag":
    case "title":
    case "type":
      return control[name];
    default:
      throw new FakeWordError("InvalidArgument", `the fake does not know ContentControl.${name}`);
  }
}

export class FakeContentControlCollectionProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly query: () => FakeControl[],
  ) {
    super(context);
  }

  getByTag(tag: string): FakeContentControlCollectionProxy {
    return new FakeContentControlCollectionProxy(this.context, () => this.query().filter((c) => c.tag === tag));
  }

  /** The first control, resolved when an operation on it runs (ItemNotFound then if there is none). */
  getFirst(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => this.query()[0] ?? null);
  }

  /** "items/tag,items/title" or "tag,title". */
  load(properties?: string | string[]): this {
    const wanted = loadList(properties).map((p) => p.replace(/^items\//, ""));
    this.context.queueLoad(() => {
      const controls = this.query();
      const items = controls.map((control) => {
        const proxy = new FakeContentControlProxy(this.context, () => control);
        const snapshot = new Map<string, unknown>([["isNullObject", false]]);
        for (const p of wanted.length ? wanted : CONTROL_PROPERTIES)
          snapshot.set(p, property(this.context.model, control, p));
        return { proxy, snapshot };
      });
      return () => {
        for (const { proxy, snapshot } of items)
          snapshot.forEach((v, k) => (proxy as unknown as { values: Map<string, unknown> }).values.set(k, v));
        this.values.set(
          "items",
          items.map((i) => i.proxy),
        );
      };
    });
    return this;
  }

  get items(): FakeContentControlProxy[] {
    return this.read("items");
  }
}

type RangeSource =
  | { kind: "selection" }
  | { kind: "control"; control: () => FakeControl; location: string }
  | { kind: "inserted"; block: () => FakeBlock | null };

export class FakeRangeProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly source: RangeSource,
  ) {
    super(context);
  }

  private get model(): FakeWordDocument {
    return this.context.model;
  }

  insertOoxml(ooxml: string, location: string): FakeRangeProxy {
    let inserted: FakeBlock | null = null;
    this.context.queue(() => {
      if (this.source.kind === "inserted") throw new FakeWordError("NotImplemented", "insert into an inserted range");
      if (this.source.kind === "control") {
        const control = this.source.control();
        if (this.source.location !== "Whole" || location !== "Replace") {
          throw new FakeWordError(
            "NotImplemented",
            `the fake replaces whole controls only (${this.source.location}/${location})`,
          );
        }
        this.model.replaceControl(control, ooxml);
        return;
      }
      const selection = this.model.selection;
      const holder = this.model.blocks[selection.block];
      if (!["Replace", "Start", "End", "Before", "After"].includes(location))
        throw new FakeWordError("InvalidArgument", location);
      if (
        (location === "Replace" || location === "Start" || location === "End") &&
        holder?.kind === "paragraph" &&
        selection.text
      ) {
        // Replace deletes what is selected; Start/End put the package inside the selection.
        if (location === "Replace") holder.text = holder.text.replace(selection.text, "");
      }
      this.model.noteWrite("insertOoxml at the selection");
      const index = location === "Before" || location === "Start" ? Math.max(selection.block, 0) : selection.block + 1;
      inserted = this.model.insertPackage(ooxml, index, selection.body, selection.control);
    });
    return new FakeRangeProxy(this.context, { kind: "inserted", block: () => inserted });
  }

  /** Moves the selection; on an inserted range, "End" puts the cursor right after what was inserted. */
  select(mode = "Select"): void {
    this.context.queue(() => {
      if (this.source.kind !== "inserted") throw new FakeWordError("NotImplemented", "select");
      const block = this.source.block();
      if (!block) throw new FakeWordError("ItemNotFound", "nothing was inserted");
      if (mode !== "End") throw new FakeWordError("NotImplemented", `select(${mode})`);
      const body = block.kind === "package" ? block.body : "MainDoc";
      this.model.selection = { block: this.model.blocks.indexOf(block), text: "", body, control: null };
    });
  }

  get parentBody(): FakeBodyProxy {
    return new FakeBodyProxy(this.context, () => this.model.selection.body);
  }

  get parentContentControlOrNullObject(): FakeContentControlProxy {
    return new FakeContentControlProxy(this.context, () => this.model.selection.control);
  }
}

export class FakeBodyProxy extends FakeProxy {
  constructor(
    context: FakeRequestContext,
    private readonly bodyType: () => FakeBodyType,
  ) {
    super(context);
  }

  load(properties?: string | string[]): this {
    const wanted = loadList(properties);
    this.context.queueLoad(() => {
      const type = this.bodyType();
      return () => {
        if (wanted.length === 0 || wanted.includes("type")) this.values.set("type", type);
      };
    });
    return this;
  }

  get type(): string {
    return this.read("type");
  }

  insertOoxml(ooxml: string, location: string): FakeRangeProxy {
    let inserted: FakeBlock | null = null;
    this.context.queue(() => {
      const model = this.context.model;
      model.noteWrite("insertOoxml into the body");
      if (location === "Replace") {
        model.blocks = [];
        inserted = model.insertPackage(ooxml, 0, "MainDoc", null);
      } else if (location === "Start") inserted = model.insertPackage(ooxml, 0, "MainDoc", null);
      else if (location === "End") inserted = model.insertPackage(ooxml, model.blocks.length, "MainDoc", null);
      else throw new FakeWordError("InvalidArgument", `Body.insertOoxml does not take ${location}`);
    });
    return new FakeRangeProxy(this.context, { kind: "inserted", block: () => inserted });
  }
}

export class FakeDocumentProxy extends FakeProxy {
  load(properties?: string | string[]): this {
    const wanted = loadList(properties);
    this.context.queueLoad(() => {
      const mode = this.context.model.changeTrackingMode;
      return () => {
        if (wanted.length === 0 || wanted.includes("changeTrackingMode")) this.values.set("changeTrackingMode", mode);
      };
    });
    return this;
  }

  get changeTrackingMode(): string {
    return this.read("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    this.context.queue(() => {
      if (!["Off", "TrackAll", "TrackMineOnly"].includes(mode)) throw new FakeWordError("InvalidArgument", mode);
      this.context.model.changeTrackingMode = mode as FakeWordDocument["changeTrackingMode"];
    });
  }

  get coauthoring() {
    const context = this.context;
    return {
      me: {
        load(properties?: string) {
          const me = new FakeClientResult<string>();
          context.queueLoad(() => {
            if (loadList(properties).some((p) => p !== "name")) throw new FakeWordError("InvalidArgument", "name only");
            const name = context.model.coauthorName;
            if (name === null) throw new FakeWordError("GeneralException", "no co-authoring information");
            return () => me.set(name);
          });
          return {
            get name() {
              return me.value;
            },
          };
        },
      },
    };
  }

  get contentControls(): FakeContentControlCollectionProxy {
    return new FakeContentControlCollectionProxy(this.context, () => this.context.model.controls());
  }

  get body(): FakeBodyProxy {
    return new FakeBodyProxy(this.context, () => "MainDoc");
  }

  getSelection(): FakeRangeProxy {
    return new FakeRangeProxy(this.context, { kind: "selection" });
  }
}

/** A value Word returns at the next sync (OfficeExtension.ClientResult). */
export class FakeClientResult<T> {
  private loaded = false;
  private current: T | undefined;

  set(value: T): void {
    this.current = value;
    this.loaded = true;
  }

  get value(): T {
    if (!this.loaded) throw new FakeWordError("PropertyNotLoaded", "ClientResult.value before context.sync()");
    return this.current as T;
  }
}

/** `Word.run` over a fake document; `syncs` has the sync count of every run, in order. */
export function fakeWordRun(model: FakeWordDocument) {
  const syncs: number[] = [];
  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(model);
    try {
      return await batch(context as unknown as Word.RequestContext);
    } finally {
      syncs.push(context.syncCount);
    }
  };
  return { run, syncs };
}

/**
 * Office.context.requirements answering for the WordApi sets up to `max` ("1.0" for none), and for the WordApiDesktop
 * sets up to `desktop` (none by default: Word on the web).
 */
export function wordRequirements(max: string, desktop = "1.0") {
  const upTo = (limit: string, version = "1.1") => {
    const [maxMajor, maxMinor] = limit.split(".").map(Number);
    const [major, minor] = version.split(".").map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
  return {
    isSetSupported(name: string, version?: string): boolean {
      if (name === "WordApi") return upTo(max, version);
      if (name === "WordApiDesktop") return upTo(desktop, version);
      return false;
    },
  };
}
