import { clusterMove } from "../../src/core/indicators/clusterTransitions";
import { clusterOf, clusterShare, clusterTransition } from "../../src/core/indicators/clusters";

describe("TV-3 FIOKO cluster (domain-notes §11)", () => {
  const cells = [
    { participants: 20, failed: 6, low: true }, // VPR5_RUS 30 %
    { participants: 10, failed: 5, low: true }, // OGE_MATH 50 %
    { participants: 10, failed: 0, low: false }, // OGE_RUS 0 %
  ];
  test("max (default): 50 % → умеренно", () => {
    expect(clusterShare(cells)).toEqual({ num: 5, den: 10 });
    expect(clusterOf(clusterShare(cells))).toBe("moderate");
  });
  test("pooled over all: 11/40 = 27.5 % → none", () => {
    expect(clusterShare(cells, "pooled", "all")).toEqual({ num: 11, den: 40 });
    expect(clusterOf(clusterShare(cells, "pooled", "all"))).toBeNull();
  });
  test("pooled over low: 11/30 → базово", () => {
    expect(clusterOf(clusterShare(cells, "pooled", "low"))).toBe("basic");
  });
  test("mean over low: 40 % → умеренно", () => {
    expect(clusterOf(clusterShare(cells, "mean", "low"))).toBe("moderate");
  });
  test.each([
    [2999, 10000, null],
    [3000, 10000, "basic"],
    [3999, 10000, "basic"],
    [4000, 10000, "moderate"],
    [5000, 10000, "moderate"],
    [5001, 10000, "strong"],
    [10, 10, "strong"],
  ])("boundary %i/%i", (num, den, cluster) => {
    expect(clusterOf({ num, den })).toBe(cluster);
  });
});

describe("TV-4 cluster dynamics (domain-notes §11)", () => {
  test.each([
    ["strong", "moderate", "positive", "improved"],
    ["basic", null, "positive", "left"],
    ["basic", "basic", "neutral", "unchanged"],
    ["moderate", "strong", "negative", "worsened"],
    [null, "basic", "entered", "entered"],
    [null, null, "none", "none"],
  ] as const)("%s → %s is %s", (before, after, transition, move) => {
    expect(clusterTransition(before, after)).toBe(transition);
    expect(clusterMove(before, after)).toBe(move);
  });
});
