/**
 * The per-subject aggregate table of the score indices: one row per school × year × procedure × grade × subject
 * with the participants, the count strictly below B_min and (optionally) the count at or above B_mid — what a
 * ФИС ОКО-style school report gives when student results are not available. From it only the per-subject ИНР and
 * the bounds of the ИНР can be computed (`approximateScoreIndices`). Every problem is located.
 */
import type { Procedure } from "../catalog/assessments";
import { type MathLevel, parseProcedure, parseSubject, readGrade, readLevelCell, type SubjectCode, subjectLabel } from "../catalog/scoreSpecs";
import type { Location, Problem } from "../errors";
import type { SubjectAggregate } from "../indicators/scoreIndices";
import { cellText } from "../values";
import { AGGREGATE_FIELDS } from "./aggregate";
import { CellReader } from "./cells";
import { type ColumnMapping, detectHeaderRow, type FieldSpec, mapHeaders, missingFields } from "./headers";
import type { SourceLike } from "./source";

const aggregateField = (key: string, required: boolean): FieldSpec => {
  const f = AGGREGATE_FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`aggregate field ${key} missing`);
  return { ...f, required, oneOf: undefined };
};

export const SUBJECT_AGGREGATE_FIELDS: readonly FieldSpec[] = [
  aggregateField("school_id", true),
  aggregateField("school_name", false),
  aggregateField("municipality", false),
  aggregateField("year", true),
  { key: "procedure", required: true, aliases: ["процедура", "оценочная процедура", "оп", "экзамен", "форма гиа", "procedure", "exam"] },
  { key: "grade", required: false, aliases: ["класс", "параллель", "grade", "class"] },
  { key: "subject", required: true, aliases: ["предмет", "учебный предмет", "subject"] },
  { key: "level", required: false, aliases: ["уровень", "уровень математики", "level"] },
  aggregateField("participants", true),
  {
    key: "low_count", required: true,
    aliases: ["ниже b min", "ниже bmin", "ниже b мин", "низкие результаты", "кол во низких результатов", "количество низких результатов", "число низких результатов", "low", "low count", "low results", "below b min", "below bmin"],
  },
  {
    key: "mass_count", required: false,
    aliases: ["не ниже b mid", "не ниже bmid", "массовые результаты", "кол во массовых результатов", "количество массовых результатов", "число массовых результатов", "mass", "mass count", "mass results", "at least b mid", "at least bmid"],
  },
];

/** A row of the table with the school's descriptive columns (not part of the computation). */
export interface SubjectAggregateRow extends SubjectAggregate {
  schoolName: string;
  municipality: string;
  location: Location;
}

export interface SubjectAggregateTable {
  rows: SubjectAggregateRow[];
  problems: Problem[];
  headerRow: number;
  mapping: ColumnMapping;
}

/** True when the header row names a low-result count: the table is per-subject aggregates, not student scores. */
export function looksLikeSubjectAggregates(values: readonly (readonly unknown[])[]): boolean {
  return detectHeaderRow(values, SUBJECT_AGGREGATE_FIELDS)?.mapping.low_count !== undefined;
}

