/**
 * Dynamics between two results years: per school and assessment, the seed-004 distributions, and how ШНОР moved
 * between clusters. The summary keeps, per assessment, the schools «показывают положительный результат».
 */
import { findAssessment } from "../../core/catalog/assessments";
import { clusterTransitions } from "../../core/indicators/clusterTransitions";
import { dynamicsReport } from "../../core/indicators/dynamicsReport";
import { dynamicsSheets } from "../../core/report/dynamicsSheets";
import type { IdentifySettings } from "../../core/settings";
import { methodologyProblems } from "./methodology";
import { storedMethodology } from "./storedSettings";
import type { WorkflowDefinition } from "./types";

export interface DynamicsChoice {
  fromYear: number;
  toYear: number;
  methodology: IdentifySettings;
}

export interface AssessmentPositive {
  id: string;
  label: string;
  /** Schools with positive dynamics or 0 % failures in both years. */
  positive: number;
  /** All schools of the set (no data included, as in seed 004). */
  total: number;
}

export interface DynamicsSummaryData {
  fromYear: number;
  toYear: number;
  schools: number;
  assessments: AssessmentPositive[];
  overall: { positive: number; total: number };
  transitions: { improved: number; left: number; unchanged: number; worsened: number; entered: number; inEarlierList: number };
}

export const dynamicsWorkflow: WorkflowDefinition<DynamicsChoice, DynamicsSummaryData> = {
  id: "dynamics",
  initialSettings(stored, years) {
    const last = years[years.length - 1] ?? new Date().getFullYear();
    const { fromYear, toYear } = stored.dynamics ?? {};
    if (fromYear !== undefined && toYear !== undefined && fromYear < toYear && years.includes(fromYear) && years.includes(toYear)) {
      return { fromYear, toYear, methodology: storedMethodology(stored) };
    }
    return { fromYear: years[years.length - 2] ?? last - 1, toYear: last, methodology: storedMethodology(stored) };
  },
  validate(choice, years) {
    const problems = methodologyProblems(choice.methodology);
    for (const y of [choice.fromYear, choice.toYear]) if (!years.includes(y)) problems.push({ key: "wf_set_year_absent", params: { year: y } });
    if (choice.fromYear >= choice.toYear) problems.push({ key: "wf_set_years_order" });
    return problems;
  },
  store(stored, choice) {
    return { ...stored, methodology: choice.methodology, dynamics: { fromYear: choice.fromYear, toYear: choice.toYear } };
  },
  compute(rows, choice, tr) {
    const report = dynamicsReport(rows, choice.fromYear, choice.toYear, choice.methodology);
    const transitions = clusterTransitions(rows, choice.fromYear, choice.toYear, choice.methodology);
    const all = report.summary.all;
    const t = transitions.all;
    return {
      report: dynamicsSheets(report, transitions, tr),
      summary: {
        fromYear: report.fromYear,
        toYear: report.toYear,
        schools: report.schools.length,
        assessments: report.assessments.map((id) => ({
          id, label: findAssessment(id)?.label ?? id, positive: all.byAssessment[id].positiveResult, total: all.byAssessment[id].total,
        })),
        overall: { positive: all.overall.positiveResult, total: all.overall.total },
        transitions: { improved: t.improved, left: t.left, unchanged: t.unchanged, worsened: t.worsened, entered: t.entered, inEarlierList: t.inEarlierList },
      },
    };
  },
};
