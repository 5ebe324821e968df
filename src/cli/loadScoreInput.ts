/**
 * Reads the input of `shnor indices`: student results (long or wide), or per-subject aggregates when the header
 * row names a low-result count («Ниже B_min»). Also reads a user score-spec table. Every problem is printed with
 * its cell; the command stops, writing nothing, on any error.
 */
import type { ScoreSpec } from "../core/catalog/scoreSpecs";
import { readScoreSpecTable } from "../core/catalog/scoreSpecs";
import type { Problem } from "../core/errors";
import { requireValid } from "../core/table/aggregate";
import { looksLikeSubjectAggregates, readSubjectAggregateTable, type SubjectAggregateRow } from "../core/table/subjectAggregates";
import { computeScoreIndices, type ScoreIndexResult, type ScoreIndexSettings } from "../core/indicators/scoreIndices";
import { createStudentIndexStream, type StudentStream } from "../core/table/studentStream";
import { readStudentTable } from "../core/table/students";
import { isTextTableFile, readSourceFile, streamTextFile } from "../host/file";
import type { Lang } from "../i18n";
import type { CliIO } from "./context";
import { printWarnings } from "./warnings";

export type ScoreInput =
  /** Student results: how many were read, and the indices computed from them. */
  | { kind: "students"; rows: number; result: ScoreIndexResult }
  | { kind: "subjectAggregates"; rows: SubjectAggregateRow[] };

/** Prints the warnings, then throws (with every problem) when there is an error. */
export function checkProblems(problems: readonly Problem[], lang: Lang, io: CliIO): void {
  printWarnings(problems, lang, io);
  requireValid(problems);
}

/** Records looked at to tell student results from per-subject aggregates in a text file. */
const HEAD_RECORDS = 64;

/**
 * `specs` (the user's rows first, then the defaults) decide the "score above the maximum" check; `settings` are the
 * computation's. A text file of student results is streamed (read, checked and counted row by row: memory does not
 * grow with the rows); a workbook, or a text file of aggregates, is read whole.
 */
export async function loadScoreInput(path: string, sheet: string | undefined, specs: readonly ScoreSpec[], settings: Partial<ScoreIndexSettings>, lang: Lang, io: CliIO): Promise<ScoreInput> {
  if (await isTextTableFile(path)) {
    const streamed = await streamStudents(path, sheet, specs, settings, lang, io);
    if (streamed) return streamed;
  }
  const source = await readSourceFile(path, { sheet });
  if (looksLikeSubjectAggregates(source.values)) {
    const table = readSubjectAggregateTable(source);
    checkProblems(table.problems, lang, io);
    return { kind: "subjectAggregates", rows: table.rows };
  }
  const table = readStudentTable(source, { specs });
  checkProblems(table.problems, lang, io);
  return { kind: "students", rows: table.rows.length, result: computeScoreIndices(table.rows, settings) };
}

/** Student results of a text file, streamed; undefined when the file holds per-subject aggregates. */
async function streamStudents(path: string, sheet: string | undefined, specs: readonly ScoreSpec[], settings: Partial<ScoreIndexSettings>, lang: Lang, io: CliIO): Promise<ScoreInput | undefined> {
  let head: string[][] = [];
  const peek = await streamTextFile(path, () => {
    head = [];
    return (fields) => {
      if (head.length < HEAD_RECORDS) head.push(fields);
    };
  }, { sheet, maxRecords: HEAD_RECORDS });
  if (looksLikeSubjectAggregates(head)) return undefined;
  let stream: StudentStream | undefined;
  await streamTextFile(path, () => {
    const s = (stream = createStudentIndexStream({ sheet: peek.sheet, specs, settings }));
    return (fields) => s.push(fields);
  }, { sheet });
  const read = (stream as StudentStream).end();
  checkProblems(read.problems, lang, io);
  return { kind: "students", rows: read.results, result: read.result as ScoreIndexResult };
}

export async function loadScoreSpecs(path: string, lang: Lang, io: CliIO): Promise<ScoreSpec[]> {
  const table = readScoreSpecTable(await readSourceFile(path));
  checkProblems(table.problems, lang, io);
  return table.specs;
}
