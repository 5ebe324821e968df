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
import { readStudentTable, type StudentScore } from "../core/table/students";
import { readSourceFile } from "../host/file";
import { formatProblem, type Lang } from "../i18n";
import type { CliIO } from "./context";

export type ScoreInput =
  | { kind: "students"; rows: StudentScore[] }
  | { kind: "subjectAggregates"; rows: SubjectAggregateRow[] };

/** Prints the warnings, then throws (with every problem) when there is an error. */
export function checkProblems(problems: readonly Problem[], lang: Lang, io: CliIO): void {
  for (const p of problems.filter((x) => x.severity === "warning")) io.err(`${lang === "ru" ? "Предупреждение" : "Warning"}: ${formatProblem(p, lang)}\n`);
  requireValid(problems);
}

/** `specs` (the user's rows first, then the defaults) decide the "score above the maximum" check. */
export async function loadScoreInput(path: string, sheet: string | undefined, specs: readonly ScoreSpec[], lang: Lang, io: CliIO): Promise<ScoreInput> {
  const source = await readSourceFile(path, { sheet });
  if (looksLikeSubjectAggregates(source.values)) {
    const table = readSubjectAggregateTable(source);
    checkProblems(table.problems, lang, io);
    return { kind: "subjectAggregates", rows: table.rows };
  }
  const table = readStudentTable(source, { specs });
  checkProblems(table.problems, lang, io);
  return { kind: "students", rows: table.rows };
}

export async function loadScoreSpecs(path: string, lang: Lang, io: CliIO): Promise<ScoreSpec[]> {
  const table = readScoreSpecTable(await readSourceFile(path));
  checkProblems(table.problems, lang, io);
  return table.specs;
}
