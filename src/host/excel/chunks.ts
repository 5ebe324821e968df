/**
 * Chunk sizes for reading and writing ranges. Excel on the web refuses a request or response above ~5 MB
 * (RequestPayloadSizeLimitExceeded), and a huge batch freezes the pane, so ranges move in blocks of rows
 * bounded by a cell budget and an estimated payload size.
 */

export interface ChunkBudget {
  /** Cells per request, over all matrices moved (values, number formats, ...). */
  cells: number;
  /** Estimated JSON bytes per request; kept well under the 5 MB limit of Excel on the web. */
  bytes: number;
}

export const DEFAULT_BUDGET: ChunkBudget = { cells: 50_000, bytes: 3_000_000 };

/** Rows per chunk allowed by the cell budget (at least one row, however wide). */
export function rowsPerChunk(columns: number, budget: ChunkBudget, matrices = 1): number {
  return Math.max(1, Math.floor(budget.cells / (Math.max(1, columns) * matrices)));
}

/**
 * An upper estimate of the JSON size of one cell value. Non-ASCII text is counted as `\uXXXX` escapes (6 bytes
 * a character), the worst case, so Cyrillic text cannot push a request over the limit.
 */
export function cellBytes(v: unknown): number {
  if (typeof v === "string") return (/^[\x20-\x7e]*$/.test(v) ? v.length : v.length * 6) + 3;
  if (typeof v === "number") return String(v).length + 1;
  if (typeof v === "boolean") return 6;
  return 5; // null, "" and the like
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v);
  return n;
}

/**
 * Rows of the next read: the cell budget, shrunk in proportion when the previous chunk came back heavier than
 * the byte budget (long texts), grown back when it was light.
 */
export function nextReadRows(columns: number, budget: ChunkBudget, previous?: { rows: number; bytes: number }): number {
  const max = rowsPerChunk(columns, budget);
  if (!previous || previous.bytes <= 0) return max;
  const fitting = Math.floor((previous.rows * budget.bytes) / previous.bytes);
  return Math.max(1, Math.min(max, fitting));
}

export interface RowChunk {
  start: number;
  count: number;
}

/**
 * Splits rows into chunks within both budgets. `matrices` is the number of per-cell matrices sent (2 for values
 * and number formats); `extraBytesPerCell` covers the number-format strings.
 */
export function planChunks(rows: readonly (readonly unknown[])[], columns: number, budget: ChunkBudget, matrices = 1, extraBytesPerCell = 0): RowChunk[] {
  const maxRows = rowsPerChunk(columns, budget, matrices);
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]) + columns * extraBytesPerCell;
    if (i > start && (i - start >= maxRows || bytes + b > budget.bytes)) {
      chunks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows.length > start) chunks.push({ start, count: rows.length - start });
  return chunks;
}
