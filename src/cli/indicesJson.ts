/**
 * The JSON outputs of `shnor indices` and `shnor deviation`: a public contract for scripts (issue #4). Keys are
 * always present (null when they do not apply), so a script never has to test for a key; change them only by
 * adding keys. Shares are fractions 0..1.
 *
 * indices:
 *   input              "students" | "subjectAggregates"
 *   approximation      true when the input is per-subject aggregates: `inr` is null and `inrLower`/`inrUpper` bound it
 *   year, yearsInData  the results year reported and every year of the input
 *   settings           massSubjects, egeMathBothLevels, userSpecs (count), replaceDefaultSpecs, dynamicsRule,
 *                      excludeNotEvaluable, targetYear, cohort (the --cohort school ids or null)
 *   schools[]          schoolId, schoolName, municipality, year, procedure (VPR|OGE|EGE), grade, approximation,
 *                      participants, lowCount, inr, inrLower, inrUpper,
 *                      massSubjects[] {subject, participants, lowCount, inr} (ЕГЭ maths levels merged),
 *                      subjects[] {subject, level, participants, lowCount, inr, massCount, imr, bMin, bMid, spec}
 *   region[]           year, procedure, grade, schools, and the same index keys as schools[]
 *   dynamics           null without Y − 1, else {fromYear, toYear, approximation, inr, imr}; each of inr/imr (imr may
 *                      be null) is {schools[] {schoolId, type, previous, current}, share {n, m, share, counts,
 *                      excludeNotEvaluable}, programme {indicator, title, targetYear, target, met}};
 *                      previous/current are {count, total, value} or null
 *   warnings[]         {code, message, location}
 *
 * deviation:
 *   input              "students" | "meansTable" | "aggregateTable"
 *   year, window, previousWindow
 *   settings           windowYears, includeEgeBase, tolerance, excludeNotEvaluable, targetYear, cohort
 *   schools[]          schoolId, schoolName, meanRatio, deviation, cells[] {exam, subject, level, year, schoolMean,
 *                      regionMean, ratio}, skipped[] {exam, subject, level, year, reason},
 *                      previous {meanRatio, deviation, cells, skipped}, dynamics
 *   share, programme   as in indices (programme indicator 4)
 *   warnings[]
 */
import type { Problem } from "../core/errors";
import type { CountIndex, SchoolDynamics } from "../core/indicators/indexDynamics";
import type { MassSubjectLow, SubjectIndex } from "../core/indicators/scoreIndices";
import type { DeviationAnalysis } from "../core/report/deviationAnalysis";
import type { DynamicsOfIndex, IndicesAnalysis } from "../core/report/indicesAnalysis";
import { formatLocation, t, type Lang } from "../i18n";

export function warningsJson(problems: readonly Problem[], lang: Lang) {
  return problems.map((p) => ({ code: p.code, message: t(p.code, p.params, lang), location: p.location ? formatLocation(p.location, lang) : null }));
}

const counts = (c: CountIndex | null) => (c ? { count: c.count, total: c.total, value: c.total > 0 ? c.count / c.total : null } : null);

function subjectJson(s: SubjectIndex) {
  return {
    subject: s.subject, level: s.level ?? null, participants: s.participants, lowCount: s.lowCount, inr: s.lowShare, massCount: s.massCount, imr: s.massShare,
    bMin: s.bMin, bMid: s.bMid,
    spec: s.spec ? {
      procedure: s.spec.procedure, subject: s.spec.subject, level: s.spec.level ?? null, grade: s.spec.grade, yearFrom: s.spec.yearFrom, yearTo: s.spec.yearTo,
      min: s.spec.min, max: s.spec.max, top: s.spec.top, scale: s.spec.scale, confidence: s.spec.confidence, origin: s.spec.origin, source: s.spec.source,
    } : null,
  };
}

const massJson = (m: MassSubjectLow) => ({ subject: m.subject, participants: m.participants, lowCount: m.lowCount, inr: m.share });

