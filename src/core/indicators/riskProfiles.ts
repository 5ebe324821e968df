/**
 * «500+» risk profiles («рисковый профиль школы», METHODOLOGY §10, domain-notes §7, seed 004 school edu760152): the ten
 * fixed FIOKO risk factors, their significance per school imported as высокая / средняя / низкая (FIOKO computes it in
 * ИС МЭДК from questionnaires with an unpublished algorithm, so we never compute it), the seed's actions per level,
 * and the reports the programmes give: high risks per school, the share of schools with «высокая» per factor
 * (Yaroslavl «топ-5 рисков высокой значимости»), town vs village («в сельских школах на 15 % чаще…») and the schools
 * that left vs stayed in the ШНОР list (with the antirisk programmes, АРП, they carried out).
 */
import { compareRu } from "../collections";
import { type Location, ShnorError, type Problem } from "../errors";
import { compareFractions } from "../ratio";
import { type Locality, parseLocality } from "../table/aggregate";
import { errorSince, freeColumns, openTable, type OpenTableOptions, readYesNo, type TableFrame } from "../table/frame";
import { type ColumnMapping, type FieldSpec, normalizeHeader } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText } from "../values";
import { schoolFields } from "./compositeIndex";
import { definedOnly } from "../collections";

/** Our grouping of the factors under the seed's headings (domain-notes §7: Low confidence). */
export type RiskGroup = "resources" | "management" | "contingent" | "climate";

export interface RiskFactor {
  /** 1–10, the number in the FIOKO profile. */
  no: number;
  /** The FIOKO wording, verbatim (the codes of ИС МЭДК and of antirisk programmes). */
  title: string;
  group: RiskGroup;
}

const f = (no: number, title: string, group: RiskGroup): RiskFactor => ({ no, title, group });

/** The ten risk factors in the FIOKO order and wording (seed 004, edu760152). */
export const RISK_FACTORS: readonly RiskFactor[] = [
  f(1, "Низкий уровень оснащения школы", "resources"),
  f(2, "Дефицит педагогических кадров", "resources"),
  f(3, "Недостаточная предметная и методическая компетентность педагогических работников", "resources"),
  f(4, "Риски низкой адаптивности учебного процесса", "management"),
  f(5, "Несформированность внутришкольной системы повышения квалификации", "management"),
  f(6, "Высокая доля обучающихся с рисками учебной неуспешности", "contingent"),
  f(7, "Высокая доля обучающихся с ОВЗ", "contingent"),
  f(8, "Низкое качество преодоления языковых и культурных барьеров", "contingent"),
  f(9, "Пониженный уровень качества школьной образовательной и воспитательной среды", "climate"),
  f(10, "Низкий уровень вовлеченности родителей", "climate"),
];

export type Significance = "high" | "medium" | "low";
export const SIGNIFICANCES: readonly Significance[] = ["high", "medium", "low"];

/** «Значимость фактора риска в ОО», as in seed 004; domain labels, the same in every interface language. */
export const SIGNIFICANCE_LABELS: Record<Significance, string> = { high: "Высокая", medium: "Средняя", low: "Низкая" };

/** «Действия», verbatim from seed 004. */
export const SIGNIFICANCE_ACTIONS: Record<Significance, string> = {
  high: "требуется принятие мер",
  medium: "требуется дополнительная оценка ситуации куратором",
  low: "возможна дополнительная оценка ситуации куратором",
};

/** «высокая», «Высокий», «ВЫСОКАЯ значимость», «выс.», "high", «В» → high; likewise средняя / низкая. */
export function parseSignificance(text: unknown): Significance | undefined {
  const s = normalizeHeader(text).replace(/\s*значимост\S*\s*/g, " ").trim();
  if (/^(высок\S*|выс|в|high|h)$/.test(s)) return "high";
  if (/^(средн\S*|сред|ср|с|medium|moderate|m)$/.test(s)) return "medium";
  if (/^(низк\S*|низ|н|low|l)$/.test(s)) return "low";
  return undefined;
}

const TITLE_INDEX = new Map(RISK_FACTORS.map((x) => [normalizeHeader(x.title), x]));

/**
 * A factor from a header or a cell: its number («1», «1.», «Фактор 1», «Риск № 1», "risk 1"), its title (any case,
 * quotes and punctuation ignored), or the number followed by the title («1. Низкий уровень оснащения школы»).
 */
