import {
  buildDashboard, checkTemplate, findProgrammeTemplate, judgeIndicator, PROGRAMME_TEMPLATES, type ProgrammeTemplate, readProgrammeInputs, readProgrammeTemplate,
  SEED000_TEMPLATE, SEED002_TEMPLATE, SEED003_TEMPLATE, targetFor, TRACK3_TEMPLATE,
} from "../../src/core/indicators/programmeTemplates";
import { SEED000_INDICATORS } from "../../src/core/indicators/programmeShare";
import { dashboardSpec, templateTable } from "../../src/core/report/contextSheets";
import { asMatrix, translator } from "./context.fixtures";

const find = (t: ProgrammeTemplate, id: string) => {
  const i = t.indicators.find((x) => x.id === id);
  if (!i) throw new Error(id);
  return i;
};

describe("templates as data", () => {
  test("seed 000: the 17 share indicators of SEED000_INDICATORS with their 2025 and yearly minimums", () => {
    expect(SEED000_TEMPLATE.indicators).toHaveLength(SEED000_INDICATORS.length);
    for (const [k, i] of SEED000_INDICATORS.entries()) {
      const x = SEED000_TEMPLATE.indicators[k];
      expect([x.title, targetFor(x, 2025), targetFor(x, 2026), targetFor(x, 2029), targetFor(x, 2030)]).toEqual([i.title, i.min2025, i.minYearly, i.minYearly, null]);
    }
    expect(find(SEED000_TEMPLATE, "S000-13").denominator).toBe("общее число школ, функционирующих в зоне риска снижения образовательных результатов");
  });

  test("seed 002, seed 003 and track 3 carry the seeds' numbers and directions", () => {
    expect(find(SEED002_TEMPLATE, "STV-1").targets).toEqual([{ year: 2023, value: 0.15 }, { year: 2024, value: 0.3 }]);
    expect(find(SEED002_TEMPLATE, "STV-7").targets).toEqual([{ year: 2023, value: 0.4 }, { year: 2024, value: 1 }]);
    expect(find(SEED002_TEMPLATE, "STV-K3").targets).toEqual([{ year: 2023, value: 0.15 }, { year: 2024, value: 0.3 }]);
    expect(SEED003_TEMPLATE.indicators.map((i) => i.id)).toEqual(["KRG-1.1", "KRG-1.2", "KRG-1.3", "KRG-1.4", "KRG-1.5", "KRG-1.6", "KRG-1.7", "KRG-1.8", "KRG-1.9", "KRG-2.1", "KRG-3.1", "KRG-3.2"]);
    expect(SEED003_TEMPLATE.indicators.slice(0, 9).every((i) => i.expected === "decrease" && i.targets.length === 0)).toBe(true);
    expect(find(SEED003_TEMPLATE, "KRG-1.2").title).toBe("Доля обучающихся, получивших от общего числа участников ВПР в 5 классе по русскому языку отметку «2»");
    expect(TRACK3_TEMPLATE.indicators.map((i) => [i.id, i.expected])).toEqual([["TR3-1", "decrease"], ["TR3-2", "increase"], ["TR3-3", "increase"]]);
    for (const t of PROGRAMME_TEMPLATES) expect(() => checkTemplate(t)).not.toThrow();
    expect(findProgrammeTemplate("track3")).toBe(TRACK3_TEMPLATE);
  });
});

