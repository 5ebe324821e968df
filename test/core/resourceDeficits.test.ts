import { compositeIndexDynamics, type IndexInputRow, readIndicatorTable } from "../../src/core/indicators/compositeIndex";
import {
  assessResources, DEFAULT_DEFICIT_SETTINGS, deficitFlags, type DeficitFlagRow, EQUIPMENT_COMPONENTS, evaluateDeficit, readDeficitTable, resolveStaffingSettings,
  resourceDeficitTable, resourceIndexIndicator, STAFFING_COMPONENTS,
} from "../../src/core/indicators/resourceDeficits";

/**
 * Seed 004, «Ресурсные дефициты школ 2023»: municipality, staffing, infrastructure, both, all schools, ШНОР, and the ШНОР %
 * as printed. Three printed ШНОР percentages are not count / all (г. Ярославль 30/84 = 35,7 % printed 35 %,
 * г. Переславль-Залесский 5/20 = 25 % printed 22 %, г. Рыбинск 6/27 = 22,2 % printed 21 %): the seed must have used
 * another denominator there; every other percentage of the table is count / «Всего школ в МО».
 */
const SEED004: [string, number, number, number, number, number, number][] = [
  ["Мышкинский МР", 4, 4, 3, 5, 2, 40], ["Первомайский МР", 2, 8, 2, 8, 3, 38], ["г. Ярославль", 23, 2, 0, 84, 30, 35], ["Некоузский МР", 7, 9, 5, 12, 4, 33],
  ["Некрасовский МР", 6, 9, 6, 9, 3, 33], ["Ярославский МР", 6, 22, 6, 24, 8, 33], ["Борисоглебский МР", 3, 10, 3, 10, 3, 30], ["Угличский МР", 14, 16, 12, 26, 7, 27],
  ["Брейтовский МР", 3, 4, 3, 4, 1, 25], ["Даниловский МР", 7, 9, 6, 12, 3, 25], ["г. Переславль-Залесский", 11, 10, 6, 20, 5, 22], ["г. Рыбинск", 14, 0, 0, 27, 6, 21],
  ["Ростовский МР", 13, 15, 9, 24, 5, 21], ["Большесельский МР", 5, 5, 3, 7, 1, 14], ["Любимский МР", 4, 4, 4, 7, 1, 14], ["Рыбинский МР", 7, 12, 5, 15, 2, 13],
  ["Тутаевский МР", 7, 11, 4, 19, 2, 11], ["Гаврилов-Ямский МР", 6, 8, 4, 12, 1, 8], ["Пошехонский МР", 4, 10, 4, 10, 0, 0],
];
const PRINTED = new Map(SEED004.map(([m, s, i, b, all]) => [m, [Math.round((100 * s) / all), Math.round((100 * i) / all), Math.round((100 * b) / all)]]));
const pct = (share: number | null) => Math.round(100 * (share as number));

/** Flag rows realizing the seed's counts: `both` schools with both deficits, then staffing-only, then infrastructure-only. */
function seedFlags(): DeficitFlagRow[] {
  return SEED004.flatMap(([municipality, staffing, infrastructure, both, all, shnor]) => Array.from({ length: all }, (_, k) => ({
    schoolId: `${municipality}#${k}`, schoolName: "", municipality,
    staffing: k < both || (k >= both && k < staffing),
    infrastructure: k < both || (k >= staffing && k < staffing + infrastructure - both),
    shnor: k >= all - shnor,
  })));
}

