/**
 * Deviation of the school's ГИА mean from the region (METHODOLOGY §7; domain-notes §8.1; seed 000 indicator 4).
 * Cells c = (exam ∈ {ОГЭ, ЕГЭ}, subject, year) of the window of the last `windowYears` years ending Y in which the
 * school has participants; r_c = schoolMean_c / regionMean_c; R = the unweighted mean of r_c; deviation = R − 1
 * (negative = below the region). Cells whose region mean is missing or zero are skipped and reported.
 * Positive dynamics: the deviation of the window ending Y is greater than that of the window ending Y − 1.
 */
import { findAssessment } from "../catalog/assessments";
import {
  type MathLevel, parseProcedure, parseSubject, readLevelCell, type SubjectCode, subjectLabel,
} from "../catalog/scoreSpecs";
import type { Location, Problem } from "../errors";
import { ShnorError } from "../errors";
import { aggregateField, type AggregateRow } from "../table/aggregate";
import { openTable, type OpenTableOptions, readRows, readTable, refuseRepeats, type TableFrame, type TableRead } from "../table/frame";
import { type FieldSpec, normalizeHeader } from "../table/headers";
import type { SourceLike } from "../table/source";
import type { StudentScore } from "../table/students";
import { cellText } from "../values";
import { definedOnly } from "../collections";
import { DEFAULT_DYNAMICS_SETTINGS, type IndexDynamicsType, indexDynamics } from "./indexDynamics";

export type GiaExam = "OGE" | "EGE";

/** The school and region means of one exam × subject × year for one school. */
export interface GiaMeanCell {
  schoolId: string;
  schoolName?: string;
  exam: GiaExam;
  /** Subject code (`parseSubject`), or the normalised header text of a subject we do not know. */
  subject: SubjectCode;
  level?: MathLevel;
  year: number;
  /** null: the school had no participants (the cell does not count). */
  schoolMean: number | null;
  /** null: not known (the cell is skipped and reported). */
  regionMean: number | null;
  schoolParticipants?: number;
  regionParticipants?: number;
  location?: Location;
}

export interface GiaDeviationSettings {
  /** Years in the window ending Y (seed 000: «за три последних года»). Default 3. */
  windowYears: number;
  /** Count ЕГЭ base mathematics cells (scored on their own primary scale). Default true. */
  includeEgeBase: boolean;
  /** Deviations closer than this are equal (neutral dynamics). Default 1e-9. */
  tolerance: number;
}

export const DEFAULT_GIA_DEVIATION_SETTINGS: GiaDeviationSettings = { windowYears: 3, includeEgeBase: true, tolerance: DEFAULT_DYNAMICS_SETTINGS.tolerance };

export interface GiaRatioCell {
  exam: GiaExam;
  subject: SubjectCode;
  level?: MathLevel;
  year: number;
  schoolMean: number;
  regionMean: number;
  ratio: number;
}

export type GiaSkipReason = "gia_region_mean_missing" | "gia_region_mean_zero";

export interface GiaSkippedCell {
  exam: GiaExam;
  subject: SubjectCode;
  level?: MathLevel;
  year: number;
  reason: GiaSkipReason;
  location?: Location;
}

export interface GiaDeviation {
  schoolId: string;
  schoolName: string;
  /** Last year Y of the window and the window's years (oldest first). */
  windowEnd: number;
  years: number[];
  cells: GiaRatioCell[];
  skipped: GiaSkippedCell[];
  /** R, the unweighted mean of the ratios; null without cells. */
  meanRatio: number | null;
  /** R − 1; null without cells. */
  deviation: number | null;
}

export interface GiaDeviationResult {
  schools: GiaDeviation[];
  /** A warning per skipped cell. */
  problems: Problem[];
  settings: GiaDeviationSettings;
}

const cellKey = (c: { exam: string; subject: string; level?: string; year: number }): string => [c.exam, c.subject, c.level ?? "", c.year].join("|");

