import type { Procedure } from "../../src/core/catalog/assessments";
import {
  DEFAULT_SCORE_SPECS, findScoreSpec, type MathLevel, parseProcedure, parseSubject, readScoreSpecTable, resolveScoreSpecs, type ScoreSpec,
} from "../../src/core/catalog/scoreSpecs";
import { ShnorError } from "../../src/core/errors";
import {
  bMid, bMin, checkBounds, decimalsOf, highestLowWholeScore, isBelowBMin, isMass, lowestMassWholeScore, scoreProblem,
} from "../../src/core/indicators/scoreThresholds";

function spec(procedure: Procedure, subject: string, grade: number, year: number, level?: MathLevel): ScoreSpec {
  const s = findScoreSpec(DEFAULT_SCORE_SPECS, { procedure, subject, grade, year, level });
  if (!s) throw new Error(`no default spec ${procedure} ${subject} ${grade} ${year}`);
  return s;
}

describe("B_min and B_mid: the pre-computed thresholds of domain-notes §3.3", () => {
  // [procedure, subject, grade, year, level, min, max, top, B_min, B_mid, low if ≤, mass if ≥]
  const table: [Procedure, string, number, number, MathLevel | undefined, number, number, number, number, number, number, number][] = [
    ["OGE", "RUS", 9, 2021, undefined, 15, 33, 29, 16.65, 22.825, 16, 23],
    ["OGE", "MATH", 9, 2023, undefined, 8, 31, 22, 9.55, 15.775, 9, 16],
    ["EGE", "RUS", 11, 2024, undefined, 24, 100, 81, 29, 55, 28, 55],
    ["EGE", "MATH", 11, 2024, "prof", 27, 100, 81, 32, 56.5, 31, 57],
    ["EGE", "MATH", 11, 2023, "base", 7, 21, 17, 8.05, 12.525, 8, 13],
    ["VPR", "RUS", 4, 2022, undefined, 14, 38, 33, 15.9, 24.45, 15, 25],
    ["VPR", "MATH", 4, 2022, undefined, 6, 20, 15, 7, 11, 6, 11],
    ["VPR", "RUS", 5, 2022, undefined, 18, 45, 39, 20.25, 29.625, 20, 30],
    ["VPR", "MATH", 5, 2022, undefined, 7, 20, 17, 8, 12.5, 7, 13],
    ["VPR", "RUS", 6, 2022, undefined, 25, 51, 45, 27.55, 36.275, 27, 37],
    ["VPR", "MATH", 6, 2022, undefined, 6, 16, 14, 6.8, 10.4, 6, 11],
    ["VPR", "RUS", 4, 2026, undefined, 10, 24, 21, 11.2, 16.1, 11, 17],
  ];
  test.each(table)("%s %s %i (%i %s)", (procedure, subject, grade, year, level, min, max, top, expMin, expMid, lowUpTo, massFrom) => {
    const s = spec(procedure, subject, grade, year, level);
    expect([s.min, s.max, s.top]).toEqual([min, max, top]);
    expect(bMin(s)).toBeCloseTo(expMin, 12);
    expect(bMid(s)).toBeCloseTo(expMid, 12);
    expect(highestLowWholeScore(s)).toBe(lowUpTo);
    expect(lowestMassWholeScore(s)).toBe(massFrom);
    // The whole-number columns agree with the predicates on both sides of each edge.
    expect(isBelowBMin(lowUpTo, s)).toBe(true);
    expect(isBelowBMin(lowUpTo + 1, s)).toBe(false);
    expect(isMass(massFrom, s)).toBe(true);
    expect(isMass(massFrom - 1, s)).toBe(false);
  });
});

