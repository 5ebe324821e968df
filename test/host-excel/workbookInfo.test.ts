import { hostFor } from "./harness";
import { MockWorkbook } from "./mockWorkbook";

function workbook(): MockWorkbook {
  const wb = new MockWorkbook();
  wb.addSheet("Данные", [["a", "b"], [1, 2]]);
  wb.addTable("Данные", "Schools", "A1:B2");
  wb.addSheet("Служебный").visibility = "Hidden";
  wb.addSheet("Итоги 2024", [[1]]);
  wb.addTable("Итоги 2024", "Totals", "A1:A1");
  return wb;
}

describe("ExcelHost.listSources", () => {
  it("lists the visible sheets in tab order, every table, and the selection", async () => {
    const wb = workbook();
    wb.select("Итоги 2024", "A1:C4");
    expect(await hostFor(wb).host.listSources()).toEqual({ sheets: ["Данные", "Итоги 2024"], tables: ["Schools", "Totals"], selection: "'Итоги 2024'!A1:C4" });
  });

  it("offers no selection when several areas are selected", async () => {
    const wb = workbook();
    wb.selection = "multi";
    expect(await hostFor(wb).host.listSources()).toEqual({ sheets: ["Данные", "Итоги 2024"], tables: ["Schools", "Totals"] });
  });
});

describe("ExcelHost.existingSheets", () => {
  it("says which names are sheets, ignoring case as Excel does (hidden sheets count)", async () => {
    expect(await hostFor(workbook()).host.existingSheets(["ИТОГИ 2024", "служебный", "Новый"])).toEqual(["ИТОГИ 2024", "служебный"]);
  });
});

describe("ExcelHost.goTo", () => {
  it("activates the sheet and selects the cell", async () => {
    const wb = workbook();
    wb.active = wb.sheet("Итоги 2024");
    await hostFor(wb).host.goTo({ sheet: "Данные", row: 7, col: 3, column: "Балл" });
    expect(wb.active?.name).toBe("Данные");
    expect(wb.selection).toMatchObject({ r0: 6, c0: 2, rows: 1, cols: 1 });
  });

  it("selects the row or the column when only one is known, on the active sheet when none is named", async () => {
    const wb = workbook();
    const { host } = hostFor(wb);
    await host.goTo({ row: 12 });
    expect(wb.selection).toMatchObject({ sheet: wb.sheet("Данные"), r0: 11, rows: 1, cols: 16384 });
    await host.goTo({ sheet: "Итоги 2024", col: 28 });
    expect(wb.selection).toMatchObject({ sheet: wb.sheet("Итоги 2024"), c0: 27, cols: 1, rows: 1048576 });
  });

  it("keeps row and column inside the grid", async () => {
    const wb = workbook();
    await hostFor(wb).host.goTo({ sheet: "Данные", row: 2_000_000, col: 0 });
    expect(wb.selection).toMatchObject({ r0: 1_048_575, c0: 0 });
  });

  it("does nothing for a sheet that is gone or hidden, and only activates when there is no cell", async () => {
    const wb = workbook();
    const { host } = hostFor(wb);
    await host.goTo({ sheet: "Удалённый", row: 1, col: 1 });
    await host.goTo({ sheet: "Служебный", row: 1, col: 1 });
    expect(wb.ops).toEqual([]);
    await host.goTo({ sheet: "Итоги 2024" });
    expect(wb.ops.map((op) => op.kind)).toEqual(["activate"]);
    expect(wb.active?.name).toBe("Итоги 2024");
  });
});
