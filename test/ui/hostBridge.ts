/**
 * A WorkbookHost for the pane in Chromium, backed by a Node-side FileHost over a real .xlsx: the page gets
 * `window.__shnorTestHost` (the pane's dev/test hook, see src/taskpane/host.ts) whose methods forward through
 * playwright bindings. Progress callbacks come back into the page, and aborting the pane's signal aborts the
 * Node-side call. Every call, every goTo and the settings the pane saves are recorded for the test to check.
 * «Формулы → значения» is there too, over exceljs (`formulasToValuesInFile`): the pane sees a host that can convert.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import type { Page } from "playwright-core";
import type { Location } from "../../src/core/errors";
import { ShnorError } from "../../src/core/errors";
import type { ConversionResult, ConvertScope } from "../../src/host/excel/formulasToValues";
import { FileHost } from "../../src/host/file";
import type { HostOptions, Progress, SourceList, SourceMatrix, SourceRef } from "../../src/host/WorkbookHost";
import type { ReportSpec } from "../../src/core/report/sheet";

export interface BridgeOptions {
  input: string;
  output: string;
  /** Reads slowly, as a large sheet is read in chunks: `ticks` progress reports `tickMs` apart, each checking Cancel. */
  slowRead?: { ticks: number; tickMs: number };
  /** Writes slowly the same way, before the real write (so a cancelled write leaves no file). */
  slowWrite?: { ticks: number; tickMs: number };
  /** Settings the workbook already holds. */
  storedSettings?: string;
}

export interface BridgeLog {
  calls: string[];
  goTo: Location[];
  /** Last settings text the pane saved, if any. */
  settings?: string;
  /** Calls that ended because the pane cancelled them. */
  cancelled: string[];
}

type CallResult = { value?: unknown; error?: { message: string; code?: string; params?: Record<string, unknown>; name: string } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * «Формулы → значения» on a file: every cell whose formula calls SHNOR. (or SHNORDEV.) gets its cached result;
 * other formulas and constants stay. "sheet" is the workbook's first sheet (a file has no active sheet). Reads
 * `output` when it exists (a report written before), else `input`, and writes `output`.
 */
export async function formulasToValuesInFile(input: string, output: string, scope: ConvertScope, options: HostOptions = {}): Promise<ConversionResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fs.existsSync(output) ? output : input);
  const sheets = scope === "sheet" ? wb.worksheets.slice(0, 1) : wb.worksheets;
  const converted = new Map<string, number>();
  sheets.forEach((ws, i) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        if (typeof formula !== "string" || !/SHNOR(?:DEV)?\./i.test(formula)) return;
        const result = (cell.value as ExcelJS.CellFormulaValue).result;
        cell.value = result === undefined ? null : (result as ExcelJS.CellValue);
        converted.set(ws.name, (converted.get(ws.name) ?? 0) + 1);
      });
    });
    if (options.signal?.aborted) throw new ShnorError("cancelled");
    options.onProgress?.({ stage: "read", done: i + 1, total: sheets.length });
  });
  await wb.xlsx.writeFile(output);
  return { converted: [...converted.values()].reduce((a, b) => a + b, 0), sheets: [...converted.keys()] };
}