describe("knife edges", () => {
  test("ВПР 5 математика: B_min = 8 exactly, so 8 is not low and 7 is (TV-6 d)", () => {
    const s = spec("VPR", "MATH", 5, 2023);
    expect(bMin(s)).toBe(8);
    expect(isBelowBMin(8, s)).toBe(false);
    expect(isBelowBMin(7, s)).toBe(true);
    expect(isBelowBMin(7.99, s)).toBe(true);
    // B_mid = 12.5: 12 not mass, 12.5 mass («не ниже»), 13 mass
    expect([12, 12.49, 12.5, 13].map((x) => isMass(x, s))).toEqual([false, false, true, true]);
  });

  test("ВПР 4 математика: B_min = 7 exactly, so 7 is not low and 6 is", () => {
    const s = spec("VPR", "MATH", 4, 2021);
    expect(bMin(s)).toBe(7);
    expect([6, 6.99, 7, 7.01].map((x) => isBelowBMin(x, s))).toEqual([true, true, false, false]);
    expect([10.99, 11].map((x) => isMass(x, s))).toEqual([false, true]);
  });

  test("non-integer edges are decided exactly (16.65, 9.55, 15.775, 56.5)", () => {
    const rus = spec("OGE", "RUS", 9, 2022);
    expect([16.64, 16.65, 16.66].map((x) => isBelowBMin(x, rus))).toEqual([true, false, false]);
    const math = spec("OGE", "MATH", 9, 2022);
    expect([9.54, 9.55].map((x) => isBelowBMin(x, math))).toEqual([true, false]);
    expect([15.77, 15.775, 15.78].map((x) => isMass(x, math))).toEqual([false, true, true]);
    const prof = spec("EGE", "MATH", 11, 2022, "prof");
    expect([56, 56.5, 57].map((x) => isMass(x, prof))).toEqual([false, true, true]);
  });

  test("floating-point noise does not move an edge", () => {
    const s = { min: 7, max: 20, top: 17 };
    expect(isBelowBMin(0.1 * 80, s)).toBe(false); // 8.000000000000002 is written 8
    expect(isMass(0.1 * 125, s)).toBe(true); // 12.5
    expect(isBelowBMin(7.9999999999, s)).toBe(false); // beyond six decimals the score is rounded
    expect(decimalsOf(16.65)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
  });

  test("scores and specs with half points", () => {
    const s = { min: 7.5, max: 20, top: 16.5 }; // B_min 8.5, B_mid 12.5
    expect(bMin(s)).toBe(8.5);
    expect([8.49, 8.5].map((x) => isBelowBMin(x, s))).toEqual([true, false]);
    expect([12.4, 12.5].map((x) => isMass(x, s))).toEqual([false, true]);
  });
});

describe("checks", () => {
  test("bounds", () => {
    expect(() => checkBounds({ min: 7, max: 20, top: 17 })).not.toThrow();
    expect(() => checkBounds({ min: 7, max: 20 })).not.toThrow();
    for (const bad of [{ min: 21, max: 20, top: 20 }, { min: 7, max: 20, top: 21 }, { min: -1, max: 20, top: 17 }, { min: 0, max: 0, top: 0 }, { min: 7, max: 20, top: 5 }]) {
      expect(() => checkBounds(bad)).toThrow(ShnorError);
    }
  });

  test("score problems", () => {
    expect(scoreProblem(20, { max: 20 })).toBeUndefined();
    expect(scoreProblem(0, { max: 20 })).toBeUndefined();
    expect(scoreProblem(21, { max: 20 })).toBe("score_above_max");
    expect(scoreProblem(-1, { max: 20 })).toBe("score_negative");
    expect(scoreProblem(Number.NaN, { max: 20 })).toBe("score_not_finite");
  });
});

describe("the spec table", () => {
  test("lookups by procedure, subject, grade, year and level", () => {
    expect(spec("OGE", "RUS", 9, 2019).max).toBe(39);
    expect(spec("OGE", "RUS", 9, 2023).max).toBe(33);
    const rus2024 = spec("OGE", "RUS", 9, 2024);
    expect(rus2024.confidence).toBe("low");
    expect(rus2024.source).toMatch(/UNVERIFIED/);
    expect(spec("OGE", "MATH", 9, 2021).max).toBe(32);
    expect(spec("OGE", "MATH", 9, 2022).max).toBe(31);
    expect(spec("EGE", "MATH", 11, 2021, "base").max).toBe(20);
    expect(spec("EGE", "MATH", 11, 2022, "base").max).toBe(21);
    expect(spec("EGE", "RUS", 11, 2024).scale).toBe("test");
    expect(spec("EGE", "MATH", 11, 2024, "base").scale).toBe("primary");
    // ЕГЭ mathematics without a level, ВПР 2025 (new format) and ОГЭ 2026 are not in the defaults.
    expect(findScoreSpec(DEFAULT_SCORE_SPECS, { procedure: "EGE", subject: "MATH", grade: 11, year: 2024 })).toBeUndefined();
    expect(findScoreSpec(DEFAULT_SCORE_SPECS, { procedure: "VPR", subject: "MATH", grade: 5, year: 2025 })).toBeUndefined();
    expect(findScoreSpec(DEFAULT_SCORE_SPECS, { procedure: "OGE", subject: "RUS", grade: 9, year: 2026 })).toBeUndefined();
  });

  test("user overrides win for the years they cover; replaceDefaults drops the defaults", () => {
    const mine: ScoreSpec = { ...spec("OGE", "RUS", 9, 2024), top: 31, yearFrom: 2025, yearTo: 2025, confidence: "high", origin: "user", source: "письмо 2025" };
    const specs = resolveScoreSpecs({ specs: [mine] });
    expect(findScoreSpec(specs, { procedure: "OGE", subject: "RUS", grade: 9, year: 2025 })?.top).toBe(31);
    expect(findScoreSpec(specs, { procedure: "OGE", subject: "RUS", grade: 9, year: 2024 })?.top).toBe(32);
    const only = resolveScoreSpecs({ specs: [mine], replaceDefaults: true });
    expect(only).toEqual([mine]);
  });

  test("procedures and subjects written as text", () => {
    expect(["ВПР", "огэ", "ГИА-9", "ЕГЭ", "EGE", "ГИА-11", "ГВЭ", "впрочем"].map(parseProcedure)).toEqual(["VPR", "OGE", "OGE", "EGE", "EGE", "EGE", undefined, undefined]);
    expect(parseSubject("Русский язык")).toEqual({ subject: "RUS" });
    expect(parseSubject("Балл по русскому языку")).toEqual({ subject: "RUS" });
    expect(parseSubject("Математика")).toEqual({ subject: "MATH" });
    expect(parseSubject("математика (база)")).toEqual({ subject: "MATH", level: "base" });
    expect(parseSubject("Математика профильная")).toEqual({ subject: "MATH", level: "prof" });
    expect(parseSubject("MATH_PROF")).toEqual({ subject: "MATH", level: "prof" });
    expect(parseSubject("Физика")).toEqual({ subject: "PHYS" });
    expect(parseSubject("Английский язык")).toEqual({ subject: "ENG" });
    expect(parseSubject("Окружающий мир")).toBeUndefined();
    expect(parseSubject("Родной язык")).toBeUndefined();
  });

  test("a user-edited spec table with Russian headers", () => {
    const t = readScoreSpecTable({
      sheet: "Спецификации",
      values: [
        ["Спецификации ВПР 2025"],
        ["Процедура", "Предмет", "Класс", "Год с", "Год по", "Минимальный балл", "Максимальный балл", "Балл 5", "Шкала", "Достоверность", "Источник"],
        ["ВПР", "Математика", 5, 2025, 2026, 4, 16, 13, "первичные", "высокая", "ФИОКО 2025"],
        ["ЕГЭ", "Математика (база)", "", 2026, "", 7, 21, 17, "", "", ""],
        ["ОГЭ", "Русский язык", "", "2024/25", "", "15", "37", "31", "", "средняя", ""],
      ],
    });
    expect(t.problems).toEqual([]);
    expect(t.headerRow).toBe(1);
    expect(t.specs.map((x) => [x.procedure, x.subject, x.level, x.grade, x.yearFrom, x.yearTo, x.min, x.max, x.top, x.scale, x.confidence, x.origin])).toEqual([
      ["VPR", "MATH", undefined, 5, 2025, 2026, 4, 16, 13, "primary", "high", "user"],
      ["EGE", "MATH", "base", 11, 2026, 2026, 7, 21, 17, "primary", "high", "user"],
      ["OGE", "RUS", undefined, 9, 2025, 2025, 15, 37, 31, "primary", "medium", "user"],
    ]);
    expect(t.specs[1].source).toBe("user table, row 4");
    const specs = resolveScoreSpecs({ specs: t.specs });
    expect(findScoreSpec(specs, { procedure: "OGE", subject: "RUS", grade: 9, year: 2025 })?.top).toBe(31);
    expect(findScoreSpec(specs, { procedure: "VPR", subject: "MATH", grade: 5, year: 2026 })?.max).toBe(16);
  });

  test("problems of the spec table are located", () => {
    const t = readScoreSpecTable({
      values: [
        ["procedure", "subject", "grade", "year_from", "year_to", "min", "max", "top"],
        ["VPR", "MATH", 5, 2025, 2025, 17, 16, 16], // 2: min > max
        ["VPR", "RUS", 5, 2025, 2025, 10, 40, 41], // 3: top above max
        ["VPR", "RUS", 6, 2026, 2025, 10, 40, 30], // 4: years reversed
        ["EGE", "Математика", "", 2025, 2025, 7, 21, 17], // 5: level needed
        ["OGE", "RUS", "", 2025, 2026, 15, 37, 31], // 6
        ["OGE", "русский", "", 2026, 2027, 15, 37, 32], // 7: overlaps row 6 in 2026
        ["VPR", "MATH", "", 2025, 2025, 4, 16, 13], // 8: ВПР needs a grade
        ["ГВЭ", "MATH", 9, 2025, 2025, 4, 16, "", ""], // 9: unknown procedure, top missing
      ],
    });
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.column])).toEqual([
      ["spec_min_max", 2, "min"],
      ["spec_top_range", 3, "top"],
      ["spec_years_reversed", 4, "year_to"],
      ["ege_math_level_required", 5, "subject"],
      ["spec_duplicate", 7, undefined],
      ["cell_required", 8, "grade"],
      ["procedure_unknown", 9, "procedure"],
      ["cell_required", 9, "top"],
    ]);
    expect(t.specs).toHaveLength(1);
    expect(t.problems[4].params).toEqual({ procedure: "OGE", subject: "RUS", grade: 9, first: 6 });
    expect(readScoreSpecTable({ values: [["procedure", "subject", "min"], ["VPR", "MATH", 4]] }).problems.map((p) => p.params.field)).toEqual(["year_from", "max", "top"]);
  });
});
