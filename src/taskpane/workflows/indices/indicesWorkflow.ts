/**
 * Score indices and ГИА deviation from student results (long or wide): ИНР/ИМР of year Y with their dynamics
 * Y − 1 → Y, and the deviation of each school's ГИА mean from the region over the window ending Y. The sheets are
 * the core report builders' (as `shnor indices` and `shnor deviation` write them); the summary keeps the region
 * ИНР per procedure and the three programme shares against their seed-000 minimums.
 */
import { ShnorError } from "../../../core/errors";
import { giaMeansFromStudents } from "../../../core/indicators/giaDeviation";
import { analyseDeviation, type DeviationAnalysis } from "../../../core/report/deviationAnalysis";
import { deviationSheets } from "../../../core/report/deviationSheets";
import { indicesSheets, procedureText } from "../../../core/report/indicesSheets";
import { analyseStudentIndices } from "../../../core/report/studentIndices";
import { readStudentTable, type StudentScore, studentFields } from "../../../core/table/students";
import type { WorkflowDefinition, WorkflowTable } from "../types";
import { indicesChoiceProblems, initialIndicesChoice, type IndicesChoice } from "./indicesChoice";
import { programmeLine, type ProgrammeLine } from "./programmeLine";

export interface RegionInr {
  label: string;
  participants: number;
  inr: number | null;
}

export interface IndicesSummaryData {
  year: number;
  schools: number;
  /** Region ИНР per procedure × grade of year Y. */
  region: RegionInr[];
  /** Y − 1 → Y, or null when the data have no Y − 1. */
  dynamicsYears: { from: number; to: number } | null;
  /** ИНР (indicator 2), ИМР (3), ГИА deviation (4), as far as they could be computed. */
  programme: ProgrammeLine[];
  /** The deviation window «2022–2024», or null when the data have no ОГЭ/ЕГЭ in it. */
  deviationWindow: string | null;
}

export const studentTable: WorkflowTable<StudentScore> = {
  fields: studentFields(),
  sourceIntroKey: "idx_source",
  read: (matrix, options) => readStudentTable(matrix, options),
  facts: (rows) => ({
    rows: rows.length,
    schools: new Set(rows.map((r) => r.schoolId)).size,
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
  }),
};

/** The deviation analysis, or null when the window holds no ОГЭ/ЕГЭ result (a file of ВПР only). */
function deviationOf(rows: readonly StudentScore[], choice: IndicesChoice): DeviationAnalysis | null {
  try {
    return analyseDeviation(giaMeansFromStudents(rows), "students", choice.year, { targetYear: choice.targetYear });
  } catch (e) {
    if (e instanceof ShnorError && e.code === "gia_window_no_data") return null;
    throw e;
  }
}

export const indicesWorkflow: WorkflowDefinition<IndicesChoice, IndicesSummaryData, StudentScore> = {
  id: "indices",
  table: studentTable,
  initialSettings: initialIndicesChoice,
  validate: indicesChoiceProblems,
  store(stored, choice) {
    return { ...stored, indices: { year: choice.year, massSubjects: [...choice.massSubjects], targetYear: choice.targetYear } };
  },
  compute(rows, choice, tr) {
    const { analysis } = analyseStudentIndices(rows, { massSubjects: choice.massSubjects }, { year: choice.year, targetYear: choice.targetYear });
    const deviation = deviationOf(rows, choice);
    const sheets = [...indicesSheets(analysis, tr).sheets, ...(deviation ? deviationSheets(deviation, tr).sheets : [])];
    const d = analysis.dynamics;
    const programme: ProgrammeLine[] = [];
    if (d) programme.push(programmeLine("inr", d.inr.share, d.inr.programme));
    if (d?.imr) programme.push(programmeLine("imr", d.imr.share, d.imr.programme));
    if (deviation) programme.push(programmeLine("deviation", deviation.share, deviation.programme));
    return {
      report: { sheets },
      summary: {
        year: analysis.year,
        schools: new Set(analysis.schools.map((g) => g.schoolId)).size,
        region: analysis.region.map((g) => ({ label: `${procedureText(g.procedure)} ${g.grade}`, participants: g.participants, inr: g.inr })),
        dynamicsYears: d ? { from: d.fromYear, to: d.toYear } : null,
        programme,
        deviationWindow: deviation ? `${deviation.window[0]}–${deviation.year}` : null,
      },
    };
  },
};