/** Defaults overridden by the given values (undefined ones ignored), checked: a bad setting is an error naming it. */
export function giaDeviationSettings(options: Partial<GiaDeviationSettings> = {}): GiaDeviationSettings {
  const settings: GiaDeviationSettings = { ...DEFAULT_GIA_DEVIATION_SETTINGS, ...definedOnly(options) };
  if (!Number.isInteger(settings.windowYears) || settings.windowYears < 1) {
    throw new ShnorError("setting_invalid", { setting: "windowYears", value: String(settings.windowYears), expected: "1, 2, 3, …" });
  }
  if (!(settings.tolerance >= 0)) throw new ShnorError("setting_invalid", { setting: "tolerance", value: String(settings.tolerance), expected: "≥ 0" });
  return settings;
}

/** The years of the window ending Y, oldest first. */
export function windowYears(windowEnd: number, length: number): number[] {
  return Array.from({ length }, (_, i) => windowEnd - length + 1 + i);
}

/** The deviation of one school over the window ending `windowEnd`; `cells` may hold other schools and years. */
export function giaDeviationForSchool(cells: readonly GiaMeanCell[], schoolId: string, windowEnd: number, options: Partial<GiaDeviationSettings> = {}): GiaDeviation {
  const settings = giaDeviationSettings(options);
  const years = windowYears(windowEnd, settings.windowYears);
  const inWindow = cells.filter((c) => c.schoolId === schoolId && years.includes(c.year) && c.schoolMean !== null && (settings.includeEgeBase || !(c.exam === "EGE" && c.level === "base")));
  const ratios: GiaRatioCell[] = [];
  const skipped: GiaSkippedCell[] = [];
  for (const c of [...inWindow].sort((a, b) => (cellKey(a) < cellKey(b) ? -1 : 1))) {
    const id = { exam: c.exam, subject: c.subject, ...(c.level ? { level: c.level } : {}), year: c.year };
    if (c.regionMean === null || !Number.isFinite(c.regionMean)) skipped.push({ ...id, reason: "gia_region_mean_missing", location: c.location });
    else if (c.regionMean === 0) skipped.push({ ...id, reason: "gia_region_mean_zero", location: c.location });
    else ratios.push({ ...id, schoolMean: c.schoolMean as number, regionMean: c.regionMean, ratio: (c.schoolMean as number) / c.regionMean });
  }
  const meanRatio = ratios.length === 0 ? null : ratios.reduce((s, r) => s + r.ratio, 0) / ratios.length;
  return {
    schoolId, schoolName: cells.find((c) => c.schoolId === schoolId && c.schoolName)?.schoolName ?? "", windowEnd, years, cells: ratios, skipped,
    meanRatio, deviation: meanRatio === null ? null : meanRatio - 1,
  };
}

/** The deviation of every school of `cells` over the window ending `windowEnd`, with the skipped cells as warnings. */
export function computeGiaDeviations(cells: readonly GiaMeanCell[], windowEnd: number, options: Partial<GiaDeviationSettings> = {}): GiaDeviationResult {
  const settings = giaDeviationSettings(options);
  checkCells(cells);
  const bySchool = cellsBySchool(cells);
  const schools = [...bySchool.keys()].sort().map((id) => giaDeviationForSchool(bySchool.get(id) ?? [], id, windowEnd, settings));
  const problems: Problem[] = schools.flatMap((s) => s.skipped.map((k) => ({
    code: k.reason, severity: "warning" as const,
    params: { school: s.schoolId, exam: k.exam, subject: subjectLabel(k.subject, k.level), year: k.year }, location: k.location,
  })));
  return { schools, problems, settings };
}

function cellsBySchool(cells: readonly GiaMeanCell[]): Map<string, GiaMeanCell[]> {
  const map = new Map<string, GiaMeanCell[]>();
  for (const c of cells) {
    const list = map.get(c.schoolId);
    if (list) list.push(c);
    else map.set(c.schoolId, [c]);
  }
  return map;
}

