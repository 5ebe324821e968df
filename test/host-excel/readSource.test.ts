import { ShnorError } from "../../src/core/errors";
import { ExcelHost } from "../../src/host/excel";
import type { Progress } from "../../src/host/WorkbookHost";
import { grid, hostFor } from "./harness";
import { MockOfficeError, MockWorkbook } from "./mockWorkbook";

describe("ExcelHost.readSource: chunked reads", () => {
  const header = ["Код ОО", "Участники", "«2»", "Балл"];
  const body = grid(25_000, 4);
  const setup = (): MockWorkbook => {
    const wb = new MockWorkbook();
    wb.addSheet("Данные", [header, ...body]);
    return wb;
  };

  it("reads a 25,000-row sheet in chunks of the cell budget, with progress after each and a yield between", async () => {
    const wb = setup();
    const { host, yields } = hostFor(wb, { budget: { cells: 20_000 } });
    const progress: Progress[] = [];
    const m = await host.readSource({ kind: "sheet", name: "Данные" }, { onProgress: (p) => progress.push(p) });

    expect(m).toMatchObject({ sheet: "Данные", originRow: 1, originCol: 1 });
    expect(m.values).toHaveLength(25_001);
    expect(m.values[0]).toEqual(header);
    expect(m.values.slice(1)).toEqual(body); // blanks come back as "", as Excel gives them
    // 20,000 cells / 4 columns = 5,000 rows per request
    expect(wb.reads.map((r) => r.cells)).toEqual([20_000, 20_000, 20_000, 20_000, 20_000, 4]);
    expect(wb.reads[1].address).toBe("A5001:D10000");
    expect(progress.map((p) => p.done)).toEqual([5_000, 10_000, 15_000, 20_000, 25_000, 25_001]);
    expect(progress.every((p) => p.stage === "read" && p.total === 25_001)).toBe(true);
    expect(yields()).toBe(6);
  });

  it("uses a default budget that splits the same sheet into a few requests", async () => {
    const wb = setup();
    await hostFor(wb).host.readSource({ kind: "sheet", name: "данные" }); // Excel finds sheets ignoring case
    expect(wb.reads.length).toBeGreaterThan(1);
    expect(Math.max(...wb.reads.map((r) => r.cells))).toBeLessThanOrEqual(50_000);
  });

  it("stops with 'cancelled' when cancelled after the first chunk, and reads nothing more", async () => {
    const wb = setup();
    const signal = { aborted: false };
    const read = hostFor(wb, { budget: { cells: 20_000 } }).host.readSource(
      { kind: "sheet", name: "Данные" },
      { signal, onProgress: () => (signal.aborted = true) },
    );
    await expect(read).rejects.toMatchObject({ code: "cancelled" });
    expect(wb.reads).toHaveLength(1);
  });

  it("does not start when already cancelled", async () => {
    const wb = setup();
    await expect(hostFor(wb).host.readSource({ kind: "sheet", name: "Данные" }, { signal: { aborted: true } })).rejects.toMatchObject({ code: "cancelled" });
    expect(wb.syncs).toBe(0);
  });

  it("shrinks chunks whose text would exceed the payload budget", async () => {
    const wb = new MockWorkbook();
    const text = "Муниципальное бюджетное общеобразовательное учреждение ".repeat(2); // non-ASCII, counted as \u escapes
    wb.addSheet("Тексты", Array.from({ length: 3_000 }, (_, i) => [text + i, i]));
    await hostFor(wb, { budget: { cells: 2_000, bytes: 500_000 } }).host.readSource({ kind: "sheet", name: "Тексты" });
    const cells = wb.reads.map((r) => r.cells);
    expect(cells[0]).toBe(2_000); // the first request is sized by cells
    // then by the measured bytes: ~710 bytes a row, so ~700 rows fit in 500,000 bytes
    expect(cells[1] / 2).toBeGreaterThan(650);
    expect(cells[1] / 2).toBeLessThan(750);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(6_000);
  });
});

