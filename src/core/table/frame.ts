/**
 * Opening a user table once for every reader of the context tables (social passport, staffing and equipment
 * components, deficit flags, risk profiles, rubrics, programme inputs): header-row detection and alias mapping
 * (headers.ts), located problems (cells.ts), blank and totals rows skipped. Each reader then only reads its own
 * fields, so the boilerplate of aggregate.ts is not copied five more times.
 */
import type { Location, Problem } from "../errors";
import { cellText } from "../values";
import { CellReader } from "./cells";
import { type ColumnMapping, describeFields, detectHeaderRow, type FieldSpec, mapHeaders, missingFields } from "./headers";
import type { SourceLike } from "./source";

export interface OpenTableOptions {
  /** A mapping chosen by the user (field → 0-based column); found from the headers when absent. */
  mapping?: ColumnMapping;
  /** 0-based header row; detected when absent. */
  headerRow?: number;
}

/** A table whose header was found and whose required columns are present. */
export interface TableFrame {
  readonly values: readonly (readonly unknown[])[];
  readonly sheet?: string;
  /** 0-based index of the header row in the matrix. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly header: readonly unknown[];
  readonly cells: CellReader;
  /** 0-based matrix indices of the data rows: non-blank, not a totals row (those are warned about). */
  readonly rows: readonly number[];
  /** The cell of field `key` in matrix row `r` (undefined when the column is absent). */
  get(r: number, key: string): unknown;
  /** Where field `key` of matrix row `r` is, with the column's header text. */
  at(r: number, key: string): Location;
  /** Where column `col` (0-based) of matrix row `r` is. */
  atCol(r: number, col: number): Location;
  /** The header row, for problems about the whole table. */
  headerAt(): Location;
  /** The 1-based sheet row of matrix row `r`. */
  sheetRow(r: number): number;
}

export type OpenedTable =
  | { ok: true; frame: TableFrame }
  | { ok: false; problems: Problem[]; headerRow: number; mapping: ColumnMapping };

/** «Итого», «Всего по МО», "Total:" — but not «Всеволожская СОШ» or «Итоговое …». */
const TOTALS = /^(итого|всего|total|totals|сумма)(?![а-яёa-z])/i;

/** Finds the header, maps the fields and lists the data rows; an empty table or a missing column is a located error. */
export function openTable(source: SourceLike, fields: readonly FieldSpec[], options: OpenTableOptions = {}, totalsKeys: readonly string[] = []): OpenedTable {
  const { values, sheet } = source;
  const originRow = source.originRow ?? 1;
  const originCol = source.originCol ?? 1;
  const cells = new CellReader();
  if (values.length === 0 || values.every((row) => row.every((v) => cellText(v) === ""))) {
    cells.error("table_empty", {}, { sheet });
    return { ok: false, problems: cells.problems, headerRow: 0, mapping: {} };
  }
  const detected = options.headerRow !== undefined
    ? { headerRow: options.headerRow, mapping: mapHeaders(values[options.headerRow] ?? [], fields) }
    : detectHeaderRow(values, fields);
  const headerRow = detected?.headerRow ?? 0;
  const mapping = options.mapping ?? detected?.mapping ?? {};
  const header = values[headerRow] ?? [];
  const headerAt = (): Location => ({ sheet, row: originRow + headerRow });
  const missing = missingFields(mapping, fields);
  if (missing.length > 0) {
    const found = header.map(cellText).filter(Boolean).join("; ");
    for (const key of missing) cells.error("column_missing", { field: describeFields(key, fields), found }, headerAt());
    return { ok: false, problems: cells.problems, headerRow, mapping };
  }
  const get = (r: number, key: string): unknown => (mapping[key] === undefined ? undefined : values[r]?.[mapping[key]]);
  const atCol = (r: number, col: number): Location => ({ sheet, row: originRow + r, col: originCol + col, column: cellText(header[col]) || undefined });
  const at = (r: number, key: string): Location => (mapping[key] !== undefined
    ? { ...atCol(r, mapping[key]), column: cellText(header[mapping[key]]) || key }
    : { sheet, row: originRow + r, column: key });
  const rows: number[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const label = totalsKeys.map((k) => cellText(get(r, k))).find((t) => TOTALS.test(t));
    if (label !== undefined) {
      cells.warn("row_totals_skipped", { text: label }, { sheet, row: originRow + r });
      continue;
    }
    rows.push(r);
  }
  const frame: TableFrame = { values, sheet, headerRow, mapping, header, cells, rows, get, at, atCol, headerAt, sheetRow: (r) => originRow + r };
  return { ok: true, frame };
}

/** True when a problem of severity "error" was recorded from index `from` on (the current row's problems). */
export function errorSince(problems: readonly Problem[], from: number): boolean {
  for (let i = from; i < problems.length; i++) if (problems[i].severity === "error") return true;
  return false;
}

/** Header columns not taken by a mapped field and not blank: the "one column per item" part of a wide table. */
export function freeColumns(frame: TableFrame): { col: number; header: string }[] {
  const taken = new Set(Object.values(frame.mapping));
  const out: { col: number; header: string }[] = [];
  frame.header.forEach((h, col) => {
    const header = cellText(h);
    if (!taken.has(col) && header !== "") out.push({ col, header });
  });
  return out;
}

const YES = new Set(["да", "есть", "имеется", "yes", "y", "true", "истина", "1", "+", "д", "v", "✓", "x"]);
const NO = new Set(["нет", "отсутствует", "no", "n", "false", "ложь", "0", "-", "−", "–", "н"]);

/** Yes/no text («да», «нет», 1, 0, TRUE, «есть», «отсутствует») as a boolean; undefined when it is neither. */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const s = cellText(value).toLowerCase().replace(/ё/g, "е").replace(/["'«».!]/g, "").trim();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return undefined;
}

/** A yes/no cell: null when blank, a located error `ctx_flag_invalid` when it is neither yes nor no. */
export function readYesNo(value: unknown, cells: CellReader, at: Location): boolean | null {
  if (cellText(value) === "" && typeof value !== "boolean") return null;
  const b = parseYesNo(value);
  if (b === undefined) {
    cells.error("ctx_flag_invalid", { value: cellText(value) }, at);
    return null;
  }
  return b;
}
