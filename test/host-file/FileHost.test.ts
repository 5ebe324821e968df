import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ReportSpec } from "../../src/core/report/sheet";
import { FileHost, readSourceFile } from "../../src/host/file";
import { tempPathFor } from "../../src/host/file/atomicWrite";
import { tablesOf } from "../../src/host/file/xlsxReader";
import { fixture, makeTempDir } from "./helpers";
import { sampleReport } from "./report";

const tmp = makeTempDir();
afterAll(() => tmp.remove());

const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function oneTable(name: string, sheet = name): ReportSpec {
  return { sheets: [{ name: sheet, tables: [{ name, columns: [{ key: "a", header: "A" }], rows: [[1]] }] }] };
}

describe("FileHost.writeReport: the .xlsx round trip", () => {
  const out = tmp.path("report.xlsx");
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    await new FileHost({ output: out }).writeReport(sampleReport());
    wb = await load(out);
    ws = wb.getWorksheet("ШНОР 2024")!;
  });

  it("writes every sheet in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ШНОР 2024", "Справка"]);
  });

  it("writes the title (bold, larger) and the notes (grey italic)", () => {
    expect(ws.getCell("A1").value).toBe("Школы с низкими образовательными результатами");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").value).toBe("Источник: ВПР 2024, 5 класс");
    expect(ws.getCell("A3").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
    expect(ws.getCell("A4").value).toBeNull(); // blank row before the table
  });

  it("writes each table as an Excel table with its style, header and rows", () => {
    const tables = tablesOf(ws);
    expect(tables.map((t) => [t.name, t.tableRef])).toEqual([
      ["Shnor_2024", "A5:H8"],
      ["Итоги_2024", "A12:B13"], // blank row 10, caption 11, header 12, one blank body row for an empty result
    ]);
    expect(ws.getRow(5).values).toEqual([undefined, "Код ОО", "Школа", "Доля «2»", "Средний балл", "Участники", "Статус", "ШНОР", "Комментарий"]);
    expect(ws.getCell("C6").value).toBe(0.125);
    expect(ws.getCell("G6").value).toBe(true);
    expect(ws.getCell("C8").value).toBeNull(); // NaN is written as a blank, never as a broken number
    expect(ws.getCell("A11").value).toBe("Итоги");
    expect(ws.getRow(12).values).toEqual([undefined, "Показатель", "Показатель (2)"]);
    const model = (ws.getTables() as unknown as { table: { style: { theme: string; showRowStripes: boolean } } }[])[0].table;
    expect(model.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
  });

  it("maps number formats", () => {
    expect(ws.getCell("C6").numFmt).toBe("0.0%");
    expect(ws.getCell("D7").numFmt).toBe("0.00");
    expect(ws.getCell("E8").numFmt).toBe("0");
    expect(ws.getCell("H6").numFmt).toBe("@");
    expect(ws.getCell("A6").numFmt).toBeUndefined();
  });

  it("writes text as text: a formula-looking string never becomes a formula", () => {
    const cell = ws.getCell("B6");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","Школа 1")');
    expect(cell.formula).toBeUndefined();
  });

  it("freezes the panes under the first table's header", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5, topLeftCell: "A6" });
  });

  it("adds the conditional formats on the data cells of their columns", () => {
    const cfs = (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings as { ref: string; rules: Record<string, unknown>[] }[];
    const byType = Object.fromEntries(cfs.map((cf) => [cf.rules[0].type + (cf.rules[0].formulae ? String(cf.rules[0].formulae) : ""), cf]));
    expect(byType['cellIs"ШНОР"'].ref).toBe("F6:F8");
    expect(byType['cellIs"ШНОР"'].rules[0].style).toMatchObject({ fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } });
    expect(byType.cellIsTRUE.ref).toBe("G6:G8");
    expect(byType.cellIsTRUE.rules[0].style).toMatchObject({ fill: { bgColor: { argb: "FFC00000" } } });
    expect(byType.dataBar.ref).toBe("C6:C8");
    expect(byType.colorScale.ref).toBe("D6:D8");
    // lowIsGood: false → low values red, high values green
    expect(byType.colorScale.rules[0].color).toEqual([{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }]);
  });

  it("records each chart as a note under its table", () => {
    expect(ws.getCell("A9").value).toBe("Диаграмма: Доля «2» по школам (в файле не строится — её строит надстройка в Excel)");
  });

  it("autofits columns from their content, within bounds, and honours preferred widths", () => {
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('=HYPERLINK("http://evil.example","Школа 1")'.length);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(60);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual("Показатель".length + 3); // header + filter button
    expect(ws.getColumn(8).width).toBe(30);
  });

  it("reads back as a source through the same host", async () => {
    const m = await new FileHost({ input: out }).readSource({ kind: "table", name: "shnor_2024" });
    expect(m.values[1]).toEqual(["760152", '=HYPERLINK("http://evil.example","Школа 1")', 0.125, 3.456, 25, "ШНОР", true, "+7 999 000-00-00"]);
  });

  it("writes chart notes in English when asked", async () => {
    const en = tmp.path("report-en.xlsx");
    await new FileHost({ output: en, lang: "en" }).writeReport(sampleReport());
    expect((await load(en)).getWorksheet("ШНОР 2024")!.getCell("A9").value).toBe("Chart: Доля «2» по школам (not drawn in the file — the Excel add-in draws it)");
  });
});

