/**
 * Opening a user table once for every reader (the aggregate and student tables, the score specs, the ГИА means and the
 * context tables: social passport, staffing and equipment components, deficit flags, risk profiles, rubrics, programme
 * inputs): header-row detection — one row, or two rows of merged cells — and alias mapping (headers.ts), located
 * problems (cells.ts), blank and totals rows skipped, Excel error values in text cells reported, repeated rows refused.
 * Each reader then only reads its own fields.
 */
import { FirstByNumber } from "../collections";
import type { Location, Problem, ProblemParams } from "../errors";
import { cellText, isBlank, plainWholeNumber } from "../values";
import { CellReader } from "./cells";
import { type ColumnMapping, describeFields, detectHeaderRow, detectTwoRowHeader, type FieldSpec, type HeaderMatch, mapHeaders, missingFields } from "./headers";
import type { SourceLike } from "./source";

export interface OpenTableOptions {
  /** A mapping chosen by the user (field → 0-based column); found from the headers when absent. */
  mapping?: ColumnMapping;
  /** 0-based header row; detected when absent. */
  headerRow?: number;
}

/** What a reader asks of its table beyond its fields and its totals columns. */
export interface TableRules {
  /** A totals label in the row's first non-blank cell counts too (exports write «Итого по региону» in whatever column comes first). */
  totalsInFirstCell?: boolean;
  /** A missing column is named by its key alone, not with its first alias. */
  keysInMissing?: boolean;
  /** Required columns beyond the fields' own that the mapping lacks (e.g. a score column unless the table is wide). */
  alsoMissing?(mapping: ColumnMapping, header: readonly unknown[]): string[];
}

/** What every reader returns besides its rows. */
export interface TableRead {
  problems: Problem[];
  /** 0-based index of the header row in the source matrix (the lower row of a two-row header). */
  headerRow: number;
  mapping: ColumnMapping;
}

/** A table whose header was found and whose required columns are present. */
export interface TableFrame {
  readonly values: readonly (readonly unknown[])[];
  readonly sheet?: string;
  /** 0-based index of the header row in the matrix (the lower row of a two-row header). */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** The header text of each column (of a two-row header: the lower cell, or the upper one where the lower is blank). */
  readonly header: readonly unknown[];
  /** The header's non-blank texts joined by «; », as problems quote what was found. */
  readonly found: string;
  readonly cells: CellReader;
  /** 0-based matrix indices of the data rows: non-blank, not a totals row (those are warned about). */
  readonly rows: readonly number[];
  /** The cell of field `key` in matrix row `r` (undefined when the column is absent). */
  get(r: number, key: string): unknown;
  /** The text of field `key` in matrix row `r`; an Excel error value there is a located error and reads as "". */
  text(r: number, key: string): string;
  /** A whole non-negative number in field `key` of row `r` (CellReader.count), null when blank. */
  count(r: number, key: string): number | null;
  /** A school year in field `key` of row `r` (CellReader.year), null when blank. */
  year(r: number, key: string): number | null;
  /** Like `text`; a blank cell is a located `cell_required` too. */
  requiredText(r: number, key: string): string;
  /** A school year in field `key` of matrix row `r`; a blank cell is a located `cell_required`. */
  requiredYear(r: number, key: string): number | null;
  /** Where field `key` of matrix row `r` is, with the column's header text. */
  at(r: number, key: string): Location;
  /** Where column `col` (0-based) of matrix row `r` is. */
  atCol(r: number, col: number): Location;
  /** Where matrix row `r` is, for problems about the whole row. */
  rowAt(r: number): Location;
  /** The header row, for problems about the whole table. */
  headerAt(): Location;
  /** The 1-based sheet row of matrix row `r`. */
  sheetRow(r: number): number;
}

export type OpenedTable =
  | { ok: true; frame: TableFrame }
  | ({ ok: false; header: readonly unknown[] } & TableRead);

/** «Итого», «Всего по МО», "Total:" — but not «Всеволожская СОШ» or «Итоговое …». */
const TOTALS = /^(итого|всего|total|totals|сумма)(?![а-яёa-z])/i;

/**
 * Finds the header, maps the fields and lists the data rows; an empty table or a missing column is a located error.
 * Without a header row or mapping from the user, a header of two rows (merged cells) is taken when one row lacks a
 * required field and two rows together have them all (see detectTwoRowHeader). `totals`: fields whose text marks a
 * totals row.
 */
