/**
 * Score-based indices (METHODOLOGY §6; domain-notes §3, seed 000 indicators 2–3, 13–14).
 *
 * ИНР (индекс низких результатов) of a school × procedure × grade × year: the share of participants whose score in
 * at least one mass subject (Russian, mathematics) is strictly below that subject's B_min. Participants are the
 * students with at least one mass-subject result. ИМР (индекс массовых результатов) of one subject: the share of
 * that subject's participants with a score of at least B_mid.
 *
 * From student rows the ИНР is exact. From per-subject aggregates only the per-subject ИНР_j exist, and the ИНР is
 * bracketed by `max_j ИНР_j ≤ ИНР ≤ min(1, Σ_j ИНР_j)` (domain-notes §3.2 choice 5); those results carry
 * `approximation: true` and must be labelled so wherever they are shown.
 */
import type { Procedure } from "../catalog/assessments";
import { findScoreSpec, type MathLevel, type ScoreSpec, type SubjectCode, subjectLabel } from "../catalog/scoreSpecs";
import type { Problem } from "../errors";
import { ShnorError } from "../errors";
import { compareFractions } from "../ratio";
import type { Locality } from "../table/aggregate";
import type { StudentScore } from "../table/students";
import { definedOnly } from "../collections";
import { createScoreIndexAccumulator } from "./scoreIndexAccumulator";
import { type CombineRule, type CountIndex, type IndexObservationRow, schoolDynamics, type SchoolDynamics } from "./indexDynamics";
import { belowBMinTest, checkBounds, isMass, type ScoreBounds, scoreProblem } from "./scoreThresholds";

export interface ScoreIndexSettings {
  /** Subjects «сдаваемые в массовых масштабах» (domain-notes §3.2 choice 4). Default Russian and mathematics. */
  massSubjects: readonly SubjectCode[];
  /** The user's score specs, taking precedence over the defaults. */
  specOverrides: readonly ScoreSpec[];
  /** Use only `specOverrides` (ignore the default table). Default false. */
  replaceDefaultSpecs: boolean;
  /**
   * A student with both ЕГЭ mathematics levels (possible before 2022): `best` (default) — low in mathematics only
   * when low at every level taken, as for the attestat; `any` — low when low at either level.
   */
  egeMathBothLevels: "best" | "any";
}

export const DEFAULT_SCORE_INDEX_SETTINGS: ScoreIndexSettings = {
  massSubjects: ["RUS", "MATH"],
  specOverrides: [],
  replaceDefaultSpecs: false,
  egeMathBothLevels: "best",
};

export interface GroupKey {
  schoolId: string;
  year: number;
  procedure: Procedure;
  grade: number;
}

/** One subject (and ЕГЭ mathematics level) in one group. Counts are null when the subject has no spec. */
export interface SubjectIndex {
  subject: SubjectCode;
  level?: MathLevel;
  /** The spec used; null for aggregates (their counts come already classified) or when none was found. */
  spec: ScoreSpec | null;
  bMin: number | null;
  bMid: number | null;
  participants: number;
  /** Participants strictly below B_min, and ИНР_j = lowCount / participants. */
  lowCount: number | null;
  lowShare: number | null;
  /** Participants at or above B_mid, and ИМР = massCount / participants. */
  massCount: number | null;
  massShare: number | null;
}

/** A mass subject with its levels merged (ЕГЭ mathematics: whichever level the student took). */
export interface MassSubjectLow {
  subject: SubjectCode;
  participants: number;
  lowCount: number | null;
  share: number | null;
}

export interface ScoreIndexCounts {
  /** Students with at least one mass-subject result. */
  participants: number;
  /** Participants below B_min in at least one mass subject; null when a mass subject had no spec. */
  lowCount: number | null;
  /** ИНР = lowCount / participants. */
  inr: number | null;
  subjects: SubjectIndex[];
  massSubjects: MassSubjectLow[];
}

export interface SchoolScoreIndex extends GroupKey, ScoreIndexCounts {
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  approximation: false;
}

export interface RegionScoreIndex extends Omit<GroupKey, "schoolId">, ScoreIndexCounts {
  schools: number;
  approximation: false;
}

export interface ScoreIndexResult {
  schools: SchoolScoreIndex[];
  region: RegionScoreIndex[];
  /** Warnings: a subject without a score spec (its counts and the group's ИНР are null). */
  problems: Problem[];
  settings: ScoreIndexSettings;
}

