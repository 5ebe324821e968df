/**
 * The one blank / text / number policy of the product.
 *
 * Spreadsheets hand us many spellings of "nothing" and of numbers: Excel desktop passes 0 for an empty cell to
 * a custom function, Excel on the web passes null, Range.values gives "", CSV gives "", and Russian exports
 * write «1 234», «12,5» or «30%». Everything that turns a cell into a number goes through here, so that a
 * blank is never silently read as 0 and the same text means the same number on every face.
 */

export type CellValue = number | string | boolean | null | undefined;

export type ParsedNumber =
  | { kind: "blank" }
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "invalid"; raw: string };

/** Values that mean "no data" in a cell. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parses a number written as Russian or English text: spaces and no-break spaces as thousands separators,
 * a comma or a point as the decimal separator, an optional trailing percent sign (value divided by 100 and
 * `percent: true`). Text that is not a number is `invalid`; booleans are invalid too (TRUE is not a count).
 */
export function parseNumber(v: unknown): ParsedNumber {
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number") {
    return Number.isFinite(v) ? { kind: "number", value: v, percent: false } : { kind: "invalid", raw: String(v) };
  }
  if (typeof v !== "string") return { kind: "invalid", raw: String(v) };
  let s = v.trim().replace(SPACES, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  // One comma and no point: a decimal comma («12,5»). A comma beside a point: a thousands separator.
  if (s.includes(",")) s = s.includes(".") ? s.replace(/,/g, "") : s.replace(",", ".");
  if (!NUMERIC.test(s)) return { kind: "invalid", raw: v };
  const n = Number(s);
  if (!Number.isFinite(n)) return { kind: "invalid", raw: v };
  return { kind: "number", value: percent ? n / 100 : n, percent };
}

/** Trimmed text of a cell, or "" for a blank. Numbers are written without exponent for ids like 760152. */
export function cellText(v: unknown): string {
  if (isBlank(v)) return "";
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return String(v).trim();
}
