import {
  component, compositeIndexDynamics, computeCompositeIndex, type IndexInputRow, populationStats, resolveCompositeSettings, scaleComposite, selectYear,
} from "../../src/core/indicators/compositeIndex";

const COMPONENTS = [component("X", "x", 1), component("Y", "y", -1)];
const settings = (o = {}) => resolveCompositeSettings(COMPONENTS, o);
const row = (schoolId: string, X: number | null, Y: number | null, year: number | null = null, municipality = "МР"): IndexInputRow =>
  ({ schoolId, schoolName: `Школа ${schoolId}`, municipality, locality: null, year, values: { X, Y } });

describe("population statistics", () => {
  test("σ divides by n; equal values give σ = 0 even when the mean is not exact in floating point", () => {
    expect(populationStats([1, 2, 3, 4])).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(1.25) });
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004: a naive σ would be ~1e-17 and turn z into ±1.
    expect(populationStats([0.1, 0.1, 0.1])).toEqual({ n: 3, mean: 0.1, sd: 0 });
    expect(populationStats([])).toEqual({ n: 0, mean: null, sd: null });
  });

  test("σ = 0 → z = 0 for every school; a constant component is reported", () => {
    const r = computeCompositeIndex([row("a", 0.1, 0.5), row("b", 0.1, 0.7), row("c", 0.1, 0.9)], settings());
    expect(r.schools.map((s) => s.z.X)).toEqual([0, 0, 0]);
    expect(r.schools.map((s) => s.z.Y)).toEqual([expect.closeTo(Math.sqrt(1.5), 12), expect.closeTo(0, 12), expect.closeTo(-Math.sqrt(1.5), 12)]);
    expect(r.problems).toEqual([{ code: "ctx_component_constant", severity: "warning", params: { component: "X" } }]);
  });
});

describe("C and the scales", () => {
  const rows = [row("a", 1, 4), row("b", 2, 3), row("c", 3, 2), row("d", 6, 1)];

  test("C = Σ w·z / Σ w with signed z; T has mean 50 and sd 10 over the reference set", () => {
    const r = computeCompositeIndex(rows, settings({ components: [component("X", "x", 1, { weight: 3 }), component("Y", "y", -1)] }));
    const x = populationStats([1, 2, 3, 6]);
    const y = populationStats([4, 3, 2, 1]);
    const expected = rows.map((q) => (3 * ((q.values.X as number) - (x.mean as number)) / (x.sd as number) - ((q.values.Y as number) - (y.mean as number)) / (y.sd as number)) / 4);
    r.schools.forEach((s, i) => expect(s.composite).toBeCloseTo(expected[i], 12));
    const t = populationStats(r.schools.map((s) => s.index as number));
    expect(t.mean).toBeCloseTo(50, 10);
    expect(t.sd).toBeCloseTo(10, 10);
  });

  test("min–max: the lowest C is 0, the highest 100; all equal → 50 on both scales", () => {
    const r = computeCompositeIndex(rows, settings({ scale: "minMax" }));
    expect(r.schools.map((s) => s.index)).toEqual([0, expect.any(Number), expect.any(Number), 100]);
    const flat = computeCompositeIndex([row("a", 1, 1), row("b", 1, 1)], settings());
    expect(flat.schools.map((s) => s.index)).toEqual([50, 50]);
    expect(scaleComposite(3, { ...flat.reference, compositeMin: 1, compositeMax: 1 }, "minMax")).toBe(50);
  });

  test("perComponent reference: each component standardized over the schools that have it", () => {
    const r = computeCompositeIndex([row("a", 1, null), row("b", 3, null), row("c", null, 10), row("d", null, 20)], settings({ missing: "meanOfAvailable", minComponents: 1, reference: "perComponent" }));
    expect(r.schools.map((s) => [s.status, s.composite])).toEqual([["partial", -1], ["partial", 1], ["partial", 1], ["partial", -1]]);
    expect(r.reference.size).toBe(4);
    // With the complete-data reference nobody has both: nothing can be computed, and it says so.
    const none = computeCompositeIndex([row("a", 1, null), row("c", null, 10)], settings());
    expect(none.schools.map((s) => s.index)).toEqual([null, null]);
    expect(none.problems.map((p) => p.code)).toEqual(["ctx_school_excluded", "ctx_school_excluded", "ctx_reference_empty"]);
  });

  test("results come back in the input order and do not depend on it", () => {
    const a = computeCompositeIndex(rows, settings());
    const b = computeCompositeIndex([...rows].reverse(), settings());
    expect(b.schools.map((s) => s.schoolId)).toEqual(["d", "c", "b", "a"]);
    expect(Object.fromEntries(b.schools.map((s) => [s.schoolId, s.index]))).toEqual(Object.fromEntries(a.schools.map((s) => [s.schoolId, s.index])));
  });

  test("bad settings and rows are errors naming the problem", () => {
    expect(() => settings({ components: [] })).toThrow(expect.objectContaining({ code: "ctx_components_empty" }));
    expect(() => settings({ components: [component("X", "x", 1), component("X", "x", -1)] })).toThrow(expect.objectContaining({ code: "ctx_component_duplicate" }));
    expect(() => settings({ components: [component("X", "x", 2 as never)] })).toThrow(expect.objectContaining({ code: "ctx_direction_invalid" }));
    expect(() => settings({ missing: "zero" as never })).toThrow(expect.objectContaining({ code: "setting_invalid", params: expect.objectContaining({ setting: "missing" }) }));
    expect(() => computeCompositeIndex([row("a", 1, 1), row("a", 2, 2)], settings())).toThrow(expect.objectContaining({ code: "ctx_school_duplicate" }));
    expect(() => computeCompositeIndex([row("a", NaN, 1)], settings())).toThrow(expect.objectContaining({ code: "ctx_value_invalid" }));
  });
});

