/**
 * The Node library entry of SHNOR Analytics: the pure computation core, the worksheet functions keyed by their
 * Excel names (callable with Excel-style arguments: numbers, arrays of rows for ranges, null for blank), the
 * file host and the CLI runner.
 *
 *   const { functions, identify, readAggregateTable } = require("shnor-analytics");
 *   functions.FAILSHARE(20, 6); // 0.3
 */
export * from "./core";
export { functions, type FunctionId } from "./functions/excelFunctions";
export { FunctionError } from "./functions/FunctionError";
export { formatError, formatProblem, t, type Lang } from "./i18n";
export { runCli } from "./cli/main";
