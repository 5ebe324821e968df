import { clusterTransitions } from "../../src/core/indicators/clusterTransitions";
import { dynamicsReport } from "../../src/core/indicators/dynamicsReport";
import { identify } from "../../src/core/indicators/identify";
import { rows } from "./rows";

const Y = 2024;
/** TV-2 schools as data: low = 6/20 (30 %), not low = 1/20. */
const tv2 = rows([
  ["A", Y, "VPR5_RUS", 20, 6], ["A", Y, "OGE_MATH", 10, 5], ["A", Y, "OGE_RUS", 10, 0],
  ["B", Y, "VPR6_MATH", 20, 6], ["B", Y - 1, "EGE_RUS", 20, 6],
  ["C", Y, "VPR6_MATH", 20, 6], ["C", Y - 1, "VPR6_MATH", 20, 7],
  ["D", Y, "VPR6_MATH", 20, 6], ["D", Y - 1, "VPR6_MATH", 20, 1],
  ["E", Y, "VPR5_RUS", 20, 1], ["E", Y - 1, "VPR5_RUS", 20, 6], ["E", Y - 1, "OGE_RUS", 20, 6],
  ["F", Y, "VPR5_RUS", 0, 0], ["F", Y - 1, "OGE_MATH", 20, 6],
]);

describe("identify: TV-2 and TV-3 from data", () => {
  const result = identify(tv2, Y);
  const by = Object.fromEntries(result.schools.map((s) => [s.schoolId, s]));

  test("results year Y makes the list Y+1", () => {
    expect(result.resultsYear).toBe(2024);
    expect(result.listYear).toBe(2025);
  });

  test("status of each school", () => {
    expect(Object.fromEntries(result.schools.map((s) => [s.schoolId, [s.rule1, s.rule2, s.shnor, s.riskZone]]))).toEqual({
      A: [true, false, true, false],
      B: [false, true, true, false],
      C: [false, true, true, false],
      D: [false, false, false, true],
      E: [false, false, false, false],
      F: [false, false, false, false],
    });
  });

  test("reasons: low assessments with shares; flags for missing data", () => {
    expect(by.A.low).toEqual({ 2024: ["VPR5_RUS", "OGE_MATH"], 2023: [] });
    expect(by.A.results[2024].find((r) => r.assessmentId === "OGE_MATH")).toMatchObject({ share: 0.5, low: true, exitGap: 3 });
    expect(by.F.flags).toContain("no_data_latest");
    expect(by.A.flags).toContain("no_data_previous");
    expect(by.A.missing[2024]).toContain("EGE_RUS");
  });

  test("TV-3: A is умеренно by max (50 %)", () => {
    expect(by.A.cluster).toBe("moderate");
    expect(by.A.clusterShare).toBe(0.5);
    expect(identify(tv2, Y, { clusterMethod: "pooled", clusterScope: "low" }).schools.find((s) => s.schoolId === "A")!.cluster).toBe("basic");
  });

  test("twoYearRule = same: B drops out, C stays", () => {
    const same = identify(tv2, Y, { twoYearRule: "same" });
    expect(same.schools.filter((s) => s.shnor).map((s) => s.schoolId)).toEqual(["A", "C"]);
    expect(same.settings.twoYearRule).toBe("same");
  });

  test("summary counts", () => {
    expect(result.summary).toMatchObject({ schools: 6, shnor: 3, rule1Only: 1, rule2Only: 2, riskZone: 1, noDataLatest: 1 });
    expect(result.summary.clusters).toEqual({ basic: 2, moderate: 1, strong: 0 });
  });

  test("combined ЕГЭ mathematics sums base and profile", () => {
    const data = rows([["S", Y, "EGE_MATH_BASE", 10, 2], ["S", Y, "EGE_MATH_PROF", 10, 4], ["S", Y, "OGE_RUS", 10, 3]]);
    expect(identify(data, Y).schools[0].low[Y]).toEqual(["OGE_RUS", "EGE_MATH_PROF"]);
    const combined = identify(data, Y, { egeMathMode: "combined" }).schools[0];
    expect(combined.low[Y]).toEqual(["OGE_RUS", "EGE_MATH"]);
    expect(combined.results[Y].find((r) => r.assessmentId === "EGE_MATH")).toMatchObject({ participants: 20, failed: 6 });
  });

  test("bad settings are errors naming the setting", () => {
    expect(() => identify(tv2, Y, { twoYearRule: "both" as never })).toThrow(/twoYearRule/);
    expect(() => identify(tv2, Y, { lowShareThreshold: 30 })).toThrow(/lowShareThreshold/);
  });
});

