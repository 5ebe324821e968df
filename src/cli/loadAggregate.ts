/**
 * Reads an aggregate results file for a command: every problem of the table is printed with its cell, and
 * the command stops (writing nothing) when there is any error.
 */
import { type AggregateRow, readAggregateTable, requireValid } from "../core/table/aggregate";
import { formatProblem, type Lang, t } from "../i18n";
import { readSourceFile } from "../host/file";
import type { CliIO } from "./context";

export async function loadAggregate(path: string, sheet: string | undefined, lang: Lang, io: CliIO): Promise<AggregateRow[]> {
  const source = await readSourceFile(path, { sheet });
  const table = readAggregateTable(source);
  for (const p of table.problems.filter((p) => p.severity === "warning")) io.err(`${lang === "ru" ? "Предупреждение" : "Warning"}: ${formatProblem(p, lang)}\n`);
  requireValid(table.problems);
  return table.rows;
}

/** The years present in the data, for messages about a missing year. */
export function yearsOf(rows: readonly AggregateRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort();
}

/**
 * Rule 2 of the ШНОР status needs the year before: when the data has none, the list rests on rule 1 alone, and the
 * user is told so once rather than only through a flag on every school.
 */
export function warnIfNoPreviousYear(rows: readonly AggregateRow[], resultsYear: number, lang: Lang, io: CliIO): void {
  if (rows.some((r) => r.year === resultsYear - 1)) return;
  io.err(`${lang === "ru" ? "Предупреждение" : "Warning"}: ${t("cli_no_previous_year", { year: resultsYear, previous: resultsYear - 1 }, lang)}\n`);
}
