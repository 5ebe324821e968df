/**
 * Renders a ReportSpec into an exceljs workbook (in memory; FileHost writes the file). Per sheet: a title row,
 * grey italic notes, then each table as a real Excel table (filters, banded style, structured references)
 * with number formats and conditional formatting, a blank row between tables, the header of the first table
 * frozen and columns autofitted.
 *
 * exceljs cannot write charts, so each ChartSpec becomes a note line under its table; the Excel host draws them.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../core/errors";
import type { CellOut, NumberFormat, ReportSpec, SheetSpec, TableSpec } from "../../core/report/sheet";
import { t, type Lang } from "../../i18n";
import { fileError } from "./messages";
import { displayLength, excelRule, NUMBER_FORMATS } from "./xlsxStyles";
import { tablesOf } from "./xlsxReader";

export interface RenderOptions {
  lang?: Lang;
  /** Called before each sheet is rendered (progress, cancellation). */
  beforeSheet?: (index: number, total: number) => void;
}

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const CAPTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF595959" } };
const TABLE_STYLE = "TableStyleMedium2" as const;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Room for the filter drop-down button of a header cell. */
const FILTER_BUTTON = 3;
/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32767;

/** Excel's rules for sheet names; a report builder may take names from user data, so this is a user error. */
export function checkSheetName(name: string): void {
  const ok =
    name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
  if (!ok) throw fileError("file_sheet_name_invalid", { sheet: name });
}

/** Excel's rules for table names (letters of any script, digits, `_` and `.`; not a cell reference). */
function isValidTableName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** Table names are unique per workbook (case-insensitive): a clash with a kept sheet gets a numeric suffix. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Header cells of an Excel table must be unique non-empty text, or Excel reports the file as damaged. */
function tableHeaders(table: TableSpec): string[] {
  const used = new Set<string>();
  return table.columns.map((c) => {
    const base = c.header.trim() || c.key;
    let header = base;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    used.add(header.toLowerCase());
    return header;
  });
}

function cellValue(v: CellOut): CellOut {
  if (typeof v === "number") return Number.isFinite(v) ? v : null; // NaN/Infinity would corrupt the file
  if (typeof v === "string" && v.length > MAX_CELL_TEXT) return v.slice(0, MAX_CELL_TEXT);
  return v;
}

export function renderReport(workbook: ExcelJS.Workbook, report: ReportSpec, options: RenderOptions = {}): void {
  const usedTableNames = new Set<string>();
  for (const ws of workbook.worksheets) for (const table of tablesOf(ws)) usedTableNames.add(table.name.toLowerCase());
  const sheetNames = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  report.sheets.forEach((sheet, i) => {
    options.beforeSheet?.(i, report.sheets.length);
    checkSheetName(sheet.name);
    if (sheetNames.has(sheet.name.toLowerCase())) throw new Error(`sheet "${sheet.name}" is already in the workbook`);
    sheetNames.add(sheet.name.toLowerCase());
    renderSheet(workbook.addWorksheet(sheet.name), sheet, usedTableNames, options.lang ?? "ru");
  });
}

function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetSpec, usedTableNames: Set<string>, lang: Lang): void {
  let row = 1;
  if (sheet.title) {
    const cell = ws.getCell(row++, 1);
    cell.value = sheet.title;
    cell.font = TITLE_FONT;
  }
  for (const note of sheet.notes ?? []) {
    const cell = ws.getCell(row++, 1);
    cell.value = note;
    cell.font = NOTE_FONT;
  }
  if (row > 1) row++; // blank row between the heading block and the first table

  const widths: number[] = [];
  let priority = 1;
  sheet.tables.forEach((table, index) => {
    if (index > 0) row++; // blank row between tables
    if (table.title) {
      const cell = ws.getCell(row++, 1);
      cell.value = table.title;
      cell.font = CAPTION_FONT;
    }
    const headerRow = row;
    priority = renderTable(ws, table, headerRow, usedTableNames, widths, priority);
    row = headerRow + 1 + Math.max(table.rows.length, 1);
    for (const chart of table.charts ?? []) {
      const cell = ws.getCell(row++, 1);
      cell.value = t("file_chart_note", { title: chart.title }, lang);
      cell.font = NOTE_FONT;
    }
    if (index === 0) {
      ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
    }
  });
  widths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
}

/** Characters wide enough for the header (with its filter button) and every value, within sane bounds. */
function autofitWidth(header: string, rows: CellOut[][], j: number, format: NumberFormat | undefined): number {
  let longest = displayLength(header, undefined) + FILTER_BUTTON;
  for (const r of rows) {
    const n = displayLength(r[j], format);
    if (n > longest) longest = n;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** Writes one table with its header at `headerRow`; returns the next free rule priority. */
function renderTable(ws: ExcelJS.Worksheet, table: TableSpec, headerRow: number, usedTableNames: Set<string>, widths: number[], priority: number): number {
  if (!isValidTableName(table.name)) throw new Error(`invalid Excel table name "${table.name}"`);
  if (table.columns.length === 0) throw new Error(`table "${table.name}" has no columns`);
  const width = table.columns.length;
  const rows = table.rows.map((r, i) => {
    if (r.length !== width) throw new Error(`table "${table.name}": row ${i + 1} has ${r.length} cells, expected ${width}`);
    return r.map(cellValue);
  });
  // An Excel table needs a data body: an empty result is shown as one blank row.
  if (rows.length === 0) rows.push(new Array<CellOut>(width).fill(null));
  const headers = tableHeaders(table);

  ws.addTable({
    name: uniqueName(table.name, usedTableNames),
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });

  const first = headerRow + 1;
  const last = headerRow + rows.length;
  table.columns.forEach((col, j) => {
    const numFmt = col.format ? NUMBER_FORMATS[col.format] : undefined;
    if (numFmt) for (let r = first; r <= last; r++) ws.getCell(r, j + 1).numFmt = numFmt;
    widths[j] = Math.max(widths[j] ?? 0, col.width ?? autofitWidth(headers[j], rows, j, col.format));
  });

  const keys = table.columns.map((c) => c.key);
  for (const rule of table.rules ?? []) {
    const j = keys.indexOf(rule.column);
    if (j < 0) throw new Error(`table "${table.name}": rule on unknown column "${rule.column}"`);
    const letter = columnLetter(j + 1);
    ws.addConditionalFormatting({ ref: `${letter}${first}:${letter}${last}`, rules: [excelRule(rule, priority++)] });
  }
  return priority;
}
