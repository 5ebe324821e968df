/**
 * The student results table for the score indices (METHODOLOGY §13): `school_id, year, procedure, grade,
 * student_id, subject, score`, either long (one row per student × subject) or wide (one row per student with a
 * column per subject: «Русский язык», «Математика», «Математика (база)» …). Read with the same header machinery as
 * the aggregate table; every problem is located. A blank score means the student did not take that subject — it is
 * never read as 0.
 */
import type { Procedure } from "../catalog/assessments";
import {
  DEFAULT_SCORE_SPECS, defaultScale, findScoreSpec, type MathLevel, parseProcedure, parseSubject, readGrade, readLevelCell,
  type ScoreScale, type ScoreSpec, type ScoreSpecQuery, type SubjectCode, subjectLabel,
} from "../catalog/scoreSpecs";
import type { Location } from "../errors";
import { cellText } from "../values";
import { aggregateField, type Locality, parseLocality, SCHOOL_TOTALS } from "./aggregate";
import type { CellReader } from "./cells";
import { errorSince, openTable, type OpenTableOptions, readTable, refuseRepeats, type TableFrame, type TableRead } from "./frame";
import type { ColumnMapping, FieldSpec } from "./headers";
import type { SourceLike } from "./source";

export interface StudentScore {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  year: number;
  procedure: Procedure;
  grade: number;
  studentId: string;
  subject: SubjectCode;
  /** ЕГЭ mathematics only. */
  level?: MathLevel;
  score: number;
  /** The score cell, for messages. */
  location?: Location;
}

export type StudentTableFormat = "long" | "wide";

export interface SubjectColumn {
  /** 0-based column index in the matrix. */
  index: number;
  header: string;
  subject: SubjectCode;
  level?: MathLevel;
}

export interface StudentTable extends TableRead {
  rows: StudentScore[];
  format: StudentTableFormat;
  /** Wide format: the columns recognised as subjects (other columns are ignored). */
  subjectColumns: SubjectColumn[];
}

export interface ReadStudentOptions extends OpenTableOptions {
  /** Values for columns the sheet does not have (an export of one procedure, year or grade). */
  procedure?: Procedure;
  year?: number;
  grade?: number;
  /** Specs for the "score above the maximum" check; default DEFAULT_SCORE_SPECS. */
  specs?: readonly ScoreSpec[];
}

/** The fields of the student table; `required` is adjusted by the options (a constant replaces a column). */
export function studentFields(options: Pick<ReadStudentOptions, "procedure" | "year"> = {}): FieldSpec[] {
  return [
    aggregateField("school_id", true),
    aggregateField("school_name", false),
    aggregateField("municipality", false),
    aggregateField("locality", false),
    aggregateField("year", options.year === undefined),
    { key: "procedure", required: options.procedure === undefined, aliases: ["процедура", "оценочная процедура", "оп", "вид аттестации", "форма гиа", "форма", "экзамен", "procedure", "exam"] },
    { key: "grade", required: false, aliases: ["класс", "параллель", "grade", "class"] },
    {
      key: "student_id", required: true,
      aliases: ["код участника", "код ученика", "код обучающегося", "id участника", "id ученика", "идентификатор участника", "номер участника", "участник", "ученик", "обучающийся", "фио", "фио участника", "student", "student id", "participant", "participant id"],
    },
    { key: "subject", required: false, aliases: ["предмет", "учебный предмет", "дисциплина", "subject"] },
    { key: "level", required: false, aliases: ["уровень", "уровень математики", "level"] },
    { key: "score", required: false, aliases: ["балл", "баллы", "сумма баллов", "результат", "score", "points"] },
    { key: "score_primary", required: false, aliases: ["первичный балл", "первичные баллы", "primary score", "primary points"] },
    { key: "score_test", required: false, aliases: ["тестовый балл", "тестовые баллы", "балл по 100 балльной шкале", "test score", "test points"] },
  ];
}

