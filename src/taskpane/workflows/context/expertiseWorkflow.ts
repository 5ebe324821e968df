/**
 * Expertise of a municipal roadmap or a school programme: a filled template sheet (the rubric's rows, points in a
 * «Балл» column or one column per municipality / school) → levels and verdicts per object and seed-000 indicators
 * 17–18 — the core's readFilledExpertise, evaluateExpertise, expertiseSummary and expertiseSpec, as `shnor expertise
 * summary` calls them (one sheet per run here; a sheet may hold many objects — every template sheet of the workbook
 * at once: expertiseBatch.ts).
 */
import {
  DEFAULT_EXPERTISE_SETTINGS, type ExpertiseScores, type ExpertiseSettings, type ExpertiseSummary, type LevelBasis, readFilledExpertise, readRubric, type Rubric,
  rubricCriteria, RUBRIC_FIELDS,
} from "../../../core/indicators/expertiseRubric";
import { summarizeExpertise } from "../../../core/indicators/expertiseSheets";
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "../../../core/indicators/programmeShare";
import { expertiseSpec, rubricTable } from "../../../core/report/contextSheets";
import { expertiseTemplateSheets, type FormSheet } from "../../../core/report/expertiseTemplate";
import type { ReportSpec } from "../../../core/report/sheet";
import type { Translate } from "../../../core/report/translate";
import type { HostOptions, SourceMatrix, WorkbookHost } from "../../../host/WorkbookHost";
import type { WorkflowDefinition } from "../types";
import type { ExtraSource } from "./extraSource";

export interface ExpertiseChoice {
  year: number;
  mechanismsThreshold: number;
  implementationThreshold: number;
  levelBasis: LevelBasis;
}

export interface ObjectLine {
  object: string;
  mechanisms: number | null;
  implementation: number | null;
  formed: boolean | null;
  implemented: boolean | null;
}

export interface IndicatorLine {
  indicator: number;
  n: number;
  m: number;
  share: number | null;
  target: number | null;
  met: boolean | null;
}

export interface ExpertiseSummaryData {
  year: number;
  objects: ObjectLine[];
  indicators: IndicatorLine[];
}

/** The years seed 000 sets the targets of indicators 17–18 for. */
export const EXPERTISE_YEARS: readonly number[] = Array.from({ length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 }, (_, k) => PROGRAMME_FIRST_YEAR + k);

/**
 * The namespace of the worksheet functions in the formulas the pane writes: the one the running manifest registers.
 * One build-time fact decides both: webpack's mode replaces process.env.NODE_ENV, and the same mode makes the build
 * copy manifest.xml as it is (development: SHNORDEV) or rewrite it for release (production: SHNOR, see
 * tools/manifest-transform.js). A wrong guess would still give the right level: the formulas fall back to plain sums.
 */
export const PANE_FUNCTION_NAMESPACE = process.env.NODE_ENV === "production" ? "SHNOR" : "SHNORDEV";

/** A host that writes form sheets (formulas, validation, protection): the Excel host. */
export interface FormWriter {
  writeForms(forms: readonly FormSheet[], options?: HostOptions & { replace?: boolean }): Promise<void>;
}

export function canWriteForms(host: WorkbookHost | null): host is WorkbookHost & FormWriter {
  return !!host && typeof (host as Partial<FormWriter>).writeForms === "function";
}

/**
 * The template as the CLI writes it (src/core/report/expertiseTemplate.ts): one sheet per object (or one «Экспертиза»
 * sheet), points limited to 0..max, levels and verdicts as formulas that work without the add-in.
 */
export function expertiseTemplateForms(
  rubric: Rubric, objects: readonly string[], tr: Translate, lang: "ru" | "en",
  settings: ExpertiseSettings = DEFAULT_EXPERTISE_SETTINGS, namespace: string = PANE_FUNCTION_NAMESPACE,
): FormSheet[] {
  return expertiseTemplateSheets(rubric, { settings, tr, lang, namespace, objects });
}

