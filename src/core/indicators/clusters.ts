/**
 * FIOKO clusters of ШНОР (METHODOLOGY §4): базово неуспевающие [30 %, 40 %), умеренно [40 %, 50 %],
 * сильно (50 %, 100 %]; the share is the maximum assessment share of year Y by default (pooled or mean as
 * options, over all or only the low assessments). Compared exactly on counts; below 30 % or not ШНОР → none.
 */
import { compareFractions, type Ratio, SHARE_EPSILON, shareAbove, shareAtLeast, toRatio } from "../ratio";
import type { ClusterMethod, ClusterScope } from "../settings";

export type Cluster = "basic" | "moderate" | "strong";

/** The Russian labels that worksheet functions return and reports show. */
export const CLUSTER_LABELS: Record<Cluster, string> = {
  basic: "базово неуспевающие",
  moderate: "умеренно неуспевающие",
  strong: "сильно неуспевающие",
};

export const CLUSTER_SEVERITY: Record<Cluster, number> = { basic: 1, moderate: 2, strong: 3 };

/** A share as an exact fraction: numerator / denominator (denominator > 0). */
export interface Fraction {
  num: number;
  den: number;
}

export interface ClusterBounds {
  low: number;
  moderateFrom: number;
  strongAbove: number;
}

export const DEFAULT_CLUSTER_BOUNDS: ClusterBounds = { low: 0.3, moderateFrom: 0.4, strongAbove: 0.5 };

export interface CountCell {
  participants: number;
  failed: number;
  low: boolean | null;
}

/**
 * The cluster share of a school: `max` over assessment shares, `pooled` ΣF/ΣN, or `mean` of shares, over the
 * evaluated assessments (`all`) or only the low ones (`low`). Null when no assessment qualifies.
 */
export function clusterShare(cells: readonly CountCell[], method: ClusterMethod = "max", scope: ClusterScope = "all"): Fraction | null {
  const used = cells.filter((c) => c.participants > 0 && c.low !== null && (scope === "all" || c.low));
  if (used.length === 0) return null;
  if (method === "pooled") {
    return { num: used.reduce((s, c) => s + c.failed, 0), den: used.reduce((s, c) => s + c.participants, 0) };
  }
  if (method === "mean") {
    // Mean of fractions as one fraction over the common product would overflow; a float mean is exact enough
    // for shares of whole students (denominators < 10^6) and is compared with a relative tolerance below.
    const mean = used.reduce((s, c) => s + c.failed / c.participants, 0) / used.length;
    return { num: mean, den: 1 };
  }
  let best = used[0];
  for (const c of used) if (compareFractions(c.failed, c.participants, best.failed, best.participants) > 0) best = c;
  return { num: best.failed, den: best.participants };
}

/** The cluster of a share; null below the low threshold. */
export function clusterOf(share: Fraction | null, bounds: ClusterBounds = DEFAULT_CLUSTER_BOUNDS): Cluster | null {
  if (!share || share.den <= 0) return null;
  // Counts compare exactly; a share given as a number compares with the tolerance STATUS uses, so a school that is
  // ШНОР by its shares always has a cluster.
  const atLeast = (r: Ratio) => (Number.isInteger(share.num) ? shareAtLeast(share.num, share.den, r) : share.num / share.den >= r.p / r.q - SHARE_EPSILON);
  const above = (r: Ratio) => (Number.isInteger(share.num) ? shareAbove(share.num, share.den, r) : share.num / share.den > r.p / r.q + SHARE_EPSILON);
  if (!atLeast(toRatio(bounds.low))) return null;
  if (above(toRatio(bounds.strongAbove))) return "strong";
  if (atLeast(toRatio(bounds.moderateFrom))) return "moderate";
  return "basic";
}

export type ClusterTransition = "positive" | "negative" | "neutral" | "entered" | "none";

/**
 * Dynamics between two lists (seed 004): to a less severe cluster or out of the list → positive; to a more
 * severe one → negative; same → neutral; not in the earlier list and in the later → entered; in neither → none.
 */
export function clusterTransition(before: Cluster | null, after: Cluster | null): ClusterTransition {
  if (before === null) return after === null ? "none" : "entered";
  if (after === null) return "positive";
  const d = CLUSTER_SEVERITY[after] - CLUSTER_SEVERITY[before];
  return d < 0 ? "positive" : d > 0 ? "negative" : "neutral";
}

/**
 * The cluster of a school from its assessment shares of year Y given as numbers (blanks = not evaluated):
 * `max` or `mean` of the shares; `pooled` needs counts and is not possible from shares.
 */
export function clusterOfShares(shares: readonly number[], method: "max" | "mean", bounds: ClusterBounds = DEFAULT_CLUSTER_BOUNDS): Cluster | null {
  if (shares.length === 0) return null;
  const value = method === "max" ? Math.max(...shares) : shares.reduce((s, x) => s + x, 0) / shares.length;
  return clusterOf({ num: value, den: 1 }, bounds);
}
