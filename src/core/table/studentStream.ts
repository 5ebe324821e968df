/**
 * The student table read as a stream of rows straight into the score-index accumulator: nothing per row is kept, so
 * a country's 20 million rows fit in memory (see scoreIndexAccumulator.ts for what per student is kept).
 *
 * The result is the one of `computeScoreIndices(readStudentTable(whole).rows)` and the problems are those of
 * `readStudentTable(whole)`, in the same order (up to the cap of `ProblemList`):
 *  - the first rows (HEAD_ROWS) are opened with `openTable` as the whole table would be (the header is detected
 *    among the first ten rows, so these rows decide it) and read with the whole-table code;
 *  - every later row takes a fast path when each cell it reads is plain — a school id, a student id and names without
 *    an Excel error or a totals word, a four-digit year, a known procedure, a grade 1–11, scores written as whole
 *    numbers not above the spec's maximum; in the long format a known subject and level, and a score column of the
 *    result's scale — and the result is then the same by construction;
 *  - any other row goes, with its neighbours, through a small frame of `openTable` over [header, …those rows] placed
 *    at their sheet rows, and the whole-table code `readStudentRow`.
 *  Totals rows are warned about before the rows' own problems, as `openTable` does over the whole table.
 * Repeated student × subject pairs are refused by the accumulator (same problem, same place, same first row).
 */
import { defaultGrade, defaultScale, type MathLevel, type ParsedSubject, parseLevel, parseSubject, type ScoreSpec } from "../catalog/scoreSpecs";
import type { Procedure } from "../catalog/assessments";
import type { Location, Problem } from "../errors";
import { createScoreIndexAccumulator, ProblemList, type ScoreIndexAccumulator } from "../indicators/scoreIndexAccumulator";
import type { ScoreIndexResult, ScoreIndexSettings } from "../indicators/scoreIndices";
import { cellText, plainWholeNumber } from "../values";
import { type Locality, parseLocality, SCHOOL_TOTALS } from "./aggregate";
import { isTotalsText, openTable, type TableFrame, type TableRead, type TableRules } from "./frame";
import {
  layoutOf, parseProcedureCached, type ReadStudentOptions, readStudentRow, studentFields, type StudentRowContext, studentRowContext,
  type StudentTableFormat, type SubjectColumn,
} from "./students";

/** Rows buffered before the table is opened (header detection looks at the first ten). */
const HEAD_ROWS = 64;
/** Rows that need the full reader are read in frames of at most this many. */
const SLOW_BATCH = 4096;

export interface StudentStreamOptions extends ReadStudentOptions {
  sheet?: string;
  /** 1-based sheet row of the first row pushed (default 1) and sheet column of its first cell. */
  originRow?: number;
  originCol?: number;
  /** The computation's settings (`computeScoreIndices`). */
  settings?: Partial<ScoreIndexSettings>;
  /** Problems kept in full (default 1000); the rest are counted in one `problems_more`. */
  maxProblems?: number;
}

export interface StudentStreamRead extends TableRead {
  format: StudentTableFormat;
  subjectColumns: SubjectColumn[];
  /** Student results read (what `readStudentTable(...).rows.length` is). */
  results: number;
  /** Rows pushed. */
  rowsRead: number;
  /** The indices; undefined when the table has an error (see `problems`). */
  result?: ScoreIndexResult;
}

export interface StudentStream {
  /** The next row of the sheet (blank rows included, so that row numbers stay right). */
  push(row: readonly unknown[]): void;
  end(): StudentStreamRead;
}

/** The trimmed text of a cell of a fast row, or null when the row must go to the full reader. */
function plainText(v: unknown): string | null {
  if (v === undefined) return "";
  if (typeof v !== "string") return null;
  // Printable ASCII at both ends (the usual id or number): nothing to trim, and no Excel error unless it starts with #.
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(v.length - 1);
  if (first > 35 && first < 127 && last > 32 && last < 127) return v;
  const t = v.trim();
  return t.charCodeAt(0) === 35 /* # */ ? null : t;
}

/** A score written as a whole number (at most six digits), -1 for a blank, -2 when the full reader must decide. */
function plainScore(v: unknown): number {
  if (v === undefined || v === "") return -1;
  if (typeof v !== "string" || v.length > 6) return -2;
  return plainWholeNumber(v) ?? -2;
}

/** The fast path: `prepare` reads a row without changing any state (false → the full reader); `apply` adds it. */
interface FastReader {
  prepare(row: readonly unknown[], r: number): boolean;
  apply(): void;
}