function checkCells(cells: readonly GiaMeanCell[]): void {
  const errors: Problem[] = [];
  const seen = new Set<string>();
  for (const c of cells) {
    for (const v of [c.schoolMean, c.regionMean]) {
      if (v !== null && (!Number.isFinite(v) || v < 0)) errors.push({ code: "gia_mean_negative", severity: "error", params: { value: v }, location: c.location });
    }
    const key = `${c.schoolId}\u0000${cellKey(c)}`;
    if (seen.has(key)) errors.push({ code: "gia_cell_duplicate", severity: "error", params: { school: c.schoolId, exam: c.exam, subject: subjectLabel(c.subject, c.level), year: c.year }, location: c.location });
    seen.add(key);
  }
  if (errors.length > 0) throw ShnorError.fromProblems(errors);
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamics between the windows ending Y − 1 and Y

export interface GiaDeviationDynamics {
  schoolId: string;
  previous: GiaDeviation;
  current: GiaDeviation;
  /** Rising deviation = positive; a window without cells = nodata. */
  type: IndexDynamicsType;
}

export interface GiaDeviationDynamicsResult {
  schools: GiaDeviationDynamics[];
  /** Skipped cells of the current window (warnings). */
  problems: Problem[];
  settings: GiaDeviationSettings;
}

/** Per school: the deviation of the window ending Y against the window ending Y − 1 (rising = positive). */
export function giaDeviationDynamics(cells: readonly GiaMeanCell[], windowEnd: number, options: Partial<GiaDeviationSettings> = {}): GiaDeviationDynamicsResult {
  const settings = giaDeviationSettings(options);
  const current = computeGiaDeviations(cells, windowEnd, settings);
  const bySchool = cellsBySchool(cells);
  const schools = current.schools.map((cur) => {
    const previous = giaDeviationForSchool(bySchool.get(cur.schoolId) ?? [], cur.schoolId, windowEnd - 1, settings);
    const value = (d: GiaDeviation) => (d.deviation === null ? null : { value: d.deviation });
    return { schoolId: cur.schoolId, previous, current: cur, type: indexDynamics(value(previous), value(cur), "higherIsBetter", settings) };
  });
  return { schools, problems: current.problems, settings };
}

// ---------------------------------------------------------------------------------------------------------------
// The worksheet form: GIADEVIATION(schoolMeans, regionMeans)

export interface DeviationOfMeans {
  meanRatio: number | null;
  deviation: number | null;
  /** Pairs used. */
  cells: number;
  /** 0-based positions of pairs left out because the region mean is zero (blank pairs are simply not cells). */
  zeroRegion: number[];
}

/**
 * R − 1 over pairs of means of the same shape (flattened by the caller). A pair with a blank on either side is not a
 * cell; a zero region mean is skipped and reported in `zeroRegion`.
 */
export function giaDeviationOfMeans(schoolMeans: readonly (number | null)[], regionMeans: readonly (number | null)[]): DeviationOfMeans {
  if (schoolMeans.length !== regionMeans.length) throw new ShnorError("gia_shape_mismatch", { school: schoolMeans.length, region: regionMeans.length });
  let sum = 0;
  let cells = 0;
  const zeroRegion: number[] = [];
  schoolMeans.forEach((s, i) => {
    const r = regionMeans[i];
    for (const v of [s, r]) if (v !== null && (!Number.isFinite(v) || v < 0)) throw new ShnorError("gia_mean_negative", { value: v, position: i + 1 });
    // A school mean of exactly 0 does not occur in ГИА: it is how Excel desktop hands a blank cell over, so it is
    // "no participants" (METHODOLOGY §7 counts only cells where the school has participants).
    if (s === null || s === 0 || r === null) return;
    if (r === 0) {
      zeroRegion.push(i);
      return;
    }
    sum += s / r;
    cells++;
  });
  const meanRatio = cells === 0 ? null : sum / cells;
  return { meanRatio, deviation: meanRatio === null ? null : meanRatio - 1, cells, zeroRegion };
}

// ---------------------------------------------------------------------------------------------------------------
// Means from student rows or from the aggregate table

/**
 * School and region means per ОГЭ/ЕГЭ × subject × level × year from student rows: the region mean is over every
 * participant in the rows (the rows are taken to be the whole region), not the mean of school means.
 */
export function giaMeansFromStudents(students: readonly StudentScore[]): GiaMeanCell[] {
  const region = new Map<string, { sum: number; n: number }>();
  const school = new Map<string, { sum: number; n: number; first: StudentScore }>();
  for (const s of students) {
    if (s.procedure === "VPR") continue;
    const key = cellKey({ exam: s.procedure, subject: s.subject, level: s.level, year: s.year });
    const r = region.get(key) ?? { sum: 0, n: 0 };
    region.set(key, { sum: r.sum + s.score, n: r.n + 1 });
    const sk = `${s.schoolId}\u0000${key}`;
    const c = school.get(sk) ?? { sum: 0, n: 0, first: s };
    school.set(sk, { sum: c.sum + s.score, n: c.n + 1, first: c.first });
  }
  return [...school.values()].map(({ sum, n, first }) => {
    const r = region.get(cellKey({ exam: first.procedure, subject: first.subject, level: first.level, year: first.year })) as { sum: number; n: number };
    return {
      schoolId: first.schoolId, schoolName: first.schoolName, exam: first.procedure as GiaExam, subject: first.subject,
      ...(first.level ? { level: first.level } : {}), year: first.year,
      schoolMean: sum / n, regionMean: r.sum / r.n, schoolParticipants: n, regionParticipants: r.n,
    };
  });
}

/**
 * Means from the aggregate table (METHODOLOGY §13, optional `mean_score`) for the ОГЭ/ЕГЭ assessments: the region
 * mean is the participant-weighted mean of the school means, i.e. the mean over all the region's participants.
 * Rows without a mean or without participants do not count.
 */
export function giaMeansFromAggregates(rows: readonly AggregateRow[]): GiaMeanCell[] {
  const usable = rows.flatMap((row) => {
    const a = findAssessment(row.assessmentId);
    if (!a || a.procedure === "VPR" || row.meanScore === null || row.participants === 0) return [];
    const level = a.level === "base" || a.level === "prof" ? a.level : undefined;
    return [{ row, exam: a.procedure as GiaExam, subject: a.subject as SubjectCode, level }];
  });
  const region = new Map<string, { sum: number; n: number }>();
  for (const u of usable) {
    const key = cellKey({ ...u, year: u.row.year });
    const r = region.get(key) ?? { sum: 0, n: 0 };
    region.set(key, { sum: r.sum + u.row.participants * (u.row.meanScore as number), n: r.n + u.row.participants });
  }
  return usable.map(({ row, exam, subject, level }) => {
    const r = region.get(cellKey({ exam, subject, level, year: row.year })) as { sum: number; n: number };
    return {
      schoolId: row.schoolId, schoolName: row.schoolName, exam, subject, ...(level ? { level } : {}), year: row.year,
      schoolMean: row.meanScore, regionMean: r.sum / r.n, schoolParticipants: row.participants, regionParticipants: r.n, location: { row: row.row },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The means table: school_id, exam, subject, year, school_mean, region_mean

export const GIA_MEANS_FIELDS: readonly FieldSpec[] = [
  aggregateField("school_id", true),
  aggregateField("school_name", false),
  { key: "exam", required: true, aliases: ["экзамен", "форма гиа", "вид гиа", "форма", "процедура", "exam", "procedure"] },
  { key: "subject", required: true, aliases: ["предмет", "учебный предмет", "subject"] },
  { key: "level", required: false, aliases: ["уровень", "level"] },
  aggregateField("year", true),
  { key: "school_mean", required: true, aliases: ["средний балл оо", "средний балл школы", "средний балл", "балл оо", "school mean", "school mean score", "mean"] },
  { key: "region_mean", required: true, aliases: ["средний балл по региону", "средний балл региона", "средний балл по субъекту", "региональный средний балл", "region mean", "regional mean", "region mean score"] },
  { key: "school_participants", required: false, aliases: ["количество участников", "кол во участников", "участники", "число участников", "participants"] },
];

export interface GiaMeansTable extends TableRead {
  cells: GiaMeanCell[];
}

/**
 * Reads the means table. A blank school mean means no participants (not a cell); a blank region mean is kept and
 * reported when the deviation is computed. Subjects we do not know keep their header text as the key.
 */
export function readGiaMeansTable(source: SourceLike, options: OpenTableOptions = {}): GiaMeansTable {
  const opened = openTable(source, GIA_MEANS_FIELDS, options, [], { keysInMissing: true });
  const { rows: cells, ...read } = readTable(opened, (f) => {
    const isFirst = refuseRepeats(f, (cell: GiaMeanCell) => `${cell.schoolId}\u0000${cellKey(cell)}`, (cell, first) => [
      "gia_cell_duplicate", { school: cell.schoolId, exam: cell.exam, subject: subjectLabel(cell.subject, cell.level), year: cell.year, first },
    ]);
    const regionMeans = new Map<string, { value: number; row: number }>();
    // One region mean per exam, subject and year: another value in a later row is a warning.
    const accept = (cell: GiaMeanCell, r: number): boolean => {
      if (!isFirst(cell, r)) return false;
      if (cell.regionMean === null) return true;
      const known = regionMeans.get(cellKey(cell));
      if (!known) regionMeans.set(cellKey(cell), { value: cell.regionMean, row: f.sheetRow(r) });
      else if (known.value !== cell.regionMean) {
        f.cells.warn("gia_region_mean_inconsistent", {
          exam: cell.exam, subject: subjectLabel(cell.subject, cell.level), year: cell.year, value: cell.regionMean, first: known.value, firstRow: known.row,
        }, f.at(r, "region_mean"));
      }
      return true;
    };
    return readRows(f, (r) => readMeansRow(f, r), accept);
  });
  return { cells, ...read };
}

function readMeansRow(f: TableFrame, r: number): GiaMeanCell | undefined {
  const { cells } = f;
  const get = (key: string) => f.get(r, key);
  const at = (key: string) => f.at(r, key);
  const schoolId = f.requiredText(r, "school_id");
  const examText = cellText(get("exam"));
  const procedure = examText === "" ? undefined : parseProcedure(examText);
  if (examText === "") cells.error("cell_required", {}, at("exam"));
  else if (procedure !== "OGE" && procedure !== "EGE") cells.error("exam_unknown", { value: examText }, at("exam"));
  const subjectText = f.requiredText(r, "subject");
  const parsed = parseSubject(subjectText);
  const subject = parsed?.subject ?? normalizeHeader(subjectText);
  const written = subject === "MATH" ? readLevelCell(cellText(get("level")), parsed?.level, cells, at("level")) : undefined;
  const level = procedure === "EGE" ? written : undefined;
  const year = f.requiredYear(r, "year");
  const schoolMean = cells.nonNegative(get("school_mean"), at("school_mean"));
  const regionMean = cells.nonNegative(get("region_mean"), at("region_mean"));
  const participants = cells.count(get("school_participants"), at("school_participants"));
  if (schoolId === "" || (procedure !== "OGE" && procedure !== "EGE") || subject === "" || year === null) return undefined;
  return {
    schoolId, schoolName: f.text(r, "school_name"), exam: procedure, subject, ...(level ? { level } : {}), year, schoolMean, regionMean,
    ...(participants !== null ? { schoolParticipants: participants } : {}), location: at("school_mean"),
  };
}
