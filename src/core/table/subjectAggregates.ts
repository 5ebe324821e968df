/**
 * The per-subject aggregate table of the score indices: one row per school × year × procedure × grade × subject
 * with the participants, the count strictly below B_min and (optionally) the count at or above B_mid — what a
 * ФИС ОКО-style school report gives when student results are not available. From it only the per-subject ИНР and
 * the bounds of the ИНР can be computed (`approximateScoreIndices`). Every problem is located.
 */
import type { Procedure } from "../catalog/assessments";
import { type MathLevel, parseProcedure, parseSubject, readGrade, readLevelCell, type SubjectCode, subjectLabel } from "../catalog/scoreSpecs";
import type { Location } from "../errors";
import type { SubjectAggregate } from "../indicators/scoreIndices";
import { cellText } from "../values";
import { aggregateField } from "./aggregate";
import type { CellReader } from "./cells";
import { openTable, type OpenTableOptions, readRows, readTable, refuseRepeats, type TableFrame, type TableRead } from "./frame";
import { detectHeaderRow, type FieldSpec } from "./headers";
import type { SourceLike } from "./source";

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

export interface SubjectAggregateTable extends TableRead {
  rows: SubjectAggregateRow[];
}

/** True when the header row names a low-result count: the table is per-subject aggregates, not student scores. */
export function looksLikeSubjectAggregates(values: readonly (readonly unknown[])[]): boolean {
  return detectHeaderRow(values, SUBJECT_AGGREGATE_FIELDS)?.mapping.low_count !== undefined;
}

/** Reads and validates the table; problems are returned, not thrown (see `requireValid`). */
export function readSubjectAggregateTable(source: SourceLike, options: OpenTableOptions = {}): SubjectAggregateTable {
  const opened = openTable(source, SUBJECT_AGGREGATE_FIELDS, options, ["school_id"], { keysInMissing: true });
  return readTable(opened, (f) => {
    const isFirst = refuseRepeats(f, (x: SubjectAggregateRow) => [x.schoolId, x.year, x.procedure, x.grade, x.subject, x.level ?? ""].join("\u0000"), (x, first) => [
      "aggregate_row_duplicate", { school: x.schoolId, procedure: x.procedure, grade: x.grade, subject: subjectLabel(x.subject, x.level), year: x.year, first },
    ]);
    return readRows(f, (r) => readRow(f, r), isFirst);
  });
}

function readRow(f: TableFrame, r: number): SubjectAggregateRow | undefined {
  const { cells } = f;
  const get = (key: string) => f.get(r, key);
  const at = (key: string) => f.at(r, key);
  const schoolId = f.requiredText(r, "school_id");
  const year = f.requiredYear(r, "year");
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
    schoolId, schoolName: f.text(r, "school_name"), municipality: f.text(r, "municipality"), year, procedure, grade, subject,
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
