import {
  assessFederal2016, attachFederalMeans, type FederalMeanCell, type FederalSchoolInput, gapOf, highUnemployment, olympiadShare, readFederalSchoolTable, resolveFederal2016Settings,
} from "../../src/core/indicators/federal2016";

const ege = (procedure: string, schoolMean: number, regionMean: number): FederalMeanCell => ({ procedure, schoolMean, regionMean, maxScore: null, scale: "test100" });
const pts = (procedure: string, schoolMean: number, regionMean: number, maxScore: number): FederalMeanCell => ({ procedure, schoolMean, regionMean, maxScore, scale: "points" });
const school = (schoolId: string, extra: Partial<FederalSchoolInput> = {}): FederalSchoolInput => ({
  schoolId, schoolName: `Школа ${schoolId}`, municipality: "МО", means: [], resultsComposite: null, olympiadParticipants: null, enrolment: [],
  socialIndex: null, hardToReach: null, settlementUnemployment: null, ...extra,
});

describe("TV-9 (domain-notes §11): the ЕГЭ gap and the olympiads", () => {
  test("gap: region 68, school 47 → 21 > 20 → flag; school 48 → 20 → no flag (strict)", () => {
    expect(gapOf(ege("ЕГЭ русский язык", 47, 68), 20)).toEqual({ procedure: "ЕГЭ русский язык", gap: 21, exceeds: true });
    expect(gapOf(ege("ЕГЭ русский язык", 48, 68), 20)).toEqual({ procedure: "ЕГЭ русский язык", gap: 20, exceeds: false });
    // 68.1 − 48.1 is 20.000000000000007 in floating point; it is exactly 20, not «более 20».
    expect(gapOf(ege("ЕГЭ", 48.1, 68.1), 20).exceeds).toBe(false);
    expect(gapOf(ege("ЕГЭ", 48.09, 68.1), 20).exceeds).toBe(true);
  });

  test("olympiads: mean enrolment 400, 2 participants → 0.50 % ≤ 0.5 % → flag; 3 → 0.75 % → no flag", () => {
    expect(olympiadShare(2, [400, 400, 400], 0.005)).toEqual({ share: 0.005, low: true });
    expect(olympiadShare(3, [400, 400, 400], 0.005)).toEqual({ share: 0.0075, low: false });
    expect(olympiadShare(2, [390, 400, 410], 0.005).low).toBe(true);
    expect(olympiadShare(2, [399, 400, 400], 0.005).low).toBe(false);
    expect(olympiadShare(0, [], 0.005)).toEqual({ share: null, low: null });
    expect(() => olympiadShare(1.5, [400], 0.005)).toThrow(expect.objectContaining({ code: "count_not_natural" }));
  });
});

describe("other scales and the territorial flag", () => {
  test("ОГЭ/ВПР gaps in percent of the maximum, exactly: 100·6.2/31 = 20 is not above 20", () => {
    expect(gapOf(pts("ОГЭ математика", 9.5, 16, 31), 20)).toEqual({ procedure: "ОГЭ математика", gap: expect.closeTo(20.9677, 4), exceeds: true });
    expect(gapOf(pts("ОГЭ математика", 9.8, 16, 31), 20).exceeds).toBe(false);
    expect(() => gapOf({ ...pts("ВПР", 1, 2, 0), maxScore: null }, 20)).toThrow(expect.objectContaining({ code: "ctx_max_score_required" }));
  });

  test("unemployment ≥ 1.5 × region, exactly: 7.5 % against 5 % is flagged", () => {
    expect(highUnemployment(0.075, 0.05, 1.5)).toBe(true); // 1.5 · 0.05 = 0.07500000000000001 in floating point
    expect(highUnemployment(0.0749, 0.05, 1.5)).toBe(false);
    expect(highUnemployment(12, 8, 1.5)).toBe(true);
  });
});

