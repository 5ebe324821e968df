/**
 * Exact comparison of shares. Methodology thresholds are decimals (0.3, 0.25, 0.005); shares are counts F/N.
 * Turning the threshold into a fraction p/q lets every comparison be done on integers (`q*F >= p*N`), so 30 %
 * is exactly 30 % and never 29.999999 %.
 */

export interface Ratio {
  /** numerator */
  p: number;
  /** denominator, a power of ten */
  q: number;
}

/** The decimal threshold as p/q with q = 10^d, the fewest decimals that represent it (at most 9). */
export function toRatio(threshold: number): Ratio {
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError(`threshold ${threshold} is not a non-negative number`);
  let q = 1;
  for (let d = 0; d <= 9; d++, q *= 10) {
    const p = Math.round(threshold * q);
    if (Math.abs(p - threshold * q) < 1e-7 * Math.max(1, p)) return { p, q };
  }
  return { p: Math.round(threshold * 1e9), q: 1e9 };
}

/** `failed / participants >= threshold`, exactly. */
export function shareAtLeast(failed: number, participants: number, r: Ratio): boolean {
  return r.q * failed >= r.p * participants;
}

/** `failed / participants > threshold`, exactly. */
export function shareAbove(failed: number, participants: number, r: Ratio): boolean {
  return r.q * failed > r.p * participants;
}

/** Compares a/b with c/d exactly (b, d > 0): negative, zero or positive. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  return a * d - c * b;
}

/**
 * Tolerance for comparing a share that arrives as a floating-point number (a cell holding 0.3 or =6/20) with a
 * threshold: within 1e-9 counts as equal, so 0.1+0.2 is "at least 30 %" as a person would expect.
 */
export const SHARE_EPSILON = 1e-9;
