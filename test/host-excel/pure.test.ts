import type { ColumnSpec, SheetSpec } from "../../src/core/report/sheet";
import { bodyMatrices } from "../../src/host/excel/cellMatrices";
import { placeCharts } from "../../src/host/excel/charts";
import { cellBytes, nextReadRows, planChunks, rowsPerChunk } from "../../src/host/excel/chunks";
import { charsToPoints } from "../../src/host/excel/writeSheet";
import { layoutSheet } from "../../src/host/reportLayout";

describe("chunk planning", () => {
  it("sizes reads by the cell budget, at least one row however wide", () => {
    expect(rowsPerChunk(4, { cells: 100_000, bytes: 1e9 })).toBe(25_000);
    expect(rowsPerChunk(3, { cells: 100, bytes: 1e9 }, 2)).toBe(16);
    expect(rowsPerChunk(500, { cells: 100, bytes: 1e9 })).toBe(1);
  });

  it("shrinks the next read after a heavy chunk and never grows past the cell budget", () => {
    const budget = { cells: 1_000, bytes: 10_000 };
    expect(nextReadRows(10, budget)).toBe(100);
    expect(nextReadRows(10, budget, { rows: 100, bytes: 40_000 })).toBe(25);
    expect(nextReadRows(10, budget, { rows: 25, bytes: 100 })).toBe(100);
    expect(nextReadRows(10, budget, { rows: 1, bytes: 1e9 })).toBe(1);
  });

  it("counts non-ASCII text at its escaped size", () => {
    expect(cellBytes("abc")).toBe(6);
    expect(cellBytes("абв")).toBe(21);
    expect(cellBytes(12.5)).toBe(5);
  });

  it("splits rows by cells and by bytes", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [i, "x".repeat(i < 5 ? 1 : 100)]);
    expect(planChunks(rows, 2, { cells: 8, bytes: 1e9 })).toEqual([
      { start: 0, count: 4 },
      { start: 4, count: 4 },
      { start: 8, count: 2 },
    ]);
    const byBytes = planChunks(rows, 2, { cells: 1e9, bytes: 250 });
    expect(byBytes.reduce((n, c) => n + c.count, 0)).toBe(10);
    expect(byBytes.slice(1).every((c) => c.count <= 2)).toBe(true);
    expect(planChunks([], 2, { cells: 8, bytes: 1e9 })).toEqual([]);
  });
});

describe("cell matrices", () => {
  const columns: ColumnSpec[] = [
    { key: "code", header: "Код", format: "text" },
    { key: "share", header: "Доля", format: "percent1" },
    { key: "plain", header: "Прочее" },
  ];

  it("sends text as text-formatted cells, numbers with their column format, blanks as empty strings", () => {
    expect(bodyMatrices([[760152, 0.5, "=1+1"], [null, null, true], ["001", "н/я", 3]], columns)).toEqual({
      values: [["760152", 0.5, "=1+1"], ["", "", true], ["001", "н/я", 3]],
      numberFormat: [["@", "0.0%", "@"], ["@", "0.0%", "General"], ["@", "@", "General"]],
    });
  });
});

describe("layout shared with the file host", () => {
  const sheet: SheetSpec = {
    name: "S",
    title: "T",
    notes: ["n1"],
    tables: [
      { name: "A", columns: [{ key: "k", header: "K" }], rows: [[1], [2]], charts: [{ type: "pie", title: "c", categoryColumn: "k", valueColumns: ["k"] }] },
      { name: "B", title: "Caption", columns: [{ key: "k", header: "K" }, { key: "v", header: "V" }], rows: [] },
    ],
  };

  it("places title, notes, a blank row, tables with a blank row between, and freezes the first header", () => {
    const plain = layoutSheet(sheet);
    expect(plain.title).toEqual({ row: 1, text: "T" });
    expect(plain.notes).toEqual([{ row: 2, text: "n1" }]);
    expect(plain.tables.map((t) => [t.caption?.row, t.headerRow, t.firstRow, t.lastRow])).toEqual([
      [undefined, 4, 5, 6],
      [8, 9, 10, 10],
    ]);
    expect(plain.frozenRows).toBe(4);
    const withNotes = layoutSheet(sheet, { chartNotes: true });
    expect(withNotes.tables[0].chartNotes.map((n) => n.row)).toEqual([7]);
    expect(withNotes.tables[1].headerRow).toBe(10);
  });

  it("refuses charts and rules on unknown columns", () => {
    const bad = structuredClone(sheet);
    bad.tables[0].charts![0].valueColumns = ["nope"];
    expect(() => layoutSheet(bad)).toThrow(/unknown column "nope"/);
  });

  it("places charts right of the widest table, one under the other", () => {
    const slots = placeCharts(layoutSheet({ ...sheet, tables: [sheet.tables[0], { ...sheet.tables[1], charts: [{ type: "line", title: "d", categoryColumn: "k", valueColumns: ["v"] }] }] }));
    expect(slots.map((s) => [s.top, s.left, s.bottom, s.right])).toEqual([
      [3, 3, 20, 10],
      [22, 3, 39, 10],
    ]);
  });

  it("converts character widths to points like Excel's default font", () => {
    expect(charsToPoints(8)).toBe(45.75);
  });
});