describe("FileHost.writeReport: existing outputs", () => {
  it("adds sheets to an existing report, refuses to replace without permission, replaces with it", async () => {
    const out = tmp.path("accumulate.xlsx");
    const host = new FileHost({ output: out });
    expect(await host.existingSheets(["Итоги"])).toEqual([]);
    await host.writeReport(oneTable("Итоги"));
    await host.writeReport(oneTable("Динамика"));
    expect(await host.existingSheets(["итоги", "Динамика", "Новый"])).toEqual(["итоги", "Динамика"]);

    const before = sha(out);
    await expect(host.writeReport(oneTable("Итоги"))).rejects.toMatchObject({ code: "sheet_exists", params: { sheets: "Итоги" } });
    expect(sha(out)).toBe(before);

    const replacement: ReportSpec = { sheets: [{ name: "Итоги", tables: [{ name: "Итоги", columns: [{ key: "a", header: "A" }], rows: [[2]] }] }] };
    await host.writeReport(replacement, { replace: true });
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Динамика", "Итоги"]);
    expect(wb.getWorksheet("Итоги")!.getCell("A2").value).toBe(2);
    expect(tablesOf(wb.getWorksheet("Динамика")!).map((t) => t.name)).toEqual(["Динамика"]);
  });

  it("in overwrite mode replaces the whole file (only when allowed), even one with charts", async () => {
    const out = tmp.path("overwrite.xlsx");
    copyFileSync(fixture("with-chart.xlsx"), out);
    const host = new FileHost({ output: out, existing: "overwrite" });
    expect(await host.existingSheets(["Новый"])).toEqual(["Новый"]);
    await expect(host.writeReport(oneTable("Новый"))).rejects.toMatchObject({ code: "sheet_exists", params: { sheets: "Новый" } });
    await host.writeReport(oneTable("Новый"), { replace: true });
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(["Новый"]);
  });

  it("renames a table whose name is taken by a kept sheet", async () => {
    const out = tmp.path("clash.xlsx");
    const host = new FileHost({ output: out });
    await host.writeReport(oneTable("Школы", "Первый"));
    await host.writeReport(oneTable("Школы", "Второй"));
    const wb = await load(out);
    expect(tablesOf(wb.getWorksheet("Второй")!).map((t) => t.name)).toEqual(["Школы_2"]);
  });

  it("refuses to write into a workbook with charts (exceljs would drop them) and leaves it intact", async () => {
    const out = tmp.path("with-chart.xlsx");
    copyFileSync(fixture("with-chart.xlsx"), out);
    const before = sha(out);
    await expect(new FileHost({ output: out }).writeReport(oneTable("Новый"))).rejects.toMatchObject({ code: "file_output_has_charts" });
    expect(sha(out)).toBe(before);
  });

  it("refuses an encrypted output workbook", async () => {
    const out = tmp.path("locked.xlsx");
    copyFileSync(fixture("protected.xlsx"), out);
    await expect(new FileHost({ output: out }).writeReport(oneTable("Новый"))).rejects.toMatchObject({ code: "file_encrypted" });
  });

  it("treats an empty output file as a new workbook", async () => {
    const out = tmp.path("touched.xlsx");
    writeFileSync(out, "");
    await new FileHost({ output: out }).writeReport(oneTable("Лист"));
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(["Лист"]);
  });
});

