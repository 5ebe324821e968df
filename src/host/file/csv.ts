/**
 * A fast RFC 4180 CSV reader: quoted fields with doubled quotes and line breaks, CR/LF/CRLF line ends, and the
 * delimiter detected among `;` `,` and tab. Fields stay strings: numbers are parsed later by the core's
 * Russian-aware `parseNumber`, so «12,5» in a semicolon file survives intact.
 *
 * Speed matters (whole-region files reach 100 MB): one pass over char codes, unquoted fields taken with one
 * `slice`, quoted fields scanned with the native `indexOf`. Platform-neutral, so the task pane can reuse it.
 */

/** A field delimiter: one character. */
export type Delimiter = string;

/** Receives each record with its 0-based index among the records emitted (the sheet row is index + 1). */
export type CsvRowHandler = (fields: string[], index: number) => void;

const QUOTE = 34; // "
const CR = 13;
const LF = 10;
const CANDIDATES: readonly Delimiter[] = [";", "\t", ","]; // order breaks ties: Russian files use ';'
/** Non-empty lines looked at to detect the delimiter. */
const SAMPLE_LINES = 20;
/** Text buffered before detecting the delimiter in streaming mode (enough for the sample lines). */
const DETECT_BYTES = 64 * 1024;
const HINT_BYTES = 8;

/**
 * The delimiter of a text: for each candidate, count it outside quotes on the first non-empty lines, and pick
 * the one whose most common non-zero count repeats on the most lines (ties: `;`, then tab, then `,`). A decimal
 * comma in «0,5;Школа» is therefore not mistaken for the delimiter. `;` when no candidate occurs (one column).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = CANDIDATES.map(() => [] as number[]);
  const codes = CANDIDATES.map((d) => d.charCodeAt(0));
  const line = codes.map(() => 0);
  let inQuotes = false;
  let lineHasText = false;
  let lines = 0;
  const endLine = (): void => {
    if (lineHasText) {
      for (let k = 0; k < codes.length; k++) counts[k].push(line[k]);
      lines++;
    }
    line.fill(0);
    lineHasText = false;
  };
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      inQuotes = !inQuotes; // a doubled quote toggles twice: still right
      lineHasText = true;
    } else if (inQuotes) {
      continue;
    } else if (c === LF || c === CR) {
      endLine();
    } else {
      if (c !== 32 && c !== 0xfeff) lineHasText = true;
      for (let k = 0; k < codes.length; k++) if (c === codes[k]) line[k]++;
    }
  }
  if (lines < SAMPLE_LINES) endLine();

  let best: Delimiter = ";";
  let bestScore = 0;
  CANDIDATES.forEach((d, k) => {
    const freq = new Map<number, number>();
    for (const n of counts[k]) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    const score = Math.max(0, ...freq.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}

function isEmptyRecord(fields: string[]): boolean {
  for (const f of fields) if (f !== "") return false;
  return true;
}

/**
 * A push parser: feed text in chunks of any size (a record may span chunks), then call `end()`. Records are
 * handed to `onRow` in order; blank records (empty lines, or only delimiters as Excel writes under a table)
 * are held back and emitted only when a non-blank record follows, so trailing blank lines are dropped while
 * blank lines inside the data keep their place (row numbers then match what Excel shows).
 * A first line `sep=;` (Excel's delimiter hint) sets the delimiter and is not a record.
 */
export class CsvParser {
  private buffer = "";
  private delimiterCode = -1;
  private started = false;
  private index = 0;
  private pendingBlank: string[][] = [];
  private ended = false;
  private readonly strings = new StringPool();

  constructor(
    private readonly onRow: CsvRowHandler,
    private delimiter?: Delimiter,
  ) {
    if (delimiter !== undefined && delimiter.length !== 1) throw new Error(`CSV delimiter must be one character: ${JSON.stringify(delimiter)}`);
  }

  /** The delimiter in use (detected once enough text was seen); undefined before that. */
  get activeDelimiter(): Delimiter | undefined {
    return this.started ? this.delimiter : undefined;
  }

  /** Records emitted so far. */
  get rowCount(): number {
    return this.index;
  }

  push(chunk: string): void {
    if (this.ended) throw new Error("CsvParser.push after end");
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    if (!this.started) {
      // Enough text to see a `sep=;` line (and a BOM); to detect a delimiter, enough for the sample lines.
      if (this.buffer.length < (this.delimiter === undefined ? DETECT_BYTES : HINT_BYTES)) return;
      this.start();
    }
    this.consume(false);
  }

  end(): void {
    if (this.ended) return;
    if (!this.started) this.start();
    this.consume(true);
    this.ended = true;
    this.pendingBlank = [];
  }

