/**
 * The Office.js face of the mock workbook: request contexts and the loadable proxies (workbook, collections,
 * worksheets, ranges, tables, formats, conditional formats, charts). See mockWorkbook.ts for the semantics.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, areaAddress, key, MockOfficeError, parseCell } from "./mockAddress";
import type { Area, MockChart, MockConditionalFormat, MockSheet, MockTable, MockWorkbook } from "./mockWorkbook";

type Resolver = () => unknown;
interface Tracked {
  raw: Record<string, unknown> & { _properties: Map<string, { _valueBeforeLoaded: unknown }>; load(p: string): void; sync(): Promise<void> };
  props: Record<string, Resolver>;
  pending: Set<string>;
}

// The host is typed against Office.js; inside the mock, objects are dynamic.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

interface Spec {
  props?: Record<string, Resolver>;
  set?: Record<string, (v: Any) => void>;
  methods?: Record<string, (...args: Any[]) => unknown>;
  nav?: Record<string, () => unknown>;
  /** A collection: its item proxies, listed when `items` is loaded. */
  items?: () => unknown[];
}


/** One Excel.run batch: the queue of operations and the loads waiting for the next sync. */
export class MockContext {
  private queue: (() => void)[] = [];
  private loading = new Set<Tracked>();
  readonly workbook: Any;

  constructor(readonly wb: MockWorkbook) {
    this.workbook = workbookProxy(this);
  }

