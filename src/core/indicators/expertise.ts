/**
 * Expertise of roadmaps and programme documents (METHODOLOGY §11): level = points / maximum points over the
 * criteria of a rubric; a criterion scored above its maximum is an error.
 */
import { ShnorError } from "../errors";

export function expertiseLevel(points: readonly (number | null)[], maxPoints: readonly number[]): number | null {
  if (points.length !== maxPoints.length) throw new ShnorError("expertise_length", { points: points.length, max: maxPoints.length });
  let got = 0;
  let max = 0;
  points.forEach((p, i) => {
    const m = maxPoints[i];
    if (m < 0 || (p !== null && p < 0)) throw new ShnorError("cell_negative", { value: p !== null && p < 0 ? p : m });
    if (p !== null && p > m) throw new ShnorError("fn_points_gt_max", { points: p, max: m, index: i + 1 });
    got += p ?? 0;
    max += m;
  });
  return max > 0 ? got / max : null;
}
