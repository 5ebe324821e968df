/**
 * The one conversion layer between spreadsheet arguments and the core, shared by the Office custom functions,
 * the formula-engine tests and the Node library entry.
 *
 * Blank policy: `null`, `undefined`, "" and the no-data codes below are blank — "no data" (Excel on the web passes
 * null for an empty cell; reads of Range.values give ""). Excel desktop passes 0 for an empty cell, so there a blank
 * share, score or mean would read as a real 0: writing «-» or «н/д» in such cells keeps "no data" apart from 0 on
 * every platform (README, "Worksheet functions").
 */
import { isShnorError } from "../core/errors";
import { parseNumber } from "../core/values";
import { FunctionError } from "./FunctionError";

/** Codes that mean "no data" (a subject not taken, a procedure not held) wherever a number is expected. */
export const NO_DATA_CODES: readonly string[] = ["-", "–", "—", "н/д", "нд", "н/я", "ня", "не писал", "не сдавал", "отс", "отсутствовал", "x", "х", "n/a"];

function isNoDataCode(cell: unknown): boolean {
  return typeof cell === "string" && NO_DATA_CODES.includes(cell.trim().toLowerCase());
}

/** A cell as a number: blank and no-data codes → blank; the Russian-aware parser otherwise. */
function parseCell(cell: unknown): ReturnType<typeof parseNumber> {
  return isNoDataCode(cell) ? { kind: "blank" } : parseNumber(cell);
}

/** A required number; text → #VALUE! naming the argument, blank → #N/A. */
export function requiredNumber(value: unknown, arg: string): number {
  const parsed = parseCell(unwrapSingle(value));
  if (parsed.kind === "blank") throw new FunctionError("na", "fn_arg_blank", { arg });
  if (parsed.kind === "invalid") throw new FunctionError("value", "fn_arg_not_number", { arg, value: parsed.raw });
  return parsed.value;
}

/** A number or null for blank; text → #VALUE! naming the argument. */
export function numberOrBlank(value: unknown, arg: string): number | null {
  const parsed = parseCell(unwrapSingle(value));
  if (parsed.kind === "invalid") throw new FunctionError("value", "fn_arg_not_number", { arg, value: parsed.raw });
  return parsed.kind === "blank" ? null : parsed.value;
}

/** An optional number: blank or omitted → the default. */
export function optionalNumber(value: unknown, arg: string, fallback: number): number {
  return numberOrBlank(value, arg) ?? fallback;
}

/** An optional choice among words (case-insensitive): blank or omitted → the default. */
export function optionalChoice<T extends string>(value: unknown, arg: string, allowed: readonly T[], fallback: T): T {
  const v = unwrapSingle(value);
  if (v === null || v === undefined || v === "") return fallback;
  const text = String(v).trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === text);
  if (!found) throw new FunctionError("value", "fn_arg_choice", { arg, value: String(v), allowed: allowed.join(" | ") });
  return found;
}

/** A required choice among words (case-insensitive): blank → #VALUE! listing what is expected. */
export function requiredChoice<T extends string>(value: unknown, arg: string, allowed: readonly T[]): T {
  const v = unwrapSingle(value);
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) throw new FunctionError("value", "fn_arg_choice_blank", { arg, allowed: allowed.join(" | ") });
  return optionalChoice(v, arg, allowed, allowed[0]);
}

/** Text of a single cell, trimmed; "" for blank, non-text and multi-cell ranges. */
export function singleText(value: unknown): string {
  const v = unwrapSingle(value);
  return typeof v === "string" ? v.trim() : "";
}

/** A share in [0, 1] (or blank → null); 30 instead of 0.3 is reported as such. */
export function shareOrBlank(value: unknown, arg: string): number | null {
  const n = numberOrBlank(value, arg);
  if (n !== null && (n < 0 || n > 1)) throw new FunctionError("value", "fn_arg_not_share", { arg, value: n });
  return n;
}

/** A range as rows of cells; a single value counts as a 1×1 range. */
export function matrix(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.map((row) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

/** A range of numbers with blanks as null; text → #VALUE! naming the argument and the position in the range. */
export function numberMatrix(value: unknown, arg: string): (number | null)[][] {
  return matrix(value).map((row, r) =>
    row.map((cell, c) => {
      if (typeof cell === "number" && Number.isFinite(cell)) return cell; // the common case, without allocating
      const parsed = parseCell(cell);
      if (parsed.kind === "invalid") throw new FunctionError("value", "fn_range_not_number", { arg, row: r + 1, col: c + 1, value: parsed.raw });
      return parsed.kind === "blank" ? null : parsed.value;
    }),
  );
}



/** A range of shares in [0, 1] with blanks as null. */
export function shareMatrix(value: unknown, arg: string): (number | null)[][] {
  return numberMatrix(value, arg).map((row, r) =>
    row.map((n, c) => {
      if (n !== null && (n < 0 || n > 1)) throw new FunctionError("value", "fn_range_not_share", { arg, row: r + 1, col: c + 1, value: n });
      return n;
    }),
  );
}

export function shape(m: readonly (readonly unknown[])[]): string {
  return `${m.length}×${m[0]?.length ?? 0}`;
}

/** Two ranges that pair cell by cell must have the same shape; the message names both. */
export function requireSameShape(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[], argA: string, argB: string): void {
  if (shape(a) !== shape(b)) throw new FunctionError("value", "fn_shape_mismatch", { a: argA, b: argB, shapeA: shape(a), shapeB: shape(b) });
}

/** A 1×1 range passed where a scalar is expected is its single value. */
function unwrapSingle(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

/** Runs a core computation and turns its ShnorErrors into #VALUE! with the core's message key. */
export function fromCore<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (isShnorError(e)) throw new FunctionError("value", e.code, e.params);
    throw e;
  }
}