export function parseRiskFactor(text: unknown): RiskFactor | undefined {
  const s = normalizeHeader(text);
  if (s === "") return undefined;
  const byTitle = TITLE_INDEX.get(s);
  if (byTitle) return byTitle;
  const m = s.match(/^(?:фактор(?: риска)?|риск|factor|risk)?\s*(?:№\s*)?(\d{1,2})(?:\s+(.*))?$/);
  if (!m) return undefined;
  const byNo = RISK_FACTORS.find((x) => x.no === Number(m[1]));
  if (!byNo) return undefined;
  return m[2] === undefined || normalizeHeader(byNo.title) === m[2] ? byNo : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles of schools

export interface RiskProfileSchool {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  /** In the ШНОР list of the following year (stayed) or not (left); null when unknown. */
  stayedInList: boolean | null;
  /** Significance of factors 1..10 (index = number − 1); null when not given. */
  significance: (Significance | null)[];
  /** An antirisk programme (АРП) on factors 1..10 was carried out; null when not given. */
  arp: (boolean | null)[];
  row?: number;
}

export type RiskLevelCounted = "high" | "highOrMedium";

export interface RiskProfileSettings {
  /** How many factors the top list names (Yaroslavl: 5); factors tied with the last are included. */
  topN: number;
  /** What counts as the risk "noted" in the per-factor shares and splits (default: «высокая» only). */
  counted: RiskLevelCounted;
}

export const DEFAULT_RISK_PROFILE_SETTINGS: RiskProfileSettings = { topN: 5, counted: "high" };

export function resolveRiskProfileSettings(overrides: Partial<RiskProfileSettings> = {}): RiskProfileSettings {
  const s = { ...DEFAULT_RISK_PROFILE_SETTINGS, ...definedOnly(overrides) };
  if (!Number.isInteger(s.topN) || s.topN < 1 || s.topN > RISK_FACTORS.length) throw new ShnorError("setting_invalid", { setting: "topN", value: String(s.topN), expected: "1…10" });
  if (s.counted !== "high" && s.counted !== "highOrMedium") throw new ShnorError("setting_invalid", { setting: "counted", value: String(s.counted), expected: "high | highOrMedium" });
  return s;
}

export interface RiskSchoolSummary {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  stayedInList: boolean | null;
  high: number;
  medium: number;
  low: number;
  /** Factors without a significance. */
  missing: number;
  /** Numbers of the factors of high significance. */
  highFactors: number[];
}

/** Counted / evaluated schools for one factor in one group. */
export interface FactorCount {
  counted: number;
  evaluated: number;
  share: number | null;
}

export interface FactorShare extends FactorCount {
  factor: RiskFactor;
  /** Competition rank by share (1 = most frequent); null when no school was evaluated. */
  rank: number | null;
  /** Among the top N (ties with the N-th included). */
  top: boolean;
}

export interface FactorSplit {
  factor: RiskFactor;
  a: FactorCount;
  b: FactorCount;
  /** share(b) − share(a), in fractions (0.15 = «на 15 % чаще»); null when either is missing. */
  difference: number | null;
}

export interface ArpRow {
  factor: RiskFactor;
  /** Schools that left the list and carried out an АРП on the factor, of all schools that left. */
  left: FactorCount;
  stayed: FactorCount;
}

export interface RiskProfileReport {
  settings: RiskProfileSettings;
  schools: RiskSchoolSummary[];
  /** The ten factors ordered by share (desc), then by number. */
  factors: FactorShare[];
  /** Town (a) vs village (b). */
  byLocality: FactorSplit[];
  /** Left the list (a) vs stayed (b). */
  byListStatus: FactorSplit[];
  /** Present when some school has АРП information (seed 004 table «Рисковые направления, по которым … АРП»). */
  arp: ArpRow[] | null;
  counts: { schools: number; urban: number; rural: number; left: number; stayed: number };
}

const isCounted = (s: Significance | null, counted: RiskLevelCounted) => s === "high" || (counted === "highOrMedium" && s === "medium");

/** Risks of one school's profile counted at a level: «высокая» only (default), or «высокая» and «средняя». Any length. */
export function countRisks(significance: readonly (Significance | null)[], counted: RiskLevelCounted = "high"): number {
  return significance.filter((s) => isCounted(s, counted)).length;
}

function factorCount(schools: readonly RiskProfileSchool[], i: number, counted: RiskLevelCounted): FactorCount {
  const evaluated = schools.filter((s) => s.significance[i] !== null);
  const n = evaluated.filter((s) => isCounted(s.significance[i], counted)).length;
  return { counted: n, evaluated: evaluated.length, share: evaluated.length ? n / evaluated.length : null };
}

function summary(s: RiskProfileSchool): RiskSchoolSummary {
  const count = (level: Significance) => s.significance.filter((x) => x === level).length;
  return {
    schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: s.locality, stayedInList: s.stayedInList,
    high: count("high"), medium: count("medium"), low: count("low"), missing: s.significance.filter((x) => x === null).length,
    highFactors: RISK_FACTORS.filter((_, i) => s.significance[i] === "high").map((x) => x.no),
  };
}

/** Ranks by exact share (competition ranking: tied shares share a rank), the top N with ties at the N-th. */
function rankFactors(counts: readonly FactorCount[], topN: number): FactorShare[] {
  const out = RISK_FACTORS.map((factor, i): FactorShare => {
    const c = counts[i];
    if (c.evaluated === 0) return { ...c, factor, rank: null, top: false };
    const above = counts.filter((o) => o.evaluated > 0 && compareFractions(o.counted, o.evaluated, c.counted, c.evaluated) > 0).length;
    return { ...c, factor, rank: above + 1, top: above + 1 <= topN };
  });
  return out.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || x.factor.no - y.factor.no);
}

