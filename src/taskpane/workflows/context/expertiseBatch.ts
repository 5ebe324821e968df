/**
 * The expertise summary over every filled template sheet of the workbook (issue #7): each sheet is read against the
 * chosen rubric with the core's readExpertiseSheet (the one `shnor expertise summary` reads files' sheets with), the
 * sheets without errors are offered, the user unticks some, and the ticked ones are read again, collected (each
 * municipality once) and summarised — summarizeExpertise and expertiseSummaryReport, as the command does. Pure: the
 * hook useExpertiseBatch does the reading and writing.
 */
import type { Problem } from "../../../core/errors";
import type { Rubric } from "../../../core/indicators/expertiseRubric";
import { type CollectedObject, collectExpertiseObjects, type ExpertiseOrigin, objectLabels, readExpertiseSheet, summarizeExpertise } from "../../../core/indicators/expertiseSheets";
import { expertiseSummaryReport } from "../../../core/report/expertiseSummarySheets";
import type { Translate } from "../../../core/report/translate";
import type { SourceMatrix } from "../../../host/WorkbookHost";
import { t } from "../../../i18n";
import type { Computed } from "../types";
import { type ExpertiseChoice, expertiseSummaryData, type ExpertiseSummaryData, verdictSettings } from "./expertiseWorkflow";

/** One sheet of the workbook as the check found it. */
export interface BatchSheet {
  sheet: string;
  /** False: no criteria table on the sheet (not an expertise template). */
  template: boolean;
  /** The objects the sheet gives (its name cell, or one per column). */
  objects: string[];
  problems: Problem[];
  errors: number;
}

/** The object's name cell in either language (the template may have been written in English). */
const labels = () => objectLabels((["ru", "en"] as const).map((lang) => (key: string) => t(key, {}, lang)));

/** A sheet read against the rubric, as the CLI reads each sheet of a file. */
export function checkSheet(matrix: SourceMatrix, rubric: Rubric): BatchSheet {
  const r = readExpertiseSheet(matrix, { rubric, labels: labels(), fallbackName: matrix.sheet, reportSkipped: true });
  return { sheet: matrix.sheet, template: r.template, objects: r.scores.map((s) => s.object), problems: r.problems, errors: r.problems.filter((p) => p.severity === "error").length };
}

/** The sheets that can be counted: filled templates without errors, with at least one object. */
export const usable = (s: BatchSheet): boolean => s.template && s.errors === 0 && s.objects.length > 0;

/** Objects given by two ticked sheets: each municipality counts once, so the run waits until one is unticked. */
export function duplicates(sheets: readonly BatchSheet[], chosen: readonly string[]): { object: string; first: string; second: string }[] {
  const seen = new Map<string, string>();
  const out: { object: string; first: string; second: string }[] = [];
  for (const s of sheets) {
    if (!chosen.includes(s.sheet) || !usable(s)) continue;
    for (const o of s.objects) {
      const first = seen.get(o);
      if (first !== undefined) out.push({ object: o, first, second: s.sheet });
      else seen.set(o, s.sheet);
    }
  }
  return out;
}

export type BatchComputed = { ok: true; computed: Computed<ExpertiseSummaryData>; objects: CollectedObject[] } | { ok: false; problems: Problem[] };

/**
 * The summary of the ticked sheets as read now: every sheet again through the core, every object once; any error
 * (a sheet changed since the check) stops the run with the problems, before anything is written.
 */
export function computeBatch(matrices: readonly SourceMatrix[], rubric: Rubric, choice: ExpertiseChoice, tr: Translate): BatchComputed {
  const objects: CollectedObject[] = [];
  const problems: Problem[] = [];
  for (const m of matrices) {
    const r = readExpertiseSheet(m, { rubric, labels: labels(), fallbackName: m.sheet, reportSkipped: true });
    if (!r.template) problems.push(...r.problems.map((p) => ({ ...p, severity: "error" as const })));
    problems.push(...r.problems.filter((p) => r.template && p.severity === "error"));
    problems.push(...collectExpertiseObjects(objects, r.scores, { sheet: m.sheet }));
  }
  if (problems.length > 0) return { ok: false, problems };
  const summary = summarizeExpertise(rubric, objects, choice.year, verdictSettings(choice));
  const sources = new Map<string, ExpertiseOrigin>(objects.map((x) => [x.scores.object, { sheet: x.sheet }]));
  return { ok: true, objects, computed: { report: expertiseSummaryReport(summary, sources, tr), summary: expertiseSummaryData(summary) } };
}
