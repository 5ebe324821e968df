import { existsSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import { csvFile, json, readWorkbook, run, sheetText, tempDir } from "./contextHarness";

const dir = tempDir("shnor-indicators-");

/** Sets n and m (and last year's) of an indicator row, found by its code, as a user fills the input sheet in Excel. */
function fill(ws: ExcelJS.Worksheet, code: string, values: (number | null)[]): void {
  let header = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(6).value === "n") header = r;
  });
  ws.eachRow((row, r) => {
    if (r > header && row.getCell(1).value === code) values.forEach((v, i) => (row.getCell(6 + i).value = v));
  });
}

type Row = { id: string; n: number | null; m: number | null; value: number | null; target: number | null; verdict: string; verdictLabel: string; basis: string | null };
const byId = (r: { indicators: Row[] }) => Object.fromEntries(r.indicators.map((x) => [x.id, x]));

describe("shnor indicators: template → filled inputs → dashboard", () => {
  let filled: string;

  beforeAll(async () => {
    const template = join(dir, "seed000.xlsx");
    const w = await run(["indicators", "template", "--template", "seed000", "--out", template]);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain("Записан шаблон ввода «seed000»");
    const wb = await readWorkbook(template);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Ввод 2025", "Шаблон"]);
    // TV-10: 7 of 20 project schools with positive ИНР dynamics = 35 %.
    fill(wb.worksheets[0], "S000-02", [7, 20]);
    fill(wb.worksheets[0], "S000-11", [3, 20]);
    fill(wb.worksheets[0], "S000-17", [3, 5]);
    filled = join(dir, "seed000-filled.xlsx");
    await wb.xlsx.writeFile(filled);
  });

  test("verdicts against the 2025 minimums, «не менее» inclusive (3/5 = 60 %); unfilled rows are «нет данных»", async () => {
    const r = await json(["indicators", filled, "--template", "seed000", "--year", "2025"]);
    expect(r.template.id).toBe("seed000");
    expect(r.counts).toEqual({ met: 2, notMet: 1, noTarget: 0, noData: 14 });
    const x = byId(r);
    expect(x["S000-02"]).toMatchObject({ n: 7, m: 20, value: 0.35, target: 0.2, verdict: "met", verdictLabel: "достигнуто", basis: "target" });
    expect(x["S000-11"]).toMatchObject({ value: 0.15, target: 0.2, verdict: "notMet" });
    expect(x["S000-17"]).toMatchObject({ value: 0.6, target: 0.6, verdict: "met" });
    expect(x["S000-05"]).toMatchObject({ n: null, m: null, verdict: "noData" });
    expect(r.warnings).toEqual([]);
  });

  test("the yearly minimums of 2026–2029 apply from 2026", async () => {
    const x = byId(await json(["indicators", filled, "--template", "seed000", "--year", "2026"]));
    expect([x["S000-02"].target, x["S000-02"].verdict, x["S000-17"].target, x["S000-17"].verdict]).toEqual([0.3, "met", 1, "notMet"]);
  });

  test("an edited template sheet (a target raised to 40 %) is read back from the same workbook", async () => {
    const wb = await readWorkbook(filled);
    const tpl = wb.getWorksheet("Шаблон") as ExcelJS.Worksheet;
    tpl.eachRow((row) => {
      if (row.getCell(1).value === "S000-02" && row.getCell(4).value === 2025) row.getCell(5).value = 0.4;
    });
    const edited = join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const x = byId(await json(["indicators", edited, "--template", edited, "--year", "2025"]));
    expect(x["S000-02"]).toMatchObject({ target: 0.4, verdict: "notMet" });
    expect(x["S000-11"]).toMatchObject({ target: 0.2, verdict: "notMet" });
  });

  test("xlsx dashboard with verdicts; the summary counts them", async () => {
    const out = join(dir, "dashboard.xlsx");
    const r = await run(["indicators", filled, "--template", "seed000", "--year", "2025", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("seed000, 2025: достигнуто 2, не достигнуто 1, без целевого значения 0, нет данных 14.");
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Показатели 2025"]);
    expect(sheetText(wb.worksheets[0])).toContain("не достигнуто");
  });
});

describe("shnor indicators: other templates and bad input", () => {
  test("seed 003: indicators without a target are judged by the expected change against last year", async () => {
    const inputs = csvFile(dir, "krg.csv", [
      "Код;n;m;n прошлого года;m прошлого года",
      "KRG-1.2;10;100;12;100",
      "KRG-1.3;15;100;12;100",
      "KRG-2.1;8;8;;",
    ]);
    const x = byId(await json(["indicators", inputs, "--template", "seed003", "--year", "2023"]));
    expect([x["KRG-1.2"].verdict, x["KRG-1.2"].basis, x["KRG-1.3"].verdict, x["KRG-2.1"].verdict]).toEqual(["met", "change", "notMet", "noTarget"]);
  });

  test("n above m and an unknown code with their cells; exit 1, nothing written", async () => {
    const bad = csvFile(dir, "bad.csv", ["Код;n;m", "S000-02;21;20", "S000-99;1;2", "11;-1;5"]);
    const out = join(dir, "never.xlsx");
    const r = await run(["indicators", bad, "--template", "seed000", "--year", "2025", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл bad.csv, bad!B2, столбец «n»");
    expect(r.stderr).toContain("файл bad.csv, bad!A3, столбец «Код»: показателя «S000-99» нет в шаблоне seed000");
    expect(r.stderr).toContain("файл bad.csv, bad!B4");
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors exit 2", async () => {
    const inputs = csvFile(dir, "ok.csv", ["Код;n;m", "S000-02;1;2"]);
    expect((await run(["indicators", inputs, "--template", "seed999", "--year", "2025"])).code).toBe(2);
    expect((await run(["indicators", inputs, "--template", "seed000"])).code).toBe(2);
    expect((await run(["indicators", "template", "--template", "seed000", "--out", join(dir, "t.csv")])).code).toBe(2);
  });
});
