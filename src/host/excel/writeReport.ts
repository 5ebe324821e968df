/**
 * Writes a report into the open workbook so that it is never left half-written, and so that nothing but the
 * report's own sheets is touched:
 *
 * 1. every sheet is built under a temporary name ("~shnor-tmp-…") with temporary table names;
 * 2. on any failure or cancellation while building, the temporary sheets are deleted and the workbook is as it
 *    was;
 * 3. only when all sheets are complete, the old sheets of the same names step aside (renamed, not yet deleted),
 *    the new sheets take their names and places, the old sheets are deleted and the tables get their names.
 *    A failure while stepping aside puts the old sheets back.
 */
import { ShnorError } from "../../core/errors";
import type { ReportSpec } from "../../core/report/sheet";
import type { HostOptions } from "../WorkbookHost";
import { isValidSheetName, layoutSheet, uniqueName, type SheetLayout } from "../reportLayout";
import { excelError, fromOfficeError } from "./messages";
import { checkCancelled } from "./run";
import { writeSheet, type WriteEnv } from "./writeSheet";

export const TEMP_PREFIX = "~shnor-tmp-";
export const PARKED_PREFIX = "~shnor-old-";

export type WriteOptions = HostOptions & { replace?: boolean };

interface OldSheet {
  id: string;
  name: string;
  position: number;
}

/** What the commit needs: per report sheet, its temporary and final names and the sheet it replaces. */
interface Plan {
  sheets: NewSheet[];
  tempSheets: string[];
  tempTables: string[][];
  finalTables: string[][];
  replaced: (OldSheet | undefined)[];
  parked: string[];
}

export async function writeReport(context: Excel.RequestContext, report: ReportSpec, env: WriteEnv, options: WriteOptions = {}): Promise<void> {
  const layouts = layoutReport(report); // every check before the workbook is touched
  const progress = { done: 0, total: layouts.reduce((n, l) => n + l.tables.reduce((m, t) => m + t.rows.length, 0), 0) };
  await writeNewSheets(
    context,
    layouts.map((l) => ({ name: l.name, tables: l.tables.map((t) => t.spec.name) })),
    (sheet, i, tempTables) => writeSheet(context, sheet, layouts[i], tempTables, env, progress, options),
    options,
    () => options.onProgress?.({ stage: "write", done: 0, total: progress.total }),
  );
}

/** A sheet to add: its final name and the names its tables are to get. */
export interface NewSheet {
  name: string;
  tables: string[];
}

/**
 * The safe write of any set of new sheets (reports, templates): built under temporary names by `render` (which gets
 * the temporary table names to use), discarded on failure or cancellation, swapped in only when all are complete.
 * The names must have been checked (`checkSheetNames`).
 */
export async function writeNewSheets(
  context: Excel.RequestContext,
  sheets: NewSheet[],
  render: (sheet: Excel.Worksheet, index: number, tempTables: readonly string[]) => Promise<void>,
  options: WriteOptions,
  started?: () => void,
): Promise<void> {
  checkCancelled(options);
  const plan = await planWrite(context, sheets, options.replace === true);
  started?.();
  const ids: string[] = [];
  try {
    for (let i = 0; i < sheets.length; i++) {
      const sheet = context.workbook.worksheets.add(plan.tempSheets[i]).load("id");
      await context.sync();
      ids.push(sheet.id);
      await render(sheet, i, plan.tempTables[i]);
    }
    checkCancelled(options);
  } catch (e) {
    await discard(context, plan.tempSheets);
    throw fromOfficeError(e, "excel_write_failed");
  }
  await commit(context, plan, ids);
}

/** Sheet names Excel accepts, none twice; throws before the workbook is touched. */
export function checkSheetNames(names: readonly string[]): void {
  if (names.length === 0) throw new Error("ExcelHost: the report has no sheets");
  const seen = new Set<string>();
  for (const name of names) {
    if (!isValidSheetName(name)) throw excelError("excel_sheet_name_invalid", { sheet: name });
    if (seen.has(name.toLowerCase())) throw excelError("excel_sheet_name_duplicate", { sheet: name });
    seen.add(name.toLowerCase());
  }
}

