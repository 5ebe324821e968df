/**
 * The host-independent part of rendering a ReportSpec: where every title, note, table and body row goes on a
 * sheet, the checks a spec must pass before anything is written, and the look (number format codes, the
 * palette of rule styles). The file host (exceljs) and the Excel host (Office.js) both render from this, so a
 * report has the same layout in a CLI file and in a workbook written by the task pane.
 *
 * Pure: no exceljs, no Office.js. Problems found here are programming errors of a report builder (plain Error).
 */
import type { CellOut, ChartSpec, NumberFormat, RuleStyle, SheetSpec, TableSpec } from "../core/report/sheet";

/** Format codes of the semantic number formats (Excel's invariant notation, "." as decimal separator). */
export const NUMBER_FORMATS: Record<NumberFormat, string> = {
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
  decimal3: "0.000",
  percent: "0%",
  percent1: "0.0%",
  text: "@",
};

/**
 * Fill and font colours (RGB hex, no "#") of each rule style. They follow Excel's built-in "Good/Bad/Neutral"
 * cell styles so reports feel native.
 */
export const RULE_COLORS: Record<RuleStyle, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" }, // green
  bad: { fill: "FFC7CE", font: "9C0006" }, // red
  warning: { fill: "FFEB9C", font: "9C5700" }, // amber
  neutral: { fill: "EDEDED", font: "404040" }, // grey
  strong: { fill: "C00000", font: "FFFFFF" }, // dark red: the highest risk level
  moderate: { fill: "F8CBAD", font: "843C0C" }, // orange
  basic: { fill: "FFF2CC", font: "7F6000" }, // yellow
  info: { fill: "DDEBF7", font: "1F4E78" }, // blue
};

/** Colour scale ends (green good, red bad, yellow midpoint) and the data bar colour, RGB hex. */
export const SCALE_COLORS = { good: "63BE7B", middle: "FFEB84", bad: "F8696B" };
export const DATA_BAR_COLOR = "638EC6";
/** Grey of the note lines. */
export const NOTE_COLOR = "595959";
export const TABLE_STYLE = "TableStyleMedium2";

/** A text constant inside a formula (conditional-format rules): quoted, with quotes doubled. */
export function formulaText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The colours of a colour scale from its low end to its high end. */
export function scaleColors(lowIsGood: boolean): [string, string, string] {
  return lowIsGood ? [SCALE_COLORS.good, SCALE_COLORS.middle, SCALE_COLORS.bad] : [SCALE_COLORS.bad, SCALE_COLORS.middle, SCALE_COLORS.good];
}

/** Column width bounds in characters, and the room a header needs for its filter drop-down button. */
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;
export const FILTER_BUTTON = 3;
/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32767;

/** Excel's rules for sheet names (a report builder may take them from user data). */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

/** Excel's rules for table names (letters of any script, digits, `_` and `.`; not a cell reference). */
export function isValidTableName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** Table names are unique per workbook (case-insensitive): a taken name gets a numeric suffix. */
export function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Header cells of an Excel table must be unique non-empty text, or Excel renames or rejects them. */
export function tableHeaders(table: TableSpec): string[] {
  const used = new Set<string>();
  return table.columns.map((c) => {
    const base = c.header.trim() || c.key;
    let header = base;
    for (let n = 2; used.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    used.add(header.toLowerCase());
    return header;
  });
}

/** A value Excel can store: NaN/Infinity become blank, over-long text is cut at Excel's limit. */
export function cleanCell(v: CellOut): CellOut {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.length > MAX_CELL_TEXT) return v.slice(0, MAX_CELL_TEXT);
  return v;
}

/** Characters a value takes when shown with its format (for autofit; a close estimate is enough). */
export function displayLength(value: CellOut, format: NumberFormat | undefined): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return 6; // ИСТИНА / FALSE
  if (typeof value === "string") {
    let longest = 0;
    for (const line of value.split("\n")) longest = Math.max(longest, line.length);
    return longest;
  }
  if (!Number.isFinite(value)) return 0;
  switch (format) {
    case "integer":
      return value.toFixed(0).length;
    case "decimal1":
      return value.toFixed(1).length;
    case "decimal2":
      return value.toFixed(2).length;
    case "decimal3":
      return value.toFixed(3).length;
    case "percent":
      return (value * 100).toFixed(0).length + 1;
    case "percent1":
      return (value * 100).toFixed(1).length + 1;
    default:
      return Math.min(String(value).length, 11); // General shows at most ~11 characters
  }
}

