import { assessmentDynamics, isPositiveResult, shareDynamics } from "../../src/core/indicators/dynamics";

describe("TV-5 per-assessment dynamics typology (domain-notes §11)", () => {
  const c = (failed: number, participants: number) => ({ failed, participants });
  test.each([
    [c(5, 20), c(4, 20), "positive", true],
    [c(4, 20), c(5, 20), "negative", false],
    [c(2, 20), c(1, 10), "neutral", false],
    [c(0, 15), c(0, 12), "zero", true],
    [c(1, 10), c(0, 10), "positive", true],
    [c(0, 0), c(3, 10), "nodata", false],
    [null, c(3, 10), "nodata", false],
  ])("%o → %o", (a, b, type, positiveResult) => {
    const t = assessmentDynamics(a, b);
    expect(t).toBe(type);
    expect(isPositiveResult(t)).toBe(positiveResult);
  });

  test("shares given as numbers compare with a tolerance for float noise", () => {
    expect(shareDynamics(0.1 + 0.2, 0.3)).toBe("neutral");
    expect(shareDynamics(0.25, 0.2)).toBe("positive");
    expect(shareDynamics(0, 0)).toBe("zero");
    expect(shareDynamics(null, 0.2)).toBe("nodata");
  });
});
