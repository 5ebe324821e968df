/**
 * ШНОР status (METHODOLOGY §3): with L(y) the low assessments of year y and Y the latest results year,
 * rule1 = |L(Y)| ≥ 2; rule2 = |L(Y)| ≥ 1 and |L(Y−1)| ≥ 1 (or, with `same`, one assessment low in both years);
 * ШНОР = rule1 or rule2. Zone of risk (Tomsk, §8.3): exactly one low assessment in Y and not ШНОР.
 */
import { SHARE_EPSILON } from "../ratio";
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

/**
 * A share given as a number (a worksheet cell) is low when it reaches the threshold; a tolerance of 1e-9 absorbs
 * float noise such as 0.1 + 0.2, so exactly 30 % stays low as the methodology requires.
 */
export function isLowShare(share: number, threshold = 0.3): boolean {
  return share >= threshold - SHARE_EPSILON;
}

/**
 * ШНОР status from shares laid out by assessment (position k is the same assessment in both years; null = not
 * evaluated): the form the STATUS worksheet function takes.
 */
export function shnorStatusFromShares(
  latest: readonly (number | null)[],
  previous: readonly (number | null)[],
  threshold = 0.3,
  twoYearRule: TwoYearRule = "any",
): StatusResult {
  const lowIds = (shares: readonly (number | null)[]) => shares.flatMap((s, k) => (s !== null && isLowShare(s, threshold) ? [String(k)] : []));
  return shnorStatus(lowIds(latest), lowIds(previous), twoYearRule);
}
