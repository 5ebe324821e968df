import {
  parseRiskFactor, parseSignificance, readRiskProfileTable, RISK_FACTORS, riskProfileReport, type RiskProfileSchool, type Significance, SIGNIFICANCE_ACTIONS,
  withNextList,
} from "../../src/core/indicators/riskProfiles";

/** The profile of school edu760152 (seed 004), factors 1..10. */
const EDU760152 = ["Высокая", "Высокая", "Высокая", "Средняя", "Высокая", "Средняя", "Средняя", "Высокая", "Высокая", "Средняя"];

const profile = (schoolId: string, levels: (Significance | null)[], extra: Partial<RiskProfileSchool> = {}): RiskProfileSchool => ({
  schoolId, schoolName: "", municipality: "M", locality: null, stayedInList: null, significance: levels, arp: levels.map(() => null), ...extra,
});
const H = "high" as const;
const M = "medium" as const;
const L = "low" as const;

describe("the ten FIOKO risk factors and the significance scale (seed 004, domain-notes §7)", () => {
  test("fixed list, order and wording; the seed's actions", () => {
    expect(RISK_FACTORS.map((f) => `${f.no}. ${f.title}`)).toEqual([
      "1. Низкий уровень оснащения школы",
      "2. Дефицит педагогических кадров",
      "3. Недостаточная предметная и методическая компетентность педагогических работников",
      "4. Риски низкой адаптивности учебного процесса",
      "5. Несформированность внутришкольной системы повышения квалификации",
      "6. Высокая доля обучающихся с рисками учебной неуспешности",
      "7. Высокая доля обучающихся с ОВЗ",
      "8. Низкое качество преодоления языковых и культурных барьеров",
      "9. Пониженный уровень качества школьной образовательной и воспитательной среды",
      "10. Низкий уровень вовлеченности родителей",
    ]);
    expect(SIGNIFICANCE_ACTIONS).toEqual({
      high: "требуется принятие мер", medium: "требуется дополнительная оценка ситуации куратором", low: "возможна дополнительная оценка ситуации куратором",
    });
  });

  test("significance: Russian spellings and case tolerated", () => {
    for (const s of ["высокая", "Высокая", "ВЫСОКАЯ", "высокий", "Высокое", "выс.", "В", "высокая значимость", "Значимость: высокая", "high"]) expect([s, parseSignificance(s)]).toEqual([s, "high"]);
    for (const s of ["средняя", "Средний", "ср.", "medium"]) expect([s, parseSignificance(s)]).toEqual([s, "medium"]);
    for (const s of ["низкая", "НИЗКИЙ", "низ.", "Low"]) expect([s, parseSignificance(s)]).toEqual([s, "low"]);
    for (const s of ["", "очень высокая", "3", "да"]) expect(parseSignificance(s)).toBeUndefined();
  });

  test("factors by number, title or both", () => {
    expect(parseRiskFactor("7")?.no).toBe(7);
    expect(parseRiskFactor("Фактор 10")?.no).toBe(10);
    expect(parseRiskFactor("Риск № 2")?.no).toBe(2);
    expect(parseRiskFactor("высокая доля обучающихся с ОВЗ")?.no).toBe(7);
    expect(parseRiskFactor("1. Низкий уровень оснащения школы")?.no).toBe(1);
    expect(parseRiskFactor("2. Низкий уровень оснащения школы")).toBeUndefined();
    expect(parseRiskFactor("11")).toBeUndefined();
    expect(parseRiskFactor("Примечание")).toBeUndefined();
  });
});

