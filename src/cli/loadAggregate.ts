/**
 * Reads an aggregate results file for a command: every problem of the table is printed with its cell, and
 * the command stops (writing nothing) when there is any error.
 */
import { ShnorError } from "../core/errors";
import { type AggregateRow, type AggregateTable, readAggregateTable, requireValid } from "../core/table/aggregate";
import { type AggregateStream, createAggregateStream } from "../core/table/aggregateStream";
import { type Lang, t } from "../i18n";
import { isTextTableFile, readSourceFile, streamTextFile, textSheetName } from "../host/file";
import type { CliIO } from "./context";
import { printWarnings } from "./warnings";

export async function loadAggregate(path: string, sheet: string | undefined, lang: Lang, io: CliIO): Promise<AggregateRow[]> {
  const table = await readAggregateFile(path, sheet);
  printWarnings(table.problems, lang, io);
  requireValid(table.problems);
  return table.rows;
}

/**
 * A text file is streamed row by row into the reader, so a country's file never exists as a matrix of strings (half
 * the memory, and a third less time); a workbook is read whole.
 */
async function readAggregateFile(path: string, sheet: string | undefined): Promise<AggregateTable> {
  if (!(await isTextTableFile(path))) return readAggregateTable(await readSourceFile(path, { sheet }));
  let stream: AggregateStream | undefined;
  const info = await streamTextFile(path, () => {
    // Called again from the first row when the file turns out to be Windows-1251: begin afresh.
    const s = createAggregateStream({ sheet: textSheetName(path) });
    stream = s;
    return (fields) => s.push(fields);
  }, { sheet });
  if (!stream || info.records === 0) throw new ShnorError("file_empty", { file: path });
  return stream.end();
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