/** One score cell of a row before validation. */
interface RawScore {
  subject: SubjectCode;
  level?: MathLevel;
  value: unknown;
  at: Location;
}

/** Long (a subject column and a score column) or wide (a column per subject), from the header. */
export function layoutOf(header: readonly unknown[], mapping: ColumnMapping): { format: StudentTableFormat; subjectColumns: SubjectColumn[]; missing: string[] } {
  const hasScore = ["score", "score_primary", "score_test"].some((k) => mapping[k] !== undefined);
  const long = mapping.subject !== undefined && hasScore;
  const subjectColumns = long ? [] : findSubjectColumns(header, mapping);
  if (long || subjectColumns.length > 0) return { format: long ? "long" : "wide", subjectColumns, missing: [] };
  return { format: "long", subjectColumns, missing: [...(mapping.subject === undefined ? ["subject"] : []), ...(hasScore ? [] : ["score"])] };
}

/** Reads and validates the student table; problems are returned, not thrown (see `requireValid`). */
export function readStudentTable(source: SourceLike, options: ReadStudentOptions = {}): StudentTable {
  const opened = openTable(source, studentFields(options), options, SCHOOL_TOTALS, {
    keysInMissing: true, alsoMissing: (mapping, header) => layoutOf(header, mapping).missing,
  });
  const { format, subjectColumns } = opened.ok ? layoutOf(opened.frame.header, opened.frame.mapping) : layoutOf(opened.header, opened.mapping);
  const { rows, ...read } = readTable(opened, (f) => readScores(f, format, subjectColumns, options));
  return { rows, ...read, format, subjectColumns: opened.ok ? subjectColumns : [] };
}

function readScores(f: TableFrame, format: StudentTableFormat, subjectColumns: readonly SubjectColumn[], options: ReadStudentOptions): StudentScore[] {
  const ctx = studentRowContext(format, subjectColumns, options, () => f.headerAt());
  const { cells } = f;
  const rows: StudentScore[] = [];
  const isFirst = refuseRepeats(f, (s: StudentScore) => [s.schoolId, s.year, s.procedure, s.grade, s.studentId, s.subject, s.level ?? ""].join("\u0000"), (s, first) => [
    "student_duplicate", { student: s.studentId, subject: subjectLabel(s.subject, s.level), first }, s.location,
  ]);
  for (const r of f.rows) {
    const problemsBefore = cells.problems.length;
    const scores = readStudentRow(f, r, ctx);
    if (errorSince(cells.problems, problemsBefore)) continue;
    rows.push(...scores.filter((s) => isFirst(s, r)));
  }
  if (rows.length === 0 && !errorSince(cells.problems, 0)) cells.error("table_no_rows", {}, f.headerAt());
  return rows;
}

/**
 * What reading one row needs besides the frame: the layout, the options, the spec cache and the header-level problems
 * already reported (a wide column without its ЕГЭ level is reported once per table, not once per row). Shared by the
 * whole-table reader and the streaming one (studentStream.ts), whose frames cover a few rows each: `headerAt` is then
 * the real header row, not the frame's.
 */
export interface StudentRowContext {
  format: StudentTableFormat;
  subjectColumns: readonly SubjectColumn[];
  options: ReadStudentOptions;
  specOf(q: ScoreSpecQuery): ScoreSpec | undefined;
  reportedOnce: Set<string>;
  headerAt(): Location;
}

export function studentRowContext(format: StudentTableFormat, subjectColumns: readonly SubjectColumn[], options: ReadStudentOptions, headerAt: () => Location): StudentRowContext {
  const specs = options.specs ?? DEFAULT_SCORE_SPECS;
  const specCache = new Map<string, ScoreSpec | undefined>();
  const specOf = (q: ScoreSpecQuery): ScoreSpec | undefined => {
    const key = `${q.procedure}|${q.grade}|${q.year}|${q.subject}|${q.level ?? ""}`;
    if (!specCache.has(key)) specCache.set(key, findScoreSpec(specs, q));
    return specCache.get(key);
  };
  return { format, subjectColumns, options, specOf, reportedOnce: new Set(), headerAt };
}

