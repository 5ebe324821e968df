/**
 * "Replace SHNOR formulas by values": before a workbook is shared with people who do not have the add-in (their
 * Excel would show #NAME?), every formula calling a SHNOR.* (or SHNORDEV.*) function is replaced by its current
 * value. Nothing else changes: other formulas, constants and formats stay as they are.
 *
 * Two passes. The scan reads formulas chunk by chunk (cancellable; nothing is written yet), and for the chunks
 * holding SHNOR formulas their values and value types. The write pass then sends, per chunk, a matrix that is
 * null everywhere except at the converted cells (null leaves a cell unchanged). A SHNOR formula that spills
 * (IDENTIFY returns a table) is replaced by its whole spilled block at once, or the block would vanish.
 */
import type { HostOptions } from "../WorkbookHost";
import { type ChunkBudget, rowsPerChunk } from "./chunks";
import { checkCancelled } from "./run";

export type ConvertScope = "sheet" | "workbook";

export interface ConversionResult {
  /** Formula cells replaced by their values. */
  converted: number;
  /** Sheets where something was converted. */
  sheets: string[];
}

export interface ConvertEnv {
  budget: ChunkBudget;
  yieldToUi: () => Promise<void>;
  /** Dynamic arrays (ExcelApi 1.12): spilled results are converted as blocks. */
  spills: boolean;
}

/** A block of cells to overwrite with values (0-based sheet indexes). */
interface Patch {
  sheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
}

/** A call of a SHNOR function: the namespace, a dot, a name and an opening parenthesis. */
const SHNOR_CALL = /(^|[^\p{L}\p{N}_.])SHNOR(?:DEV)?\.[\p{L}\p{N}_.]+\s*\(/iu;

/** True for a formula calling a SHNOR function (text in quotes and quoted sheet names do not count). */
export function isShnorFormula(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  return SHNOR_CALL.test(code);
}

/**
 * The value to write so that the cell ends up holding exactly what it showed: text gets a leading apostrophe
 * (Excel would parse "001" as a number or "=x" as a formula; the apostrophe is a prefix, not content),
 * errors are written as typed ("#N/A" becomes the error again), an empty result clears the cell.
 */
export function writableValue(value: unknown, type: string): unknown {
  if (type === "String") return `'${String(value)}`;
  if (type === "Empty") return "";
  return value;
}

export async function formulasToValues(context: Excel.RequestContext, scope: ConvertScope, env: ConvertEnv, options: HostOptions = {}): Promise<ConversionResult> {
  const targets = await usedRanges(context, scope);
  const total = targets.reduce((n, t) => n + t.used.rowCount, 0);
  const patches: Patch[] = [];
  const converted = new Map<string, number>();
  let done = 0;
  for (const { sheet, name, used } of targets) {
    const step = rowsPerChunk(used.columnCount, env.budget, 3);
    for (let start = 0; start < used.rowCount; start += step) {
      const rows = Math.min(step, used.rowCount - start);
      const found = await scanChunk(context, sheet, used.rowIndex + start, used.columnIndex, rows, used.columnCount, env);
      patches.push(...found.patches);
      if (found.count > 0) converted.set(name, (converted.get(name) ?? 0) + found.count);
      done += rows;
      options.onProgress?.({ stage: "read", done, total });
      await env.yieldToUi();
      checkCancelled(options);
    }
  }

  // The workbook changes only from here on: no cancellation, one sync per patch block.
  for (let i = 0; i < patches.length; i++) {
    const p = patches[i];
    p.sheet.getRangeByIndexes(p.rowIndex, p.columnIndex, p.values.length, p.values[0].length).values = p.values;
    await context.sync();
    options.onProgress?.({ stage: "write", done: i + 1, total: patches.length });
  }
  return { converted: [...converted.values()].reduce((a, b) => a + b, 0), sheets: [...converted.keys()] };
}

interface Target {
  sheet: Excel.Worksheet;
  name: string;
  used: Excel.Range;
}

async function usedRanges(context: Excel.RequestContext, scope: ConvertScope): Promise<Target[]> {
  const worksheets = context.workbook.worksheets;
  let sheets: Excel.Worksheet[];
  if (scope === "sheet") {
    sheets = [worksheets.getActiveWorksheet()];
  } else {
    worksheets.load("items");
    await context.sync();
    sheets = worksheets.items;
  }
  const found = sheets.map((sheet) => ({ sheet, used: sheet.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount") }));
  for (const s of sheets) s.load("name");
  await context.sync();
  return found.filter((f) => !f.used.isNullObject).map((f) => ({ sheet: f.sheet, name: f.sheet.name, used: f.used }));
}

async function scanChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rowIndex: number,
  columnIndex: number,
  rowCount: number,
  columnCount: number,
  env: ConvertEnv,
): Promise<{ patches: Patch[]; count: number }> {
  const range = sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount).load("formulas");
  await context.sync();
  const cells: [number, number][] = [];
  range.formulas.forEach((row, i) => row.forEach((f, j) => isShnorFormula(f) && cells.push([i, j])));
  if (cells.length === 0) return { patches: [], count: 0 };

  range.load("values,valueTypes");
  const spills = env.spills ? cells.map(([i, j]) => range.getCell(i, j).getSpillingToRangeOrNullObject().load("isNullObject,rowIndex,columnIndex,values,valueTypes")) : [];
  await context.sync();

  const single: (unknown | null)[][] = range.formulas.map((row) => row.map(() => null));
  const patches: Patch[] = [];
  cells.forEach(([i, j], k) => {
    const spill = spills[k];
    if (spill && !spill.isNullObject) {
      const values = spill.values.map((row, r) => row.map((v, c) => writableValue(v, spill.valueTypes[r][c])));
      patches.push({ sheet, rowIndex: spill.rowIndex, columnIndex: spill.columnIndex, values });
    } else {
      single[i][j] = writableValue(range.values[i][j], range.valueTypes[i][j]);
    }
  });
  if (patches.length < cells.length) patches.unshift({ sheet, rowIndex, columnIndex, values: single });
  return { patches, count: cells.length };
}
