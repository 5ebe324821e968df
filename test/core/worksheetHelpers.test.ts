/**
 * The small pure helpers the worksheet functions of issue #7 wrap: deficit flags over a matrix and the rule columns,
 * the ОИП flags of one school, the count of high risks of one profile, and the Russian labels of index dynamics.
 */
import { INDEX_DYNAMICS_LABELS, indexDynamics } from "../../src/core/indicators/indexDynamics";
import { assessOip, oipFlags } from "../../src/core/indicators/oip";
import { countRisks, riskProfileReport, type RiskProfileSchool } from "../../src/core/indicators/riskProfiles";
import {
  DEFAULT_DEFICIT_SETTINGS, deficitOfMatrix, deficitRuleColumns, EQUIPMENT_COMPONENTS, evaluateDeficit, STAFFING_COMPONENTS,
} from "../../src/core/indicators/resourceDeficits";
import { meetsTarget } from "../../src/core/indicators/programmeShare";
import { judgeIndicator, SEED000_TEMPLATE, VERDICT_LABELS } from "../../src/core/indicators/programmeTemplates";
import { t } from "../../src/i18n";

describe("deficitOfMatrix and deficitRuleColumns", () => {
  test("the methodology rules as columns", () => {
    expect(deficitRuleColumns("staffing")).toEqual({ components: ["STAFF_FILLED_RATE", "STAFF_PENSION_AGE"], limits: [1, 0.3], directions: [1, -1] });
    expect(deficitRuleColumns("infrastructure")).toEqual({ components: ["EQ_BROADBAND", "EQ_CAPITAL_REPAIR", "EQ_SECOND_SHIFT"], limits: [1, 0, 0], directions: [1, -1, -1] });
  });

  test("agrees with evaluateDeficit row by row, exactly on decimals, null when undecidable", () => {
    const rows = [[0.95, 0.2], [1, 0.35], [1, 0.3], [null, 0.2], [null, 0.4], [1, null], [0.1 + 0.2 + 0.7, 0.1 + 0.2]];
    const { limits, directions } = deficitRuleColumns("staffing");
    const flags = deficitOfMatrix(rows, limits, directions);
    expect(flags).toEqual([true, true, false, null, true, null, false]);
    expect(flags).toEqual(rows.map(([a, b]) => evaluateDeficit({ STAFF_FILLED_RATE: a, STAFF_PENSION_AGE: b }, null, DEFAULT_DEFICIT_SETTINGS.staffing, STAFFING_COMPONENTS).deficit));
    const infra = deficitRuleColumns("infrastructure");
    const eq = [[1, 0, 0], [0, 0, 0], [1, 1, null], [1, null, 0]];
    expect(deficitOfMatrix(eq, infra.limits, infra.directions)).toEqual(eq.map(([a, b, c]) =>
      evaluateDeficit({ EQ_BROADBAND: a, EQ_CAPITAL_REPAIR: b, EQ_SECOND_SHIFT: c }, null, DEFAULT_DEFICIT_SETTINGS.infrastructure, EQUIPMENT_COMPONENTS).deficit));
  });

  test("an index below a threshold; errors in directions, limits and row widths", () => {
    expect(deficitOfMatrix([[44.9], [45], [null]], [45], [1])).toEqual([true, false, null]);
    expect(() => deficitOfMatrix([[1]], [1], [2])).toThrow(expect.objectContaining({ code: "ctx_direction_invalid" }));
    expect(() => deficitOfMatrix([[1]], [1, 2], [1])).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => deficitOfMatrix([[1]], [], [])).toThrow(expect.objectContaining({ code: "ctx_components_empty" }));
    expect(() => deficitOfMatrix([[1, 2]], [1], [1])).toThrow(expect.objectContaining({ code: "ctx_directions_length", params: expect.objectContaining({ row: 1 }) }));
    expect(() => deficitOfMatrix([[1]], [NaN], [1])).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});

describe("oipFlags", () => {
  test("the same flags as assessOip for every school of the seed-004 example", () => {
    const pairs: [number | null, number | null][] = [[35.9, 35.5], [30, 36], [40.1, 40.1], [null, 20], [40, null]];
    const rows = pairs.flatMap(([prev, cur], i) => [
      ...(prev === null ? [] : [{ schoolId: `s${i}`, schoolName: "", municipality: "", year: 2021, value: prev }]),
      ...(cur === null ? [] : [{ schoolId: `s${i}`, schoolName: "", municipality: "", year: 2022, value: cur }]),
    ]);
    const assessed = new Map(assessOip(rows, 2022).schools.map((s) => [s.schoolId, s]));
    pairs.forEach(([prev, cur], i) => {
      const s = assessed.get(`s${i}`);
      expect(oipFlags(cur, prev)).toEqual({ belowTarget: s?.belowTarget, decline: s?.decline, growth: s?.growth, belowTargetAndDecline: s?.belowTargetAndDecline });
    });
    expect(oipFlags(35.5, 35.9)).toEqual({ belowTarget: true, decline: true, growth: false, belowTargetAndDecline: true });
    expect(oipFlags(36, 30)).toEqual({ belowTarget: false, decline: false, growth: true, belowTargetAndDecline: false });
    expect(oipFlags(35.5, 35.9, 35.5).belowTarget).toBe(false);
    expect(oipFlags(0.3, 0.1 + 0.2, 0.3)).toEqual({ belowTarget: false, decline: false, growth: false, belowTargetAndDecline: false });
  });
});

describe("countRisks", () => {
  test("counts «высокая» (or «высокая» and «средняя») and agrees with the report's count of high risks", () => {
    const significance = ["high", "medium", "low", "high", null, "low", "medium", "low", "high", null] as const;
    expect(countRisks(significance)).toBe(3);
    expect(countRisks(significance, "highOrMedium")).toBe(5);
    expect(countRisks([])).toBe(0);
    const school: RiskProfileSchool = { schoolId: "a", schoolName: "", municipality: "", locality: null, stayedInList: null, significance: [...significance], arp: Array(10).fill(null) };
    expect(riskProfileReport([school]).schools[0].high).toBe(countRisks(significance));
  });
});

describe("INDEX_DYNAMICS_LABELS", () => {
  test("are the Russian words the reports show (ctx_dyn_*)", () => {
    for (const type of ["positive", "negative", "neutral", "nodata"] as const) expect(INDEX_DYNAMICS_LABELS[type]).toBe(t(`ctx_dyn_${type}`, {}, "ru"));
    expect(INDEX_DYNAMICS_LABELS[indexDynamics({ value: 0.25 }, { value: 0.2 }, "lowerIsBetter")]).toBe("положительная");
  });
});

describe("meetsTarget and the verdict labels", () => {
  test("a minimum or a maximum, inclusive and exact (TV-10: 7 of 20 = 35 %)", () => {
    expect([meetsTarget(7, 20, 0.2), meetsTarget(7, 20, 0.3), meetsTarget(7, 20, 0.35), meetsTarget(7, 20, 0.36)]).toEqual([true, true, true, false]);
    expect([meetsTarget(7, 20, 0.35, "atMost"), meetsTarget(7, 20, 0.3, "atMost"), meetsTarget(0, 0, 0.3)]).toEqual([true, false, null]);
    expect(meetsTarget(1, 3, 0.3333)).toBe(true);
    expect(meetsTarget(1, 3, 0.3334)).toBe(false);
  });

  test("judgeIndicator gives the same verdicts, and its labels are the catalogue's ctx_verdict_*", () => {
    const indicator = SEED000_TEMPLATE.indicators[0];
    for (const [n, m] of [[7, 20], [5, 20], [4, 20], [0, 20]]) {
      expect(judgeIndicator(indicator, 2026, { id: indicator.id, n, m }).verdict).toBe(meetsTarget(n, m, 0.3) ? "met" : "notMet");
    }
    for (const v of ["met", "notMet", "noTarget", "noData"] as const) expect(VERDICT_LABELS[v]).toBe(t(`ctx_verdict_${v}`, {}, "ru"));
  });
});
