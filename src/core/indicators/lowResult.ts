/**
 * Low result of one assessment in one school (METHODOLOGY §2): `share = F/N`, low when `N >= minParticipants`
 * and `F/N >= threshold` (inclusive), compared on integers. `N = 0` is "not evaluated", never 0 %.
 */
import { ShnorError } from "../errors";
import { type Ratio, shareAtLeast, toRatio } from "../ratio";

export interface LowResultSettings {
  /** Share of failures from which a result is low (inclusive). Default 0.3. */
  lowShareThreshold: number;
  /** Fewer participants than this → not evaluated. Default 1 (the federal wording names no minimum). */
  minParticipants: number;
  /** Fewer participants than this → a small-sample warning. Default 5. */
  smallSampleWarnBelow: number;
}

export const DEFAULT_LOW_RESULT_SETTINGS: LowResultSettings = {
  lowShareThreshold: 0.3,
  minParticipants: 1,
  smallSampleWarnBelow: 5,
};

export interface LowResult {
  participants: number;
  failed: number;
  /** F/N, or null when there were no participants. */
  share: number | null;
  /** true / false, or null when not evaluated (no participants, or fewer than minParticipants). */
  low: boolean | null;
  smallSample: boolean;
  /** Failing students who would have to pass for the result to stop being low (0 when not low). */
  exitGap: number;
}

/** Checks that a count pair is usable; `what` names the arguments for the message. */
export function checkCounts(participants: number, failed: number): void {
  if (!Number.isInteger(participants) || participants < 0) {
    throw new ShnorError("count_not_natural", { field: "participants", value: participants });
  }
  if (!Number.isInteger(failed) || failed < 0) throw new ShnorError("count_not_natural", { field: "failed", value: failed });
  if (failed > participants) throw new ShnorError("failed_gt_participants", { failed, participants });
}

export function failShare(participants: number, failed: number): number | null {
  checkCounts(participants, failed);
  return participants === 0 ? null : failed / participants;
}

/**
 * The largest number of failures that is still below the threshold: `ceil(pN/q) - 1`, i.e. `floor((pN-1)/q)`.
 * For 30 %: `floor((3N-1)/10)`.
 */
function maxFailedBelow(participants: number, r: Ratio): number {
  return Math.floor((r.p * participants - 1) / r.q);
}

/** Failing students who would have to pass for the assessment to stop being low: `max(0, F - maxFailedBelow)`. */
export function exitGap(participants: number, failed: number, threshold = 0.3): number {
  checkCounts(participants, failed);
  if (participants === 0) return 0;
  return Math.max(0, failed - maxFailedBelow(participants, toRatio(threshold)));
}

export function lowResult(participants: number, failed: number, settings: LowResultSettings = DEFAULT_LOW_RESULT_SETTINGS): LowResult {
  return lowResultEvaluator(settings)(participants, failed);
}

/** `lowResult` for many cells under the same settings: the threshold is turned into a fraction once. */
export function lowResultEvaluator(settings: LowResultSettings): (participants: number, failed: number) => LowResult {
  const r = toRatio(settings.lowShareThreshold);
  return (participants, failed) => evaluate(participants, failed, r, settings);
}

function evaluate(participants: number, failed: number, r: Ratio, settings: LowResultSettings): LowResult {
  checkCounts(participants, failed);
  const evaluated = participants > 0 && participants >= settings.minParticipants;
  const low = evaluated ? shareAtLeast(failed, participants, r) : null;
  return {
    participants,
    failed,
    share: participants === 0 ? null : failed / participants,
    low,
    smallSample: participants > 0 && participants < settings.smallSampleWarnBelow,
    exitGap: low ? Math.max(0, failed - maxFailedBelow(participants, r)) : 0,
  };
}
