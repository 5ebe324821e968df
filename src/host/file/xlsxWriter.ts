/**
 * Renders a ReportSpec into an exceljs workbook (in memory; FileHost writes the file), in the layout shared
 * with the Excel host (src/host/reportLayout): a title row, grey italic notes, then each table as a real Excel
 * table (filters, banded style, structured references) with number formats and conditional formatting, a
 * blank row between tables, the header of the first table frozen and columns autofitted.
 *
 * exceljs cannot write charts, so each ChartSpec becomes a note line under its table; the Excel host draws them.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../../core/errors";
import type { ReportSpec } from "../../core/report/sheet";
import { t, type Lang } from "../../i18n";
import { autofitWidth, isValidSheetName, layoutSheet, NOTE_COLOR, NUMBER_FORMATS, TABLE_STYLE, uniqueName, type PlacedTable, type SheetLayout } from "../reportLayout";
import { fileError } from "./messages";
import { excelRule } from "./xlsxStyles";
import { tablesOf } from "./xlsxReader";

export interface RenderOptions {
  lang?: Lang;
  /** Called before each sheet is rendered (progress, cancellation). */
  beforeSheet?: (index: number, total: number) => void;
}

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const CAPTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: `FF${NOTE_COLOR}` } };

/** Excel's rules for sheet names; a report builder may take names from user data, so this is a user error. */
export function checkSheetName(name: string): void {
  if (!isValidSheetName(name)) throw fileError("file_sheet_name_invalid", { sheet: name });
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
    renderSheet(workbook.addWorksheet(sheet.name), layoutSheet(sheet, { chartNotes: true }), usedTableNames, options.lang ?? "ru");
  });
}

function renderSheet(ws: ExcelJS.Worksheet, layout: SheetLayout, usedTableNames: Set<string>, lang: Lang): void {
  const text = (row: number, value: string, font: Partial<ExcelJS.Font>): void => {
    const cell = ws.getCell(row, 1);
    cell.value = value;
    cell.font = font;
  };
  if (layout.title) text(layout.title.row, layout.title.text, TITLE_FONT);
  for (const note of layout.notes) text(note.row, note.text, NOTE_FONT);

  const widths: number[] = [];
  let priority = 1;
  for (const table of layout.tables) {
    if (table.caption) text(table.caption.row, table.caption.text, CAPTION_FONT);
    priority = renderTable(ws, table, usedTableNames, widths, priority);
    for (const { row, chart } of table.chartNotes) text(row, t("file_chart_note", { title: chart.title }, lang), NOTE_FONT);
  }
  if (layout.frozenRows > 0) {
    const top = `A${layout.frozenRows + 1}`;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: layout.frozenRows, topLeftCell: top, activeCell: top }];
  }
  widths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
}

/** Writes one placed table; returns the next free rule priority. */
function renderTable(ws: ExcelJS.Worksheet, table: PlacedTable, usedTableNames: Set<string>, widths: number[], priority: number): number {
  const { spec, headers, rows, firstRow, lastRow } = table;
  ws.addTable({
    name: uniqueName(spec.name, usedTableNames),
    ref: `A${table.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });

  spec.columns.forEach((col, j) => {
    const numFmt = col.format ? NUMBER_FORMATS[col.format] : undefined;
    if (numFmt) for (let r = firstRow; r <= lastRow; r++) ws.getCell(r, j + 1).numFmt = numFmt;
    widths[j] = Math.max(widths[j] ?? 0, col.width ?? autofitWidth(headers[j], rows, j, col.format));
  });

  for (const rule of spec.rules ?? []) {
    const letter = columnLetter((table.columnIndex.get(rule.column) ?? 0) + 1);
    ws.addConditionalFormatting({ ref: `${letter}${firstRow}:${letter}${lastRow}`, rules: [excelRule(rule, priority++)] });
  }
  return priority;
}