describe("FileHost.writeReport: failures write nothing", () => {
  it("a bad sheet name half-way leaves no output and no temp file", async () => {
    const out = tmp.path("bad-name.xlsx");
    const report = sampleReport();
    report.sheets[1].name = "Итоги: 2024"; // ':' is not allowed; the first sheet is rendered by then
    await expect(new FileHost({ output: out }).writeReport(report)).rejects.toMatchObject({ code: "file_sheet_name_invalid", params: { sheet: "Итоги: 2024" } });
    expect(existsSync(out)).toBe(false);
    expect(existsSync(tempPathFor(out))).toBe(false);
  });

  it("a failure keeps the previous output file as it was", async () => {
    const out = tmp.path("keep.xlsx");
    await new FileHost({ output: out }).writeReport(oneTable("Старый"));
    const before = sha(out);
    const report = oneTable("Новый");
    report.sheets.push({ name: "x".repeat(32), tables: [] });
    await expect(new FileHost({ output: out }).writeReport(report)).rejects.toMatchObject({ code: "file_sheet_name_invalid" });
    expect(sha(out)).toBe(before);
    expect(tmp.files().filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("cancellation stops before anything is written", async () => {
    const out = tmp.path("cancelled.xlsx");
    const progress: string[] = [];
    await expect(
      new FileHost({ output: out }).writeReport(sampleReport(), {
        signal: { aborted: true },
        onProgress: (p) => progress.push(`${p.stage}:${p.done}/${p.total}`),
      }),
    ).rejects.toMatchObject({ code: "cancelled" });
    expect(existsSync(out)).toBe(false);
  });

  it("reports write progress per sheet", async () => {
    const progress: string[] = [];
    await new FileHost({ output: tmp.path("progress.xlsx") }).writeReport(sampleReport(), { onProgress: (p) => progress.push(`${p.stage}:${p.done}/${p.total}`) });
    expect(progress).toEqual(["write:0/2", "write:1/2", "write:2/2"]);
  });

  it("refuses unknown output types and missing folders", async () => {
    await expect(new FileHost({ output: tmp.path("r.ods") }).writeReport(oneTable("A1x"))).rejects.toMatchObject({ code: "file_output_type" });
    await expect(new FileHost({ output: tmp.path("nowhere/r.xlsx") }).writeReport(oneTable("Лист"))).rejects.toMatchObject({ code: "file_output_dir_missing" });
  });

  it("a builder bug (bad table name, ragged row, unknown rule column) is an internal error", async () => {
    const host = new FileHost({ output: tmp.path("bug.xlsx") });
    await expect(host.writeReport(oneTable("A1"))).rejects.toThrow(/invalid Excel table name/);
    const ragged = oneTable("Лист");
    ragged.sheets[0].tables[0].rows = [[1, 2]];
    await expect(host.writeReport(ragged)).rejects.toThrow(/row 1 has 2 cells, expected 1/);
    const rule = oneTable("Лист");
    rule.sheets[0].tables[0].rules = [{ kind: "dataBar", column: "nope" }];
    await expect(host.writeReport(rule)).rejects.toThrow(/unknown column "nope"/);
    await expect(host.writeReport({ sheets: [] })).rejects.toThrow(/no sheets/);
    expect(existsSync(tmp.path("bug.xlsx"))).toBe(false);
  });
});

describe("FileHost: CSV output and input", () => {
  it("writes a one-table report as CSV for Russian Excel, refusing to overwrite unless allowed", async () => {
    const out = tmp.path("result.csv");
    const host = new FileHost({ output: out });
    const report = oneTable("Итоги");
    report.sheets[0].tables[0].rows = [[12.5], ["=1+1"]];
    await host.writeReport(report);
    expect(readFileSync(out)).toEqual(Buffer.from("\uFEFFA\r\n12,5\r\n'=1+1\r\n", "utf8"));
    expect(await host.existingSheets(["Итоги"])).toEqual(["Итоги"]);
    await expect(host.writeReport(report)).rejects.toMatchObject({ code: "sheet_exists" });
    await host.writeReport(report, { replace: true });
    await expect(host.writeReport(sampleReport(), { replace: true })).rejects.toMatchObject({ code: "file_csv_one_table", params: { count: 3 } });
  });

  it("reads sheets and tables, and explains that files have no selection", async () => {
    const host = new FileHost({ input: fixture("excel-like.xlsx") });
    expect((await host.readSource({ kind: "sheet", name: "Справка" })).values).toEqual([["Справка"]]);
    expect((await host.readSource({ kind: "sheet" })).sheet).toBe("Данные");
    await expect(host.readSource({ kind: "selection" })).rejects.toMatchObject({ code: "file_no_selection" });
    const csv = new FileHost({ input: fixture("schools-comma.csv"), delimiter: ";" });
    expect((await csv.readSource({ kind: "sheet" })).values[0][0]).toBe("Код ОО,Школа,Участники,Доля «2»"); // as told, not detected
    await expect(csv.readSource({ kind: "table", name: "T" })).rejects.toMatchObject({ code: "file_table_not_found" });
  });

  it("the report's own file reads back as input", async () => {
    const out = tmp.path("again.xlsx");
    await new FileHost({ output: out }).writeReport(sampleReport());
    const m = await readSourceFile(out, { sheet: "Справка" });
    expect(m.values).toEqual([["Параметр", "Значение"], ["Год", 2024]]);
  });
});

describe("FileHost.listSources", () => {
  test("lists the visible sheets of a workbook and names a CSV after its file", async () => {
    const { mkdtempSync, writeFileSync } = await import("fs");
    const { tmpdir } = await import("os");
    const { join } = await import("path");
    const ExcelJS = (await import("exceljs")).default;
    const dir = mkdtempSync(join(tmpdir(), "shnor-list-"));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Данные");
    wb.addWorksheet("Скрытый").state = "hidden";
    wb.addWorksheet("Итоги");
    await wb.xlsx.writeFile(join(dir, "book.xlsx"));
    expect(await new FileHost({ input: join(dir, "book.xlsx") }).listSources()).toEqual({ sheets: ["Данные", "Итоги"], tables: [] });
    writeFileSync(join(dir, "results.csv"), "a;b\n1;2\n");
    expect((await new FileHost({ input: join(dir, "results.csv") }).listSources()).sheets).toEqual(["results"]);
  });
});
