/** The settings of the indices workflow: the results year, the mass subjects of the ИНР, the programme year. */
import { DEFAULT_SCORE_INDEX_SETTINGS } from "../../../core/indicators/scoreIndices";
import { GIA_SUBJECTS, type SubjectCode } from "../../../core/catalog/scoreSpecs";
import type { StoredSettings } from "../storedSettings";

export interface IndicesChoice {
  year: number;
  massSubjects: SubjectCode[];
  /** The programme year whose seed-000 minimums the shares are held against. */
  targetYear: number;
}

/** The years seed 000 sets minimums for. */
export const PROGRAMME_YEARS: readonly number[] = [2025, 2026, 2027, 2028, 2029];

const KNOWN_SUBJECTS = new Set(GIA_SUBJECTS.map((s) => s.code));

/** The programme year nearest to the results year (its own year inside 2025–2029). */
export function defaultTargetYear(year: number): number {
  return Math.min(PROGRAMME_YEARS[PROGRAMME_YEARS.length - 1], Math.max(PROGRAMME_YEARS[0], year));
}

export function initialIndicesChoice(stored: StoredSettings, years: readonly number[]): IndicesChoice {
  const latest = years[years.length - 1] ?? new Date().getFullYear();
  const s = stored.indices ?? {};
  const year = s.year !== undefined && years.includes(s.year) ? s.year : latest;
  const massSubjects = (s.massSubjects ?? []).filter((c) => KNOWN_SUBJECTS.has(c));
  return {
    year,
    massSubjects: massSubjects.length > 0 ? massSubjects : [...DEFAULT_SCORE_INDEX_SETTINGS.massSubjects],
    targetYear: s.targetYear !== undefined && PROGRAMME_YEARS.includes(s.targetYear) ? s.targetYear : defaultTargetYear(year),
  };
}

export function indicesChoiceProblems(choice: IndicesChoice, years: readonly number[]): { key: string; params?: Record<string, string | number> }[] {
  const problems: { key: string; params?: Record<string, string | number> }[] = [];
  if (!years.includes(choice.year)) problems.push({ key: "wf_set_year_absent", params: { year: choice.year } });
  if (choice.massSubjects.length === 0) problems.push({ key: "idx_set_mass_empty" });
  return problems;
}