export function openTable(
  source: SourceLike, fields: readonly FieldSpec[], options: OpenTableOptions = {}, totals: readonly string[] = [], rules: TableRules = {},
): OpenedTable {
  const { values, sheet } = source;
  const originRow = source.originRow ?? 1;
  const originCol = source.originCol ?? 1;
  const cells = new CellReader();
  if (values.length === 0 || values.every((row) => row.every((v) => cellText(v) === ""))) {
    cells.error("table_empty", {}, { sheet });
    return { ok: false, problems: cells.problems, headerRow: 0, mapping: {}, header: [] };
  }
  const missingOf = (m: ColumnMapping, h: readonly unknown[]) => [...missingFields(m, fields), ...(rules.alsoMissing?.(m, h) ?? [])];
  const detected = findHeader(values, options, fields, missingOf);
  const headerRow = detected?.headerRow ?? 0;
  const mapping = options.mapping ?? detected?.mapping ?? {};
  const header = detected?.header ?? values[headerRow] ?? [];
  const found = header.map(cellText).filter(Boolean).join("; ");
  const headerAt = (): Location => ({ sheet, row: originRow + headerRow });
  const missing = missingOf(mapping, header);
  if (missing.length > 0) {
    for (const key of missing) cells.error("column_missing", { field: rules.keysInMissing ? key : describeFields(key, fields), found }, headerAt());
    return { ok: false, problems: cells.problems, headerRow, mapping, header };
  }
  // A Map, not the mapping object: a lookup by a varying key on an object is slow, and this runs for every cell.
  const columnOf = new Map(Object.entries(mapping));
  const get = (r: number, key: string): unknown => {
    const col = columnOf.get(key);
    return col === undefined ? undefined : values[r]?.[col];
  };
  // Locations are built for every cell read (problems need them), so the column names are computed once and the
  // objects are plain literals: this runs a million times on a country's table.
  const columnNames = header.map((h) => cellText(h) || undefined);
  const rowAt = (r: number): Location => ({ sheet, row: originRow + r });
  const atCol = (r: number, col: number): Location => ({ sheet, row: originRow + r, col: originCol + col, column: columnNames[col] });
  const at = (r: number, key: string): Location => {
    const col = mapping[key];
    return col !== undefined
      ? { sheet, row: originRow + r, col: originCol + col, column: columnNames[col] ?? key }
      : { sheet, row: originRow + r, column: key };
  };
  // The typed reads take a fast path for the plain cells that make up nearly all of a big table (a digit string, text
  // without '#'), which gives what CellReader gives; anything else — and every problem — takes CellReader's path.
  const text = (r: number, key: string): string => {
    const v = get(r, key);
    if (typeof v === "string" && !v.includes("#")) return v.trim();
    return v === undefined || v === null ? "" : cells.text(v, at(r, key));
  };
  const count = (r: number, key: string): number | null => {
    const v = get(r, key);
    return plainWholeNumber(v) ?? cells.count(v, at(r, key));
  };
  const year = (r: number, key: string): number | null => {
    const v = get(r, key);
    const plain = typeof v === "string" && v.length === 4 ? plainWholeNumber(v) : typeof v === "number" ? plainWholeNumber(v) : undefined;
    return plain !== undefined && plain >= 2000 && plain <= 2100 ? plain : cells.year(v, at(r, key));
  };
  const requiredText = (r: number, key: string): string => {
    const t = text(r, key);
    if (t === "" && isBlank(get(r, key))) cells.error("cell_required", {}, at(r, key));
    return t;
  };
  const requiredYear = (r: number, key: string): number | null => {
    const y = year(r, key);
    if (y === null && isBlank(get(r, key))) cells.error("cell_required", {}, at(r, key));
    return y;
  };
  const rows: number[] = [];
  const totalsCols = totals.flatMap((k) => (mapping[k] === undefined ? [] : [mapping[k]]));
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = row.findIndex((v) => !isBlank(v));
    if (first < 0) continue;
    const label = totalsLabel(row, totalsCols, rules.totalsInFirstCell ? first : undefined);
    if (label !== undefined) {
      cells.warn("row_totals_skipped", { text: label }, rowAt(r));
      continue;
    }
    rows.push(r);
  }
  const frame: TableFrame = {
    values, sheet, headerRow, mapping, header, found, cells, rows, get, text, count, year, requiredText, requiredYear, at, atCol, rowAt, headerAt,
    sheetRow: (r) => originRow + r,
  };
  return { ok: true, frame };
}

type MissingOf = (mapping: ColumnMapping, header: readonly unknown[]) => string[];

/**
 * The header row the user named, or the row that matches the most fields; when that row lacks a required column,
 * two rows of merged cells that have them all (see detectTwoRowHeader).
 */
function findHeader(
  values: readonly (readonly unknown[])[], options: OpenTableOptions, fields: readonly FieldSpec[], missingOf: MissingOf,
): (HeaderMatch & { header?: readonly unknown[] }) | undefined {
  if (options.headerRow !== undefined) return { headerRow: options.headerRow, mapping: mapHeaders(values[options.headerRow] ?? [], fields) };
  const detected = detectHeaderRow(values, fields);
  if (options.mapping !== undefined || (detected && missingOf(detected.mapping, values[detected.headerRow] ?? []).length === 0)) return detected;
  const twoRows = detectTwoRowHeader(values, fields);
  return twoRows && missingOf(twoRows.mapping, twoRows.header).length === 0 ? twoRows : detected ?? twoRows;
}

