/**
 * Seed-000 indicators 11–12 (METHODOLOGY §8; seed 000): the dynamics of the staffing or equipment index from Y − 1 to
 * Y over the project schools, the share of schools with positive dynamics, and its verdict against the minimum of a
 * programme year (none outside 2025–2029). Shared by `shnor deficits` and the pane's deficits page.
 */
import { type AnchorPolicy, type CompositeDynamicsResult, type CompositeIndexSettings, compositeIndexDynamics, type IndexInputRow } from "./compositeIndex";
import {
  type DynamicsShare, evaluateSeed000Indicator, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR, type ProgrammeIndicatorResult, shareOfSchoolsWithPositiveDynamics,
} from "./programmeShare";

export interface ResourceDynamicsOptions {
  /** The current year Y; the previous is Y − 1. */
  year: number;
  anchor: AnchorPolicy;
  /** The project schools (m); every school of either year when absent. */
  schoolIds?: readonly string[];
  excludeNotEvaluable: boolean;
  /** The programme year whose minimum applies; no verdict outside 2025–2029. */
  targetYear: number;
}

export interface IndexIndicator {
  dynamics: CompositeDynamicsResult;
  share: DynamicsShare;
  /** The verdict against the target year's minimum; null outside the programme years. */
  programme: ProgrammeIndicatorResult | null;
}

export interface ResourceDynamics {
  staffing: IndexIndicator;
  equipment: IndexIndicator;
}

export function isProgrammeYear(year: number): boolean {
  return year >= PROGRAMME_FIRST_YEAR && year <= PROGRAMME_LAST_YEAR;
}

/** One index's dynamics, its share of schools with positive dynamics and (in a programme year) the verdict. */
export function indexIndicator(rows: readonly IndexInputRow[], settings: CompositeIndexSettings, indicator: 11 | 12, o: ResourceDynamicsOptions): IndexIndicator {
  const dynamics = compositeIndexDynamics(rows, settings, { year: o.year, anchor: o.anchor, schoolIds: o.schoolIds });
  const share = shareOfSchoolsWithPositiveDynamics(dynamics.schools, { excludeNotEvaluable: o.excludeNotEvaluable });
  return { dynamics, share, programme: isProgrammeYear(o.targetYear) ? evaluateSeed000Indicator(indicator, o.targetYear, share.n, share.m) : null };
}

/** True when some row holds year Y − 1: only then are there dynamics to Y. */
export function hasPreviousYear(rows: readonly { year: number | null }[], year: number): boolean {
  return rows.some((r) => r.year === year - 1);
}

/**
 * Indicators 11 (staffing) and 12 (equipment) from the component rows of every year (each index on its own rows,
 * which may be one table holding both component sets); null when neither table has year Y − 1.
 */
export function resourceDynamics(
  staffingRows: readonly IndexInputRow[],
  equipmentRows: readonly IndexInputRow[],
  settings: { staffing: CompositeIndexSettings; equipment: CompositeIndexSettings },
  o: ResourceDynamicsOptions,
): ResourceDynamics | null {
  if (!hasPreviousYear(staffingRows, o.year) && !hasPreviousYear(equipmentRows, o.year)) return null;
  return { staffing: indexIndicator(staffingRows, settings.staffing, 11, o), equipment: indexIndicator(equipmentRows, settings.equipment, 12, o) };
}