describe("reports", () => {
  test("edu760152: 6 high and 4 medium risks", () => {
    const r = riskProfileReport([profile("edu760152", EDU760152.map((x) => parseSignificance(x) as Significance))]);
    expect(r.schools[0]).toMatchObject({ high: 6, medium: 4, low: 0, missing: 0, highFactors: [1, 2, 3, 5, 8, 9] });
  });

  test("per factor the share of schools with «высокая», ranked exactly, top 5 with ties at the 5th", () => {
    // Factor i+1 is high in the first k_i of 10 schools.
    const highCounts = [9, 8, 7, 6, 5, 5, 4, 1, 0, 2];
    const schools = Array.from({ length: 10 }, (_, s) => profile(`s${s}`, highCounts.map((k) => (s < k ? H : M))));
    const r = riskProfileReport(schools);
    expect(r.factors.map((f) => [f.factor.no, f.counted, f.evaluated, f.rank, f.top])).toEqual([
      [1, 9, 10, 1, true], [2, 8, 10, 2, true], [3, 7, 10, 3, true], [4, 6, 10, 4, true], [5, 5, 10, 5, true], [6, 5, 10, 5, true],
      [7, 4, 10, 7, false], [10, 2, 10, 8, false], [8, 1, 10, 9, false], [9, 0, 10, 10, false],
    ]);
    // Counting high or medium: every factor is noted by every school.
    expect(riskProfileReport(schools, { counted: "highOrMedium" }).factors.every((f) => f.share === 1 && f.top)).toBe(true);
    expect(riskProfileReport(schools, { topN: 3 }).factors.filter((f) => f.top).map((f) => f.factor.no)).toEqual([1, 2, 3]);
  });

  test("shares are over the schools with that factor given; a factor nobody has is unranked", () => {
    const r = riskProfileReport([profile("a", [H, null, null, null, null, null, null, null, null, null]), profile("b", [L, null, null, null, null, null, null, null, null, H])]);
    expect(r.factors.find((f) => f.factor.no === 1)).toMatchObject({ counted: 1, evaluated: 2, share: 0.5, rank: 2 });
    expect(r.factors.find((f) => f.factor.no === 10)).toMatchObject({ counted: 1, evaluated: 1, share: 1, rank: 1 });
    expect(r.factors.find((f) => f.factor.no === 5)).toMatchObject({ evaluated: 0, share: null, rank: null, top: false });
  });

  test("town vs village («в сельских школах на 15 % чаще …») and left vs stayed in the list, with АРП", () => {
    const base = (h2: boolean, h7: boolean): (Significance | null)[] => RISK_FACTORS.map((f) => (f.no === 2 ? (h2 ? H : L) : f.no === 7 ? (h7 ? H : L) : M));
    const schools = [
      profile("u1", base(true, false), { locality: "urban" }), profile("u2", base(false, false), { locality: "urban" }),
      profile("u3", base(false, false), { locality: "urban" }), profile("u4", base(false, true), { locality: "urban" }),
      profile("r1", base(true, true), { locality: "rural" }), profile("r2", base(true, true), { locality: "rural" }),
      profile("r3", base(false, true), { locality: "rural" }), profile("r4", base(false, false), { locality: "rural" }),
    ];
    const r = riskProfileReport(withNextList(schools, new Set(["u1", "r1", "r2"])));
    expect(r.counts).toEqual({ schools: 8, urban: 4, rural: 4, left: 5, stayed: 3 });
    const f2 = r.byLocality.find((x) => x.factor.no === 2);
    expect(f2).toMatchObject({ a: { counted: 1, evaluated: 4, share: 0.25 }, b: { counted: 2, evaluated: 4, share: 0.5 }, difference: 0.25 });
    expect(r.byLocality.find((x) => x.factor.no === 7)?.difference).toBeCloseTo(0.5, 12);
    // Left the list (a): u2 u3 u4 r3 r4; stayed (b): u1 r1 r2 — all three high on factor 2.
    expect(r.byListStatus.find((x) => x.factor.no === 2)).toMatchObject({ a: { counted: 0, evaluated: 5 }, b: { counted: 3, evaluated: 3 }, difference: 1 });
    expect(r.arp).toBeNull();
    // АРП: the seed's table counts schools that carried out an АРП on each factor, of all that left / stayed.
    const withArp = withNextList(schools, new Set(["u1", "r1", "r2"])).map((s) => ({ ...s, arp: RISK_FACTORS.map((f) => (f.no === 9 ? s.schoolId.endsWith("1") || s.schoolId === "u2" : null)) }));
    const arp = riskProfileReport(withArp).arp?.find((x) => x.factor.no === 9);
    expect(arp).toEqual({ factor: RISK_FACTORS[8], left: { counted: 1, evaluated: 5, share: 0.2 }, stayed: { counted: 2, evaluated: 3, share: 2 / 3 } });
  });

  test("errors: duplicate schools, wrong profile length, settings", () => {
    expect(() => riskProfileReport([profile("a", Array(10).fill(H)), profile("a", Array(10).fill(L))])).toThrow(expect.objectContaining({ code: "ctx_school_duplicate" }));
    expect(() => riskProfileReport([profile("a", [H])])).toThrow(expect.objectContaining({ code: "ctx_profile_length" }));
    expect(() => riskProfileReport([], { topN: 0 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});

describe("reading profiles", () => {
  test("wide: a column per factor, headed by number and title, as exported from ИС МЭДК", () => {
    const header = ["Логин ОО", "МО", "Город/село", "В списке ШНОР следующего года", ...RISK_FACTORS.map((f) => `${f.no}. ${f.title}`), "Примечание"];
    const t = readRiskProfileTable({
      sheet: "Профили",
      values: [header, ["edu760152", "Ярославль", "город", "нет", ...EDU760152, "—"], ["edu1", "Углич", "село", "да", "Низкая", "высокая", "", "В", "Н", "С", "В", "Н", "Н", "непонятно", "x"]],
    });
    expect(t.format).toBe("wide");
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col, p.params.value])).toEqual([["ctx_significance_unknown", 3, 14, "непонятно"]]);
    expect(t.schools[0]).toMatchObject({ schoolId: "edu760152", locality: "urban", stayedInList: false });
    expect(riskProfileReport(t.schools).schools.map((s) => [s.schoolId, s.high, s.medium, s.low, s.missing])).toEqual([["edu1", 3, 1, 4, 2], ["edu760152", 6, 4, 0, 0]]);
  });

  test("long: one row per school and factor, with АРП; duplicates and unknown factors located", () => {
    const t = readRiskProfileTable({
      values: [
        ["Логин ОО", "Фактор риска", "Значимость", "АРП"],
        ["a", "Дефицит педагогических кадров", "высокая", "да"],
        ["a", "9", "Средняя", ""],
        ["a", "2", "низкая", ""],
        ["b", "Фактор 42", "высокая", ""],
        ["b", "1", "очень", ""],
      ],
    });
    expect(t.format).toBe("long");
    expect(t.problems.map((p) => [p.code, p.location?.row])).toEqual([["ctx_risk_duplicate", 4], ["ctx_risk_factor_unknown", 5], ["ctx_significance_unknown", 6]]);
    expect(t.schools[0].significance.slice(0, 2)).toEqual([null, "high"]);
    expect(t.schools[0].significance[8]).toBe("medium");
    expect(t.schools[0].arp[1]).toBe(true);
  });

  test("no factor columns at all", () => {
    const t = readRiskProfileTable({ values: [["Логин ОО", "МО", "Примечание"], ["a", "M", "x"]] });
    expect(t.problems.map((p) => p.code)).toEqual(["ctx_risk_columns_missing"]);
  });
});
