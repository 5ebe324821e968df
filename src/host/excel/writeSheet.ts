/**
 * Renders one laid-out report sheet onto a (new, temporary) worksheet: table values in chunks, the tables,
 * column widths, the title/notes/captions, frozen header, conditional formats and charts.
 *
 * Order matters within Excel's batches: number formats go before values (text stays text), and the columns are
 * autofitted before the title, notes and captions are written, so a long title does not widen column A.
 */
import type { HostOptions } from "../WorkbookHost";
import { displayLength, FILTER_BUTTON, MAX_WIDTH, MIN_WIDTH, NOTE_COLOR, TABLE_STYLE, type PlacedTable, type SheetLayout, type TextLine } from "../reportLayout";
import { bodyMatrices, textRow, type CellMatrices } from "./cellMatrices";
import { addChart, placeCharts } from "./charts";
import { type ChunkBudget, planChunks } from "./chunks";
import { addRules } from "./conditionalFormats";
import { checkCancelled } from "./run";

export interface WriteEnv {
  budget: ChunkBudget;
  yieldToUi: () => Promise<void>;
}

/** Counts written body rows across the whole report, for the progress callback. */
export interface WriteProgress {
  done: number;
  total: number;
}

/** Column width in points of `chars` characters of the default font (7 px each, 5 px padding, 0.75 pt/px). */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/** Number-format strings are short: bytes per cell they add to a request. */
const FORMAT_BYTES = 10;

export async function writeSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  tableNames: readonly string[],
  env: WriteEnv,
  progress: WriteProgress,
  options: HostOptions,
): Promise<void> {
  for (const table of layout.tables) await writeTableCells(context, sheet, table, env, progress, options);

  layout.tables.forEach((table, i) => {
    const added = sheet.tables.add(sheet.getRangeByIndexes(table.headerRow - 1, 0, table.rows.length + 1, table.headers.length), true);
    added.name = tableNames[i];
    added.style = TABLE_STYLE;
    added.showBandedRows = true;
  });
  await fitColumns(context, sheet, layout);

  if (layout.title) writeText(sheet, layout.title, { bold: true, size: 14 });
  for (const note of layout.notes) writeText(sheet, note, { italic: true, color: `#${NOTE_COLOR}` });
  for (const table of layout.tables) if (table.caption) writeText(sheet, table.caption, { bold: true, size: 12 });
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  for (const table of layout.tables) {
    addRules((rule) => sheet.getRangeByIndexes(table.firstRow - 1, table.columnIndex.get(rule.column) ?? 0, table.rows.length, 1), table.spec.rules ?? []);
  }
  for (const slot of placeCharts(layout)) addChart(sheet, slot);
  await context.sync();
}

/** The header row and the body, one sync per chunk of rows. */
async function writeTableCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: PlacedTable,
  env: WriteEnv,
  progress: WriteProgress,
  options: HostOptions,
): Promise<void> {
  const width = table.headers.length;
  setCells(sheet.getRangeByIndexes(table.headerRow - 1, 0, 1, width), textRow(table.headers));
  for (const { start, count } of planChunks(table.rows, width, env.budget, 2, FORMAT_BYTES)) {
    const cells = bodyMatrices(table.rows.slice(start, start + count), table.spec.columns);
    setCells(sheet.getRangeByIndexes(table.firstRow - 1 + start, 0, count, width), cells);
    await context.sync();
    progress.done += count;
    options.onProgress?.({ stage: "write", done: progress.done, total: progress.total });
    await env.yieldToUi();
    checkCancelled(options);
  }
}

function setCells(range: Excel.Range, cells: CellMatrices): void {
  range.numberFormat = cells.numberFormat; // first: a string then lands in a text cell and stays text
  range.values = cells.values;
}

interface Font {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

function writeText(sheet: Excel.Worksheet, line: TextLine, font: Font): void {
  const cell = sheet.getRangeByIndexes(line.row - 1, 0, 1, 1);
  setCells(cell, textRow([line.text]));
  const target = cell.format.font;
  if (font.bold !== undefined) target.bold = font.bold;
  if (font.italic !== undefined) target.italic = font.italic;
  if (font.size !== undefined) target.size = font.size;
  if (font.color !== undefined) target.color = font.color;
}

/**
 * Excel's autofit over the tables, then each column brought within bounds: never narrower than its header
 * with the filter button, never wider than MAX_WIDTH characters; a preferred width of the spec wins.
 */
async function fitColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  if (layout.tables.length === 0) return;
  const first = layout.tables[0].headerRow - 1;
  const last = layout.tables[layout.tables.length - 1].lastRow - 1;
  const columns = Math.max(...layout.tables.map((t) => t.headers.length));
  sheet.getRangeByIndexes(first, 0, last - first + 1, columns).format.autofitColumns();
  const formats = Array.from({ length: columns }, (_, j) => sheet.getRangeByIndexes(0, j, 1, 1).format.load("columnWidth"));
  await context.sync();

  formats.forEach((format, j) => {
    const tables = layout.tables.filter((t) => j < t.headers.length);
    const headerChars = Math.max(...tables.map((t) => displayLength(t.headers[j], undefined) + FILTER_BUTTON));
    const fitted = Math.max(format.columnWidth, charsToPoints(headerChars));
    const bounded = Math.min(charsToPoints(MAX_WIDTH), Math.max(charsToPoints(MIN_WIDTH), fitted));
    format.columnWidth = Math.max(
      ...tables.map((t) => {
        const preferred = t.spec.columns[j].width;
        return preferred !== undefined ? charsToPoints(preferred) : bounded;
      }),
    );
  });
}
