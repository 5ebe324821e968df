/**
 * Reads a source (the selection, an Excel table or a sheet's used range) from the open workbook in chunks of
 * rows: one `values` load and one `context.sync()` per chunk, progress after each, cancellation checked and
 * the event loop given back to the pane between chunks.
 */
import type { HostOptions, SourceMatrix, SourceRef } from "../WorkbookHost";
import { type ChunkBudget, nextReadRows, rowBytes } from "./chunks";
import { excelError } from "./messages";
import { checkCancelled } from "./run";

/** A rectangle of a sheet, 0-based as Office.js counts. */
export interface Block {
  sheet: Excel.Worksheet;
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ReadEnv {
  budget: ChunkBudget;
  yieldToUi: () => Promise<void>;
}

export async function readSource(context: Excel.RequestContext, ref: SourceRef, env: ReadEnv, options: HostOptions = {}): Promise<SourceMatrix> {
  checkCancelled(options);
  const block = await locateSource(context, ref);
  const values = await readBlock(context, block, env, options);
  return { sheet: block.sheetName, originRow: block.rowIndex + 1, originCol: block.columnIndex + 1, values };
}

/** The values of a block, chunk by chunk. */
export async function readBlock(context: Excel.RequestContext, block: Block, env: ReadEnv, options: HostOptions = {}): Promise<unknown[][]> {
  const values: unknown[][] = [];
  const total = block.rowCount;
  let previous: { rows: number; bytes: number } | undefined;
  for (let done = 0; done < total; ) {
    const rows = Math.min(nextReadRows(block.columnCount, env.budget, previous), total - done);
    const chunk = block.sheet.getRangeByIndexes(block.rowIndex + done, block.columnIndex, rows, block.columnCount).load("values");
    await context.sync();
    let bytes = 0;
    for (const row of chunk.values) {
      values.push(row);
      bytes += rowBytes(row);
    }
    previous = { rows, bytes };
    done += rows;
    options.onProgress?.({ stage: "read", done, total });
    await env.yieldToUi();
    checkCancelled(options);
  }
  return values;
}

const DIMENSIONS = "rowIndex,columnIndex,rowCount,columnCount";

async function locateSource(context: Excel.RequestContext, ref: SourceRef): Promise<Block> {
  switch (ref.kind) {
    case "selection":
      return locateSelection(context);
    case "table":
      return locateTable(context, ref.name);
    case "sheet":
      return locateSheet(context, ref.name);
  }
}

/** The selection, cut to the used range so a selected whole column does not mean a million blank rows. */
async function locateSelection(context: Excel.RequestContext): Promise<Block> {
  const selected = context.workbook.getSelectedRange();
  const sheet = selected.worksheet;
  const used = sheet.getUsedRangeOrNullObject(true);
  try {
    selected.load(`${DIMENSIONS},address`);
    sheet.load("name");
    used.load(`isNullObject,${DIMENSIONS}`);
    await context.sync();
  } catch {
    throw excelError("excel_selection_invalid"); // several areas, or a chart or shape selected
  }
  const source = selected.address;
  if (used.isNullObject) throw excelError("excel_source_empty", { source });
  const top = Math.max(selected.rowIndex, used.rowIndex);
  const left = Math.max(selected.columnIndex, used.columnIndex);
  const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
  const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
  if (bottom <= top || right <= left) throw excelError("excel_source_empty", { source });
  return { sheet, sheetName: sheet.name, rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/** The header and body of a table (its totals row is not data). */
async function locateTable(context: Excel.RequestContext, name: string): Promise<Block> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("isNullObject,showTotals");
  await context.sync();
  if (table.isNullObject) {
    const all = context.workbook.tables.load("items/name");
    await context.sync();
    throw excelError("excel_table_not_found", { table: name, available: all.items.map((t) => t.name).join(", ") || "—" });
  }
  const range = table.getRange().load(DIMENSIONS);
  const sheet = range.worksheet.load("name");
  await context.sync();
  const rowCount = range.rowCount - (table.showTotals ? 1 : 0);
  return { sheet, sheetName: sheet.name, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount, columnCount: range.columnCount };
}

/** A sheet's used range (cells with values; formatting alone does not count). No name: the active sheet. */
async function locateSheet(context: Excel.RequestContext, name: string | undefined): Promise<Block> {
  const sheets = context.workbook.worksheets;
  const sheet = name === undefined ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(name);
  sheet.load("isNullObject,name");
  await context.sync();
  if (sheet.isNullObject) {
    sheets.load("items/name,items/visibility");
    await context.sync();
    const available = sheets.items.filter((s) => s.visibility === "Visible").map((s) => s.name);
    throw excelError("excel_sheet_not_found", { sheet: name ?? "", available: available.join(", ") || "—" });
  }
  const used = sheet.getUsedRangeOrNullObject(true).load(`isNullObject,${DIMENSIONS}`);
  await context.sync();
  if (used.isNullObject) throw excelError("excel_source_empty", { source: sheet.name });
  return { sheet, sheetName: sheet.name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
}
