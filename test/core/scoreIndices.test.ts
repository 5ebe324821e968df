import { type ScoreSpec } from "../../src/core/catalog/scoreSpecs";
import { isShnorError, ShnorError } from "../../src/core/errors";
import { indexDynamics, type IndexObservationRow, schoolDynamics } from "../../src/core/indicators/indexDynamics";
import {
  approximateScoreIndices, computeScoreIndices, DEFAULT_SCORE_INDEX_SETTINGS, imrDynamicsBySchool, inrDynamicsBySchool, lowResultIndexOfScores,
  massResultIndexOfScores, type SchoolScoreIndex, scoreIndexSettings, type SubjectAggregate, subjectAggregatesOf,
} from "../../src/core/indicators/scoreIndices";
import { st, subjectGroup, TV6E } from "./students.fixtures";

const only = (groups: SchoolScoreIndex[]): SchoolScoreIndex => {
  expect(groups).toHaveLength(1);
  return groups[0];
};

describe("TV-6: B_min / B_mid indices (domain-notes §11)", () => {
  test("a) ОГЭ mathematics: ИНР 3/10 = 30 %, ИМР 4/10 = 40 %", () => {
    const g = only(computeScoreIndices(subjectGroup("A", 2023, "OGE", 9, "MATH", [5, 8, 9, 10, 12, 15, 16, 20, 22, 28])).schools);
    const math = g.subjects[0];
    expect(math.bMin).toBeCloseTo(9.55, 12);
    expect(math.bMid).toBeCloseTo(15.775, 12);
    expect([math.participants, math.lowCount, math.massCount]).toEqual([10, 3, 4]);
    expect(math.lowShare).toBe(0.3);
    expect(math.massShare).toBe(0.4);
    expect([g.participants, g.lowCount, g.inr]).toEqual([10, 3, 0.3]);
  });

  test("b) ЕГЭ Russian (test points): ИНР 2/8 = 25 % (29 is not low), ИМР 4/8 = 50 % (55 counts)", () => {
    const g = only(computeScoreIndices(subjectGroup("A", 2024, "EGE", 11, "RUS", [20, 28, 29, 40, 55, 56, 81, 90])).schools);
    const rus = g.subjects[0];
    expect([rus.bMin, rus.bMid]).toEqual([29, 55]);
    expect([rus.lowCount, rus.massCount, rus.participants]).toEqual([2, 4, 8]);
    expect([rus.lowShare, rus.massShare, g.inr]).toEqual([0.25, 0.5, 0.25]);
  });

  test("c) ЕГЭ profile mathematics: B_min 32, B_mid 56.5 — 56 is not mass, 57 is", () => {
    const g = only(computeScoreIndices(subjectGroup("A", 2024, "EGE", 11, "MATH", [56, 57, 31, 32], "prof")).schools);
    const prof = g.subjects[0];
    expect(prof.level).toBe("prof");
    expect([prof.bMin, prof.bMid]).toEqual([32, 56.5]);
    expect([prof.massCount, prof.lowCount]).toEqual([1, 1]);
  });

  test("d) ВПР 5 mathematics: B_min = 8 exactly (8 not low, 7 low), B_mid 12.5 (12 not mass, 13 mass)", () => {
    const g = only(computeScoreIndices(subjectGroup("A", 2022, "VPR", 5, "MATH", [7, 8, 12, 13])).schools);
    const m = g.subjects[0];
    expect([m.bMin, m.bMid]).toEqual([8, 12.5]);
    expect([m.lowCount, m.massCount]).toEqual([1, 1]);
    expect([g.lowCount, g.participants, g.inr]).toEqual([1, 4, 0.25]);
  });

  test("e) student-level ИНР for ОГЭ 2023 = 3/5 = 60 %; per subject 40 % and 40 %; bounds 40 %…80 % contain it", () => {
    const result = computeScoreIndices(TV6E);
    const g = only(result.schools);
    expect([g.participants, g.lowCount, g.inr]).toEqual([5, 3, 0.6]);
    expect(g.massSubjects).toEqual([
      { subject: "RUS", participants: 5, lowCount: 2, share: 0.4 },
      { subject: "MATH", participants: 5, lowCount: 2, share: 0.4 },
    ]);
    expect(g.subjects.map((s) => [s.subject, s.bMin])).toEqual([["MATH", 9.55], ["RUS", 16.65]]);
    expect(g.approximation).toBe(false);

    const approx = approximateScoreIndices(subjectAggregatesOf(result));
    const a = approx.schools[0];
    expect(approx.approximation).toBe(true);
    expect(a.approximation).toBe(true);
    expect([a.lower, a.upper]).toEqual([0.4, 0.8]);
    expect(a.lowerCounts).toEqual({ count: 2, total: 5 });
    expect(a.lower! <= g.inr! && g.inr! <= a.upper!).toBe(true);
  });
});

