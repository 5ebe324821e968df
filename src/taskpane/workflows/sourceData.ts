/** What the mapping and check steps show about the data read: columns with their letters, sample values, facts. */
import { cellAddress, columnLetter, type Location, type Problem } from "../../core/errors";
import type { AggregateRow } from "../../core/table/aggregate";
import { cellText } from "../../core/values";
import type { SourceMatrix, SourceRef } from "../../host/WorkbookHost";
import type { DataFacts } from "./types";

export interface ColumnOption {
  /** 0-based column in the matrix. */
  col: number;
  /** Sheet column letter, e.g. "C". */
  letter: string;
  header: string;
}

export function columnOptions(matrix: SourceMatrix, headerRow: number): ColumnOption[] {
  const width = matrix.values.reduce((w, row) => Math.max(w, row.length), 0);
  const header = matrix.values[headerRow] ?? [];
  return Array.from({ length: width }, (_, col) => ({ col, letter: columnLetter(matrix.originCol + col), header: cellText(header[col]) }));
}

/** The first non-empty value under the header in a column, to show what a mapped column holds. */
export function sampleValue(matrix: SourceMatrix, headerRow: number, col: number): string {
  for (let r = headerRow + 1; r < Math.min(matrix.values.length, headerRow + 50); r++) {
    const text = cellText(matrix.values[r]?.[col]);
    if (text !== "") return text;
  }
  return "";
}

export function dataFacts(rows: readonly AggregateRow[]): DataFacts {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return { rows: rows.length, schools: new Set(rows.map((r) => r.schoolId)).size, years };
}

/** «Лист1!F12» for a cell, «Лист1!12:12» for a whole row, undefined when the problem has no row. */
export function problemAddress(location: Location | undefined): string | undefined {
  const address = cellAddress(location);
  if (!address || !location) return undefined;
  return location.col === undefined ? `${address}:${location.row}` : address;
}

/** Errors first, then warnings; each in sheet order. */
export function sortProblems(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  const byPlace = (a: Problem, b: Problem) => (a.location?.row ?? 0) - (b.location?.row ?? 0) || (a.location?.col ?? 0) - (b.location?.col ?? 0);
  return {
    errors: problems.filter((p) => p.severity === "error").sort(byPlace),
    warnings: problems.filter((p) => p.severity !== "error").sort(byPlace),
  };
}

export function sameSource(a: SourceRef | undefined, b: SourceRef | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind === "selection" || ("name" in a && "name" in b && a.name === b.name);
}