/** Reads and validates the table; problems are returned, not thrown (see `requireValid`). */
export function readSubjectAggregateTable(source: SourceLike, options: { mapping?: ColumnMapping; headerRow?: number } = {}): SubjectAggregateTable {
  const { values, sheet } = source;
  const originRow = source.originRow ?? 1;
  const originCol = source.originCol ?? 1;
  const cells = new CellReader();
  if (values.length === 0 || values.every((row) => row.every((v) => cellText(v) === ""))) {
    cells.error("table_empty", {}, { sheet });
    return { rows: [], problems: cells.problems, headerRow: 0, mapping: {} };
  }
  const detected = options.headerRow !== undefined
    ? { headerRow: options.headerRow, mapping: mapHeaders(values[options.headerRow] ?? [], SUBJECT_AGGREGATE_FIELDS) }
    : detectHeaderRow(values, SUBJECT_AGGREGATE_FIELDS);
  const headerRow = detected?.headerRow ?? 0;
  const mapping = options.mapping ?? detected?.mapping ?? {};
  const header = values[headerRow] ?? [];
  const missing = missingFields(mapping, SUBJECT_AGGREGATE_FIELDS);
  if (missing.length > 0) {
    for (const key of missing) cells.error("column_missing", { field: key, found: header.map(cellText).filter(Boolean).join("; ") }, { sheet, row: originRow + headerRow });
    return { rows: [], problems: cells.problems, headerRow, mapping };
  }
  const rows: SubjectAggregateRow[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const get = (key: string): unknown => (mapping[key] === undefined ? undefined : row[mapping[key]]);
    const at = (key: string): Location => ({
      sheet, row: originRow + r, col: mapping[key] !== undefined ? originCol + mapping[key] : undefined,
      column: mapping[key] !== undefined ? cellText(header[mapping[key]]) || key : key,
    });
    if (/^(итого|всего|total|сумма)/i.test(cellText(get("school_id")))) {
      cells.warn("row_totals_skipped", { text: cellText(get("school_id")) }, { sheet, row: originRow + r });
      continue;
    }
    const before = cells.problems.length;
    const parsed = readRow(get, cells, at);
    if (!parsed || cells.problems.slice(before).some((p) => p.severity === "error")) continue;
    const key = [parsed.schoolId, parsed.year, parsed.procedure, parsed.grade, parsed.subject, parsed.level ?? ""].join("\u0000");
    const first = seen.get(key);
    if (first !== undefined) {
      cells.error("aggregate_row_duplicate", { school: parsed.schoolId, procedure: parsed.procedure, grade: parsed.grade, subject: subjectLabel(parsed.subject, parsed.level), year: parsed.year, first }, { sheet, row: originRow + r });
      continue;
    }
    seen.set(key, originRow + r);
    rows.push(parsed);
  }
  if (rows.length === 0 && !cells.problems.some((p) => p.severity === "error")) cells.error("table_no_rows", {}, { sheet, row: originRow + headerRow });
  return { rows, problems: cells.problems, headerRow, mapping };
}

function readRow(get: (key: string) => unknown, cells: CellReader, at: (key: string) => Location): SubjectAggregateRow | undefined {
  const schoolId = cellText(get("school_id"));
  if (schoolId === "") cells.error("cell_required", {}, at("school_id"));
  const year = cells.year(get("year"), at("year"));
  if (cellText(get("year")) === "") cells.error("cell_required", {}, at("year"));
  const procedureText = cellText(get("procedure"));
  const procedure: Procedure | undefined = procedureText === "" ? undefined : parseProcedure(procedureText);
  if (procedureText === "") cells.error("cell_required", {}, at("procedure"));
  else if (!procedure) cells.error("procedure_unknown", { value: procedureText }, at("procedure"));
  const grade = readGrade(get("grade"), procedure, cells, at("grade"));
  const subjectText = cellText(get("subject"));
  const parsed = subjectText === "" ? undefined : parseSubject(subjectText);
  if (subjectText === "") cells.error("cell_required", {}, at("subject"));
  else if (!parsed) cells.error("subject_unknown", { value: subjectText }, at("subject"));
  // A level only distinguishes ЕГЭ mathematics; the two levels are summed into one mass subject anyway.
  const written = parsed?.subject === "MATH" ? readLevelCell(cellText(get("level")), parsed.level, cells, at("level")) : undefined;
  const level: MathLevel | undefined = procedure === "EGE" ? written : undefined;
  const participants = requiredCount(get("participants"), cells, at("participants"));
  const lowCount = requiredCount(get("low_count"), cells, at("low_count"));
  const massCount = cells.count(get("mass_count"), at("mass_count"));
  if (participants !== null && lowCount !== null && lowCount > participants) {
    cells.error("aggregate_cell_gt_participants", { value: lowCount, participants }, at("low_count"));
  }
  if (participants !== null && massCount !== null && massCount > participants) {
    cells.error("aggregate_cell_gt_participants", { value: massCount, participants }, at("mass_count"));
  }
  if (schoolId === "" || year === null || !procedure || grade === null || !parsed || participants === null || lowCount === null) return undefined;
  const subject: SubjectCode = parsed.subject;
  return {
    schoolId, schoolName: cellText(get("school_name")), municipality: cellText(get("municipality")), year, procedure, grade, subject,
    ...(level ? { level } : {}), participants, lowCount, massCount, location: at("low_count"),
  };
}

function requiredCount(v: unknown, cells: CellReader, at: Location): number | null {
  if (cellText(v) === "") {
    cells.error("cell_required", {}, at);
    return null;
  }
  return cells.count(v, at);
}