function layoutReport(report: ReportSpec): SheetLayout[] {
  checkSheetNames(report.sheets.map((s) => s.name));
  return report.sheets.map((sheet) => layoutSheet(sheet));
}

async function planWrite(context: Excel.RequestContext, layouts: NewSheet[], replace: boolean): Promise<Plan> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/id,items/position");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  await context.sync();

  const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), { id: s.id, name: s.name, position: s.position }]));
  const replaced = layouts.map((l) => byName.get(l.name.toLowerCase()));
  const clashes = replaced.filter((s): s is OldSheet => s !== undefined);
  if (clashes.length > 0 && !replace) throw new ShnorError("sheet_exists", { sheets: clashes.map((s) => s.name).join(", ") });

  // Table names are unique in the workbook, together with defined names; those on replaced sheets become free.
  const freed = clashes.map((s) => workbook.worksheets.getItem(s.id).tables.load("items/name"));
  if (freed.length > 0) await context.sync();
  const freedNames = new Set(freed.flatMap((c) => c.items.map((t) => t.name.toLowerCase())));
  const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].map((n) => n.toLowerCase());
  const used = new Set(taken.filter((n) => !freedNames.has(n)));
  const finalTables = layouts.map((l) => l.tables.map((t) => uniqueName(t, used)));

  const token = Math.random().toString(36).slice(2, 8);
  const sheetNames = new Set(byName.keys());
  const allNames = new Set([...taken, ...used]);
  return {
    sheets: layouts,
    tempSheets: layouts.map((_, i) => uniqueName(`${TEMP_PREFIX}${token}-${i + 1}`, sheetNames)),
    tempTables: layouts.map((l, i) => l.tables.map((_, k) => uniqueName(`ShnorTmp_${token}_${i + 1}_${k + 1}`, allNames))),
    finalTables,
    replaced,
    parked: layouts.map((_, i) => uniqueName(`${PARKED_PREFIX}${token}-${i + 1}`, sheetNames)),
  };
}

/** Deletes whatever temporary sheets exist; best effort, the original error is what the user needs to see. */
async function discard(context: Excel.RequestContext, tempSheets: string[]): Promise<void> {
  try {
    const found = tempSheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject"));
    await context.sync();
    for (const sheet of found) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // Leave it: a later write uses other temporary names.
  }
}

async function commit(context: Excel.RequestContext, plan: Plan, ids: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  const swapped = plan.replaced.flatMap((old, i) => (old ? [{ old, index: i }] : [])).sort((a, b) => a.old.position - b.old.position);
  try {
    for (const { old, index } of swapped) sheets.getItem(old.id).name = plan.parked[index];
    await context.sync();
    // Each new sheet goes where its old sheet is now: the old position shifted by the new sheets put before it.
    swapped.forEach(({ old, index }, k) => (sheets.getItem(ids[index]).position = old.position + k));
    plan.sheets.forEach((layout, i) => (sheets.getItem(ids[i]).name = layout.name));
    await context.sync();
  } catch (e) {
    await rollback(context, plan, ids, swapped.map((s) => s.old));
    throw fromOfficeError(e, "excel_write_failed");
  }
  try {
    for (const { old } of swapped) sheets.getItem(old.id).delete();
    plan.sheets.forEach((layout, i) => {
      layout.tables.forEach((_, k) => (sheets.getItem(ids[i]).tables.getItem(plan.tempTables[i][k]).name = plan.finalTables[i][k]));
    });
    sheets.getItem(ids[0]).activate();
    await context.sync();
  } catch (e) {
    throw excelError("excel_commit_failed", { reason: reasonOf(e), sheets: plan.sheets.map((l) => l.name).join(", ") });
  }
}

/** Undoes a failed swap: the new sheets go, the old ones get their names back. */
async function rollback(context: Excel.RequestContext, plan: Plan, ids: string[], olds: OldSheet[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  try {
    for (const id of ids) sheets.getItem(id).delete();
    await context.sync();
    for (const old of olds) sheets.getItem(old.id).name = old.name;
    await context.sync();
  } catch (e) {
    throw excelError("excel_commit_failed", { reason: reasonOf(e), sheets: plan.sheets.map((l) => l.name).join(", ") });
  }
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
