/** The methodology settings as command-line options, shared by every command that identifies. */
import type { Command } from "commander";
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings } from "../core/settings";
import { UsageError } from "./context";

export function addSettingsOptions(cmd: Command): Command {
  const d = DEFAULT_IDENTIFY_SETTINGS;
  return cmd
    .option("--threshold <share>", `low-result threshold, a share (default ${d.lowShareThreshold})`)
    .option("--min-participants <n>", `fewer participants → not evaluated (default ${d.minParticipants})`)
    .option("--small-sample <n>", `small-sample warning below n participants (default ${d.smallSampleWarnBelow})`)
    .option("--two-year-rule <rule>", `any | same (default ${d.twoYearRule})`)
    .option("--ege-math <mode>", `separate | combined (default ${d.egeMathMode})`)
    .option("--cluster-method <method>", `max | pooled | mean (default ${d.clusterMethod})`)
    .option("--cluster-scope <scope>", `all | low (default ${d.clusterScope})`)
    .option("--assessments <ids>", "comma-separated assessment ids (default: the nine of order No. 847; add VPR4_RUS, VPR7_MATH, …)")
    .option("--risk-zone-includes-shnor", "count ШНОР with exactly one low assessment in the zone of risk too");
}

function num(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n)) throw new UsageError(`${option} ${value}: a number was expected`);
  return n;
}

export function settingsFrom(o: Record<string, string | boolean | undefined>): Partial<IdentifySettings> {
  const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
  return {
    lowShareThreshold: num(str("threshold"), "--threshold"),
    minParticipants: num(str("minParticipants"), "--min-participants"),
    smallSampleWarnBelow: num(str("smallSample"), "--small-sample"),
    twoYearRule: str("twoYearRule") as IdentifySettings["twoYearRule"] | undefined,
    egeMathMode: str("egeMath") as IdentifySettings["egeMathMode"] | undefined,
    clusterMethod: str("clusterMethod") as IdentifySettings["clusterMethod"] | undefined,
    clusterScope: str("clusterScope") as IdentifySettings["clusterScope"] | undefined,
    assessments: str("assessments")?.split(",").map((s) => s.trim().toUpperCase()).filter(Boolean),
    riskZoneExcludesShnor: o.riskZoneIncludesShnor ? false : undefined,
  };
}

export function year(value: string | undefined, option: string): number {
  const y = Number(value);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new UsageError(`${option} ${value ?? ""}: a year such as 2024 was expected`);
  return y;
}
