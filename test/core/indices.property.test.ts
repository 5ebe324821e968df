import fc from "fast-check";
import type { Procedure } from "../../src/core/catalog/assessments";
import { DEFAULT_SCORE_SPECS, findScoreSpec, type MathLevel, type ScoreSpec } from "../../src/core/catalog/scoreSpecs";
import { computeGiaDeviations, type GiaMeanCell } from "../../src/core/indicators/giaDeviation";
import { approximateScoreIndices, computeScoreIndices, type SubjectAggregate } from "../../src/core/indicators/scoreIndices";
import { compareFractions } from "../../src/core/ratio";
import type { StudentScore } from "../../src/core/table/students";
import { st } from "./students.fixtures";

/** Procedures × grades × years with default specs for both mass subjects. */
const CONFIGS: { procedure: Procedure; grade: number; year: number; mathLevel?: MathLevel }[] = [
  { procedure: "OGE", grade: 9, year: 2023 },
  { procedure: "OGE", grade: 9, year: 2021 },
  { procedure: "VPR", grade: 4, year: 2021 },
  { procedure: "VPR", grade: 5, year: 2022 },
  { procedure: "VPR", grade: 6, year: 2024 },
  { procedure: "EGE", grade: 11, year: 2024, mathLevel: "prof" },
  { procedure: "EGE", grade: 11, year: 2023, mathLevel: "base" },
];

const specOf = (c: (typeof CONFIGS)[number], subject: "RUS" | "MATH"): ScoreSpec =>
  findScoreSpec(DEFAULT_SCORE_SPECS, { ...c, subject, level: subject === "MATH" ? c.mathLevel : undefined }) as ScoreSpec;

/** Scores in half points from 0 to the spec's max. */
const score = (max: number) => fc.integer({ min: 0, max: 2 * max }).map((h) => h / 2);

interface Sample {
  config: (typeof CONFIGS)[number];
  students: { school: string; rus: number | null; math: number | null }[];
}

/** Random student sets of up to three schools; `full`: every student sat both mass subjects. */
const sample = (full: boolean) =>
  fc.constantFrom(...CONFIGS).chain((config) => {
    const rus = score(specOf(config, "RUS").max);
    const math = score(specOf(config, "MATH").max);
    const result = (arb: fc.Arbitrary<number>) => (full ? arb : fc.option(arb, { nil: null }));
    return fc.record({
      config: fc.constant(config),
      students: fc.array(fc.record({ school: fc.constantFrom("A", "B", "C"), rus: result(rus), math: result(math) }), { maxLength: 40 }),
    });
  });

function rowsOf({ config, students }: Sample): StudentScore[] {
  return students.flatMap((s, i) => [
    ...(s.rus === null ? [] : [st(s.school, config.year, config.procedure, config.grade, `p${i}`, "RUS", s.rus)]),
    ...(s.math === null ? [] : [st(s.school, config.year, config.procedure, config.grade, `p${i}`, "MATH", s.math, config.mathLevel)]),
  ]);
}

/**
 * The file's own per-subject aggregates, counted here independently with the integer forms of METHODOLOGY §6
 * (scores in half points: h = 2·score; low ⇔ 100h < 2(100·min + 5·max); mass ⇔ 100h ≥ 100·min + 5·max + 100·top).
 */
function countAggregates(s: Sample): SubjectAggregate[] {
  const out = new Map<string, SubjectAggregate>();
  for (const st of s.students) {
    for (const subject of ["RUS", "MATH"] as const) {
      const value = subject === "RUS" ? st.rus : st.math;
      if (value === null) continue;
      const spec = specOf(s.config, subject);
      const h = Math.round(2 * value);
      const key = `${st.school}|${subject}`;
      const a = out.get(key) ?? {
        schoolId: st.school, year: s.config.year, procedure: s.config.procedure, grade: s.config.grade, subject,
        ...(subject === "MATH" && s.config.mathLevel ? { level: s.config.mathLevel } : {}), participants: 0, lowCount: 0, massCount: 0,
      };
      a.participants += 1;
      if (100 * h < 2 * (100 * spec.min + 5 * spec.max)) a.lowCount += 1;
      if (100 * h >= 100 * spec.min + 5 * spec.max + 100 * spec.top) a.massCount = (a.massCount ?? 0) + 1;
      out.set(key, a);
    }
  }
  return [...out.values()];
}

