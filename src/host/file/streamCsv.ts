/**
 * Streams a text table (.csv/.tsv/.txt) from disk: read in chunks, decoded with a streaming TextDecoder in the
 * encoding `decodeText` would choose for the whole file (a BOM decides; otherwise UTF-8 when every byte is valid
 * UTF-8, else Windows-1251 — found out while streaming, in which case reading restarts from the first byte with a
 * fresh row handler), and parsed with the push API of `CsvParser`. Nothing but the current chunk is held, so the
 * caller decides what to keep of each record. Progress is reported and cancellation checked after every chunk.
 */
import { open, type FileHandle } from "node:fs/promises";
import { ShnorError } from "../../core/errors";
import type { HostOptions } from "../WorkbookHost";
import { CsvParser, type CsvRowHandler, type Delimiter } from "./csv";
import type { TextEncodingName } from "./decode";
import { fileError } from "./messages";
import type { ReadSourceOptions } from "./readSourceFile";
import { textSheetName } from "./readSourceFile";
import { sniffFile } from "./sniff";

/** Bytes read at a time. */
const CHUNK_BYTES = 4 << 20;
/** Bytes looked at to tell a text table from a workbook. */
const SNIFF_BYTES = 64 << 10;

export interface StreamTextOptions extends ReadSourceOptions {
  /** Stop after this many records (to look at the head of a file). */
  maxRecords?: number;
  /** Bytes per read (default 4 MB). */
  chunkBytes?: number;
}

export interface StreamTextInfo {
  /** The sheet name Excel would give the file (its name without the extension). */
  sheet: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  /** Records handed over (blank ones included), and the file's size in bytes. */
  records: number;
  bytes: number;
}

async function openFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw fileError("file_not_found", { file: path });
    throw fileError("file_unreadable", { file: path, reason: (e as Error).message });
  }
}

function checkCancelled(options: HostOptions): void {
  if (options.signal?.aborted) throw new ShnorError("cancelled");
}

/**
 * Whether `path` is read as text (true) or is a workbook (false); the errors of `readSourceFile` for a missing,
 * empty, old-.xls, encrypted or unknown file.
 */
export async function isTextTableFile(path: string): Promise<boolean> {
  const fh = await openFile(path);
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    if (bytesRead === 0) throw fileError("file_empty", { file: path });
    return sniffFile(path, buf.subarray(0, bytesRead)) === "text";
  } finally {
    await fh.close();
  }
}

/** The encoding of a file from its first bytes, and how many BOM bytes to skip; null = UTF-8 unless proven otherwise. */
function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** Thrown inside a pass when the bytes are not UTF-8: the pass restarts as Windows-1251. */
class NotUtf8 extends Error {}

/**
 * Hands every record of a text table to the handler `start()` returns, in order with its 0-based index (blank
 * records included: row numbers stay those Excel shows). `start` is called again when the file turns out to be
 * Windows-1251 after some records were handed over: the caller must then begin afresh.
 */
export async function streamTextFile(path: string, start: (encoding: TextEncodingName) => CsvRowHandler, options: StreamTextOptions = {}): Promise<StreamTextInfo> {
  const sheet = textSheetName(path);
  if (options.table !== undefined) throw fileError("file_table_not_found", { file: path, table: options.table, available: "—" });
  if (options.sheet !== undefined && options.sheet.trim().toLowerCase() !== sheet.toLowerCase()) {
    throw fileError("file_sheet_not_found", { file: path, sheet: options.sheet, available: sheet });
  }
  const fh = await openFile(path);
  try {
    const { size } = await fh.stat();
    if (size === 0) throw fileError("file_empty", { file: path });
    checkCancelled(options);
    const head = Buffer.alloc(Math.min(3, size));
    await fh.read(head, 0, head.length, 0);
    const bom = bomOf(head);
    let info: StreamTextInfo;
    try {
      info = await pass(fh, path, size, sheet, bom ?? { encoding: "utf-8", skip: 0 }, bom !== null, start, options);
    } catch (e) {
      if (!(e instanceof NotUtf8)) throw e;
      info = await pass(fh, path, size, sheet, { encoding: "windows-1251", skip: 0 }, true, start, options);
    }
    return info;
  } finally {
    await fh.close();
  }
}

async function pass(
  fh: FileHandle, path: string, size: number, sheet: string, enc: { encoding: TextEncodingName; skip: number }, final: boolean,
  start: (encoding: TextEncodingName) => CsvRowHandler, options: StreamTextOptions,
): Promise<StreamTextInfo> {
  // As decodeText: after a BOM the decoder is lenient; UTF-8 without one must be valid throughout (else 1251).
  const decoder = final
    ? new TextDecoder(enc.encoding, enc.encoding === "windows-1251" ? undefined : {})
    : new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch (e) {
      // The fatal decoder's TypeError (compared by code: it may come from another realm, as under a test runner).
      if (!final && (e as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA") throw new NotUtf8();
      throw e;
    }
  };
  const handler = start(enc.encoding);
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const parser = new CsvParser(handler, options.delimiter);
  const chunk = Buffer.allocUnsafe(Math.max(1, options.chunkBytes ?? CHUNK_BYTES));
  let position = enc.skip;
  while (position < size && parser.rowCount < max) {
    const { bytesRead } = await fh.read(chunk, 0, Math.min(chunk.length, size - position), position);
    if (bytesRead === 0) break;
    position += bytesRead;
    parser.push(decode(chunk.subarray(0, bytesRead)));
    options.onProgress?.({ stage: "read", done: position, total: size });
    checkCancelled(options);
  }
  if (parser.rowCount < max) {
    const rest = decode();
    if (rest) parser.push(rest);
  }
  parser.end();
  if (parser.rowCount === 0) throw fileError("file_empty", { file: path });
  return { sheet, encoding: enc.encoding, delimiter: parser.activeDelimiter ?? ";", records: parser.rowCount, bytes: size };
}
