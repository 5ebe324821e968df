import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { json, readWorkbook, run, sheetText, tempDir } from "./contextHarness";

const dir = tempDir("shnor-expertise-");

/**
 * Points of the municipal rubric (14 «механизмы» criteria of max 2, 5 «реализация» criteria of max 2). NORTH: mechanisms
 * 24/28 = 85.7 % (formed), implementation 5/10 = 50 % (implemented: «не ниже 50 %» is inclusive).
 */
const IMPLEMENTATION = ["1.4", "2.4", "3.4", "4.4", "5.3"];
const MECHANISMS = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "5.1", "5.2"];
const points = (mechanisms: (id: string) => number | null, implementation: (id: string) => number | null) =>
  Object.fromEntries([...MECHANISMS.map((id) => [id, mechanisms(id)]), ...IMPLEMENTATION.map((id) => [id, implementation(id)])]);
const NORTH = points((id) => (["1.1", "2.1", "3.1", "4.1"].includes(id) ? 1 : 2), (id) => ({ "1.4": 2, "2.4": 1, "3.4": 1, "4.4": 0, "5.3": 1 })[id] ?? null);

async function template(name: string, args: string[] = []): Promise<string> {
  const path = join(dir, name);
  const r = await run(["expertise", "template", "--out", path, ...args]);
  if (r.code !== 0) throw new Error(r.stderr);
  return path;
}

/** What a coordinator does in Excel: types the name into B5 and the points into column F, then saves under a new name. */
async function fill(source: string, target: string, sheets: { name: string | null; points: Record<string, number | null> }[]): Promise<string> {
  const wb = await readWorkbook(source);
  sheets.forEach((s, i) => {
    const ws = wb.worksheets[i];
    if (s.name !== null) ws.getCell("B5").value = s.name;
    ws.eachRow((row, r) => {
      const id = row.getCell(2).value;
      if (r > 10 && typeof id === "string" && id in s.points) row.getCell(6).value = s.points[id];
    });
  });
  const path = join(dir, target);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The sheet in a formula engine, as Excel would compute it on opening (exceljs stores no formula results). */
function evaluate(ws: ExcelJS.Worksheet): (address: string) => unknown {
  const grid: unknown[][] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (cell.isMerged && cell.master.address !== cell.address) return;
    const v = cell.value as { formula?: string } | string | number | null;
    (grid[r - 1] ??= [])[c - 1] = v && typeof v === "object" && "formula" in v ? `=${v.formula}` : v;
  }));
  const rows = Array.from({ length: grid.length }, (_, r) => Array.from({ length: 11 }, (_, c) => grid[r]?.[c] ?? null));
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3" });
  return (address) => {
    const col = address.charCodeAt(0) - 65;
    return hf.getCellValue({ sheet: 0, row: Number(address.slice(1)) - 1, col });
  };
}