const share = (count: number | null, total: number): number | null => (count === null || total === 0 ? null : count / total);
const sumOrNull = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
const groupKeyOf = (k: GroupKey): string => `${k.schoolId}\u0000${k.year}\u0000${k.procedure}\u0000${k.grade}`;
const subjectKeyOf = (subject: SubjectCode, level?: MathLevel): string => `${subject}|${level ?? ""}`;

/** Defaults overridden by the given values (undefined ones ignored), checked: a bad setting is an error naming it. */
export function scoreIndexSettings(options: Partial<ScoreIndexSettings> = {}): ScoreIndexSettings {
  const settings: ScoreIndexSettings = { ...DEFAULT_SCORE_INDEX_SETTINGS, ...definedOnly(options) };
  if (settings.egeMathBothLevels !== "best" && settings.egeMathBothLevels !== "any") {
    throw new ShnorError("setting_invalid", { setting: "egeMathBothLevels", value: String(settings.egeMathBothLevels), expected: "best | any" });
  }
  if (settings.massSubjects.length === 0) throw new ShnorError("setting_invalid", { setting: "massSubjects", value: "—", expected: "RUS, MATH, …" });
  return settings;
}

/**
 * ИНР, ИМР and per-subject counts per school × procedure × grade × year from student rows, and region totals.
 * Throws a ShnorError listing every invalid score (negative, above the spec's max) and duplicate student × subject
 * (the first thousand, then «and N more»). One implementation with the streaming path: every row is added to a
 * `createScoreIndexAccumulator`, then `finish` (scoreIndexAccumulator.ts).
 */
export function computeScoreIndices(students: readonly StudentScore[], options: Partial<ScoreIndexSettings> = {}): ScoreIndexResult {
  const acc = createScoreIndexAccumulator(options);
  for (const s of students) acc.add(s);
  return acc.finish();
}

export type SpecLookup = (q: { procedure: Procedure; grade: number; year: number; subject: SubjectCode; level?: MathLevel }) => ScoreSpec | undefined;

/** Spec lookups are cached (one per procedure × grade × year × subject × level); found specs are checked. */
export function cachedSpecLookup(specs: readonly ScoreSpec[]): SpecLookup {
  const cache = new Map<string, ScoreSpec | undefined>();
  return (q) => {
    const key = `${q.procedure}|${q.grade}|${q.year}|${q.subject}|${q.level ?? ""}`;
    if (!cache.has(key)) {
      const found = findScoreSpec(specs, q);
      if (found) checkBounds(found);
      cache.set(key, found);
    }
    return cache.get(key);
  };
}

/** One warning per procedure × grade × year × subject that had results but no spec (its counts are null). */
export function missingSpecProblems(schools: readonly SchoolScoreIndex[]): Problem[] {
  const problems = new Map<string, Problem>();
  for (const g of schools) {
    for (const s of g.subjects) {
      if (s.spec) continue;
      const subject = subjectLabel(s.subject, s.level);
      const key = [g.procedure, g.grade, g.year, subject].join("|");
      if (!problems.has(key)) problems.set(key, { code: "score_spec_missing", severity: "warning", params: { procedure: g.procedure, subject, grade: g.grade, year: g.year } });
    }
  }
  return [...problems.values()];
}

