/**
 * Reading typed values out of table cells, each failure a located Problem. Counts must be whole and
 * non-negative; years accept «2024», «2023/24», «2023-2024» (the year of the spring, METHODOLOGY conventions).
 */
import type { Location, Problem } from "../errors";
import { cellText, parseNumber } from "../values";

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
    if (n < 0) {
      this.error("cell_negative", { value: cellText(value) }, at);
      return null;
    }
    if (!Number.isInteger(n)) {
      this.error("cell_not_whole", { value: cellText(value) }, at);
      return null;
    }
    return n;
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

  /** A school year as the year of its spring, or null when blank. */
  year(value: unknown, at: Location): number | null {
    const text = cellText(value);
    if (text === "") return null;
    const span = text.match(/^(\d{4})\s*[/\-–—]\s*(\d{2}|\d{4})$/);
    let year: number | undefined;
    if (span) {
      const first = Number(span[1]);
      const second = span[2].length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
      if (second === first + 1) year = second;
    } else if (/^\d{4}(\.0+)?$/.test(text)) {
      year = Math.trunc(Number(text));
    }
    if (year === undefined || year < 2000 || year > 2100) {
      this.error("cell_bad_year", { value: text }, at);
      return null;
    }
    return year;
  }
}
