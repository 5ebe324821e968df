/**
 * The whole-table computation of the score indices as it was before the accumulator (git history of
 * src/core/indicators/scoreIndices.ts): group the rows, then count. Kept only as the oracle of the accumulator's tests.
 */
import type { Procedure } from "../../src/core/catalog/assessments";
import { findScoreSpec, type MathLevel, resolveScoreSpecs, type ScoreSpec, type SubjectCode, subjectLabel } from "../../src/core/catalog/scoreSpecs";
import { type Problem, ShnorError } from "../../src/core/errors";
import {
  compareGroups, compareSubjects, regionTotals, type ScoreIndexCounts, type ScoreIndexResult, type ScoreIndexSettings, scoreIndexSettings,
  type SchoolScoreIndex, type SubjectIndex,
} from "../../src/core/indicators/scoreIndices";
import { bMid, bMin, checkBounds, isBelowBMin, isMass, scoreProblem } from "../../src/core/indicators/scoreThresholds";
import type { StudentScore } from "../../src/core/table/students";

const share = (count: number | null, total: number): number | null => (count === null || total === 0 ? null : count / total);
const sumOrNull = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
const groupKeyOf = (k: { schoolId: string; year: number; procedure: string; grade: number }): string => `${k.schoolId}\u0000${k.year}\u0000${k.procedure}\u0000${k.grade}`;
const subjectKeyOf = (subject: SubjectCode, level?: MathLevel): string => `${subject}|${level ?? ""}`;

