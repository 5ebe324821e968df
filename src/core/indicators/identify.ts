/**
 * The ШНОР list of one results year (METHODOLOGY §1–4): for every school of the aggregate table, the low
 * assessments of Y and Y−1 with their shares, both rules, the status, the zone of risk, the FIOKO cluster and
 * flags that explain what the result rests on. Results of year Y make the list named Y+1.
 */
import { sortSchools } from "../collections";
import { type IdentifySettings, resolveSettings } from "../settings";
import type { AggregateRow } from "../table/aggregate";
import { type Cluster, clusterOf, clusterShare } from "./clusters";
import { type LowResult, lowResultEvaluator } from "./lowResult";
import { countSchools, FROM_PERCENT, PRESENT, type SchoolInfo } from "./schoolCounts";
import { shnorStatus } from "./status";

export type { SchoolInfo } from "./schoolCounts";

/** The low result of one assessment of the school (lowResult.ts). */
export interface AssessmentResult extends LowResult {
  assessmentId: string;
  failedFromPercent: boolean;
}

export type SchoolFlag =
  | "no_data_latest"
  | "no_data_previous"
  | "small_sample"
  | "below_min_participants"
  | "failed_from_percent";

export interface SchoolIdentification extends SchoolInfo {
  shnor: boolean;
  rule1: boolean;
  rule2: boolean;
  riskZone: boolean;
  cluster: Cluster | null;
  /** The share that set the cluster (by the chosen method), or null. */
  clusterShare: number | null;
  /** Low assessment ids by results year (Y and Y−1). */
  low: Record<string, string[]>;
  /** Every evaluated assessment of Y and Y−1 with its counts (assessments with no row are absent). */
  results: Record<string, AssessmentResult[]>;
  /** Enabled assessments with no participants, by year (schools without grade 11 have no ЕГЭ, etc.). */
  missing: Record<string, string[]>;
  flags: SchoolFlag[];
}

export interface IdentifySummary {
  schools: number;
  shnor: number;
  rule1Only: number;
  rule2Only: number;
  bothRules: number;
  riskZone: number;
  clusters: Record<Cluster, number>;
  noDataLatest: number;
}

export interface IdentifyResult {
  resultsYear: number;
  listYear: number;
  settings: IdentifySettings;
  schools: SchoolIdentification[];
  summary: IdentifySummary;
}

const FLAG_ORDER: readonly SchoolFlag[] = ["no_data_latest", "no_data_previous", "small_sample", "below_min_participants", "failed_from_percent"];
const flagBit = (f: SchoolFlag): number => 1 << FLAG_ORDER.indexOf(f);

export function identify(rows: readonly AggregateRow[], resultsYear: number, overrides: Partial<IdentifySettings> = {}): IdentifyResult {
  const settings = resolveSettings(overrides);
  const bounds = { low: settings.lowShareThreshold, moderateFrom: settings.clusterModerateFrom, strongAbove: settings.clusterStrongAbove };
  const years = [resultsYear, resultsYear - 1];
  const evaluate = lowResultEvaluator(settings);
  // Schools with rows only in other years stay in the list (with "no data" flags), hence all schools are counted.
  const counts = countSchools(rows, settings, years);
  const ids = counts.assessmentIds;
  const schools: SchoolIdentification[] = [];
  for (let s = 0; s < counts.schools.length; s++) {
    const results: Record<string, AssessmentResult[]> = {};
    const low: Record<string, string[]> = {};
    const missing: Record<string, string[]> = {};
    let flags = 0;
    for (let y = 0; y < years.length; y++) {
      const yearResults: AssessmentResult[] = [];
      const yearLow: string[] = [];
      const yearMissing: string[] = [];
      let evaluated = false;
      for (let a = 0; a < ids.length; a++) {
        const i = counts.cell(s, y, a);
        const participants = counts.participants[i];
        if (!(counts.flags[i] & PRESENT) || participants === 0) {
          yearMissing.push(ids[a]);
          continue;
        }
        const r = evaluate(participants, counts.failed[i]);
        const fromPercent = (counts.flags[i] & FROM_PERCENT) !== 0;
        yearResults.push({
          assessmentId: ids[a], participants: r.participants, failed: r.failed, share: r.share, low: r.low,
          smallSample: r.smallSample, exitGap: r.exitGap, failedFromPercent: fromPercent,
        });
        if (r.low) yearLow.push(ids[a]);
        if (r.low !== null) evaluated = true;
        else flags |= flagBit("below_min_participants");
        if (r.smallSample) flags |= flagBit("small_sample");
        if (fromPercent) flags |= flagBit("failed_from_percent");
      }
      if (!evaluated) flags |= flagBit(y === 0 ? "no_data_latest" : "no_data_previous");
      results[years[y]] = yearResults;
      low[years[y]] = yearLow;
      missing[years[y]] = yearMissing;
    }
    const status = shnorStatus(low[resultsYear], low[resultsYear - 1], settings.twoYearRule, settings.riskZoneExcludesShnor);
    const share = status.shnor ? clusterShare(results[resultsYear], settings.clusterMethod, settings.clusterScope) : null;
    const info = counts.schools[s];
    schools.push({
      schoolId: info.schoolId, schoolName: info.schoolName, municipality: info.municipality, locality: info.locality, group: info.group,
      rule1: status.rule1, rule2: status.rule2, shnor: status.shnor, riskZone: status.riskZone,
      cluster: status.shnor ? clusterOf(share, bounds) : null,
      clusterShare: share ? share.num / share.den : null,
      low,
      results,
      missing,
      flags: FLAG_ORDER.filter((f) => flags & flagBit(f)),
    });
  }
  sortSchools(schools);
  return { resultsYear, listYear: resultsYear + 1, settings, schools, summary: summarize(schools) };
}

function summarize(schools: readonly SchoolIdentification[]): IdentifySummary {
  const s: IdentifySummary = {
    schools: schools.length, shnor: 0, rule1Only: 0, rule2Only: 0, bothRules: 0, riskZone: 0,
    clusters: { basic: 0, moderate: 0, strong: 0 }, noDataLatest: 0,
  };
  for (const x of schools) {
    if (x.shnor) s.shnor++;
    if (x.rule1 && x.rule2) s.bothRules++;
    else if (x.rule1) s.rule1Only++;
    else if (x.rule2) s.rule2Only++;
    if (x.riskZone) s.riskZone++;
    if (x.cluster) s.clusters[x.cluster]++;
    if (x.flags.includes("no_data_latest")) s.noDataLatest++;
  }
  return s;
}
