/**
 * Settings of the identification methodology (METHODOLOGY §1–5). Every threshold and rule is a setting with a
 * documented default; every result carries the settings that produced it, so a list can always be explained.
 */
import { DEFAULT_ASSESSMENT_IDS, type EgeMathMode, findAssessment } from "./catalog/assessments";
import { definedOnly } from "./collections";
import { ShnorError } from "./errors";
import { DEFAULT_LOW_RESULT_SETTINGS, type LowResultSettings } from "./indicators/lowResult";

export type TwoYearRule = "any" | "same";
export type ClusterMethod = "max" | "pooled" | "mean";
export type ClusterScope = "all" | "low";

export interface IdentifySettings extends LowResultSettings {
  /** Enabled assessment ids (default: the nine of order No. 847). */
  assessments: string[];
  egeMathMode: EgeMathMode;
  /** `any`: low in some assessment in each of the two years; `same`: in one and the same assessment. */
  twoYearRule: TwoYearRule;
  /** Which share defines the FIOKO cluster (default: the maximum assessment share of year Y). */
  clusterMethod: ClusterMethod;
  /** Over all evaluated assessments of year Y or only over the low ones (pooled/mean). */
  clusterScope: ClusterScope;
  /** Lower edge of «умеренно неуспевающие» (inclusive) and upper edge of it (inclusive); above → «сильно». */
  clusterModerateFrom: number;
  clusterStrongAbove: number;
  /** The zone of risk excludes schools that are already ШНОР (Tomsk reading: yes). */
  riskZoneExcludesShnor: boolean;
}

export const DEFAULT_IDENTIFY_SETTINGS: IdentifySettings = {
  ...DEFAULT_LOW_RESULT_SETTINGS,
  assessments: [...DEFAULT_ASSESSMENT_IDS],
  egeMathMode: "separate",
  twoYearRule: "any",
  clusterMethod: "max",
  clusterScope: "all",
  clusterModerateFrom: 0.4,
  clusterStrongAbove: 0.5,
  riskZoneExcludesShnor: true,
};

const ENUMS: Record<string, readonly string[]> = {
  egeMathMode: ["separate", "combined"],
  twoYearRule: ["any", "same"],
  clusterMethod: ["max", "pooled", "mean"],
  clusterScope: ["all", "low"],
};

/** Defaults overridden by the given values, checked: a bad setting is an error naming it. */
export function resolveSettings(overrides: Partial<IdentifySettings> = {}): IdentifySettings {
  const s: IdentifySettings = { ...DEFAULT_IDENTIFY_SETTINGS, ...definedOnly(overrides) };
  for (const [key, allowed] of Object.entries(ENUMS)) {
    const value = String(s[key as keyof IdentifySettings]);
    if (!allowed.includes(value)) throw new ShnorError("setting_invalid", { setting: key, value, expected: allowed.join(" | ") });
  }
  const shares: (keyof IdentifySettings)[] = ["lowShareThreshold", "clusterModerateFrom", "clusterStrongAbove"];
  for (const key of shares) {
    const v = s[key] as number;
    if (typeof v !== "number" || !(v > 0 && v <= 1)) throw new ShnorError("setting_invalid", { setting: key, value: String(v), expected: "0 < x ≤ 1" });
  }
  if (!(s.lowShareThreshold <= s.clusterModerateFrom && s.clusterModerateFrom <= s.clusterStrongAbove)) {
    throw new ShnorError("setting_invalid", { setting: "clusterModerateFrom", value: String(s.clusterModerateFrom), expected: "lowShareThreshold ≤ clusterModerateFrom ≤ clusterStrongAbove" });
  }
  for (const key of ["minParticipants", "smallSampleWarnBelow"] as const) {
    if (!Number.isInteger(s[key]) || s[key] < 0) throw new ShnorError("setting_invalid", { setting: key, value: String(s[key]), expected: "0, 1, 2, …" });
  }
  const unknown = s.assessments.filter((id) => !findAssessment(id));
  if (unknown.length > 0 || s.assessments.length === 0) {
    throw new ShnorError("setting_invalid", { setting: "assessments", value: unknown.join(", ") || "—", expected: "VPR5_RUS, …, EGE_MATH_PROF" });
  }
  return s;
}

