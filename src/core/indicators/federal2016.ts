/**
 * Identification criteria of the 2016 federal programme (ФЦПРО 2016–2020, «Методические рекомендации по заполнению
 * заявок», reproduced in seed 001; METHODOLOGY §9, domain-notes §8.2):
 * ШНРО — «25 % школ с самыми низкими результатами ЕГЭ, ОГЭ и ВПР за последний учебный год»; «расхождение между
 * средним баллом … по региону и средним баллом школы составляет более 20 баллов»; «0,5 % и ниже учащихся за последние
 * 3 года, принимавших участие в региональных и всероссийских олимпиадах и конкурсах».
 * ШФНСУ — «25 % школ с низким индексом социального благополучия»; schools in hard-to-reach settlements or where the
 * unemployment rate is «существенно выше» the region's (≥ k × region, k = 1.5).
 * Every comparison is exact on decimals (TV-9: a gap of exactly 20 is not «более 20»; 0,5 % is «0,5 % и ниже»).
 */
import { compareRu } from "../collections";
import { ShnorError, type Problem } from "../errors";
import { toRatio } from "../ratio";
import { SCHOOL_TOTALS } from "../table/aggregate";
import { errorSince, openTable, type OpenTableOptions, readRows, readTable, readYesNo, type TableFrame, type TableRead } from "../table/frame";
import type { FieldSpec } from "../table/headers";
import type { SourceLike } from "../table/source";
import { component, computeCompositeIndex, type IndexInputRow, oneRowPerSchool, resolveCompositeSettings, schoolFields } from "./compositeIndex";
import { definedOnly } from "../collections";
import { riskZone, type RiskZoneResult, type TieRule } from "./riskZone";
import { toScaledIntegers } from "./scoreThresholds";

/** A school mean on its scale: ЕГЭ test points (gap in points) or any other scale (gap in percent of `maxScore`). */
export interface FederalMeanCell {
  /** What the mean is of, e.g. «ЕГЭ русский язык» or «ВПР 5 математика»; one cell per procedure and school. */
  procedure: string;
  schoolMean: number;
  regionMean: number;
  /** Required unless the scale is 100-point: the gap is converted to percent of max (domain-notes §8.2). */
  maxScore: number | null;
  scale: "test100" | "points";
}

export interface FederalSchoolInput {
  schoolId: string;
  schoolName: string;
  municipality: string;
  /** School means of the latest year (for the results composite and the gap). */
  means: FederalMeanCell[];
  /** A results composite given by the user (e.g. a regional rating, higher = better); replaces the computed one. */
  resultsComposite: number | null;
  /** Unique participants of regional and all-Russian olympiads and contests over the last 3 years. */
  olympiadParticipants: number | null;
  /** Enrolment of each of the 3 years (1–3 values; their mean is the denominator). */
  enrolment: number[];
  /** ИСБШ of the school (e.g. from assessSocialIndex). */
  socialIndex: number | null;
  hardToReach: boolean | null;
  /** Share of unemployed in the school's settlement (0..1 or percent, the same unit as the region's). */
  settlementUnemployment: number | null;
  row?: number;
}

export type GapRule = "any" | "mean";

export interface Federal2016Settings {
  /** The bottom share for the results composite and for ИСБШ (default 0.25). */
  bottomQuantile: number;
  tieRule: TieRule;
  /** «более 20 баллов»: strict. */
  gapThreshold: number;
  /** `any` (default): some procedure's gap exceeds the threshold; `mean`: the mean of the gaps does. */
  gapRule: GapRule;
  /** «0,5 % и ниже»: inclusive. */
  olympiadThreshold: number;
  /** «существенно выше средних по региону»: settlement ≥ k × region (k = 1.5, Low confidence). */
  unemploymentFactor: number;
  /** The region's unemployment rate (same unit as the settlements'); null → the flag is not evaluated. */
  regionUnemployment: number | null;
  /** How many of the three ШНРО criteria make a ШНРО (default 1: any). */
  shnroMinCriteria: number;
}