describe("properties of the score indices", () => {
  test("ИНР ≥ every per-subject ИНР when every participant sat every mass subject", () => {
    fc.assert(
      fc.property(sample(true), (s) => {
        for (const g of computeScoreIndices(rowsOf(s)).schools) {
          for (const m of g.massSubjects) expect(compareFractions(g.lowCount!, g.participants, m.lowCount!, m.participants)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  test("ИНР lies within the per-subject bounds of the file's own aggregates", () => {
    fc.assert(
      fc.property(sample(true), (s) => {
        const exact = computeScoreIndices(rowsOf(s)).schools;
        const approx = approximateScoreIndices(countAggregates(s)).schools;
        expect(approx.map((a) => a.schoolId)).toEqual(exact.map((g) => g.schoolId));
        exact.forEach((g, i) => {
          const a = approx[i];
          expect(a.approximation).toBe(true);
          expect(compareFractions(g.lowCount!, g.participants, a.lowerCounts!.count, a.lowerCounts!.total)).toBeGreaterThanOrEqual(0);
          expect(g.inr!).toBeLessThanOrEqual(a.upper! + 1e-12);
        });
      }),
    );
  });

  test("the upper bound holds with absences too; the lower bound needs full participation", () => {
    fc.assert(
      fc.property(sample(false), (s) => {
        const exact = computeScoreIndices(rowsOf(s)).schools;
        const approx = approximateScoreIndices(countAggregates(s)).schools;
        exact.forEach((g, i) => expect(g.inr!).toBeLessThanOrEqual(approx[i].upper! + 1e-12));
      }),
    );
    // One low student sat Russian only; nine others sat mathematics only and passed: ИНР 10 %, ИНР_рус 100 %.
    const rows = [st("A", 2023, "OGE", 9, "r", "RUS", 5), ...Array.from({ length: 9 }, (_, i) => st("A", 2023, "OGE", 9, `m${i}`, "MATH", 20))];
    const g = computeScoreIndices(rows).schools[0];
    expect(g.inr).toBe(0.1);
    expect(g.massSubjects.find((m) => m.subject === "RUS")?.share).toBe(1);
  });

  test("adding a student above every threshold never raises the ИНР", () => {
    fc.assert(
      fc.property(sample(false), fc.constantFrom("A", "B", "C"), (s, school) => {
        const before = computeScoreIndices(rowsOf(s)).schools.find((g) => g.schoolId === school);
        const top = { school, rus: specOf(s.config, "RUS").max, math: specOf(s.config, "MATH").max };
        const after = computeScoreIndices(rowsOf({ ...s, students: [...s.students, top] })).schools.find((g) => g.schoolId === school)!;
        expect(after.lowCount).toBe(before?.lowCount ?? 0);
        expect(after.participants).toBe((before?.participants ?? 0) + 1);
        if (before) expect(compareFractions(after.lowCount!, after.participants, before.lowCount!, before.participants)).toBeLessThanOrEqual(0);
      }),
    );
  });

  test("the ИНР does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        sample(false).chain((s) => {
          const rows = rowsOf(s);
          return fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }));
        }),
        ([rows, shuffled]) => {
          expect(computeScoreIndices(shuffled)).toEqual(computeScoreIndices(rows));
        },
      ),
    );
  });

  test("per-subject ИНР and ИМР from students equal those from the set's own aggregated counts", () => {
    fc.assert(
      fc.property(sample(false), (s) => {
        const exact = computeScoreIndices(rowsOf(s));
        const approx = approximateScoreIndices(countAggregates(s));
        const perSubject = (groups: { schoolId: string; subjects: { subject: string; participants: number; lowShare: number | null; massShare: number | null }[] }[]) =>
          groups.map((g) => [g.schoolId, g.subjects.map((x) => [x.subject, x.participants, x.lowShare, x.massShare])]);
        expect(perSubject(approx.schools)).toEqual(perSubject(exact.schools));
        expect(perSubject(approx.region.map((r) => ({ ...r, schoolId: "" })))).toEqual(perSubject(exact.region.map((r) => ({ ...r, schoolId: "" }))));
        expect(approx.schools.map((a) => a.massSubjects)).toEqual(exact.schools.map((g) => g.massSubjects));
      }),
    );
  });
});

describe("properties of the ГИА deviation", () => {
  const mean = fc.integer({ min: 1, max: 10000 }).map((x) => x / 100);
  const cells = fc.array(
    fc.record({
      schoolId: fc.constantFrom("A", "B"),
      exam: fc.constantFrom("OGE" as const, "EGE" as const),
      subject: fc.constantFrom("RUS", "MATH", "PHYS"),
      year: fc.integer({ min: 2021, max: 2024 }),
      schoolMean: mean,
      regionMean: mean,
    }),
    { maxLength: 20 },
  ).map((list) => {
    const seen = new Set<string>();
    return list.filter((c) => {
      const key = `${c.schoolId}${c.exam}${c.subject}${c.year}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    }) as GiaMeanCell[];
  });

  test("the ratios are scale-invariant: multiplying school and region means by one factor changes nothing", () => {
    fc.assert(
      fc.property(cells, fc.integer({ min: 1, max: 1000 }).map((k) => k / 10), (list, factor) => {
        const base = computeGiaDeviations(list, 2024).schools;
        const scaled = computeGiaDeviations(list.map((c) => ({ ...c, schoolMean: c.schoolMean! * factor, regionMean: c.regionMean! * factor })), 2024).schools;
        scaled.forEach((s, i) => {
          if (base[i].deviation === null) expect(s.deviation).toBeNull();
          else expect(Math.abs(s.deviation! - base[i].deviation!)).toBeLessThan(1e-9);
        });
      }),
    );
  });

  test("equal school and region means give a deviation of exactly 0", () => {
    fc.assert(
      fc.property(cells, (list) => {
        for (const s of computeGiaDeviations(list.map((c) => ({ ...c, regionMean: c.schoolMean })), 2024).schools) {
          if (s.deviation !== null) expect(s.deviation).toBe(0);
        }
      }),
    );
  });
});
