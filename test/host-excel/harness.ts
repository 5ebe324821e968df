import { ExcelHost } from "../../src/host/excel";
import type { ChunkBudget } from "../../src/host/excel";
import type { MockWorkbook } from "./mockWorkbook";

export interface HostHarness {
  host: ExcelHost;
  /** How often the host gave the event loop back. */
  yields: () => number;
}

/** An ExcelHost over a mock workbook; every requirement set is "supported" unless `api` says otherwise. */
export function hostFor(wb: MockWorkbook, options: { budget?: Partial<ChunkBudget>; api?: (set: string, version: string) => boolean } = {}): HostHarness {
  let yields = 0;
  const host = new ExcelHost({
    run: wb.run,
    apiCheck: options.api ?? (() => true),
    budget: options.budget,
    yieldToUi: async () => {
      yields++;
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  return { host, yields: () => yields };
}

/** Rows × columns of numbers, with a blank in every 7th cell. */
export function grid(rows: number, cols: number, origin = 0): (number | string)[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => ((i + j) % 7 === 6 ? "" : origin + i * cols + j)));
}
