import fc from "fast-check";
import { component, computeCompositeIndex, type Direction, type IndexInputRow, populationStats, resolveCompositeSettings } from "../../src/core/indicators/compositeIndex";
import { riskZone, riskZoneSize } from "../../src/core/indicators/riskZone";
import { assessSocialIndex, SOCIAL_COMPONENTS } from "../../src/core/indicators/socialIndex";

/** Shares in hundredths (the way social passports are written), so that ties happen. */
const share = fc.integer({ min: 0, max: 100 }).map((h) => h / 100);

interface Sample {
  directions: Direction[];
  weights: number[];
  rows: number[][];
  /** Sort keys giving a random permutation of the rows. */
  order: number[];
}

const sample = fc.integer({ min: 1, max: 5 }).chain((k) => fc.integer({ min: 2, max: 40 }).chain((n) => fc.record({
  directions: fc.array(fc.constantFrom<Direction>(1, -1), { minLength: k, maxLength: k }),
  weights: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: k, maxLength: k }),
  rows: fc.array(fc.array(share, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
  order: fc.array(fc.integer(), { minLength: n, maxLength: n }),
})));

function compute(s: Sample, permuted = false, flip = false) {
  const components = s.directions.map((d, i) => component(`C${i}`, `C${i}`, (flip ? -d : d) as Direction, { weight: s.weights[i] }));
  const rows: IndexInputRow[] = s.rows.map((v, r) => ({
    schoolId: `s${String(r).padStart(3, "0")}`, schoolName: "", municipality: `M${r % 3}`, locality: null, year: null,
    values: Object.fromEntries(v.map((x, i) => [`C${i}`, x])),
  }));
  const input = permuted ? rows.map((r, i) => ({ r, key: s.order[i] })).sort((a, b) => a.key - b.key).map((x) => x.r) : rows;
  const result = computeCompositeIndex(input, resolveCompositeSettings(components));
  return new Map(result.schools.map((x) => [x.schoolId, x.index as number]));
}

describe("composite index properties", () => {
  test("the T-scale has mean 50 and sd 10 over the reference set (or is 50 everywhere when C is constant)", () => {
    fc.assert(fc.property(sample, (s) => {
      const t = [...compute(s).values()];
      const { mean, sd } = populationStats(t);
      expect(mean as number).toBeCloseTo(50, 6);
      if (t.every((x) => x === 50)) return;
      expect(sd as number).toBeCloseTo(10, 6);
    }), { numRuns: 300 });
  });

  test("results do not depend on the order of the rows, to the last bit", () => {
    fc.assert(fc.property(sample, (s) => {
      expect(compute(s, true)).toEqual(compute(s));
    }), { numRuns: 300 });
  });

  test("flipping every direction reverses the ranking: T becomes 100 − T", () => {
    fc.assert(fc.property(sample, (s) => {
      const a = compute(s);
      const b = compute(s, false, true);
      for (const [id, t] of a) expect(b.get(id) as number).toBeCloseTo(100 - t, 6);
    }), { numRuns: 300 });
  });

  test("with one component the index orders schools as the values do (+1) or the reverse (−1)", () => {
    fc.assert(fc.property(fc.array(share, { minLength: 2, maxLength: 30 }), fc.constantFrom<Direction>(1, -1), (xs, d) => {
      const t = [...compute({ directions: [d], weights: [1], rows: xs.map((x) => [x]), order: xs.map(() => 0) }).values()];
      for (let i = 0; i < xs.length; i++) {
        for (let j = 0; j < xs.length; j++) {
          if (xs[i] < xs[j]) expect(d * (t[i] - t[j])).toBeLessThan(0);
          if (xs[i] === xs[j]) expect(t[i]).toBe(t[j]);
        }
      }
    }), { numRuns: 200 });
  });
});

describe("risk zone properties", () => {
  const values = fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 8 }), { maxLength: 60 });

  test("size ≥ floor(0.25·n), = floor(0.25·n) without ties, ≤ with ties left out; the zone holds the lowest values", () => {
    fc.assert(fc.property(values, fc.constantFrom(0.1, 0.25, 0.3, 0.5), (vs, q) => {
      const items = vs.map((value, i) => ({ id: `s${i}`, municipality: "", value }));
      const n = vs.filter((v) => v !== null).length;
      const k = riskZoneSize(n, q);
      const inc = riskZone(items, { quantile: q });
      const exc = riskZone(items, { quantile: q, tieRule: "exclude" });
      const zone = items.filter((i) => inc.inZone.get(i.id));
      expect(zone.length).toBeGreaterThanOrEqual(k);
      expect(items.filter((i) => exc.inZone.get(i.id)).length).toBeLessThanOrEqual(k);
      const valued = vs.filter((v): v is number => v !== null);
      if (new Set(valued).size === valued.length) expect(zone.length).toBe(k);
      const maxIn = Math.max(...zone.map((i) => i.value as number));
      for (const i of items) if (i.value !== null && !inc.inZone.get(i.id)) expect(i.value).toBeGreaterThan(maxIn);
      expect(inc.groups[0].extra).toBe(zone.length - k);
      for (const i of items) if (i.value === null) expect(inc.inZone.get(i.id)).toBeNull();
    }), { numRuns: 500 });
  });

  test("floor(q·n) is exact for any decimal quantile", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 100000 }), (pct, n) => {
      expect(riskZoneSize(n, pct / 100)).toBe(Number((BigInt(pct) * BigInt(n)) / 100n));
    }), { numRuns: 500 });
  });

  test("ИСБШ and its risk zone do not depend on the order of the rows", () => {
    const school = fc.record({ v: fc.array(share, { minLength: 4, maxLength: 4 }), m: fc.constantFrom("A", "B", "C"), key: fc.integer() });
    fc.assert(fc.property(fc.array(school, { minLength: 1, maxLength: 40 }), fc.constantFrom<"region" | "municipality">("region", "municipality"), (list, scope) => {
      const rows: IndexInputRow[] = list.map((x, i) => ({
        schoolId: `s${i}`, schoolName: "", municipality: x.m, locality: null, year: null,
        values: Object.fromEntries(SOCIAL_COMPONENTS.map((c, k) => [c.key, x.v[k]])),
      }));
      const shuffled = rows.map((r, i) => ({ r, key: list[i].key })).sort((a, b) => a.key - b.key).map((x) => x.r);
      const view = (rs: IndexInputRow[]) => {
        const a = assessSocialIndex(rs, { riskZone: { scope } });
        return new Map(a.schools.map((s) => [s.schoolId, [s.index, s.riskZone, s.comparison]]));
      };
      expect(view(shuffled)).toEqual(view(rows));
    }), { numRuns: 300 });
  });
});
