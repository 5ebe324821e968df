/**
 * exceljs, loaded on first use: it takes a few hundred milliseconds to load, which a command that reads and writes
 * only CSV or JSON should not pay.
 */
import type * as ExcelJSModule from "exceljs";

let loaded: typeof ExcelJSModule | undefined;

export function excelJs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("exceljs") as typeof ExcelJSModule);
}
