/**
 * The score indices of student results as one call, shared by `shnor indices` and the pane: ИНР/ИМР per school ×
 * procedure × grade, then the report analysis of year Y (region totals, dynamics Y − 1 → Y, programme shares).
 * The warnings are the computation's (a subject without a score spec), for the caller to show.
 */
import type { Problem } from "../errors";
import type { StudentScore } from "../table/students";
import { computeScoreIndices, type ScoreIndexResult, type ScoreIndexSettings } from "../indicators/scoreIndices";
import { analyseExactIndices, type AnalysisOptions, type ExactIndicesAnalysis } from "./indicesAnalysis";

export function analyseStudentIndices(
  rows: readonly StudentScore[],
  settings: Partial<ScoreIndexSettings>,
  options: AnalysisOptions,
): { analysis: ExactIndicesAnalysis; warnings: Problem[] } {
  const result = computeScoreIndices(rows, settings);
  return { analysis: analyseExactIndices(result, options), warnings: result.problems };
}

/** The same analysis of indices already computed (the streaming reader of `shnor indices` computes while reading). */
export function analyseComputedIndices(result: ScoreIndexResult, options: AnalysisOptions): { analysis: ExactIndicesAnalysis; warnings: Problem[] } {
  return { analysis: analyseExactIndices(result, options), warnings: result.problems };
}