  get queued(): number {
    return this.queue.length;
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  watch(t: Tracked): void {
    this.loading.add(t);
  }

  async sync(): Promise<void> {
    this.wb.syncs++;
    const ops = this.queue.splice(0);
    const loads = [...this.loading];
    this.loading.clear();
    for (const op of ops) op(); // the first failing operation rejects the sync; the rest of the batch is dropped
    for (const t of loads) {
      const resolved = new Map<string, unknown>();
      for (const k of t.pending) {
        resolved.set(k, t.props[k]());
        const child = t.raw._properties.get(k);
        if (child) child._valueBeforeLoaded = resolved.get(k);
      }
      await t.raw.sync();
      for (const [k, v] of resolved) t.raw[k] = v;
      t.pending.clear();
    }
  }
}

/** A loadable object: an OfficeMockObject for the load/sync discipline, behind a Proxy for the rest. */
function makeProxy(ctx: MockContext, spec: Spec): Any {
  const props: Record<string, Resolver> = { ...spec.props };
  let items: unknown[] | undefined;
  if (spec.items) props.items = () => items;
  const raw = new OfficeMockObject(Object.fromEntries(Object.keys(props).map((k) => [k, undefined]))) as unknown as Tracked["raw"];
  const tracked: Tracked = { raw, props, pending: new Set() };
  const navs = new Map<string, unknown>();

  const load = (arg: unknown): void => {
    if (typeof arg !== "string" || arg.trim() === "") throw new Error("mock: load() needs a property list");
    let listed = false;
    for (const path of arg.split(",").map((s) => s.trim())) {
      const [head, ...rest] = path.split("/");
      if (head === "items" && spec.items) {
        if (!listed) items = spec.items();
        listed = true;
        if (rest.length > 0) for (const item of items ?? []) (item as Any).load(rest.join("/"));
      } else if (rest.length > 0) {
        throw new Error(`mock: navigation load "${path}" is not supported`);
      }
      raw.load(head); // office-addin-mock throws for a property the model does not have
      tracked.pending.add(head);
    }
    ctx.watch(tracked);
  };

  const proxy: Any = new Proxy(raw, {
    get(target, p) {
      if (typeof p === "symbol" || p === "then" || p === "toJSON") return undefined;
      if (p === "load") return (arg: unknown) => (load(arg), proxy);
      if (spec.methods && p in spec.methods) return spec.methods[p];
      if (spec.nav && p in spec.nav) {
        if (!navs.has(p)) navs.set(p, spec.nav[p]());
        return navs.get(p);
      }
      if (p in props) return target[p];
      throw new Error(`mock: "${p}" is not part of the mock object model`);
    },
    set(_target, p, value) {
      const setter = typeof p === "string" ? spec.set?.[p] : undefined;
      if (!setter) throw new Error(`mock: "${String(p)}" cannot be set in the mock object model`);
      ctx.enqueue(() => setter(value));
      return true;
    },
  });
  return proxy;
}

/** Write-only nested settings (fonts, rules, chart titles): leaves are settable, objects navigate. */
type Schema = { [name: string]: true | Schema };

function recorder(ctx: MockContext, schema: Schema, sink: (path: string, value: unknown) => void, prefix = ""): Any {
  const set: Record<string, (v: unknown) => void> = {};
  const nav: Record<string, () => unknown> = {};
  for (const [name, child] of Object.entries(schema)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (child === true) set[name] = (v) => sink(path, v);
    else nav[name] = () => recorder(ctx, child, sink, path);
  }
  return makeProxy(ctx, { set, nav });
}

// ---- the object model ----

type SheetRef = () => MockSheet | null;
type AreaRef = () => Area | null;

const areaOf = new WeakMap<object, AreaRef>();

function strict<T>(value: T | null, what: string): T {
  if (value === null) throw new MockOfficeError("ItemNotFound", `${what} does not exist`);
  return value;
}

/** The sheet a key names, looked up once (at first use, i.e. at sync) and then held, like an Office.js proxy. */
function sheetByKey(wb: MockWorkbook, key: string): SheetRef {
  let found: MockSheet | undefined;
  return () => (found ??= wb.find(key)) ?? null;
}

function workbookProxy(ctx: MockContext): Any {
  const wb = ctx.wb;
  return makeProxy(ctx, {
    nav: {
      worksheets: () => worksheetsProxy(ctx),
      tables: () => tablesProxy(ctx, () => wb.allTables()),
      names: () => makeProxy(ctx, { items: () => wb.names.map((n) => makeProxy(ctx, { props: { name: () => n } })) }),
    },
    methods: {
      getSelectedRange: () =>
        rangeProxy(ctx, () => {
          if (wb.selection === "multi") throw new MockOfficeError("InvalidSelection", "several areas are selected");
          return strict(wb.selection, "selection");
        }),
    },
  });
}

function worksheetsProxy(ctx: MockContext): Any {
  const wb = ctx.wb;
  return makeProxy(ctx, {
    items: () => wb.sheets.map((s) => sheetProxy(ctx, () => s)),
    methods: {
      getItem: (k: string) => sheetProxy(ctx, sheetByKey(wb, k)),
      getItemOrNullObject: (k: string) => sheetProxy(ctx, sheetByKey(wb, k), true),
      getActiveWorksheet: () => sheetProxy(ctx, () => wb.active ?? null),
      add: (name: string) => {
        const sheet = wb.newSheet(name);
        ctx.enqueue(() => wb.insertSheet(sheet));
        return sheetProxy(ctx, () => sheet);
      },
    },
  });
}

function sheetProxy(ctx: MockContext, ref: SheetRef, nullable = false): Any {
  const wb = ctx.wb;
  const live = (): MockSheet => wb.attached(strict(ref(), "worksheet"));
  const prop = <T>(get: (s: MockSheet) => T): Resolver => () => {
    const s = nullable ? ref() : live();
    return s && wb.sheets.includes(s) ? get(s) : null;
  };
  const area = (r0: number, c0: number, rows: number, cols: number): AreaRef => () => ({ sheet: live(), r0, c0, rows, cols });
  return makeProxy(ctx, {
    props: {
      name: prop((s) => s.name),
      id: prop((s) => s.id),
      position: prop((s) => wb.sheets.indexOf(s)),
      visibility: prop((s) => s.visibility),
      isNullObject: () => (nullable ? ref() === null || !wb.sheets.includes(ref() as MockSheet) : false),
    },
    set: {
      name: (v: string) => {
        const s = live();
        wb.checkSheetName(v, s);
        wb.apply(wb.op("rename", s, undefined, v), () => (s.name = v));
      },
      position: (v: number) => {
        const s = live();
        wb.apply(wb.op("position", s, undefined, v), () => {
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          wb.sheets.splice(Math.min(v, wb.sheets.length), 0, s);
        });
      },
    },
    methods: {
      getRangeByIndexes: (r0: number, c0: number, rows: number, cols: number) => {
        if (r0 < 0 || c0 < 0 || rows < 1 || cols < 1) throw new MockOfficeError("InvalidArgument", "bad range indexes");
        return rangeProxy(ctx, area(r0, c0, rows, cols));
      },
      getRange: (address: string) => rangeProxy(ctx, () => ({ sheet: live(), ...parseArea(address) })),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error("mock: only getUsedRangeOrNullObject(true) is modelled");
        return rangeProxy(ctx, () => live().usedArea(), true);
      },
      activate: () =>
        ctx.enqueue(() => {
          const s = live();
          if (s.visibility !== "Visible") throw new MockOfficeError("InvalidOperation", "a hidden sheet cannot be activated");
          wb.apply(wb.op("activate", s), () => (wb.active = s));
        }),
      delete: () =>
        ctx.enqueue(() => {
          const s = live();
          if (wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw new MockOfficeError("InvalidOperation", "the last visible sheet");
          wb.apply(wb.op("delete", s), () => {
            wb.sheets.splice(wb.sheets.indexOf(s), 1);
            if (wb.active === s) wb.active = wb.sheets[0];
            if (wb.selection !== "multi" && wb.selection?.sheet === s) wb.selection = null;
          });
        }),
    },
    nav: {
      tables: () => sheetTablesProxy(ctx, live),
      charts: () => chartsProxy(ctx, live),
      freezePanes: () =>
        makeProxy(ctx, {
          methods: {
            freezeRows: (n: number) =>
              ctx.enqueue(() => {
                const s = live();
                wb.apply(wb.op("freezeRows", s, undefined, n), () => (s.frozenRows = n));
              }),
          },
        }),
    },
  });
}

function parseArea(address: string): Omit<Area, "sheet"> {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16384 };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (cols) {
    const c0 = parseCell(`${cols[1]}1`).c;
    return { r0: 0, c0, rows: 1048576, cols: parseCell(`${cols[2]}1`).c - c0 + 1 };
  }
  const [from, to = from] = address.split(":");
  const s = parseCell(from);
  const e = parseCell(to);
  return { r0: s.r, c0: s.c, rows: e.r - s.r + 1, cols: e.c - s.c + 1 };
}