describe("shnor expertise template: fillable in Excel without the add-in", () => {
  test("one row per criterion with its maximum, points limited to 0..max, Russian instructions, only the input cells unlocked", async () => {
    const path = await template("municipal.xlsx");
    const wb = await readWorkbook(path);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Экспертиза");
    expect(sheetText(ws)).toContain("Как заполнить: 1) впишите в жёлтую ячейку B5 название муниципалитета");
    expect(ws.getRow(10).values).toEqual([undefined, "Раздел (направление)", "№ критерия", "Критерий", "Максимальный балл", "Блок", "Балл", "Комментарий",
      "Служебный: балл (механизмы)", "Служебный: максимум (механизмы)", "Служебный: балл (реализация)", "Служебный: максимум (реализация)"]);
    expect([8, 9, 10, 11].map((c) => ws.getColumn(c).hidden)).toEqual([true, true, true, true]);
    expect([ws.getCell("B11").value, ws.getCell("D11").value, ws.getCell("E11").value, ws.getCell("B29").value, ws.getCell("E29").value]).toEqual(["1.1", 2, "механизмы", "5.3", "реализация"]);
    expect(ws.getCell("F11").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 2], showErrorMessage: true });
    expect(ws.getCell("F11").protection).toMatchObject({ locked: false });
    expect(ws.getCell("B5").protection).toMatchObject({ locked: false });
    expect(ws.getCell("D11").protection?.locked).not.toBe(false);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell("B6").value).toEqual({ formula: "SUM(F11:F29)" });
    // The level through the add-in's function, with a plain-sum fallback where the add-in is absent (#NAME? → IFERROR).
    expect(ws.getCell("B7").value).toEqual({ formula: 'IFERROR(SHNOR.EXPERTISELEVEL(H11:H29,I11:I29),IFERROR(SUM(H11:H29)/SUM(I11:I29),""))' });
    expect(ws.getCell("H11").value).toEqual({ formula: 'IF($E11="реализация",0,N(F11))' });
  });

  test("the sheet's own formulas give the level and verdicts the summary gives (without the add-in: the SUM fallback)", async () => {
    const filled = await fill(await template("north-template.xlsx"), "north.xlsx", [{ name: "Северный МР", points: NORTH }]);
    const cell = evaluate((await readWorkbook(filled)).worksheets[0]);
    expect(cell("B6")).toBe(29);
    expect(cell("C6")).toBe("из 38");
    expect(cell("B7")).toBeCloseTo(24 / 28, 9);
    expect(cell("C7")).toBe("механизмы сформированы (не ниже 70 %)");
    expect(cell("B8")).toBe(0.5);
    expect(cell("C8")).toBe("меры реализованы (не ниже 50 %)");
    expect(cell("B9")).toBe(0);

    const r = await json(["expertise", "summary", filled, "--year", "2025"]);
    expect(r.rubric).toMatchObject({ id: "municipalRoadmap", criteria: 19, maxPoints: 38 });
    expect(r.objects).toHaveLength(1);
    expect(r.objects[0]).toMatchObject({
      object: "Северный МР", file: filled, sheet: "Экспертиза", points: 29, max: 38,
      mechanisms: { points: 24, max: 28 }, implementation: { points: 5, max: 10, level: 0.5 }, mechanismsFormed: true, measuresImplemented: true, unscored: [],
    });
    expect(r.objects[0].mechanisms.level).toBeCloseTo(24 / 28, 12);
  });

  test("--object writes one named sheet per municipality; --lang en an English template that reads back", async () => {
    const two = await readWorkbook(await template("two.xlsx", ["--object", "Южный МР", "Западный МР"]));
    expect(two.worksheets.map((w) => w.name)).toEqual(["Южный МР", "Западный МР"]);
    expect(two.worksheets[1].getCell("B5").value).toBe("Западный МР");
    const en = await template("en.xlsx", ["--lang", "en"]);
    expect((await readWorkbook(en)).worksheets[0].getRow(10).values).toEqual([undefined, "Section (direction)", "Criterion No.", "Criterion", "Max points", "Part", "Points", "Comment",
      "Helper: points (mechanisms)", "Helper: maximum (mechanisms)", "Helper: points (implementation)", "Helper: maximum (implementation)"]);
    const filled = await fill(en, "en-filled.xlsx", [{ name: "North", points: NORTH }]);
    const r = await json(["expertise", "summary", filled, "--year", "2025", "--lang", "en"]);
    expect(r.objects[0]).toMatchObject({ object: "North", mechanismsFormed: true, measuresImplemented: true });
  });
});

