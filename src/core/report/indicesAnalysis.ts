/**
 * What an indices report shows, assembled from the score-index results of one year Y: the groups and region totals
 * of Y, the dynamics of ИНР (falling = positive) and ИМР (rising = positive) between Y − 1 and Y when both years
 * are present, and the programme indicators «доля школ с положительной динамикой» = n/m against the seed-000
 * minimums (indicators 2 and 3). From per-subject aggregates the same is built over the per-subject ИНР and
 * flagged as an approximation throughout.
 */
import { ShnorError } from "../errors";
import { type CombineRule, schoolDynamics, type SchoolDynamics } from "../indicators/indexDynamics";
import {
  type DynamicsShare, findSeed000Indicator, programmeShare, seed000Target, shareOfSchoolsWithPositiveDynamics,
} from "../indicators/programmeShare";
import {
  type ApproximateRegionIndex, type ApproximateScoreIndex, type ApproximateScoreIndexResult, imrObservations, inrObservations,
  perSubjectInrObservations, type RegionScoreIndex, type SchoolScoreIndex, type ScoreIndexResult, type ScoreIndexSettings,
} from "../indicators/scoreIndices";

/** A programme indicator's n/m against its seed-000 minimum in the target year (none outside 2025–2029). */
export interface ProgrammeVerdict {
  /** Indicator number in seed 000. */
  indicator: number;
  title: string;
  targetYear: number;
  /** The minimum share, or null when the programme sets none for the target year. */
  target: number | null;
  /** share ≥ target exactly; null without a target or without schools (m = 0). */
  met: boolean | null;
}

export function programmeVerdict(indicatorNo: number, targetYear: number, share: Pick<DynamicsShare, "n" | "m">): ProgrammeVerdict {
  const indicator = findSeed000Indicator(indicatorNo);
  if (!indicator) throw new ShnorError("programme_indicator_unknown", { indicator: indicatorNo });
  const target = seed000Target(indicator, targetYear) ?? null;
  const met = target === null || share.m === 0 ? null : programmeShare(share.n, share.m, target).met;
  return { indicator: indicatorNo, title: indicator.title, targetYear, target, met };
}

export interface DynamicsOfIndex {
  schools: SchoolDynamics[];
  share: DynamicsShare;
  programme: ProgrammeVerdict;
}

export interface IndicesDynamics {
  fromYear: number;
  toYear: number;
  /** ИНР dynamics; over the per-subject ИНР when the input is per-subject aggregates. */
  inr: DynamicsOfIndex;
  /** Null when the input has no counts at or above B_mid. */
  imr: DynamicsOfIndex | null;
}

export interface AnalysisOptions {
  /** The results year Y of the report; default the latest year in the data. */
  year?: number;
  /** The schools counted in m (the project cohort); default every school with results in Y − 1 or Y. */
  schoolIds?: readonly string[];
  rule?: CombineRule;
  excludeNotEvaluable?: boolean;
  /** The programme year whose minimums are applied; default Y. */
  targetYear?: number;
}

export interface AnalysisSettings {
  rule: CombineRule;
  excludeNotEvaluable: boolean;
  targetYear: number;
  /** The cohort given, or null for every school in the data. */
  schoolIds: string[] | null;
}

export interface SchoolInfo {
  schoolName: string;
  municipality: string;
}

interface AnalysisCommon {
  year: number;
  yearsInData: number[];
  dynamics: IndicesDynamics | null;
  scoreSettings: ScoreIndexSettings;
  settings: AnalysisSettings;
  /** Names and municipalities by school id, as far as the input gives them. */
  schoolInfo: ReadonlyMap<string, SchoolInfo>;
}

export interface ExactIndicesAnalysis extends AnalysisCommon {
  approximation: false;
  schools: SchoolScoreIndex[];
  region: RegionScoreIndex[];
}

export interface ApproximateIndicesAnalysis extends AnalysisCommon {
  approximation: true;
  schools: ApproximateScoreIndex[];
  region: ApproximateRegionIndex[];
}

export type IndicesAnalysis = ExactIndicesAnalysis | ApproximateIndicesAnalysis;

/** The report of the exact indices (student rows). */
export function analyseExactIndices(result: ScoreIndexResult, options: AnalysisOptions = {}): ExactIndicesAnalysis {
  const { year, yearsInData, settings } = resolve(result.schools, options);
  const info = new Map<string, SchoolInfo>();
  for (const g of result.schools) if (!info.has(g.schoolId)) info.set(g.schoolId, { schoolName: g.schoolName, municipality: g.municipality });
  const dynamics = yearsInData.includes(year - 1)
    ? indicesDynamics(year, settings, inrObservations(result.schools), imrObservations(result.schools))
    : null;
  return {
    approximation: false, year, yearsInData, dynamics, scoreSettings: result.settings, settings, schoolInfo: info,
    schools: result.schools.filter((g) => g.year === year), region: result.region.filter((g) => g.year === year),
  };
}

/** The report of the approximation (per-subject aggregates); `schoolInfo` comes from the input rows. */
export function analyseApproximateIndices(result: ApproximateScoreIndexResult, schoolInfo: ReadonlyMap<string, SchoolInfo>, options: AnalysisOptions = {}): ApproximateIndicesAnalysis {
  const { year, yearsInData, settings } = resolve(result.schools, options);
  const dynamics = yearsInData.includes(year - 1)
    ? indicesDynamics(year, settings, perSubjectInrObservations(result.schools), imrObservations(result.schools))
    : null;
  return {
    approximation: true, year, yearsInData, dynamics, scoreSettings: result.settings, settings, schoolInfo,
    schools: result.schools.filter((g) => g.year === year), region: result.region.filter((g) => g.year === year),
  };
}

function resolve(groups: readonly { year: number }[], options: AnalysisOptions): { year: number; yearsInData: number[]; settings: AnalysisSettings } {
  const yearsInData = [...new Set(groups.map((g) => g.year))].sort((a, b) => a - b);
  const year = options.year ?? yearsInData[yearsInData.length - 1];
  if (year === undefined || !yearsInData.includes(year)) throw new ShnorError("year_no_data", { year: year ?? "—", years: yearsInData.join(", ") || "—" });
  const settings: AnalysisSettings = {
    rule: options.rule ?? "pooled",
    excludeNotEvaluable: options.excludeNotEvaluable ?? false,
    targetYear: options.targetYear ?? year,
    schoolIds: options.schoolIds ? [...options.schoolIds] : null,
  };
  return { year, yearsInData, settings };
}

type Observations = ReturnType<typeof inrObservations>;

function indicesDynamics(year: number, settings: AnalysisSettings, inr: Observations, imr: Observations): IndicesDynamics {
  const window = (o: Observations) => o.filter((r) => r.year === year || r.year === year - 1);
  // Without a cohort, m is every school with any result in the two years (of either index).
  const schoolIds = settings.schoolIds ?? [...new Set([...window(inr), ...window(imr)].map((r) => r.schoolId))].sort();
  const of = (rows: Observations, direction: "lowerIsBetter" | "higherIsBetter", indicator: number): DynamicsOfIndex => {
    const schools = schoolDynamics(rows, { year, direction, rule: settings.rule, schoolIds });
    const share = shareOfSchoolsWithPositiveDynamics(schools, { excludeNotEvaluable: settings.excludeNotEvaluable });
    return { schools, share, programme: programmeVerdict(indicator, settings.targetYear, share) };
  };
  return { fromYear: year - 1, toYear: year, inr: of(inr, "lowerIsBetter", 2), imr: imr.length === 0 ? null : of(imr, "higherIsBetter", 3) };
}
