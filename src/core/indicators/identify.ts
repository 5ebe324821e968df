/**
 * The ШНОР list of one results year (METHODOLOGY §1–4): for every school of the aggregate table, the low
 * assessments of Y and Y−1 with their shares, both rules, the status, the zone of risk, the FIOKO cluster and
 * flags that explain what the result rests on. Results of year Y make the list named Y+1.
 */
import { sortSchools } from "../collections";
import { evaluatedAssessments, evaluatedId } from "../catalog/assessments";
import { type IdentifySettings, resolveSettings } from "../settings";
import type { AggregateRow, Locality } from "../table/aggregate";
import { type Cluster, clusterOf, clusterShare } from "./clusters";
import { type LowResult, lowResultEvaluator } from "./lowResult";
import { shnorStatus } from "./status";

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

export interface SchoolInfo {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  group: string;
}

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

type Counts = { participants: number; failed: number; fromPercent: boolean };

/** Per school: year → evaluated assessment id → summed counts (base+profile fold together in combined mode). */
export function indexRows(
  rows: readonly AggregateRow[],
  settings: IdentifySettings,
  onlyYears?: readonly number[],
): Map<string, { info: SchoolInfo; years: Map<number, Map<string, Counts>> }> {
  const enabled = new Set(settings.assessments);
  const wanted = onlyYears ? new Set(onlyYears) : undefined;
  const schools = new Map<string, { info: SchoolInfo; years: Map<number, Map<string, Counts>> }>();
  for (const r of rows) {
    let school = schools.get(r.schoolId);
    if (!school) {
      school = {
        info: { schoolId: r.schoolId, schoolName: r.schoolName, municipality: r.municipality, locality: r.locality, group: r.group },
        years: new Map(),
      };
      schools.set(r.schoolId, school);
    } else {
      const info = school.info;
      info.schoolName ||= r.schoolName;
      info.municipality ||= r.municipality;
      info.locality ??= r.locality;
      info.group ||= r.group;
    }
    if (!enabled.has(r.assessmentId) || (wanted && !wanted.has(r.year))) continue;
    let year = school.years.get(r.year);
    if (!year) school.years.set(r.year, (year = new Map()));
    const id = evaluatedId(r.assessmentId, settings.egeMathMode);
    const c = year.get(id) ?? { participants: 0, failed: 0, fromPercent: false };
    c.participants += r.participants;
    c.failed += r.failed;
    c.fromPercent ||= r.failedFromPercent;
    year.set(id, c);
  }
  return schools;
}

export function identify(rows: readonly AggregateRow[], resultsYear: number, overrides: Partial<IdentifySettings> = {}): IdentifyResult {
  const settings = resolveSettings(overrides);
  const assessments = evaluatedAssessments(settings.assessments, settings.egeMathMode);
  const bounds = { low: settings.lowShareThreshold, moderateFrom: settings.clusterModerateFrom, strongAbove: settings.clusterStrongAbove };
  const years = [resultsYear, resultsYear - 1];
  const evaluate = lowResultEvaluator(settings);
  const schools: SchoolIdentification[] = [];

  // Schools with rows only in other years stay in the list (with "no data" flags), hence all schools are indexed.
  for (const { info, years: byYear } of indexRows(rows, settings, years).values()) {
    const results: Record<string, AssessmentResult[]> = {};
    const low: Record<string, string[]> = {};
    const missing: Record<string, string[]> = {};
    const flags = new Set<SchoolFlag>();
    for (const y of years) {
      const counts = byYear.get(y);
      results[y] = [];
      low[y] = [];
      missing[y] = [];
      for (const a of assessments) {
        const c = counts?.get(a.id);
        if (!c || c.participants === 0) {
          missing[y].push(a.id);
          continue;
        }
        const r = evaluate(c.participants, c.failed);
        results[y].push({ assessmentId: a.id, ...r, failedFromPercent: c.fromPercent });
        if (r.low) low[y].push(a.id);
        if (r.smallSample) flags.add("small_sample");
        if (r.low === null) flags.add("below_min_participants");
        if (c.fromPercent) flags.add("failed_from_percent");
      }
    }
    if (!results[resultsYear].some((r) => r.low !== null)) flags.add("no_data_latest");
    if (!results[resultsYear - 1].some((r) => r.low !== null)) flags.add("no_data_previous");

    const status = shnorStatus(low[resultsYear], low[resultsYear - 1], settings.twoYearRule, settings.riskZoneExcludesShnor);
    const share = status.shnor ? clusterShare(results[resultsYear], settings.clusterMethod, settings.clusterScope) : null;
    const cluster = status.shnor ? clusterOf(share, bounds) : null;
    schools.push({
      ...info,
      ...status,
      cluster,
      clusterShare: share ? share.num / share.den : null,
      low,
      results,
      missing,
      flags: [...flags],
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
