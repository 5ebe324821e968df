/**
 * The expertise template a coordinator fills in plain Excel, without the add-in (issue #7): per sheet the rubric's
 * criteria with their maximum, a «Балл» column that only accepts 0..max (data validation), the object's name in B5,
 * and the totals, both levels and both verdicts as ordinary formulas (SUM, SUMIF, IF) — so the sheet shows its own
 * result as it is filled. The sheet is protected without a password: only the yellow cells are editable, so the
 * criteria the summary relies on cannot be broken by accident. `readExpertiseFiles` reads it back.
 *
 * The ReportSpec layer has no formulas or validation, hence exceljs directly (the CLI is the only writer of this file).
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../core/errors";
import { type ExpertiseSettings, PART_WORDS, type Rubric, rubricCriteria } from "../core/indicators/expertiseRubric";
import { normalizeHeader } from "../core/table/headers";
import { atomicWriteBuffer } from "../host/file";
import { type Lang, t } from "../i18n";
import "./contextMessages";

/** The label of the object's name cell in either language, as `normalizeHeader` gives it (the reader looks for it). */
export const OBJECT_LABELS = (["ru", "en"] as const).map((lang) => normalizeHeader(t("xt_object", {}, lang)));

/** Where things are on a template sheet (1-based); the header row stays within the first ten rows the readers scan. */
export const TEMPLATE_LAYOUT = { objectRow: 5, labelCol: 1, valueCol: 2, totalRow: 6, mechanismsRow: 7, implementationRow: 8, unscoredRow: 9, headerRow: 10 } as const;

/** The column of each field (A…G). */
const COL = { section: 1, id: 2, criterion: 3, max: 4, part: 5, points: 6, comment: 7 } as const;
const WIDTHS = [38, 10, 80, 12, 13, 10, 36];
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

export interface ExpertiseTemplateOptions {
  lang: Lang;
  settings: ExpertiseSettings;
  /** One sheet per object with its name filled in; none → one sheet with a blank name. */
  objects?: readonly string[];
  /** Points already given (the sample's filled templates): object → criterion id → points. */
  points?: ReadonlyMap<string, Readonly<Record<string, number | null>>>;
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique (case-insensitive). */
export function sheetNameFor(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Лист";
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function expertiseTemplateWorkbook(rubric: Rubric, options: ExpertiseTemplateOptions): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ШНОР Аналитика";
  // exceljs stores no formula results: Excel computes them all when the file is opened.
  wb.calcProperties.fullCalcOnLoad = true;
  const used = new Set<string>();
  const objects = options.objects?.length ? options.objects : [""];
  for (const object of objects) {
    const ws = wb.addWorksheet(sheetNameFor(object || t("xt_sheet", {}, options.lang), used));
    await fillSheet(ws, rubric, object, options.points?.get(object) ?? {}, options);
  }
  return wb;
}

export async function writeExpertiseTemplate(path: string, rubric: Rubric, options: ExpertiseTemplateOptions): Promise<void> {
  const wb = await expertiseTemplateWorkbook(rubric, options);
  await atomicWriteBuffer(path, Buffer.from(await wb.xlsx.writeBuffer()));
}

type Tr = (key: string, params?: Record<string, string | number>) => string;

async function fillSheet(ws: ExcelJS.Worksheet, rubric: Rubric, object: string, points: Readonly<Record<string, number | null>>, o: ExpertiseTemplateOptions): Promise<void> {
  const tr: Tr = (key, params = {}) => t(key, params, o.lang);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  heading(ws, rubric.title, tr);
  objectRow(ws, object, tr);
  const count = rubricCriteria(rubric).length;
  const first = TEMPLATE_LAYOUT.headerRow + 1;
  const range = (col: number) => `${columnLetter(col)}${first}:${columnLetter(col)}${first + count - 1}`;
  summaryFormulas(ws, { points: range(COL.points), max: range(COL.max), part: range(COL.part) }, o.settings, o.lang, tr);
  criteriaRows(ws, rubric, points, tr);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: TEMPLATE_LAYOUT.headerRow, topLeftCell: `A${first}`, activeCell: `${columnLetter(TEMPLATE_LAYOUT.valueCol)}${TEMPLATE_LAYOUT.objectRow}` }];
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  // No password: the protection only guards the criteria against slips; Рецензирование → Снять защиту lifts it.
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** Rows 1–4: the rubric's title and the instructions, each merged across the table's width. */
function heading(ws: ExcelJS.Worksheet, title: string, tr: Tr): void {
  const L = TEMPLATE_LAYOUT;
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, height: number) => {
    ws.mergeCells(row, 1, row, COL.comment);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: "top" };
    // Excel never fits the height of merged cells to their text: it is set here.
    ws.getRow(row).height = height;
  };
  line(1, title, { bold: true, size: 14 }, 22);
  line(2, tr("xt_instr_1", { cell: `${columnLetter(L.valueCol)}${L.objectRow}`, points: columnLetter(COL.points) }), {}, 32);
  line(3, tr("xt_instr_2", { max: columnLetter(COL.max) }), {}, 32);
  line(4, tr("xt_instr_3", { from: L.totalRow, to: L.unscoredRow }), { italic: true }, 32);
}