describe("knife edges through the whole computation", () => {
  test("ВПР 5 математика (B_min = 8) and ВПР 4 математика (B_min = 7)", () => {
    const r = computeScoreIndices([
      ...subjectGroup("A", 2023, "VPR", 5, "MATH", [8, 8, 7.99]),
      ...subjectGroup("A", 2023, "VPR", 4, "MATH", [7, 7, 7, 6]),
    ]);
    const [g4, g5] = r.schools;
    expect([g4.grade, g4.lowCount, g4.participants]).toEqual([4, 1, 4]);
    expect([g5.grade, g5.lowCount, g5.participants]).toEqual([5, 1, 3]);
  });
});

describe("participants, levels and specs", () => {
  test("students with no mass-subject result are not participants; ИМР is per subject", () => {
    const r = computeScoreIndices([
      st("A", 2024, "EGE", 11, "p1", "RUS", 50),
      st("A", 2024, "EGE", 11, "p2", "RUS", 20),
      st("A", 2024, "EGE", 11, "p2", "PHYS", 70),
      st("A", 2024, "EGE", 11, "p3", "PHYS", 30),
    ]);
    const g = only(r.schools);
    expect([g.participants, g.lowCount]).toEqual([2, 1]);
    // Physics has no spec and is not a mass subject: nothing to report, no warning.
    expect(g.subjects.map((s) => s.subject)).toEqual(["RUS"]);
    expect(r.problems).toEqual([]);
  });

  test("ЕГЭ mathematics: whichever level the student took", () => {
    const r = computeScoreIndices([
      st("A", 2024, "EGE", 11, "b1", "MATH", 6, "base"), // base: B_min 8.05 → low
      st("A", 2024, "EGE", 11, "b2", "MATH", 9, "base"),
      st("A", 2024, "EGE", 11, "p1", "MATH", 31, "prof"), // prof: B_min 32 → low
      st("A", 2024, "EGE", 11, "p2", "MATH", 70, "prof"),
    ]);
    const g = only(r.schools);
    expect([g.participants, g.lowCount]).toEqual([4, 2]);
    expect(g.massSubjects).toEqual([{ subject: "MATH", participants: 4, lowCount: 2, share: 0.5 }]);
    expect(g.subjects.map((s) => [s.level, s.participants, s.lowCount, s.massCount])).toEqual([["base", 2, 1, 0], ["prof", 2, 1, 1]]);
  });

  test("both ЕГЭ mathematics levels (before 2022): best (default) or any", () => {
    const rows = [st("A", 2021, "EGE", 11, "x", "MATH", 5, "base"), st("A", 2021, "EGE", 11, "x", "MATH", 40, "prof")];
    expect(only(computeScoreIndices(rows).schools).lowCount).toBe(0);
    expect(only(computeScoreIndices(rows, { egeMathBothLevels: "any" }).schools).lowCount).toBe(1);
  });

  test("a mass subject without a spec leaves the ИНР undetermined and is reported once; overrides fill the gap", () => {
    const rows = [...subjectGroup("A", 2025, "VPR", 5, "MATH", [3, 15]), ...subjectGroup("B", 2025, "VPR", 5, "MATH", [10])];
    const r = computeScoreIndices(rows);
    expect(r.schools.map((g) => [g.participants, g.lowCount, g.inr])).toEqual([[2, null, null], [1, null, null]]);
    expect(r.region[0].inr).toBeNull();
    expect(r.problems).toEqual([{ code: "score_spec_missing", severity: "warning", params: { procedure: "VPR", subject: "MATH", grade: 5, year: 2025 } }]);

    const mine: ScoreSpec = {
      procedure: "VPR", subject: "MATH", grade: 5, yearFrom: 2025, yearTo: 2025, min: 4, max: 16, top: 13, scale: "primary", confidence: "high", source: "ФИОКО 2025", origin: "user",
    };
    const fixed = computeScoreIndices(rows, { specOverrides: [mine] });
    expect(fixed.problems).toEqual([]);
    expect(fixed.schools.map((g) => g.lowCount)).toEqual([1, 0]); // B_min = 4.8
    expect(fixed.schools[0].subjects[0].spec).toBe(mine);
    expect(fixed.settings.specOverrides).toEqual([mine]);
  });

  test("region totals sum the schools", () => {
    const r = computeScoreIndices([...TV6E, ...TV6E.map((s) => ({ ...s, schoolId: "B", score: s.subject === "RUS" ? 30 : 25 }))]);
    expect(r.region).toHaveLength(1);
    const t = r.region[0];
    expect([t.schools, t.participants, t.lowCount, t.inr]).toEqual([2, 10, 3, 0.3]);
    expect(t.subjects.map((s) => [s.subject, s.participants, s.lowCount, s.massCount])).toEqual([["MATH", 10, 2, 6], ["RUS", 10, 2, 7]]);
    expect(t.massSubjects.map((m) => m.share)).toEqual([0.2, 0.2]);
  });

  test("the settings are reported; bad settings are errors naming them", () => {
    const r = computeScoreIndices(TV6E);
    expect(r.settings).toEqual(DEFAULT_SCORE_INDEX_SETTINGS);
    expect(scoreIndexSettings({ massSubjects: undefined }).massSubjects).toEqual(["RUS", "MATH"]);
    expect(() => scoreIndexSettings({ massSubjects: [] })).toThrow(ShnorError);
    expect(() => scoreIndexSettings({ egeMathBothLevels: "worst" as "best" })).toThrow(/egeMathBothLevels/);
    // Russian only: S3 (low in mathematics only) is no longer low.
    expect(only(computeScoreIndices(TV6E, { massSubjects: ["RUS"] }).schools).lowCount).toBe(2);
  });

  test("invalid scores and duplicates are errors with their locations", () => {
    const rows = [
      { ...st("A", 2023, "OGE", 9, "S1", "MATH", 32), location: { sheet: "Ученики", row: 5, col: 7 } },
      st("A", 2023, "OGE", 9, "S2", "MATH", -1),
      st("A", 2023, "OGE", 9, "S3", "MATH", 10),
      { ...st("A", 2023, "OGE", 9, "S3", "MATH", 11), location: { row: 9 } },
    ];
    let error: unknown;
    try {
      computeScoreIndices(rows);
    } catch (e) {
      error = e;
    }
    expect(isShnorError(error)).toBe(true);
    const problems = (error as ShnorError).problems;
    expect(problems.map((p) => p.code)).toEqual(["score_above_max", "score_negative", "student_duplicate"]);
    expect(problems[0].location).toEqual({ sheet: "Ученики", row: 5, col: 7 });
    expect(problems[0].params).toMatchObject({ value: 32, max: 31 });
    expect(problems[2].location).toEqual({ row: 9 });
  });
});