/**
 * The text of a totals row («Итого», «Всего по району»), or undefined: in one of the `named` columns, or in the
 * `firstCell` column (the row's first non-blank one), as exports write it with the id left blank.
 */
function totalsLabel(row: readonly unknown[], named: readonly number[], firstCell: number | undefined): string | undefined {
  for (const col of named) if (mayBeTotals(row[col])) return cellText(row[col]);
  return firstCell !== undefined && mayBeTotals(row[firstCell]) ? cellText(row[firstCell]) : undefined;
}

function mayBeTotals(v: unknown): boolean {
  return typeof v === "string" && isTotalsText(cellText(v));
}

/** Every totals label starts with и, в, t or с (any case): a cheap test before the pattern, run on every row. */
const TOTALS_INITIALS = new Set([..."ИиВвTtСс"].map((c) => c.charCodeAt(0)));

/** A trimmed text that marks a totals row («Итого», «Всего по МО»), as the readers skip it. */
export function isTotalsText(text: string): boolean {
  return TOTALS_INITIALS.has(text.charCodeAt(0)) && TOTALS.test(text);
}

/** What a reader returns besides its rows: its problems, header row and mapping, with no rows when it did not open. */
export function readTable<T>(opened: OpenedTable, readRowsOf: (frame: TableFrame) => T[]): TableRead & { rows: T[] } {
  if (!opened.ok) return { rows: [], problems: opened.problems, headerRow: opened.headerRow, mapping: opened.mapping };
  const f = opened.frame;
  const rows = readRowsOf(f);
  return { rows, problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
}

/**
 * The items of the data rows, in order. `read` gives a row's item (undefined leaves the row out, as does any error it
 * recorded); `accept` may still refuse it (a repeat, see `refuseRepeats`). A table that yields no item and has no
 * error is `table_no_rows`.
 */
export function readRows<T>(f: TableFrame, read: (r: number) => T | undefined, accept?: (item: T, r: number) => boolean): T[] {
  const items = readSomeRows(f, read, accept);
  if (items.length === 0 && !errorSince(f.cells.problems, 0)) f.cells.error("table_no_rows", {}, f.headerAt());
  return items;
}

/** `readRows` over a part of a table (a streamed batch): an empty part is no problem of its own. */
export function readSomeRows<T>(f: TableFrame, read: (r: number) => T | undefined, accept?: (item: T, r: number) => boolean): T[] {
  const items: T[] = [];
  for (const r of f.rows) {
    const before = f.cells.problems.length;
    const item = read(r);
    if (item === undefined || errorSince(f.cells.problems, before) || (accept && !accept(item, r))) continue;
    items.push(item);
  }
  return items;
}

/**
 * A check that refuses an item whose key an earlier item of the table had: the error `repeat` names (with the first
 * one's sheet row) is recorded at the repeat's row, or where `repeat` says. A key is a string, or a non-negative
 * integer (a big table's readers number their keys: much faster to look up).
 */
export function refuseRepeats<T>(
  f: TableFrame, key: (item: T) => string | number, repeat: (item: T, first: number) => [code: string, params: ProblemParams, at?: Location],
  seen: SeenKeys = seenKeys(),
): (item: T, r: number) => boolean {
  return (item, r) => {
    const k = key(item);
    const first = typeof k === "number" ? seen.numbers.firstOrSet(k, f.sheetRow(r)) : seen.strings.get(k);
    if (first !== undefined) {
      const [code, params, at] = repeat(item, first);
      f.cells.error(code, params, at ?? f.rowAt(r));
      return false;
    }
    if (typeof k === "string") seen.strings.set(k, f.sheetRow(r));
    return true;
  };
}

/** The keys a table has had, with the sheet row of each one's first row; shared by the frames of a streamed table. */
export interface SeenKeys {
  strings: Map<string, number>;
  numbers: FirstByNumber;
}

export const seenKeys = (): SeenKeys => ({ strings: new Map(), numbers: new FirstByNumber() });

/** True when a problem of severity "error" was recorded from index `from` on (the current row's problems). */
export function errorSince(problems: readonly Problem[], from: number): boolean {
  for (let i = from; i < problems.length; i++) if (problems[i].severity === "error") return true;
  return false;
}

/**
 * A percentage column holds fractions (0.3) rather than percents (30) when no value below the header exceeds 1 and
 * none is written with a % sign — the way Excel stores a cell formatted as percent.
 */
export function percentColumnHoldsFractions(f: TableFrame, key: string): boolean {
  const col = f.mapping[key];
  if (col === undefined) return false;
  let any = false;
  for (let r = f.headerRow + 1; r < f.values.length; r++) {
    const v = f.values[r]?.[col];
    if (typeof v === "string" && v.includes("%")) return false;
    const n = typeof v === "number" ? v : Number(cellText(v).replace(",", "."));
    if (Number.isFinite(n) && cellText(v) !== "") {
      if (n > 1) return false;
      any = true;
    }
  }
  return any;
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
