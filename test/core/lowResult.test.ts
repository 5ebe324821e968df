import { exitGap, failShare, lowResult } from "../../src/core/indicators/lowResult";
import { ShnorError } from "../../src/core/errors";

describe("TV-1 low result of one assessment (domain-notes §11)", () => {
  const defaults = { lowShareThreshold: 0.3, minParticipants: 1, smallSampleWarnBelow: 5 };
  test.each([
    ["a", 20, 6, 0.3, true, false],
    ["b", 24, 7, 7 / 24, false, false],
    ["c", 10, 3, 0.3, true, false],
    ["d", 0, 0, null, null, false],
    ["e", 3, 1, 1 / 3, true, true],
    ["f", 4, 1, 0.25, false, true],
  ])("case %s: N=%i F=%i", (_, n, f, share, low, small) => {
    const r = lowResult(n, f, defaults);
    expect(r.share).toBe(share);
    expect(r.low).toBe(low);
    expect(r.smallSample).toBe(small);
  });

  test("case g: minParticipants = 5 excludes N = 3", () => {
    expect(lowResult(3, 1, { ...defaults, minParticipants: 5 }).low).toBeNull();
  });

  test("exactly 30 % is low and 29.99 % is not, with integer arithmetic", () => {
    expect(lowResult(10000, 3000).low).toBe(true);
    expect(lowResult(10000, 2999).low).toBe(false);
  });

  test("failed > participants and negative counts are errors", () => {
    expect(() => failShare(5, 6)).toThrow(ShnorError);
    expect(() => failShare(-1, 0)).toThrow(ShnorError);
    expect(() => failShare(3.5, 1)).toThrow(ShnorError);
  });
});

describe("distance to exit", () => {
  test("is the fewest students who must pass: max(0, F - floor((3N-1)/10))", () => {
    expect(exitGap(20, 6)).toBe(1); // 5/20 = 25 % is no longer low
    expect(exitGap(10, 5)).toBe(3); // 2/10 = 20 %
    expect(exitGap(24, 7)).toBe(0);
    expect(exitGap(0, 0)).toBe(0);
    expect(lowResult(20, 6).exitGap).toBe(1);
  });

  test("generalises to other thresholds", () => {
    expect(exitGap(20, 6, 0.25)).toBe(2); // 4/20 = 20 % < 25 %
    expect(exitGap(8, 2, 0.25)).toBe(1); // 1/8 < 25 %, 2/8 = 25 % is low
  });
});
