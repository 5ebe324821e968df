import { defaultSource, detectLayout, initialState, workflowReducer, type WorkflowAction } from "../../../src/taskpane/workflows/machine";
import type { WorkflowState } from "../../../src/taskpane/workflows/types";
import { regionMatrix } from "./memoryHost";

type S = { year: number };
type R = { n: number };
const reduce = (state: WorkflowState<S, R>, ...actions: WorkflowAction<S, R>[]) => actions.reduce(workflowReducer<S, R>, state);

describe("workflow step machine", () => {
  it("picks the likeliest source: a single table, else the selection, else a table, else the first sheet", () => {
    expect(defaultSource({ sheets: ["A"], tables: ["T"], selection: "A!A1:B2" })).toEqual({ kind: "table", name: "T" });
    expect(defaultSource({ sheets: ["A"], tables: ["T1", "T2"], selection: "A!A1:B2" })).toEqual({ kind: "selection" });
    expect(defaultSource({ sheets: ["A"], tables: ["T1", "T2"] })).toEqual({ kind: "table", name: "T1" });
    expect(defaultSource({ sheets: ["A", "B"], tables: [] })).toEqual({ kind: "sheet", name: "A" });
    expect(defaultSource({ sheets: [], tables: [] })).toBeUndefined();
  });

  it("keeps the user's source choice when the list is refreshed", () => {
    const s = reduce(initialState(), { type: "chooseSource", ref: { kind: "sheet", name: "B" } }, { type: "sources", sources: { sheets: ["A", "B"], tables: ["T"] } });
    expect(s.ref).toEqual({ kind: "sheet", name: "B" });
  });

  it("finds the header row under a title and maps Russian headers", () => {
    const { headerRow, mapping } = detectLayout(regionMatrix(3));
    expect(headerRow).toBe(2);
    expect(mapping).toMatchObject({ school_id: 0, school_name: 1, municipality: 2, locality: 3, group: 4, year: 5, assessment: 6, participants: 7, failed: 8, mean_score: 9 });
  });

  it("falls back to the first filled row when no header is recognised", () => {
    const layout = detectLayout({ sheet: "S", originRow: 1, originCol: 1, values: [[], ["alpha", "beta"], [1, 2]] });
    expect(layout).toEqual({ headerRow: 1, mapping: {} });
  });

  it("walks source → mapping → check → settings → run → done, and back one step at a time", () => {
    const matrix = regionMatrix(3);
    let s = reduce(initialState(), { type: "sources", sources: { sheets: ["Результаты"], tables: [] } });
    s = reduce(s, { type: "start", progress: { stage: "read", done: 0, total: 0 } });
    expect(s).toMatchObject({ step: "source", running: { stage: "read" } });
    s = reduce(s, { type: "read", matrix });
    expect(s).toMatchObject({ step: "mapping", headerRow: 2, running: undefined });
    s = reduce(s, { type: "map", field: "school_name", col: undefined }, { type: "map", field: "group", col: 1 });
    expect(s.mapping.school_name).toBeUndefined();
    expect(s.mapping.group).toBe(1);
    s = reduce(s, { type: "checked", rows: [], problems: [], facts: { rows: 0, schools: 0, years: [2024] } });
    expect(s.step).toBe("check");
    s = reduce(s, { type: "settings", settings: { year: 2024 } });
    expect(s.step).toBe("settings");
    s = reduce(s, { type: "start", progress: { stage: "compute", done: 0, total: 10 } });
    expect(s.step).toBe("run");
    s = reduce(s, { type: "done", summary: { n: 1 }, sheets: ["X"] });
    expect(s).toMatchObject({ step: "done", outcome: { summary: { n: 1 }, sheets: ["X"] } });
    expect(reduce(s, { type: "back" }).step).toBe("settings");
    expect(reduce(s, { type: "back" }, { type: "back" }, { type: "back" }, { type: "back" }).step).toBe("source");
  });

  it("goes back to the settings when a run stops, with the reason shown; a read that stops stays on its step", () => {
    const atRun = reduce(initialState(), { type: "settings", settings: { year: 1 } }, { type: "start", progress: { stage: "compute", done: 0, total: 1 } });
    const stopped = reduce(atRun, { type: "stopped", notice: { intent: "warning", text: "cancelled" } });
    expect(stopped).toMatchObject({ step: "settings", running: undefined, notice: { text: "cancelled" } });
    const reading = reduce(initialState(), { type: "start", progress: { stage: "read", done: 0, total: 0 } }, { type: "stopped", notice: { intent: "error", text: "x" } });
    expect(reading.step).toBe("source");
  });

  it("does not go back while a task runs, and asks before replacing (the run step keeps the dialog)", () => {
    const s = reduce(initialState(), { type: "settings", settings: { year: 1 } }, { type: "start", progress: { stage: "compute", done: 0, total: 1 } });
    expect(reduce(s, { type: "back" }).step).toBe("run");
    const asking = reduce(s, { type: "confirm", sheets: ["ШНОР 2025"] });
    expect(asking).toMatchObject({ step: "run", running: undefined, confirm: { sheets: ["ШНОР 2025"] } });
  });

  it("re-reading with keepMapping keeps the user's mapping and the step", () => {
    const matrix = regionMatrix(3);
    let s = reduce(initialState(), { type: "read", matrix }, { type: "map", field: "school_name", col: undefined });
    s = reduce(s, { type: "checked", rows: [], problems: [], facts: { rows: 0, schools: 0, years: [] } });
    s = reduce(s, { type: "read", matrix, keepMapping: true });
    expect(s.step).toBe("check");
    expect(s.mapping.school_name).toBeUndefined();
  });

  it("changing the header row maps that row's headers", () => {
    const s = reduce(initialState(), { type: "read", matrix: regionMatrix(3) }, { type: "headerRow", headerRow: 0 });
    expect(s.headerRow).toBe(0);
    expect(s.mapping).toEqual({});
    expect(reduce(s, { type: "headerRow", headerRow: 999 })).toBe(s);
  });

  it("progress after the task ended is ignored", () => {
    const s = initialState<S, R>();
    expect(reduce(s, { type: "progress", progress: { stage: "read", done: 1, total: 2 } })).toBe(s);
  });
});