function rangeProxy(ctx: MockContext, ref: AreaRef, nullable = false): Any {
  const wb = ctx.wb;
  const live = (): Area => {
    const a = strict(ref(), "range");
    wb.attached(a.sheet);
    return a;
  };
  const prop = <T>(get: (a: Area) => T): Resolver => () => {
    const a = nullable ? ref() : live();
    return a ? get(a) : null;
  };
  const proxy = makeProxy(ctx, {
    props: {
      address: prop(areaAddress),
      rowIndex: prop((a) => a.r0),
      columnIndex: prop((a) => a.c0),
      rowCount: prop((a) => a.rows),
      columnCount: prop((a) => a.cols),
      values: prop((a) => wb.readMatrix(a, "values")),
      formulas: prop((a) => wb.readMatrix(a, "formulas")),
      valueTypes: prop((a) => wb.readMatrix(a, "valueTypes")),
      numberFormat: prop((a) => wb.readMatrix(a, "numberFormat")),
      isNullObject: () => (nullable ? ref() === null : false),
    },
    set: {
      values: (v: unknown) => wb.writeValues(live(), v),
      numberFormat: (v: unknown) => wb.writeFormats(live(), v),
    },
    methods: {
      select: () =>
        ctx.enqueue(() => {
          const a = live();
          wb.apply(wb.op("select", a.sheet, a1(a.r0, a.c0, Math.min(a.rows, 1), Math.min(a.cols, 1))), () => {
            wb.active = a.sheet;
            wb.selection = a;
          });
        }),
      getCell: (i: number, j: number) => rangeProxy(ctx, () => ({ ...live(), r0: live().r0 + i, c0: live().c0 + j, rows: 1, cols: 1 })),
      getSpillingToRangeOrNullObject: () =>
        rangeProxy(
          ctx,
          () => {
            const a = live();
            const spill = a.sheet.cells.get(key(a.r0, a.c0))?.spill;
            return spill ? { sheet: a.sheet, r0: a.r0, c0: a.c0, rows: spill.rows, cols: spill.cols } : null;
          },
          true,
        ),
    },
    nav: {
      worksheet: () => sheetProxy(ctx, () => live().sheet),
      format: () => formatProxy(ctx, live),
      conditionalFormats: () => conditionalFormatsProxy(ctx, live),
    },
  });
  areaOf.set(proxy, ref);
  return proxy;
}