describe("per-subject aggregates: the approximation", () => {
  const agg = (subject: string, participants: number, lowCount: number, extra: Partial<SubjectAggregate> = {}): SubjectAggregate => ({
    schoolId: "A", year: 2023, procedure: "OGE", grade: 9, subject, participants, lowCount, ...extra,
  });

  test("bounds max ≤ ИНР ≤ min(1, Σ), always labelled", () => {
    const r = approximateScoreIndices([agg("RUS", 10, 7, { massCount: 2 }), agg("MATH", 10, 6)]);
    const a = r.schools[0];
    expect(a.approximation).toBe(true);
    expect([a.lower, a.upper]).toEqual([0.7, 1]);
    expect(a.subjects.map((s) => [s.subject, s.lowShare, s.massShare])).toEqual([["MATH", 0.6, null], ["RUS", 0.7, 0.2]]);
    expect(r.region[0]).toMatchObject({ approximation: true, schools: 1, lower: 0.7, upper: 1 });
  });

  test("ЕГЭ mathematics levels merge into one mass subject", () => {
    const r = approximateScoreIndices([
      agg("RUS", 10, 1, { procedure: "EGE", grade: 11 }),
      agg("MATH", 4, 2, { procedure: "EGE", grade: 11, level: "base" }),
      agg("MATH", 6, 1, { procedure: "EGE", grade: 11, level: "prof" }),
    ]);
    expect(r.schools[0].massSubjects).toEqual([
      { subject: "RUS", participants: 10, lowCount: 1, share: 0.1 },
      { subject: "MATH", participants: 10, lowCount: 3, share: 0.3 },
    ]);
    expect(r.schools[0].lower).toBe(0.3);
    expect(r.schools[0].upper).toBeCloseTo(0.4, 12);
  });

  test("bad counts are errors", () => {
    expect(() => approximateScoreIndices([agg("RUS", 5, 6)])).toThrow(ShnorError);
    expect(() => approximateScoreIndices([agg("RUS", 5, 1.5)])).toThrow(ShnorError);
    expect(() => approximateScoreIndices([agg("RUS", 5, 1), agg("RUS", 5, 2)])).toThrow(ShnorError);
  });
});

