/**
 * The expertise template a coordinator fills in plain Excel, without the add-in (issue #7), as a file: the layout —
 * criteria with their maximum, the «Балл» column limited to 0..max, the object's name in B5, the totals, both levels
 * (SHNOR.EXPERTISELEVEL with a plain-sum fallback) and both verdicts as formulas, protection without a password — is
 * the core's `expertiseTemplateSheets` (src/core/report/expertiseTemplate.ts), which the task pane writes too; this
 * file only renders that description with exceljs. `readExpertiseFiles` reads it back.
 */
import type * as ExcelJS from "exceljs";
import type { ExpertiseSettings, Rubric } from "../core/indicators/expertiseRubric";
import { objectLabels } from "../core/indicators/expertiseSheets";
import { areaAddress, type FormCellStyle, type FormSheet, expertiseTemplateSheets } from "../core/report/expertiseTemplate";
import { atomicWriteBuffer } from "../host/file";
import { excelJs } from "../host/file/excelJs";
import { RULE_COLORS } from "../host/reportLayout";
import { type Lang, t } from "../i18n";
import "./contextMessages";

export { rubricMax, sheetNameFor, TEMPLATE_LAYOUT } from "../core/report/expertiseTemplate";

/** The label of the object's name cell in either language, as `normalizeHeader` gives it (the reader looks for it). */
export const OBJECT_LABELS = objectLabels((["ru", "en"] as const).map((lang) => (key: string) => t(key, {}, lang)));

/** The namespace of the released add-in: a file is opened wherever the released add-in may be installed. */
export const FILE_FUNCTION_NAMESPACE = "SHNOR";

export interface ExpertiseTemplateOptions {
  lang: Lang;
  settings: ExpertiseSettings;
  /** One sheet per object with its name filled in; none → one sheet with a blank name. */
  objects?: readonly string[];
  /** Points already given (the sample's filled templates): object → criterion id → points. */
  points?: ReadonlyMap<string, Readonly<Record<string, number | null>>>;
}

export async function expertiseTemplateWorkbook(rubric: Rubric, options: ExpertiseTemplateOptions): Promise<ExcelJS.Workbook> {
  const wb = new (excelJs().Workbook)();
  wb.creator = "ШНОР Аналитика";
  // exceljs stores no formula results: Excel computes them all when the file is opened.
  wb.calcProperties.fullCalcOnLoad = true;
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, options.lang);
  const sheets = expertiseTemplateSheets(rubric, { ...options, tr, namespace: FILE_FUNCTION_NAMESPACE });
  for (const form of sheets) await renderForm(wb.addWorksheet(form.name), form);
  return wb;
}

export async function writeExpertiseTemplate(path: string, rubric: Rubric, options: ExpertiseTemplateOptions): Promise<void> {
  const wb = await expertiseTemplateWorkbook(rubric, options);
  await atomicWriteBuffer(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
const solid = (rgb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` } });

function styleCell(cell: ExcelJS.Cell, s: FormCellStyle): void {
  if (s.bold || s.italic || s.size) cell.font = { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(s.size ? { size: s.size } : {}) };
  if (s.fill) cell.fill = solid(s.fill);
  if (s.border) cell.border = THIN;
  if (s.wrap || s.horizontal || s.vertical) cell.alignment = { ...(s.wrap ? { wrapText: true } : {}), ...(s.horizontal ? { horizontal: s.horizontal } : {}), ...(s.vertical ? { vertical: s.vertical } : {}) };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

/** One form sheet with exceljs: everything the description says, nothing more. */
async function renderForm(ws: ExcelJS.Worksheet, form: FormSheet): Promise<void> {
  form.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const m of form.merges) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  for (const c of form.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.formula !== undefined ? { formula: c.formula } : (c.value ?? null);
    if (c.style) styleCell(cell, c.style);
  }
  // Excel never fits the height of merged cells to their text: it is set here.
  for (const h of form.rowHeights) ws.getRow(h.row).height = h.height;
  for (const area of form.unlocked) {
    for (let r = area.row; r < area.row + area.rows; r++) for (let c = area.col; c < area.col + area.cols; c++) ws.getCell(r, c).protection = { locked: false };
  }
  for (const v of form.validations) {
    for (let r = v.area.row; r < v.area.row + v.area.rows; r++) {
      for (let c = v.area.col; c < v.area.col + v.area.cols; c++) {
        ws.getCell(r, c).dataValidation = {
          type: v.type, operator: "between", formulae: [v.min, v.max], allowBlank: true,
          showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message,
          showErrorMessage: true, errorStyle: "stop", errorTitle: v.error.title, error: v.error.message,
        };
      }
    }
  }
  form.rules.forEach((rule, i) => {
    const colors = RULE_COLORS[rule.style];
    ws.addConditionalFormatting({
      ref: areaAddress(rule.area),
      rules: [{ type: "expression", priority: i + 1, formulae: [rule.formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${colors.fill}` } }, font: { color: { argb: `FF${colors.font}` } } } }],
    });
  });
  const active = areaAddress({ ...form.activeCell, rows: 1, cols: 1 });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: form.frozenRows, topLeftCell: `A${form.frozenRows + 1}`, activeCell: active }];
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  // No password: the protection only guards the criteria against slips; Рецензирование → Снять защиту lifts it.
  if (form.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}
