import type { Location } from "../core/errors";
import type { ReportSpec } from "../core/report/sheet";

/**
 * What the workflows need from a workbook. The task pane implements it over Office.js (`host/excel`), the CLI
 * over .xlsx/.csv files (`host/file`), so the report builders and workflows are written once.
 */

/** Which cells to read. */
export type SourceRef =
  | { kind: "selection" }
  | { kind: "table"; name: string }
  | { kind: "sheet"; name?: string };

/** A block of cell values and where it sits on its sheet (1-based), so problems can name cells. */
export interface SourceMatrix {
  sheet: string;
  originRow: number;
  originCol: number;
  values: unknown[][];
}

export interface Progress {
  /** What is happening, as a message key of src/i18n. */
  stage: "read" | "compute" | "write";
  done: number;
  total: number;
}

export interface HostOptions {
  onProgress?: (p: Progress) => void;
  /** Cancellation: the host checks it between chunks and stops with a ShnorError("cancelled"). */
  signal?: { readonly aborted: boolean };
}

/** What a workbook offers to read from, for the source picker of the pane. */
export interface SourceList {
  sheets: string[];
  tables: string[];
  /** Address of the current selection, when there is one. */
  selection?: string;
}

export interface WorkbookHost {
  readSource(ref: SourceRef, options?: HostOptions): Promise<SourceMatrix>;
  /** Sheets and tables of the workbook (files: their sheets, no selection). */
  listSources(): Promise<SourceList>;
  /** Brings the cell of a problem into view and selects it (a no-op where there is no UI). */
  goTo(location: Location): Promise<void>;
  /** Names of sheets of the report that already exist (to ask before replacing them). */
  existingSheets(names: string[]): Promise<string[]>;
  /** Writes every sheet of the report; existing sheets of the same names are replaced only when `replace`. */
  writeReport(report: ReportSpec, options?: HostOptions & { replace?: boolean }): Promise<void>;
}
