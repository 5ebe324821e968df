/** Filled expertise templates as the sheets a coordinator sends back: the core's template, its cells read as values. */
import { DEFAULT_EXPERTISE_SETTINGS, type Rubric, rubricCriteria } from "../../../src/core/indicators/expertiseRubric";
import { expertiseTemplateSheets } from "../../../src/core/report/expertiseTemplate";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { t } from "../../../src/i18n";
import "../../../src/taskpane/i18n";

const ru = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");

/** The template of `object` with `points` (criterion id → points) as a sheet of values (formulas read as blanks). */
export function templateMatrix(rubric: Rubric, object: string, points: Record<string, number | null>, sheet = object): SourceMatrix {
  const [form] = expertiseTemplateSheets(rubric, { settings: DEFAULT_EXPERTISE_SETTINGS, tr: ru, lang: "ru", namespace: "SHNOR", objects: [object], points: new Map([[object, points]]) });
  const rows = Math.max(...form.cells.map((c) => c.row));
  const cols = Math.max(...form.cells.map((c) => c.col));
  const values: unknown[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const c of form.cells) values[c.row - 1][c.col - 1] = c.formula !== undefined ? null : (c.value ?? null);
  return { sheet, originRow: 1, originCol: 1, values };
}

/** Every criterion at `share` of its maximum (rounded to halves), the first `blank` criteria left blank. */
export function pointsAt(rubric: Rubric, share: number, blank = 0): Record<string, number | null> {
  return Object.fromEntries(rubricCriteria(rubric).map((c, i) => [c.id, i < blank ? null : Math.round(c.maxPoints * share * 2) / 2]));
}
