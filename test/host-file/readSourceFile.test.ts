import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { isShnorError, ShnorError } from "../../src/core/errors";
import { formatError } from "../../src/i18n";
import { readSourceFile } from "../../src/host/file";
import { fixture, makeTempDir, SCHOOLS } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.remove());

async function failure(p: Promise<unknown>): Promise<ShnorError> {
  try {
    await p;
  } catch (e) {
    if (isShnorError(e)) return e;
    throw e;
  }
  throw new Error("expected a ShnorError");
}

describe("readSourceFile: text files", () => {
  it.each([
    ["schools-utf8.csv", "schools-utf8"],
    ["schools-utf8-bom.csv", "schools-utf8-bom"],
    ["schools-1251.csv", "schools-1251"],
    ["schools-comma.csv", "schools-comma"],
    ["schools-utf16.txt", "schools-utf16"],
  ])("%s gives the same matrix", async (name, sheet) => {
    const m = await readSourceFile(fixture(name));
    expect(m).toEqual({ sheet, originRow: 1, originCol: 1, values: SCHOOLS });
  });

  it("pads short rows to a rectangle with blanks", async () => {
    const path = tmp.path("ragged.csv");
    writeFileSync(path, "a;b;c\n1\n2;3\n");
    expect((await readSourceFile(path)).values).toEqual([["a", "b", "c"], ["1", "", ""], ["2", "3", ""]]);
  });

  it("accepts the file's own name as the sheet and refuses another", async () => {
    expect((await readSourceFile(fixture("schools-utf8.csv"), { sheet: "SCHOOLS-UTF8" })).values).toEqual(SCHOOLS);
    const e = await failure(readSourceFile(fixture("schools-utf8.csv"), { sheet: "Лист1" }));
    expect(e.code).toBe("file_sheet_not_found");
    expect(e.params).toMatchObject({ sheet: "Лист1", available: "schools-utf8" });
  });

  it("reports progress and stops when cancelled", async () => {
    const path = tmp.path("big.csv");
    writeFileSync(path, "id;name\n" + "1;Школа\n".repeat(400_000)); // > 1 chunk
    const stages: number[] = [];
    await readSourceFile(path, { onProgress: (p) => stages.push(p.done / p.total) });
    expect(stages.length).toBeGreaterThan(1);
    expect(stages[stages.length - 1]).toBe(1);
    const signal = { aborted: false };
    const e = await failure(readSourceFile(path, { signal, onProgress: () => (signal.aborted = true) }));
    expect(e.code).toBe("cancelled");
  });
});

describe("readSourceFile: an Excel-made .xlsx", () => {
  it("reads the first visible sheet's used range with plain values", async () => {
    const m = await readSourceFile(fixture("excel-like.xlsx"));
    expect(m.sheet).toBe("Данные");
    expect([m.originRow, m.originCol]).toEqual([2, 2]); // data starts at B2
    expect(m.values).toEqual([
      ["Код ОО", "Школа", "Дата", "Доля", "Ошибка", "Объединено"],
      // rich text → text, date → ISO, formula → cached result, error → its text, merged: master only
      [760152, "МБОУ СОШ №1", "2024-01-01", 0.25, "#N/A", "слитно"],
      // hyperlink → text, date-time → ISO with time, string formula, boolean, formula without a cached value
      [760153, "Школа 2", "2024-01-01T12:00:00", "н/д", true, null],
    ]);
  });

  it("reads a named sheet (case-insensitively) and names the sheets when it is missing", async () => {
    expect((await readSourceFile(fixture("excel-like.xlsx"), { sheet: "справка" })).values).toEqual([["Справка"]]);
    const e = await failure(readSourceFile(fixture("excel-like.xlsx"), { sheet: "Итоги" }));
    expect(e.code).toBe("file_sheet_not_found");
    expect(e.params.available).toBe("Скрытый, Данные, Справка");
    expect(formatError(e, "ru")).toContain("нет листа «Итоги»");
    expect(formatError(e, "en")).toContain('has no sheet "Итоги"');
  });

  it("leaves the input file byte-identical", async () => {
    const hash = (): string => createHash("sha256").update(readFileSync(fixture("excel-like.xlsx"))).digest("hex");
    const before = hash();
    await readSourceFile(fixture("excel-like.xlsx"));
    expect(hash()).toBe(before);
  });
});

