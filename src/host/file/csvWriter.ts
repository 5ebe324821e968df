/**
 * Writes a result table as CSV that Russian Excel opens correctly by double-click: UTF-8 with a BOM, `;` between
 * fields, decimal commas, CRLF line ends. Text that a spreadsheet would take for a formula (= + - @, or a
 * leading tab/CR) is prefixed with an apostrophe, so a school name like «=HYPERLINK(...)» coming from input
 * data can never run as a formula in whoever opens the file (CSV injection).
 */
import type { CellOut, TableSpec } from "../../core/report/sheet";
import { atomicWrite } from "./atomicWrite";

export interface CsvWriteOptions {
  /** Field delimiter; `;` by default (what Russian Excel expects). */
  delimiter?: string;
  /** Decimal comma in numbers; by default on when the delimiter is `;`. */
  decimalComma?: boolean;
}

export interface CsvFileOptions extends CsvWriteOptions {
  /** UTF-8 byte order mark, so Excel does not read the file as Windows-1251; on by default. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field as CSV text: neutralised, then quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: CellOut, delimiter: string, decimalComma: boolean): string {
  let text: string;
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = String(value);
    return decimalComma ? text.replace(".", ",") : text;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r");
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Resolved {
  delimiter: string;
  decimalComma: boolean;
}

function resolved(options: CsvWriteOptions): Resolved {
  const delimiter = options.delimiter ?? ";";
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new Error(`bad CSV delimiter ${JSON.stringify(delimiter)}`);
  }
  return { delimiter, decimalComma: options.decimalComma ?? delimiter === ";" };
}

/** The header line and every row, each ending with CRLF. */
function* csvLines(table: TableSpec, { delimiter, decimalComma }: Resolved): Generator<string> {
  yield table.columns.map((c) => csvField(c.header, delimiter, decimalComma)).join(delimiter) + "\r\n";
  for (const row of table.rows) yield row.map((v) => csvField(v, delimiter, decimalComma)).join(delimiter) + "\r\n";
}

/** The table as CSV text (no BOM): for standard output or tests. */
export function tableToCsv(table: TableSpec, options: CsvWriteOptions = {}): string {
  return Array.from(csvLines(table, resolved(options))).join("");
}

/** Bytes gathered before each write to the temp file. */
const FLUSH_AT = 1 << 20;

/** Writes the table to `path` atomically (see atomicWrite). */
export async function writeCsv(path: string, table: TableSpec, options: CsvFileOptions = {}): Promise<void> {
  const lines = csvLines(table, resolved(options)); // options are checked before any file is touched
  await atomicWrite(path, async (out) => {
    let buffer = options.bom === false ? "" : "\uFEFF";
    for (const line of lines) {
      buffer += line;
      if (buffer.length >= FLUSH_AT) {
        await out.write(buffer);
        buffer = "";
      }
    }
    if (buffer) await out.write(buffer);
  });
}
