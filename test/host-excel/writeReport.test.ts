import type { ReportSpec } from "../../src/core/report/sheet";
import type { Progress } from "../../src/host/WorkbookHost";
import { charsToPoints } from "../../src/host/excel/writeSheet";
import { sampleReport } from "../host-file/report";
import { grid, hostFor } from "./harness";
import { chartView, MockWorkbook, type MockSheet } from "./mockWorkbook";

/** A workbook with the user's data and one unrelated sheet, as an analyst would have it. */
function userWorkbook(): MockWorkbook {
  const wb = new MockWorkbook();
  wb.addSheet("Данные", [["Код ОО", "Школа"], ["760152", "=HYPERLINK(\"x\")"], [1, 2]]);
  wb.setFormula("Данные", "C2", "=SUM(A3:B3)", 3);
  wb.addTable("Данные", "Source", "A1:B3");
  wb.addSheet("Заметки", [["мои заметки"]]);
  return wb;
}

function oneTable(sheet: string, table = "Tbl", rows: (string | number)[][] = [[1]]): ReportSpec {
  return { sheets: [{ name: sheet, tables: [{ name: table, columns: rows[0].map((_, j) => ({ key: `c${j}`, header: `C${j}` })), rows }] }] };
}

describe("ExcelHost.writeReport: the sample report", () => {
  let wb: MockWorkbook;
  let ws: MockSheet;
  let before: Record<string, string>;

  beforeAll(async () => {
    wb = userWorkbook();
    before = { Данные: wb.sheet("Данные").snapshot(), Заметки: wb.sheet("Заметки").snapshot() };
    await hostFor(wb).host.writeReport(sampleReport());
    ws = wb.sheet("ШНОР 2024");
  });

  it("adds the report's sheets after the user's, activates the first, and leaves no temporary sheet", () => {
    expect(wb.sheetNames()).toEqual(["Данные", "Заметки", "ШНОР 2024", "Справка"]);
    expect(wb.active?.name).toBe("ШНОР 2024");
  });

  it("never touches the user's sheets", () => {
    expect(wb.sheet("Данные").snapshot()).toBe(before["Данные"]);
    expect(wb.sheet("Заметки").snapshot()).toBe(before["Заметки"]);
    expect(wb.ops.filter((op) => op.sheet === "Данные" || op.sheet === "Заметки")).toEqual([]);
    expect(wb.sheet("Данные").cell("C2")?.formula).toBe("=SUM(A3:B3)");
  });

  it("writes the title (bold, larger) and the notes (grey italic), then a blank row", () => {
    expect(ws.value("A1")).toBe("Школы с низкими образовательными результатами");
    expect(ws.cell("A1")?.font).toEqual({ bold: true, size: 14 });
    expect(ws.value("A2")).toBe("Источник: ВПР 2024, 5 класс");
    expect(ws.cell("A3")?.font).toEqual({ italic: true, color: "#595959" });
    expect(ws.value("A4")).toBe("");
  });

  it("writes each table as an Excel table with the file host's layout, style and unique headers", () => {
    expect(ws.tables.map((t) => [t.name, `${t.area.r0 + 1}:${t.area.r0 + t.area.rows}`, t.area.cols, t.style, t.showBandedRows])).toEqual([
      ["Shnor_2024", "5:8", 8, "TableStyleMedium2", true],
      ["Итоги_2024", "11:12", 2, "TableStyleMedium2", true], // blank row 9, caption 10, one blank body row
    ]);
    expect(["A5", "B5", "H5"].map((a) => ws.value(a))).toEqual(["Код ОО", "Школа", "Комментарий"]);
    expect([ws.value("C6"), ws.value("E7"), ws.value("G6"), ws.value("C8")]).toEqual([0.125, 30, true, ""]); // NaN → blank
    expect(ws.value("A10")).toBe("Итоги");
    expect(ws.cell("A10")?.font).toEqual({ bold: true, size: 12 });
    expect([ws.value("A11"), ws.value("B11")]).toEqual(["Показатель", "Показатель (2)"]);
  });

  it("maps number formats column by column (Excel's invariant codes)", () => {
    expect(["C6", "D7", "E8", "H6", "G6"].map((a) => ws.cell(a)?.format)).toEqual(["0.0%", "0.00", "0", "@", "General"]);
  });

  it("writes text as text: formula-looking and number-looking strings never become formulas or numbers", () => {
    expect(ws.cell("B6")).toMatchObject({ value: '=HYPERLINK("http://evil.example","Школа 1")', format: "@" });
    expect(ws.cell("B6")?.formula).toBeUndefined();
    expect(ws.value("H6")).toBe("+7 999 000-00-00");
    expect(ws.value("H7")).toBe("@SUM(A1)");
    expect(ws.value("H8")).toBe("-5");
    expect(ws.value("A6")).toBe("760152");
    expect([...ws.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it("adds the conditional formats on the body of their columns, first rule on top", () => {
    const byAddress = Object.fromEntries(ws.conditionalFormats.map((cf) => [cf.address, cf]));
    expect(byAddress["F6:F8"]).toEqual({
      type: "CellValue",
      address: "F6:F8",
      settings: { "cellValue.format.fill.color": "#FFC7CE", "cellValue.format.font.color": "#9C0006", "cellValue.rule": { formula1: '="ШНОР"', operator: "EqualTo" } },
    });
    expect(byAddress["G6:G8"].settings).toMatchObject({ "cellValue.format.fill.color": "#C00000", "cellValue.rule": { formula1: "=TRUE", operator: "EqualTo" } });
    expect(byAddress["C6:C8"]).toMatchObject({ type: "DataBar", settings: { "dataBar.positiveFormat.fillColor": "#638EC6", "dataBar.lowerBoundRule": { type: "LowestValue" } } });
    // lowIsGood: false → low values red, high values green
    expect(byAddress["D6:D8"].settings["colorScale.criteria"]).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
    // Excel puts each new format on top: added last to first, the spec's first rule has the top priority.
    expect(ws.conditionalFormats.map((cf) => cf.address)).toEqual(["D6:D8", "C6:C8", "G6:G8", "F6:F8"]);
  });

  it("draws the chart natively, from the table's body, to the right of the tables", () => {
    expect(ws.charts.map(chartView)).toEqual([
      {
        type: "ColumnClustered",
        seriesBy: "Columns",
        source: "'ШНОР 2024'!C6:C8",
        title: "Доля «2» по школам",
        legendVisible: false,
        series: [{ name: "Доля «2»", xValues: "'ШНОР 2024'!B6:B8" }],
        position: ["J5", "Q22"],
      },
    ]);
    expect(ws.value("A9")).toBe(""); // no chart note line: the chart is real
  });

  it("freezes the rows down to the first table's header", () => {
    expect(ws.frozenRows).toBe(5);
  });

  it("autofits the columns within bounds, honours preferred widths, and is not widened by the title", () => {
    expect(ws.columnWidth(0)).toBe(charsToPoints("Показатель".length + 3)); // the title in A1 is much longer
    expect(ws.columnWidth(1)).toBe('=HYPERLINK("http://evil.example","Школа 1")'.length * 5.25 + 3.75); // Excel's autofit
    expect(ws.columnWidth(7)).toBe(charsToPoints(30));
  });
});

describe("ExcelHost.writeReport: sizes, widths and charts", () => {
  it("writes a large table in chunks with write progress", async () => {
    const wb = userWorkbook();
    const rows = grid(25_000, 4).map((r) => r.map((v) => (v === "" ? null : v)));
    const report: ReportSpec = { sheets: [{ name: "Большой", tables: [{ name: "Big", columns: ["a", "b", "c", "d"].map((key) => ({ key, header: key, format: "integer" as const })), rows }] }] };
    const progress: Progress[] = [];
    const { host, yields } = hostFor(wb, { budget: { cells: 40_000 } });
    await host.writeReport(report, { onProgress: (p) => progress.push(p) });

    const valueWrites = wb.ops.filter((op) => op.kind === "values" && op.address !== "A1");
    // values + number formats: 40,000 / (4 × 2) = 5,000 rows per request, plus the header row
    expect(valueWrites.map((op) => op.address)).toEqual(["A1:D1", "A2:D5001", "A5002:D10001", "A10002:D15001", "A15002:D20001", "A20002:D25001"]);
    expect(progress.map((p) => p.done)).toEqual([0, 5_000, 10_000, 15_000, 20_000, 25_000]);
    expect(progress.every((p) => p.stage === "write" && p.total === 25_000)).toBe(true);
    expect(yields()).toBe(5);
    const ws = wb.sheet("Большой");
    expect(ws.value("D25001")).toBe(rows[24_999][3] ?? "");
    expect(ws.tables[0].area.rows).toBe(25_001);
  });

  it("caps a column of long texts and keeps a narrow one readable", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1");
    await hostFor(wb).host.writeReport(oneTable("Отчёт", "T", [["x".repeat(200), 1]]));
    const ws = wb.sheet("Отчёт");
    expect(ws.columnWidth(0)).toBe(charsToPoints(60));
    expect(ws.columnWidth(1)).toBe(charsToPoints(8));
  });

  it("maps chart types, adds a series per value column and stacks the charts of a sheet", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1");
    const report: ReportSpec = {
      sheets: [
        {
          name: "Диаграммы",
          tables: [
            {
              name: "Clusters",
              columns: [
                { key: "mo", header: "МО" },
                { key: "strong", header: "Сильно" },
                { key: "moderate", header: "Умеренно" },
              ],
              rows: [["Город", 1, 2], ["Район", 3, 4]],
              charts: [
                { type: "stackedBar", title: "ШНОР по МО", categoryColumn: "mo", valueColumns: ["strong", "moderate"] },
                { type: "pie", title: "Доли", categoryColumn: "mo", valueColumns: ["strong"] },
              ],
            },
          ],
        },
      ],
    };
    await hostFor(wb).host.writeReport(report);
    const [bar, pie] = wb.sheet("Диаграммы").charts.map(chartView);
    expect(bar).toMatchObject({ type: "BarStacked", source: "Диаграммы!B2:B3", legendVisible: true, position: ["E1", "L18"] });
    expect(bar.series).toEqual([
      { name: "Сильно", xValues: "Диаграммы!A2:A3" },
      { name: "Умеренно", values: "Диаграммы!C2:C3", xValues: "Диаграммы!A2:A3" },
    ]);
    expect(pie).toMatchObject({ type: "Pie", legendVisible: true, position: ["E20", "L37"] }); // under the first, never over it
  });
});

describe("ExcelHost.writeReport: existing sheets", () => {
  it("refuses when a sheet exists (Excel ignores case) and replace is not allowed, touching nothing", async () => {
    const wb = userWorkbook();
    wb.addSheet("шнор 2024", [["старый отчёт"]]);
    const syncs = wb.syncs;
    await expect(hostFor(wb).host.writeReport(sampleReport())).rejects.toMatchObject({ code: "sheet_exists", params: { sheets: "шнор 2024" } });
    expect(wb.ops).toEqual([]);
    expect(wb.sheetNames()).toEqual(["Данные", "Заметки", "шнор 2024"]);
    expect(wb.syncs - syncs).toBe(1); // one look at the sheet names
  });

  it("replaces an existing report sheet in its place, freeing its table names", async () => {
    const wb = userWorkbook();
    wb.addSheet("Итоги", [["k"], ["старое"]]);
    wb.addTable("Итоги", "Tbl_1", "A1:A2");
    wb.sheets.push(wb.sheets.splice(1, 1)[0]); // Данные, Итоги, Заметки
    const notes = wb.sheet("Заметки").snapshot();
    const { host } = hostFor(wb);
    expect(await host.existingSheets(["итоги", "Новый"])).toEqual(["итоги"]);

    await host.writeReport(oneTable("Итоги", "Tbl_1", [["новое"]]), { replace: true });
    expect(wb.sheetNames()).toEqual(["Данные", "Итоги", "Заметки"]);
    const ws = wb.sheet("Итоги");
    expect(ws.value("A2")).toBe("новое");
    expect(ws.tables.map((t) => t.name)).toEqual(["Tbl_1"]);
    expect(wb.allTables().map((t) => t.name)).toEqual(["Source", "Tbl_1"]);
    expect(wb.sheet("Заметки").snapshot()).toBe(notes);
  });

  it("keeps every sheet in its place when several are replaced around a kept one", async () => {
    const wb = new MockWorkbook();
    for (const name of ["A", "Отчёт1", "K", "Отчёт2", "Z"]) wb.addSheet(name, [[name]]);
    const report: ReportSpec = { sheets: [oneTable("Отчёт2", "Rep_2").sheets[0], oneTable("Отчёт1", "Rep_1").sheets[0], oneTable("Новый", "Rep_3").sheets[0]] };
    await hostFor(wb).host.writeReport(report, { replace: true });
    expect(wb.sheetNames()).toEqual(["A", "Отчёт1", "K", "Отчёт2", "Z", "Новый"]);
    expect(wb.sheet("Отчёт1").value("A1")).toBe("C0");
    expect(wb.sheet("K").value("A1")).toBe("K");
  });

  it("renames a table whose name is taken by a kept sheet or by a defined name", async () => {
    const wb = userWorkbook();
    wb.names.push("Totals");
    const report: ReportSpec = { sheets: [{ name: "Отчёт", tables: [oneTable("x", "Source").sheets[0].tables[0], { ...oneTable("x", "totals").sheets[0].tables[0] }] }] };
    await hostFor(wb).host.writeReport(report);
    expect(wb.sheet("Отчёт").tables.map((t) => t.name)).toEqual(["Source_2", "totals_2"]);
  });
});

describe("ExcelHost.writeReport: nothing half-written", () => {
  function workbookWithOldReport(): MockWorkbook {
    const wb = userWorkbook();
    wb.addSheet("ШНОР 2024", [["прежний отчёт"]]);
    wb.addTable("ШНОР 2024", "Shnor_2024", "A1:A1");
    wb.addSheet("Справка", [["прежняя справка"]]);
    return wb;
  }
  const state = (wb: MockWorkbook): string => JSON.stringify(wb.sheets.map((s) => [s.name, s.snapshot(), s.tables.map((t) => t.name), s.charts.length]));

  it("a failure in the middle of the second sheet leaves no new sheet and the old sheets as they were", async () => {
    const wb = workbookWithOldReport();
    const before = state(wb);
    wb.failWhen = (op) => op.kind === "values" && op.addedIndex === 2 && op.address !== "A1:B1";
    await expect(hostFor(wb).host.writeReport(sampleReport(), { replace: true })).rejects.toMatchObject({
      code: "excel_write_failed",
      params: { reason: expect.stringContaining("injected failure") },
    });
    expect(state(wb)).toBe(before);
    expect(wb.ops.some((op) => op.kind === "addSheet" && op.addedIndex === 2)).toBe(true); // it did get that far
  });

  it("a failure while swapping the sheets puts the old ones back", async () => {
    const wb = workbookWithOldReport();
    const before = state(wb);
    let failed = false; // once: the new second sheet cannot take its name
    wb.failWhen = (op) => !failed && op.kind === "rename" && op.detail === "Справка" && (failed = true);
    await expect(hostFor(wb).host.writeReport(sampleReport(), { replace: true })).rejects.toMatchObject({ code: "excel_write_failed" });
    expect(state(wb)).toBe(before);
  });

  it("if the old sheets cannot be deleted at the very end, the new report stands and the error says where the old ones are", async () => {
    const wb = workbookWithOldReport();
    wb.failWhen = (op) => op.kind === "delete" && op.sheet.startsWith("~shnor-old-");
    await expect(hostFor(wb).host.writeReport(sampleReport(), { replace: true })).rejects.toMatchObject({
      code: "excel_commit_failed",
      params: { sheets: "ШНОР 2024, Справка" },
    });
    expect(wb.sheet("ШНОР 2024").value("A1")).toBe("Школы с низкими образовательными результатами");
    expect(wb.sheetNames().filter((n) => n.startsWith("~shnor-old-"))).toHaveLength(2);
    expect(wb.sheetNames().some((n) => n.startsWith("~shnor-tmp-"))).toBe(false);
  });

  it("cancelling while writing removes what was written", async () => {
    const wb = workbookWithOldReport();
    const before = state(wb);
    const signal = { aborted: false };
    const report = oneTable("Большой", "Big", grid(1_000, 2).map((r) => r.map((v) => (v === "" ? 0 : v))));
    const write = hostFor(wb, { budget: { cells: 400 } }).host.writeReport(report, { signal, onProgress: (p) => (signal.aborted = p.done > 0) });
    await expect(write).rejects.toMatchObject({ code: "cancelled" });
    expect(state(wb)).toBe(before);
  });

  it("checks sheet names before touching the workbook", async () => {
    const wb = userWorkbook();
    const bad = sampleReport();
    bad.sheets[1].name = "Итоги: 2024";
    await expect(hostFor(wb).host.writeReport(bad)).rejects.toMatchObject({ code: "excel_sheet_name_invalid", params: { sheet: "Итоги: 2024" } });
    const twice = sampleReport();
    twice.sheets[1].name = "шнор 2024";
    await expect(hostFor(wb).host.writeReport(twice)).rejects.toMatchObject({ code: "excel_sheet_name_duplicate" });
    const wrongRow = sampleReport();
    wrongRow.sheets[1].tables[0].rows.push(["только одна ячейка"]);
    await expect(hostFor(wb).host.writeReport(wrongRow)).rejects.toThrow(/row 2 has 1 cells, expected 2/);
    expect(wb.syncs).toBe(0);
  });
});
