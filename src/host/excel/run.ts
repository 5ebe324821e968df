/**
 * How the Excel host reaches Excel: `Excel.run` batches (injectable, so tests run against a mock object model),
 * the API requirement check, cancellation and yielding to the pane between chunks.
 */
import { ShnorError } from "../../core/errors";
import type { HostOptions } from "../WorkbookHost";
import { excelError } from "./messages";

/** `Excel.run` with one batch function. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host offers an API requirement set (`Office.context.requirements.isSetSupported`). */
export type ApiCheck = (set: string, version: string) => boolean;

/** Getting and replacing ranges by indexes, freezing panes, null objects, series of charts: Excel 2019+. */
export const REQUIRED_EXCEL_API = "1.7";

export const officeRun: RunBatch = (batch) => Excel.run(batch);

/** True when Office says it supports the set; true outside Office too (tests inject their own run). */
export const officeApiCheck: ApiCheck = (set, version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, version);
};

export function requireExcelApi(check: ApiCheck, version = REQUIRED_EXCEL_API): void {
  if (!check("ExcelApi", version)) throw excelError("excel_api_unsupported", { version });
}

export function checkCancelled(options: HostOptions): void {
  if (options.signal?.aborted) throw new ShnorError("cancelled");
}

/** A macrotask: lets the pane repaint and handle a click on Cancel between two chunks. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
