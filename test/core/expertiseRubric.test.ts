import {
  checkRubric, DEFAULT_CRITERION_MAX, evaluateExpertise, type ExpertiseScores, expertiseSummary, MUNICIPAL_ROADMAP_RUBRIC, readFilledExpertise, readRubric,
  ROADMAP_DIRECTIONS, type Rubric, rubricCriteria, SCHOOL_PROGRAMME_RUBRIC,
} from "../../src/core/indicators/expertiseRubric";
import { rubricTable } from "../../src/core/report/contextSheets";
import { asMatrix, translator } from "./context.fixtures";

const flat = (id: string, n: number, part: "mechanisms" | "implementation" | null = null, max = 1): Rubric => ({
  id, title: id, sections: [{ id: "1", title: "S", criteria: Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, text: `К${i + 1}`, maxPoints: max, part })) }],
});
const scores = (object: string, points: (number | null)[]): ExpertiseScores => ({ object, points: Object.fromEntries(points.map((p, i) => [`c${i + 1}`, p])) });

describe("default rubrics: the five directions of seeds 000 and 002", () => {
  test("sections, parts and maxima", () => {
    expect(ROADMAP_DIRECTIONS).toEqual([
      "Улучшение материально-технических условий в общеобразовательных организациях",
      "Преодоление кадрового дефицита в общеобразовательных организациях",
      "Адресное методическое сопровождение общеобразовательных организаций",
      "Профилактика учебной неуспешности в общеобразовательных организациях",
      "Привлечение ресурсов федеральных, региональных проектов",
    ]);
    for (const r of [MUNICIPAL_ROADMAP_RUBRIC, SCHOOL_PROGRAMME_RUBRIC]) {
      expect(() => checkRubric(r)).not.toThrow();
      expect(r.sections.map((s) => s.title)).toEqual(ROADMAP_DIRECTIONS);
      for (const s of r.sections) {
        expect(s.criteria.some((c) => c.part === "mechanisms")).toBe(true);
        expect(s.criteria.some((c) => c.part === "implementation")).toBe(true);
      }
      expect(rubricCriteria(r).every((c) => c.maxPoints === DEFAULT_CRITERION_MAX && c.text.length > 20)).toBe(true);
    }
    expect(rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).map((c) => c.id).slice(0, 5)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1"]);
    expect(rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).filter((c) => c.part === "mechanisms")).toHaveLength(14);
    expect(rubricCriteria(SCHOOL_PROGRAMME_RUBRIC).find((c) => c.id === "4.1")?.text).toBe("Принято положение о внутришкольной системе профилактики учебной неуспешности");
  });
});

