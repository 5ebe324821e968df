/**
 * A small Excel for the Excel host's tests: an in-memory workbook (this file) and its Office.js object model
 * built on office-addin-mock (mockObjectModel.ts); `MockWorkbook.run` stands in for `Excel.run`.
 *
 * Every object the host can load (workbook collections, worksheets, ranges, tables, range formats) is an
 * OfficeMockObject behind a JS Proxy: reading a property that was not loaded and synced gives the mock's
 * "Error, property was not loaded" string, exactly as office-addin-mock does, so a missing `load` or `sync`
 * breaks the test. Loaded values are resolved at `context.sync()` from the in-memory workbook below.
 *
 * Writes (property sets, add/delete/activate/..., conditional formats, charts) are queued and applied in order
 * at `context.sync()`, like Office.js batches; an operation that Excel would refuse (duplicate or invalid sheet
 * or table name, wrong matrix size, missing item) rejects the sync with an OfficeExtension-like error, and
 * `failWhen` injects failures. Writing `values` follows Excel's "as if typed" parsing (formulas, numbers,
 * booleans, a leading apostrophe, text-formatted cells), so a test can tell text from an injected formula.
 * Unknown properties and methods throw: the host may use only what this model knows.
 */
import { a1, areaAddress, key, MockOfficeError, parseCell } from "./mockAddress";
import { createContext } from "./mockObjectModel";

export { a1, areaAddress, MockOfficeError } from "./mockAddress";

export type MockValue = string | number | boolean;