/** Installs the bridge; call before page.goto. */
export async function installTestHost(page: Page, options: BridgeOptions): Promise<BridgeLog> {
  const host = new FileHost({ input: options.input, output: options.output, lang: "ru" });
  const log: BridgeLog = { calls: [], goTo: [], settings: options.storedSettings, cancelled: [] };
  const aborted = new Set<number>();

  const hostOptions = (id: number): HostOptions => ({
    signal: { get aborted() { return aborted.has(id); } },
    onProgress: (p: Progress) => {
      page.evaluate(([callId, progress]) => window.__shnorTestProgress?.(callId, progress), [id, p] as const).catch(() => undefined);
    },
  });

  /** Progress ticks over `total` items, each after a pause and a look at the signal. */
  const slowly = async (o: HostOptions, stage: Progress["stage"], total: number, pace: { ticks: number; tickMs: number }) => {
    for (let i = 1; i <= pace.ticks; i++) {
      await sleep(pace.tickMs);
      if (o.signal?.aborted) throw new ShnorError("cancelled");
      o.onProgress?.({ stage, done: Math.floor((total * i) / (pace.ticks + 1)), total });
    }
  };

  const readSource = async (ref: SourceRef, id: number): Promise<SourceMatrix> => {
    const o = hostOptions(id);
    // The file host reads an .xlsx at once (its progress is "1 of 1"); the slow read reports rows, as Excel does.
    const matrix = await host.readSource(ref, options.slowRead ? { signal: o.signal } : o);
    if (options.slowRead) await slowly(o, "read", matrix.values.length, options.slowRead);
    return matrix;
  };

  const writeReport = async (report: ReportSpec, replace: boolean, id: number): Promise<void> => {
    const o = hostOptions(id);
    if (options.slowWrite) await slowly(o, "write", report.sheets.length, options.slowWrite);
    await host.writeReport(report, { ...o, replace });
  };

  const methods: Record<string, (args: unknown[], id: number) => Promise<unknown>> = {
    readSource: ([ref], id) => readSource(ref as SourceRef, id),
    listSources: (): Promise<SourceList> => host.listSources(),
    goTo: async ([location]) => {
      log.goTo.push(location as Location);
    },
    existingSheets: ([names]) => host.existingSheets(names as string[]),
    writeReport: ([report, replace], id) => writeReport(report as ReportSpec, replace === true, id),
    formulasToValues: ([scope], id) => formulasToValuesInFile(options.input, options.output, scope as ConvertScope, hostOptions(id)),
    loadSettings: async () => log.settings,
    saveSettings: async ([text]) => {
      log.settings = String(text);
    },
  };

  await page.exposeBinding("__shnorHostCall", async (_source, method: string, args: unknown[], id: number): Promise<CallResult> => {
    log.calls.push(method);
    try {
      const run = methods[method];
      if (!run) throw new Error(`no such host method: ${method}`);
      return { value: await run(args, id) };
    } catch (e) {
      if (e instanceof ShnorError && e.code === "cancelled") log.cancelled.push(method);
      const err = e as Error & { code?: string; params?: Record<string, unknown> };
      return { error: { name: err.name, message: err.message, code: err.code, params: err.params } };
    }
  });
  await page.exposeBinding("__shnorHostAbort", (_source, id: number) => {
    aborted.add(id);
  });
  await page.addInitScript(browserSide);
  return log;
}

declare global {
  interface Window {
    __shnorHostCall?: (method: string, args: unknown[], id: number) => Promise<CallResult>;
    __shnorHostAbort?: (id: number) => Promise<void>;
    __shnorTestProgress?: (id: number, p: Progress) => void;
  }
}

/** Runs in the page before its scripts: the WorkbookHost the pane's test hook picks up. Self-contained. */
function browserSide(): void {
  let next = 0;
  const listeners = new Map<number, (p: Progress) => void>();
  window.__shnorTestProgress = (id, p) => listeners.get(id)?.(p);
  const invoke = async (method: string, args: unknown[], options?: HostOptions): Promise<unknown> => {
    const id = ++next;
    if (options?.onProgress) listeners.set(id, options.onProgress);
    const signal = options?.signal as AbortSignal | undefined;
    const onAbort = () => void window.__shnorHostAbort?.(id);
    signal?.addEventListener?.("abort", onAbort);
    try {
      const call = window.__shnorHostCall;
      if (!call) throw new Error("the test host bridge is not installed");
      const result = await call(method, args, id);
      if (result.error) throw Object.assign(new Error(result.error.message), result.error);
      return result.value;
    } finally {
      listeners.delete(id);
      signal?.removeEventListener?.("abort", onAbort);
    }
  };
  window.__shnorTestHost = {
    readSource: (ref, options) => invoke("readSource", [ref], options) as Promise<SourceMatrix>,
    listSources: () => invoke("listSources", []) as Promise<SourceList>,
    goTo: (location) => invoke("goTo", [location]) as Promise<void>,
    existingSheets: (names) => invoke("existingSheets", [names]) as Promise<string[]>,
    writeReport: (report, options) => invoke("writeReport", [report, options?.replace === true], options) as Promise<void>,
    // The optional «Формулы → значения» capability (src/taskpane/workflows/formulaConversion.ts).
    formulasToValues: (scope: ConvertScope, options?: HostOptions) => invoke("formulasToValues", [scope], options) as Promise<ConversionResult>,
    // The optional settings capability (src/taskpane/workflows/settingsStore.ts): kept on the Node side.
    settings: {
      load: () => invoke("loadSettings", []) as Promise<string | undefined>,
      save: (text: string) => invoke("saveSettings", [text]) as Promise<void>,
    },
  } as Window["__shnorTestHost"];
}
