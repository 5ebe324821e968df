/**
 * The WorkbookHost of the CLI: reads the input from a .csv/.xlsx file and writes reports to an .xlsx (or, for
 * a one-table report, .csv) file. Writing into an existing workbook keeps its other sheets; it is refused
 * when the workbook holds parts exceljs would silently drop (charts, pivot tables, drawings, macros).
 * With `existing: "overwrite"` the old file is replaced as a whole instead. Every write is atomic.
 */
import type * as ExcelJS from "exceljs";
import { excelJs } from "./excelJs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { ShnorError } from "../../core/errors";
import type { ReportSpec } from "../../core/report/sheet";
import type { Lang } from "../../i18n";
import type { HostOptions, SourceList, SourceMatrix, SourceRef, WorkbookHost } from "../WorkbookHost";
import { atomicWriteBuffer } from "./atomicWrite";
import { writeCsv } from "./csvWriter";
import { fileError } from "./messages";
import { readSourceFile, textSheetName } from "./readSourceFile";
import { sniffFile } from "./sniff";
import { loadWorkbook } from "./xlsxReader";
import { renderReport } from "./xlsxWriter";

export interface FileHostOptions {
  /** The file `readSource` reads. */
  input?: string;
  /** The file `writeReport` writes: .xlsx, or .csv for a report of one table. */
  output?: string;
  /** Language of the texts the host itself writes (chart notes). */
  lang?: Lang;
  /** CSV delimiter of the input; detected when absent. */
  delimiter?: string;
  /**
   * What happens to an existing .xlsx output: "merge" (default, the WorkbookHost contract) keeps its other
   * sheets; "overwrite" replaces the whole file (a CLI writing a fresh report), still only when `replace`.
   */
  existing?: "merge" | "overwrite";
}

/** Zip entry names (stored uncompressed in the archive) of parts exceljs cannot round-trip. */
const LOSSY_PARTS = ["xl/charts/", "xl/chartsheets/", "xl/drawings/", "xl/pivotTables/", "xl/pivotCache/", "xl/slicers/", "xl/timelines/", "xl/vbaProject.bin"];

type WriteOptions = HostOptions & { replace?: boolean };

export class FileHost implements WorkbookHost {
  constructor(private readonly options: FileHostOptions) {}

  async readSource(ref: SourceRef, options: HostOptions = {}): Promise<SourceMatrix> {
    const input = this.options.input;
    if (!input) throw new Error("FileHost: no input file was given");
    switch (ref.kind) {
      case "selection":
        throw fileError("file_no_selection", { file: input });
      case "table":
        return readSourceFile(input, { ...options, table: ref.name });
      case "sheet":
        return readSourceFile(input, { ...options, sheet: ref.name, delimiter: this.options.delimiter });
    }
  }

  /** The sheets and tables of the input workbook; a CSV file is one sheet named after the file. */
  async listSources(): Promise<SourceList> {
    const input = this.options.input;
    if (!input) throw new Error("FileHost: no input file was given");
    const bytes = await readFile(input);
    if (sniffFile(input, bytes) !== "xlsx") return { sheets: [textSheetName(input)], tables: [] };
    const workbook = await loadWorkbook(input, bytes, true);
    return {
      sheets: workbook.worksheets.filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden").map((ws) => ws.name),
      tables: workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables?: Record<string, unknown> }).tables ?? {})),
    };
  }

  /** Files have no cursor: the problem's address is in its message. */
  async goTo(): Promise<void> {}

  async existingSheets(names: string[]): Promise<string[]> {
    const output = this.outputPath();
    const kind = outputKind(output);
    const bytes = await readIfExists(output);
    if (!bytes?.length) return [];
    if (kind === "csv" || this.options.existing === "overwrite") return [...names]; // the whole file would be replaced
    const present = new Set((await loadWorkbook(output, bytes, false)).worksheets.map((ws) => ws.name.toLowerCase()));
    return names.filter((n) => present.has(n.toLowerCase()));
  }

  async writeReport(report: ReportSpec, options: WriteOptions = {}): Promise<void> {
    const output = this.outputPath();
    if (report.sheets.length === 0) throw new Error("FileHost: the report has no sheets"); // Excel cannot open such a file
    if (outputKind(output) === "csv") return this.writeCsvReport(output, report, options);

    const workbook = await this.openOutputWorkbook(output, report, options);
    const total = report.sheets.length;
    renderReport(workbook, report, {
      lang: this.options.lang,
      beforeSheet: (done) => {
        checkCancelled(options);
        options.onProgress?.({ stage: "write", done, total });
      },
    });
    const data: unknown = await workbook.xlsx.writeBuffer();
    checkCancelled(options);
    await atomicWriteBuffer(output, data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer));
    options.onProgress?.({ stage: "write", done: total, total });
  }

  private outputPath(): string {
    const output = this.options.output;
    if (!output) throw new Error("FileHost: no output file was given");
    return output;
  }

  /** A new workbook, or the existing output with the report's sheets removed (when allowed). */
  private async openOutputWorkbook(output: string, report: ReportSpec, options: WriteOptions): Promise<ExcelJS.Workbook> {
    const bytes = await readIfExists(output);
    // An empty file (e.g. created beforehand by the user) holds no sheets to keep.
    if (!bytes?.length) return newWorkbook();
    if (this.options.existing === "overwrite") {
      if (!options.replace) throw new ShnorError("sheet_exists", { sheets: report.sheets.map((s) => s.name).join(", ") });
      return newWorkbook();
    }
    sniffFile(output, bytes); // an encrypted or non-xlsx file is refused with its own message
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (LOSSY_PARTS.some((part) => raw.includes(part, 0, "latin1"))) throw fileError("file_output_has_charts", { file: output });
    const workbook = await loadWorkbook(output, bytes, false);
    const wanted = new Set(report.sheets.map((s) => s.name.toLowerCase()));
    const clashes = workbook.worksheets.filter((ws) => wanted.has(ws.name.toLowerCase()));
    if (clashes.length > 0 && !options.replace) throw new ShnorError("sheet_exists", { sheets: clashes.map((ws) => ws.name).join(", ") });
    for (const ws of clashes) workbook.removeWorksheet(ws.id);
    workbook.modified = new Date();
    return workbook;
  }

  private async writeCsvReport(output: string, report: ReportSpec, options: WriteOptions): Promise<void> {
    const tables = report.sheets.flatMap((s) => s.tables);
    if (tables.length !== 1) throw fileError("file_csv_one_table", { file: output, count: tables.length });
    if (!options.replace && (await readIfExists(output))?.length) {
      throw new ShnorError("sheet_exists", { sheets: report.sheets.map((s) => s.name).join(", ") });
    }
    checkCancelled(options);
    await writeCsv(output, tables[0]);
    options.onProgress?.({ stage: "write", done: 1, total: 1 });
  }
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = "SHNOR Analytics";
  workbook.created = new Date();
  return workbook;
}

function outputKind(output: string): "xlsx" | "csv" {
  const ext = extname(output).toLowerCase();
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".csv") return "csv";
  throw fileError("file_output_type", { file: output });
}

function checkCancelled(options: HostOptions): void {
  if (options.signal?.aborted) throw new ShnorError("cancelled");
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw fileError("file_unreadable", { file: path, reason: (e as Error).message });
  }
}
