/**
 * One error type for the whole product. The core never formats user-facing text: it reports a code, the
 * parameters of the message and where the problem is; the faces (functions, pane, CLI) translate it with
 * `src/i18n` into Russian or English.
 */

/** Where a problem is. Rows and columns are 1-based sheet coordinates when the source has them. */
export interface Location {
  sheet?: string;
  /** 1-based row on the sheet (or line in a CSV file). */
  row?: number;
  /** 1-based column on the sheet. */
  col?: number;
  /** The header text of the column, or the name of a function argument. */
  column?: string;
}

export type Severity = "error" | "warning";

/** Parameters interpolated into the message template of a code. */
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: string;
  severity: Severity;
  params: ProblemParams;
  location?: Location;
}

export class ShnorError extends Error {
  readonly code: string;
  readonly params: ProblemParams;
  readonly location?: Location;
  /** Every problem found, when the error stands for a whole failed validation. */
  readonly problems: Problem[];

  constructor(code: string, params: ProblemParams = {}, location?: Location, problems?: Problem[]) {
    super(`${code} ${JSON.stringify(params)}${location ? " at " + JSON.stringify(location) : ""}`);
    this.name = "ShnorError";
    this.code = code;
    this.params = params;
    this.location = location;
    this.problems = problems ?? [{ code, severity: "error", params, location }];
  }

  /** An error standing for several located problems (e.g. a table that failed validation). */
  static fromProblems(problems: Problem[]): ShnorError {
    const errors = problems.filter((p) => p.severity === "error");
    const first = errors[0] ?? problems[0];
    if (!first) throw new Error("ShnorError.fromProblems needs at least one problem");
    return new ShnorError("invalid_table", { count: errors.length }, first.location, problems);
  }
}

export function isShnorError(e: unknown): e is ShnorError {
  return e instanceof ShnorError;
}

/** Excel-style column letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  let n = Math.floor(col);
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Лист1!C7`-style address of a location, or undefined when it has no row. */
export function cellAddress(loc: Location | undefined): string | undefined {
  if (!loc || loc.row === undefined) return undefined;
  const cell = loc.col !== undefined ? `${columnLetter(loc.col)}${loc.row}` : `${loc.row}`;
  if (!loc.sheet) return cell;
  const quoted = /^[A-Za-z0-9_А-Яа-яЁё]+$/.test(loc.sheet) ? loc.sheet : `'${loc.sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