describe("dynamics per school", () => {
  const year = (y: number, scores: [number, number][], school = "A") =>
    scores.flatMap(([rus, math], i) => [st(school, y, "OGE", 9, `s${i}`, "RUS", rus), st(school, y, "OGE", 9, `s${i}`, "MATH", math)]);

  test("ИНР falling = positive, ИМР rising = positive; a school without the previous year = nodata", () => {
    const groups = computeScoreIndices([
      ...year(2023, [[10, 5], [20, 20], [20, 20], [20, 20]]), // ИНР 1/4
      ...year(2024, [[20, 20], [20, 20], [30, 25], [30, 25], [20, 20]]), // ИНР 0/5
      ...year(2024, [[10, 5]], "B"),
    ]).schools;
    const inr = inrDynamicsBySchool(groups, { year: 2024 });
    expect(inr.map((d) => [d.schoolId, d.type])).toEqual([["A", "positive"], ["B", "nodata"]]);
    expect(inr[0].prev).toEqual({ count: 1, total: 4 });
    expect(inr[0].cur).toEqual({ count: 0, total: 5 });
    const imr = imrDynamicsBySchool(groups, { year: 2024, schoolIds: ["A", "C"] });
    expect(imr.map((d) => [d.schoolId, d.type])).toEqual([["A", "positive"], ["C", "nodata"]]);
  });

  test("equal shares by cross-multiplication are neutral (1/4 vs 2/8)", () => {
    const groups = computeScoreIndices([
      ...year(2023, [[10, 20], [20, 20], [20, 20], [20, 20]]),
      ...year(2024, [[10, 20], [20, 5], [20, 20], [20, 20], [20, 20], [20, 20], [20, 20], [20, 20]]),
    ]).schools;
    expect(inrDynamicsBySchool(groups, { year: 2024 })[0].type).toBe("neutral");
  });
});

