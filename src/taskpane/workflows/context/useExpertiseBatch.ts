/**
 * Runs the expertise summary over the workbook's template sheets (expertiseBatch.ts) against a WorkbookHost: the check
 * reads every sheet, the run reads the ticked ones again, computes, asks before replacing sheets and writes. Every
 * task has its own AbortController (Cancel stops it between sheets; whatever it produces afterwards is dropped);
 * nothing is written until the whole computation has succeeded, and a sheet read is never replaced.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Location, type Problem, ShnorError } from "../../../core/errors";
import type { Rubric } from "../../../core/indicators/expertiseRubric";
import type { SourceMatrix, WorkbookHost } from "../../../host/WorkbookHost";
import { type Lang, t } from "../../../i18n";
import { describeError } from "../errors";
import { settingsStoreFor } from "../settingsStore";
import type { StoredSettings } from "../storedSettings";
import type { Computed, Notice, TaskProgress } from "../types";
import { yieldToUi } from "../yieldToUi";
import { type BatchSheet, checkSheet, computeBatch, usable } from "./expertiseBatch";
import { EXPERTISE_YEARS, type ExpertiseChoice, type ExpertiseSummaryData, expertiseWorkflow } from "./expertiseWorkflow";

export type BatchStep = "sheets" | "settings" | "run" | "done";

export interface BatchState {
  step: BatchStep;
  /** Every sheet of the workbook as the check found it; undefined before the check. */
  sheets?: BatchSheet[];
  /** The ticked sheets. */
  chosen: string[];
  settings?: ExpertiseChoice;
  running?: TaskProgress;
  notice?: Notice;
  /** What stopped the last run (a sheet changed since the check), located. */
  problems: Problem[];
  confirm?: string[];
  outcome?: { summary: ExpertiseSummaryData; sheets: string[]; read: string[] };
}

const guard = (signal: AbortSignal) => {
  if (signal.aborted) throw new ShnorError("cancelled");
};

