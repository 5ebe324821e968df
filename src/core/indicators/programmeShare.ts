/**
 * Programme indicators `X = n / m · 100 %` with a target and a verdict (METHODOLOGY §11; domain-notes §8.5). Targets
 * are minimums («не менее»), so the comparison is inclusive and exact: `q·n >= p·m` with the target as p/q.
 * The targets of the Stavropol project 2025–2029 (seed 000, table «Планируемые значения инвариантных показателей»)
 * ship as data.
 */
import { ShnorError } from "../errors";
import { shareAtLeast, toRatio } from "../ratio";
import type { IndexDynamicsType } from "./indexDynamics";

export interface ProgrammeShareResult {
  n: number;
  m: number;
  /** n / m, or null when m = 0. */
  share: number | null;
  /** The minimum, a fraction 0..1 (inclusive). */
  target: number;
  /** share ≥ target exactly; null when m = 0 (nothing to judge). */
  met: boolean | null;
}

/** `n / m` against a minimum target (inclusive, exact). */
export function programmeShare(n: number, m: number, target: number): ProgrammeShareResult {
  for (const [field, value] of [["n", n], ["m", m]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new ShnorError("count_not_natural", { field, value });
  }
  if (n > m) throw new ShnorError("programme_n_gt_m", { n, m });
  if (!Number.isFinite(target) || target < 0 || target > 1) throw new ShnorError("setting_invalid", { setting: "target", value: String(target), expected: "0 ≤ x ≤ 1" });
  return { n, m, share: m === 0 ? null : n / m, target, met: m === 0 ? null : shareAtLeast(n, m, toRatio(target)) };
}

/**
 * Whether `n / m` meets a target that is a minimum («не менее», default) or a maximum («не более»): inclusive and
 * exact, `q·n ≥ p·m` (or `≤`) with the target as p/q; null when m = 0 (nothing to judge).
 */
export function meetsTarget(n: number, m: number, target: number, comparator: "atLeast" | "atMost" = "atLeast"): boolean | null {
  if (m === 0) return null;
  const { p, q } = toRatio(target);
  return comparator === "atLeast" ? q * n >= p * m : q * n <= p * m;
}

// ---------------------------------------------------------------------------------------------------------------
// Share of schools with positive dynamics

export interface DynamicsShareOptions {
  /**
   * Leave schools whose dynamics are not evaluable ("nodata") out of m. Default false: seed 000 defines m as «общее
   * число ШНОР, участвующих в проекте», so they stay in the denominator (domain-notes §8.5).
   */
  excludeNotEvaluable?: boolean;
}

export interface DynamicsShare {
  /** Schools with positive dynamics. */
  n: number;
  /** Schools in the denominator. */
  m: number;
  share: number | null;
  counts: Record<IndexDynamicsType, number>;
  excludeNotEvaluable: boolean;
}

/** n = schools with positive dynamics, m = all schools listed (or the evaluable ones). One entry per school. */
export function shareOfSchoolsWithPositiveDynamics(dynamics: readonly { schoolId: string; type: IndexDynamicsType }[], options: DynamicsShareOptions = {}): DynamicsShare {
  const excludeNotEvaluable = options.excludeNotEvaluable ?? false;
  const counts: Record<IndexDynamicsType, number> = { positive: 0, negative: 0, neutral: 0, nodata: 0 };
  const seen = new Set<string>();
  for (const d of dynamics) {
    if (seen.has(d.schoolId)) throw new ShnorError("programme_school_duplicate", { school: d.schoolId });
    seen.add(d.schoolId);
    counts[d.type]++;
  }
  const n = counts.positive;
  const m = dynamics.length - (excludeNotEvaluable ? counts.nodata : 0);
  return { n, m, share: m === 0 ? null : n / m, counts, excludeNotEvaluable };
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 000 targets

/** Who is counted in m (seed 000, «Методы сбора и обработки информации»). */
export type ProgrammePopulation = "shnorProjectSchools" | "riskZoneSchools" | "projectSchools" | "municipalCoordinators" | "municipalSystems";

export interface ProgrammeIndicator {
  /** Number of the indicator in seed 000. */
  indicator: number;
  title: string;
  population: ProgrammePopulation;
  /** «Минимальное значение показателя, 2025 г.» */
  min2025: number;
  /** «Минимальное значение показателя (ежегодно), 2025–2029 гг.», applied to 2026–2029 (see `seed000Target`). */
  minYearly: number;
}

const ind = (indicator: number, title: string, population: ProgrammePopulation, min2025: number, minYearly: number): ProgrammeIndicator =>
  ({ indicator, title, population, min2025, minYearly });

/**
 * Share indicators 2–18 of seed 000 (indicator 1 counts items of the regional methodology, not a share).
 * 2–4 and 13–14 are the dynamics of ИНР, ИМР and the ГИА deviation; 11–12 of the staffing and equipment indices.
 */
export const SEED000_INDICATORS: readonly ProgrammeIndicator[] = [
  ind(2, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса низких результатов по процедурам оценки качества образования", "shnorProjectSchools", 0.2, 0.3),
  ind(3, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса массовых результатов по процедурам оценки качества образования", "shnorProjectSchools", 0.2, 0.3),
  ind(4, "Доля школ-участников проекта, продемонстрировавших положительную динамику отклонения среднего балла школы от среднего балла по региону по результатам ГИА", "shnorProjectSchools", 0.2, 0.3),
  ind(5, "Доля школ-участников проекта, принявших участие в работе семинара-совещания, посвященного вопросам повышения качества образования, повышения ресурсной обеспеченности школ", "projectSchools", 1, 1),
  ind(6, "Доля муниципальных координаторов проекта, которым оказана адресная методическая помощь по вопросам разработки и реализации муниципальных управленческих механизмов повышения качества образования в школах-участниках проекта", "municipalCoordinators", 1, 1),
  ind(7, "Доля ОО, школьные команды которых прошли обучение по адресным программам дополнительного профессионального образования", "projectSchools", 0.5, 1),
  ind(8, "Доля школ-участников проекта, руководители которых получили адресную методическую помощь по вопросам разработки и реализации программных документов, направленных на минимизацию рисков и наступление позитивных изменений в школах", "projectSchools", 1, 1),
  ind(9, "Доля школ-участников проекта, педагогические и управленческие работники которых приняли участие в выездном мероприятии «Педагогический десант»", "projectSchools", 1, 1),
  ind(10, "Доля школ-участников проекта, школьные команды которых прошли стажировку", "projectSchools", 1, 1),
  ind(11, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса кадровой обеспеченности", "projectSchools", 0.2, 0.4),
  ind(12, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса материально-технической оснащенности", "projectSchools", 0.2, 0.4),
  ind(13, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса низких результатов по процедурам оценки качества образования (школы, функционирующие в зоне риска снижения образовательных результатов)", "riskZoneSchools", 0.3, 0.5),
  ind(14, "Доля школ-участников проекта, продемонстрировавших положительную динамику индекса массовых результатов по процедурам оценки качества образования (школы, функционирующие в зоне риска снижения образовательных результатов)", "riskZoneSchools", 0.3, 0.5),
  ind(15, "Доля школ-участников проекта, в которых сформирована внутришкольная система профилактики/преодоления учебной неуспешности", "projectSchools", 0.5, 0.8),
  ind(16, "Доля школ-участников проекта, педагогические работники которых прошли обучение по программам ДПО по вопросам организации работы с детьми с высоким уровнем рисков учебной неуспешности", "projectSchools", 0.5, 0.8),
  ind(17, "Доля муниципальных образовательных систем, демонстрирующих уровень сформированности управленческих механизмов по организации ресурсной поддержки школ – участников проекта не ниже 70%", "municipalSystems", 0.6, 1),
  ind(18, "Доля муниципальных образовательных систем, демонстрирующих уровень реализации мер/мероприятий по организации ресурсной поддержки школ – участников проекта не ниже 50%", "municipalSystems", 0.4, 0.8),
];

export const PROGRAMME_FIRST_YEAR = 2025;
export const PROGRAMME_LAST_YEAR = 2029;

export function findSeed000Indicator(indicator: number, indicators: readonly ProgrammeIndicator[] = SEED000_INDICATORS): ProgrammeIndicator | undefined {
  return indicators.find((i) => i.indicator === indicator);
}

/**
 * The minimum of an indicator in a year: the 2025 column for 2025, the yearly column for 2026–2029 (the yearly column
 * is headed «ежегодно, 2025–2029»; read literally it would also bind 2025, but then the 2025 column would be
 * pointless — so 2025 takes its own, lower value). Undefined outside the programme years.
 */
export function seed000Target(indicator: ProgrammeIndicator, year: number): number | undefined {
  if (year === PROGRAMME_FIRST_YEAR) return indicator.min2025;
  if (year > PROGRAMME_FIRST_YEAR && year <= PROGRAMME_LAST_YEAR) return indicator.minYearly;
  return undefined;
}

export interface ProgrammeIndicatorResult extends ProgrammeShareResult {
  indicator: number;
  title: string;
  year: number;
}

/** The indicator's n/m in a year against its seed-000 minimum. */
export function evaluateSeed000Indicator(indicatorNo: number, year: number, n: number, m: number, indicators: readonly ProgrammeIndicator[] = SEED000_INDICATORS): ProgrammeIndicatorResult {
  const indicator = findSeed000Indicator(indicatorNo, indicators);
  if (!indicator) throw new ShnorError("programme_indicator_unknown", { indicator: indicatorNo });
  const target = seed000Target(indicator, year);
  if (target === undefined) throw new ShnorError("programme_year_outside", { year, from: PROGRAMME_FIRST_YEAR, to: PROGRAMME_LAST_YEAR });
  return { ...programmeShare(n, m, target), indicator: indicator.indicator, title: indicator.title, year };
}