export const DEFAULT_FEDERAL2016_SETTINGS: Federal2016Settings = {
  bottomQuantile: 0.25, tieRule: "include", gapThreshold: 20, gapRule: "any", olympiadThreshold: 0.005, unemploymentFactor: 1.5, regionUnemployment: null, shnroMinCriteria: 1,
};

export function resolveFederal2016Settings(overrides: Partial<Federal2016Settings> = {}): Federal2016Settings {
  const s = { ...DEFAULT_FEDERAL2016_SETTINGS, ...definedOnly(overrides) };
  const bad = (setting: string, value: unknown, expected: string) => new ShnorError("setting_invalid", { setting, value: String(value), expected });
  if (!(s.bottomQuantile > 0 && s.bottomQuantile < 1)) throw bad("bottomQuantile", s.bottomQuantile, "0 < x < 1");
  if (!Number.isFinite(s.gapThreshold) || s.gapThreshold < 0) throw bad("gapThreshold", s.gapThreshold, "≥ 0");
  if (s.gapRule !== "any" && s.gapRule !== "mean") throw bad("gapRule", s.gapRule, "any | mean");
  if (!(s.olympiadThreshold >= 0 && s.olympiadThreshold <= 1)) throw bad("olympiadThreshold", s.olympiadThreshold, "0 ≤ x ≤ 1");
  if (!(s.unemploymentFactor > 0)) throw bad("unemploymentFactor", s.unemploymentFactor, "> 0");
  if (s.regionUnemployment !== null && !(s.regionUnemployment >= 0)) throw bad("regionUnemployment", s.regionUnemployment, "≥ 0");
  if (![1, 2, 3].includes(s.shnroMinCriteria)) throw bad("shnroMinCriteria", s.shnroMinCriteria, "1 | 2 | 3");
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// The single criteria (TV-9)

export interface GapCell {
  procedure: string;
  /** regionMean − schoolMean, in points (100-point scale) or in percent of max. */
  gap: number;
  exceeds: boolean;
}

/** The gap of one cell: `region − school > threshold` exactly; other scales as `100·(region − school)/max > threshold`. */
export function gapOf(cell: FederalMeanCell, threshold: number): GapCell {
  if (cell.scale === "test100") {
    const { ints: [r, s, t] } = toScaledIntegers([cell.regionMean, cell.schoolMean, threshold]);
    return { procedure: cell.procedure, gap: cell.regionMean - cell.schoolMean, exceeds: r - s > t };
  }
  if (cell.maxScore === null || !(cell.maxScore > 0)) throw new ShnorError("ctx_max_score_required", { procedure: cell.procedure });
  // 100·(r − s)/max > t with every number scaled by 10^d: 100·(R − S)·10^d > T·M.
  const { ints: [r, s, t, m], scale } = toScaledIntegers([cell.regionMean, cell.schoolMean, threshold, cell.maxScore]);
  return { procedure: cell.procedure, gap: (100 * (cell.regionMean - cell.schoolMean)) / cell.maxScore, exceeds: 100 * (r - s) * scale > t * m };
}

/** Olympiad participation over 3 years against the mean enrolment: `k·P / ΣE ≤ threshold`, exactly. */
export function olympiadShare(participants: number, enrolment: readonly number[], threshold: number): { share: number | null; low: boolean | null } {
  if (!Number.isInteger(participants) || participants < 0) throw new ShnorError("count_not_natural", { field: "olympiadParticipants", value: participants });
  for (const e of enrolment) if (!Number.isInteger(e) || e < 0) throw new ShnorError("count_not_natural", { field: "enrolment", value: e });
  const total = enrolment.reduce((a, b) => a + b, 0);
  if (enrolment.length === 0 || total === 0) return { share: null, low: null };
  const k = enrolment.length;
  const { p, q } = toRatio(threshold);
  return { share: (k * participants) / total, low: q * k * participants <= p * total };
}

/** settlement ≥ k × region, exactly on decimals. */
export function highUnemployment(settlement: number, region: number, factor: number): boolean {
  const { ints: [u, r, k], scale } = toScaledIntegers([settlement, region, factor]);
  return u * scale >= k * r;
}

// ---------------------------------------------------------------------------------------------------------------
// All criteria for a set of schools

export interface FederalSchoolResult {
  schoolId: string;
  schoolName: string;
  municipality: string;
  /** The results composite (T-scale of the mean z of school means, or the user's value). */
  composite: number | null;
  lowResults: boolean | null;
  gaps: GapCell[];
  largeGap: boolean | null;
  olympiadShare: number | null;
  lowOlympiad: boolean | null;
  /** ШНРО criteria met (0–3) and the verdict with `shnroMinCriteria`; null when undecidable for missing data. */
  shnroCriteria: number;
  shnro: boolean | null;
  socialIndex: number | null;
  lowSocialIndex: boolean | null;
  hardToReach: boolean | null;
  highUnemployment: boolean | null;
  /** Social or territorial ШФНСУ. */
  shnsu: boolean | null;
}

export interface Federal2016Result {
  settings: Federal2016Settings;
  /** How the composite was obtained: the user's values, or the mean z of school means per procedure. */
  compositeSource: "user" | "meanZ";
  resultsZone: RiskZoneResult;
  socialZone: RiskZoneResult;
  schools: FederalSchoolResult[];
  problems: Problem[];
}

/** Any true → true; else any null → null; else false. */
function anyOf(flags: readonly (boolean | null)[]): boolean | null {
  if (flags.some((f) => f === true)) return true;
  return flags.some((f) => f === null) ? null : false;
}

/**
 * The results composite: the user's when every school has one; else the composite-index machinery over the school
 * means, one +1 component per procedure, each standardized over the schools that have it (not every school has ЕГЭ),
 * each school scored on the procedures it has (domain-notes §8.2: «mean z of school means»).
 */
function resultsComposites(schools: readonly FederalSchoolInput[]): { values: Map<string, number | null>; source: "user" | "meanZ" } {
  if (schools.length > 0 && schools.every((s) => s.resultsComposite !== null)) {
    return { values: new Map(schools.map((s) => [s.schoolId, s.resultsComposite])), source: "user" };
  }
  const procedures = [...new Set(schools.flatMap((s) => s.means.map((m) => m.procedure)))].sort(compareRu);
  if (procedures.length === 0) return { values: new Map(schools.map((s) => [s.schoolId, null])), source: "meanZ" };
  const components = procedures.map((p, i) => component(`P${i}`, p, 1, { unit: "number" }));
  const rows: IndexInputRow[] = schools.map((s) => ({
    schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: null, year: null,
    values: Object.fromEntries(components.map((c) => [c.key, s.means.find((m) => m.procedure === c.label)?.schoolMean ?? null])),
  }));
  const settings = resolveCompositeSettings(components, { missing: "meanOfAvailable", minComponents: 1, reference: "perComponent" });
  const result = computeCompositeIndex(rows, settings);
  return { values: new Map(result.schools.map((s) => [s.schoolId, s.index])), source: "meanZ" };
}

function checkInputs(schools: readonly FederalSchoolInput[]): void {
  const seen = new Set<string>();
  for (const s of schools) {
    if (seen.has(s.schoolId)) throw new ShnorError("ctx_school_duplicate", { school: s.schoolId });
    seen.add(s.schoolId);
    const procs = new Set<string>();
    for (const m of s.means) {
      if (procs.has(m.procedure)) throw new ShnorError("ctx_mean_duplicate", { school: s.schoolId, procedure: m.procedure });
      procs.add(m.procedure);
    }
  }
}

export function assessFederal2016(schools: readonly FederalSchoolInput[], overrides: Partial<Federal2016Settings> = {}): Federal2016Result {
  const s = resolveFederal2016Settings(overrides);
  checkInputs(schools);
  const { values: composites, source } = resultsComposites(schools);
  const zone = (value: (x: FederalSchoolInput) => number | null) =>
    riskZone(schools.map((x) => ({ id: x.schoolId, municipality: x.municipality, value: value(x) })), { quantile: s.bottomQuantile, tieRule: s.tieRule });
  const resultsZone = zone((x) => composites.get(x.schoolId) ?? null);
  const socialZone = zone((x) => x.socialIndex);
  const problems: Problem[] = [];
  if (s.regionUnemployment === null && schools.some((x) => x.settlementUnemployment !== null)) problems.push({ code: "ctx_region_unemployment_missing", severity: "warning", params: {} });
  const out = schools.map((x) => schoolCriteria(x, s, composites.get(x.schoolId) ?? null, resultsZone, socialZone));
  out.sort((a, b) => compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId));
  return { settings: s, compositeSource: source, resultsZone, socialZone, schools: out, problems };
}

