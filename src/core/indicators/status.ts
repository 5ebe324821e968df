/**
 * ШНОР status (METHODOLOGY §3): with L(y) the low assessments of year y and Y the latest results year,
 * rule1 = |L(Y)| ≥ 2; rule2 = |L(Y)| ≥ 1 and |L(Y−1)| ≥ 1 (or, with `same`, one assessment low in both years);
 * ШНОР = rule1 or rule2. Zone of risk (Tomsk, §8.3): exactly one low assessment in Y and not ШНОР.
 */
import type { TwoYearRule } from "../settings";

export interface StatusResult {
  rule1: boolean;
  rule2: boolean;
  shnor: boolean;
  /** Exactly one low assessment in Y (and, when `riskZoneExcludesShnor`, not ШНОР). */
  riskZone: boolean;
}

export function shnorStatus(
  lowLatest: readonly string[],
  lowPrevious: readonly string[],
  twoYearRule: TwoYearRule = "any",
  riskZoneExcludesShnor = true,
): StatusResult {
  const rule1 = lowLatest.length >= 2;
  const rule2 = twoYearRule === "same"
    ? lowLatest.some((id) => lowPrevious.includes(id))
    : lowLatest.length >= 1 && lowPrevious.length >= 1;
  const shnor = rule1 || rule2;
  const riskZone = lowLatest.length === 1 && !(riskZoneExcludesShnor && shnor);
  return { rule1, rule2, shnor, riskZone };
}