/** Row 5: «Объект экспертизы:» with its yellow input cell (B5:C5), «Эксперт:» with another (E5:G5). */
function objectRow(ws: ExcelJS.Worksheet, object: string, tr: Tr): void {
  const row = TEMPLATE_LAYOUT.objectRow;
  const text = (col: number, value: string, bold: boolean) => {
    const cell = ws.getCell(row, col);
    cell.value = value;
    cell.font = { bold };
    cell.alignment = { horizontal: "right" };
  };
  const input = (from: number, to: number, value: string) => {
    ws.mergeCells(row, from, row, to);
    for (let c = from; c <= to; c++) {
      const cell = ws.getCell(row, c);
      cell.fill = INPUT_FILL;
      cell.border = THIN;
      cell.protection = { locked: false };
    }
    ws.getCell(row, from).value = value || null;
  };
  text(TEMPLATE_LAYOUT.labelCol, tr("xt_object"), true);
  input(TEMPLATE_LAYOUT.valueCol, COL.criterion, object);
  text(COL.max, tr("xt_expert"), false);
  input(COL.part, COL.comment, "");
}

/** The header and one row per criterion; the points cell accepts only 0..max and is, with the comment, editable. */
function criteriaRows(ws: ExcelJS.Worksheet, rubric: Rubric, points: Readonly<Record<string, number | null>>, tr: Tr): void {
  const headers = [tr("ctx_rub_section"), tr("ctx_rub_id"), tr("ctx_rub_criterion"), tr("ctx_rub_max"), tr("ctx_rub_part"), tr("xt_points"), tr("xt_comment")];
  const header = ws.getRow(TEMPLATE_LAYOUT.headerRow);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  const criteria = rubric.sections.flatMap((s) => s.criteria.map((c) => ({ s, c })));
  criteria.forEach(({ s, c }, i) => {
    const row = ws.getRow(TEMPLATE_LAYOUT.headerRow + 1 + i);
    const values = [`${s.id}. ${s.title}`, c.id, c.text, c.maxPoints, c.part ? PART_WORDS[c.part] : "", points[c.id] ?? null, null];
    values.forEach((v, k) => {
      const cell = row.getCell(k + 1);
      cell.value = v;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    const p = row.getCell(COL.points);
    p.fill = INPUT_FILL;
    p.protection = { locked: false };
    p.dataValidation = {
      type: "decimal", operator: "between", formulae: [0, c.maxPoints], allowBlank: true,
      showInputMessage: true, promptTitle: tr("xt_points"), prompt: tr("xt_points_prompt", { max: c.maxPoints }),
      showErrorMessage: true, errorStyle: "stop", errorTitle: tr("xt_points_error_title"), error: tr("xt_points_error", { max: c.maxPoints }),
    };
    row.getCell(COL.comment).protection = { locked: false };
  });
}

/**
 * Rows 6–9: the total, each level with its verdict, the criteria left blank. A criterion without a part counts in both
 * levels (SUMIF "<>реализация" keeps it among the mechanisms), as in `evaluateExpertise`; levels are rounded to 9
 * digits before the comparison so that a sum of tenths never misses 70 % by a floating-point hair.
 */
function summaryFormulas(ws: ExcelJS.Worksheet, r: { points: string; max: string; part: string }, s: ExpertiseSettings, lang: Lang, tr: Tr): void {
  const pct = (x: number) => `${String(Math.round(x * 1000) / 10).replace(".", lang === "ru" ? "," : ".")} %`;
  const L = TEMPLATE_LAYOUT;
  const v = columnLetter(L.valueCol);
  const verdictCol = L.valueCol + 1;
  const set = (row: number, col: number, value: ExcelJS.CellValue, numFmt?: string) => {
    const cell = ws.getCell(row, col);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    cell.font = { bold: true };
  };
  const labelAt = (row: number, key: string) => {
    const cell = ws.getCell(row, L.labelCol);
    cell.value = tr(key);
    cell.font = { bold: true };
    cell.alignment = { horizontal: "right" };
  };
  labelAt(L.totalRow, "xt_total");
  set(L.totalRow, L.valueCol, { formula: `SUM(${r.points})` }, "0.0");
  // Plain concatenation (not TEXT): TEXT's format codes depend on the user's locale, General does not need one.
  set(L.totalRow, verdictCol, { formula: `"${tr("xt_of")} "&SUM(${r.max})` });
  const level = (exclude: string) => (s.levelBasis === "total"
    ? `IFERROR(SUM(${r.points})/SUM(${r.max}),"")`
    : `IFERROR(SUMIF(${r.part},"<>${exclude}",${r.points})/SUMIF(${r.part},"<>${exclude}",${r.max}),"")`);
  const verdict = (row: number, threshold: number, yes: string, no: string) =>
    `IF(${v}${row}="","",IF(ROUND(${v}${row},9)>=${threshold},"${tr(yes, { threshold: pct(threshold) })}","${tr(no, { threshold: pct(threshold) })}"))`;
  labelAt(L.mechanismsRow, s.levelBasis === "total" ? "xt_level_mechanisms_total" : "xt_level_mechanisms");
  set(L.mechanismsRow, L.valueCol, { formula: level(PART_WORDS.implementation) }, "0.0%");
  set(L.mechanismsRow, verdictCol, { formula: verdict(L.mechanismsRow, s.mechanismsThreshold, "xt_formed_yes", "xt_formed_no") });
  labelAt(L.implementationRow, s.levelBasis === "total" ? "xt_level_implementation_total" : "xt_level_implementation");
  set(L.implementationRow, L.valueCol, { formula: level(PART_WORDS.mechanisms) }, "0.0%");
  set(L.implementationRow, verdictCol, { formula: verdict(L.implementationRow, s.implementationThreshold, "xt_implemented_yes", "xt_implemented_no") });
  labelAt(L.unscoredRow, "xt_unscored");
  set(L.unscoredRow, L.valueCol, { formula: `COUNTBLANK(${r.points})` }, "0");
}

/** The sum of the maxima (for messages). */
export function rubricMax(r: Rubric): number {
  return rubricCriteria(r).reduce((a, c) => a + c.maxPoints, 0);
}
