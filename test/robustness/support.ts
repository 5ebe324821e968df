/**
 * Helpers of the robustness suite: input files built in the test (CSV in every encoding Russian users hand us,
 * .xlsx with real merged and error cells through exceljs), problem addresses, and a CLI output capture.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cellAddress, type Problem } from "../../src/core/errors";

export const FIXTURES = join(__dirname, "..", "fixtures", "files");

/** "code@E12" (the cell without the sheet), "code@12" for a row, "code@-" for the whole table. */
export function problemKey(p: Problem): string {
  return `${p.code}@${cellAddress(p.location ? { ...p.location, sheet: undefined } : undefined) ?? "-"}`;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function tempDir(prefix: string): { dir: string; path: (name: string) => string; files: () => string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), files: () => readdirSync(dir).sort(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function capture(): { stdout: string; stderr: string; out: (t: string) => void; err: (t: string) => void } {
  const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

// ---------------------------------------------------------------------------------------------------------------
// Text files

/** Windows-1251 bytes of a text, from the platform's own decoder table (independent of the project's decoder). */
export function encode1251(text: string): Uint8Array {
  const table = new Map<string, number>();
  const high = new TextDecoder("windows-1251").decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  for (let i = 0; i < high.length; i++) table.set(high[i], 128 + i);
  return Uint8Array.from(Array.from(text), (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 128) return code;
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${JSON.stringify(ch)}`);
    return byte;
  });
}

export type TextEncoding = "utf8" | "utf8-bom" | "cp1251" | "utf16le-bom";

/** A delimited text file as a spreadsheet program saves it; fields are quoted when they need it. */
export function textFile(rows: readonly (readonly (string | number)[])[], options: { delimiter?: string; encoding?: TextEncoding; eol?: string; prefix?: string } = {}): Uint8Array {
  const d = options.delimiter ?? ";";
  const quote = (v: string | number) => {
    const s = String(v);
    return s.includes(d) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = (options.prefix ?? "") + rows.map((r) => r.map(quote).join(d)).join(options.eol ?? "\r\n") + (options.eol ?? "\r\n");
  switch (options.encoding ?? "utf8") {
    case "utf8":
      return Buffer.from(text, "utf8");
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "cp1251":
      return encode1251(text);
    case "utf16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks

/** A cell of a generated workbook: plain values, or what exceljs writes for formulas and dates. */
export type XlsxCell = string | number | boolean | null | undefined | Date | { formula: string; result?: number | string };

export interface XlsxOptions {
  sheet?: string;
  /** Ranges merged after the values are set ("A1:H1"); covered cells must be blank in the matrix, as Excel keeps them. */
  merges?: readonly string[];
  /** Top-left cell of the matrix (1-based), for tables that do not start at A1. */
  origin?: { row: number; col: number };
}

/** Error values exceljs writes as real error cells (the test's own list, independent of the reader's). */
const ERROR_CELLS = new Set(["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]);

/**
 * An .xlsx whose first sheet holds the matrix. Text that is an Excel error value («#N/A») becomes a real error cell,
 * so the file path is tested with what Excel writes, not with look-alike text.
 */
export async function xlsxFile(values: readonly (readonly XlsxCell[])[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheet ?? "Данные");
  const top = options.origin?.row ?? 1;
  const left = options.origin?.col ?? 1;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const cell = ws.getCell(top + r, left + c);
      cell.value = typeof v === "string" && ERROR_CELLS.has(v) ? ({ error: v } as ExcelJS.CellErrorValue) : (v as ExcelJS.CellValue);
    }),
  );
  for (const range of options.merges ?? []) ws.mergeCells(range);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Column letters of a 1-based column, for building expected addresses. */
export function col(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
