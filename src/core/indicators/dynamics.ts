/**
 * Dynamics of one assessment between two years (METHODOLOGY §5, Yaroslavl typology of seed 004), with
 * a = share(Y−1), b = share(Y) compared exactly by cross-multiplication: positive b < a; negative b > a;
 * neutral b = a ≠ 0; zero a = b = 0 («0 % за 2 года»); nodata when either year has no participants.
 */
import { compareFractions } from "../ratio";

export type DynamicsType = "positive" | "negative" | "neutral" | "zero" | "nodata";

export const DYNAMICS_TYPES: readonly DynamicsType[] = ["positive", "negative", "neutral", "zero", "nodata"];

/** The Russian labels that worksheet functions return and reports show. */
export const DYNAMICS_LABELS: Record<DynamicsType, string> = {
  positive: "положительная",
  negative: "отрицательная",
  neutral: "нейтральная",
  zero: "0% за 2 года",
  nodata: "нет данных",
};

export interface Counts {
  participants: number;
  failed: number;
}

export function assessmentDynamics(previous: Counts | null | undefined, current: Counts | null | undefined): DynamicsType {
  if (!previous || !current || previous.participants <= 0 || current.participants <= 0) return "nodata";
  if (previous.failed === 0 && current.failed === 0) return "zero";
  const c = compareFractions(current.failed, current.participants, previous.failed, previous.participants);
  return c < 0 ? "positive" : c > 0 ? "negative" : "neutral";
}

/** Dynamics of two shares given as numbers (for the DYNAMICS worksheet function); null = no data. */
export function shareDynamics(previous: number | null, current: number | null, epsilon = 1e-9): DynamicsType {
  if (previous === null || current === null) return "nodata";
  if (Math.abs(previous) <= epsilon && Math.abs(current) <= epsilon) return "zero";
  if (Math.abs(current - previous) <= epsilon) return "neutral";
  return current < previous ? "positive" : "negative";
}

/** «Положительный результат» = positive + «0 % за 2 года». */
export function isPositiveResult(t: DynamicsType): boolean {
  return t === "positive" || t === "zero";
}