function split(a: readonly RiskProfileSchool[], b: readonly RiskProfileSchool[], counted: RiskLevelCounted): FactorSplit[] {
  return RISK_FACTORS.map((factor, i) => {
    const ca = factorCount(a, i, counted);
    const cb = factorCount(b, i, counted);
    return { factor, a: ca, b: cb, difference: ca.share === null || cb.share === null ? null : cb.share - ca.share };
  });
}

function arpRows(left: readonly RiskProfileSchool[], stayed: readonly RiskProfileSchool[]): ArpRow[] {
  const count = (group: readonly RiskProfileSchool[], i: number): FactorCount => {
    const n = group.filter((s) => s.arp[i] === true).length;
    return { counted: n, evaluated: group.length, share: group.length ? n / group.length : null };
  };
  return RISK_FACTORS.map((factor, i) => ({ factor, left: count(left, i), stayed: count(stayed, i) }));
}

/** Every report of the profiles of a set of schools. School ids must be unique. */
export function riskProfileReport(schools: readonly RiskProfileSchool[], overrides: Partial<RiskProfileSettings> = {}): RiskProfileReport {
  const settings = resolveRiskProfileSettings(overrides);
  const seen = new Set<string>();
  for (const s of schools) {
    if (seen.has(s.schoolId)) throw new ShnorError("ctx_school_duplicate", { school: s.schoolId });
    seen.add(s.schoolId);
    if (s.significance.length !== RISK_FACTORS.length || s.arp.length !== RISK_FACTORS.length) throw new ShnorError("ctx_profile_length", { school: s.schoolId, count: s.significance.length });
  }
  const sorted = [...schools].sort((a, b) => compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId));
  const urban = sorted.filter((s) => s.locality === "urban");
  const rural = sorted.filter((s) => s.locality === "rural");
  const left = sorted.filter((s) => s.stayedInList === false);
  const stayed = sorted.filter((s) => s.stayedInList === true);
  const counts = RISK_FACTORS.map((_, i) => factorCount(sorted, i, settings.counted));
  return {
    settings,
    schools: sorted.map(summary),
    factors: rankFactors(counts, settings.topN),
    byLocality: split(urban, rural, settings.counted),
    byListStatus: split(left, stayed, settings.counted),
    arp: sorted.some((s) => s.arp.some((x) => x !== null)) ? arpRows(left, stayed) : null,
    counts: { schools: sorted.length, urban: urban.length, rural: rural.length, left: left.length, stayed: stayed.length },
  };
}