describe("group reports of seed 004", () => {
  const data = rows([
    ["u1", 2023, "OGE_RUS", 20, 5], ["u1", 2024, "OGE_RUS", 20, 4],
    ["u2", 2023, "OGE_RUS", 20, 0], ["u2", 2024, "OGE_RUS", 20, 0],
    ["r1", 2023, "OGE_RUS", 20, 2], ["r1", 2024, "OGE_RUS", 10, 1],
    ["r2", 2024, "OGE_RUS", 10, 3],
  ]).map((r) => ({ ...r, locality: r.schoolId.startsWith("u") ? ("urban" as const) : ("rural" as const), group: r.schoolId === "u1" || r.schoolId === "r1" ? "500+ 2022" : "" }));
  const report = dynamicsReport(data, 2023, 2024);

  test("per-school dynamics over all nine assessments", () => {
    const u1 = report.schools.find((s) => s.schoolId === "u1")!;
    expect(Object.keys(u1.assessments)).toHaveLength(9);
    expect(u1.assessments.OGE_RUS).toBe("positive");
    expect(u1.assessments.VPR5_RUS).toBe("nodata");
    expect(report.schools.find((s) => s.schoolId === "r1")!.assessments.OGE_RUS).toBe("neutral");
  });

  test("shares of types per assessment, positive result = positive + zero, denominators include no data", () => {
    const d = report.summary.all.byAssessment.OGE_RUS;
    expect(d.counts).toEqual({ positive: 1, negative: 0, neutral: 1, zero: 1, nodata: 1 });
    expect(d.total).toBe(4);
    expect(d.positiveResult).toBe(2);
    expect(report.summary.byLocality.map((g) => [g.key, g.byAssessment.OGE_RUS.positiveResult, g.schools])).toEqual([["urban", 2, 2], ["rural", 0, 2]]);
    expect(report.summary.byGroup.map((g) => [g.key, g.schools])).toEqual([["500+ 2022", 2]]);
    expect(report.summary.notHeld.OGE_RUS).toEqual({ from: 1, to: 0 });
  });

  test("cluster transitions between two lists", () => {
    const t = rows([
      ["up", 2023, "OGE_RUS", 10, 6], ["up", 2023, "OGE_MATH", 10, 6], ["up", 2024, "OGE_RUS", 10, 3], ["up", 2024, "OGE_MATH", 10, 3],
      ["out", 2023, "OGE_RUS", 10, 3], ["out", 2023, "OGE_MATH", 10, 3], ["out", 2024, "OGE_RUS", 10, 0],
      ["new", 2024, "OGE_RUS", 10, 4], ["new", 2024, "OGE_MATH", 10, 4],
      ["same", 2023, "OGE_RUS", 10, 4], ["same", 2023, "OGE_MATH", 10, 4], ["same", 2024, "OGE_RUS", 10, 4], ["same", 2024, "OGE_MATH", 10, 4],
    ]);
    const r = clusterTransitions(t, 2023, 2024);
    expect(Object.fromEntries(r.schools.map((s) => [s.schoolId, s.move]))).toEqual({ up: "improved", out: "left", new: "entered", same: "unchanged" });
    expect(r.all).toMatchObject({ improved: 1, left: 1, positive: 2, unchanged: 1, worsened: 0, inEarlierList: 3, entered: 1 });
  });
});

describe("review fixes", () => {
  test("a school still ШНОР without a cluster (pooled share) has not left the list", () => {
    const t = rows([
      ["X", 2023, "OGE_RUS", 10, 5], ["X", 2023, "OGE_MATH", 10, 5],
      ["X", 2024, "OGE_RUS", 10, 3], ["X", 2024, "OGE_MATH", 10, 0],
    ]);
    const r = clusterTransitions(t, 2023, 2024, { clusterMethod: "pooled" });
    expect(r.schools[0]).toMatchObject({ before: "moderate", after: null, move: "improved", transition: "positive" });
    expect(r.all).toMatchObject({ improved: 1, left: 0, inEarlierList: 1 });
  });
});
