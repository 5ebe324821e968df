/**
 * Writes form sheets (src/core/report/expertiseTemplate.ts: cells with formulas and styles, data validation,
 * conditional formats, protection) into the open workbook with Office.js — the task pane's writer of the expertise
 * template, whose file twin is the CLI's exceljs renderer. The sheets go through the same safe write as reports
 * (`writeNewSheets`: temporary names, swapped in only when every sheet is complete; existing sheets are never
 * touched unless replacing was asked for), so a failure leaves the workbook as it was.
 *
 * Needs ExcelApi 1.8 (data validation); protection is set last, without a password, as the CLI's file has it.
 */
import type { CellArea, FormCell, FormCellStyle, FormSheet } from "../../core/report/expertiseTemplate";
import { RULE_COLORS } from "../reportLayout";
import { checkCancelled } from "./run";
import { checkSheetNames, writeNewSheets, type WriteOptions } from "./writeReport";
import { charsToPoints, type WriteEnv } from "./writeSheet";

/** Data validation arrived in ExcelApi 1.8. */
export const FORMS_EXCEL_API = "1.8";

/** Cells per request: each cell is a handful of commands. */
const CELLS_PER_SYNC = 200;

export async function writeForms(context: Excel.RequestContext, forms: readonly FormSheet[], env: WriteEnv, options: WriteOptions = {}): Promise<void> {
  checkSheetNames(forms.map((f) => f.name));
  const total = forms.reduce((n, f) => n + f.cells.length, 0);
  const progress = { done: 0, total };
  await writeNewSheets(
    context,
    forms.map((f) => ({ name: f.name, tables: [] })),
    (sheet, i) => renderForm(context, sheet, forms[i], env, progress, options),
    options,
    () => options.onProgress?.({ stage: "write", done: 0, total }),
  );
}

const rangeOf = (sheet: Excel.Worksheet, a: CellArea): Excel.Range => sheet.getRangeByIndexes(a.row - 1, a.col - 1, a.rows, a.cols);
const hex = (rgb: string) => `#${rgb}`;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const HORIZONTAL: Record<NonNullable<FormCellStyle["horizontal"]>, string> = { left: "Left", right: "Right", center: "Center" };
const VERTICAL: Record<NonNullable<FormCellStyle["vertical"]>, string> = { top: "Top", middle: "Center" };

export async function renderForm(context: Excel.RequestContext, sheet: Excel.Worksheet, form: FormSheet, env: WriteEnv, progress: { done: number; total: number }, options: WriteOptions): Promise<void> {
  form.columns.forEach((c, j) => {
    const column = sheet.getRangeByIndexes(0, j, 1, 1);
    column.format.columnWidth = charsToPoints(c.width);
    if (c.hidden) column.columnHidden = true;
  });
  for (let start = 0; start < form.cells.length; start += CELLS_PER_SYNC) {
    const chunk = form.cells.slice(start, start + CELLS_PER_SYNC);
    for (const cell of chunk) writeCell(sheet, cell);
    await context.sync();
    progress.done += chunk.length;
    options.onProgress?.({ stage: "write", done: progress.done, total: progress.total });
    await env.yieldToUi();
    checkCancelled(options);
  }
  for (const m of form.merges) rangeOf(sheet, m).merge(false);
  for (const h of form.rowHeights) sheet.getRangeByIndexes(h.row - 1, 0, 1, 1).format.rowHeight = h.height;
  if (form.fitRows) sheet.getRangeByIndexes(form.fitRows.from - 1, 0, form.fitRows.to - form.fitRows.from + 1, form.columns.length).format.autofitRows();
  for (const v of form.validations) {
    const validation = rangeOf(sheet, v.area).dataValidation;
    const limits = { formula1: v.min, formula2: v.max, operator: "Between" as Excel.DataValidationOperator };
    validation.rule = v.type === "whole" ? { wholeNumber: limits } : { decimal: limits };
    validation.ignoreBlanks = true;
    validation.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    validation.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: v.error.title, message: v.error.message };
  }
  // Excel puts each new format at the top priority: added last to first, the first rule of the list wins.
  for (let i = form.rules.length - 1; i >= 0; i--) {
    const rule = form.rules[i];
    const custom = rangeOf(sheet, rule.area).conditionalFormats.add("Custom" as Excel.ConditionalFormatType).custom;
    custom.rule.formula = `=${rule.formula}`;
    custom.format.fill.color = hex(RULE_COLORS[rule.style].fill);
    custom.format.font.color = hex(RULE_COLORS[rule.style].font);
  }
  for (const area of form.unlocked) rangeOf(sheet, area).format.protection.locked = false;
  if (form.frozenRows > 0) sheet.freezePanes.freezeRows(form.frozenRows);
  await context.sync();
  checkCancelled(options);
  // Last: a protected sheet refuses further writes to its locked cells.
  if (form.protect) {
    sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await context.sync();
  }
}

function writeCell(sheet: Excel.Worksheet, cell: FormCell): void {
  const range = sheet.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1);
  const s = cell.style ?? {};
  // The number format before the value: text then lands in a text cell and stays text ("1.1" is no date).
  if (cell.formula !== undefined) {
    if (s.numberFormat) range.numberFormat = [[s.numberFormat]];
    range.formulas = [[`=${cell.formula}`]];
  } else if (typeof cell.value === "string") {
    range.numberFormat = [["@"]];
    range.values = [[cell.value]];
  } else if (typeof cell.value === "number") {
    if (s.numberFormat) range.numberFormat = [[s.numberFormat]];
    range.values = [[cell.value]];
  }
  const format = range.format;
  if (s.bold) format.font.bold = true;
  if (s.italic) format.font.italic = true;
  if (s.size) format.font.size = s.size;
  if (s.fill) format.fill.color = hex(s.fill);
  if (s.wrap) format.wrapText = true;
  if (s.horizontal) format.horizontalAlignment = HORIZONTAL[s.horizontal] as Excel.HorizontalAlignment;
  if (s.vertical) format.verticalAlignment = VERTICAL[s.vertical] as Excel.VerticalAlignment;
  if (s.border) for (const edge of EDGES) format.borders.getItem(edge).style = "Continuous" as Excel.BorderLineStyle;
}