export function referenceScoreIndices(students: readonly StudentScore[], options: Partial<ScoreIndexSettings> = {}): ScoreIndexResult {
  const settings = scoreIndexSettings(options);
  const specs = resolveScoreSpecs({ specs: settings.specOverrides, replaceDefaults: settings.replaceDefaultSpecs });
  const specFor = cachedSpecLookup(specs);
  checkStudents(students, specFor);

  const groups = new Map<string, StudentScore[]>();
  for (const s of students) {
    const key = groupKeyOf(s);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const schools: SchoolScoreIndex[] = [...groups.values()].map((rows) => {
    const first = rows[0];
    return {
      schoolId: first.schoolId, year: first.year, procedure: first.procedure, grade: first.grade,
      schoolName: rows.find((r) => r.schoolName)?.schoolName ?? "",
      municipality: rows.find((r) => r.municipality)?.municipality ?? "",
      locality: rows.find((r) => r.locality)?.locality ?? null,
      ...groupCounts(rows, specFor, settings),
      approximation: false,
    };
  });
  schools.sort(compareGroups);
  return { schools, region: regionTotals(schools), problems: missingSpecProblems(schools), settings };
}

type SpecLookup = (q: { procedure: Procedure; grade: number; year: number; subject: SubjectCode; level?: MathLevel }) => ScoreSpec | undefined;

/** Spec lookups are cached (one per procedure × grade × year × subject × level); found specs are checked. */
function cachedSpecLookup(specs: readonly ScoreSpec[]): SpecLookup {
  const cache = new Map<string, ScoreSpec | undefined>();
  const byRow = new Map<object, ScoreSpec | undefined>();
  return (q) => {
    if (byRow.has(q)) return byRow.get(q);
    const key = `${q.procedure}|${q.grade}|${q.year}|${q.subject}|${q.level ?? ""}`;
    if (!cache.has(key)) {
      const found = findScoreSpec(specs, q);
      if (found) checkBounds(found);
      cache.set(key, found);
    }
    const spec = cache.get(key);
    byRow.set(q, spec);
    return spec;
  };
}

/** One warning per procedure × grade × year × subject that had results but no spec (its counts are null). */
function missingSpecProblems(schools: readonly SchoolScoreIndex[]): Problem[] {
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

/** Every score usable against its spec and every student × subject once; otherwise a ShnorError with all problems. */
function checkStudents(students: readonly StudentScore[], specFor: SpecLookup): void {
  const errors: Problem[] = [];
  const seen = new Map<string, number | string>();
  for (const s of students) {
    const spec = specFor(s);
    const subject = subjectLabel(s.subject, s.level);
    const code = scoreProblem(s.score, spec ?? { max: Number.POSITIVE_INFINITY });
    if (code) {
      errors.push({ code, severity: "error", params: { value: s.score, max: spec?.max ?? "", procedure: s.procedure, subject, grade: s.grade, year: s.year }, location: s.location });
    }
    const key = `${groupKeyOf(s)}\u0000${s.studentId}\u0000${s.subject}\u0000${s.level ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ code: "student_duplicate", severity: "error", params: { student: s.studentId, subject, first }, location: s.location });
    else seen.set(key, s.location?.row ?? "—");
  }
  if (errors.length > 0) throw ShnorError.fromProblems(errors);
}

/** The counts of one school × procedure × grade × year. */
function groupCounts(rows: readonly StudentScore[], specFor: SpecLookup, settings: ScoreIndexSettings): ScoreIndexCounts {
  const massSet = new Set(settings.massSubjects);
  const subjects = subjectIndices(rows, specFor, massSet);
  const byStudent = new Map<string, StudentScore[]>();
  for (const r of rows) {
    if (!massSet.has(r.subject)) continue;
    const list = byStudent.get(r.studentId);
    if (list) list.push(r);
    else byStudent.set(r.studentId, [r]);
  }
  const massLow = new Map<SubjectCode, { participants: number; lowCount: number | null }>();
  let lowCount: number | null = 0;
  for (const results of byStudent.values()) {
    let low: boolean | null = false;
    for (const subject of settings.massSubjects) {
      const taken = results.filter((r) => r.subject === subject);
      if (taken.length === 0) continue;
      const subjectLow = lowInSubject(taken, specFor, settings.egeMathBothLevels);
      const acc = massLow.get(subject) ?? { participants: 0, lowCount: 0 };
      massLow.set(subject, { participants: acc.participants + 1, lowCount: subjectLow === null ? null : sumOrNull(acc.lowCount, subjectLow ? 1 : 0) });
      low = low === true || subjectLow === true ? true : subjectLow === null ? null : low;
    }
    lowCount = low === null || lowCount === null ? null : lowCount + (low ? 1 : 0);
  }
  // A mass subject without a spec leaves the index undetermined for the whole group (the share would be biased).
  if ([...massLow.values()].some((m) => m.lowCount === null)) lowCount = null;
  const participants = byStudent.size;
  return {
    participants, lowCount, inr: share(lowCount, participants), subjects,
    massSubjects: settings.massSubjects.filter((s) => massLow.has(s)).map((subject) => {
      const m = massLow.get(subject) as { participants: number; lowCount: number | null };
      return { subject, participants: m.participants, lowCount: m.lowCount, share: share(m.lowCount, m.participants) };
    }),
  };
}

/** Low in one mass subject over the levels the student took (one level except ЕГЭ mathematics before 2022). */
function lowInSubject(taken: readonly StudentScore[], specFor: SpecLookup, rule: "best" | "any"): boolean | null {
  const flags = taken.map((r) => {
    const spec = specFor(r);
    return spec ? isBelowBMin(r.score, spec) : null;
  });
  if (flags.includes(null)) return null;
  return rule === "any" ? flags.includes(true) : flags.every((f) => f === true);
}

/** Per subject and level: participants, below B_min, at least B_mid. */
function subjectIndices(rows: readonly StudentScore[], specFor: SpecLookup, massSubjects: ReadonlySet<SubjectCode>): SubjectIndex[] {
  const bySubject = new Map<string, StudentScore[]>();
  for (const r of rows) {
    const key = subjectKeyOf(r.subject, r.level);
    const list = bySubject.get(key);
    if (list) list.push(r);
    else bySubject.set(key, [r]);
  }
  // A subject outside the mass list without a spec (ГИА physics) has nothing to report; a mass subject without one is
  // kept with null counts so that the gap shows.
  return [...bySubject.values()].filter((list) => massSubjects.has(list[0].subject) || specFor(list[0])).map((list) => {
    const first = list[0];
    const spec = specFor(first) ?? null;
    const lowCount = spec ? list.filter((r) => isBelowBMin(r.score, spec)).length : null;
    const massCount = spec ? list.filter((r) => isMass(r.score, spec)).length : null;
    return {
      subject: first.subject, ...(first.level ? { level: first.level } : {}), spec,
      bMin: spec ? bMin(spec) : null, bMid: spec ? bMid(spec) : null, participants: list.length,
      lowCount, lowShare: share(lowCount, list.length), massCount, massShare: share(massCount, list.length),
    };
  }).sort(compareSubjects);
}