describe("shnor expertise summary: many templates → indicators 17–18", () => {
  let files: string[];

  beforeAll(async () => {
    const blank = await template("blank.xlsx");
    files = [
      await fill(blank, "01-north.xlsx", [{ name: "Северный МР", points: NORTH }]),
      await fill(blank, "02-east.xlsx", [{ name: "Восточный МР", points: points(() => 1, () => 2) }]),
      await fill(await template("two-sheets.xlsx", ["--object", "Южный МР", "Западный МР"]), "03-south-west.xlsx", [
        { name: null, points: points(() => 2, () => 0) },
        { name: null, points: points((id) => (["1.1", "2.1", "3.1", "4.1"].includes(id) ? 0 : 2), (id) => (["1.4", "2.4"].includes(id) ? 2 : null)) },
      ]),
      await fill(blank, "04-noname.xlsx", [{ name: null, points: points(() => 0, () => 0) }]),
    ];
  });

  test("levels per municipality from files and sheets; 3 of 5 formed (60 % ≥ 60 %), 2 of 5 implemented (40 % ≥ 40 %)", async () => {
    const r = await json(["expertise", "summary", ...files, "--year", "2025"]);
    const by = Object.fromEntries(r.objects.map((o: { object: string }) => [o.object, o]));
    expect(Object.keys(by)).toEqual(["Северный МР", "Восточный МР", "Южный МР", "Западный МР", "04-noname"]);
    expect([by["Восточный МР"].mechanisms.level, by["Восточный МР"].implementation.level]).toEqual([0.5, 1]);
    expect(by["Западный МР"]).toMatchObject({ sheet: "Западный МР", mechanisms: { points: 20, max: 28 }, implementation: { points: 4, max: 10, level: 0.4 }, unscored: ["3.4", "4.4", "5.3"] });
    expect(r.objects.map((o: { mechanismsFormed: boolean }) => o.mechanismsFormed)).toEqual([true, false, true, true, false]);
    expect(r.objects.map((o: { measuresImplemented: boolean }) => o.measuresImplemented)).toEqual([true, true, false, false, false]);
    expect(r.indicators.mechanisms).toMatchObject({ indicator: 17, n: 3, m: 5, share: 0.6, target: 0.6, met: true });
    expect(r.indicators.implementation).toMatchObject({ indicator: 18, n: 2, m: 5, share: 0.4, target: 0.4, met: true });
    const codes = r.warnings.map((w: { code: string; file: string }) => [w.code, w.file.split("/").pop()]);
    expect(codes).toContainEqual(["cli_expertise_name_missing", "04-noname.xlsx"]);
    expect(codes.filter((c: string[]) => c[0] === "ctx_points_blank")).toHaveLength(3);
    // In 2026 the yearly minimums (100 %, 80 %) apply.
    const later = await json(["expertise", "summary", ...files, "--year", "2026"]);
    expect([later.indicators.mechanisms.met, later.indicators.implementation.met]).toEqual([false, false]);
  });

  test("xlsx: indicators, levels, sections and the sources; the summary line and the located warnings", async () => {
    const out = join(dir, "summary.xlsx");
    const r = await run(["expertise", "summary", ...files, "--year", "2025", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Предупреждение: файл 04-noname.xlsx, лист «Экспертиза»: не указан объект экспертизы (ячейка Экспертиза!B5): использовано имя «04-noname»");
    expect(r.stderr).toContain("Предупреждение: файл 03-south-west.xlsx, 'Западный МР'!F22, столбец «Балл»: критерий 3.4 не оценён (пустая ячейка считается как 0)");
    expect(r.stderr).toMatch(/Экспертиза 2025: объектов — 5, файлов — 4; механизмы сформированы у 3 \(60 %\), меры реализованы у 2 \(40 %\)/);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Экспертиза 2025", "Источники"]);
    expect(sheetText(wb.worksheets[1])).toContain("03-south-west.xlsx");
  });

  test("--level-basis total judges both verdicts on all criteria; a higher threshold is an option", async () => {
    const r = await json(["expertise", "summary", files[0], "--year", "2025", "--level-basis", "total", "--implementation-threshold", "80%"]);
    expect(r.settings).toEqual({ mechanismsThreshold: 0.7, implementationThreshold: 0.8, levelBasis: "total" });
    expect(r.objects[0].implementation).toMatchObject({ points: 29, max: 38 });
    expect(r.objects[0].measuresImplemented).toBe(false);
  });

  test("the school rubric is recognised; mixing rubrics is an error naming the sheet", async () => {
    const school = await fill(await template("school.xlsx", ["--rubric", "school"]), "school-filled.xlsx", [{ name: "СОШ № 1", points: { "1.1": 2, "1.2": 1 } }]);
    const r = await json(["expertise", "summary", school, "--year", "2025"]);
    expect(r.rubric).toMatchObject({ id: "schoolProgramme", criteria: 14 });
    const mixed = await run(["expertise", "summary", files[0], school, "--year", "2025"]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("файл school-filled.xlsx, Экспертиза!10: критерии листа (14: 1.1, 1.2, 2.1, …) не совпадают с критериями первого оценённого листа (19: 1.1, 1.2, 1.3, …, файл 01-north.xlsx)");
  });

  test("bad points (pasted past the validation) and a municipality evaluated twice: file and cell, exit 1, nothing written", async () => {
    const wb = await readWorkbook(files[0]);
    wb.worksheets[0].getCell("F12").value = 3;
    wb.worksheets[0].getCell("F13").value = "два";
    const bad = join(dir, "bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const out = join(dir, "never.xlsx");
    const r = await run(["expertise", "summary", bad, files[0], "--year", "2025", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл bad.xlsx, Экспертиза!F12, столбец «Балл»: критерий 1.2: балл 3 больше максимального (2)");
    expect(r.stderr).toContain("файл bad.xlsx, Экспертиза!F13, столбец «Балл»: ожидалось число, а найден текст «два»");
    expect(r.stderr).toContain("файл 01-north.xlsx, лист «Экспертиза»: «Северный МР» уже оценён: файл bad.xlsx, лист «Экспертиза»");
    expect(existsSync(out)).toBe(false);
  });

  test("a file without a criteria table, and usage errors", async () => {
    const other = join(dir, "other.csv");
    writeFileSync(other, "Логин ОО;Балл\nA;1\n");
    const r = await run(["expertise", "summary", other, "--year", "2025"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл other.csv, в файле нет ни одного листа с таблицей критериев");
    expect((await run(["expertise", "summary", files[0]])).code).toBe(2);
    expect((await run(["expertise", "template", "--rubric", "nope", "--out", join(dir, "x.xlsx")])).code).toBe(2);
    expect((await run(["expertise", "template", "--out", join(dir, "x.csv")])).code).toBe(2);
    expect((await run(["expertise", "summary", files[0], "--year", "2025", "--mechanisms-threshold", "1,5"])).code).toBe(2);
  });
});