/** The area of a range proxy given to a method (charts, tables), resolved at sync. */
function argArea(range: unknown): Area {
  const ref = typeof range === "object" && range !== null ? areaOf.get(range) : undefined;
  if (!ref) throw new Error("mock: expected a Range of this context");
  return strict(ref(), "range");
}

function formatProxy(ctx: MockContext, live: () => Area): Any {
  const wb = ctx.wb;
  const font = (path: string, v: unknown): void => {
    const a = live();
    wb.apply(wb.op("font", a.sheet, a1(a.r0, a.c0, a.rows, a.cols), { [path]: v }), () => {
      for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) Object.assign((a.sheet.at(a.r0 + i, a.c0 + j).font ??= {}), { [path]: v });
    });
  };
  return makeProxy(ctx, {
    props: { columnWidth: () => live().sheet.columnWidth(live().c0) },
    set: {
      columnWidth: (v: number) => {
        const a = live();
        wb.apply(wb.op("columnWidth", a.sheet, a1(0, a.c0, 1, a.cols), v), () => {
          for (let j = 0; j < a.cols; j++) a.sheet.columnWidths.set(a.c0 + j, v);
        });
      },
    },
    methods: { autofitColumns: () => ctx.enqueue(() => wb.autofit(live())) },
    nav: { font: () => recorder(ctx, { bold: true, italic: true, size: true, color: true }, font) },
  });
}

const RULE_SCHEMAS: Record<string, Schema> = {
  CellValue: { cellValue: { format: { fill: { color: true }, font: { color: true } }, rule: true } },
  DataBar: { dataBar: { positiveFormat: { fillColor: true, gradientFill: true }, lowerBoundRule: true, upperBoundRule: true } },
  ColorScale: { colorScale: { criteria: true } },
  ContainsText: { textComparison: { format: { fill: { color: true }, font: { color: true } }, rule: true } },
};

function conditionalFormatsProxy(ctx: MockContext, live: () => Area): Any {
  const wb = ctx.wb;
  return makeProxy(ctx, {
    methods: {
      add: (type: string) => {
        const schema = RULE_SCHEMAS[type];
        if (!schema) throw new Error(`mock: conditional format type ${type} is not modelled`);
        const cf: MockConditionalFormat = { type, address: "", settings: {} };
        ctx.enqueue(() => {
          const a = live();
          cf.address = a1(a.r0, a.c0, a.rows, a.cols);
          wb.apply(wb.op("conditionalFormat", a.sheet, cf.address, type), () => a.sheet.conditionalFormats.push(cf));
        });
        return recorder(ctx, schema, (path, v) => {
          cf.settings[path] = v;
        });
      },
    },
  });
}

function sheetTablesProxy(ctx: MockContext, live: () => MockSheet): Any {
  const wb = ctx.wb;
  return makeProxy(ctx, {
    items: () => live().tables.map((t) => tableProxy(ctx, () => t)),
    methods: {
      add: (range: unknown, hasHeaders: boolean) => {
        if (typeof range === "string") throw new Error("mock: pass a Range to tables.add (an address without a sheet means the ACTIVE sheet)");
        const table: MockTable = { name: "", id: "", area: undefined as unknown as Area, hasHeaders, showTotals: false };
        ctx.enqueue(() => {
          const sheet = live();
          const area = argArea(range);
          if (area.sheet !== sheet) throw new MockOfficeError("InvalidArgument", "the range is on another sheet");
          const overlaps = sheet.tables.some((t) => area.r0 < t.area.r0 + t.area.rows && t.area.r0 < area.r0 + area.rows && area.c0 < t.area.c0 + t.area.cols && t.area.c0 < area.c0 + area.cols);
          if (overlaps) throw new MockOfficeError("InvalidOperation", "tables cannot overlap");
          Object.assign(table, { name: wb.newTableName(), id: `{table-${sheet.tables.length + 1}-${sheet.id}}`, area });
          wb.apply(wb.op("addTable", sheet, a1(area.r0, area.c0, area.rows, area.cols)), () => sheet.tables.push(table));
        });
        return tableProxy(ctx, () => table);
      },
      getItem: (name: string) => tableProxy(ctx, () => strict(live().tables.find((t) => t.name.toLowerCase() === name.toLowerCase() || t.id === name) ?? null, `table ${name}`)),
    },
  });
}

