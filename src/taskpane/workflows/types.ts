/**
 * The shape every pane workflow shares: source → mapping → check → settings → run → done. A workflow only says
 * how to pick its settings and how to compute a report from checked rows; the machinery does the rest.
 */
import type { Problem } from "../../core/errors";
import type { ReportSpec } from "../../core/report/sheet";
import type { Translate } from "../../core/report/translate";
import type { AggregateRow } from "../../core/table/aggregate";
import type { ColumnMapping } from "../../core/table/headers";
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
}

export interface WorkflowState<S, R> {
  step: StepId;
  sources?: SourceList;
  ref?: SourceRef;
  matrix?: SourceMatrix;
  /** 0-based header row in `matrix.values`. */
  headerRow: number;
  mapping: ColumnMapping;
  rows?: AggregateRow[];
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

export interface WorkflowDefinition<S, R> {
  id: "identify" | "dynamics";
  /** Settings to start from: what the workbook stores, fitted to the years present in the data. */
  initialSettings(stored: StoredSettings, years: readonly number[]): S;
  /** Message keys (with parameters) of what is wrong with the settings for these data; empty = ready to run. */
  validate(settings: S, years: readonly number[]): { key: string; params?: Record<string, string | number> }[];
  /** The stored settings with this workflow's choice merged in (written to the workbook when the user runs). */
  store(stored: StoredSettings, settings: S): StoredSettings;
  compute(rows: readonly AggregateRow[], settings: S, tr: Translate): Computed<R>;
}