export function compareSubjects(a: { subject: string; level?: string }, b: { subject: string; level?: string }): number {
  const ka = subjectKeyOf(a.subject, a.level as MathLevel | undefined);
  const kb = subjectKeyOf(b.subject, b.level as MathLevel | undefined);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const PROCEDURE_ORDER: Record<Procedure, number> = { VPR: 0, OGE: 1, EGE: 2 };

export function compareGroups(a: Omit<GroupKey, "schoolId"> & { schoolId?: string }, b: Omit<GroupKey, "schoolId"> & { schoolId?: string }): number {
  const sa = a.schoolId ?? "";
  const sb = b.schoolId ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.year - b.year || PROCEDURE_ORDER[a.procedure] - PROCEDURE_ORDER[b.procedure] || a.grade - b.grade;
}

/** Region totals per year × procedure × grade: the sums of the schools' counts (each student belongs to one school). */
export function regionTotals(schools: readonly SchoolScoreIndex[]): RegionScoreIndex[] {
  const totals = new Map<string, RegionScoreIndex>();
  for (const s of schools) {
    const key = [s.year, s.procedure, s.grade].join("|");
    const t = totals.get(key);
    if (!t) {
      totals.set(key, {
        year: s.year, procedure: s.procedure, grade: s.grade, schools: 1, participants: s.participants, lowCount: s.lowCount, inr: null,
        subjects: s.subjects.map((x) => ({ ...x })), massSubjects: s.massSubjects.map((x) => ({ ...x })), approximation: false,
      });
      continue;
    }
    t.schools += 1;
    t.participants += s.participants;
    t.lowCount = sumOrNull(t.lowCount, s.lowCount);
    t.subjects = mergeSubjects(t.subjects, s.subjects);
    t.massSubjects = mergeMass(t.massSubjects, s.massSubjects);
  }
  const list = [...totals.values()];
  for (const t of list) t.inr = share(t.lowCount, t.participants);
  return list.sort(compareGroups);
}

function mergeSubjects(into: SubjectIndex[], add: readonly SubjectIndex[]): SubjectIndex[] {
  const out = into.map((x) => ({ ...x }));
  for (const a of add) {
    const t = out.find((x) => x.subject === a.subject && x.level === a.level);
    if (!t) {
      out.push({ ...a });
      continue;
    }
    t.participants += a.participants;
    t.lowCount = sumOrNull(t.lowCount, a.lowCount);
    t.massCount = sumOrNull(t.massCount, a.massCount);
    t.lowShare = share(t.lowCount, t.participants);
    t.massShare = share(t.massCount, t.participants);
  }
  return out.sort(compareSubjects);
}

function mergeMass(into: MassSubjectLow[], add: readonly MassSubjectLow[]): MassSubjectLow[] {
  const out = into.map((x) => ({ ...x }));
  for (const a of add) {
    const t = out.find((x) => x.subject === a.subject);
    if (!t) {
      out.push({ ...a });
      continue;
    }
    t.participants += a.participants;
    t.lowCount = sumOrNull(t.lowCount, a.lowCount);
    t.share = share(t.lowCount, t.participants);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-subject aggregates: the approximation

/** Per-subject counts of one school × procedure × grade × year, as a ФИС ОКО school report gives them. */
export interface SubjectAggregate extends GroupKey {
  subject: SubjectCode;
  level?: MathLevel;
  participants: number;
  /** Participants strictly below B_min. */
  lowCount: number;
  /** Participants at or above B_mid, when known. */
  massCount?: number | null;
}

/** Bounds of the ИНР from per-subject shares: `max_j ИНР_j ≤ ИНР ≤ min(1, Σ_j ИНР_j)`. */
export interface InrBounds {
  lower: number | null;
  upper: number | null;
  /** The lower bound as counts (the largest per-subject share), for exact comparisons. */
  lowerCounts: CountIndex | null;
}

export interface ApproximateScoreIndex extends GroupKey, InrBounds {
  /** Always true: the ИНР is not known, only its bounds; label it «приближение по предметам». */
  approximation: true;
  subjects: SubjectIndex[];
  massSubjects: MassSubjectLow[];
}

export interface ApproximateRegionIndex extends Omit<GroupKey, "schoolId">, InrBounds {
  approximation: true;
  schools: number;
  subjects: SubjectIndex[];
  massSubjects: MassSubjectLow[];
}

export interface ApproximateScoreIndexResult {
  approximation: true;
  schools: ApproximateScoreIndex[];
  region: ApproximateRegionIndex[];
  settings: ScoreIndexSettings;
}

/**
 * Per-subject ИНР_j and ИМР from aggregates, and the bounds of the ИНР. Mass subjects merge their ЕГЭ mathematics
 * levels by summing counts (no student sits both levels since 2022). The lower bound assumes every participant sat
 * every mass subject; with absences a subject's own share can exceed the ИНР (docs/methodology-choices.md).
 */
export function approximateScoreIndices(aggregates: readonly SubjectAggregate[], options: Partial<ScoreIndexSettings> = {}): ApproximateScoreIndexResult {
  const settings = scoreIndexSettings(options);
  checkAggregates(aggregates);
  const groups = new Map<string, SubjectAggregate[]>();
  for (const a of aggregates) {
    const key = groupKeyOf(a);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const schools: ApproximateScoreIndex[] = [...groups.values()].map((list) => {
    const { schoolId, year, procedure, grade } = list[0];
    const subjects = list.map(aggregateSubject).sort(compareSubjects);
    const massSubjects = mergeLevels(subjects, settings.massSubjects);
    return { schoolId, year, procedure, grade, approximation: true, subjects, massSubjects, ...inrBounds(massSubjects) };
  });
  schools.sort(compareGroups);
  const region = new Map<string, ApproximateRegionIndex>();
  for (const s of schools) {
    const key = [s.year, s.procedure, s.grade].join("|");
    const t = region.get(key);
    if (t) {
      t.schools += 1;
      t.subjects = mergeSubjects(t.subjects, s.subjects);
    } else {
      region.set(key, { year: s.year, procedure: s.procedure, grade: s.grade, approximation: true, schools: 1, subjects: s.subjects.map((x) => ({ ...x })), massSubjects: [], lower: null, upper: null, lowerCounts: null });
    }
  }
  const regionList = [...region.values()].map((t) => {
    const massSubjects = mergeLevels(t.subjects, settings.massSubjects);
    return { ...t, massSubjects, ...inrBounds(massSubjects) };
  }).sort(compareGroups);
  return { approximation: true, schools, region: regionList, settings };
}

function aggregateSubject(a: SubjectAggregate): SubjectIndex {
  const massCount = a.massCount ?? null;
  return {
    subject: a.subject, ...(a.level ? { level: a.level } : {}), spec: null, bMin: null, bMid: null, participants: a.participants,
    lowCount: a.lowCount, lowShare: share(a.lowCount, a.participants), massCount, massShare: share(massCount, a.participants),
  };
}

function mergeLevels(subjects: readonly SubjectIndex[], massSubjects: readonly SubjectCode[]): MassSubjectLow[] {
  return massSubjects.flatMap((subject) => {
    const parts = subjects.filter((s) => s.subject === subject);
    if (parts.length === 0) return [];
    const participants = parts.reduce((n, p) => n + p.participants, 0);
    const lowCount = parts.reduce<number | null>((n, p) => sumOrNull(n, p.lowCount), 0);
    return [{ subject, participants, lowCount, share: share(lowCount, participants) }];
  });
}

/** `max_j ИНР_j ≤ ИНР ≤ min(1, Σ_j ИНР_j)` over the mass subjects with participants. */
export function inrBounds(massSubjects: readonly MassSubjectLow[]): InrBounds {
  const known = massSubjects.filter((m) => m.participants > 0 && m.lowCount !== null) as (MassSubjectLow & { lowCount: number })[];
  if (known.length === 0) return { lower: null, upper: null, lowerCounts: null };
  const top = known.reduce((best, m) => (compareFractions(m.lowCount, m.participants, best.lowCount, best.participants) > 0 ? m : best));
  const sum = known.reduce((s, m) => s + m.lowCount / m.participants, 0);
  return { lower: top.lowCount / top.participants, upper: Math.min(1, sum), lowerCounts: { count: top.lowCount, total: top.participants } };
}

function checkAggregates(aggregates: readonly SubjectAggregate[]): void {
  const errors: Problem[] = [];
  const seen = new Set<string>();
  for (const a of aggregates) {
    const params = { school: a.schoolId, subject: subjectLabel(a.subject, a.level), year: a.year };
    for (const [field, value] of [["participants", a.participants], ["lowCount", a.lowCount], ["massCount", a.massCount ?? 0]] as const) {
      if (!Number.isInteger(value) || value < 0) errors.push({ code: "count_not_natural", severity: "error", params: { ...params, field, value } });
    }
    if (a.lowCount > a.participants || (a.massCount ?? 0) > a.participants) errors.push({ code: "aggregate_count_gt_participants", severity: "error", params: { ...params, participants: a.participants } });
    const key = [groupKeyOf(a), a.subject, a.level ?? ""].join("\u0000");
    if (seen.has(key)) errors.push({ code: "aggregate_duplicate", severity: "error", params });
    seen.add(key);
  }
  if (errors.length > 0) throw ShnorError.fromProblems(errors);
}

/** The per-subject aggregates of a student computation: what a per-subject school report of the same file holds. */
export function subjectAggregatesOf(result: ScoreIndexResult): SubjectAggregate[] {
  return result.schools.flatMap((g) => g.subjects.flatMap((s) => (s.lowCount === null ? [] : [{
    schoolId: g.schoolId, year: g.year, procedure: g.procedure, grade: g.grade, subject: s.subject, ...(s.level ? { level: s.level } : {}),
    participants: s.participants, lowCount: s.lowCount, massCount: s.massCount,
  }])));
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamics per school (falling ИНР, rising ИМР = positive)

/** ИНР observations, one component per procedure × grade. */
export function inrObservations(groups: readonly SchoolScoreIndex[]): IndexObservationRow[] {
  return groups.flatMap((g) => (g.lowCount === null ? [] : [{ schoolId: g.schoolId, year: g.year, component: `${g.procedure}|${g.grade}`, count: g.lowCount, total: g.participants }]));
}

/** ИМР observations, one component per procedure × grade × subject (× level). */
export function imrObservations(groups: readonly (GroupKey & { subjects: readonly SubjectIndex[] })[]): IndexObservationRow[] {
  return groups.flatMap((g) => g.subjects.flatMap((s) => (s.massCount === null || s.massCount === undefined ? [] : [{
    schoolId: g.schoolId, year: g.year, component: `${g.procedure}|${g.grade}|${subjectKeyOf(s.subject, s.level)}`, count: s.massCount, total: s.participants,
  }])));
}

/** Per-subject ИНР_j observations of an approximation (levels merged), one component per procedure × grade × subject. */
export function perSubjectInrObservations(groups: readonly ApproximateScoreIndex[]): IndexObservationRow[] {
  return groups.flatMap((g) => g.massSubjects.flatMap((m) => (m.lowCount === null ? [] : [{
    schoolId: g.schoolId, year: g.year, component: `${g.procedure}|${g.grade}|${m.subject}`, count: m.lowCount, total: m.participants,
  }])));
}

export interface IndexDynamicsOptions {
  /** The current results year Y (compared with Y − 1). */
  year: number;
  rule?: CombineRule;
  /** The schools to report (e.g. the project cohort); absent schools are "nodata". */
  schoolIds?: readonly string[];
}

/** ИНР dynamics per school between Y − 1 and Y (falling = positive). */
export function inrDynamicsBySchool(groups: readonly SchoolScoreIndex[], options: IndexDynamicsOptions): SchoolDynamics[] {
  return schoolDynamics(inrObservations(groups), { ...options, direction: "lowerIsBetter" });
}

/** ИМР dynamics per school between Y − 1 and Y (rising = positive). */
export function imrDynamicsBySchool(groups: readonly SchoolScoreIndex[], options: IndexDynamicsOptions): SchoolDynamics[] {
  return schoolDynamics(imrObservations(groups), { ...options, direction: "higherIsBetter" });
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheet forms (LOWRESULTINDEX, MASSRESULTINDEX; METHODOLOGY §12)

export interface IndexOfScores {
  participants: number;
  count: number;
  /** count / participants, or null without participants. */
  value: number | null;
}

/**
 * ИНР of a score matrix: rows are students, columns subjects, null = not taken. `bounds` has one entry per column
 * or one for all. A row with no score is not a participant.
 */
export function lowResultIndexOfScores(scores: readonly (readonly (number | null)[])[], bounds: readonly Pick<ScoreBounds, "min" | "max">[]): IndexOfScores {
  const width = Math.max(0, ...scores.map((r) => r.length));
  if (bounds.length !== 1 && bounds.length !== width) throw new ShnorError("score_bounds_count", { columns: width, bounds: bounds.length });
  bounds.forEach((b) => checkBounds(b));
  const below = bounds.map(belowBMinTest);
  let participants = 0;
  let count = 0;
  scores.forEach((row, i) => {
    let took = false;
    let low = false;
    row.forEach((score, j) => {
      if (score === null) return;
      const k = bounds.length === 1 ? 0 : j;
      checkScore(score, bounds[k], i, j);
      took = true;
      low = low || below[k](score);
    });
    if (took) participants++;
    if (low) count++;
  });
  return { participants, count, value: participants === 0 ? null : count / participants };
}

/** ИМР of one subject's scores (null = not taken). */
export function massResultIndexOfScores(scores: readonly (number | null)[], bounds: ScoreBounds): IndexOfScores {
  checkBounds(bounds);
  let participants = 0;
  let count = 0;
  scores.forEach((score, i) => {
    if (score === null) return;
    checkScore(score, bounds, i, 0);
    participants++;
    if (isMass(score, bounds)) count++;
  });
  return { participants, count, value: participants === 0 ? null : count / participants };
}

function checkScore(score: number, b: Pick<ScoreBounds, "max">, i: number, j: number): void {
  const code = scoreProblem(score, b);
  if (code) throw new ShnorError(code, { value: score, max: b.max, row: i + 1, col: j + 1 });
}
