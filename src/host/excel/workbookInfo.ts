/** The small questions the pane asks the workbook: what can be read, where a problem is, which sheets exist. */
import { columnLetter, type Location } from "../../core/errors";
import type { SourceList } from "../WorkbookHost";

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Visible sheets (in tab order), all tables, and the selection's address when it is one range of cells. */
export async function listSources(context: Excel.RequestContext): Promise<SourceList> {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const list: SourceList = {
    sheets: sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name),
    tables: tables.items.map((t) => t.name),
  };
  try {
    const selected = context.workbook.getSelectedRange().load("address");
    await context.sync();
    list.selection = selected.address;
  } catch {
    // Several areas, or a chart or shape selected: there is no selection to offer as a source.
  }
  return list;
}

/** Which of `names` are sheets of the workbook; Excel compares sheet names ignoring case. */
export async function existingSheets(context: Excel.RequestContext, names: string[]): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  return names.filter((n) => present.has(n.toLowerCase()));
}

/**
 * Activates the problem's sheet and selects its cell. Missing parts are tolerated: no sheet means the active
 * one, a row alone selects the row, a column alone the column; a sheet that no longer exists or is hidden is
 * left alone (nothing to show).
 */
export async function goTo(context: Excel.RequestContext, location: Location): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = location.sheet ? sheets.getItemOrNullObject(location.sheet) : sheets.getActiveWorksheet();
  sheet.load("isNullObject,visibility");
  await context.sync();
  if (sheet.isNullObject || sheet.visibility !== "Visible") return;
  sheet.activate();
  const row = gridIndex(location.row, MAX_ROWS);
  const col = gridIndex(location.col, MAX_COLUMNS);
  if (row !== undefined && col !== undefined) sheet.getRangeByIndexes(row - 1, col - 1, 1, 1).select();
  else if (row !== undefined) sheet.getRange(`${row}:${row}`).select();
  else if (col !== undefined) sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`).select();
  await context.sync();
}

function gridIndex(n: number | undefined, max: number): number | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return Math.min(max, Math.max(1, Math.floor(n)));
}