function schoolCriteria(x: FederalSchoolInput, s: Federal2016Settings, composite: number | null, resultsZone: RiskZoneResult, socialZone: RiskZoneResult): FederalSchoolResult {
  const gaps = x.means.map((m) => gapOf(m, s.gapThreshold));
  const largeGap = gaps.length === 0 ? null : s.gapRule === "any" ? gaps.some((g) => g.exceeds) : gaps.reduce((a, g) => a + g.gap, 0) / gaps.length > s.gapThreshold + 1e-9;
  const olympiad = x.olympiadParticipants === null ? { share: null, low: null } : olympiadShare(x.olympiadParticipants, x.enrolment, s.olympiadThreshold);
  const lowResults = resultsZone.inZone.get(x.schoolId) ?? null;
  const criteria = [lowResults, largeGap, olympiad.low];
  const met = criteria.filter((c) => c === true).length;
  const unknown = criteria.filter((c) => c === null).length;
  const shnro = met >= s.shnroMinCriteria ? true : met + unknown >= s.shnroMinCriteria ? null : false;
  const unemployment = x.settlementUnemployment === null || s.regionUnemployment === null ? null : highUnemployment(x.settlementUnemployment, s.regionUnemployment, s.unemploymentFactor);
  const lowSocialIndex = socialZone.inZone.get(x.schoolId) ?? null;
  return {
    schoolId: x.schoolId, schoolName: x.schoolName, municipality: x.municipality, composite, lowResults, gaps, largeGap,
    olympiadShare: olympiad.share, lowOlympiad: olympiad.low, shnroCriteria: met, shnro, socialIndex: x.socialIndex, lowSocialIndex,
    hardToReach: x.hardToReach, highUnemployment: unemployment, shnsu: anyOf([lowSocialIndex, x.hardToReach, unemployment]),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading: a per-school table and a table of means

export const FEDERAL_SCHOOL_FIELDS: readonly FieldSpec[] = [
  ...schoolFields().filter((f) => f.key !== "year" && f.key !== "locality"),
  { key: "composite", required: false, aliases: ["композитный показатель результатов", "рейтинг результатов", "интегральный показатель результатов", "results composite"] },
  { key: "olympiad_participants", required: false, aliases: ["участники олимпиад", "участники олимпиад за 3 года", "олимпиады и конкурсы", "olympiad participants"] },
  { key: "enrolment_1", required: false, aliases: ["контингент год 1", "численность обучающихся год 1", "контингент 1", "enrolment 1"] },
  { key: "enrolment_2", required: false, aliases: ["контингент год 2", "численность обучающихся год 2", "контингент 2", "enrolment 2"] },
  { key: "enrolment_3", required: false, aliases: ["контингент год 3", "численность обучающихся год 3", "контингент 3", "enrolment 3"] },
  { key: "social_index", required: false, aliases: ["исбш", "индекс социального благополучия", "social index"] },
  { key: "hard_to_reach", required: false, aliases: ["труднодоступный населенный пункт", "труднодоступный нп", "труднодоступность", "hard to reach"] },
  { key: "unemployment", required: false, aliases: ["доля безработных", "безработица в населенном пункте", "уровень безработицы", "unemployment"] },
];

export const FEDERAL_MEANS_FIELDS: readonly FieldSpec[] = [
  ...schoolFields().filter((f) => f.key === "school_id"),
  { key: "procedure", required: true, aliases: ["оценочная процедура", "процедура", "экзамен и предмет", "procedure"] },
  { key: "school_mean", required: true, aliases: ["средний балл оо", "средний балл школы", "средний балл", "school mean"] },
  { key: "region_mean", required: true, aliases: ["средний балл по региону", "средний балл региона", "region mean"] },
  { key: "max_score", required: false, aliases: ["максимальный балл", "макс балл", "max score"] },
];

export interface FederalTable extends TableRead {
  schools: FederalSchoolInput[];
}

/** Reads the per-school table (any criterion's columns may be absent: that criterion is then not evaluated). */
export function readFederalSchoolTable(source: SourceLike, options: OpenTableOptions = {}): FederalTable {
  const opened = openTable(source, FEDERAL_SCHOOL_FIELDS, options, SCHOOL_TOTALS);
  const { rows: schools, ...read } = readTable(opened, (f) => readRows(f, (r) => readFederalSchool(f, r), oneRowPerSchool(f)));
  return { schools, ...read };
}

function readFederalSchool(f: TableFrame, r: number): FederalSchoolInput {
  const num = (key: string) => f.cells.number(f.get(r, key), f.at(r, key));
  const count = (key: string) => f.cells.count(f.get(r, key), f.at(r, key));
  const schoolId = f.requiredText(r, "school_id");
  const enrolment = ["enrolment_1", "enrolment_2", "enrolment_3"].map(count).filter((v): v is number => v !== null);
  return {
    schoolId, schoolName: f.text(r, "school_name"), municipality: f.text(r, "municipality"), means: [],
    resultsComposite: num("composite"), olympiadParticipants: count("olympiad_participants"), enrolment,
    socialIndex: num("social_index"), hardToReach: readYesNo(f.get(r, "hard_to_reach"), f.cells, f.at(r, "hard_to_reach")),
    settlementUnemployment: num("unemployment"), row: f.sheetRow(r),
  };
}

/**
 * Reads school × procedure means and attaches them to the schools (a school only in the means table is added). A
 * procedure named ЕГЭ with no maximum is on the 100-point scale; any other needs its maximum score.
 */
export function attachFederalMeans(schools: readonly FederalSchoolInput[], source: SourceLike, options: OpenTableOptions = {}): FederalTable {
  const byId = new Map(schools.map((s) => [s.schoolId, { ...s, means: [...s.means] }]));
  // The means only add to the schools: no rows of its own, and a table of only a header is no error.
  const { problems, headerRow, mapping } = readTable(openTable(source, FEDERAL_MEANS_FIELDS, options, ["school_id"]), (f) => {
    for (const r of f.rows) {
      const before = f.cells.problems.length;
      const schoolId = f.requiredText(r, "school_id");
      const procedure = f.requiredText(r, "procedure");
      const schoolMean = f.cells.number(f.get(r, "school_mean"), f.at(r, "school_mean"));
      const regionMean = f.cells.number(f.get(r, "region_mean"), f.at(r, "region_mean"));
      const maxScore = f.cells.number(f.get(r, "max_score"), f.at(r, "max_score"));
      const ege = /ЕГЭ|EGE|ГИА-11/i.test(procedure);
      if (maxScore === null && !ege && procedure !== "") f.cells.error("ctx_max_score_required", { procedure }, f.at(r, "max_score"));
      if (maxScore !== null && maxScore <= 0) f.cells.error("ctx_max_score_required", { procedure }, f.at(r, "max_score"));
      if (errorSince(f.cells.problems, before) || schoolMean === null || regionMean === null) continue;
      const school = byId.get(schoolId) ?? { schoolId, schoolName: "", municipality: "", means: [], resultsComposite: null, olympiadParticipants: null, enrolment: [], socialIndex: null, hardToReach: null, settlementUnemployment: null };
      if (school.means.some((m) => m.procedure === procedure)) {
        f.cells.error("ctx_mean_duplicate", { school: schoolId, procedure }, f.rowAt(r));
        continue;
      }
      school.means.push({ procedure, schoolMean, regionMean, maxScore, scale: ege && maxScore === null ? "test100" : "points" });
      byId.set(schoolId, school);
    }
    return [];
  });
  return { schools: [...byId.values()], problems, headerRow, mapping };
}