describe("levels and verdicts (≥ 70 % mechanisms, ≥ 50 % implementation)", () => {
  test("exact on half and tenth points: 3 × 0.7 of 3 is 70 % (a float sum gives 69.99…)", () => {
    const r = flat("r", 3);
    const e = evaluateExpertise(r, scores("МР", [0.7, 0.7, 0.7]));
    expect(e.total).toEqual({ points: 2.1, max: 3, level: 0.7 });
    expect(e.mechanismsFormed).toBe(true);
    expect(evaluateExpertise(r, scores("МР", [0.7, 0.7, 0.6])).mechanismsFormed).toBe(false);
    const four = evaluateExpertise(flat("r4", 4), scores("МР", [0.6, 0.6, 0.6, 0.2]));
    expect([four.total.level, four.measuresImplemented, four.mechanismsFormed]).toEqual([0.5, true, false]);
  });

  test("parts: the mechanisms verdict on the roadmap criteria, the implementation verdict on the evidence", () => {
    const r = MUNICIPAL_ROADMAP_RUBRIC;
    const all = (f: (part: string | null) => number) => ({ object: "МР", points: Object.fromEntries(rubricCriteria(r).map((c) => [c.id, f(c.part)])) });
    const planned = evaluateExpertise(r, all((p) => (p === "mechanisms" ? 2 : 0)));
    expect(planned.mechanisms).toEqual({ points: 28, max: 28, level: 1 });
    expect(planned.implementation).toEqual({ points: 0, max: 10, level: 0 });
    expect([planned.mechanismsFormed, planned.measuresImplemented]).toEqual([true, false]);
    expect(planned.total.level).toBeCloseTo(28 / 38, 12);
    expect(planned.sections.map((s) => s.max)).toEqual([8, 8, 8, 8, 6]);
    // Both on the total: 28/38 = 73.7 % → both verdicts met.
    const total = evaluateExpertise(r, all((p) => (p === "mechanisms" ? 2 : 0)), { levelBasis: "total" });
    expect([total.mechanismsFormed, total.measuresImplemented]).toEqual([true, true]);
    // A criterion without a part counts in both.
    const mixed: Rubric = { id: "m", title: "", sections: [{ id: "1", title: "", criteria: [{ id: "a", text: "", maxPoints: 2, part: null }, { id: "b", text: "", maxPoints: 2, part: "implementation" }] }] };
    expect(evaluateExpertise(mixed, { object: "x", points: { a: 2, b: 0 } })).toMatchObject({ mechanisms: { level: 1 }, implementation: { level: 0.5 }, measuresImplemented: true });
  });

  test("unscored criteria count as 0 and are listed; points above the maximum are errors", () => {
    const e = evaluateExpertise(flat("r", 2, null, 2), scores("МР", [2, null]));
    expect([e.total.level, e.unscored]).toEqual([0.5, ["c2"]]);
    expect(() => evaluateExpertise(flat("r", 1), scores("МР", [1.5]))).toThrow(expect.objectContaining({ code: "ctx_points_above_max" }));
    expect(() => evaluateExpertise(flat("r", 1), scores("МР", [-1]))).toThrow(expect.objectContaining({ code: "cell_negative" }));
    expect(() => evaluateExpertise(flat("r", 0), scores("МР", []))).toThrow(expect.objectContaining({ code: "ctx_rubric_empty" }));
    expect(() => evaluateExpertise(flat("r", 1), scores("МР", [1]), { mechanismsThreshold: 70 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });

  test("indicators 17–18: the share of municipalities meeting each verdict against the seed-000 minimum", () => {
    const r = flat("r", 10, null);
    const level = (k: number, j: number) => scores(`МР${j}`, Array.from({ length: 10 }, (_, i) => (i < k ? 1 : 0)));
    // Levels 90 %, 70 %, 70 %, 60 %, 40 %: formed (≥ 70 %) 3 of 5, implemented (≥ 50 %) 4 of 5.
    const evaluations = [9, 7, 7, 6, 4].map((k, j) => evaluateExpertise(r, level(k, j)));
    const y2025 = expertiseSummary(evaluations, 2025);
    expect(y2025.mechanisms).toMatchObject({ indicator: 17, n: 3, m: 5, share: 0.6, target: 0.6, met: true });
    expect(y2025.implementation).toMatchObject({ indicator: 18, n: 4, m: 5, share: 0.8, target: 0.4, met: true });
    const y2026 = expertiseSummary(evaluations, 2026);
    expect([y2026.mechanisms.target, y2026.mechanisms.met, y2026.implementation.target, y2026.implementation.met]).toEqual([1, false, 0.8, true]);
    expect(expertiseSummary(evaluations, 2024).mechanisms).toMatchObject({ target: null, met: null });
    expect(() => expertiseSummary([evaluations[0], evaluations[0]], 2025)).toThrow(expect.objectContaining({ code: "ctx_object_duplicate" }));
  });
});

describe("reading rubrics and filled templates", () => {
  test("the default rubric written as a sheet reads back (ru, en); edits are checked", () => {
    for (const lang of ["ru", "en"] as const) {
      const back = readRubric({ values: asMatrix(rubricTable(MUNICIPAL_ROADMAP_RUBRIC, translator(lang))) }, { id: "x", title: "x" });
      expect(back.problems).toEqual([]);
      expect(rubricCriteria(back.rubric)).toEqual(rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC));
      expect(back.rubric.sections.map((s) => s.title)).toEqual(ROADMAP_DIRECTIONS.map((d, i) => `${i + 1}. ${d}`));
    }
    const edited = readRubric({
      sheet: "Рубрика",
      values: [
        ["Раздел", "№ критерия", "Критерий", "Максимальный балл", "Блок"],
        ["Кадры", "1", "Анализ кадров", 3, "механизмы"],
        ["", "2", "Справка", 1, "реализация"],
        ["", "2", "Повтор", 1, ""],
        ["", "3", "", 2, ""],
        ["", "4", "Ноль", 0, ""],
        ["", "5", "Непонятно", 1, "что-то"],
      ],
    }, { id: "e", title: "Правка" });
    expect(edited.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([
      ["ctx_criterion_duplicate", 4, 2], ["ctx_max_points_invalid", 6, 4], ["ctx_word_unknown", 7, 5], ["cell_required", 5, 3],
    ]);
    expect(edited.rubric.sections).toEqual([{ id: "1", title: "Кадры", criteria: [
      { id: "1", text: "Анализ кадров", maxPoints: 3, part: "mechanisms" }, { id: "2", text: "Справка", maxPoints: 1, part: "implementation" }, { id: "3", text: "", maxPoints: 2, part: null },
    ] }]);
  });

  test("a filled template with one column per municipality: points validated 0..max with their cells", () => {
    const tr = translator("ru");
    const m = asMatrix(rubricTable(MUNICIPAL_ROADMAP_RUBRIC, tr, ["Мышкинский МР", "Угличский МР"]));
    // Fill: Мышкинский all 2; Угличский 1, except a few mistakes.
    for (let r = 1; r < m.length; r++) {
      m[r][5] = 2;
      m[r][6] = 1;
    }
    m[1][6] = 3; // above the maximum of 2
    m[2][6] = "два";
    m[3][6] = -1;
    m[4][6] = "";
    const t = readFilledExpertise({ values: m, sheet: "Экспертиза" }, { rubric: MUNICIPAL_ROADMAP_RUBRIC });
    expect(t.problems.map((p) => [p.code, p.severity, p.location?.row, p.location?.col])).toEqual([
      ["ctx_points_above_max", "error", 2, 7], ["cell_not_number", "error", 3, 7], ["cell_negative", "error", 4, 7], ["ctx_points_blank", "warning", 5, 7],
    ]);
    expect(t.scores.map((s) => s.object)).toEqual(["Мышкинский МР", "Угличский МР"]);
    const myshkin = evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, t.scores[0]);
    expect([myshkin.total.level, myshkin.mechanismsFormed, myshkin.measuresImplemented]).toEqual([1, true, true]);
    expect(t.scores[1].points["1.1"]).toBeNull();
    expect(t.scores[1].points["2.1"]).toBe(1);
  });

  test("a single «Балл» column; a sheet that is its own rubric; unknown and missing criteria", () => {
    const t = readFilledExpertise({
      sheet: "Гаврилов-Ямский МР",
      values: [
        ["№", "Критерий", "Максимальный балл", "Блок", "Балл", "Комментарий"],
        ["1", "План", 2, "механизмы", 2, "есть"],
        ["2", "Отчёт", 2, "реализация", 1, ""],
      ],
    });
    expect(t.problems).toEqual([]);
    expect(t.scores).toEqual([{ object: "Гаврилов-Ямский МР", points: { 1: 2, 2: 1 } }]);
    const e = evaluateExpertise(t.rubric, t.scores[0]);
    expect([e.mechanisms.level, e.implementation.level, e.mechanismsFormed, e.measuresImplemented]).toEqual([1, 0.5, true, true]);
    const against = readFilledExpertise({ values: [["№", "Балл"], ["1.1", 2], ["9.9", 1]] }, { rubric: SCHOOL_PROGRAMME_RUBRIC, objectName: "Школа 1" });
    expect(against.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.params.criterion])).toEqual([["ctx_criterion_unknown", "9.9"]]);
    expect(against.problems.filter((p) => p.code === "ctx_criterion_missing")).toHaveLength(rubricCriteria(SCHOOL_PROGRAMME_RUBRIC).length - 1);
    expect(against.scores[0].object).toBe("Школа 1");
    expect(readFilledExpertise({ values: [["№", "Критерий", "Максимальный балл"], ["1", "План", 2]] }).problems.map((p) => p.code)).toEqual(["ctx_points_columns_missing"]);
  });
});
