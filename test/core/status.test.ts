import { shnorStatus } from "../../src/core/indicators/status";

describe("TV-2 ШНОР status (domain-notes §11)", () => {
  test.each([
    ["A", ["VPR5_RUS", "OGE_MATH"], [], true, false, true, true],
    ["B", ["VPR6_MATH"], ["EGE_RUS"], false, true, true, false],
    ["C", ["VPR6_MATH"], ["VPR6_MATH"], false, true, true, true],
    ["D", ["VPR6_MATH"], [], false, false, false, false],
    ["E", [], ["VPR5_RUS", "OGE_RUS"], false, false, false, false],
    ["F", [], ["OGE_MATH"], false, false, false, false],
  ])("school %s", (_, latest, previous, rule1, rule2, shnorAny, shnorSame) => {
    const any = shnorStatus(latest, previous, "any");
    expect([any.rule1, any.rule2, any.shnor]).toEqual([rule1, rule2, shnorAny]);
    expect(shnorStatus(latest, previous, "same").shnor).toBe(shnorSame);
  });

  test("D is in the zone of risk: one low assessment in Y and not ШНОР", () => {
    expect(shnorStatus(["VPR6_MATH"], []).riskZone).toBe(true);
    expect(shnorStatus(["VPR6_MATH"], ["EGE_RUS"]).riskZone).toBe(false);
    expect(shnorStatus(["VPR6_MATH"], ["EGE_RUS"], "any", false).riskZone).toBe(true);
    expect(shnorStatus(["VPR6_MATH", "OGE_RUS"], []).riskZone).toBe(false);
  });
});
