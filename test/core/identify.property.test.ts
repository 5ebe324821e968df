import fc from "fast-check";
import { DEFAULT_ASSESSMENT_IDS } from "../../src/core/catalog/assessments";
import { identify } from "../../src/core/indicators/identify";
import { exitGap, lowResult } from "../../src/core/indicators/lowResult";
import { toRatio, shareAtLeast } from "../../src/core/ratio";
import { rows } from "./rows";

const counts = fc.integer({ min: 0, max: 400 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
const threshold = fc.integer({ min: 1, max: 100 }).map((p) => p / 100);

/** Random aggregate tables: a few schools, two years, any of the nine assessments. */
const table = fc
  .array(
    fc.tuple(fc.constantFrom("s1", "s2", "s3", "s4"), fc.constantFrom(2023, 2024), fc.constantFrom(...DEFAULT_ASSESSMENT_IDS), counts),
    { maxLength: 40 },
  )
  .map((list) => {
    const seen = new Set<string>();
    return rows(
      list
        .filter(([s, y, a]) => !seen.has(`${s}${y}${a}`) && seen.add(`${s}${y}${a}`) !== undefined)
        .map(([s, y, a, [n, f]]) => [s, y, a, n, f] as [string, number, string, number, number]),
    );
  });

describe("properties of the identification core", () => {
  test("shares are in [0, 1] and low iff share ≥ threshold (exactly)", () => {
    fc.assert(
      fc.property(counts, threshold, ([n, f], t) => {
        const r = lowResult(n, f, { lowShareThreshold: t, minParticipants: 1, smallSampleWarnBelow: 5 });
        if (n === 0) return r.share === null && r.low === null;
        return r.share! >= 0 && r.share! <= 1 && r.low === shareAtLeast(f, n, toRatio(t));
      }),
      { numRuns: 2000 },
    );
  });

  test("the exit gap brings the share under the threshold and one student fewer does not", () => {
    fc.assert(
      fc.property(counts, threshold, ([n, f], t) => {
        const gap = exitGap(n, f, t);
        const settings = { lowShareThreshold: t, minParticipants: 1, smallSampleWarnBelow: 5 };
        if (n === 0 || !lowResult(n, f, settings).low) return gap === 0;
        return lowResult(n, f - gap, settings).low === false && lowResult(n, f - gap + 1, settings).low === true;
      }),
      { numRuns: 2000 },
    );
  });

  test("a school is ШНОР iff the rule holds on its low sets (any and same)", () => {
    fc.assert(
      fc.property(table, fc.constantFrom("any" as const, "same" as const), (data, rule) => {
        const result = identify(data, 2024, { twoYearRule: rule });
        return result.schools.every((s) => {
          const ly = data.filter((r) => r.schoolId === s.schoolId && r.year === 2024 && r.participants > 0 && 10 * r.failed >= 3 * r.participants).map((r) => r.assessmentId);
          const lp = data.filter((r) => r.schoolId === s.schoolId && r.year === 2023 && r.participants > 0 && 10 * r.failed >= 3 * r.participants).map((r) => r.assessmentId);
          const rule2 = rule === "any" ? ly.length >= 1 && lp.length >= 1 : ly.some((a) => lp.includes(a));
          const cluster = s.clusterShare;
          return s.shnor === (ly.length >= 2 || rule2) && (!s.shnor || (cluster !== null && cluster >= 0.3 && s.cluster !== null)) && (s.shnor || s.cluster === null);
        });
      }),
      { numRuns: 500 },
    );
  });

  test("results do not depend on row order", () => {
    fc.assert(
      fc.property(table.chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length, maxLength: t.length }))), ([a, b]) => {
        expect(identify(b, 2024)).toEqual(identify(a, 2024));
      }),
      { numRuns: 300 },
    );
  });
});
