/**
 * Reads an aggregate results file for a command: every problem of the table is printed with its cell, and
 * the command stops (writing nothing) when there is any error.
 */
import { type AggregateRow, readAggregateTable, requireValid } from "../core/table/aggregate";
import { formatProblem, type Lang } from "../i18n";
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
