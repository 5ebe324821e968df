import { readIndicatorTable } from "../../src/core/indicators/compositeIndex";
import { assessSocialIndex, resolveSocialIndexSettings, SOCIAL_COMPONENTS, SOCIAL_EXTRA_COMPONENTS, socialIndexOfMatrix } from "../../src/core/indicators/socialIndex";
import { MUNICIPAL_COMPARISON_LABELS } from "../../src/core/indicators/riskZone";
import { TV8_ISBS, tv8Matrix } from "../fixtures/tv8";

/** TV-8 (domain-notes §11): he (+), un (−), nn (−) of four schools. */
const TV8 = [
  [0.4, 0.05, 0.02],
  [0.2, 0.1, 0.1],
  [0.3, 0.15, 0.06],
  [0.1, 0.3, 0.3],
];

describe("TV-8: ИСБШ of four schools (domain-notes §11)", () => {
  test("the worksheet form reproduces the T-scores to ±0.01", () => {
    const got = socialIndexOfMatrix(TV8, [1, -1, -1]);
    got.forEach((v, i) => expect(Math.abs((v as number) - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
  });

  test("the z-scores, C and the stats of the reference set are those of the table", () => {
    const a = assessSocialIndex(TV8.map((r, i) => ({
      schoolId: "ABCD"[i], schoolName: "", municipality: "", locality: null, year: null,
      values: { HIGHER_ED_BOTH_PARENTS: r[0], UNEMPLOYED_PARENTS: r[1], NON_NATIVE_RUSSIAN: r[2] },
    })), { index: { components: SOCIAL_COMPONENTS.filter((c) => c.key !== "DEVIANT_OR_REGISTERED") } });
    const s = a.index.reference.components;
    expect(s.map((c) => c.mean)).toEqual([expect.closeTo(0.25, 12), expect.closeTo(0.15, 12), expect.closeTo(0.12, 12)]);
    expect(s.map((c) => c.sd)).toEqual([expect.closeTo(0.1118034, 7), expect.closeTo(0.0935414, 7), expect.closeTo(0.1077033, 7)]);
    const A = a.schools[0];
    expect(A.z).toEqual({ HIGHER_ED_BOTH_PARENTS: expect.closeTo(1.3416, 4), UNEMPLOYED_PARENTS: expect.closeTo(1.069, 4), NON_NATIVE_RUSSIAN: expect.closeTo(0.9285, 4) });
    expect(a.schools.map((x) => x.composite)).toEqual([expect.closeTo(1.1131, 4), expect.closeTo(0.091, 4), expect.closeTo(0.3348, 4), expect.closeTo(-1.5388, 4)]);
    a.schools.forEach((x, i) => expect(Math.abs((x.index as number) - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    // Risk zone = the floor(0.25·4) = 1 lowest school: D.
    expect(a.schools.map((x) => x.riskZone)).toEqual([false, false, false, true]);
    expect(a.riskZone.groups).toEqual([{ municipality: "", n: 4, nominal: 1, size: 1, cutoff: expect.closeTo(34.06, 2), tiedAtCutoff: 1, extra: 0 }]);
  });

  test("from a sheet: percents written three ways, a constant component, the municipal comparison", () => {
    const t = readIndicatorTable(tv8Matrix(), SOCIAL_COMPONENTS);
    expect(t.problems).toEqual([]);
    expect(t.headerRow).toBe(1);
    expect(t.percentColumns.sort()).toEqual(["NON_NATIVE_RUSSIAN", "UNEMPLOYED_PARENTS"]);
    expect(t.rows[0].values).toEqual({ HIGHER_ED_BOTH_PARENTS: 0.4, UNEMPLOYED_PARENTS: 0.05, DEVIANT_OR_REGISTERED: 0, NON_NATIVE_RUSSIAN: 0.02 });
    const a = assessSocialIndex(t.rows);
    a.schools.forEach((x, i) => expect(Math.abs((x.index as number) - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    // A constant component has z = 0 for everyone: C is Σz/4 instead of Σz/3, and the re-standardized T is unchanged.
    expect(a.problems.map((p) => [p.code, p.params.component])).toEqual([["ctx_component_constant", "DEVIANT_OR_REGISTERED"]]);
    // МР-1: A 61.53 vs B 50.94 (mean 56.2); МР-2: C 53.47 vs D 34.06.
    expect(a.schools.map((x) => x.comparison && MUNICIPAL_COMPARISON_LABELS[x.comparison])).toEqual(["выше среднего по МР", "самый низкий в МР", "выше среднего по МР", "самый низкий в МР"]);
    expect(a.summary.municipalities.map((m) => [m.municipality, m.schools, m.zone])).toEqual([["МР-1", 2, 0], ["МР-2", 2, 1]]);
  });
});

describe("missing data (METHODOLOGY §8: reference set = complete data)", () => {
  const rows = () => readIndicatorTable(tv8Matrix([["E", "Школа E", "МР-2", "село", "", 20, 0, 20], ["F", "Школа F", "МР-2", "село", "", "", 0, 20]]), SOCIAL_COMPONENTS).rows;

  test("default: a school lacking a value is flagged and left out; the others are unchanged", () => {
    const a = assessSocialIndex(rows());
    expect(a.schools.map((x) => [x.schoolId, x.status, x.index === null])).toEqual([
      ["A", "complete", false], ["B", "complete", false], ["C", "complete", false], ["D", "complete", false], ["E", "excluded", true], ["F", "excluded", true],
    ]);
    a.schools.slice(0, 4).forEach((x, i) => expect(Math.abs((x.index as number) - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    expect(a.schools[4].riskZone).toBeNull();
    expect(a.index.reference.size).toBe(4);
    expect(a.problems.filter((p) => p.code === "ctx_school_excluded").map((p) => p.params)).toEqual([
      { school: "E", missing: "HIGHER_ED_BOTH_PARENTS" }, { school: "F", missing: "HIGHER_ED_BOTH_PARENTS, UNEMPLOYED_PARENTS" },
    ]);
  });

  test("option: the mean of the available z when at least 3 of 4 are present; the reference set stays the complete schools", () => {
    const a = assessSocialIndex(rows(), { index: { missing: "meanOfAvailable" } });
    expect(a.settings.index.minComponents).toBe(3);
    expect(a.schools.map((x) => x.status)).toEqual(["complete", "complete", "complete", "complete", "partial", "excluded"]);
    a.schools.slice(0, 4).forEach((x, i) => expect(Math.abs((x.index as number) - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    // E: un 0.20 and nn 0.20 standardized on A–D, deviant constant (z 0): C = (z_un + 0 + z_nn)/3 on A–D's scale.
    const zUn = -(0.2 - 0.15) / 0.0935414;
    const zNn = -(0.2 - 0.12) / 0.1077033;
    const ref = a.index.reference;
    expect(a.schools[4].composite).toBeCloseTo((zUn + zNn) / 3, 5);
    expect(a.schools[4].index).toBeCloseTo(50 + (10 * ((a.schools[4].composite as number) - (ref.compositeMean as number))) / (ref.compositeSd as number), 9);
    // Five schools are ranked now: floor(1.25) = 1, still D.
    expect(a.schools.filter((x) => x.riskZone).map((x) => x.schoolId)).toEqual(["D"]);
  });

  test("extras are off by default and can be added; settings are checked", () => {
    expect(resolveSocialIndexSettings().index.components.map((c) => c.key)).toEqual(["HIGHER_ED_BOTH_PARENTS", "UNEMPLOYED_PARENTS", "DEVIANT_OR_REGISTERED", "NON_NATIVE_RUSSIAN"]);
    expect(resolveSocialIndexSettings().index).toMatchObject({ scale: "tScore", missing: "exclude", reference: "complete", minComponents: 3 });
    expect(SOCIAL_COMPONENTS.map((c) => c.direction)).toEqual([1, -1, -1, -1]);
    expect(SOCIAL_EXTRA_COMPONENTS.every((c) => c.direction === -1)).toBe(true);
    const all = resolveSocialIndexSettings({ index: { components: [...SOCIAL_COMPONENTS, ...SOCIAL_EXTRA_COMPONENTS] } });
    expect(all.index.components).toHaveLength(9);
    expect(all.index.minComponents).toBe(8);
    expect(() => resolveSocialIndexSettings({ index: { scale: "z" as never } })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => resolveSocialIndexSettings({ index: { minComponents: 5 } })).toThrow(expect.objectContaining({ code: "setting_invalid", params: expect.objectContaining({ setting: "minComponents" }) }));
    expect(() => resolveSocialIndexSettings({ riskZone: { quantile: 1.5 } })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});

describe("the SOCIALINDEX worksheet form", () => {
  test("blanks, weights, min–max scale and errors", () => {
    // Weight 2 on the first column changes C and the T-scores.
    const weighted = socialIndexOfMatrix(TV8, [1, -1, -1], [2, 1, 1]);
    expect(weighted[0]).not.toBeCloseTo(61.53, 2);
    const minMax = socialIndexOfMatrix(TV8, [1, -1, -1], undefined, { scale: "minMax" });
    expect(minMax).toEqual([100, expect.closeTo(100 * (0.091 + 1.5388) / (1.1131 + 1.5388), 2), expect.closeTo(100 * (0.3348 + 1.5388) / (1.1131 + 1.5388), 2), 0]);
    // A blank leaves the school out by default.
    const blank = socialIndexOfMatrix([...TV8, [0.5, null, 0.01]], [1, -1, -1]);
    expect(blank[4]).toBeNull();
    expect(() => socialIndexOfMatrix(TV8, [1, -1])).toThrow(expect.objectContaining({ code: "ctx_directions_length" }));
    expect(() => socialIndexOfMatrix(TV8, [1, -1, 0])).toThrow(expect.objectContaining({ code: "ctx_direction_invalid" }));
    expect(() => socialIndexOfMatrix(TV8, [1, -1, -1], [1, 1])).toThrow(expect.objectContaining({ code: "ctx_weights_length" }));
    expect(() => socialIndexOfMatrix(TV8, [1, -1, -1], [1, 0, 1])).toThrow(expect.objectContaining({ code: "ctx_weight_invalid" }));
  });
});

describe("reading the social passport: located problems", () => {
  test("bad values, shares out of range, duplicates, a missing column", () => {
    const t = readIndicatorTable({
      sheet: "Лист1",
      values: [
        ["school_id", "Оба родителя с высшим образованием", "Безработные родители", "Девиантное поведение", "Русский язык неродной"],
        ["A", 0.4, 0.05, 0, 0.02],
        ["B", "много", 0.1, 0, 0.1],
        ["C", "120%", 0.1, 0, 0.1],
        ["A", 0.3, 0.1, 0, 0.1],
        ["Итого", 0.3, 0.1, 0, 0.1],
      ],
    }, SOCIAL_COMPONENTS);
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([
      ["row_totals_skipped", 6, undefined], ["cell_not_number", 3, 2], ["ctx_share_range", 4, 2], ["ctx_row_duplicate", 5, undefined],
    ]);
    expect(t.rows.map((r) => r.schoolId)).toEqual(["A"]);
    const missing = readIndicatorTable({ values: [["school_id", "Безработные родители"], ["A", 0.1]] }, SOCIAL_COMPONENTS);
    expect(missing.problems.map((p) => [p.code, String(p.params.field).split(" ")[0]])).toEqual([
      ["column_missing", "HIGHER_ED_BOTH_PARENTS"], ["column_missing", "DEVIANT_OR_REGISTERED"], ["column_missing", "NON_NATIVE_RUSSIAN"],
    ]);
  });
});

describe("totals rows", () => {
  test("«Итого» and «Всего по МО» are skipped, «Всеволожская СОШ» is a school", () => {
    const t = readIndicatorTable({
      values: [
        ["school_id", "school_name", "Оба родителя с высшим образованием", "Безработные родители", "Девиантное поведение", "Русский язык неродной"],
        ["A", "Всеволожская СОШ", 0.4, 0.05, 0, 0.02],
        ["Всего по МО", "", 0.4, 0.05, 0, 0.02],
        ["", "Итого:", 0.4, 0.05, 0, 0.02],
      ],
    }, SOCIAL_COMPONENTS);
    expect(t.rows.map((r) => r.schoolName)).toEqual(["Всеволожская СОШ"]);
    expect(t.problems.map((p) => p.code)).toEqual(["row_totals_skipped", "row_totals_skipped"]);
  });
});
