import fc from "fast-check";
import { belowBMinTest, isBelowBMin } from "../../src/core/indicators/scoreThresholds";

test("the fast B_min test agrees with the exact predicate on whole and decimal scores", () => {
  const bounds = fc.record({ min: fc.integer({ min: 0, max: 60 }).map((x) => x / 2), max: fc.integer({ min: 1, max: 100 }) });
  const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10000 }).map((x) => x / 100));
  fc.assert(fc.property(bounds, fc.array(score, { maxLength: 30 }), (b, scores) => {
    const test = belowBMinTest(b);
    return scores.every((s) => test(s) === isBelowBMin(s, b));
  }), { numRuns: 2000 });
  expect(belowBMinTest({ min: 7, max: 20 })(8)).toBe(false); // B_min = 8 exactly: 8 is not low
  expect(belowBMinTest({ min: 7, max: 20 })(7)).toBe(true);
});
