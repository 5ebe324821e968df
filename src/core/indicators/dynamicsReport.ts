/**
 * Dynamics of every school and assessment between two results years, and the group reports of seed 004
 * (Yaroslavl): per assessment, the share of schools of each dynamics type and «показывают положительный
 * результат» (positive + 0 % за 2 года), over all schools, per group (project cohort) and for town vs village.
 * Denominators are all schools of the set, "no data" included, as in the seed's tables.
 */
import { compareRu, groupBy, sortSchools } from "../collections";
import { type IdentifySettings, resolveSettings } from "../settings";
import type { AggregateRow, Locality } from "../table/aggregate";
import { assessmentDynamics, type DynamicsType, isPositiveResult } from "./dynamics";
import { countsAt, countSchools, type SchoolInfo } from "./schoolCounts";

export interface SchoolAssessmentDynamics extends SchoolInfo {
  /** Dynamics type per evaluated assessment (every assessment present, "nodata" when not evaluable). */
  assessments: Record<string, DynamicsType>;
  /** Shares of failures in the two years (null = no participants). */
  shares: Record<string, { from: number | null; to: number | null }>;
}

export interface Distribution {
  /** Schools (or school × assessment pairs for "all assessments") of each type. */
  counts: Record<DynamicsType, number>;
  total: number;
  /** positive + zero. */
  positiveResult: number;
}

export interface GroupDistribution {
  /** Group value, or the locality for the town/village split. */
  key: string;
  schools: number;
  byAssessment: Record<string, Distribution>;
  /** Pooled over all school × assessment pairs of the group. */
  overall: Distribution;
}

export interface DynamicsReport {
  fromYear: number;
  toYear: number;
  settings: IdentifySettings;
  assessments: string[];
  schools: SchoolAssessmentDynamics[];
  summary: {
    all: GroupDistribution;
    byGroup: GroupDistribution[];
    byLocality: GroupDistribution[];
    /** Schools where the procedure was not held (no participants), per year, per assessment. */
    notHeld: Record<string, { from: number; to: number }>;
  };
}

export function emptyDistribution(): Distribution {
  return { counts: { positive: 0, negative: 0, neutral: 0, zero: 0, nodata: 0 }, total: 0, positiveResult: 0 };
}

function add(d: Distribution, t: DynamicsType): void {
  d.counts[t]++;
  d.total++;
  if (isPositiveResult(t)) d.positiveResult++;
}

function distribute(key: string, schools: readonly SchoolAssessmentDynamics[], ids: readonly string[]): GroupDistribution {
  const byAssessment: Record<string, Distribution> = Object.fromEntries(ids.map((id) => [id, emptyDistribution()]));
  const overall = emptyDistribution();
  for (const s of schools) {
    for (const id of ids) {
      add(byAssessment[id], s.assessments[id]);
      add(overall, s.assessments[id]);
    }
  }
  return { key, schools: schools.length, byAssessment, overall };
}

const LOCALITY_ORDER: (Locality | "")[] = ["urban", "rural", ""];

export function dynamicsReport(rows: readonly AggregateRow[], fromYear: number, toYear: number, overrides: Partial<IdentifySettings> = {}): DynamicsReport {
  const settings = resolveSettings(overrides);
  const counts = countSchools(rows, settings, [fromYear, toYear]);
  const ids = [...counts.assessmentIds];
  const schools: SchoolAssessmentDynamics[] = [];
  const notHeld: Record<string, { from: number; to: number }> = Object.fromEntries(ids.map((id) => [id, { from: 0, to: 0 }]));
  const toSlot = fromYear === toYear ? 0 : 1;
  counts.schools.forEach((info, s) => {
    const assessments: Record<string, DynamicsType> = {};
    const shares: Record<string, { from: number | null; to: number | null }> = {};
    ids.forEach((id, k) => {
      const a = countsAt(counts, counts.cell(s, 0, k));
      const b = countsAt(counts, counts.cell(s, toSlot, k));
      assessments[id] = assessmentDynamics(a, b);
      shares[id] = { from: a && a.participants > 0 ? a.failed / a.participants : null, to: b && b.participants > 0 ? b.failed / b.participants : null };
      if (shares[id].from === null) notHeld[id].from++;
      if (shares[id].to === null) notHeld[id].to++;
    });
    schools.push({ ...info, assessments, shares });
  });
  sortSchools(schools);
  const groups = [...groupBy(schools.filter((s) => s.group !== ""), (s) => s.group)].sort(([a], [b]) => compareRu(a, b));
  const localities = groupBy(schools, (s) => s.locality ?? "");
  return {
    fromYear,
    toYear,
    settings,
    assessments: ids,
    schools,
    summary: {
      all: distribute("", schools, ids),
      byGroup: groups.map(([k, list]) => distribute(k, list, ids)),
      byLocality: LOCALITY_ORDER.filter((k) => localities.has(k)).map((k) => distribute(k, localities.get(k) ?? [], ids)),
      notHeld,
    },
  };
}