describe("ExcelHost.readSource: what is read", () => {
  it("reads a table's header and body, without its totals row, with its origin on the sheet", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [["Код", "Балл"], ["01", 3.5], ["02", 4], ["Итого", 7.5]], "B3");
    wb.addTable("Лист1", "Schools", "B3:C6", { showTotals: true });
    const m = await hostFor(wb).host.readSource({ kind: "table", name: "SCHOOLS" });
    expect(m).toEqual({ sheet: "Лист1", originRow: 3, originCol: 2, values: [["Код", "Балл"], ["01", 3.5], ["02", 4]] });
  });

  it("names the tables there are when a table is missing", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [["a"], [1]]);
    wb.addTable("Лист1", "Первая", "A1:A2");
    await expect(hostFor(wb).host.readSource({ kind: "table", name: "Вторая" })).rejects.toMatchObject({
      code: "excel_table_not_found",
      params: { table: "Вторая", available: "Первая" },
    });
  });

  it("reads the selection cut to the used range (a selected whole column is not a million rows)", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [["x", "a", "b"], [0, 1, 2], [0, 3, 4]], "A2");
    wb.select("Лист1", "B1:C1048576");
    const m = await hostFor(wb).host.readSource({ kind: "selection" });
    expect(m).toEqual({ sheet: "Лист1", originRow: 2, originCol: 2, values: [["a", "b"], [1, 2], [3, 4]] });
  });

  it("refuses a selection of several areas", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [[1]]);
    wb.selection = "multi";
    await expect(hostFor(wb).host.readSource({ kind: "selection" })).rejects.toMatchObject({ code: "excel_selection_invalid" });
  });

  it("reads the active sheet when no sheet is named, and says which sheets exist when one is missing", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Первый", [[1]]);
    wb.addSheet("Второй", [[2, 3]], "C4");
    wb.addSheet("Скрытый", [[0]]).visibility = "Hidden";
    wb.active = wb.sheet("Второй");
    const { host } = hostFor(wb);
    expect(await host.readSource({ kind: "sheet" })).toEqual({ sheet: "Второй", originRow: 4, originCol: 3, values: [[2, 3]] });
    await expect(host.readSource({ kind: "sheet", name: "Третий" })).rejects.toMatchObject({
      code: "excel_sheet_not_found",
      params: { sheet: "Третий", available: "Первый, Второй" },
    });
  });

  it("calls an empty sheet empty", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Пустой");
    await expect(hostFor(wb).host.readSource({ kind: "sheet", name: "Пустой" })).rejects.toMatchObject({ code: "excel_source_empty", params: { source: "Пустой" } });
  });

  it("never writes while reading", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Данные", grid(100, 3));
    const before = wb.sheet("Данные").snapshot();
    await hostFor(wb).host.readSource({ kind: "sheet", name: "Данные" });
    expect(wb.ops).toEqual([]);
    expect(wb.sheet("Данные").snapshot()).toBe(before);
  });
});

describe("ExcelHost: Excel versions and Excel errors", () => {
  it("refuses to run on an Excel without the needed API, before touching the workbook", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [[1]]);
    const { host } = hostFor(wb, { api: (_set, version) => Number(version.split(".")[1]) < 7 });
    await expect(host.readSource({ kind: "sheet" })).rejects.toMatchObject({ code: "excel_api_unsupported", params: { version: "1.7" } });
    expect(wb.syncs).toBe(0);
  });

  it("turns an Office.js error into a ShnorError carrying Excel's code and message", async () => {
    const host = new ExcelHost({
      apiCheck: () => true,
      run: async () => {
        throw new MockOfficeError("GeneralException", "There was an internal error");
      },
    });
    const error = await host.listSources().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShnorError);
    expect(error).toMatchObject({ code: "excel_failed", params: { reason: "GeneralException: There was an internal error" } });
  });

  it("lets programming errors through unchanged", async () => {
    const host = new ExcelHost({
      apiCheck: () => true,
      run: async () => {
        throw new TypeError("boom");
      },
    });
    await expect(host.listSources()).rejects.toThrow(TypeError);
  });
});
