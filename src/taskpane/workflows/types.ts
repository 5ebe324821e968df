/**
 * The shape every pane workflow shares: source → mapping → check → settings → run → done. A workflow only says
 * how to pick its settings and how to compute a report from checked rows; the machinery does the rest.
 */
import type { Problem } from "../../core/errors";
import type { ReportSpec } from "../../core/report/sheet";
import type { Translate } from "../../core/report/translate";
import type { AggregateRow } from "../../core/table/aggregate";
import type { ColumnMapping, FieldSpec } from "../../core/table/headers";
import type { SourceList, SourceMatrix, SourceRef } from "../../host/WorkbookHost";
import type { StoredSettings } from "./storedSettings";

export type StepId = "source" | "mapping" | "check" | "settings" | "run" | "done";

export const STEPS: readonly StepId[] = ["source", "mapping", "check", "settings", "run", "done"];

/** What a running task reports; "check" is the pane's own validation of the rows. */
export interface TaskProgress {
  stage: "read" | "check" | "compute" | "write";
  done: number;
  total: number;
}

export interface Notice {
  intent: "error" | "warning" | "info" | "success";
  text: string;
}

/** One translated line of the data check: how many rows, schools and which years were read. */
export interface DataFacts {
  rows: number;
  schools: number;
  years: number[];
  /** The message stating them, with {rows}, {schools}, {years} (default: rows, schools and years read). */
  key?: string;
}

export interface WorkflowState<S, R, Row = AggregateRow> {
  step: StepId;
  sources?: SourceList;
  ref?: SourceRef;
  matrix?: SourceMatrix;
  /** 0-based header row in `matrix.values`. */
  headerRow: number;
  mapping: ColumnMapping;
  rows?: Row[];
  problems: Problem[];
  facts?: DataFacts;
  settings?: S;
  /** A task is under way; its step shows the progress and a Cancel button. */
  running?: TaskProgress;
  /** The report is computed and would replace these existing sheets: waiting for the user's answer. */
  confirm?: { sheets: string[] };
  outcome?: { summary: R; sheets: string[] };
  notice?: Notice;
}

/** A computed result: the sheets to write and what the summary card shows. */
export interface Computed<R> {
  report: ReportSpec;
  summary: R;
}

/**
 * The table a workflow reads: its fields (for the mapping step), the core reader (rows and located problems) and
 * the facts the check step states. Without one, a workflow reads the aggregate results table.
 */
export interface WorkflowTable<Row> {
  fields: readonly FieldSpec[];
  read(matrix: SourceMatrix, options: { mapping: ColumnMapping; headerRow: number }): { rows: Row[]; problems: Problem[] };
  facts(rows: readonly Row[]): DataFacts;
  /** Message key of the source step's line saying what table is expected (default: the aggregate results table). */
  sourceIntroKey?: string;
}

export interface WorkflowDefinition<S, R, Row = AggregateRow> {
  id: string;
  table?: WorkflowTable<Row>;
  /** Settings to start from: what the workbook stores, fitted to the years present in the data. */
  /** `rows`: the checked rows, for settings that depend on what the table holds (e.g. the components found). */
  initialSettings(stored: StoredSettings, years: readonly number[], rows?: readonly Row[]): S;
  /** Message key of the settings step's line saying what is kept in the workbook (default: every setting is). */
  settingsIntroKey?: string;
  /** Message keys (with parameters) of what is wrong with the settings for these data; empty = ready to run. */
  validate(settings: S, years: readonly number[]): { key: string; params?: Record<string, string | number> }[];
  /** The stored settings with this workflow's choice merged in (written to the workbook when the user runs). */
  store(stored: StoredSettings, settings: S): StoredSettings;
  compute(rows: readonly Row[], settings: S, tr: Translate): Computed<R>;
}