describe("dynamics between two years (seed 000 indicators 11–12)", () => {
  // Every school improves its X by 1 in 2025; the T-scale of each year alone has mean 50 in both years.
  const rows = [
    row("a", 1, 2, 2024), row("b", 2, 2, 2024), row("c", 3, 2, 2024),
    row("a", 2, 2, 2025), row("b", 3, 2, 2025), row("c", 4, 2, 2025),
  ];

  test("baseYear (default): 2025 on the 2024 scale — every school improved", () => {
    const d = compositeIndexDynamics(rows, settings(), { year: 2025 });
    expect(d.anchor).toBe("baseYear");
    expect(d.schools.map((s) => s.type)).toEqual(["positive", "positive", "positive"]);
    expect(d.cur.schools.every((s) => !s.inReference)).toBe(true);
    expect(d.schools[0].cur as number).toBeGreaterThan(d.schools[0].prev as number);
  });

  test("eachYear: the position in the region — nobody moved", () => {
    const d = compositeIndexDynamics(rows, settings(), { year: 2025, anchor: "eachYear" });
    expect(d.schools.map((s) => s.type)).toEqual(["neutral", "neutral", "neutral"]);
  });

  test("a school missing in a year is nodata; listed schools without rows too", () => {
    const d = compositeIndexDynamics([...rows.slice(0, 5)], settings(), { year: 2025, schoolIds: ["a", "c", "z"] });
    expect(d.schools.map((s) => [s.schoolId, s.type])).toEqual([["a", "positive"], ["c", "nodata"], ["z", "nodata"]]);
    expect(() => compositeIndexDynamics([row("a", 1, 1)], settings(), { year: 2025 })).toThrow(expect.objectContaining({ code: "ctx_year_column_required" }));
    expect(selectYear(rows, 2024).map((r) => r.schoolId)).toEqual(["a", "b", "c"]);
    expect(selectYear([row("a", 1, 1)], 2024)).toHaveLength(1);
  });
});

describe("anchoring on another set's statistics", () => {
  test("the anchor must come from the same components", () => {
    const base = computeCompositeIndex([row("a", 1, 2), row("b", 2, 1)], settings());
    const other = resolveCompositeSettings([component("X", "x", 1)]);
    expect(() => computeCompositeIndex([row("a", 1, 2)], other, base.reference)).toThrow(expect.objectContaining({ code: "ctx_anchor_mismatch" }));
    const same = computeCompositeIndex([row("c", 1, 2)], settings(), base.reference);
    expect(same.schools[0].index).toBe(base.schools[0].index);
  });
});