export function useExpertiseBatch(host: WorkbookHost, rubric: Rubric, lang: Lang) {
  const [state, setState] = useState<BatchState>({ step: "sheets", chosen: [], problems: [] });
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<BatchState>) => setState((s) => ({ ...s, ...p })), []);
  const task = useRef<AbortController>();
  const pending = useRef<{ computed: Computed<ExpertiseSummaryData>; read: string[] }>();
  const store = useMemo(() => settingsStoreFor(host), [host]);
  const definition = useMemo(() => expertiseWorkflow(rubric), [rubric]);
  const text = useCallback((key: string, params?: Record<string, string | number>) => t(key, params, lang), [lang]);

  useEffect(() => () => task.current?.abort(), []);

  const runTask = useCallback(
    async (start: TaskProgress, body: (signal: AbortSignal, report: (p: TaskProgress) => void) => Promise<void>) => {
      task.current?.abort();
      const controller = new AbortController();
      task.current = controller;
      patch({ running: start, notice: undefined, confirm: undefined });
      const report = (p: TaskProgress) => {
        if (!controller.signal.aborted) patch({ running: p });
      };
      try {
        await body(controller.signal, report);
      } catch (e) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, running: undefined, step: s.step === "run" ? "settings" : s.step, notice: { intent: "error", text: describeError(e, lang) } }));
      } finally {
        if (task.current === controller) task.current = undefined;
      }
    },
    [lang, patch],
  );

  /** Reads `names` one by one (progress in sheets), stopping between sheets when cancelled. */
  const readSheets = useCallback(async (names: readonly string[], signal: AbortSignal, report: (p: TaskProgress) => void): Promise<SourceMatrix[]> => {
    const out: SourceMatrix[] = [];
    for (const [i, name] of names.entries()) {
      report({ stage: "read", done: i, total: names.length });
      out.push(await host.readSource({ kind: "sheet", name }, { signal }));
      guard(signal);
      await yieldToUi();
      guard(signal);
    }
    report({ stage: "read", done: names.length, total: names.length });
    return out;
  }, [host]);

  /** Lists the sheets and checks each against the rubric; the usable ones are ticked. */
  const scan = useCallback(async () => {
    await runTask({ stage: "read", done: 0, total: 0 }, async (signal, report) => {
      const { sheets: names } = await host.listSources();
      guard(signal);
      const matrices = await readSheets(names, signal, report);
      report({ stage: "check", done: 0, total: matrices.length });
      await yieldToUi();
      guard(signal);
      const sheets = matrices.map((m) => checkSheet(m, rubric));
      setState((s) => ({ ...s, step: "sheets", running: undefined, sheets, chosen: sheets.filter(usable).map((x) => x.sheet), problems: [], outcome: undefined }));
    });
  }, [host, readSheets, rubric, runTask]);

  const toggle = useCallback((sheet: string, on: boolean) => {
    setState((s) => ({ ...s, chosen: on ? [...s.chosen.filter((x) => x !== sheet), sheet] : s.chosen.filter((x) => x !== sheet) }));
  }, []);

  const toSettings = useCallback(async () => {
    const current = stateRef.current.settings;
    if (current) {
      patch({ step: "settings", notice: undefined });
      return;
    }
    const stored = await store.load().catch((): StoredSettings => ({}));
    patch({ step: "settings", notice: undefined, settings: definition.initialSettings(stored, EXPERTISE_YEARS) });
  }, [definition, patch, store]);

  const write = useCallback(async (computed: Computed<ExpertiseSummaryData>, read: string[], replace: boolean, signal: AbortSignal, report: (p: TaskProgress) => void) => {
    report({ stage: "write", done: 0, total: 0 });
    await host.writeReport(computed.report, { replace, signal, onProgress: (p) => report(p) });
    guard(signal);
    pending.current = undefined;
    const sheets = computed.report.sheets.map((s) => s.name);
    setState((s) => ({ ...s, step: "done", running: undefined, confirm: undefined, outcome: { summary: computed.summary, sheets, read } }));
    const settings = stateRef.current.settings;
    if (!settings) return;
    try {
      await store.save(definition.store(await store.load(), settings));
    } catch (e) {
      patch({ notice: { intent: "warning", text: text("wf_settings_not_saved", { reason: describeError(e, lang) }) } });
    }
  }, [definition, host, lang, patch, store, text]);

  const run = useCallback(async () => {
    const { settings, sheets = [] } = stateRef.current;
    // In the workbook's order, whatever the order of ticking.
    const chosen = sheets.map((s) => s.sheet).filter((name) => stateRef.current.chosen.includes(name));
    if (!settings || chosen.length === 0 || definition.validate(settings, EXPERTISE_YEARS).length > 0) return;
    patch({ step: "run", problems: [] });
    await runTask({ stage: "read", done: 0, total: chosen.length }, async (signal, report) => {
      const matrices = await readSheets(chosen, signal, report);
      report({ stage: "compute", done: 0, total: matrices.length });
      await yieldToUi();
      guard(signal);
      const result = computeBatch(matrices, rubric, settings, text);
      if (!result.ok) {
        setState((s) => ({ ...s, step: "settings", running: undefined, problems: result.problems, notice: { intent: "error", text: text("cp_exp_batch_changed") } }));
        return;
      }
      const names = result.computed.report.sheets.map((s) => s.name);
      const existing = await host.existingSheets(names);
      guard(signal);
      // A template sheet is never replaced, even with the user's consent.
      const templates = sheets.filter((s) => s.template).map((s) => s.sheet.toLowerCase());
      const own = existing.find((name) => templates.includes(name.toLowerCase()));
      if (own !== undefined) {
        setState((s) => ({ ...s, step: "settings", running: undefined, notice: { intent: "error", text: text("cp_exp_batch_source_replaced", { sheet: own }) } }));
        return;
      }
      if (existing.length > 0) {
        pending.current = { computed: result.computed, read: chosen };
        patch({ running: undefined, confirm: existing });
        return;
      }
      await write(result.computed, chosen, false, signal, report);
    });
  }, [definition, host, patch, readSheets, rubric, runTask, text, write]);

  const confirmReplace = useCallback(async () => {
    const p = pending.current;
    if (!p) return;
    await runTask({ stage: "write", done: 0, total: 0 }, (signal, report) => write(p.computed, p.read, true, signal, report));
  }, [runTask, write]);

  const declineReplace = useCallback(() => {
    pending.current = undefined;
    patch({ step: "settings", confirm: undefined, notice: { intent: "info", text: text("wf_replace_declined") } });
  }, [patch, text]);

  const cancel = useCallback(() => {
    const running = stateRef.current.running;
    task.current?.abort();
    task.current = undefined;
    pending.current = undefined;
    setState((s) => ({ ...s, running: undefined, confirm: undefined, step: s.step === "run" ? "settings" : s.step, notice: { intent: "warning", text: text(running?.stage === "write" ? "wf_cancelled_write" : "wf_cancelled") } }));
  }, [text]);

  const goTo = useCallback(async (location: Location) => {
    try {
      await host.goTo(location);
    } catch (e) {
      patch({ notice: { intent: "error", text: describeError(e, lang) } });
    }
  }, [host, lang, patch]);

  return {
    state,
    scan,
    toggle,
    toSettings,
    setSettings: useCallback((settings: ExpertiseChoice) => patch({ settings }), [patch]),
    validate: useCallback((settings: ExpertiseChoice) => definition.validate(settings, EXPERTISE_YEARS), [definition]),
    run,
    confirmReplace,
    declineReplace,
    cancel,
    back: useCallback(() => setState((s) => (s.running ? s : { ...s, step: s.step === "done" ? "settings" : "sheets", notice: undefined })), []),
    restart: useCallback(() => setState((s) => ({ step: "sheets", chosen: [], problems: [], settings: s.settings })), []),
    goTo,
  };
}

export type ExpertiseBatchApi = ReturnType<typeof useExpertiseBatch>;