/** Long format: where a subject's score is read in one group. */
interface LongColumn {
  sl: number;
  col: number;
  field: string;
  max: number;
}

/** The group of the last fast row, recognised by the raw cells it came from. */
interface FastGroup {
  raw: unknown[];
  g: number;
  procedure: Procedure;
  grade: number;
  year: number;
  /** Long format: per subject and level, its column (null: the sheet lacks the column of its scale). */
  long: Map<string, LongColumn | null>;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  /** Per subject column: the accumulator's subject index, or -1 when the column is skipped (reported ЕГЭ level). */
  sls: Int32Array;
  /** Per subject column: the reader's spec maximum (Infinity without a spec). */
  maxes: Float64Array;
}

export function createStudentIndexStream(options: StudentStreamOptions = {}): StudentStream {
  const originRow = options.originRow ?? 1;
  const originCol = options.originCol ?? 1;
  const { sheet } = options;
  const fields = studentFields(options);
  const rules: TableRules = { keysInMissing: true, alsoMissing: (mapping, header) => layoutOf(header, mapping).missing };
  const openWarnings = new ProblemList(options.maxProblems);
  const problems = new ProblemList(options.maxProblems);
  let acc: ScoreIndexAccumulator | undefined;
  let head: (readonly unknown[])[] | undefined = [];
  let headHasText = false;
  let index = 0;
  let failed: (TableRead & { header: readonly unknown[] }) | undefined;
  let opened: { frame: TableFrame; ctx: StudentRowContext; format: StudentTableFormat; subjectColumns: SubjectColumn[]; headerAt: Location } | undefined;
  let pending: (readonly unknown[])[] = [];
  let pendingStart = 0;
  let fast: FastReader | undefined;

  /** Rows of a frame through the whole-table code; their problems in order, their results to the accumulator. */
  const readSlow = (f: TableFrame, rows: readonly number[], ctx: StudentRowContext, a: ScoreIndexAccumulator): void => {
    for (const p of f.cells.problems) openWarnings.push(p); // what openTable found: totals rows
    let from = f.cells.problems.length;
    for (const r of rows) {
      const scores = readStudentRow(f, r, ctx);
      let error = false;
      for (let i = from; i < f.cells.problems.length; i++) {
        const p = f.cells.problems[i];
        if (p.severity === "error") error = true;
        problems.push(p);
      }
      from = f.cells.problems.length;
      if (!error) for (const s of scores) a.add(s);
    }
  };

  const open = (): void => {
    const values = head ?? [];
    head = undefined;
    const o = openTable({ values, sheet, originRow, originCol }, fields, options, SCHOOL_TOTALS, rules);
    if (!o.ok) {
      failed = { problems: o.problems, headerRow: o.headerRow, mapping: o.mapping, header: o.header };
      return;
    }
    const f = o.frame;
    const { format, subjectColumns } = layoutOf(f.header, f.mapping);
    const headerAt = f.headerAt();
    const ctx = studentRowContext(format, subjectColumns, options, () => headerAt);
    acc = createScoreIndexAccumulator(options.settings, { problems });
    opened = { frame: f, ctx, format, subjectColumns, headerAt };
    readSlow(f, f.rows, ctx, acc);
    fast = fastReader(f, format, subjectColumns, ctx, acc);
  };

  const flush = (): void => {
    if (pending.length === 0 || !opened || !acc) return;
    const { frame, ctx } = opened;
    const o = openTable(
      { values: [frame.header, ...pending], sheet, originRow: originRow + pendingStart - 1, originCol },
      fields, { headerRow: 0, mapping: frame.mapping }, SCHOOL_TOTALS, rules,
    );
    pending = [];
    if (!o.ok) throw new Error("studentStream: a frame of the same header did not open");
    readSlow(o.frame, o.frame.rows, ctx, acc);
  };

  /** The fast path of a wide table: true when the row was read, false when the full reader must read it. */
  function fastReader(f: TableFrame, format: StudentTableFormat, columns: readonly SubjectColumn[], ctx: StudentRowContext, a: ScoreIndexAccumulator): FastReader {
    const m = f.mapping;
    const cols = [m.school_id, m.school_name, m.municipality, m.locality, m.year, m.procedure, m.grade];
    const studentCol = m.student_id;
    const columnNames = f.header.map((h) => cellText(h) || undefined);
    const n = Math.max(1, columns.length);
    const sls = new Int32Array(n);
    const scores = new Float64Array(n);
    const cellCols = new Int32Array(n);
    /** Long format: the field key of the score cell (a location names the field when the header cell is blank). */
    let scoreKey = "score";
    const long = format === "long";
    const parsedSubjects = new Map<string, ParsedSubject | null>();
    const parsedLevels = new Map<string, MathLevel | null>();
    const localities = new Map<string, Locality | null>();
    let last: FastGroup | undefined;
    let row = 0;
    let count = 0;
    let studentId = "";
    const at = (k: number): Location => {
      const col = cellCols[k];
      return { sheet, row, col: originCol + col, column: long ? columnNames[col] ?? scoreKey : columnNames[col] };
    };

    /**
     * Long format: the subject index, score column and spec maximum of a subject in a group (cached per group), or
     * undefined when the sheet lacks the column of the result's scale (the full reader reports it).
     */
    const longColumn = (g: FastGroup, subject: string, level: MathLevel | undefined): LongColumn | undefined => {
      const key = `${subject}|${level ?? ""}`;
      let c = g.long.get(key);
      if (c === undefined) {
        const { procedure, grade, year } = g;
        const spec = ctx.specOf({ procedure, grade, year, subject, level });
        const scale = spec?.scale ?? defaultScale(procedure, subject, level);
        const own = scale === "test" ? "score_test" : "score_primary";
        const field = m[own] !== undefined ? own : m.score !== undefined ? "score" : undefined;
        c = field === undefined ? null : { sl: a.subject(subject, level), col: m[field], field, max: spec ? spec.max : Number.POSITIVE_INFINITY };
        g.long.set(key, c);
      }
      return c ?? undefined;
    };

    /** Long format: the row's one result into the scratch arrays; false → the full reader. */
    const prepareLong = (g: FastGroup, values: readonly unknown[]): boolean => {
      const subjectText = plainText(values[m.subject]);
      if (!subjectText) return false;
      let parsed = parsedSubjects.get(subjectText);
      if (parsed === undefined) {
        parsed = parseSubject(subjectText) ?? null;
        if (parsedSubjects.size < 1000) parsedSubjects.set(subjectText, parsed);
      }
      if (!parsed) return false;
      let level: MathLevel | undefined;
      if (parsed.subject === "MATH") {
        const levelText = plainText(m.level === undefined ? undefined : values[m.level]);
        if (levelText === null) return false;
        if (levelText === "") level = parsed.level;
        else {
          let l = parsedLevels.get(levelText);
          if (l === undefined) {
            l = parseLevel(levelText) ?? null;
            if (parsedLevels.size < 1000) parsedLevels.set(levelText, l);
          }
          if (!l) return false;
          level = l;
        }
        if (g.procedure === "EGE" && !level) return false;
      }
      const c = longColumn(g, parsed.subject, g.procedure === "EGE" ? level : undefined);
      if (!c) return false;
      const score = plainScore(values[c.col]);
      count = 0;
      if (score === -1) return true;
      if (score === -2 || score > c.max) return false;
      sls[0] = c.sl;
      scores[0] = score;
      cellCols[0] = c.col;
      scoreKey = c.field;
      count = 1;
      return true;
    };

    /** The group of a row whose group cells differ from the last fast row's; undefined → full reader. */
    const groupOf = (raw: unknown[]): FastGroup | undefined => {
      const schoolId = plainText(raw[0]);
      const schoolName = plainText(raw[1]);
      const municipality = plainText(raw[2]);
      const localityText = plainText(raw[3]);
      const yearText = plainText(raw[4]);
      const procedureText = plainText(raw[5]);
      const gradeText = plainText(raw[6]);
      if (!schoolId || schoolName === null || municipality === null || localityText === null || yearText === null || procedureText === null || gradeText === null) return undefined;
      // A totals row goes to the full reader, which warns about it («Средняя школа …» is not one).
      if (isTotalsText(schoolId) || isTotalsText(schoolName)) return undefined;
      let year: number;
      if (yearText === "") {
        if (options.year === undefined) return undefined;
        year = options.year;
      } else {
        if (!/^\d{4}$/.test(yearText)) return undefined;
        year = Number(yearText);
        if (year < 2000 || year > 2100) return undefined;
      }
      const procedure: Procedure | undefined = procedureText === "" ? options.procedure : parseProcedureCached(procedureText);
      if (!procedure) return undefined;
      let grade: number | undefined;
      if (gradeText === "") grade = options.grade ?? defaultGrade(procedure);
      else if (/^\d{1,2}$/.test(gradeText)) grade = Number(gradeText);
      if (grade === undefined || grade < 1 || grade > 11) return undefined;
      let locality = localities.get(localityText);
      if (locality === undefined) {
        locality = parseLocality(localityText);
        if (localities.size < 1000) localities.set(localityText, locality);
      }
      const g: FastGroup = {
        raw, g: a.group(schoolId, year, procedure, grade), procedure, grade, year, schoolName, municipality, locality,
        sls: new Int32Array(columns.length), maxes: new Float64Array(columns.length), long: new Map(),
      };
      for (let k = 0; k < columns.length; k++) {
        const c = columns[k];
        const level = procedure === "EGE" ? c.level : undefined;
        if (procedure === "EGE" && c.subject === "MATH" && !level) {
          // Reported once at the header by the full reader; after that the column is skipped.
          if (!ctx.reportedOnce.has(`level:${originCol + c.index}`)) return undefined;
          g.sls[k] = -1;
          continue;
        }
        g.sls[k] = a.subject(c.subject, level);
        const spec: ScoreSpec | undefined = ctx.specOf({ procedure, grade, year, subject: c.subject, level });
        g.maxes[k] = spec ? spec.max : Number.POSITIVE_INFINITY;
      }
      return g;
    };

    const prepare = (values: readonly unknown[], r: number): boolean => {
      let g = last;
      if (g) {
        const raw = g.raw;
        for (let i = 0; i < 7; i++) {
          const col = cols[i];
          if (col !== undefined && values[col] !== raw[i]) {
            g = undefined;
            break;
          }
        }
      }
      if (!g) {
        const raw = cols.map((c) => (c === undefined ? undefined : values[c]));
        g = groupOf(raw);
        if (!g) return false;
        last = g;
      }
      const id = plainText(values[studentCol]);
      if (!id) return false;
      if (long) {
        if (!prepareLong(g, values)) return false;
        studentId = id;
        row = originRow + r;
        return true;
      }
      count = 0;
      for (let k = 0; k < columns.length; k++) {
        const sl = g.sls[k];
        if (sl < 0) continue;
        const col = columns[k].index;
        const score = plainScore(values[col]);
        if (score === -1) continue;
        if (score === -2 || score > g.maxes[k]) return false;
        sls[count] = sl;
        scores[count] = score;
        cellCols[count] = col;
        count++;
      }
      studentId = id;
      row = originRow + r;
      return true;
    };
    const apply = (): void => {
      const g = last as FastGroup;
      if (count > 0 && a.addRow(g.g, studentId, count, sls, scores, row, at) > 0) a.names(g.g, g.schoolName, g.municipality, g.locality);
    };
    return { prepare, apply };
  }

  const push = (row: readonly unknown[]): void => {
    const r = index++;
    if (head) {
      head.push(row);
      if (!headHasText && row.some((v) => cellText(v) !== "")) headHasText = true;
      if (head.length >= HEAD_ROWS && headHasText) open();
      return;
    }
    if (failed) return;
    if (fast?.prepare(row, r)) {
      flush(); // the rows before it first, in order
      fast.apply();
      return;
    }
    if (pending.length === 0) pendingStart = r;
    pending.push(row);
    if (pending.length >= SLOW_BATCH) flush();
  };

  const end = (): StudentStreamRead => {
    if (head) open();
    if (failed) return { ...failed, problems: failed.problems, format: layoutOf(failed.header, failed.mapping).format, subjectColumns: [], results: 0, rowsRead: index };
    flush();
    const a = acc as ScoreIndexAccumulator;
    const o = opened as NonNullable<typeof opened>;
    if (a.accepted === 0 && problems.errors === 0) problems.push({ code: "table_no_rows", severity: "error", params: {}, location: o.headerAt });
    // Totals warnings first, as the whole-table reader records them; one cap over both.
    const merged = new ProblemList(options.maxProblems);
    merged.append(openWarnings);
    merged.append(problems);
    const all: Problem[] = merged.list();
    const read: StudentStreamRead = {
      problems: all, headerRow: o.frame.headerRow, mapping: o.frame.mapping, format: o.format, subjectColumns: o.subjectColumns, results: a.accepted, rowsRead: index,
    };
    if (problems.errors === 0) read.result = a.finish();
    return read;
  };

  return { push, end };
}