/** A rubric read from a sheet or table of the workbook (an edited rubric, or a template sheet's criteria). */
export interface RubricSource extends ExtraSource {
  rubric: Rubric;
}

export function readRubricSource(matrix: SourceMatrix, key: string, name: string): RubricSource {
  const read = readRubric(matrix, { id: key, title: name });
  return { key, name, problems: read.problems, rubric: read.rubric };
}

/** The template for a host that cannot write forms: the rubric with a points column per object (or one «Балл» column). */
export function expertiseTemplateReport(rubric: Rubric, objects: readonly string[], tr: Translate): ReportSpec {
  const table = rubricTable(rubric, tr, objects.length > 0 ? objects : [tr("cp_exp_points")]);
  return { sheets: [{ name: tr("cp_exp_sheet"), title: rubric.title, notes: [tr("cp_exp_note_1"), tr("cp_exp_note_2")], tables: [table] }] };
}

/** What the summary card shows of the core's summary. */
export function expertiseSummaryData(s: ExpertiseSummary): ExpertiseSummaryData {
  const line = (i: typeof s.mechanisms): IndicatorLine => ({ indicator: i.indicator, n: i.n, m: i.m, share: i.share, target: i.target, met: i.met });
  return {
    year: s.year,
    objects: s.evaluations.map((e) => ({ object: e.object, mechanisms: e.mechanisms.level, implementation: e.implementation.level, formed: e.mechanismsFormed, implemented: e.measuresImplemented })),
    indicators: [line(s.mechanisms), line(s.implementation)],
  };
}

/** The verdict settings of a choice. */
export const verdictSettings = (c: ExpertiseChoice) => ({ mechanismsThreshold: c.mechanismsThreshold, implementationThreshold: c.implementationThreshold, levelBasis: c.levelBasis });

export function shareProblems(choice: ExpertiseChoice): { key: string }[] {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  return ok(choice.mechanismsThreshold) && ok(choice.implementationThreshold) ? [] : [{ key: "cp_set_threshold_range" }];
}

export function expertiseWorkflow(rubric: Rubric): WorkflowDefinition<ExpertiseChoice, ExpertiseSummaryData, ExpertiseScores> {
  const criteria = rubricCriteria(rubric).length;
  return {
    id: `expertise-${rubric.id}`,
    table: {
      fields: RUBRIC_FIELDS,
      read(matrix, options) {
        const t = readFilledExpertise(matrix, { ...options, rubric });
        return { rows: t.scores, problems: t.problems };
      },
      facts: (rows) => ({ rows: rows.length, schools: criteria, years: [...EXPERTISE_YEARS], key: "cp_exp_facts" }),
      sourceIntroKey: "cp_source_expertise",
    },
    initialSettings(stored, years) {
      const s = stored.expertise ?? {};
      const year = s.year !== undefined && years.includes(s.year) ? s.year : years[0] ?? PROGRAMME_FIRST_YEAR;
      return { year, mechanismsThreshold: s.mechanismsThreshold ?? 0.7, implementationThreshold: s.implementationThreshold ?? 0.5, levelBasis: s.levelBasis ?? "parts" };
    },
    validate(choice, years) {
      const problems: { key: string; params?: Record<string, string | number> }[] = shareProblems(choice);
      if (!years.includes(choice.year)) problems.push({ key: "wf_set_year_absent", params: { year: choice.year } });
      return problems;
    },
    store: (stored, c) => ({ ...stored, expertise: { year: c.year, mechanismsThreshold: c.mechanismsThreshold, implementationThreshold: c.implementationThreshold, levelBasis: c.levelBasis } }),
    compute(rows, choice, tr) {
      const settings = verdictSettings(choice);
      const s = summarizeExpertise(rubric, rows.map((scores) => ({ scores })), choice.year, settings);
      return { report: expertiseSpec(s, tr), summary: expertiseSummaryData(s) };
    },
  };
}