describe("verdicts", () => {
  test("TV-10 on the dashboard: 7 of 20 = 35 % meets «не менее 20 %» (2025) and «не менее 30 %» (2026)", () => {
    for (const [year, target] of [[2025, 0.2], [2026, 0.3]]) {
      const d = buildDashboard(SEED000_TEMPLATE, year, [{ id: "S000-02", n: 7, m: 20 }]);
      expect(d.rows[0]).toEqual({
        id: "S000-02", title: SEED000_INDICATORS[0].title, n: 7, m: 20, value: 0.35, target, comparator: "atLeast", expected: null, prevValue: null, verdict: "met", basis: "target",
      });
      expect(d.counts).toEqual({ met: 1, notMet: 0, noTarget: 0, noData: 16 });
    }
  });

  test("exact at the target (3 of 10 against 30 %); «не более» as an option", () => {
    const i = find(SEED000_TEMPLATE, "S000-02");
    expect(judgeIndicator(i, 2026, { id: i.id, n: 3, m: 10 }).verdict).toBe("met");
    expect(judgeIndicator(i, 2026, { id: i.id, n: 2, m: 10 }).verdict).toBe("notMet");
    const atMost = { ...i, comparator: "atMost" as const };
    expect(judgeIndicator(atMost, 2026, { id: i.id, n: 3, m: 10 }).verdict).toBe("met");
    expect(judgeIndicator(atMost, 2026, { id: i.id, n: 4, m: 10 }).verdict).toBe("notMet");
    expect(judgeIndicator(i, 2026, { id: i.id, n: 0, m: 0 }).verdict).toBe("noData");
    expect(judgeIndicator(i, 2031, { id: i.id, n: 3, m: 10 })).toMatchObject({ verdict: "noTarget", target: null });
  });

  test("without a numeric target the expected change against last year decides, exactly", () => {
    const krg = find(SEED003_TEMPLATE, "KRG-1.1");
    expect(judgeIndicator(krg, 2023, { id: krg.id, n: 3, m: 20, prevN: 4, prevM: 20 })).toMatchObject({ verdict: "met", basis: "change", prevValue: 0.2 });
    // 2/10 = 4/20: no decrease.
    expect(judgeIndicator(krg, 2023, { id: krg.id, n: 2, m: 10, prevN: 4, prevM: 20 })).toMatchObject({ verdict: "notMet", basis: "change" });
    expect(judgeIndicator(krg, 2023, { id: krg.id, n: 3, m: 20 })).toMatchObject({ verdict: "noTarget", basis: null });
    const tr2 = find(TRACK3_TEMPLATE, "TR3-2");
    expect(judgeIndicator(tr2, 2023, { id: tr2.id, n: 12, m: 40, prevN: 10, prevM: 40 }).verdict).toBe("met");
    const plain = find(SEED003_TEMPLATE, "KRG-3.1");
    expect(judgeIndicator(plain, 2023, { id: plain.id, n: 5, m: 5, prevN: 1, prevM: 5 }).verdict).toBe("noTarget");
  });

  test("errors: unknown or repeated indicators, bad counts", () => {
    expect(() => buildDashboard(SEED002_TEMPLATE, 2023, [{ id: "S000-02", n: 1, m: 2 }])).toThrow(expect.objectContaining({ code: "ctx_indicator_unknown" }));
    expect(() => buildDashboard(SEED002_TEMPLATE, 2023, [{ id: "STV-1", n: 1, m: 2 }, { id: "STV-1", n: 1, m: 2 }])).toThrow(expect.objectContaining({ code: "ctx_indicator_duplicate" }));
    expect(() => buildDashboard(SEED002_TEMPLATE, 2023, [{ id: "STV-1", n: 3, m: 2 }])).toThrow(expect.objectContaining({ code: "programme_n_gt_m" }));
    expect(() => buildDashboard(SEED002_TEMPLATE, 2023, [{ id: "STV-1", n: 1.5, m: 2 }])).toThrow(expect.objectContaining({ code: "count_not_natural" }));
    expect(() => checkTemplate({ ...SEED002_TEMPLATE, indicators: [find(SEED002_TEMPLATE, "STV-1"), find(SEED002_TEMPLATE, "STV-1")] })).toThrow(expect.objectContaining({ code: "ctx_indicator_duplicate" }));
  });
});

describe("reading", () => {
  test("dashboard inputs by code, seed-000 number or title; located errors", () => {
    const t = readProgrammeInputs({
      sheet: "Ввод",
      values: [
        ["Показатель", "n", "m", "n прошлого года", "m прошлого года"],
        ["S000-02", 7, 20, "", ""],
        ["11", 2, 5, "", ""],
        [SEED000_INDICATORS[2].title, 1, 4, "", ""],
        ["99", 1, 2, "", ""],
        ["S000-05", 5, 4, "", ""],
        ["S000-02", 1, 2, "", ""],
      ],
    }, SEED000_TEMPLATE);
    expect(t.inputs.map((i) => [i.id, i.n, i.m])).toEqual([["S000-02", 7, 20], ["S000-11", 2, 5], ["S000-04", 1, 4]]);
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([["ctx_indicator_unknown", 5, 1], ["programme_n_gt_m", 6, 2], ["ctx_indicator_duplicate", 7, 1]]);
    const d = dashboardSpec(buildDashboard(SEED000_TEMPLATE, 2026, t.inputs), translator("ru"));
    const rows = d.sheets[0].tables[0].rows;
    expect(rows.find((r) => r[0] === "S000-11")?.slice(2, 8)).toEqual([2, 5, 0.4, 0.4, null, "достигнуто"]);
  });

  for (const lang of ["ru", "en"] as const) {
    test(`a template written as a sheet (${lang}) reads back unchanged`, () => {
      for (const template of [SEED002_TEMPLATE, SEED003_TEMPLATE]) {
        const back = readProgrammeTemplate({ values: asMatrix(templateTable(template, translator(lang))).slice(0) }, template);
        expect(back.problems).toEqual([]);
        expect(back.template).toEqual(template);
      }
    });
  }

  test("an edited template: percents, comparator words, errors located", () => {
    const r = readProgrammeTemplate({
      values: [
        ["Код", "Показатель", "Год", "Целевое значение", "Сравнение", "Ожидаемое изменение"],
        ["X-1", "Доля X", 2024, "30%", "не более", ""],
        ["X-1", "", 2025, 25, "", ""],
        ["X-2", "Доля Y", "", "", "", "снижение"],
        ["X-3", "Доля Z", 2024, "", "", ""],
        ["X-4", "Доля W", 2024, 0.5, "примерно", ""],
        ["X-1", "", 2024, 0.2, "", ""],
      ],
    }, { id: "edited", title: "Правка", source: "пользователь" });
    expect(r.problems.map((p) => [p.code, p.location?.row])).toEqual([["ctx_target_year_pair", 5], ["ctx_word_unknown", 6], ["ctx_target_duplicate", 7]]);
    expect(r.template.indicators.map((i) => [i.id, i.comparator, i.expected, i.targets])).toEqual([
      ["X-1", "atMost", null, [{ year: 2024, value: 0.3 }, { year: 2025, value: 0.25 }]],
      ["X-2", "atLeast", "decrease", []],
    ]);
  });
});
