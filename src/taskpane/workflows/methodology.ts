/** Checks of the methodology settings the pane lets the user edit, as message keys for the settings form. */
import { type IdentifySettings, resolveSettings } from "../../core/settings";

export interface SettingProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** The low-result threshold lies in (0, lower edge of «умеренно неуспевающие»]; anything else the core refuses. */
export function thresholdProblem(s: IdentifySettings): SettingProblem | undefined {
  const upper = Math.round(s.clusterModerateFrom * 100);
  if (!(s.lowShareThreshold > 0 && s.lowShareThreshold <= s.clusterModerateFrom)) return { key: "wf_set_threshold_range", params: { max: upper } };
  return undefined;
}

export function methodologyProblems(s: IdentifySettings): SettingProblem[] {
  const threshold = thresholdProblem(s);
  if (threshold) return [threshold];
  if (!Number.isInteger(s.minParticipants) || s.minParticipants < 0) return [{ key: "wf_set_min_participants_invalid" }];
  try {
    resolveSettings(s);
    return [];
  } catch {
    return [{ key: "wf_set_invalid" }];
  }
}
