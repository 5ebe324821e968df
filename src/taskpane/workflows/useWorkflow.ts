/**
 * Runs a workflow against a WorkbookHost: the reducer holds the steps, this hook does the asynchronous work.
 * Every task (read, check, compute + write) runs under its own AbortController: Cancel aborts it, the pane goes
 * back at once, and whatever the task produces afterwards is dropped. Nothing is written until the computation
 * has succeeded, and existing sheets are replaced only after the user confirmed.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { ShnorError } from "../../core/errors";
import type { Location } from "../../core/errors";
import type { Translate } from "../../core/report/translate";
import { AGGREGATE_FIELDS, type AggregateRow, readAggregateTable } from "../../core/table/aggregate";
import type { ColumnMapping, FieldSpec } from "../../core/table/headers";
import { cellText } from "../../core/values";
import type { Progress, SourceMatrix, SourceRef, WorkbookHost } from "../../host/WorkbookHost";
import { type Lang, t } from "../../i18n";
import { describeError } from "./errors";
import { initialState, workflowReducer } from "./machine";
import { settingsStoreFor, type SettingsStore } from "./settingsStore";
import { dataFacts } from "./sourceData";
import type { StoredSettings } from "./storedSettings";
import type { Computed, TaskProgress, WorkflowDefinition, WorkflowState, WorkflowTable } from "./types";
import { yieldToUi } from "./yieldToUi";

export interface WorkflowApi<S, R, Row = AggregateRow> {
  state: WorkflowState<S, R, Row>;
  /** The fields of the table the workflow reads (the mapping step lists them). */
  fields: readonly FieldSpec[];
  refreshSources: () => Promise<void>;
  chooseSource: (ref: SourceRef) => void;
  read: () => Promise<void>;
  setHeaderRow: (row: number) => void;
  map: (field: string, col: number | undefined) => void;
  check: () => Promise<void>;
  /** Reads the source again (after the user fixed the workbook) and checks it with the same mapping. */
  recheck: () => Promise<void>;
  toSettings: () => Promise<void>;
  setSettings: (settings: S) => void;
  run: () => Promise<void>;
  confirmReplace: () => Promise<void>;
  declineReplace: () => void;
  cancel: () => void;
  back: () => void;
  restart: () => void;
  goTo: (location: Location) => Promise<void>;
}

type Report = (p: TaskProgress) => void;

/** Stops a task whose controller was aborted, whatever the host did with the signal. */
function guard(signal: AbortSignal): void {
  if (signal.aborted) throw new ShnorError("cancelled");
}

/** The host options of a task: its signal, and the host's progress passed on to the pane. */
function hostProgress(signal: AbortSignal, report: Report) {
  return { signal, onProgress: (p: Progress) => report(p) };
}

/** True when every mapped column still has the header it had: then a re-read keeps the user's mapping. */
function sameHeaders(before: SourceMatrix | undefined, after: SourceMatrix, headerRow: number, mapping: ColumnMapping): boolean {
  if (!before) return false;
  const a = before.values[headerRow] ?? [];
  const b = after.values[headerRow] ?? [];
  return Object.values(mapping).every((col) => cellText(a[col]) === cellText(b[col]));
}

/** The aggregate results table: what a workflow without its own table reads. */
const AGGREGATE_TABLE: WorkflowTable<AggregateRow> = { fields: AGGREGATE_FIELDS, read: readAggregateTable, facts: dataFacts };