export interface MockFont {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export interface MockCell {
  value?: MockValue;
  formula?: string;
  error?: boolean;
  format: string;
  quotePrefix?: boolean;
  font?: MockFont;
  /** On an anchor: the size of its spilled block. */
  spill?: { rows: number; cols: number };
  /** On a spilled cell: the key of its anchor. */
  spillFrom?: string;
}

export interface Area {
  sheet: MockSheet;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** One applied write, for assertions ("what touched which sheet") and for failWhen. */
export interface Op {
  kind: string;
  sheet: string;
  /** 1 for the first sheet added through the API in this workbook, 2 for the next, ... */
  addedIndex?: number;
  address?: string;
  detail?: unknown;
}

export interface MockTable {
  name: string;
  id: string;
  area: Area;
  hasHeaders: boolean;
  showTotals: boolean;
  style?: string;
  showBandedRows?: boolean;
}

/** A chart refers to cells, not to a sheet name: its ranges follow the sheet when it is renamed. */
export interface MockChart {
  type: string;
  source?: Area;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  series: { name?: string; values?: Area; xValues?: Area }[];
  position?: [string, string];
}

/** A chart with its ranges as addresses on the sheets' current names, for assertions. */
export function chartView(chart: MockChart): Record<string, unknown> {
  const at = (a: Area | undefined): string | undefined => a && areaAddress(a);
  const series = chart.series.map((s) => Object.fromEntries(Object.entries({ name: s.name, values: at(s.values), xValues: at(s.xValues) }).filter(([, v]) => v !== undefined)));
  return { ...chart, source: at(chart.source), series };
}

export interface MockConditionalFormat {
  type: string;
  address: string;
  settings: Record<string, unknown>;
}

const DEFAULT_WIDTH = 48; // points: Excel's 8.43 characters
const ERRORS = new Set(["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/** What a value looks like in a cell (for autofit). */
function shown(cell: MockCell | undefined): string {
  if (!cell || cell.value === undefined) return "";
  return typeof cell.value === "boolean" ? (cell.value ? "TRUE" : "FALSE") : String(cell.value);
}

export class MockSheet {
  readonly cells = new Map<string, MockCell>();
  readonly tables: MockTable[] = [];
  readonly charts: MockChart[] = [];
  readonly conditionalFormats: MockConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  addedIndex?: number;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(address: string): MockCell | undefined {
    const { r, c } = parseCell(address);
    return this.cells.get(key(r, c));
  }

  /** The value at an A1 address as Excel's `values` gives it ("" for blank). */
  value(address: string): MockValue {
    return this.cell(address)?.value ?? "";
  }

  /** Every cell with its value, formula, format and font, as text: equal snapshots mean an unchanged sheet. */
  snapshot(): string {
    return JSON.stringify([...this.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_WIDTH;
  }

  /** Bounding box of the cells holding a value or formula. */
  usedArea(): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const [r, c] = k.split(",").map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { sheet: this, r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  at(r: number, c: number): MockCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { format: "General" };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }
}

export class MockWorkbook {
  readonly sheets: MockSheet[] = [];
  /** Workbook-scoped defined names (they share the namespace of table names). */
  readonly names: string[] = [];
  active?: MockSheet;
  selection: Area | "multi" | null = null;
  readonly ops: Op[] = [];
  /** Every `values`/`formulas` load, with the number of cells it returned. */
  readonly reads: { sheet: string; address: string; cells: number }[] = [];
  syncs = 0;
  /** Makes an operation fail as Excel would (checked before it is applied). */
  failWhen?: (op: Op) => boolean;
  private nextId = 1;
  private added = 0;
  private tableCount = 0;

  /** Excel.run over this workbook: a fresh request context per batch; unsynced operations are an error. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the host's batch takes an Excel.RequestContext
  readonly run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => {
    const context = createContext(this);
    const result = await batch(context);
    if (context.queued > 0) throw new Error("mock: the batch ended with operations that were never synced");
    return result;
  };

  /** Adds a sheet with values from `origin` (default A1); strings starting with "=" are formulas with no value. */
  addSheet(name: string, rows: MockValue[][] = [], origin = "A1"): MockSheet {
    const sheet = new MockSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    this.active ??= sheet;
    const { r, c } = parseCell(origin);
    rows.forEach((row, i) => row.forEach((v, j) => (v === "" ? undefined : Object.assign(sheet.at(r + i, c + j), { value: v }))));
    return sheet;
  }

  /** A formula with the value Excel computed for it; `spill` fills the block below and right of it. */
  setFormula(sheetName: string, address: string, formula: string, value: MockValue | MockValue[][], options: { error?: boolean } = {}): void {
    const sheet = this.sheet(sheetName);
    const { r, c } = parseCell(address);
    const anchor = sheet.at(r, c);
    anchor.formula = formula;
    if (Array.isArray(value)) {
      anchor.spill = { rows: value.length, cols: value[0].length };
      value.forEach((row, i) =>
        row.forEach((v, j) => {
          const cell = sheet.at(r + i, c + j);
          cell.value = v;
          if (i > 0 || j > 0) cell.spillFrom = key(r, c);
        }),
      );
    } else {
      anchor.value = value;
      anchor.error = options.error;
    }
  }

  addTable(sheetName: string, name: string, address: string, options: { showTotals?: boolean } = {}): MockTable {
    const sheet = this.sheet(sheetName);
    const [from, to = from] = address.split(":");
    const s = parseCell(from);
    const e = parseCell(to);
    const table = { name, id: `{table-${this.nextId++}}`, area: { sheet, r0: s.r, c0: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 }, hasHeaders: true, showTotals: options.showTotals ?? false };
    sheet.tables.push(table);
    return table;
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const [from, to = from] = address.split(":");
    const s = parseCell(from);
    const e = parseCell(to);
    this.active = sheet;
    this.selection = { sheet, r0: s.r, c0: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 };
  }

  sheet(name: string): MockSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`mock: no sheet ${name}; have ${this.sheetNames().join(", ")}`);
    return sheet;
  }

  find(nameOrId: string): MockSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  allTables(): MockTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  // ---- operations, applied at sync ----

  apply(op: Op, change: () => void): void {
    if (this.failWhen?.(op)) throw new MockOfficeError("GeneralException", `injected failure: ${op.kind} on ${op.sheet}`);
    change();
    this.ops.push(op);
  }

  attached(sheet: MockSheet): MockSheet {
    if (!this.sheets.includes(sheet)) throw new MockOfficeError("ItemNotFound", `sheet ${sheet.name} does not exist`);
    return sheet;
  }

  op(kind: string, sheet: MockSheet, address?: string, detail?: unknown): Op {
    return { kind, sheet: sheet.name, addedIndex: sheet.addedIndex, address, detail };
  }

  newSheet(name: string): MockSheet {
    return new MockSheet(name, `{sheet-${this.nextId++}}`);
  }

  insertSheet(sheet: MockSheet): void {
    this.checkSheetName(sheet.name, sheet);
    sheet.addedIndex = ++this.added;
    this.apply(this.op("addSheet", sheet), () => this.sheets.push(sheet));
  }

  checkSheetName(name: string, self: MockSheet): void {
    if (typeof name !== "string" || name.length < 1 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new MockOfficeError("InvalidArgument", `bad sheet name ${name}`);
    const other = this.find(name);
    if (other && other !== self) throw new MockOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
  }

  checkTableName(name: string, self?: MockTable): void {
    if (typeof name !== "string" || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw new MockOfficeError("InvalidArgument", `bad table name ${name}`);
    const lower = name.toLowerCase();
    const clash = this.allTables().some((t) => t !== self && t.name.toLowerCase() === lower) || this.names.some((n) => n.toLowerCase() === lower);
    if (clash) throw new MockOfficeError("InvalidArgument", `the name ${name} is taken`);
  }

  newTableName(): string {
    let name: string;
    do name = `Table${++this.tableCount}`;
    while (this.allTables().some((t) => t.name.toLowerCase() === name.toLowerCase()));
    return name;
  }

  /** Excel's parsing of a value written to a cell, "as if typed". */
  writeValues(area: Area, matrix: unknown): void {
    const m = checkMatrix(area, matrix);
    const sheet = this.attached(area.sheet);
    this.apply(this.op("values", sheet, a1(area.r0, area.c0, area.rows, area.cols), m), () => {
      // Overwriting the anchor of a spill removes the spilled cells (those written now get their new values).
      m.forEach((row, i) =>
        row.forEach((v, j) => {
          const anchor = sheet.cells.get(key(area.r0 + i, area.c0 + j));
          if (v === null || !anchor?.spill) return;
          for (const [k, cell] of sheet.cells) if (cell.spillFrom === key(area.r0 + i, area.c0 + j)) sheet.cells.delete(k);
          delete anchor.spill;
        }),
      );
      m.forEach((row, i) => row.forEach((v, j) => v !== null && typeInto(sheet.at(area.r0 + i, area.c0 + j), v)));
    });
  }

  writeFormats(area: Area, matrix: unknown): void {
    const m = checkMatrix(area, matrix);
    const sheet = this.attached(area.sheet);
    this.apply(this.op("numberFormat", sheet, a1(area.r0, area.c0, area.rows, area.cols), m), () =>
      m.forEach((row, i) => row.forEach((f, j) => f !== null && (sheet.at(area.r0 + i, area.c0 + j).format = String(f)))),
    );
  }

  readMatrix(area: Area, what: "values" | "formulas" | "valueTypes" | "numberFormat"): unknown[][] {
    const sheet = this.attached(area.sheet);
    if (what === "values" || what === "formulas") this.reads.push({ sheet: sheet.name, address: a1(area.r0, area.c0, area.rows, area.cols), cells: area.rows * area.cols });
    const out: unknown[][] = [];
    for (let i = 0; i < area.rows; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < area.cols; j++) {
        const cell = sheet.cells.get(key(area.r0 + i, area.c0 + j));
        if (what === "numberFormat") row.push(cell?.format ?? "General");
        else if (what === "formulas") row.push(cell?.formula ?? cell?.value ?? "");
        else if (what === "values") row.push(cell?.value ?? "");
        else row.push(valueType(cell));
      }
      out.push(row);
    }
    return out;
  }

  autofit(area: Area): void {
    const sheet = this.attached(area.sheet);
    this.apply(this.op("autofit", sheet, a1(area.r0, area.c0, area.rows, area.cols)), () => {
      for (let j = 0; j < area.cols; j++) {
        let longest = 0;
        for (let i = 0; i < area.rows; i++) longest = Math.max(longest, shown(sheet.cells.get(key(area.r0 + i, area.c0 + j))).length);
        if (longest > 0) sheet.columnWidths.set(area.c0 + j, longest * 5.25 + 3.75);
      }
    });
  }
}

function checkMatrix(area: Area, matrix: unknown): unknown[][] {
  const ok = Array.isArray(matrix) && matrix.length === area.rows && matrix.every((row) => Array.isArray(row) && row.length === area.cols);
  if (!ok) throw new MockOfficeError("InvalidArgument", `matrix does not match ${a1(area.r0, area.c0, area.rows, area.cols)}`);
  return matrix as unknown[][];
}

function valueType(cell: MockCell | undefined): string {
  if (!cell || cell.value === undefined || cell.value === "") return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return "String";
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/** What Excel does with a value typed into a cell. */
function typeInto(cell: MockCell, v: unknown): void {
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  if (typeof v !== "string") throw new MockOfficeError("InvalidArgument", `cannot write ${typeof v}`);
  if (v === "") delete cell.value;
  else if (v.startsWith("'")) Object.assign(cell, { value: v.slice(1), quotePrefix: true });
  else if (cell.format === "@") cell.value = v;
  else if (NUMBER.test(v)) cell.value = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  else if (/^[=+\-@]/.test(v)) Object.assign(cell, { formula: v.startsWith("=") ? v : `=${v}`, value: 0 });
  else if (/^(true|false)$/i.test(v)) cell.value = v.toLowerCase() === "true";
  else if (ERRORS.has(v.toUpperCase())) Object.assign(cell, { value: v.toUpperCase(), error: true });
  else cell.value = v;
}