describe("generic index dynamics", () => {
  test("direction, exact counts, tolerance for bare values, nodata", () => {
    expect(indexDynamics({ count: 1, total: 4 }, { count: 1, total: 5 }, "lowerIsBetter")).toBe("positive");
    expect(indexDynamics({ count: 1, total: 4 }, { count: 1, total: 5 }, "higherIsBetter")).toBe("negative");
    expect(indexDynamics({ count: 3, total: 10 }, { count: 6, total: 20 }, "lowerIsBetter")).toBe("neutral");
    expect(indexDynamics({ value: -0.0771116 }, { value: -0.05 }, "higherIsBetter")).toBe("positive");
    expect(indexDynamics({ value: 0.3 }, { value: 0.1 + 0.2 }, "higherIsBetter")).toBe("neutral");
    expect(indexDynamics({ value: 0.3 }, { value: 0.1 + 0.2 }, "higherIsBetter", { tolerance: 0 })).toBe("positive");
    expect(indexDynamics({ count: 0, total: 0 }, { count: 1, total: 5 }, "lowerIsBetter")).toBe("nodata");
    expect(indexDynamics(null, { value: 1 }, "lowerIsBetter")).toBe("nodata");
  });

  test("pooled (default) and balance combine a school's components differently", () => {
    // ОГЭ improves a little on many students, ВПР 5 worsens a lot on few.
    const rows: IndexObservationRow[] = [
      { schoolId: "A", year: 2023, component: "OGE|9", count: 30, total: 100 },
      { schoolId: "A", year: 2024, component: "OGE|9", count: 28, total: 100 },
      { schoolId: "A", year: 2023, component: "VPR|5", count: 1, total: 10 },
      { schoolId: "A", year: 2024, component: "VPR|5", count: 5, total: 10 },
      { schoolId: "A", year: 2023, component: "VPR|6", count: 2, total: 10 },
      { schoolId: "A", year: 2024, component: "VPR|6", count: 1, total: 10 },
      { schoolId: "A", year: 2024, component: "EGE|11", count: 9, total: 10 }, // only in Y: left out
    ];
    const pooled = schoolDynamics(rows, { year: 2024, direction: "lowerIsBetter" })[0];
    expect(pooled).toMatchObject({ type: "negative", rule: "pooled", prev: { count: 33, total: 120 }, cur: { count: 34, total: 120 } });
    expect(pooled.components.map((c) => [c.component, c.type])).toEqual([["EGE|11", "nodata"], ["OGE|9", "positive"], ["VPR|5", "negative"], ["VPR|6", "positive"]]);
    expect(schoolDynamics(rows, { year: 2024, direction: "lowerIsBetter", rule: "balance" })[0].type).toBe("positive");
    expect(() => schoolDynamics(rows, { year: 2024, direction: "lowerIsBetter", rule: "max" as "pooled" })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});

describe("worksheet forms", () => {
  const bounds = [{ min: 15, max: 33 }, { min: 8, max: 31 }];
  test("LOWRESULTINDEX over a score matrix reproduces TV-6 e; blanks are not taken", () => {
    const scores = [[20, 12], [16, 12], [25, 9], [14, 7], [30, 25], [null, null], [null, 30]];
    expect(lowResultIndexOfScores(scores, bounds)).toEqual({ participants: 6, count: 3, value: 0.5 });
    expect(lowResultIndexOfScores(scores.slice(0, 5), bounds)).toEqual({ participants: 5, count: 3, value: 0.6 });
    expect(lowResultIndexOfScores([[7, 8]], [{ min: 7, max: 20 }])).toEqual({ participants: 1, count: 1, value: 1 });
    expect(lowResultIndexOfScores([[null]], bounds.slice(0, 1)).value).toBeNull();
  });

  test("MASSRESULTINDEX reproduces TV-6 a", () => {
    expect(massResultIndexOfScores([5, 8, 9, 10, 12, 15, 16, 20, 22, 28, null], { min: 8, max: 31, top: 22 })).toEqual({ participants: 10, count: 4, value: 0.4 });
  });

  test("errors name what is wrong", () => {
    expect(() => lowResultIndexOfScores([[1, 2, 3]], bounds)).toThrow(expect.objectContaining({ code: "score_bounds_count" }));
    expect(() => lowResultIndexOfScores([[34, 2]], bounds)).toThrow(expect.objectContaining({ code: "score_above_max", params: { value: 34, max: 33, row: 1, col: 1 } }));
    expect(() => massResultIndexOfScores([1], { min: 8, max: 31, top: 40 })).toThrow(expect.objectContaining({ code: "score_bounds_invalid" }));
  });
});
