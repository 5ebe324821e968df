/**
 * The WorkbookHost of the task pane, over Office.js: reads sources from the open workbook in chunks, writes
 * report sheets safely (see writeReport), writes form sheets (the expertise template, see writeForms), and offers
 * the Excel-only action of replacing SHNOR formulas by their values. Every method is one `Excel.run` batch; Office errors reach callers as ShnorErrors.
 */
import type { Location } from "../../core/errors";
import type { FormSheet } from "../../core/report/expertiseTemplate";
import type { ReportSpec } from "../../core/report/sheet";
import type { HostOptions, SourceList, SourceMatrix, SourceRef, WorkbookHost } from "../WorkbookHost";
import { type ChunkBudget, DEFAULT_BUDGET } from "./chunks";
import { type ConversionResult, type ConvertScope, formulasToValues } from "./formulasToValues";
import { fromOfficeError } from "./messages";
import { readSource } from "./readSource";
import { type ApiCheck, officeApiCheck, officeRun, requireExcelApi, type RunBatch, yieldToEventLoop } from "./run";
import { existingSheets, goTo, listSources } from "./workbookInfo";
import { FORMS_EXCEL_API, writeForms } from "./writeForms";
import { writeReport, type WriteOptions } from "./writeReport";

export interface ExcelHostOptions {
  /** `Excel.run` by default; tests pass a mock. */
  run?: RunBatch;
  /** `Office.context.requirements.isSetSupported` by default. */
  apiCheck?: ApiCheck;
  /** Cells and bytes per request (defaults sized for Excel on the web's 5 MB limit). */
  budget?: Partial<ChunkBudget>;
  /** Gives the event loop back to the pane between chunks (a macrotask by default). */
  yieldToUi?: () => Promise<void>;
}

export class ExcelHost implements WorkbookHost {
  private readonly run: RunBatch;
  private readonly apiCheck: ApiCheck;
  private readonly budget: ChunkBudget;
  private readonly yieldToUi: () => Promise<void>;

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.apiCheck = options.apiCheck ?? officeApiCheck;
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
    this.yieldToUi = options.yieldToUi ?? yieldToEventLoop;
  }

  readSource(ref: SourceRef, options: HostOptions = {}): Promise<SourceMatrix> {
    return this.batch((context) => readSource(context, ref, this.env(), options));
  }

  listSources(): Promise<SourceList> {
    return this.batch(listSources);
  }

  goTo(location: Location): Promise<void> {
    return this.batch((context) => goTo(context, location));
  }

  existingSheets(names: string[]): Promise<string[]> {
    return this.batch((context) => existingSheets(context, names));
  }

  writeReport(report: ReportSpec, options: WriteOptions = {}): Promise<void> {
    return this.batch((context) => writeReport(context, report, this.env(), options));
  }

  /**
   * Writes form sheets (the expertise template: formulas, data validation, conditional formats, protection) by the
   * same safe write as reports. Needs ExcelApi 1.8.
   */
  async writeForms(forms: readonly FormSheet[], options: WriteOptions = {}): Promise<void> {
    requireExcelApi(this.apiCheck, FORMS_EXCEL_API);
    return await this.batch((context) => writeForms(context, forms, this.env(), options));
  }

  /** Replaces every SHNOR.* formula of the active sheet or of the whole workbook by its value. */
  formulasToValues(scope: ConvertScope, options: HostOptions = {}): Promise<ConversionResult> {
    return this.batch((context) => formulasToValues(context, scope, { ...this.env(), spills: this.apiCheck("ExcelApi", "1.12") }, options));
  }

  private env(): { budget: ChunkBudget; yieldToUi: () => Promise<void> } {
    return { budget: this.budget, yieldToUi: this.yieldToUi };
  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    requireExcelApi(this.apiCheck);
    try {
      return await this.run(work);
    } catch (e) {
      throw fromOfficeError(e);
    }
  }
}