  private start(): void {
    let text = this.buffer;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const hint = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text);
    if (hint) {
      this.delimiter ??= hint[1];
      text = text.slice(hint[0].length);
    }
    this.delimiter ??= detectDelimiter(text);
    this.delimiterCode = this.delimiter.charCodeAt(0);
    this.buffer = text;
    this.started = true;
  }

  private emit(fields: string[]): void {
    if (isEmptyRecord(fields)) {
      this.pendingBlank.push(fields);
      return;
    }
    if (this.pendingBlank.length > 0) {
      for (const blank of this.pendingBlank) this.onRow(blank, this.index++);
      this.pendingBlank = [];
    }
    this.onRow(fields, this.index++);
  }

  /** Parses every complete record of the buffer; keeps an incomplete last record unless `final`. */
  private consume(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    const d = this.delimiterCode;
    let i = 0;
    let recordStart = 0;
    let fields: string[] = [];
    // A record is incomplete when the buffer ends inside it and more text may come: keep it for the next chunk.
    const stop = (): void => {
      this.buffer = final ? "" : s.slice(recordStart);
    };
    while (i < n) {
      let c = s.charCodeAt(i);
      let value: string;
      if (c === QUOTE) {
        value = "";
        let segment = i + 1;
        for (;;) {
          const q = s.indexOf('"', segment);
          if (q === -1) {
            if (!final) return stop();
            value += s.slice(segment); // unterminated quote: keep the rest, as Excel does
            i = n;
            break;
          }
          // At the end of a chunk this looks like a closing quote; the record is then incomplete and re-parsed
          // with the next chunk (see below), so a doubled quote split across chunks is still read right.
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(segment, q + 1);
            segment = q + 2;
            continue;
          }
          value += s.slice(segment, q);
          i = q + 1;
          break;
        }
        // Text after the closing quote (`"ab"c`) is kept, as Excel does.
        const after = i;
        while (i < n && (c = s.charCodeAt(i)) !== d && c !== CR && c !== LF) i++;
        if (i > after) value += s.slice(after, i);
        value = unpinned(value);
      } else {
        const from = i;
        let hash = 0;
        while (i < n && (c = s.charCodeAt(i)) !== d && c !== CR && c !== LF) {
          hash = (Math.imul(hash, 31) + c) | 0;
          i++;
        }
        value = this.strings.get(s, from, i, hash);
      }
      fields.push(value);

      if (i >= n) {
        if (!final) return stop();
        this.emit(fields);
        fields = [];
        break;
      }
      c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          if (!final) return stop();
          fields.push("");
          this.emit(fields);
          fields = [];
        }
        continue;
      }
      // Line end: CR, LF or CRLF. A CR at the end of a chunk may be the first half of a CRLF.
      if (c === CR) {
        if (i + 1 >= n && !final) return stop();
        i += s.charCodeAt(i + 1) === LF ? 2 : 1;
      } else {
        i++;
      }
      this.emit(fields);
      fields = [];
      recordStart = i;
    }
    this.buffer = "";
  }
}

/**
 * The values of a table repeat — a school's id and name on each of its 27 rows, the year, the assessment, small
 * counts — so an unquoted field is looked up among the texts already seen (by a hash computed while scanning it)
 * and shares that string instead of allocating a new one. A country's 8.6 million cells then hold about 100,000
 * strings, which the garbage collector no longer has to copy. The pool stops growing when full (student ids are
 * all distinct); long texts are never pooled.
 */
class StringPool {
  private static readonly SIZE = 1 << 18;
  private static readonly LIMIT = StringPool.SIZE >> 1;
  private static readonly LONGEST = 48;
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(StringPool.SIZE).fill(undefined);
  private readonly hashes = new Int32Array(StringPool.SIZE);
  private count = 0;

  /** `s.slice(from, to)`, shared with an equal text seen before; `hash` is the text's hash as consume computes it. */
  get(s: string, from: number, to: number, hash: number): string {
    const length = to - from;
    if (length === 0) return "";
    if (length > StringPool.LONGEST) return unpinned(s.slice(from, to));
    const mask = StringPool.SIZE - 1;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const t = this.texts[k];
      if (t === undefined) {
        const value = unpinned(s.slice(from, to));
        if (this.count < StringPool.LIMIT) {
          this.texts[k] = value;
          this.hashes[k] = hash;
          this.count++;
        }
        return value;
      }
      if (this.hashes[k] === hash && t.length === length && s.startsWith(t, from)) return t;
    }
  }
}

/**
 * A field's text that does not keep the chunk it was cut from alive. V8 makes a slice of 13 or more characters a view
 * of its parent string: one school name kept from each 4 MB chunk would keep the whole decoded file in memory. The
 * copy costs one allocation, for long fields only.
 */
function unpinned(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** Calls `onRow` for every record of `text`; returns the number of records and the delimiter used. */
export function forEachCsvRow(text: string, onRow: CsvRowHandler, delimiter?: Delimiter): { rows: number; delimiter: Delimiter } {
  const parser = new CsvParser(onRow, delimiter);
  parser.push(text);
  parser.end();
  return { rows: parser.rowCount, delimiter: parser.activeDelimiter ?? ";" };
}

/** All records of `text` as arrays of strings (rows may differ in length, as in the file). */
export function parseCsv(text: string, delimiter?: Delimiter): string[][] {
  const rows: string[][] = [];
  forEachCsvRow(text, (fields) => rows.push(fields), delimiter);
  return rows;
}
