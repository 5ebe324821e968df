/**
 * Reads the input of `shnor deviation` and turns it into school and region means per exam × subject × year. The
 * form is chosen by the headers: a means table (it has a region-mean column), student results (a student-id
 * column: means computed), or the aggregate table with a mean-score column. Problems are printed with their cells.
 */
import { AGGREGATE_FIELDS, readAggregateTable } from "../core/table/aggregate";
import { cellText } from "../core/values";
import { ShnorError } from "../core/errors";
import { GIA_MEANS_FIELDS, type GiaMeanCell, giaMeansFromAggregates, giaMeansFromStudents, readGiaMeansTable } from "../core/indicators/giaDeviation";
import type { GiaMeansSource } from "../core/report/deviationAnalysis";
import { detectHeaderRow, type FieldSpec } from "../core/table/headers";
import { readStudentTable, studentFields } from "../core/table/students";
import { readSourceFile } from "../host/file";
import type { Lang } from "../i18n";
import type { CliIO } from "./context";
import { checkProblems } from "./loadScoreInput";

export interface GiaInput {
  source: GiaMeansSource;
  cells: GiaMeanCell[];
  /** Rows read (students, means or aggregate rows). */
  rows: number;
}

const has = (values: readonly (readonly unknown[])[], fields: readonly FieldSpec[], key: string) => detectHeaderRow(values, fields)?.mapping[key] !== undefined;

/** The form of the table by its headers, or undefined when none matches. */
export function giaInputKind(values: readonly (readonly unknown[])[]): GiaMeansSource | undefined {
  if (has(values, GIA_MEANS_FIELDS, "region_mean")) return "meansTable";
  if (has(values, studentFields(), "student_id")) return "students";
  if (has(values, AGGREGATE_FIELDS, "mean_score")) return "aggregateTable";
  return undefined;
}

export async function loadGiaInput(path: string, sheet: string | undefined, lang: Lang, io: CliIO): Promise<GiaInput> {
  const source = await readSourceFile(path, { sheet });
  const kind = giaInputKind(source.values);
  if (kind === "meansTable") {
    const table = readGiaMeansTable(source);
    checkProblems(table.problems, lang, io);
    return { source: kind, cells: table.cells, rows: table.cells.length };
  }
  if (kind === "students") {
    const table = readStudentTable(source);
    checkProblems(table.problems, lang, io);
    return { source: kind, cells: giaMeansFromStudents(table.rows), rows: table.rows.length };
  }
  if (kind === "aggregateTable") {
    const table = readAggregateTable(source);
    checkProblems(table.problems, lang, io);
    return { source: kind, cells: giaMeansFromAggregates(table.rows), rows: table.rows.length };
  }
  const at = Math.max(0, source.values.findIndex((row) => row.some((v) => cellText(v) !== "")));
  const found = (source.values[at] ?? []).map(cellText).filter(Boolean).join("; ") || "—";
  throw new ShnorError("gia_input_unrecognised", { found }, { sheet: source.sheet, row: source.originRow + at });
}
