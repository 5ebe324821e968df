/**
 * Writes a command's result as JSON, CSV or an .xlsx report, to a file (atomically: a temporary file renamed
 * at the end) or to standard output. Commands call this last, so nothing is written unless the whole
 * computation succeeded.
 */
import type { Command } from "commander";
import { statSync } from "node:fs";
import type { ReportSpec, TableSpec } from "../core/report/sheet";
import { atomicWriteBuffer, FileHost, tableToCsv, writeCsv } from "../host/file";
import type { Lang } from "../i18n";
import { type CliIO, UsageError } from "./context";

export type Format = "json" | "csv" | "xlsx";

/** The input and output options every computing command takes. */
export function addIoOptions(cmd: Command): Command {
  return cmd
    .option("--sheet <name>", "sheet of an .xlsx file (default: the first)")
    .option("--format <format>", "json | csv | xlsx (default: from --out, else json)")
    .option("--out <path>", "output file (default: standard output)")
    .option("--lang <lang>", "ru | en: language of messages and report headers", "ru");
}

export function parseFormat(value: string | undefined, out: string | undefined): Format {
  const fromName = out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : out?.toLowerCase().endsWith(".csv") ? "csv" : "json";
  const f = (value ?? fromName).toLowerCase();
  if (f !== "json" && f !== "csv" && f !== "xlsx") throw new UsageError(`--format ${value}: json | csv | xlsx`);
  return f;
}

/**
 * Refuses `--out` naming the input file (also through another spelling, a link or a case-insensitive file system):
 * the report would replace the data it was computed from, and the source must never be modified.
 */
export function checkOutputIsNotInput(input: string, out: string | undefined): void {
  if (!out) return;
  const a = fileId(input);
  const b = fileId(out);
  if (a !== undefined && a === b) throw new UsageError(`--out ${out} is the input file; write the report to another file`);
}

/** Device and inode of an existing file; undefined when it cannot be told (missing, unreadable, no inode numbers). */
function fileId(path: string): string | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false, bigint: true });
    return st && st.ino !== 0n ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined; // reading the input reports its own, clearer error
  }
}

export interface Outputs {
  json: () => unknown;
  /** The main table, for CSV. */
  table: () => TableSpec;
  report: () => ReportSpec;
}

export async function writeOutput(format: Format, out: string | undefined, outputs: Outputs, lang: Lang, io: CliIO): Promise<void> {
  if (format === "xlsx") {
    if (!out) throw new UsageError("--format xlsx needs --out <file.xlsx>");
    // The whole file is the report: stale sheets of an earlier run must not survive.
    await new FileHost({ output: out, lang, existing: "overwrite" }).writeReport(outputs.report(), { replace: true });
  } else if (format === "csv") {
    if (out) await writeCsv(out, outputs.table());
    else io.out(tableToCsv(outputs.table()));
  } else {
    const text = readableJson(outputs.json());
    if (out) await atomicWriteBuffer(out, Buffer.from(text, "utf8"));
    else io.out(text);
  }
}

/**
 * JSON a person can still read and a country's output keeps small: the top-level keys one per line, and each item of
 * a top-level list (a school, a row) on one line of its own. Fully indented, a country's list was 28 MB and a
 * fifth of the run; this is less than half of that. Any JSON parser reads both the same.
 */
export function readableJson(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return JSON.stringify(value) + "\n";
  const lines = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const items = Array.isArray(v) && v.length > 0 ? `[\n    ${v.map((x) => JSON.stringify(x) ?? "null").join(",\n    ")}\n  ]` : JSON.stringify(v);
      return `  ${JSON.stringify(k)}: ${items}`;
    });
  return `{\n${lines.join(",\n")}\n}\n`;
}