describe("all criteria for a set of schools", () => {
  // Eight schools; s1 and s2 have the lowest results; s3 has only ОГЭ.
  const schools = (): FederalSchoolInput[] => [
    school("s1", { means: [ege("ЕГЭ русский язык", 50, 68), pts("ОГЭ математика", 10, 16, 31)], olympiadParticipants: 10, enrolment: [300, 300, 300], socialIndex: 30 }),
    school("s2", { means: [ege("ЕГЭ русский язык", 60, 68), pts("ОГЭ математика", 11, 16, 31)], olympiadParticipants: 1, enrolment: [300, 300, 300], socialIndex: 55 }),
    school("s3", { means: [pts("ОГЭ математика", 17, 16, 31)], olympiadParticipants: 10, enrolment: [300], socialIndex: 60, hardToReach: true }),
    school("s4", { means: [ege("ЕГЭ русский язык", 70, 68), pts("ОГЭ математика", 16, 16, 31)], olympiadParticipants: 10, enrolment: [300, 300, 300], socialIndex: 45, settlementUnemployment: 0.09 }),
    school("s5", { means: [ege("ЕГЭ русский язык", 72, 68), pts("ОГЭ математика", 18, 16, 31)], olympiadParticipants: 10, enrolment: [300, 300, 300], socialIndex: 52, settlementUnemployment: 0.05 }),
    school("s6", { means: [ege("ЕГЭ русский язык", 75, 68), pts("ОГЭ математика", 19, 16, 31)], olympiadParticipants: 10, enrolment: [300, 300, 300], socialIndex: 50 }),
    school("s7", { means: [ege("ЕГЭ русский язык", 68, 68), pts("ОГЭ математика", 15, 16, 31)], olympiadParticipants: 10, enrolment: [300, 300, 300], socialIndex: 58 }),
    school("s8", { means: [ege("ЕГЭ русский язык", 80, 68), pts("ОГЭ математика", 20, 16, 31)], olympiadParticipants: null, enrolment: [], socialIndex: 65 }),
  ];

  test("ШНРО: bottom quarter by the composite, the gap, the olympiads (any one by default)", () => {
    const r = assessFederal2016(schools(), { regionUnemployment: 0.05 });
    expect(r.compositeSource).toBe("meanZ");
    expect(r.resultsZone.groups[0]).toMatchObject({ n: 8, nominal: 2, size: 2 });
    const by = new Map(r.schools.map((s) => [s.schoolId, s]));
    expect(["s1", "s2", "s3", "s4", "s7"].map((id) => [id, by.get(id)?.lowResults, by.get(id)?.largeGap, by.get(id)?.lowOlympiad, by.get(id)?.shnroCriteria, by.get(id)?.shnro])).toEqual([
      ["s1", true, false, false, 1, true],
      ["s2", true, false, true, 2, true],
      ["s3", false, false, false, 0, false],
      ["s4", false, false, false, 0, false],
      ["s7", false, false, false, 0, false],
    ]);
    // s8 has no olympiad data: with no criterion met it is undecidable, not "no".
    expect(by.get("s8")).toMatchObject({ lowOlympiad: null, shnroCriteria: 0, shnro: null });
    // Two criteria required: only s2.
    const two = assessFederal2016(schools(), { shnroMinCriteria: 2 });
    expect(two.schools.filter((s) => s.shnro === true).map((s) => s.schoolId)).toEqual(["s2"]);
  });

  test("the gap: any procedure (default) or the mean of the gaps", () => {
    const x = school("x", { means: [ege("ЕГЭ", 45, 68), pts("ОГЭ", 16, 16, 31)] });
    expect(assessFederal2016([x]).schools[0].largeGap).toBe(true);
    expect(assessFederal2016([x], { gapRule: "mean" }).schools[0].largeGap).toBe(false);
  });

  test("ШФНСУ: bottom quarter by ИСБШ, hard-to-reach settlement, unemployment ≥ 1.5 × region", () => {
    const r = assessFederal2016(schools(), { regionUnemployment: 0.05 });
    const by = new Map(r.schools.map((s) => [s.schoolId, s]));
    expect(r.socialZone.groups[0]).toMatchObject({ n: 8, nominal: 2 });
    expect(["s1", "s3", "s4", "s5", "s6", "s8"].map((id) => [id, by.get(id)?.lowSocialIndex, by.get(id)?.hardToReach, by.get(id)?.highUnemployment, by.get(id)?.shnsu])).toEqual([
      ["s1", true, null, null, true],
      ["s3", false, true, null, true],
      ["s4", true, null, true, true],
      ["s5", false, null, false, null],
      ["s6", false, null, null, null],
      ["s8", false, null, null, null],
    ]);
    // Without the region's rate the unemployment flag is not evaluated, and that is reported.
    const noRegion = assessFederal2016(schools());
    expect(noRegion.problems.map((p) => p.code)).toEqual(["ctx_region_unemployment_missing"]);
    expect(noRegion.schools.every((s) => s.highUnemployment === null)).toBe(true);
  });

  test("a composite given by the user replaces the computed one", () => {
    const r = assessFederal2016(schools().map((s, i) => ({ ...s, resultsComposite: 100 - i })));
    expect(r.compositeSource).toBe("user");
    expect(r.schools.filter((s) => s.lowResults).map((s) => s.schoolId)).toEqual(["s7", "s8"]);
  });

  test("settings and inputs are checked", () => {
    expect(resolveFederal2016Settings()).toEqual({ bottomQuantile: 0.25, tieRule: "include", gapThreshold: 20, gapRule: "any", olympiadThreshold: 0.005, unemploymentFactor: 1.5, regionUnemployment: null, shnroMinCriteria: 1 });
    expect(() => resolveFederal2016Settings({ shnroMinCriteria: 4 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => resolveFederal2016Settings({ unemploymentFactor: 0 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => assessFederal2016([school("a"), school("a")])).toThrow(expect.objectContaining({ code: "ctx_school_duplicate" }));
    expect(() => assessFederal2016([school("a", { means: [ege("ЕГЭ", 1, 2), ege("ЕГЭ", 3, 4)] })])).toThrow(expect.objectContaining({ code: "ctx_mean_duplicate" }));
  });
});

describe("reading the inputs", () => {
  test("a per-school table and a means table", () => {
    const t = readFederalSchoolTable({
      values: [
        ["Логин ОО", "Наименование ОО", "МО", "Участники олимпиад за 3 года", "Контингент год 1", "Контингент год 2", "Контингент год 3", "ИСБШ", "Труднодоступный населенный пункт", "Доля безработных"],
        ["a", "Школа a", "M", 2, 400, 400, 400, 41.5, "да", "7,5%"],
        ["b", "Школа b", "M", 3, 400, 400, 400, 55, "нет", ""],
        ["c", "Школа c", "M", "два", 400, 400, 400, 55, "может быть", ""],
      ],
    });
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([["cell_not_number", 4, 4], ["ctx_flag_invalid", 4, 9]]);
    expect(t.schools[0]).toMatchObject({ olympiadParticipants: 2, enrolment: [400, 400, 400], socialIndex: 41.5, hardToReach: true, settlementUnemployment: 0.075 });
    const m = attachFederalMeans(t.schools, {
      values: [
        ["Логин ОО", "Процедура", "Средний балл школы", "Средний балл по региону", "Максимальный балл"],
        ["a", "ЕГЭ русский язык", 47, 68, ""],
        ["a", "ОГЭ математика", 9.5, 16, 31],
        ["b", "ОГЭ математика", 12, 16, ""],
        ["d", "ЕГЭ русский язык", 70, 68, ""],
      ],
    });
    expect(m.problems.map((p) => [p.code, p.location?.row])).toEqual([["ctx_max_score_required", 4]]);
    expect(m.schools.find((s) => s.schoolId === "a")?.means).toEqual([
      { procedure: "ЕГЭ русский язык", schoolMean: 47, regionMean: 68, maxScore: null, scale: "test100" },
      { procedure: "ОГЭ математика", schoolMean: 9.5, regionMean: 16, maxScore: 31, scale: "points" },
    ]);
    expect(m.schools.map((s) => s.schoolId)).toEqual(["a", "b", "d"]);
    const r = assessFederal2016(m.schools, { regionUnemployment: 0.05 });
    expect(r.schools.find((s) => s.schoolId === "a")).toMatchObject({ largeGap: true, lowOlympiad: true, highUnemployment: true, hardToReach: true, shnsu: true });
  });
});