function tablesProxy(ctx: MockContext, all: () => MockTable[]): Any {
  return makeProxy(ctx, {
    items: () => all().map((t) => tableProxy(ctx, () => t)),
    methods: {
      getItemOrNullObject: (name: string) => tableProxy(ctx, () => all().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null, true),
    },
  });
}

function tableProxy(ctx: MockContext, ref: () => MockTable | null, nullable = false): Any {
  const wb = ctx.wb;
  const live = (): MockTable => strict(ref(), "table");
  const prop = <T>(get: (t: MockTable) => T): Resolver => () => {
    const t = nullable ? ref() : live();
    return t ? get(t) : null;
  };
  const setter = (name: "style" | "showBandedRows") => (v: unknown) => {
    const t = live();
    wb.apply(wb.op(`table.${name}`, t.area.sheet, undefined, v), () => Object.assign(t, { [name]: v }));
  };
  return makeProxy(ctx, {
    props: { name: prop((t) => t.name), id: prop((t) => t.id), showTotals: prop((t) => t.showTotals), isNullObject: () => nullable && ref() === null },
    set: {
      name: (v: string) => {
        const t = live();
        wb.checkTableName(v, t);
        wb.apply(wb.op("table.name", t.area.sheet, undefined, v), () => (t.name = v));
      },
      style: setter("style"),
      showBandedRows: setter("showBandedRows"),
    },
    methods: { getRange: () => rangeProxy(ctx, () => live().area) },
  });
}

function chartsProxy(ctx: MockContext, live: () => MockSheet): Any {
  const wb = ctx.wb;
  return makeProxy(ctx, {
    methods: {
      add: (type: string, source: unknown, seriesBy: string) => {
        const chart: MockChart = { type, seriesBy, series: [{}] };
        ctx.enqueue(() => {
          const sheet = live();
          const area = argArea(source);
          chart.source = area;
          wb.apply(wb.op("addChart", sheet, areaAddress(area), type), () => sheet.charts.push(chart));
        });
        const seriesProxy = (s: MockChart["series"][number]): Any =>
          makeProxy(ctx, {
            set: { name: (v: string) => (s.name = v) },
            methods: {
              setValues: (r: unknown) => ctx.enqueue(() => (s.values = argArea(r))),
              setXAxisValues: (r: unknown) => ctx.enqueue(() => (s.xValues = argArea(r))),
            },
          });
        return makeProxy(ctx, {
          nav: {
            title: () => recorder(ctx, { text: true }, (_p, v) => (chart.title = String(v))),
            legend: () => recorder(ctx, { visible: true }, (_p, v) => (chart.legendVisible = Boolean(v))),
            series: () =>
              makeProxy(ctx, {
                methods: {
                  getItemAt: (i: number) => seriesProxy((chart.series[i] ??= {})),
                  add: (name: string) => {
                    const s = { name };
                    ctx.enqueue(() => chart.series.push(s));
                    return seriesProxy(s);
                  },
                },
              }),
          },
          methods: {
            setPosition: (start: unknown, end: unknown) =>
              ctx.enqueue(() => {
                const s = argArea(start);
                const e = argArea(end);
                chart.position = [a1(s.r0, s.c0), a1(e.r0, e.c0)];
              }),
          },
        });
      },
    },
  });
}

/** A fresh request context over a workbook (one per Excel.run batch). */
export function createContext(wb: MockWorkbook): MockContext {
  return new MockContext(wb);
}