/**
 * The scores of data row `r` (blank scores skipped), each with its cell; problems go to `f.cells`. The caller drops
 * the row when it recorded an error, and refuses repeated student × subject pairs.
 */
export function readStudentRow(f: TableFrame, r: number, ctx: StudentRowContext): StudentScore[] {
  const { cells } = f;
  const { format, subjectColumns, options, specOf, reportedOnce } = ctx;
  const get = (key: string): unknown => f.get(r, key);
  const at = (key: string): Location => f.at(r, key);
  const student = readStudentKey(f, r, options);

  const raws: RawScore[] = format === "long"
    ? readLongSubject(f, r)
    : subjectColumns.map((c) => ({ subject: c.subject, level: c.level, value: f.values[r]?.[c.index], at: f.atCol(r, c.index) }));
  const scores: StudentScore[] = [];
  const schoolName = f.text(r, "school_name");
  const municipality = f.text(r, "municipality");
  const locality = parseLocality(f.text(r, "locality"));
  for (const raw0 of raws) {
    if (!student) break;
    // A level only distinguishes ЕГЭ mathematics; elsewhere it is dropped so that spec lookups match.
    const raw = student.procedure === "EGE" ? raw0 : { ...raw0, level: undefined };
    if (student.procedure === "EGE" && raw.subject === "MATH" && !raw.level) {
      // Base and profile mathematics have different scales: the level must be known. A wide column is reported once.
      if (format === "long") cells.error("ege_math_level_required", { value: cellText(get("subject")) }, raw.at);
      else if (!reportedOnce.has(`level:${raw.at.col}`)) {
        reportedOnce.add(`level:${raw.at.col}`);
        cells.error("ege_math_level_required", { value: raw.at.column ?? "" }, { ...ctx.headerAt(), col: raw.at.col, column: raw.at.column });
      }
      continue;
    }
    const spec = specOf({ procedure: student.procedure, grade: student.grade, year: student.year, subject: raw.subject, level: raw.level });
    const cell = format === "long" ? pickScoreCell(get, f.mapping, spec?.scale ?? defaultScale(student.procedure, raw.subject, raw.level), at) : raw;
    if (!cell) {
      const scale = spec?.scale ?? defaultScale(student.procedure, raw.subject, raw.level);
      if (!reportedOnce.has(`scale:${scale}`)) {
        reportedOnce.add(`scale:${scale}`);
        cells.error("score_scale_column_missing", { scale, subject: subjectLabel(raw.subject, raw.level), found: f.found }, ctx.headerAt());
      }
      continue;
    }
    const score = readScore(cell.value, spec, cells, cell.at, student);
    if (score === null) continue;
    const out: StudentScore = {
      schoolId: student.schoolId, schoolName, municipality, locality, year: student.year, procedure: student.procedure, grade: student.grade,
      studentId: student.studentId, subject: raw.subject, score, location: cell.at,
    };
    if (raw.level) out.level = raw.level;
    scores.push(out);
  }
  return scores;
}

/** Headers that name a subject but hold marks or percentages, not scores («Русский язык, отметка»). */
const NOT_A_SCORE = /отметк|оценк|процент|%|mark|grade|percent/;

/** Header cells not taken by a field that name a subject: the score columns of the wide format. */
export function findSubjectColumns(header: readonly unknown[], mapping: ColumnMapping): SubjectColumn[] {
  const taken = new Set(Object.values(mapping));
  const columns: SubjectColumn[] = [];
  header.forEach((h, index) => {
    const text = cellText(h);
    if (taken.has(index) || text === "" || NOT_A_SCORE.test(text.toLowerCase())) return;
    const parsed = parseSubject(text);
    if (parsed) columns.push({ index, header: text, subject: parsed.subject, ...(parsed.level ? { level: parsed.level } : {}) });
  });
  return columns;
}

