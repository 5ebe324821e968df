/**
 * Reads cell values of .xlsx workbooks with exceljs and normalises them to what the core accepts
 * (number | string | boolean | null), the same shapes the Excel host gets from Range.values.
 */
import type * as ExcelJS from "exceljs";
import { excelJs } from "./excelJs";
import type { SourceMatrix } from "../WorkbookHost";
import { fileError } from "./messages";

export type PlainCell = number | string | boolean | null;

/** Loads a workbook; damaged archives become a ShnorError naming the file. */
export async function loadWorkbook(displayName: string, bytes: Uint8Array, forReadingOnly: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new (excelJs().Workbook)();
  try {
    // Parts that never carry values are skipped when we only read: less work and memory on big files.
    const ignoreNodes = forReadingOnly
      ? ["dataValidations", "conditionalFormatting", "pageSetup", "headerFooter", "printOptions", "pageMargins", "rowBreaks", "extLst"]
      : [];
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(data, { ignoreNodes });
  } catch (e) {
    throw fileError("file_xlsx_invalid", { file: displayName, reason: e instanceof Error ? e.message : String(e) });
  }
  return workbook;
}

/** Midnight dates as `2024-05-17`, others as `2024-05-17T08:30:00` (exceljs gives dates in UTC). */
function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * One cell value as a plain value: rich text → its text, formula → its cached result (null when the file
 * has none), date → ISO string, hyperlink → its text, error → its text such as "#N/A".
 */
export function plainValue(value: unknown): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((r) => (typeof r.text === "string" ? r.text : "")).join("");
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  if ("hyperlink" in v) return plainValue(v.text);
  if (typeof v.error === "string") return v.error;
  if ("text" in v) return plainValue(v.text);
  return null;
}

/** The plain value of a cell; the covered cells of a merged range are blank (only the master keeps the value). */
export function cellPlainValue(cell: ExcelJS.Cell): PlainCell {
  if (cell.type === excelJs().ValueType.Merge) return null;
  return plainValue(cell.value);
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Values of a rectangle of a worksheet (1-based, inclusive). */
function rectangle(ws: ExcelJS.Worksheet, b: Bounds): PlainCell[][] {
  const values: PlainCell[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = ws.findRow(r);
    const out: PlainCell[] = new Array<PlainCell>(b.right - b.left + 1).fill(null);
    if (row) {
      for (let c = b.left; c <= b.right; c++) {
        const cell = row.findCell(c);
        if (cell) out[c - b.left] = cellPlainValue(cell);
      }
    }
    values.push(out);
  }
  return values;
}

/**
 * The used range of a sheet (the smallest rectangle holding every non-blank value, like Excel's used range
 * without formatting-only cells), or null when the sheet holds no values.
 */
export function sheetMatrix(ws: ExcelJS.Worksheet): SourceMatrix | null {
  let b: Bounds | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellPlainValue(cell) === null) return;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      else {
        if (r < b.top) b.top = r;
        if (r > b.bottom) b.bottom = r;
        if (c < b.left) b.left = c;
        if (c > b.right) b.right = c;
      }
    });
  });
  const found = b as Bounds | null; // TS cannot see the assignment inside the callbacks
  if (!found) return null;
  return { sheet: ws.name, originRow: found.top, originCol: found.left, values: rectangle(ws, found) };
}

/** The stored model of an Excel table (exceljs types `getTables()` wrongly; at run time it is `Table[]`). */
export interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

export function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws.getTables() as unknown as { table: TableModel }[]).map((t) => t.table);
}

/** Excel table names are case-insensitive. Returns the table's header and data rows (no totals row). */
export function tableMatrix(workbook: ExcelJS.Workbook, name: string): SourceMatrix | { available: string[] } {
  const available: string[] = [];
  for (const ws of workbook.worksheets) {
    for (const model of tablesOf(ws)) {
      available.push(model.name);
      if (model.name.toLowerCase() !== name.toLowerCase()) continue;
      const ref = model.tableRef ?? model.ref ?? "";
      const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
      if (!m) continue;
      const b: Bounds = { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
      if (model.totalsRow && b.bottom > b.top) b.bottom--;
      return { sheet: ws.name, originRow: b.top, originCol: b.left, values: rectangle(ws, b) };
    }
  }
  return { available };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
