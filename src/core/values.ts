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
  if (typeof v === "string") return v.length === 0 || (!startsVisible(v) && v.trim() === "");
  return v === null || v === undefined;
}

/** The text starts with a printable ASCII character, so it is not blank and `trim` has nothing to remove at its start. */
function startsVisible(s: string): boolean {
  const c = s.charCodeAt(0);
  return c > 32 && c < 127;
}

/**
 * A cell that is plainly a whole non-negative number — an integer, or text of at most 15 ASCII digits — as that
 * number; undefined for anything else (which then takes the full path). The readers' fast path: this is what
 * `parseNumber` and every count check would conclude, without their allocations, a million times per country.
 */
export function plainWholeNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v || 0 : undefined; // −0 reads as 0, as in count()
  if (typeof v !== "string" || v.length === 0 || v.length > 15) return undefined;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
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
  if (typeof v !== "string") return { kind: "invalid", raw: textOf(v) };
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

/**
 * Excel's error values as a cell hands them over: «#N/A», «#REF!»… from Range.values and exceljs, and the Russian
 * spellings («#Н/Д», «#ЗНАЧ!»…) a CSV saved by Russian Excel holds.
 */
const EXCEL_ERROR = new RegExp(
  "^#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!" +
    "|ПУСТО!|ДЕЛ/0!|ЗНАЧ!|ССЫЛКА!|ИМЯ\\?|ЧИСЛО!|Н/Д|ПЕРЕНОС!|ВЫЧИСЛ!|ПОЛЕ!|ПОЛУЧЕНИЕ_ДАННЫХ)$",
  "i",
);

/** A cell holding an Excel error value: a failed formula, never data (a school is not called «#N/A»). */
export function isExcelError(v: unknown): boolean {
  return typeof v === "string" && v.includes("#") && EXCEL_ERROR.test(v.trim());
}

/** Trimmed text of a cell, or "" for a blank. Numbers are written without exponent for ids like 760152. */
export function cellText(v: unknown): string {
  if (isBlank(v)) return "";
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return textOf(v).trim();
}

/** `String(v)` for anything a caller may pass as a cell; an object whose conversion throws is shown by its type. */
function textOf(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v); // e.g. Object.create(null) or { toString: [] }
  }
}
