/**
 * The expertise template (issue #7) as data: which cell of a sheet holds which text, formula, format, data validation,
 * conditional format and protection. The CLI renders it with exceljs (src/cli/expertiseWorkbook.ts), the task pane
 * with Office.js (src/host/excel/writeForms.ts); both writers only translate this description, so the file a
 * coordinator gets from `shnor expertise template` and the sheet the pane writes are the same template.
 *
 * The template is filled in plain Excel, without the add-in: the points column accepts only 0..max, and the total,
 * both levels and both verdicts are formulas. A level calls the add-in's `EXPERTISELEVEL` and falls back to plain
 * sums where the add-in is absent: `IFERROR(NS.EXPERTISELEVEL(points, max), IFERROR(SUM(points)/SUM(max), ""))`
 * (IFERROR catches the #NAME? of an unknown function; both give the same level). Per part (mechanisms /
 * implementation) hidden helper columns hold the points and maxima of the criteria counted in that part — 0 for the
 * others, so EXPERTISELEVEL receives two ranges of one shape, as it requires.
 *
 * Pure: no exceljs, no Office.js, no user text (a translator supplies it).
 */
import { columnLetter } from "../errors";
import { type CriterionPart, type ExpertiseSettings, PART_WORDS, type Rubric, rubricCriteria } from "../indicators/expertiseRubric";
import type { RuleStyle } from "./sheet";
import type { Translate } from "./translate";

// ---------------------------------------------------------------------------------------------------------------
// A form sheet: cells with formulas and styles, validation, rules, protection (what ReportSpec does not describe)

/** How one cell looks; colours are RGB hex without "#", number formats Excel's invariant codes. */
export interface FormCellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: string;
  border?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "right" | "center";
  vertical?: "top" | "middle";
  numberFormat?: string;
}

/** 1-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, 1-based, `rows` × `cols`. */
export interface CellArea extends CellRef {
  rows: number;
  cols: number;
}

export interface FormCell extends CellRef {
  /** A constant; text stays text (a criterion number "1.1" must not become a number or a date). */
  value?: string | number | null;
  /** A formula in Excel's invariant (English) notation, without the leading "=". */
  formula?: string;
  style?: FormCellStyle;
}

