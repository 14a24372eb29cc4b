/**
 * The Excel host's sign-off batches (readForm, appendSignature, selectInstance, the check behind setFormLocked);
 * where and why the ledger is stored is in ledger.ts. Round trips: readForm 2 (what exists; the cells and tables),
 * appendSignature 3 (what exists; where the writes go — the sheets' protection, the ledger's header and the row below
 * it; the ledger row, or on the first signature the ledger sheet with its row, and the signature block; a 4th only when
 * that fails after making the ledger sheet, to remove it again), selectInstance and setFormLocked 1.
 */
import {
  excelInstanceName,
  excelName,
  getTemplate,
  LocalizedError,
  signaturePartField,
  SIGNATURE_PARTS,
  slotsOf,
  uniqueSheetName,
  type InstanceRecord,
  type Language,
  type SignaturePart,
} from "../../core";
import { BindingNotFoundError, UnknownFieldError } from "../errors";
import type { FormContent, SignatureView } from "../types";
import { indexOf, queueFormContent } from "./form-content";
import { isItemNotFound } from "./office-errors";
import {
  columnLetter,
  decisionLabel,
  fitRecord,
  LEDGER_COLUMNS,
  LEDGER_HEADER_ROW,
  LEDGER_INTRO,
  LEDGER_SHEET,
  LEDGER_TABLE,
  LEDGER_WIDTHS,
  ledgerHeaders,
  ledgerPositions,
  ledgerRow,
  recordInstance,
  rowGrid,
} from "./ledger";
import { cellWrite, TEXT_FORMAT as TEXT, type CellWrite } from "./user-text";

/** The row below the ledger holds something else: appending there would overwrite it. */
export class LedgerBlockedError extends LocalizedError {
  constructor(sheet: string) {
    super({
      "en-US":
        `The row under the sign-off record on the sheet "${sheet}" is not empty, so Concord cannot add the signature ` +
        "there without overwriting it. Move what is in that row elsewhere, then sign again. Nothing was written.",
      "zh-CN": `工作表“${sheet}”中签字记录下方的一行不是空的，Concord 无法在不覆盖它的情况下添加签字。请先移走该行内容，再重新签字。未写入任何内容。`,
    });
    this.name = "LedgerBlockedError";
  }
}

/** A protected sheet would refuse the signature's writes. */
export class SheetProtectedError extends LocalizedError {
  constructor(sheet: string) {
    super({
      "en-US":
        `The sheet "${sheet}" is protected, so Concord cannot write the signature there. Unprotect it (Review > ` +
        "Unprotect Sheet), sign, then protect it again if you wish. Nothing was written.",
      "zh-CN": `工作表“${sheet}”受保护，Concord 无法在其中写入签字。请先撤消保护（审阅 > 撤消工作表保护），签字后可再重新保护。未写入任何内容。`,
    });
    this.name = "SheetProtectedError";
  }
}

export async function readFormBatch(context: Excel.RequestContext, instance: InstanceRecord): Promise<FormContent> {
  const workbook = context.workbook;
  const names = workbook.names.load("items/name,items/type");
  const tables = workbook.tables.load("items/name");
  await context.sync();

  const index = indexOf(
    names.items.map((n) => ({ name: n.name, type: n.type })),
    tables.items.map((t) => ({ name: t.name })),
  );
  const own = `${excelInstanceName(instance.template, instance.id)}`.toLowerCase();
  const found = [...index.rangeNames, ...index.tables].some((n) => n === own || n.startsWith(`${own}_`));
  if (!found) throw new BindingNotFoundError("excel", [excelInstanceName(instance.template, instance.id)]);
  const build = queueFormContent(workbook, instance, index);
  await context.sync();
  return build();
}

/** What the signature block's cells receive: who, the decision, the UTC time and the code with the comment. */
function blockWrites(view: SignatureView, language: Language): Array<{ part: SignaturePart; write: CellWrite }> {
  const at = Date.parse(view.at);
  if (!Number.isFinite(at)) throw new RangeError(`not an ISO time: ${view.at}`);
  const code = language === "zh-CN" ? `指纹码 ${view.code}` : `Code ${view.code}`;
  const text: Record<Exclude<SignaturePart, "date">, string> = {
    signer: view.signer,
    department: view.department,
    decision: decisionLabel(view.decision, language),
    comment: view.comment.trim() === "" ? code : `${code} · ${view.comment}`,
  };
  return SIGNATURE_PARTS.map(({ id }) =>
    id === "date"
      ? // A date-time serial in UTC, shown as such (the block's date cell keeps a date value).
        { part: id, write: { value: at / 86400000 + 25569, numberFormat: 'yyyy-mm-dd hh:mm "UTC"' } }
      : { part: id, write: cellWrite(text[id], signaturePartField(id)) },
  );
}

/** Checks that the template has the block, before Excel is touched. */
function checkBlock(instance: InstanceRecord, view: SignatureView): void {
  const keys = new Set(slotsOf(getTemplate(instance.template)).map((s) => s.key));
  if (!SIGNATURE_PARTS.every(({ id }) => keys.has(`${view.block}.${id}`))) {
    throw new UnknownFieldError(instance.template, [view.block]);
  }
}

/** Checks that the record is an entry of this instance (a caller's mistake otherwise). */
function checkRecord(instance: InstanceRecord, record: string): void {
  const owner = recordInstance(record);
  if (owner.template !== instance.template || owner.instance !== instance.id) {
    throw new RangeError(
      `the record is for ${owner.template} ${owner.instance}, not ${instance.template} ${instance.id}`,
    );
  }
}

