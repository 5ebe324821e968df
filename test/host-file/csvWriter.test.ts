import { existsSync, readFileSync } from "node:fs";
import type { TableSpec } from "../../src/core/report/sheet";
import { csvField, readSourceFile, tableToCsv, writeCsv } from "../../src/host/file";
import { makeTempDir } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.remove());

const table = (rows: TableSpec["rows"]): TableSpec => ({
  name: "T",
  columns: [
    { key: "a", header: "Школа" },
    { key: "b", header: "Доля" },
  ],
  rows,
});

describe("csvField", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+7 999", "'+7 999"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tскрыто", "'\tскрыто"],
    ["\rскрыто", `"'\rскрыто"`],
    ["Школа № 1", "Школа № 1"],
    ["a;b", '"a;b"'],
    ['СОШ "Лицей"', '"СОШ ""Лицей"""'],
    ["строка 1\nстрока 2", '"строка 1\nстрока 2"'],
  ])("text %j → %j (formula injection neutralised, quoting)", (value, expected) => {
    expect(csvField(value, ";", true)).toBe(expected);
  });

  it("writes numbers as numbers (never prefixed), with a decimal comma on request", () => {
    expect(csvField(-5, ";", true)).toBe("-5");
    expect(csvField(12.5, ";", true)).toBe("12,5");
    expect(csvField(12.5, ",", false)).toBe("12.5");
    expect(csvField(Number.NaN, ";", true)).toBe("");
    expect(csvField(null, ";", true)).toBe("");
    expect(csvField(true, ";", true)).toBe("TRUE");
  });
});

describe("tableToCsv / writeCsv", () => {
  it("semicolons and decimal commas by default, commas and points on request, CRLF lines", () => {
    expect(tableToCsv(table([["СОШ 1", 0.25]]))).toBe("Школа;Доля\r\nСОШ 1;0,25\r\n");
    expect(tableToCsv(table([["СОШ 1", 0.25]]), { delimiter: "," })).toBe("Школа,Доля\r\nСОШ 1,0.25\r\n");
    expect(tableToCsv(table([["СОШ 1", 0.25]]), { delimiter: "\t", decimalComma: true })).toBe("Школа\tДоля\r\nСОШ 1\t0,25\r\n");
  });

  it("writes UTF-8 with a BOM (or without on request)", async () => {
    const path = tmp.path("bom.csv");
    await writeCsv(path, table([["=cmd|' /C calc'!A0", 1]]));
    expect(readFileSync(path)).toEqual(Buffer.from("\uFEFFШкола;Доля\r\n'=cmd|' /C calc'!A0;1\r\n", "utf8"));
    await writeCsv(path, table([]), { bom: false, delimiter: "," });
    expect(readFileSync(path, "utf8")).toBe("Школа,Доля\r\n");
  });

  it("a big table streams to disk and reads back unchanged", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i): [string, number] => [`Школа "${i}"; корпус`, i / 8]);
    const path = tmp.path("big.csv");
    await writeCsv(path, table(rows));
    const m = await readSourceFile(path);
    expect(m.values).toHaveLength(60_001);
    expect(m.values[60_000]).toEqual(['Школа "59999"; корпус', "7499,875"]);
  });

  it("a bad delimiter fails before any file is created", async () => {
    const path = tmp.path("never.csv");
    await expect(writeCsv(path, table([]), { delimiter: '"' })).rejects.toThrow(/bad CSV delimiter/);
    expect(existsSync(path)).toBe(false);
    expect(tmp.files().filter((f) => f.startsWith("never"))).toEqual([]);
  });
});
