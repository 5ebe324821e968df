/**
 * What is sent to Excel for a block of report cells: the values and, cell by cell, the number format.
 *
 * Excel parses a string written to `values` as if typed: "=HYPERLINK(...)", "+7 999…" and "@SUM(A1)" would
 * become formulas (formula injection from user data), "760152" a number, "1-2" a date. Every string therefore
 * goes to a cell formatted as text ("@") — the format is set before the value in the same batch — so it is
 * stored exactly as given. Numbers in a text column are written as their text.
 */
import type { CellOut, ColumnSpec } from "../../core/report/sheet";
import { NUMBER_FORMATS } from "../reportLayout";

export type ExcelValue = string | number | boolean;

export interface CellMatrices {
  values: ExcelValue[][];
  numberFormat: string[][];
}

export const GENERAL = "General";
export const TEXT = NUMBER_FORMATS.text;

/** One report cell as a value and its number format. */
export function excelCell(v: CellOut, column: ColumnSpec): [ExcelValue, string] {
  const format = column.format ? NUMBER_FORMATS[column.format] : GENERAL;
  if (v === null) return ["", format]; // "" clears; null would mean "leave the cell as it is"
  if (typeof v === "string") return [v, TEXT];
  if (typeof v === "number" && column.format === "text") return [String(v), TEXT];
  if (typeof v === "boolean") return [v, GENERAL];
  return [v, format];
}

export function bodyMatrices(rows: readonly CellOut[][], columns: readonly ColumnSpec[]): CellMatrices {
  const values: ExcelValue[][] = [];
  const numberFormat: string[][] = [];
  for (const row of rows) {
    const v: ExcelValue[] = [];
    const f: string[] = [];
    row.forEach((cell, j) => {
      const [value, format] = excelCell(cell, columns[j]);
      v.push(value);
      f.push(format);
    });
    values.push(v);
    numberFormat.push(f);
  }
  return { values, numberFormat };
}

/** A row of texts (headers, titles), all formatted as text. */
export function textRow(texts: readonly string[]): CellMatrices {
  return { values: [texts.slice()], numberFormat: [texts.map(() => TEXT)] };
}
