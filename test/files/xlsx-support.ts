/** Reading generated .xlsx files back in tests. */
import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Loads a workbook with exceljs. exceljs 4.4 cannot read a table column that has a `calculatedColumnFormula` (it
 * loses the columns after it and throws "Cannot set properties of undefined (setting 'filterButton')" —
 * exceljs#1240, unmerged fix exceljs#1936), which Excel's own files have too; those elements are removed from the
 * copy exceljs reads. Tests check them in the package XML instead.
 */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(
        /<tableColumn ([^>]*)><calculatedColumnFormula>[^<]*<\/calculatedColumnFormula><\/tableColumn>/g,
        "<tableColumn $1/>",
      ),
    );
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * A cell of an exceljs worksheet. (A helper, not `sheet.getCell` inline: the Office add-in lint rules take any
 * `getCell` result for an Office.js range that needs load() and sync() before it is read.)
 */
export function excelCell(sheet: ExcelJS.Worksheet, address: string): ExcelJS.Cell {
  return sheet.getCell(address);
}
