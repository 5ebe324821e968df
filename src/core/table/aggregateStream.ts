/**
 * The aggregate table read as a stream of rows, for files too big to hold as a matrix (a country: a million rows).
 * The result — rows, problems in their order, header row and mapping — is the one of `readAggregateTable` over the
 * whole table:
 *  - the first rows are buffered until the header can be found as for the whole table (it is looked for among the
 *    first ten rows), and the table is opened on them;
 *  - then rows are read in batches, each through a small frame of the same header and mapping placed at the batch's
 *    sheet rows, by the same row reader, with the repeat check carried across batches;
 *  - totals-row warnings come first and «no rows» last, as the whole-table reader records them;
 *  - a table whose failures are percentages is buffered whole: whether its column holds fractions (0.3) or percents
 *    (30) is decided on the whole column.
 * Only the rows' items are kept, so a file streamed in never exists as a matrix of strings.
 */
import type { Problem } from "../errors";
import { isBlank } from "../values";
import { type AggregateKeys, aggregateKeys, aggregateRowReader, type AggregateRow, type AggregateTable, openAggregateTable, type ReadAggregateOptions, readAggregateTable } from "./aggregate";
import { errorSince, readSomeRows, type TableFrame } from "./frame";

/** Rows looked at before opening: more than the ten the header is searched in, so the decision is the same. */
const HEAD_ROWS = 64;
const BATCH_ROWS = 4096;

export interface AggregateStreamOptions extends ReadAggregateOptions {
  sheet?: string;
  /** 1-based sheet row of the first row pushed (default 1), and sheet column of its first cell. */
  originRow?: number;
  originCol?: number;
  /** Rows per batch (tests use small ones to put batch edges everywhere). */
  batchRows?: number;
}

export interface AggregateStream {
  /** The next row of the sheet, blank rows included so that row numbers stay right. */
  push(row: readonly unknown[]): void;
  end(): AggregateTable;
}

export function createAggregateStream(options: AggregateStreamOptions = {}): AggregateStream {
  const { sheet, originRow = 1, originCol = 1, batchRows = BATCH_ROWS } = options;
  /** Rows not read yet: the head before the table is opened, then the current batch (or everything, see above). */
  let pending: (readonly unknown[])[] = [];
  /** 0-based row of the sheet part pushed, of pending[0]. */
  let pendingFrom = 0;
  let opened: { frame: TableFrame; keys: AggregateKeys; buffersAll: boolean } | undefined;
  /** The whole-table answer when the head already decides it (no header, a missing column) or the table is buffered. */
  let settled: AggregateTable | undefined;
  const rows: AggregateRow[] = [];
  const totals: Problem[] = [];
  const rowProblems: Problem[] = [];

  /** Reads frame rows and sorts the frame's problems into totals warnings (recorded while opening) and the rest. */
  const readFrame = (f: TableFrame, openingProblems: number, keys: AggregateKeys) => {
    rows.push(...readSomeRows(f, aggregateRowReader(f, false, keys)));
    totals.push(...f.cells.problems.slice(0, openingProblems));
    rowProblems.push(...f.cells.problems.slice(openingProblems));
  };

  const open = (): void => {
    const head = openAggregateTable({ values: pending, sheet, originRow: originRow + pendingFrom, originCol }, options);
    if (!head.ok) {
      settled = { rows: [], problems: head.problems, headerRow: head.headerRow, mapping: head.mapping };
      pending = [];
      return;
    }
    const f = head.frame;
    const buffersAll = f.mapping.failed === undefined;
    opened = { frame: f, keys: aggregateKeys(), buffersAll };
    if (buffersAll) return; // keep buffering into `pending`, which already holds the head
    readFrame(f, f.cells.problems.length, opened.keys);
    pendingFrom += pending.length;
    pending = [];
  };

  /** The pending batch through a frame of the header alone above it, placed so that its rows keep their sheet rows. */
  const readBatch = (): void => {
    if (!opened || pending.length === 0) return;
    const { frame, keys } = opened;
    const batch = openAggregateTable(
      { values: [frame.header, ...pending], sheet, originRow: originRow + pendingFrom - 1, originCol },
      { headerRow: 0, mapping: frame.mapping },
    );
    if (!batch.ok) throw new Error("a batch of an opened aggregate table did not open");
    // The batch's "header row" is a stand-in: only the totals warnings are recorded while opening it.
    readFrame(batch.frame, batch.frame.cells.problems.length, keys);
    pendingFrom += pending.length;
    pending = [];
  };

  return {
    push(row) {
      if (settled) return;
      pending.push(row);
      if (!opened) {
        // Blank rows above the table do not count towards the head: an empty head is not an empty table.
        if (pending.length >= HEAD_ROWS && pending.some((r) => r.some((v) => !isBlank(v)))) open();
      } else if (!opened.buffersAll && pending.length >= batchRows) {
        readBatch();
      }
    },
    end() {
      if (settled) return settled;
      if (!opened) {
        open();
        if (settled) return settled;
      }
      if (!opened) throw new Error("aggregate stream did not open");
      // Buffered whole: `pending` still holds every row from the first one pushed.
      if (opened.buffersAll) return readAggregateTable({ values: pending, sheet, originRow, originCol }, options);
      readBatch();
      const problems = [...totals, ...rowProblems];
      const table: AggregateTable = { rows, problems, headerRow: opened.frame.headerRow, mapping: opened.frame.mapping };
      if (rows.length === 0 && !errorSince(problems, 0)) {
        opened.frame.cells.error("table_no_rows", {}, opened.frame.headerAt());
        problems.push(opened.frame.cells.problems[opened.frame.cells.problems.length - 1]);
      }
      return table;
    },
  };
}
