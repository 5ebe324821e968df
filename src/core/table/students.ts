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
import type { Location, Problem } from "../errors";
import { cellText } from "../values";
import { AGGREGATE_FIELDS, type Locality, parseLocality } from "./aggregate";
import { CellReader } from "./cells";
import { type ColumnMapping, detectHeaderRow, type FieldSpec, mapHeaders, missingFields } from "./headers";
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

export interface StudentTable {
  rows: StudentScore[];
  problems: Problem[];
  format: StudentTableFormat;
  /** Wide format: the columns recognised as subjects (other columns are ignored). */
  subjectColumns: SubjectColumn[];
  headerRow: number;
  mapping: ColumnMapping;
}

export interface ReadStudentOptions {
  mapping?: ColumnMapping;
  headerRow?: number;
  /** Values for columns the sheet does not have (an export of one procedure, year or grade). */
  procedure?: Procedure;
  year?: number;
  grade?: number;
  /** Specs for the "score above the maximum" check; default DEFAULT_SCORE_SPECS. */
  specs?: readonly ScoreSpec[];
}

const aggregateField = (key: string): FieldSpec => {
  const f = AGGREGATE_FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`aggregate field ${key} missing`);
  return { ...f, required: false, oneOf: undefined };
};

/** The fields of the student table; `required` is adjusted by the options (a constant replaces a column). */
export function studentFields(options: Pick<ReadStudentOptions, "procedure" | "year"> = {}): FieldSpec[] {
  return [
    { ...aggregateField("school_id"), required: true },
    aggregateField("school_name"),
    aggregateField("municipality"),
    aggregateField("locality"),
    { ...aggregateField("year"), required: options.year === undefined },
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

const TOTALS = /^(итого|всего|total|сумма)/i;

/** One score cell of a row before validation. */
interface RawScore {
  subject: SubjectCode;
  level?: MathLevel;
  value: unknown;
  at: Location;
}

/** Reads and validates the student table; problems are returned, not thrown (see `requireValid`). */
export function readStudentTable(source: SourceLike, options: ReadStudentOptions = {}): StudentTable {
  const { values, sheet } = source;
  const originRow = source.originRow ?? 1;
  const originCol = source.originCol ?? 1;
  const cells = new CellReader();
  const fields = studentFields(options);
  const empty = (format: StudentTableFormat, headerRow = 0, mapping: ColumnMapping = {}): StudentTable => (
    { rows: [], problems: cells.problems, format, subjectColumns: [], headerRow, mapping }
  );
  if (values.length === 0 || values.every((row) => row.every((v) => cellText(v) === ""))) {
    cells.error("table_empty", {}, { sheet });
    return empty("long");
  }
  const detected = options.headerRow !== undefined
    ? { headerRow: options.headerRow, mapping: mapHeaders(values[options.headerRow] ?? [], fields) }
    : detectHeaderRow(values, fields);
  const headerRow = detected?.headerRow ?? 0;
  const mapping = options.mapping ?? detected?.mapping ?? {};
  const header = values[headerRow] ?? [];
  const found = header.map(cellText).filter(Boolean).join("; ");
  const headerAt: Location = { sheet, row: originRow + headerRow };

  const scoreKeys = ["score", "score_primary", "score_test"].filter((k) => mapping[k] !== undefined);
  const long = mapping.subject !== undefined && scoreKeys.length > 0;
  const subjectColumns = long ? [] : findSubjectColumns(header, mapping);
  const format: StudentTableFormat = long || subjectColumns.length === 0 ? "long" : "wide";
  const missing = missingFields(mapping, fields);
  if (format === "long" && !long) {
    if (mapping.subject === undefined) missing.push("subject");
    if (scoreKeys.length === 0) missing.push("score");
  }
  if (missing.length > 0) {
    for (const key of missing) cells.error("column_missing", { field: key, found }, headerAt);
    return empty(format, headerRow, mapping);
  }

  const columnName = (key: string) => (mapping[key] !== undefined ? cellText(header[mapping[key]]) || key : key);
  const at = (r: number, key: string): Location => ({
    sheet, row: originRow + r, col: mapping[key] !== undefined ? originCol + mapping[key] : undefined, column: columnName(key),
  });
  const specs = options.specs ?? DEFAULT_SCORE_SPECS;
  const specCache = new Map<string, ScoreSpec | undefined>();
  const specOf = (q: ScoreSpecQuery): ScoreSpec | undefined => {
    const key = `${q.procedure}|${q.grade}|${q.year}|${q.subject}|${q.level ?? ""}`;
    if (!specCache.has(key)) specCache.set(key, findScoreSpec(specs, q));
    return specCache.get(key);
  };
  const rows: StudentScore[] = [];
  const seen = new Map<string, number>();
  const reportedOnce = new Set<string>();

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const get = (key: string): unknown => (mapping[key] === undefined ? undefined : row[mapping[key]]);
    const schoolId = cellText(get("school_id"));
    if (TOTALS.test(schoolId) || TOTALS.test(cellText(get("school_name")))) {
      cells.warn("row_totals_skipped", { text: schoolId || cellText(get("school_name")) }, { sheet, row: originRow + r });
      continue;
    }
    const problemsBefore = cells.problems.length;
    const student = readStudentKey(get, options, cells, (key) => at(r, key));

    const raws: RawScore[] = format === "long"
      ? readLongSubject(get, cells, (key) => at(r, key))
      : subjectColumns.map((c) => ({
        subject: c.subject, level: c.level, value: row[c.index], at: { sheet, row: originRow + r, col: originCol + c.index, column: c.header },
      }));
    const scores: StudentScore[] = [];
    const schoolName = cellText(get("school_name"));
    const municipality = cellText(get("municipality"));
    const locality = parseLocality(cellText(get("locality")));
    for (const raw0 of raws) {
      if (!student) break;
      // A level only distinguishes ЕГЭ mathematics; elsewhere it is dropped so that spec lookups match.
      const raw = student.procedure === "EGE" ? raw0 : { ...raw0, level: undefined };
      if (student.procedure === "EGE" && raw.subject === "MATH" && !raw.level) {
        // Base and profile mathematics have different scales: the level must be known. A wide column is reported once.
        if (format === "long") cells.error("ege_math_level_required", { value: cellText(get("subject")) }, raw.at);
        else if (!reportedOnce.has(`level:${raw.at.col}`)) {
          reportedOnce.add(`level:${raw.at.col}`);
          cells.error("ege_math_level_required", { value: raw.at.column ?? "" }, { ...headerAt, col: raw.at.col, column: raw.at.column });
        }
        continue;
      }
      const spec = specOf({ procedure: student.procedure, grade: student.grade, year: student.year, subject: raw.subject, level: raw.level });
      const cell = format === "long" ? pickScoreCell(get, mapping, spec?.scale ?? defaultScale(student.procedure, raw.subject, raw.level), (key) => at(r, key)) : raw;
      if (!cell) {
        const scale = spec?.scale ?? defaultScale(student.procedure, raw.subject, raw.level);
        if (!reportedOnce.has(`scale:${scale}`)) {
          reportedOnce.add(`scale:${scale}`);
          cells.error("score_scale_column_missing", { scale, subject: subjectLabel(raw.subject, raw.level), found }, headerAt);
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
    if (hasError(cells.problems, problemsBefore)) continue;
    for (const s of scores) {
      const key = `${s.schoolId}\u0000${s.year}\u0000${s.procedure}\u0000${s.grade}\u0000${s.studentId}\u0000${s.subject}\u0000${s.level ?? ""}`;
      const first = seen.get(key);
      if (first !== undefined) {
        cells.error("student_duplicate", { student: s.studentId, subject: subjectLabel(s.subject, s.level), first }, s.location ?? { sheet, row: originRow + r });
        continue;
      }
      seen.set(key, originRow + r);
      rows.push(s);
    }
  }
  if (rows.length === 0 && !hasError(cells.problems, 0)) cells.error("table_no_rows", {}, headerAt);
  return { rows, problems: cells.problems, format, subjectColumns, headerRow, mapping };
}

/** An error among the problems from index `from` on (the current row's), without rescanning the whole list. */
function hasError(problems: readonly Problem[], from: number): boolean {
  for (let i = from; i < problems.length; i++) if (problems[i].severity === "error") return true;
  return false;
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
function readStudentKey(get: (key: string) => unknown, options: ReadStudentOptions, cells: CellReader, at: (key: string) => Location): StudentKey | undefined {
  const schoolId = cellText(get("school_id"));
  if (schoolId === "") cells.error("cell_required", {}, at("school_id"));
  const studentId = cellText(get("student_id"));
  if (studentId === "") cells.error("cell_required", {}, at("student_id"));
  const yearCell = get("year");
  const year = yearCell === undefined || cellText(yearCell) === "" ? options.year ?? null : cells.year(yearCell, at("year"));
  if (year === null && cellText(yearCell) === "") cells.error("cell_required", {}, at("year"));
  const procedureText = cellText(get("procedure"));
  const procedure = procedureText === "" ? options.procedure : parseProcedureCached(procedureText);
  if (procedureText === "" && !procedure) cells.error("cell_required", {}, at("procedure"));
  else if (!procedure) cells.error("procedure_unknown", { value: procedureText }, at("procedure"));
  const gradeCell = get("grade");
  const grade = cellText(gradeCell) === "" && options.grade !== undefined ? options.grade : readGrade(gradeCell, procedure, cells, at("grade"));
  if (schoolId === "" || studentId === "" || year === null || !procedure || grade === null) return undefined;
  return { schoolId, studentId, year, procedure, grade };
}

const procedureCache = new Map<string, Procedure | undefined>();

/** `parseProcedure`, remembered: a sheet repeats the same few spellings on every row. */
function parseProcedureCached(text: string): Procedure | undefined {
  if (!procedureCache.has(text)) {
    if (procedureCache.size > 1000) procedureCache.clear();
    procedureCache.set(text, parseProcedure(text));
  }
  return procedureCache.get(text);
}

/** The subject (and ЕГЭ mathematics level) of a long-format row; none when the subject cell is blank or unknown. */
function readLongSubject(get: (key: string) => unknown, cells: CellReader, at: (key: string) => Location): RawScore[] {
  const text = cellText(get("subject"));
  if (text === "") {
    cells.error("cell_required", {}, at("subject"));
    return [];
  }
  const parsed = parseSubject(text);
  if (!parsed) {
    cells.error("subject_unknown", { value: text }, at("subject"));
    return [];
  }
  const level = parsed.subject === "MATH" ? readLevelCell(cellText(get("level")), parsed.level, cells, at("level")) : undefined;
  return [{ subject: parsed.subject, ...(level ? { level } : {}), value: undefined, at: at("subject") }];
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
  const n = cells.number(value, at);
  if (n === null) return null;
  if (n < 0) {
    cells.error("cell_negative", { value: cellText(value) }, at);
    return null;
  }
  if (spec && n > spec.max) {
    cells.error("score_above_max", {
      value: cellText(value), max: spec.max, procedure: key.procedure, subject: subjectLabel(spec.subject, spec.level), grade: key.grade, year: key.year,
    }, at);
    return null;
  }
  return n;
}
