/** One programme indicator as the summary shows it: n of m schools with positive dynamics against the minimum. */
import type { ProgrammeVerdict } from "../../../core/report/indicesAnalysis";
import type { DynamicsShare } from "../../../core/indicators/programmeShare";

export interface ProgrammeLine {
  index: "inr" | "imr" | "deviation";
  /** Seed-000 indicator number. */
  indicator: number;
  n: number;
  m: number;
  targetYear: number;
  /** Minimum share, or null when the programme sets none for the target year. */
  target: number | null;
  /** null: no target, or no schools. */
  met: boolean | null;
}

export function programmeLine(index: ProgrammeLine["index"], share: Pick<DynamicsShare, "n" | "m">, verdict: ProgrammeVerdict): ProgrammeLine {
  return { index, indicator: verdict.indicator, n: share.n, m: share.m, targetYear: verdict.targetYear, target: verdict.target, met: verdict.met };
}