type StudentKey = Pick<StudentScore, "schoolId" | "year" | "procedure" | "grade" | "studentId">;

/** School, student, year, procedure and grade of a row (constants from the options fill absent columns). */
function readStudentKey(f: TableFrame, r: number, options: ReadStudentOptions): StudentKey | undefined {
  const { cells } = f;
  const at = (key: string) => f.at(r, key);
  const schoolId = f.requiredText(r, "school_id");
  const studentId = f.requiredText(r, "student_id");
  const yearCell = f.get(r, "year");
  const year = yearCell === undefined || cellText(yearCell) === "" ? options.year ?? null : cells.year(yearCell, at("year"));
  if (year === null && cellText(yearCell) === "") cells.error("cell_required", {}, at("year"));
  const procedureText = cellText(f.get(r, "procedure"));
  const procedure = procedureText === "" ? options.procedure : parseProcedureCached(procedureText);
  if (procedureText === "" && !procedure) cells.error("cell_required", {}, at("procedure"));
  else if (!procedure) cells.error("procedure_unknown", { value: procedureText }, at("procedure"));
  const gradeCell = f.get(r, "grade");
  const grade = cellText(gradeCell) === "" && options.grade !== undefined ? options.grade : readGrade(gradeCell, procedure, cells, at("grade"));
  if (schoolId === "" || studentId === "" || year === null || !procedure || grade === null) return undefined;
  return { schoolId, studentId, year, procedure, grade };
}

const procedureCache = new Map<string, Procedure | undefined>();

/** `parseProcedure`, remembered: a sheet repeats the same few spellings on every row. */
export function parseProcedureCached(text: string): Procedure | undefined {
  if (!procedureCache.has(text)) {
    if (procedureCache.size > 1000) procedureCache.clear();
    procedureCache.set(text, parseProcedure(text));
  }
  return procedureCache.get(text);
}

/** The subject (and ЕГЭ mathematics level) of a long-format row; none when the subject cell is blank or unknown. */
function readLongSubject(f: TableFrame, r: number): RawScore[] {
  const text = cellText(f.get(r, "subject"));
  if (text === "") {
    f.cells.error("cell_required", {}, f.at(r, "subject"));
    return [];
  }
  const parsed = parseSubject(text);
  if (!parsed) {
    f.cells.error("subject_unknown", { value: text }, f.at(r, "subject"));
    return [];
  }
  const level = parsed.subject === "MATH" ? readLevelCell(cellText(f.get(r, "level")), parsed.level, f.cells, f.at(r, "level")) : undefined;
  return [{ subject: parsed.subject, ...(level ? { level } : {}), value: undefined, at: f.at(r, "subject") }];
}

/**
 * The score cell of a long-format row: the column of the result's scale (primary or test points) when the sheet has
 * one, else the generic score column. Undefined when only the other scale's column exists.
 */
function pickScoreCell(get: (key: string) => unknown, mapping: ColumnMapping, scale: ScoreScale, at: (key: string) => Location): { value: unknown; at: Location } | undefined {
  const own = scale === "test" ? "score_test" : "score_primary";
  const key = mapping[own] !== undefined ? own : mapping.score !== undefined ? "score" : undefined;
  return key ? { value: get(key), at: at(key) } : undefined;
}

/** A score: blank → null without a problem (subject not taken); text, negative or above the spec's max → located error. */
function readScore(value: unknown, spec: ScoreSpec | undefined, cells: CellReader, at: Location, key: StudentKey): number | null {
  const n = cells.nonNegative(value, at);
  if (n === null) return null;
  if (spec && n > spec.max) {
    cells.error("score_above_max", {
      value: cellText(value), max: spec.max, procedure: key.procedure, subject: subjectLabel(spec.subject, spec.level), grade: key.grade, year: key.year,
    }, at);
    return null;
  }
  return n;
}
