/**
 * The step machine of a workflow as a pure reducer, so every transition can be tested without React or a host.
 * Asynchronous work (reading, computing, writing) lives in useWorkflow and reports here through actions.
 */
import type { Problem } from "../../core/errors";
import type { AggregateRow } from "../../core/table/aggregate";
import { AGGREGATE_FIELDS } from "../../core/table/aggregate";
import { type ColumnMapping, detectHeaderRow, type FieldSpec, mapHeaders } from "../../core/table/headers";
import type { SourceList, SourceMatrix, SourceRef } from "../../host/WorkbookHost";
import type { DataFacts, Notice, StepId, TaskProgress, WorkflowState } from "./types";

export type WorkflowAction<S, R, Row = AggregateRow> =
  | { type: "sources"; sources: SourceList }
  | { type: "chooseSource"; ref: SourceRef }
  | { type: "start"; progress: TaskProgress }
  | { type: "progress"; progress: TaskProgress }
  /** The source was read; `keepMapping` re-reads after the user fixed the data (same headers expected). */
  /** `fields`: the workflow's table fields (default: the aggregate results table). */
  | { type: "read"; matrix: SourceMatrix; keepMapping?: boolean; fields?: readonly FieldSpec[] }
  | { type: "headerRow"; headerRow: number; fields?: readonly FieldSpec[] }
  | { type: "map"; field: string; col: number | undefined }
  | { type: "checked"; rows: Row[]; problems: Problem[]; facts: DataFacts }
  | { type: "settings"; settings: S }
  | { type: "confirm"; sheets: string[] }
  | { type: "done"; summary: R; sheets: string[] }
  /** A task ended without a result (cancelled or failed): back to where the user can act. */
  | { type: "stopped"; notice: Notice }
  | { type: "back" }
  | { type: "restart" };

export function initialState<S, R, Row = AggregateRow>(): WorkflowState<S, R, Row> {
  return { step: "source", headerRow: 0, mapping: {}, problems: [] };
}

/** The header row and mapping found in a matrix; the first non-empty row when no header is recognised. */
export function detectLayout(matrix: SourceMatrix, fields: readonly FieldSpec[] = AGGREGATE_FIELDS): { headerRow: number; mapping: ColumnMapping } {
  const found = detectHeaderRow(matrix.values, fields);
  if (found) return found;
  const firstFilled = matrix.values.findIndex((row) => row.some((v) => v !== null && v !== undefined && String(v).trim() !== ""));
  const headerRow = Math.max(0, firstFilled);
  return { headerRow, mapping: mapHeaders(matrix.values[headerRow] ?? [], fields) };
}

const PREVIOUS: Partial<Record<StepId, StepId>> = { mapping: "source", check: "mapping", settings: "check", done: "settings" };

export function workflowReducer<S, R, Row = AggregateRow>(state: WorkflowState<S, R, Row>, action: WorkflowAction<S, R, Row>): WorkflowState<S, R, Row> {
  switch (action.type) {
    case "sources": {
      const ref = state.ref ?? defaultSource(action.sources);
      return { ...state, sources: action.sources, ref, notice: undefined };
    }
    case "chooseSource":
      return { ...state, ref: action.ref, notice: undefined };
    case "start":
      return { ...state, running: action.progress, notice: undefined, confirm: undefined, step: action.progress.stage === "compute" ? "run" : state.step };
    case "progress":
      return state.running ? { ...state, running: action.progress } : state;
    case "read": {
      const layout = action.keepMapping ? { headerRow: state.headerRow, mapping: state.mapping } : detectLayout(action.matrix, action.fields);
      return { ...state, matrix: action.matrix, ...layout, running: undefined, rows: undefined, problems: [], facts: undefined, step: action.keepMapping ? state.step : "mapping" };
    }
    case "headerRow": {
      const header = state.matrix?.values[action.headerRow];
      if (!header) return state;
      return { ...state, headerRow: action.headerRow, mapping: mapHeaders(header, action.fields ?? AGGREGATE_FIELDS) };
    }
    case "map": {
      const mapping = { ...state.mapping };
      if (action.col === undefined) delete mapping[action.field];
      else mapping[action.field] = action.col;
      return { ...state, mapping };
    }
    case "checked":
      return { ...state, rows: action.rows, problems: action.problems, facts: action.facts, running: undefined, step: "check" };
    case "settings":
      return { ...state, settings: action.settings, step: "settings", notice: undefined };
    case "confirm":
      return { ...state, running: undefined, confirm: { sheets: action.sheets } };
    case "done":
      return { ...state, running: undefined, confirm: undefined, outcome: { summary: action.summary, sheets: action.sheets }, step: "done" };
    case "stopped":
      return { ...state, running: undefined, confirm: undefined, notice: action.notice, step: state.step === "run" ? "settings" : state.step };
    case "back": {
      const previous = PREVIOUS[state.step];
      return previous && !state.running ? { ...state, step: previous, notice: undefined } : state;
    }
    case "restart":
      return { ...initialState<S, R, Row>(), sources: state.sources, ref: state.ref, settings: state.settings };
  }
}

/** A single Excel table is the likeliest source; else the selection when there is one; else the first sheet. */
export function defaultSource(sources: SourceList): SourceRef | undefined {
  if (sources.tables.length === 1) return { kind: "table", name: sources.tables[0] };
  if (sources.selection) return { kind: "selection" };
  if (sources.tables.length > 0) return { kind: "table", name: sources.tables[0] };
  if (sources.sheets.length > 0) return { kind: "sheet", name: sources.sheets[0] };
  return undefined;
}
