/**
 * An in-memory WorkbookHost for the page tests: one sheet of values, a set of existing sheet names, and a record
 * of what the pane asked for. `gate` holds readSource until the test releases it (to press Cancel meanwhile).
 */
import type { Location } from "../../../src/core/errors";
import { ShnorError } from "../../../src/core/errors";
import type { ReportSpec } from "../../../src/core/report/sheet";
import type { HostOptions, SourceList, SourceMatrix, SourceRef, WorkbookHost } from "../../../src/host/WorkbookHost";
import { generateRegion } from "../../../src/sample/generateRegion";
import { sampleWorkbook } from "../../../src/sample/sampleReport";
import type { TextSettings } from "../../../src/taskpane/workflows/settingsStore";

export class MemoryHost implements WorkbookHost {
  readonly reads: SourceRef[] = [];
  readonly written: { report: ReportSpec; replace: boolean }[] = [];
  readonly goTos: Location[] = [];
  readonly sheets = new Set<string>();
  gate?: Promise<void>;
  /** Settings "in the workbook" (the optional capability). */
  stored?: string;
  readonly settings: TextSettings = {
    load: async () => this.stored,
    save: async (text) => {
      this.stored = text;
    },
  };

  constructor(
    public matrix: SourceMatrix,
    public sources: SourceList = { sheets: [matrix.sheet], tables: [] },
  ) {}

  async listSources(): Promise<SourceList> {
    return this.sources;
  }

  async readSource(ref: SourceRef, options: HostOptions = {}): Promise<SourceMatrix> {
    this.reads.push(ref);
    options.onProgress?.({ stage: "read", done: 0, total: this.matrix.values.length });
    await this.gate;
    if (options.signal?.aborted) throw new ShnorError("cancelled");
    options.onProgress?.({ stage: "read", done: this.matrix.values.length, total: this.matrix.values.length });
    return this.matrix;
  }

  async goTo(location: Location): Promise<void> {
    this.goTos.push(location);
  }

  async existingSheets(names: string[]): Promise<string[]> {
    return names.filter((n) => this.sheets.has(n));
  }

  async writeReport(report: ReportSpec, options: HostOptions & { replace?: boolean } = {}): Promise<void> {
    const clash = report.sheets.filter((s) => this.sheets.has(s.name));
    if (clash.length > 0 && !options.replace) throw new ShnorError("sheet_exists", { sheets: clash.map((s) => s.name).join(", ") });
    this.written.push({ report, replace: options.replace === true });
    for (const s of report.sheets) this.sheets.add(s.name);
  }
}

/** A synthetic region as a sheet: a title, a blank row, Russian headers in row 3, data from row 4. */
export function regionMatrix(schools = 30, edit?: (rows: unknown[][]) => void): SourceMatrix {
  const table = sampleWorkbook(generateRegion({ seed: 11, schools })).sheets[0].tables[0];
  const rows = table.rows.map((r) => [...r]);
  edit?.(rows);
  return {
    sheet: "Результаты",
    originRow: 1,
    originCol: 1,
    values: [["Результаты оценочных процедур"], [], table.columns.map((c) => c.header), ...rows],
  };
}