function dynamicsJson(d: DynamicsOfIndex) {
  return {
    schools: d.schools.map((s: SchoolDynamics) => ({ schoolId: s.schoolId, type: s.type, previous: counts(s.prev), current: counts(s.cur) })),
    share: d.share,
    programme: d.programme,
  };
}

type IndexGroup = IndicesAnalysis["schools"][number] | IndicesAnalysis["region"][number];

/** The index keys shared by school groups and region totals, exact or approximate. */
function indexKeys(g: IndexGroup) {
  const exact = g.approximation === false;
  return {
    approximation: g.approximation,
    participants: exact ? g.participants : null,
    lowCount: exact ? g.lowCount : null,
    inr: exact ? g.inr : null,
    inrLower: exact ? null : g.lower,
    inrUpper: exact ? null : g.upper,
    massSubjects: g.massSubjects.map(massJson),
    subjects: g.subjects.map(subjectJson),
  };
}

export function indicesJson(a: IndicesAnalysis, warnings: readonly Problem[], lang: Lang) {
  const s = a.scoreSettings;
  return {
    input: a.approximation ? "subjectAggregates" : "students",
    approximation: a.approximation,
    year: a.year,
    yearsInData: a.yearsInData,
    settings: {
      massSubjects: s.massSubjects, egeMathBothLevels: s.egeMathBothLevels, userSpecs: s.specOverrides.length, replaceDefaultSpecs: s.replaceDefaultSpecs,
      dynamicsRule: a.settings.rule, excludeNotEvaluable: a.settings.excludeNotEvaluable, targetYear: a.settings.targetYear, cohort: a.settings.schoolIds,
    },
    schools: (a.schools as IndexGroup[]).map((g) => {
      const school = g as IndicesAnalysis["schools"][number];
      const info = a.schoolInfo.get(school.schoolId);
      return {
        schoolId: school.schoolId, schoolName: info?.schoolName ?? "", municipality: info?.municipality ?? "",
        year: g.year, procedure: g.procedure, grade: g.grade, ...indexKeys(g),
      };
    }),
    region: (a.region as IndexGroup[]).map((g) => ({ year: g.year, procedure: g.procedure, grade: g.grade, schools: (g as IndicesAnalysis["region"][number]).schools, ...indexKeys(g) })),
    dynamics: a.dynamics
      ? { fromYear: a.dynamics.fromYear, toYear: a.dynamics.toYear, approximation: a.approximation, inr: dynamicsJson(a.dynamics.inr), imr: a.dynamics.imr ? dynamicsJson(a.dynamics.imr) : null }
      : null,
    warnings: warningsJson(warnings, lang),
  };
}

export function deviationJson(a: DeviationAnalysis, lang: Lang) {
  return {
    input: a.source,
    year: a.year,
    window: a.window,
    previousWindow: a.previousWindow,
    settings: {
      windowYears: a.settings.windowYears, includeEgeBase: a.settings.includeEgeBase, tolerance: a.settings.tolerance,
      excludeNotEvaluable: a.settings.excludeNotEvaluable, targetYear: a.settings.targetYear, cohort: a.settings.schoolIds,
    },
    schools: a.schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.current.schoolName || s.previous.schoolName,
      meanRatio: s.current.meanRatio,
      deviation: s.current.deviation,
      cells: s.current.cells.map((c) => ({ exam: c.exam, subject: c.subject, level: c.level ?? null, year: c.year, schoolMean: c.schoolMean, regionMean: c.regionMean, ratio: c.ratio })),
      skipped: s.current.skipped.map((k) => ({ exam: k.exam, subject: k.subject, level: k.level ?? null, year: k.year, reason: k.reason })),
      previous: { meanRatio: s.previous.meanRatio, deviation: s.previous.deviation, cells: s.previous.cells.length, skipped: s.previous.skipped.length },
      dynamics: s.type,
    })),
    share: a.share,
    programme: a.programme,
    warnings: warningsJson(a.problems, lang),
  };
}