/** The profiles with «stayed in the list» set from the ШНОР list of the following year. */
export function withNextList(schools: readonly RiskProfileSchool[], nextListIds: ReadonlySet<string>): RiskProfileSchool[] {
  return schools.map((s) => ({ ...s, stayedInList: nextListIds.has(s.schoolId) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading profiles: long (school, factor, significance[, АРП]) or wide (one column per factor)

export const RISK_PROFILE_FIELDS: readonly FieldSpec[] = [
  ...schoolFields().filter((x) => x.key !== "year"),
  { key: "stayed", required: false, aliases: ["в списке шнор следующего года", "остался в списке шнор", "в списке шнор", "шнор следующего года", "stayed in list"] },
  { key: "factor", required: false, aliases: ["фактор риска", "факторы риска", "фактор", "риск", "risk factor", "factor"] },
  { key: "significance", required: false, aliases: ["значимость фактора риска", "значимость", "уровень значимости", "significance"] },
  { key: "arp", required: false, aliases: ["арп", "антирисковая программа", "реализована арп", "arp"] },
];

export type RiskProfileFormat = "long" | "wide";

export interface RiskProfileTable {
  schools: RiskProfileSchool[];
  problems: Problem[];
  format: RiskProfileFormat;
  headerRow: number;
  mapping: ColumnMapping;
}

interface Builder {
  school: RiskProfileSchool;
  /** Sheet row where each factor was given (duplicates). */
  givenAt: (number | null)[];
}

/** Reads profiles. Long format needs the factor and significance columns; wide format a column per factor. */
export function readRiskProfileTable(source: SourceLike, options: OpenTableOptions = {}): RiskProfileTable {
  const opened = openTable(source, RISK_PROFILE_FIELDS, options, ["school_id", "school_name"]);
  if (!opened.ok) return { schools: [], problems: opened.problems, format: "long", headerRow: opened.headerRow, mapping: opened.mapping };
  const fr = opened.frame;
  const long = fr.mapping.factor !== undefined && fr.mapping.significance !== undefined;
  const factorColumns = long ? [] : freeColumns(fr).map((c) => ({ ...c, factor: parseRiskFactor(c.header) })).filter((c) => c.factor !== undefined);
  if (!long && factorColumns.length === 0) {
    fr.cells.error("ctx_risk_columns_missing", { found: fr.header.map(cellText).filter(Boolean).join("; ") }, fr.headerAt());
    return { schools: [], problems: fr.cells.problems, format: "wide", headerRow: fr.headerRow, mapping: fr.mapping };
  }
  const builders = new Map<string, Builder>();
  for (const r of fr.rows) {
    const b = builderOf(fr, r, builders);
    if (!b) continue;
    if (long) readLongRow(fr, r, b);
    else for (const c of factorColumns) setSignificance(fr, r, b, (c.factor as RiskFactor).no, fr.values[r]?.[c.col], fr.atCol(r, c.col));
  }
  const schools = [...builders.values()].map((b) => b.school);
  if (schools.length === 0 && !errorSince(fr.cells.problems, 0)) fr.cells.error("table_no_rows", {}, fr.headerAt());
  return { schools, problems: fr.cells.problems, format: long ? "long" : "wide", headerRow: fr.headerRow, mapping: fr.mapping };
}

function builderOf(fr: TableFrame, r: number, builders: Map<string, Builder>): Builder | undefined {
  const schoolId = cellText(fr.get(r, "school_id"));
  if (schoolId === "") {
    fr.cells.error("cell_required", {}, fr.at(r, "school_id"));
    return undefined;
  }
  const stayed = readYesNo(fr.get(r, "stayed"), fr.cells, fr.at(r, "stayed"));
  let b = builders.get(schoolId);
  if (!b) {
    b = {
      school: {
        schoolId, schoolName: cellText(fr.get(r, "school_name")), municipality: cellText(fr.get(r, "municipality")), locality: parseLocality(cellText(fr.get(r, "locality"))),
        stayedInList: stayed, significance: RISK_FACTORS.map(() => null), arp: RISK_FACTORS.map(() => null), row: fr.sheetRow(r),
      },
      givenAt: RISK_FACTORS.map(() => null),
    };
    builders.set(schoolId, b);
  } else if (b.school.stayedInList === null) {
    b.school.stayedInList = stayed;
  }
  return b;
}

function readLongRow(fr: TableFrame, r: number, b: Builder): void {
  const text = cellText(fr.get(r, "factor"));
  const factor = parseRiskFactor(text);
  if (text === "") fr.cells.error("cell_required", {}, fr.at(r, "factor"));
  else if (!factor) fr.cells.error("ctx_risk_factor_unknown", { value: text }, fr.at(r, "factor"));
  if (!factor) return;
  setSignificance(fr, r, b, factor.no, fr.get(r, "significance"), fr.at(r, "significance"));
  const arp = readYesNo(fr.get(r, "arp"), fr.cells, fr.at(r, "arp"));
  if (arp !== null) b.school.arp[factor.no - 1] = arp;
}

function setSignificance(fr: TableFrame, r: number, b: Builder, no: number, value: unknown, at: Location): void {
  const text = cellText(value);
  if (text === "") return;
  const level = parseSignificance(text);
  if (!level) {
    fr.cells.error("ctx_significance_unknown", { value: text }, at);
    return;
  }
  const first = b.givenAt[no - 1];
  if (first !== null) {
    fr.cells.error("ctx_risk_duplicate", { school: b.school.schoolId, factor: no, first }, at);
    return;
  }
  b.givenAt[no - 1] = fr.sheetRow(r);
  b.school.significance[no - 1] = level;
}