/** Queues a new ledger sheet with the table, its header and the first row. */
function queueNewLedger(
  workbook: Excel.Workbook,
  sheetName: string,
  language: Language,
  row: ReturnType<typeof ledgerRow>,
): Excel.Worksheet {
  const sheet = workbook.worksheets.add(sheetName);
  const [title, note] = LEDGER_INTRO[language];
  const intro = sheet.getRange("A1:A2");
  intro.numberFormat = [[TEXT], [TEXT]];
  intro.values = [[title], [note]];
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  const last = columnLetter(LEDGER_COLUMNS.length - 1);
  const top = LEDGER_HEADER_ROW + 1;
  const area = sheet.getRange(`A${top}:${last}${top + 1}`);
  const positions = new Map(LEDGER_COLUMNS.map((c, i) => [c, i]));
  const grid = rowGrid(row, positions, LEDGER_COLUMNS.length);
  area.numberFormat = [LEDGER_COLUMNS.map(() => TEXT), grid.formats[0]];
  area.values = [ledgerHeaders(language), grid.values[0]];
  const table = workbook.tables.add(area, true);
  table.name = LEDGER_TABLE;
  table.style = "TableStyleLight9";
  LEDGER_COLUMNS.forEach((column, i) => {
    sheet.getRange(`${columnLetter(i)}:${columnLetter(i)}`).format.columnWidth = LEDGER_WIDTHS[column];
  });
  return sheet;
}

export async function appendSignatureBatch(
  context: Excel.RequestContext,
  instance: InstanceRecord,
  record: string,
  view: SignatureView,
): Promise<void> {
  checkBlock(instance, view);
  const writes = blockWrites(view, instance.language);
  const workbook = context.workbook;
  const ledger = workbook.tables.getItemOrNullObject(LEDGER_TABLE).load("name");
  const parts = writes.map(({ part, write }) => {
    const name = excelName(instance.template, instance.id, `${view.block}.${part}`);
    return { name, write, item: workbook.names.getItemOrNullObject(name).load("type") };
  });
  const sheets = workbook.worksheets.load("items/name");
  await context.sync();

  const missing = parts.filter((p) => p.item.isNullObject || p.item.type !== "Range").map((p) => p.name);
  if (missing.length > 0) throw new BindingNotFoundError("excel", missing);
  checkRecord(instance, record);
  const row = ledgerRow(fitRecord(record), view, instance.language);

  // Where the writes go, and whether they can: a protected sheet would refuse them half-way.
  const formSheet = parts[0].item.getRange().worksheet.load("name,protection/protected");
  const existing = ledger.isNullObject
    ? null
    : {
        header: ledger.getHeaderRowRange().load("values"),
        below: ledger.getRange().getRowsBelow(1).load("values"),
        sheet: ledger.getRange().worksheet.load("name,protection/protected"),
      };
  await context.sync();

  for (const sheet of [formSheet, existing?.sheet]) {
    if (sheet?.protection.protected) throw new SheetProtectedError(sheet.name);
  }
  // The ledger row is written first: if a later write fails, the signature is on record and only its display is
  // missing, never the other way round.
  let created: Excel.Worksheet | null = null;
  if (existing) {
    const { header, below, sheet } = existing;
    const positions = ledgerPositions(header.values[0]);
    if ((positions.get("record") ?? -1) < 0) throw new BindingNotFoundError("excel", [`${LEDGER_TABLE}[Record]`]);
    if (below.values[0].some((v) => v !== "" && v !== null)) throw new LedgerBlockedError(sheet.name);
    const grid = rowGrid(row, positions, header.values[0].length);
    // Text format first, then the values: Excel's auto-expansion takes the row into the table.
    below.numberFormat = grid.formats;
    below.values = grid.values;
  } else {
    // The first signature in this workbook: the ledger sheet is made in the same batch as the row.
    const name = uniqueSheetName(
      LEDGER_SHEET[instance.language],
      sheets.items.map((s) => s.name),
    );
    created = queueNewLedger(workbook, name, instance.language, row);
  }
  for (const { item, write } of parts) {
    const cell = item.getRange().getCell(0, 0);
    if (write.numberFormat !== null) cell.numberFormat = [[write.numberFormat]];
    cell.values = [[write.value]];
  }
  try {
    await context.sync();
  } catch (error) {
    // A ledger sheet this batch made but could not finish (e.g. a co-author made theirs first) is removed again.
    if (created) {
      created.delete();
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/** Excel cannot lock a form (see ledger.ts); this only reports a form that is not in the workbook. */
export async function checkInstanceBatch(context: Excel.RequestContext, instance: InstanceRecord): Promise<void> {
  const name = excelInstanceName(instance.template, instance.id);
  context.workbook.names.getItem(name).load("type");
  await context.sync().catch((error: unknown) => {
    throw isItemNotFound(error) ? new BindingNotFoundError("excel", [name]) : error;
  });
}

export async function selectInstanceBatch(context: Excel.RequestContext, instance: InstanceRecord): Promise<void> {
  const name = excelInstanceName(instance.template, instance.id);
  const range = context.workbook.names.getItem(name).getRange();
  range.worksheet.activate();
  range.select();
  await context.sync().catch((error: unknown) => {
    throw isItemNotFound(error) ? new BindingNotFoundError("excel", [name]) : error;
  });
}
