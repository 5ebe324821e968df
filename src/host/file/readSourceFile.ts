/**
 * Reads an input table file (.csv/.tsv/.txt or .xlsx) into a SourceMatrix. The file is only read, never
 * written or locked. Every problem a user can cause (missing, empty, old .xls, password, unknown sheet) is a
 * ShnorError naming the file and saying what was expected.
 */
import type { Worksheet } from "exceljs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { ShnorError } from "../../core/errors";
import type { HostOptions, SourceMatrix } from "../WorkbookHost";
import { CsvParser } from "./csv";
import { decodeText } from "./decode";
import { fileError } from "./messages";
import { sniffFile } from "./sniff";
import { loadWorkbook, sheetMatrix, tableMatrix } from "./xlsxReader";

export interface ReadSourceOptions extends HostOptions {
  /** Sheet to read (exact name, else case-insensitive); the first visible sheet when absent. */
  sheet?: string;
  /** An Excel table (ListObject) of an .xlsx file to read instead of a sheet. */
  table?: string;
  /** CSV delimiter; detected when absent. */
  delimiter?: string;
}

/** Characters parsed between progress reports and cancellation checks. */
const CHUNK = 1 << 20;

export async function readSourceFile(path: string, options: ReadSourceOptions = {}): Promise<SourceMatrix> {
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw fileError("file_empty", { file: path });
  checkCancelled(options);
  return sniffFile(path, bytes) === "xlsx" ? readXlsx(path, bytes, options) : readText(path, bytes, options);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw fileError("file_not_found", { file: path });
    throw fileError("file_unreadable", { file: path, reason: (e as Error).message });
  }
}

function checkCancelled(options: HostOptions): void {
  if (options.signal?.aborted) throw new ShnorError("cancelled");
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The sheet name Excel gives a text file it opens: the file name without its extension. */
export function textSheetName(path: string): string {
  return basename(path, extname(path));
}

async function readText(path: string, bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceMatrix> {
  const sheet = textSheetName(path);
  if (options.table !== undefined) throw fileError("file_table_not_found", { file: path, table: options.table, available: "—" });
  if (options.sheet !== undefined && options.sheet.trim().toLowerCase() !== sheet.toLowerCase()) {
    throw fileError("file_sheet_not_found", { file: path, sheet: options.sheet, available: sheet });
  }
  const { text } = decodeText(bytes);
  const rows: string[][] = [];
  let width = 0;
  const parser = new CsvParser((fields) => {
    if (fields.length > width) width = fields.length;
    rows.push(fields);
  }, options.delimiter);
  // Parsed in chunks so a long file reports progress and can be cancelled between chunks.
  for (let at = 0; at < text.length; at += CHUNK) {
    parser.push(text.slice(at, at + CHUNK));
    options.onProgress?.({ stage: "read", done: Math.min(at + CHUNK, text.length), total: text.length });
    if (at + CHUNK < text.length) {
      await nextTick();
      checkCancelled(options);
    }
  }
  parser.end();
  if (rows.length === 0) throw fileError("file_empty", { file: path });
  // A rectangle, like Excel's Range.values: short rows padded with "" (blank, as an empty CSV field is).
  for (const row of rows) while (row.length < width) row.push("");
  return { sheet, originRow: 1, originCol: 1, values: rows };
}

async function readXlsx(path: string, bytes: Uint8Array, options: ReadSourceOptions): Promise<SourceMatrix> {
  const workbook = await loadWorkbook(path, bytes, true);
  checkCancelled(options);
  if (options.table !== undefined) {
    const found = tableMatrix(workbook, options.table);
    if ("available" in found) {
      throw fileError("file_table_not_found", { file: path, table: options.table, available: found.available.join(", ") || "—" });
    }
    return found;
  }
  const sheets = workbook.worksheets;
  const available = sheets.map((ws) => ws.name);
  // "The first sheet" is the first one a user sees: hidden lookup sheets are skipped.
  let ws: Worksheet | undefined = sheets.find((s) => s.state !== "hidden" && s.state !== "veryHidden") ?? sheets[0];
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim();
    ws = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!ws) throw fileError("file_sheet_not_found", { file: path, sheet: options.sheet, available: available.join(", ") || "—" });
  }
  if (!ws) throw fileError("file_empty", { file: path });
  const matrix = sheetMatrix(ws);
  if (!matrix) throw fileError("file_sheet_empty", { file: path, sheet: ws.name });
  options.onProgress?.({ stage: "read", done: 1, total: 1 });
  return matrix;
}
