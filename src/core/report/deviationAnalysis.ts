/**
 * What a ГИА deviation report shows: per school the deviation R − 1 over the window ending Y, the cells used and
 * skipped, the deviation of the window ending Y − 1 and the dynamics between them (rising = positive), and the
 * programme indicator «доля школ с положительной динамикой отклонения» = n/m against seed 000 (indicator 4).
 */
import { ShnorError } from "../errors";
import type { Problem } from "../errors";
import {
  type GiaDeviationDynamics, giaDeviationDynamics, type GiaDeviationSettings, giaDeviationForSchool, giaDeviationSettings, type GiaMeanCell, windowYears,
} from "../indicators/giaDeviation";
import { indexDynamics } from "../indicators/indexDynamics";
import { type DynamicsShare, shareOfSchoolsWithPositiveDynamics } from "../indicators/programmeShare";
import { programmeVerdict, type ProgrammeVerdict } from "./indicesAnalysis";

/** Where the means came from: computed from student rows, read from a means table, or from the aggregate table. */
export type GiaMeansSource = "students" | "meansTable" | "aggregateTable";

export interface DeviationAnalysisOptions extends Partial<GiaDeviationSettings> {
  /** The schools counted in m (the project cohort); default every school with a cell in either window. */
  schoolIds?: readonly string[];
  excludeNotEvaluable?: boolean;
  /** The programme year whose minimum is applied; default Y. */
  targetYear?: number;
}

export interface DeviationAnalysis {
  source: GiaMeansSource;
  year: number;
  window: number[];
  previousWindow: number[];
  schools: GiaDeviationDynamics[];
  share: DynamicsShare;
  programme: ProgrammeVerdict;
  settings: GiaDeviationSettings & { excludeNotEvaluable: boolean; targetYear: number; schoolIds: string[] | null };
  /** Skipped cells of the window ending Y (warnings). */
  problems: Problem[];
}

export function analyseDeviation(cells: readonly GiaMeanCell[], source: GiaMeansSource, year: number, options: DeviationAnalysisOptions = {}): DeviationAnalysis {
  const gia = giaDeviationSettings(options);
  const window = windowYears(year, gia.windowYears);
  const previousWindow = windowYears(year - 1, gia.windowYears);
  const inEither = cells.filter((c) => c.schoolMean !== null && (window.includes(c.year) || previousWindow.includes(c.year)));
  if (!cells.some((c) => c.schoolMean !== null && window.includes(c.year))) {
    throw new ShnorError("gia_window_no_data", { from: window[0], to: year, years: [...new Set(cells.map((c) => c.year))].sort().join(", ") || "—" });
  }
  const all = giaDeviationDynamics(inEither, year, gia);
  const schoolIds = options.schoolIds ? [...options.schoolIds] : null;
  // A cohort school without any cell still counts in m (as "nodata"), as seed 000 defines m.
  const schools = schoolIds
    ? schoolIds.map((id) => all.schools.find((s) => s.schoolId === id) ?? emptySchool(id, year, gia))
    : all.schools;
  const problems = schoolIds ? all.problems.filter((p) => schoolIds.includes(String(p.params.school))) : all.problems;
  const excludeNotEvaluable = options.excludeNotEvaluable ?? false;
  const share = shareOfSchoolsWithPositiveDynamics(schools, { excludeNotEvaluable });
  const targetYear = options.targetYear ?? year;
  return {
    source, year, window, previousWindow, schools, share, programme: programmeVerdict(4, targetYear, share),
    settings: { ...gia, excludeNotEvaluable, targetYear, schoolIds }, problems,
  };
}

function emptySchool(schoolId: string, year: number, gia: GiaDeviationSettings): GiaDeviationDynamics {
  const current = giaDeviationForSchool([], schoolId, year, gia);
  const previous = giaDeviationForSchool([], schoolId, year - 1, gia);
  return { schoolId, current, previous, type: indexDynamics(null, null, "higherIsBetter") };
}
