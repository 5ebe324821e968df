/**
 * The Excel host: the task pane's WorkbookHost over Office.js, the SHNOR-formulas-to-values action and the
 * workbook-stored settings. Browser only (needs Office.js); the pure layout it shares with the file host is in
 * src/host/reportLayout.
 */
import "./messages";

export { DEFAULT_BUDGET, type ChunkBudget } from "./chunks";
export { ExcelHost, type ExcelHostOptions } from "./ExcelHost";
export { isShnorFormula, type ConversionResult, type ConvertScope } from "./formulasToValues";
export { REQUIRED_EXCEL_API, type ApiCheck, type RunBatch } from "./run";
export { IDENTIFY_SETTINGS_KEY, WorkbookSettingsStore, type SettingsBag, type SettingsListener } from "./WorkbookSettingsStore";
export type { WriteOptions } from "./writeReport";
