import { ShnorError } from "../../src/core/errors";
import type { IndexDynamicsType } from "../../src/core/indicators/indexDynamics";
import {
  evaluateSeed000Indicator, findSeed000Indicator, programmeShare, SEED000_INDICATORS, seed000Target, shareOfSchoolsWithPositiveDynamics,
} from "../../src/core/indicators/programmeShare";

describe("TV-10: programme share (domain-notes §11)", () => {
  test("n = 7 of m = 20 → 35 %; the 2025 target (≥ 20 %) and the 2026–2029 target (≥ 30 %) are met", () => {
    const y2025 = evaluateSeed000Indicator(2, 2025, 7, 20);
    expect(y2025).toMatchObject({ n: 7, m: 20, share: 0.35, target: 0.2, met: true, indicator: 2, year: 2025 });
    for (const year of [2026, 2027, 2028, 2029]) expect(evaluateSeed000Indicator(2, year, 7, 20)).toMatchObject({ share: 0.35, target: 0.3, met: true });
  });

  test("the same 7 of 20 schools from a dynamics list", () => {
    const types: IndexDynamicsType[] = [...Array(7).fill("positive"), ...Array(5).fill("negative"), ...Array(4).fill("neutral"), ...Array(4).fill("nodata")];
    const list = types.map((type, i) => ({ schoolId: `s${i}`, type }));
    const d = shareOfSchoolsWithPositiveDynamics(list);
    expect(d).toEqual({ n: 7, m: 20, share: 0.35, counts: { positive: 7, negative: 5, neutral: 4, nodata: 4 }, excludeNotEvaluable: false });
    // Option: not-evaluable schools leave the denominator.
    expect(shareOfSchoolsWithPositiveDynamics(list, { excludeNotEvaluable: true })).toMatchObject({ n: 7, m: 16, share: 7 / 16 });
  });
});

describe("targets are inclusive and compared exactly", () => {
  test("exactly at the target is met; one school fewer is not", () => {
    expect(programmeShare(3, 10, 0.3).met).toBe(true); // 0.1·3 = 0.30000000000000004 must not matter
    expect(programmeShare(2, 10, 0.3).met).toBe(false);
    expect(programmeShare(1, 5, 0.2).met).toBe(true);
    expect(programmeShare(29, 100, 0.3).met).toBe(false);
    expect(programmeShare(5, 10, 0.5).met).toBe(true);
  });

  test("m = 0 has no verdict; bad counts are errors", () => {
    expect(programmeShare(0, 0, 0.2)).toEqual({ n: 0, m: 0, share: null, target: 0.2, met: null });
    expect(() => programmeShare(3, 2, 0.2)).toThrow(expect.objectContaining({ code: "programme_n_gt_m" }));
    expect(() => programmeShare(1.5, 2, 0.2)).toThrow(expect.objectContaining({ code: "count_not_natural" }));
    expect(() => programmeShare(1, 2, 1.2)).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => shareOfSchoolsWithPositiveDynamics([{ schoolId: "a", type: "positive" }, { schoolId: "a", type: "negative" }])).toThrow(ShnorError);
  });
});

describe("seed 000 targets", () => {
  test("indicators 2–4 (ШНОР): 20 % / 30 %; 13–14 (risk zone): 30 % / 50 %; 11–12 (кадры, МТО): 20 % / 40 %", () => {
    const targets = (no: number) => {
      const ind = findSeed000Indicator(no)!;
      return [seed000Target(ind, 2025), seed000Target(ind, 2026), seed000Target(ind, 2029), ind.population];
    };
    for (const no of [2, 3, 4]) expect(targets(no)).toEqual([0.2, 0.3, 0.3, "shnorProjectSchools"]);
    for (const no of [13, 14]) expect(targets(no)).toEqual([0.3, 0.5, 0.5, "riskZoneSchools"]);
    for (const no of [11, 12]) expect(targets(no)).toEqual([0.2, 0.4, 0.4, "projectSchools"]);
    expect(targets(17)).toEqual([0.6, 1, 1, "municipalSystems"]);
    expect(SEED000_INDICATORS.map((i) => i.indicator)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  });

  test("risk-zone schools: 7 of 20 misses the 2026 target of 50 %", () => {
    expect(evaluateSeed000Indicator(13, 2025, 7, 20).met).toBe(true);
    expect(evaluateSeed000Indicator(13, 2026, 7, 20).met).toBe(false);
    expect(evaluateSeed000Indicator(13, 2026, 10, 20).met).toBe(true);
  });

  test("outside the programme years and unknown indicators are errors", () => {
    expect(seed000Target(findSeed000Indicator(2)!, 2024)).toBeUndefined();
    expect(() => evaluateSeed000Indicator(2, 2030, 1, 2)).toThrow(expect.objectContaining({ code: "programme_year_outside" }));
    expect(() => evaluateSeed000Indicator(1, 2025, 1, 2)).toThrow(expect.objectContaining({ code: "programme_indicator_unknown" }));
  });
});
