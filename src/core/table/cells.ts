/**
 * Reading typed values out of table cells, each failure a located Problem. Counts must be whole and
 * non-negative; years accept «2024», «2023/24», «2023-2024» (the year of the spring, METHODOLOGY conventions).
 */
import type { Location, Problem } from "../errors";
import { cellText, isExcelError, parseNumber } from "../values";

/** «2024 г.», «2024 год», «2023/24 уч. год», «2023-2024 учебный год»: the suffix Russian exports add to a year. */
const YEAR_SUFFIX = /\s*(учебный\s+год|уч\.?\s*год|уч\.?\s*г\.?|год|гг?\.?)$/i;

export class CellReader {
  readonly problems: Problem[] = [];

  error(code: string, params: Record<string, string | number>, location: Location): void {
    this.problems.push({ code, severity: "error", params, location });
  }

  warn(code: string, params: Record<string, string | number>, location: Location): void {
    this.problems.push({ code, severity: "warning", params, location });
  }

  /** A whole non-negative number, or null when blank. */
  count(value: unknown, at: Location): number | null {
    const n = this.number(value, at);
    if (n === null) return null;
    // A count Excel computed (=N*57%, =A2-B2) may be stored as 56.99999999999999 or -1E-16 while the cell shows
    // 57 or 0: within a few thousand ulps of a whole number it is that number (`|| 0` turns −0 into 0).
    const whole = Math.round(n) || 0;
    const isWhole = Math.abs(n - whole) <= 1e-12 * Math.max(1, Math.abs(whole));
    if (isWhole ? whole < 0 : n < 0) {
      this.error("cell_negative", { value: cellText(value) }, at);
      return null;
    }
    if (!isWhole) {
      this.error("cell_not_whole", { value: cellText(value) }, at);
      return null;
    }
    return whole;
  }

  /** Any finite number, or null when blank. */
  number(value: unknown, at: Location): number | null {
    const parsed = parseNumber(value);
    if (parsed.kind === "blank") return null;
    if (parsed.kind === "invalid") {
      const text = parsed.raw;
      this.error(text.startsWith("#") ? "cell_error_value" : "cell_not_number", { value: text }, at);
      return null;
    }
    return parsed.value;
  }

  /** A finite number not below zero (a score, a mean), or null when blank. */
  nonNegative(value: unknown, at: Location): number | null {
    const n = this.number(value, at);
    if (n === null || n >= 0) return n;
    this.error("cell_negative", { value: cellText(value) }, at);
    return null;
  }

  /** Text of a cell that names something (a school, an assessment); an Excel error value there is a located error. */
  text(value: unknown, at: Location): string {
    const text = cellText(value);
    if (!isExcelError(text)) return text;
    this.error("cell_error_value", { value: text }, at);
    return "";
  }

  /** A school year as the year of its spring, or null when blank. */
  year(value: unknown, at: Location): number | null {
    const text = cellText(value);
    if (text === "") return null;
    if (isExcelError(text)) {
      this.error("cell_error_value", { value: text }, at);
      return null;
    }
    const bare = text.replace(YEAR_SUFFIX, "");
    const span = bare.match(/^(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})$/);
    let year: number | undefined;
    if (span) {
      const first = Number(span[1]);
      const second = span[2].length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
      if (second === first + 1) year = second;
    } else if (/^\d{4}(\.0+)?$/.test(bare)) {
      year = Math.trunc(Number(bare));
    }
    if (year === undefined || year < 2000 || year > 2100) {
      this.error("cell_bad_year", { value: text }, at);
      return null;
    }
    return year;
  }
}
