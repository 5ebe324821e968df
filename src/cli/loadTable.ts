/**
 * Reading the inputs of the context commands (context, deficits, risks, indicators, expertise), which may take
 * several files: every problem is printed with its file and cell, warnings go on, and the command stops, writing
 * nothing, when any file has an error — after all of them were read, so one run lists everything to fix.
 */
import { basename } from "node:path";
import { type Problem, ShnorError } from "../core/errors";
import type { SourceLike } from "../core/table/source";
import { readSourceFile } from "../host/file";
import { formatProblem, type Lang, t } from "../i18n";
import type { CliIO } from "./context";
import "./contextMessages";

/** Problems of the inputs read so far, so that one error summary can name every file. */
export class InputProblems {
  private errors = 0;
  private readonly files = new Set<string>();
  /** Every problem printed, with its file (for the JSON `warnings`). */
  readonly printed: { file: string; problem: Problem }[] = [];

  constructor(private readonly lang: Lang, private readonly io: CliIO) {}

  /** Prints the problems of one file: «файл x.xlsx, Лист!C5, столбец «…»: …»; warnings are prefixed. */
  add(file: string, problems: readonly Problem[]): void {
    for (const p of problems) {
      const text = t("cli_in_file", { file: basename(file), problem: formatProblem(p, this.lang) }, this.lang);
      if (p.severity === "error") {
        this.errors++;
        this.files.add(basename(file));
        this.io.err(text + "\n");
      } else {
        this.io.err(`${t("cli_warning", {}, this.lang)}: ${text}\n`);
      }
      this.printed.push({ file, problem: p });
    }
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** Throws (exit code 1, nothing written) when some file had an error. */
  check(): void {
    if (this.errors > 0) throw new ShnorError("cli_input_errors", { count: this.errors, files: [...this.files].join(", ") });
  }

  warnings(): Problem[] {
    return this.printed.filter((x) => x.problem.severity === "warning").map((x) => x.problem);
  }
}

/**
 * Reads one table of a file with a core reader; its problems are recorded in `problems` (not thrown: the caller reads
 * every input first, then calls `problems.check()`).
 */
export async function loadTable<T extends { problems: Problem[] }>(path: string, sheet: string | undefined, read: (source: SourceLike) => T, problems: InputProblems): Promise<T & { sheet: string }> {
  const source = await readSourceFile(path, { sheet });
  const table = read(source);
  problems.add(path, table.problems);
  return { ...table, sheet: source.sheet };
}

/** Problems the computation found after reading (rows known by number only) placed on the input's sheet. */
export function onSheet(problems: readonly Problem[], sheet: string): Problem[] {
  return problems.map((p) => (p.location && p.location.sheet === undefined ? { ...p, location: { ...p.location, sheet } } : p));
}
