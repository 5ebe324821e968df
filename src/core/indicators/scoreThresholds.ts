/**
 * B_min and B_mid of the score indices (METHODOLOGY §6, domain-notes §3.2):
 *   B_min = min + 0.05·max,   B_mid = (B_min + top) / 2.
 * "Below B_min" is strict («ниже»), "at least B_mid" is inclusive («не ниже»). Both are decided on integers,
 * `100·score < 100·min + 5·max` and `200·score >= 100·min + 5·max + 100·top`, so the knife edges where B_min is a
 * whole number (ВПР 5 математика: 8, ВПР 4 математика: 7) never depend on floating-point noise.
 *
 * Scores and spec numbers need not be whole (half points such as 12.5 occur in regional scales): each comparison
 * scales its numbers by the smallest power of ten that makes all of them integers. In practice scores carry at most
 * two decimals; up to MAX_DECIMALS decimals are honoured exactly and anything finer (a formula's 12.3333333) is
 * rounded to MAX_DECIMALS decimals before comparing.
 */
import { ShnorError } from "../errors";

/** The three numbers of a score spec that the thresholds use (a `ScoreSpec` is one). */
export interface ScoreBounds {
  /** Lowest score of «3», or the minimum test score. */
  min: number;
  max: number;
  /** Score of high results (lower edge of «5», or 81 test points). */
  top: number;
}

export const MAX_DECIMALS = 6;

/** The fewest decimals (at most MAX_DECIMALS) with which `x` is written. */
export function decimalsOf(x: number): number {
  let f = 1;
  for (let d = 0; d < MAX_DECIMALS; d++, f *= 10) {
    const v = x * f;
    if (Math.abs(v - Math.round(v)) <= 1e-9 * Math.max(1, Math.abs(v))) return d;
  }
  return MAX_DECIMALS;
}

/** The numbers as integers at one common scale 10^d, with that scale. */
export function toScaledIntegers(xs: readonly number[]): { ints: number[]; scale: number } {
  const d = Math.max(0, ...xs.map(decimalsOf));
  const scale = 10 ** d;
  return { ints: xs.map((x) => Math.round(x * scale)), scale };
}

/** B_min = min + 0.05·max (for display; decisions use `isBelowBMin`). */
export function bMin(b: Pick<ScoreBounds, "min" | "max">): number {
  const { ints: [m, M], scale } = toScaledIntegers([b.min, b.max]);
  return (100 * m + 5 * M) / (100 * scale);
}

/** B_mid = (B_min + top)/2 (for display; decisions use `isMass`). */
export function bMid(b: ScoreBounds): number {
  const { ints: [m, M, t], scale } = toScaledIntegers([b.min, b.max, b.top]);
  return (100 * m + 5 * M + 100 * t) / (200 * scale);
}

/** score < B_min, exactly: `100·score < 100·min + 5·max`. */
export function isBelowBMin(score: number, b: Pick<ScoreBounds, "min" | "max">): boolean {
  const { ints: [s, m, M] } = toScaledIntegers([score, b.min, b.max]);
  return 100 * s < 100 * m + 5 * M;
}

/**
 * `isBelowBMin` for many scores against the same bounds: the bounds are scaled once, and whole scores (the usual
 * case) are compared without allocating; other scores take the general path.
 */
export function belowBMinTest(b: Pick<ScoreBounds, "min" | "max">): (score: number) => boolean {
  const { ints: [m, M], scale } = toScaledIntegers([b.min, b.max]);
  const limit = 100 * m + 5 * M;
  return (score) => (Number.isInteger(score) ? 100 * score * scale < limit : isBelowBMin(score, b));
}

/** score ≥ B_mid, exactly: `200·score >= 100·min + 5·max + 100·top`. */
export function isMass(score: number, b: ScoreBounds): boolean {
  const { ints: [s, m, M, t] } = toScaledIntegers([score, b.min, b.max, b.top]);
  return 200 * s >= 100 * m + 5 * M + 100 * t;
}

/**
 * For whole-number scores: the highest score that is still low (`ceil(B_min) − 1`), −1 when no score is low.
 * The "Low if score ≤" column of domain-notes §3.3.
 */
export function highestLowWholeScore(b: Pick<ScoreBounds, "min" | "max">): number {
  const { ints: [m, M], scale } = toScaledIntegers([b.min, b.max]);
  const n = 100 * m + 5 * M;
  return n <= 0 ? -1 : Math.floor((n - 1) / (100 * scale));
}

/** For whole-number scores: the lowest score that is mass (`ceil(B_mid)`). The "Mass if score ≥" column of §3.3. */
export function lowestMassWholeScore(b: ScoreBounds): number {
  const { ints: [m, M, t], scale } = toScaledIntegers([b.min, b.max, b.top]);
  return Math.ceil((100 * m + 5 * M + 100 * t) / (200 * scale));
}

/** Spec numbers must be finite, 0 ≤ min ≤ max, 0 < max and (when given) min ≤ top ≤ max. */
export function checkBounds(b: Pick<ScoreBounds, "min" | "max"> & { top?: number }): void {
  const top = b.top ?? b.max;
  const ok = [b.min, b.max, top].every(Number.isFinite) && b.min >= 0 && b.max > 0 && b.min <= b.max && b.min <= top && top <= b.max;
  if (!ok) throw new ShnorError("score_bounds_invalid", { min: b.min, max: b.max, top: b.top ?? "" });
}

/** Why a score cannot be used against its spec, or undefined when it can (0 ≤ score ≤ max). */
export function scoreProblem(score: number, b: Pick<ScoreBounds, "max">): "score_not_finite" | "score_negative" | "score_above_max" | undefined {
  if (!Number.isFinite(score)) return "score_not_finite";
  if (score < 0) return "score_negative";
  if (score > b.max) return "score_above_max";
  return undefined;
}