describe("readSourceFile: .xlsx written by exceljs", () => {
  it("covers merged ranges, rich text, hyperlinks, errors and Excel tables", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Лист1");
    ws.getCell("A1").value = "Заголовок";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = { richText: [{ text: "жирный", font: { bold: true } }, { text: " обычный" }] };
    ws.getCell("B2").value = { text: "ссылка", hyperlink: "https://example.org" };
    ws.getCell("C2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("A3").value = { formula: "1+1", result: 2 };
    ws.getCell("B3").value = new Date(Date.UTC(2023, 8, 1));
    ws.addTable({ name: "Школы", ref: "E5", columns: [{ name: "Код" }, { name: "Балл" }], rows: [[1, 4.5], [2, 3]], totalsRow: true });
    const path = tmp.path("exceljs.xlsx");
    await wb.xlsx.writeFile(path);

    const m = await readSourceFile(path);
    expect(m.values.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([
      ["Заголовок", null, null],
      ["жирный обычный", "ссылка", "#DIV/0!"],
      [2, "2023-09-01", null],
    ]);
    // An Excel table by name (case-insensitive), without its totals row.
    const table = await readSourceFile(path, { table: "школы" });
    expect(table).toEqual({ sheet: "Лист1", originRow: 5, originCol: 5, values: [["Код", "Балл"], [1, 4.5], [2, 3]] });
    const e = await failure(readSourceFile(path, { table: "Нет" }));
    expect(e.code).toBe("file_table_not_found");
    expect(e.params.available).toBe("Школы");
  });

  it("refuses an empty sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Пусто");
    const path = tmp.path("empty-sheet.xlsx");
    await wb.xlsx.writeFile(path);
    expect((await failure(readSourceFile(path))).code).toBe("file_sheet_empty");
  });
});

describe("readSourceFile: bad input", () => {
  it.each([
    ["old.xls", "file_xls_unsupported", "сохраните как «Книга Excel (*.xlsx)»"],
    ["protected.xlsx", "file_encrypted", "защищён паролем"],
  ])("%s → %s", async (name, code, text) => {
    const e = await failure(readSourceFile(fixture(name)));
    expect(e.code).toBe(code);
    expect(formatError(e, "ru")).toContain(text);
    expect(formatError(e, "ru")).toContain(name);
  });

  it("tells an old .xls from an encrypted workbook by content when the name says neither", async () => {
    const path = tmp.path("export.csv");
    writeFileSync(path, readFileSync(fixture("protected.xlsx")));
    expect((await failure(readSourceFile(path))).code).toBe("file_encrypted");
    writeFileSync(path, readFileSync(fixture("old.xls")));
    expect((await failure(readSourceFile(path))).code).toBe("file_xls_unsupported");
  });

  it("reads a workbook whatever its extension says, and refuses an .xlsx that is not a zip", async () => {
    const renamed = tmp.path("renamed.csv");
    writeFileSync(renamed, readFileSync(fixture("excel-like.xlsx")));
    expect((await readSourceFile(renamed)).sheet).toBe("Данные");
    const html = tmp.path("report.xlsx");
    writeFileSync(html, "<html><table><tr><td>1</td></tr></table></html>");
    const e = await failure(readSourceFile(html));
    expect(e.code).toBe("file_xlsx_invalid");
    expect(e.params.reason).toBe("signature 3C 68 74 6D");
  });

  it("refuses a damaged workbook", async () => {
    const path = tmp.path("broken.xlsx");
    writeFileSync(path, readFileSync(fixture("excel-like.xlsx")).subarray(0, 600));
    expect((await failure(readSourceFile(path))).code).toBe("file_xlsx_invalid");
  });

  it("missing, empty, blank and unknown-type files", async () => {
    expect((await failure(readSourceFile(tmp.path("nope.csv")))).code).toBe("file_not_found");
    const empty = tmp.path("empty.csv");
    writeFileSync(empty, "");
    expect((await failure(readSourceFile(empty))).code).toBe("file_empty");
    writeFileSync(empty, "\r\n;;\r\n");
    expect((await failure(readSourceFile(empty))).code).toBe("file_empty");
    const pdf = tmp.path("data.pdf");
    writeFileSync(pdf, "%PDF-1.4");
    const e = await failure(readSourceFile(pdf));
    expect(e.code).toBe("file_type_unsupported");
    expect(e.params.ext).toBe(".pdf");
  });
});