/** Characters wide enough for the header (with its filter button) and every value, within bounds. */
export function autofitWidth(header: string, rows: CellOut[][], j: number, format: NumberFormat | undefined): number {
  let longest = displayLength(header, undefined) + FILTER_BUTTON;
  for (const r of rows) {
    const n = displayLength(r[j], format);
    if (n > longest) longest = n;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** A line of text above the tables (1-based row, always column A). */
export interface TextLine {
  row: number;
  text: string;
}

/** A table placed on its sheet. Rows are 1-based sheet rows; the table starts in column A. */
export interface PlacedTable {
  spec: TableSpec;
  caption?: TextLine;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Unique, non-empty header texts. */
  headers: string[];
  /** Cleaned body rows; an empty result is one blank row, since an Excel table needs a data body. */
  rows: CellOut[][];
  /** Column index (0-based) of each column key. */
  columnIndex: Map<string, number>;
  /** Note lines standing in for charts (only when asked for: hosts that cannot draw charts). */
  chartNotes: { row: number; chart: ChartSpec }[];
}

export interface SheetLayout {
  name: string;
  title?: TextLine;
  notes: TextLine[];
  tables: PlacedTable[];
  /** Rows frozen at the top: down to the header of the first table (0 when the sheet has no table). */
  frozenRows: number;
}

export interface LayoutOptions {
  /** Reserve a note line under its table for each chart (the file host, which cannot draw charts). */
  chartNotes?: boolean;
}

/**
 * Title in row 1, notes under it, a blank row, then the tables with a blank row between them (each with an
 * optional caption above its header). Throws on specs no host could render.
 */
export function layoutSheet(sheet: SheetSpec, options: LayoutOptions = {}): SheetLayout {
  let row = 1;
  const title = sheet.title ? { row: row++, text: sheet.title } : undefined;
  const notes = (sheet.notes ?? []).map((text) => ({ row: row++, text }));
  if (row > 1) row++; // blank row between the heading block and the first table

  const tables: PlacedTable[] = [];
  sheet.tables.forEach((spec, index) => {
    if (index > 0) row++; // blank row between tables
    const caption = spec.title ? { row: row++, text: spec.title } : undefined;
    const { rows, columnIndex } = checkTable(spec);
    const headerRow = row;
    row = headerRow + 1 + rows.length;
    const chartNotes = options.chartNotes ? (spec.charts ?? []).map((chart) => ({ row: row++, chart })) : [];
    tables.push({ spec, caption, headerRow, firstRow: headerRow + 1, lastRow: headerRow + rows.length, headers: tableHeaders(spec), rows, columnIndex, chartNotes });
  });
  return { name: sheet.name, title, notes, tables, frozenRows: tables[0]?.headerRow ?? 0 };
}

function checkTable(table: TableSpec): { rows: CellOut[][]; columnIndex: Map<string, number> } {
  if (!isValidTableName(table.name)) throw new Error(`invalid Excel table name "${table.name}"`);
  if (table.columns.length === 0) throw new Error(`table "${table.name}" has no columns`);
  const width = table.columns.length;
  const rows = table.rows.map((r, i) => {
    if (r.length !== width) throw new Error(`table "${table.name}": row ${i + 1} has ${r.length} cells, expected ${width}`);
    return r.map(cleanCell);
  });
  if (rows.length === 0) rows.push(new Array<CellOut>(width).fill(null));
  const columnIndex = new Map(table.columns.map((c, j) => [c.key, j]));
  for (const rule of table.rules ?? []) {
    if (!columnIndex.has(rule.column)) throw new Error(`table "${table.name}": rule on unknown column "${rule.column}"`);
  }
  for (const chart of table.charts ?? []) {
    for (const key of [chart.categoryColumn, ...chart.valueColumns]) {
      if (!columnIndex.has(key)) throw new Error(`table "${table.name}": chart "${chart.title}" on unknown column "${key}"`);
    }
    if (chart.valueColumns.length === 0) throw new Error(`table "${table.name}": chart "${chart.title}" has no value columns`);
  }
  return { rows, columnIndex };
}
