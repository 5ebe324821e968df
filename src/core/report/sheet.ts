/**
 * Host-independent description of result sheets. The core's report builders produce these; `src/host/file`
 * renders them with exceljs and `src/host/excel` with Office.js, so one report looks the same in a file
 * written by the CLI and in a workbook written by the task pane.
 */

export type CellOut = string | number | boolean | null;

/** Number formats by meaning; each host maps them to its own format codes. */
export type NumberFormat = "integer" | "decimal1" | "decimal2" | "decimal3" | "percent" | "percent1" | "text";

export interface ColumnSpec {
  /** Stable key (used by rules and charts). */
  key: string;
  /** Header as shown to the user (already translated). */
  header: string;
  format?: NumberFormat;
  /** Preferred width in characters; hosts autofit when absent. */
  width?: number;
}

/** Semantic styles, mapped by hosts to Office-theme-friendly fills. */
export type RuleStyle = "good" | "bad" | "neutral" | "warning" | "info" | "strong" | "moderate" | "basic";

export type ConditionalRule =
  | { kind: "textEquals"; column: string; value: string; style: RuleStyle }
  | { kind: "isTrue"; column: string; style: RuleStyle }
  | { kind: "dataBar"; column: string }
  | { kind: "colorScale"; column: string; lowIsGood: boolean };

export interface ChartSpec {
  type: "column" | "stackedColumn" | "stackedColumn100" | "bar" | "stackedBar" | "pie" | "line";
  title: string;
  /** Column whose values label the categories. */
  categoryColumn: string;
  /** Columns plotted as series. */
  valueColumns: string[];
}

export interface TableSpec {
  /** Excel table name: letters, digits, underscores; unique in the workbook. */
  name: string;
  /** Optional caption written above the table. */
  title?: string;
  columns: ColumnSpec[];
  rows: CellOut[][];
  rules?: ConditionalRule[];
  charts?: ChartSpec[];
}

export interface SheetSpec {
  /** Sheet name, at most 31 characters, none of []:*?/\ */
  name: string;
  /** Heading written in the first row. */
  title?: string;
  /** Lines written under the title (settings used, sources, caveats). */
  notes?: string[];
  tables: TableSpec[];
}

export interface ReportSpec {
  sheets: SheetSpec[];
}