export function useWorkflow<S, R, Row = AggregateRow>(definition: WorkflowDefinition<S, R, Row>, host: WorkbookHost, lang: Lang, store?: SettingsStore): WorkflowApi<S, R, Row> {
  const [state, dispatch] = useReducer(workflowReducer<S, R, Row>, undefined, initialState<S, R, Row>);
  const table = (definition.table ?? AGGREGATE_TABLE) as WorkflowTable<Row>;
  const fields = table.fields;
  const stateRef = useRef(state);
  stateRef.current = state;
  const task = useRef<AbortController>();
  const pending = useRef<Computed<R>>();
  const settingsStore = useMemo(() => store ?? settingsStoreFor(host), [store, host]);
  const text = useCallback((key: string, params?: Record<string, string | number>) => t(key, params, lang), [lang]);
  const tr: Translate = text;

  /** Runs `body` as the one current task; failures become a notice, a cancelled task ends silently. */
  const runTask = useCallback(
    async (start: TaskProgress, body: (signal: AbortSignal, report: Report) => Promise<void>) => {
      task.current?.abort();
      const controller = new AbortController();
      task.current = controller;
      dispatch({ type: "start", progress: start });
      const report: Report = (progress) => {
        if (!controller.signal.aborted) dispatch({ type: "progress", progress });
      };
      try {
        await body(controller.signal, report);
      } catch (e) {
        if (!controller.signal.aborted) dispatch({ type: "stopped", notice: { intent: "error", text: describeError(e, lang) } });
      } finally {
        if (task.current === controller) task.current = undefined;
      }
    },
    [lang],
  );

  // Leaving the page abandons its task.
  useEffect(() => () => task.current?.abort(), []);

  // Through a ref: switching the language must not list the workbook's sources again.
  const langRef = useRef(lang);
  langRef.current = lang;
  const refreshSources = useCallback(async () => {
    try {
      dispatch({ type: "sources", sources: await host.listSources() });
    } catch (e) {
      dispatch({ type: "stopped", notice: { intent: "error", text: describeError(e, langRef.current) } });
    }
  }, [host]);

  useEffect(() => {
    void refreshSources();
  }, [refreshSources]);

  const checkMatrix = useCallback(async (matrix: SourceMatrix, mapping: ColumnMapping, headerRow: number, signal: AbortSignal) => {
    await yieldToUi();
    guard(signal);
    const read = table.read(matrix, { mapping, headerRow });
    await yieldToUi();
    guard(signal);
    dispatch({ type: "checked", rows: read.rows, problems: read.problems, facts: table.facts(read.rows) });
  }, [table]);

  const read = useCallback(async () => {
    const ref = stateRef.current.ref;
    if (!ref) return;
    await runTask({ stage: "read", done: 0, total: 0 }, async (signal, report) => {
      const matrix = await host.readSource(ref, hostProgress(signal, report));
      guard(signal);
      dispatch({ type: "read", matrix, fields });
    });
  }, [fields, host, runTask]);

  const check = useCallback(async () => {
    const { matrix, mapping, headerRow } = stateRef.current;
    if (!matrix) return;
    await runTask({ stage: "check", done: 0, total: matrix.values.length }, (signal) => checkMatrix(matrix, mapping, headerRow, signal));
  }, [checkMatrix, runTask]);

  const recheck = useCallback(async () => {
    const { ref, matrix: before, mapping, headerRow } = stateRef.current;
    if (!ref) return;
    await runTask({ stage: "read", done: 0, total: 0 }, async (signal, report) => {
      const matrix = await host.readSource(ref, hostProgress(signal, report));
      guard(signal);
      if (!sameHeaders(before, matrix, headerRow, mapping)) {
        // The columns moved: the old mapping would read the wrong cells, so the user maps again.
        dispatch({ type: "read", matrix, fields });
        dispatch({ type: "stopped", notice: { intent: "warning", text: text("wf_headers_changed") } });
        return;
      }
      dispatch({ type: "read", matrix, keepMapping: true });
      report({ stage: "check", done: 0, total: matrix.values.length });
      await checkMatrix(matrix, mapping, headerRow, signal);
    });
  }, [checkMatrix, fields, host, runTask, text]);

  const toSettings = useCallback(async () => {
    const { settings, facts, rows } = stateRef.current;
    const years = facts?.years ?? [];
    if (settings && definition.validate(settings, years).length === 0) {
      dispatch({ type: "settings", settings });
      return;
    }
    const stored = await settingsStore.load().catch((): StoredSettings => ({}));
    dispatch({ type: "settings", settings: definition.initialSettings(stored, years, rows ?? []) });
  }, [definition, settingsStore]);

  const write = useCallback(
    async (computed: Computed<R>, replace: boolean, settings: S, signal: AbortSignal, report: Report) => {
      const sheets = computed.report.sheets.map((s) => s.name);
      // No count until the host gives one: hosts count in their own units (rows, sheets).
      report({ stage: "write", done: 0, total: 0 });
      await host.writeReport(computed.report, { replace, ...hostProgress(signal, report) });
      guard(signal);
      pending.current = undefined;
      dispatch({ type: "done", summary: computed.summary, sheets });
      try {
        await settingsStore.save(definition.store(await settingsStore.load(), settings));
      } catch (e) {
        // The report is written; settings that could not be kept are worth a warning, not a failure.
        dispatch({ type: "stopped", notice: { intent: "warning", text: text("wf_settings_not_saved", { reason: describeError(e, lang) }) } });
      }
    },
    [definition, host, lang, settingsStore, text],
  );

  const run = useCallback(async () => {
    const { rows, settings, facts } = stateRef.current;
    if (!rows || !settings || definition.validate(settings, facts?.years ?? []).length > 0) return;
    await runTask({ stage: "compute", done: 0, total: rows.length }, async (signal, report) => {
      await yieldToUi();
      guard(signal);
      const computed = definition.compute(rows, settings, tr);
      report({ stage: "compute", done: rows.length, total: rows.length });
      await yieldToUi();
      guard(signal);
      const existing = await host.existingSheets(computed.report.sheets.map((s) => s.name));
      guard(signal);
      // The data the report was computed from is never replaced, even with the user's consent (e.g. an earlier
      // result sheet chosen as the source of another workflow).
      const source = stateRef.current.matrix?.sheet.toLowerCase();
      const own = existing.find((name) => name.toLowerCase() === source);
      if (own !== undefined) {
        dispatch({ type: "stopped", notice: { intent: "error", text: text("wf_source_would_be_replaced", { sheet: own }) } });
        return;
      }
      if (existing.length > 0) {
        pending.current = computed;
        dispatch({ type: "confirm", sheets: existing });
        return;
      }
      await write(computed, false, settings, signal, report);
    });
  }, [definition, host, runTask, text, tr, write]);

  const confirmReplace = useCallback(async () => {
    const computed = pending.current;
    const settings = stateRef.current.settings;
    if (!computed || !settings) return;
    await runTask({ stage: "write", done: 0, total: 0 }, (signal, report) => write(computed, true, settings, signal, report));
  }, [runTask, write]);

  const declineReplace = useCallback(() => {
    pending.current = undefined;
    dispatch({ type: "stopped", notice: { intent: "info", text: text("wf_replace_declined") } });
  }, [text]);

  const cancel = useCallback(() => {
    const running = stateRef.current.running;
    task.current?.abort();
    task.current = undefined;
    pending.current = undefined;
    dispatch({ type: "stopped", notice: { intent: "warning", text: text(running?.stage === "write" ? "wf_cancelled_write" : "wf_cancelled") } });
  }, [text]);

  const goTo = useCallback(
    async (location: Location) => {
      try {
        await host.goTo(location);
      } catch (e) {
        dispatch({ type: "stopped", notice: { intent: "error", text: describeError(e, lang) } });
      }
    },
    [host, lang],
  );

  return {
    state,
    fields,
    refreshSources,
    chooseSource: useCallback((ref: SourceRef) => dispatch({ type: "chooseSource", ref }), []),
    read,
    setHeaderRow: useCallback((row: number) => dispatch({ type: "headerRow", headerRow: row, fields }), [fields]),
    map: useCallback((field: string, col: number | undefined) => dispatch({ type: "map", field, col }), []),
    check,
    recheck,
    toSettings,
    setSettings: useCallback((settings: S) => dispatch({ type: "settings", settings }), []),
    run,
    confirmReplace,
    declineReplace,
    cancel,
    back: useCallback(() => dispatch({ type: "back" }), []),
    restart: useCallback(() => dispatch({ type: "restart" }), []),
    goTo,
  };
}