/** Data validation of one area: a number from `min` to `max` (blank allowed), with its prompt and error texts. */
export interface FormValidation {
  area: CellArea;
  type: "decimal" | "whole";
  min: number;
  max: number;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A conditional format: `formula` (invariant notation, no "="), relative to the area's top-left cell, true → style. */
export interface FormRule {
  area: CellArea;
  formula: string;
  style: RuleStyle;
}

export interface FormSheet {
  name: string;
  /** Widths in characters of the default font, from column A; hidden columns keep their width. */
  columns: { width: number; hidden?: boolean }[];
  /** Heights in points of the rows whose text the host cannot fit (merged cells). */
  rowHeights: { row: number; height: number }[];
  /** Rows whose height the host should fit to their wrapped text (1-based, inclusive). */
  fitRows?: { from: number; to: number };
  merges: CellArea[];
  cells: FormCell[];
  validations: FormValidation[];
  rules: FormRule[];
  /** Cells a user may edit once the sheet is protected. */
  unlocked: CellArea[];
  frozenRows: number;
  /** The cell to select when the sheet is shown. */
  activeCell: CellRef;
  /** Protected without a password (Рецензирование → Снять защиту lifts it): only `unlocked` can be edited. */
  protect: boolean;
}

/** "B7", "F11:F29": an area's A1 address (no sheet). */
export function areaAddress(a: CellArea): string {
  const first = `${columnLetter(a.col)}${a.row}`;
  return a.rows === 1 && a.cols === 1 ? first : `${first}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows - 1}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The expertise template

/** Where things are on a template sheet (1-based); the header row stays within the first ten rows the readers scan. */
export const TEMPLATE_LAYOUT = { objectRow: 5, labelCol: 1, valueCol: 2, verdictCol: 3, totalRow: 6, mechanismsRow: 7, implementationRow: 8, unscoredRow: 9, headerRow: 10 } as const;

/** The column of each field (A…G), then the hidden helper columns of the two parts (H…K). */
export const TEMPLATE_COLUMNS = { section: 1, id: 2, criterion: 3, max: 4, part: 5, points: 6, comment: 7, mechanismsPoints: 8, mechanismsMax: 9, implementationPoints: 10, implementationMax: 11 } as const;

const WIDTHS = [38, 10, 80, 12, 13, 10, 36];
const HELPER_WIDTH = 12;
export const INPUT_FILL = "FFF2CC";
export const HEADER_FILL = "D9E1F2";

export interface ExpertiseTemplateOptions {
  settings: ExpertiseSettings;
  /** The translator of the user's language (texts of the template). */
  tr: Translate;
  /** Decimal separator of the thresholds written into the verdict texts. */
  lang: "ru" | "en";
  /** The namespace of the add-in's functions in the formulas: SHNOR (released add-in), SHNORDEV (development). */
  namespace: string;
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

/** The names the template's sheets get, in order (one per object, or one default sheet). */
export function templateSheetNames(objects: readonly string[], defaultName: string): string[] {
  const used = new Set<string>();
  return (objects.length ? objects : [""]).map((o) => sheetNameFor(o || defaultName, used));
}

/** One template sheet per object (or one with a blank name). */
export function expertiseTemplateSheets(rubric: Rubric, o: ExpertiseTemplateOptions): FormSheet[] {
  const objects = o.objects?.length ? o.objects : [""];
  const names = templateSheetNames(o.objects ?? [], o.tr("xt_sheet"));
  return objects.map((object, i) => templateSheet(names[i], rubric, object, o.points?.get(object) ?? {}, o));
}

/** The ranges the formulas sum over: the criteria rows of a column. */
export interface TemplateRanges {
  first: number;
  last: number;
  column: (col: number) => string;
}

export function templateRanges(rubric: Rubric): TemplateRanges {
  const first = TEMPLATE_LAYOUT.headerRow + 1;
  const last = first + rubricCriteria(rubric).length - 1;
  return { first, last, column: (col) => `${columnLetter(col)}${first}:${columnLetter(col)}${last}` };
}

/** The threshold as the verdict text shows it: "70 %" (ru: "62,5 %"). */
function percentText(x: number, lang: "ru" | "en"): string {
  return `${String(Math.round(x * 1000) / 10).replace(".", lang === "ru" ? "," : ".")} %`;
}

/** A text constant inside a formula: quoted, quotes doubled. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The level of one part over a points range and a maxima range of one shape: the add-in's function, else the plain
 * ratio of sums, else blank (no maximum at all).
 */
export function levelFormula(namespace: string, points: string, max: string): string {
  return `IFERROR(${namespace}.EXPERTISELEVEL(${points},${max}),IFERROR(SUM(${points})/SUM(${max}),""))`;
}

/**
 * The helper of a part in one criterion row: the cell's points (or maximum) when the criterion counts in `part`, else
 * 0. A criterion without a part counts in both, as in `evaluateExpertise`. N() turns a blank into 0.
 */
export function helperFormula(part: CriterionPart, row: number, source: "points" | "max"): string {
  const other = PART_WORDS[part === "mechanisms" ? "implementation" : "mechanisms"];
  const E = columnLetter(TEMPLATE_COLUMNS.part);
  const value = source === "points" ? `N(${columnLetter(TEMPLATE_COLUMNS.points)}${row})` : `$${columnLetter(TEMPLATE_COLUMNS.max)}${row}`;
  return `IF($${E}${row}=${quoted(other)},0,${value})`;
}

/**
 * The verdict next to a level: blank while there is no level; levels are rounded to 9 digits before the comparison so
 * that a sum of tenths never misses 70 % by a floating-point hair.
 */
export function verdictFormula(levelCell: string, threshold: number, yes: string, no: string): string {
  return `IF(${levelCell}="","",IF(ROUND(${levelCell},9)>=${threshold},${quoted(yes)},${quoted(no)}))`;
}

const THRESHOLD_RULES = (levelCell: string, threshold: number): { formula: string; style: RuleStyle }[] => [
  { formula: `AND(ISNUMBER(${levelCell}),ROUND(${levelCell},9)>=${threshold})`, style: "good" },
  { formula: `AND(ISNUMBER(${levelCell}),ROUND(${levelCell},9)<${threshold})`, style: "bad" },
];

function templateSheet(name: string, rubric: Rubric, object: string, points: Readonly<Record<string, number | null>>, o: ExpertiseTemplateOptions): FormSheet {
  const { tr, settings: s } = o;
  const L = TEMPLATE_LAYOUT;
  const C = TEMPLATE_COLUMNS;
  const r = templateRanges(rubric);
  const parts = s.levelBasis === "parts";
  const cells: FormCell[] = [];
  const merges: CellArea[] = [];
  const width = C.comment;
  const border = { border: true, wrap: true, vertical: "top" as const };

  // Rows 1–4: the title and the instructions, each merged across the table's width.
  const line = (row: number, value: string, style: FormCellStyle) => {
    merges.push({ row, col: 1, rows: 1, cols: width });
    cells.push({ row, col: 1, value, style: { ...style, wrap: true, vertical: "top" } });
  };
  line(1, rubric.title, { bold: true, size: 14 });
  line(2, tr("xt_instr_1", { cell: `${columnLetter(L.valueCol)}${L.objectRow}`, points: columnLetter(C.points) }), {});
  line(3, tr("xt_instr_2", { max: columnLetter(C.max) }), {});
  line(4, tr("xt_instr_3", { from: L.totalRow, to: L.unscoredRow }), { italic: true });

  // Row 5: «Объект экспертизы:» with its yellow input cell (B5:C5), «Эксперт:» with another (E5:G5).
  const input = { fill: INPUT_FILL, border: true };
  cells.push({ row: L.objectRow, col: L.labelCol, value: tr("xt_object"), style: { bold: true, horizontal: "right" } });
  merges.push({ row: L.objectRow, col: L.valueCol, rows: 1, cols: C.criterion - L.valueCol + 1 });
  cells.push({ row: L.objectRow, col: L.valueCol, value: object || null, style: input });
  cells.push({ row: L.objectRow, col: C.max, value: tr("xt_expert"), style: { horizontal: "right" } });
  merges.push({ row: L.objectRow, col: C.part, rows: 1, cols: C.comment - C.part + 1 });
  cells.push({ row: L.objectRow, col: C.part, value: null, style: input });

  // Rows 6–9: the total, each level with its verdict, the criteria left blank.
  const label = (row: number, key: string) => cells.push({ row, col: L.labelCol, value: tr(key), style: { bold: true, horizontal: "right" } });
  const value = (row: number, col: number, formula: string, numberFormat?: string) => cells.push({ row, col, formula, style: { bold: true, ...(numberFormat ? { numberFormat } : {}) } });
  const at = (row: number) => `${columnLetter(L.valueCol)}${row}`;
  label(L.totalRow, "xt_total");
  value(L.totalRow, L.valueCol, `SUM(${r.column(C.points)})`, "0.0");
  // Plain concatenation (not TEXT): TEXT's format codes depend on the user's locale, General does not need one.
  value(L.totalRow, L.verdictCol, `${quoted(`${tr("xt_of")} `)}&SUM(${r.column(C.max)})`);
  const level = (part: CriterionPart) => {
    if (!parts) return levelFormula(o.namespace, r.column(C.points), r.column(C.max));
    const [p, m] = part === "mechanisms" ? [C.mechanismsPoints, C.mechanismsMax] : [C.implementationPoints, C.implementationMax];
    return levelFormula(o.namespace, r.column(p), r.column(m));
  };
  const verdictRow = (row: number, part: CriterionPart, threshold: number, yes: string, no: string) => {
    const labelKey = part === "mechanisms" ? "xt_level_mechanisms" : "xt_level_implementation";
    label(row, parts ? labelKey : `${labelKey}_total`);
    value(row, L.valueCol, level(part), "0.0%");
    const pct = percentText(threshold, o.lang);
    value(row, L.verdictCol, verdictFormula(at(row), threshold, tr(yes, { threshold: pct }), tr(no, { threshold: pct })));
  };
  verdictRow(L.mechanismsRow, "mechanisms", s.mechanismsThreshold, "xt_formed_yes", "xt_formed_no");
  verdictRow(L.implementationRow, "implementation", s.implementationThreshold, "xt_implemented_yes", "xt_implemented_no");
  label(L.unscoredRow, "xt_unscored");
  value(L.unscoredRow, L.valueCol, `COUNTBLANK(${r.column(C.points)})`, "0");

  // Row 10: the header; then one row per criterion.
  const headers = [tr("ctx_rub_section"), tr("ctx_rub_id"), tr("ctx_rub_criterion"), tr("ctx_rub_max"), tr("ctx_rub_part"), tr("xt_points"), tr("xt_comment")];
  const helperHeaders = parts ? [tr("xt_helper_mechanisms_points"), tr("xt_helper_mechanisms_max"), tr("xt_helper_implementation_points"), tr("xt_helper_implementation_max")] : [];
  [...headers, ...helperHeaders].forEach((h, i) => cells.push({ row: L.headerRow, col: i + 1, value: h, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, vertical: "middle" } }));
  const validations: FormValidation[] = [];
  rubric.sections.flatMap((sec) => sec.criteria.map((c) => ({ sec, c }))).forEach(({ sec, c }, i) => {
    const row = r.first + i;
    const values = [`${sec.id}. ${sec.title}`, c.id, c.text, c.maxPoints, c.part ? PART_WORDS[c.part] : "", points[c.id] ?? null, null];
    values.forEach((v, k) => cells.push({ row, col: k + 1, value: v, style: k + 1 === C.points ? { ...border, fill: INPUT_FILL } : border }));
    if (parts) {
      cells.push({ row, col: C.mechanismsPoints, formula: helperFormula("mechanisms", row, "points") });
      cells.push({ row, col: C.mechanismsMax, formula: helperFormula("mechanisms", row, "max") });
      cells.push({ row, col: C.implementationPoints, formula: helperFormula("implementation", row, "points") });
      cells.push({ row, col: C.implementationMax, formula: helperFormula("implementation", row, "max") });
    }
    validations.push({
      area: { row, col: C.points, rows: 1, cols: 1 }, type: "decimal", min: 0, max: c.maxPoints,
      prompt: { title: tr("xt_points"), message: tr("xt_points_prompt", { max: c.maxPoints }) },
      error: { title: tr("xt_points_error_title"), message: tr("xt_points_error", { max: c.maxPoints }) },
    });
  });

  const rules: FormRule[] = [L.mechanismsRow, L.implementationRow].flatMap((row) => {
    const threshold = row === L.mechanismsRow ? s.mechanismsThreshold : s.implementationThreshold;
    return THRESHOLD_RULES(`$${columnLetter(L.valueCol)}$${row}`, threshold).map((x) => ({ ...x, area: { row, col: L.valueCol, rows: 1, cols: 2 } }));
  });
  const count = r.last - r.first + 1;
  return {
    name,
    columns: [...WIDTHS.map((w) => ({ width: w })), ...(parts ? Array.from({ length: 4 }, () => ({ width: HELPER_WIDTH, hidden: true })) : [])],
    rowHeights: [{ row: 1, height: 22 }, { row: 2, height: 32 }, { row: 3, height: 32 }, { row: 4, height: 32 }],
    fitRows: { from: r.first, to: r.last },
    merges,
    cells,
    validations,
    rules,
    unlocked: [
      { row: L.objectRow, col: L.valueCol, rows: 1, cols: C.criterion - L.valueCol + 1 },
      { row: L.objectRow, col: C.part, rows: 1, cols: C.comment - C.part + 1 },
      { row: r.first, col: C.points, rows: count, cols: 1 },
      { row: r.first, col: C.comment, rows: count, cols: 1 },
    ],
    frozenRows: L.headerRow,
    activeCell: { row: L.objectRow, col: L.valueCol },
    protect: true,
  };
}

/** The sum of the maxima (for messages). */
export function rubricMax(r: Rubric): number {
  return rubricCriteria(r).reduce((a, c) => a + c.maxPoints, 0);
}