describe("the seed-004 table «Ресурсные дефициты школ 2023»", () => {
  test("every count, and every percentage of all the municipality's schools as printed", () => {
    const t = resourceDeficitTable(seedFlags());
    for (const [m, staffing, infrastructure, both, all, shnor, shnorPrinted] of SEED004) {
      const r = t.municipalities.find((x) => x.municipality === m);
      expect([m, r?.staffing, r?.infrastructure, r?.both, r?.schools, r?.shnor]).toEqual([m, staffing, infrastructure, both, all, shnor]);
      expect([m, pct(r?.staffingShare ?? null), pct(r?.infrastructureShare ?? null), pct(r?.bothShare ?? null)]).toEqual([m, ...(PRINTED.get(m) as number[])]);
      if (!["г. Ярославль", "г. Переславль-Залесский", "г. Рыбинск"].includes(m)) expect([m, pct(r?.shnorShare ?? null)]).toEqual([m, shnorPrinted]);
    }
    expect(t.total).toMatchObject({ schools: 335, shnor: 87, staffing: 146, unknown: 0 });
  });

  test("sorted like the seed, by the exact ШНОР share, ties by name; option by name", () => {
    const t = resourceDeficitTable(seedFlags());
    expect(t.municipalities.map((r) => r.municipality)).toEqual([
      "Мышкинский МР", "Первомайский МР", "г. Ярославль", "Некоузский МР", "Некрасовский МР", "Ярославский МР", "Борисоглебский МР", "Угличский МР",
      "Брейтовский МР", "г. Переславль-Залесский", "Даниловский МР", "г. Рыбинск", "Ростовский МР", "Большесельский МР", "Любимский МР", "Рыбинский МР",
      "Тутаевский МР", "Гаврилов-Ямский МР", "Пошехонский МР",
    ]);
    expect(resourceDeficitTable(seedFlags(), { sort: "name" }).municipalities[0].municipality).toBe("Большесельский МР");
    expect(() => resourceDeficitTable(seedFlags(), { sort: "size" as never })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });

  test("unknown flags stay in «всего школ» and are counted apart; no ШНОР information → no ШНОР column", () => {
    const t = resourceDeficitTable([
      { schoolId: "a", schoolName: "", municipality: "M", staffing: true, infrastructure: null, shnor: null },
      { schoolId: "b", schoolName: "", municipality: "M", staffing: false, infrastructure: false, shnor: null },
    ]);
    expect(t.total).toMatchObject({ schools: 2, staffing: 1, staffingShare: 0.5, both: 0, unknown: 1, shnor: null, shnorShare: null });
  });
});

describe("deficit flags from thresholds", () => {
  const staff = (values: Record<string, number | null>) => evaluateDeficit(values, null, DEFAULT_DEFICIT_SETTINGS.staffing, STAFFING_COMPONENTS);

  test("defaults: staffing below 100 % or over 30 % of teachers of pension age (exact on decimals)", () => {
    expect(staff({ STAFF_FILLED_RATE: 1, STAFF_PENSION_AGE: 0.3 })).toEqual({ deficit: false, reasons: [], unknown: [] });
    // 0.1 + 0.2 is 0.30000000000000004 in floating point, but it is 30 %: not «превышает 30 %».
    expect(staff({ STAFF_FILLED_RATE: 1, STAFF_PENSION_AGE: 0.1 + 0.2 }).deficit).toBe(false);
    expect(staff({ STAFF_FILLED_RATE: 1, STAFF_PENSION_AGE: 0.31 })).toEqual({ deficit: true, reasons: ["STAFF_PENSION_AGE"], unknown: [] });
    expect(staff({ STAFF_FILLED_RATE: 0.95, STAFF_PENSION_AGE: null })).toEqual({ deficit: true, reasons: ["STAFF_FILLED_RATE"], unknown: ["STAFF_PENSION_AGE"] });
    expect(staff({ STAFF_FILLED_RATE: 1, STAFF_PENSION_AGE: null })).toEqual({ deficit: null, reasons: [], unknown: ["STAFF_PENSION_AGE"] });
  });

  test("infrastructure: no broadband, capital repair or a second shift; an index threshold as an option", () => {
    const infra = (values: Record<string, number | null>, index: number | null = null, indexBelow: number | null = null) =>
      evaluateDeficit(values, index, { ...DEFAULT_DEFICIT_SETTINGS.infrastructure, indexBelow }, EQUIPMENT_COMPONENTS);
    expect(infra({ EQ_BROADBAND: 1, EQ_CAPITAL_REPAIR: 0, EQ_SECOND_SHIFT: 0 }).deficit).toBe(false);
    expect(infra({ EQ_BROADBAND: 0, EQ_CAPITAL_REPAIR: 1, EQ_SECOND_SHIFT: 1 }).reasons).toEqual(["EQ_BROADBAND", "EQ_CAPITAL_REPAIR", "EQ_SECOND_SHIFT"]);
    expect(infra({ EQ_BROADBAND: 1, EQ_CAPITAL_REPAIR: 0, EQ_SECOND_SHIFT: 0 }, 38, 40)).toEqual({ deficit: true, reasons: ["index"], unknown: [] });
    expect(() => evaluateDeficit({}, null, { limits: [{ component: "NOPE", limit: 1 }], indexBelow: null }, EQUIPMENT_COMPONENTS)).toThrow(expect.objectContaining({ code: "ctx_component_unknown" }));
    expect(() => assessResources([], [], { deficits: { staffing: { limits: [{ component: "STAFF_LOAD", limit: NaN }], indexBelow: null } } })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});

describe("the staffing and equipment indices: the same machinery, other components", () => {
  const staffingSheet = [
    ["Логин ОО", "МО", "Год", "Укомплектованность", "Вакансии", "Педагоги пенсионного возраста", "Высшая и первая категория", "Нагрузка на педагога", "Моложе 35 лет"],
    ["a", "M1", 2024, "100%", 0, "20%", "60%", 1.5, "15%"],
    ["b", "M1", 2024, "90%", 4, "40%", "30%", 2.1, "5%"],
    ["c", "M2", 2024, "100%", 1, "25%", "50%", 1.83, "10%"],
    ["a", "M1", 2025, "100%", 0, "18%", "62%", 1.5, "17%"],
    ["b", "M1", 2025, "95%", 2, "35%", "35%", 1.9, "8%"],
    ["c", "M2", 2025, "95%", 3, "30%", "45%", 2, "9%"],
  ];
  const equipmentSheet = [
    ["Логин ОО", "МО", "Оснащенные кабинеты", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена"],
    ["a", "M1", 0.9, 12, "да", "да", "нет", "нет"],
    ["b", "M1", 0.5, 4, "нет", "нет", "да", "нет"],
    ["c", "M2", 0.7, 8, "да", "нет", "нет", "да"],
  ];

  test("both indices, deficits per school and the municipal table from them", () => {
    const st = readIndicatorTable({ values: staffingSheet }, STAFFING_COMPONENTS);
    const eq = readIndicatorTable({ values: equipmentSheet }, EQUIPMENT_COMPONENTS);
    expect([...st.problems, ...eq.problems]).toEqual([]);
    expect(eq.rows[1].values).toEqual({ EQ_CLASSROOMS: 0.5, EQ_COMPUTERS: 4, EQ_BROADBAND: 0, EQ_TOCHKA_ROSTA: 0, EQ_CAPITAL_REPAIR: 1, EQ_SECOND_SHIFT: 0 });
    const a = assessResources(st.rows.filter((r) => r.year === 2024), eq.rows);
    const by = new Map(a.schools.map((s) => [s.schoolId, s]));
    expect((by.get("a")?.staffingIndex as number) > (by.get("b")?.staffingIndex as number)).toBe(true);
    expect((by.get("a")?.equipmentIndex as number) > (by.get("b")?.equipmentIndex as number)).toBe(true);
    expect(a.schools.map((s) => [s.schoolId, s.staffing.deficit, s.infrastructure.deficit])).toEqual([["a", false, false], ["b", true, true], ["c", false, true]]);
    expect(by.get("b")?.staffing.reasons).toEqual(["STAFF_FILLED_RATE", "STAFF_PENSION_AGE"]);
    const t = resourceDeficitTable(deficitFlags(a, new Set(["b"])));
    expect(t.municipalities.map((r) => [r.municipality, r.staffing, r.infrastructure, r.both, r.schools, r.shnor])).toEqual([["M1", 1, 1, 1, 2, 1], ["M2", 0, 1, 0, 1, 0]]);
  });

  test("indicator 11: share of project schools with positive dynamics of the staffing index against the seed-000 minimum", () => {
    const st = readIndicatorTable({ values: staffingSheet }, STAFFING_COMPONENTS);
    const d = compositeIndexDynamics(st.rows, resolveStaffingSettings(), { year: 2025 });
    // On the 2024 scale: a improves (fewer pensioners, more categories, more young), b improves, c worsens.
    expect(d.schools.map((s) => [s.schoolId, s.type])).toEqual([["a", "positive"], ["b", "positive"], ["c", "negative"]]);
    const i11 = resourceIndexIndicator(d, 11);
    expect(i11).toMatchObject({ indicator: 11, year: 2025, n: 2, m: 3, target: 0.2, met: true, anchor: "baseYear" });
    // The same counts in 2026 against «не менее 40 %».
    const later: IndexInputRow[] = st.rows.map((r) => ({ ...r, year: (r.year as number) + 1 }));
    expect(resourceIndexIndicator(compositeIndexDynamics(later, resolveStaffingSettings(), { year: 2026 }), 11)).toMatchObject({ year: 2026, target: 0.4, met: true });
    expect(() => resourceIndexIndicator(d, 13 as never)).toThrow(expect.objectContaining({ code: "programme_indicator_unknown" }));
  });
});

describe("reading recorded deficit flags (Yaroslavl keeps them as yes/no)", () => {
  test("yes/no spellings, errors located", () => {
    const t = readDeficitTable({
      sheet: "Дефициты",
      values: [
        ["Логин ОО", "Муниципалитет", "Кадровый дефицит", "Инфраструктурный дефицит", "ШНОР"],
        ["a", "M", "да", "нет", "Да"],
        ["b", "M", 1, 0, ""],
        ["c", "M", "возможно", "нет", "нет"],
        ["a", "M", "нет", "нет", "нет"],
      ],
    });
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([["ctx_flag_invalid", 4, 3], ["ctx_row_duplicate", 5, undefined]]);
    expect(t.rows.map((r) => [r.schoolId, r.staffing, r.infrastructure, r.shnor])).toEqual([["a", true, false, true], ["b", true, false, null]]);
    expect(readDeficitTable({ values: [["Логин ОО", "Кадровый дефицит"], ["a", "да"]] }).problems.map((p) => p.code)).toEqual(["column_missing", "column_missing"]);
  });
});
