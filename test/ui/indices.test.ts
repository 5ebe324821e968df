/**
 * «Индексы и отклонение ГИА» and «Формулы → значения» in the built pane in Chromium at 360 px, through the test host
 * bridge. Indices: student results of a trimmed sample region (60 schools, three years) as an .xlsx, walked from
 * source to written sheets partly by keyboard; the summary and the written sheets are held against the core's
 * analyseStudentIndices. Formulas → values: a workbook with SHNOR formulas (cached results), converted on the current
 * sheet and then the whole workbook by the bridge's exceljs implementation. Screenshots: test-results/ui/indices-*.png
 * and formulas-to-values*.png.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { analyseStudentIndices } from "../../src/core/report/studentIndices";
import { procedureText } from "../../src/core/report/indicesSheets";
import { readStudentTable } from "../../src/core/table/students";
import { FileHost, readSourceFile } from "../../src/host/file";
import { generateRegion } from "../../src/sample/generateRegion";
import { studentsTable } from "../../src/sample/studentsFile";
import { describeInChromium } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, shot, tabTo, useWalk } from "./walk";

const isFocused = (page: Page, name: string) => heading(page, 3, name).evaluate((el) => el === document.activeElement);

/** The sample region's students (60 schools) as a regional export: one sheet, an Excel table under a title. */
async function writeStudents(file: string): Promise<void> {
  const region = generateRegion({ seed: 7, schools: 60 });
  await new FileHost({ output: file, existing: "overwrite" }).writeReport({
    sheets: [{ name: "Результаты", title: "Результаты обучающихся", tables: [studentsTable(region)] }],
  }, { replace: true });
}

/** Two sheets with SHNOR formulas (their last results cached) next to an ordinary formula and constants. */
async function writeFormulas(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const calc = wb.addWorksheet("Расчёт");
  calc.addRow(["Логин ОО", "ИНР", "ШНОР", "Сумма"]);
  calc.addRow(["S1", { formula: "SHNOR.INR(Данные!A2:H40)", result: 0.25 }, { formula: "SHNORDEV.IS_SHNOR(A2)", result: "да" }, { formula: "SUM(B2:B3)", result: 0.4 }]);
  calc.addRow(["S2", 0.15, "нет", null]);
  const other = wb.addWorksheet("Сводка");
  other.addRow(["Школ ШНОР", { formula: "SHNOR.COUNT_SHNOR(Расчёт!C2:C3)", result: 1 }]);
  await wb.xlsx.writeFile(file);
}

/** Every row of a sheet as plain values (index 0 is column A). */
async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v))));
  return rows;
}

describeInChromium("indices and formulas → values in the built pane (Chromium, 360 px, file host bridge)", () => {
  let students: string;
  let formulas: string;

  const walk = useWalk("shnor-idx-", async (tmp) => {
    students = path.join(tmp, "students.xlsx");
    await writeStudents(students);
    formulas = path.join(tmp, "formulas.xlsx");
    await writeFormulas(formulas);
  });

  it("indices: student results → columns → check → settings → the core's ИНР and programme shares on the sheets", async () => {
    const output = path.join(walk.tmp, "indices-out.xlsx");
    const { page, log, session } = await walk.open({ input: students, output });
    await page.getByRole("button", { name: "Открыть: Индексы и отклонение ГИА" }).click();

    // 1. Source, by keyboard: the Excel table is chosen, Tab reaches the step's button.
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.getByRole("radio", { name: "Таблица Excel" }).isChecked()).toBe(true);
    // The step says which table it expects: student results, not the aggregate table of the other workflows.
    await page.getByText(/^Результаты обучающихся с заголовками столбцов: логин ОО, год, процедура/).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "indices-1-source.png");
    await tabTo(page, "Прочитать данные", 40);
    await page.keyboard.press("Enter");

    // 2. Columns: the canonical names are recognised without mapping; the focus moved to the step's heading.
    await heading(page, 3, "Шаг 2 из 6. Столбцы").waitFor();
    expect(await isFocused(page, "Шаг 2 из 6. Столбцы")).toBe(true);
    const score = page.getByRole("combobox", { name: /^Балл/ });
    expect(await score.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("G: score");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "indices-2-columns.png");
    await tabTo(page, "Проверить данные", 40);
    await page.keyboard.press("Enter");

    // 3. Check: what was read, against the file read in Node.
    await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();
    const rows = readStudentTable(await readSourceFile(students)).rows;
    expect(nbsp(await page.getByText(/^Принято строк:/).innerText())).toMatch(/школ: 60, годы: 2022, 2023, 2024\.$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "indices-3-check.png");
    await page.getByRole("button", { name: "Далее: настройки" }).click();

    // 4. Settings: latest year, RUS + MATH as mass subjects, target year 2025; add physics by keyboard (Space).
    await heading(page, 3, "Шаг 4 из 6. Настройки").waitFor();
    expect(await page.getByRole("combobox", { name: "Год результатов" }).inputValue()).toBe("2024");
    const mass = page.getByRole("group", { name: "Массовые предметы ИНР" });
    const checked = async () => (await mass.getByRole("checkbox").evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.getAttribute("aria-label") ?? e.closest("span,div")?.textContent ?? ""))).map((s) => s.trim());
    expect(await checked()).toEqual(["Русский язык", "Математика"]);
    expect(await page.getByRole("combobox", { name: "Год целевых значений программы" }).inputValue()).toBe("2025");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "indices-4-settings.png");
    await mass.getByRole("checkbox", { name: "Математика" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await checked()).toEqual(["Русский язык", "Математика", "Физика"]);
    await page.keyboard.press("Space");
    expect(await checked()).toEqual(["Русский язык", "Математика"]);
    await tabTo(page, "Рассчитать и записать", 40);
    await page.keyboard.press("Enter");

    // 6. Done: the card holds the core's numbers.
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor({ timeout: 60_000 });
    const { analysis } = analyseStudentIndices(rows, { massSubjects: ["RUS", "MATH"] }, { year: 2024, targetYear: 2025 });
    const card = page.locator(".fui-Card");
    const stat = async (label: string) => Number(nbsp(await card.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd").innerText()).replace(/\s/g, ""));
    expect(await stat("Школ")).toBe(new Set(analysis.schools.map((g) => g.schoolId)).size);
    expect(analysis.dynamics).not.toBeNull();
    const table = page.getByRole("table", { name: "ИНР региона по процедурам" });
    const pct = new Intl.NumberFormat("ru-RU", { style: "percent", maximumFractionDigits: 1 });
    for (const g of analysis.region) {
      const row = table.getByRole("row", { name: new RegExp(`^${procedureText(g.procedure)} ${g.grade}\\b`) });
      const cells = (await row.getByRole("cell").allInnerTexts()).map(nbsp);
      expect(cells).toEqual([g.inr === null ? "—" : nbsp(pct.format(g.inr)), String(g.participants)]);
    }
    const verdicts = (await page.locator("ul li").allInnerTexts()).map(nbsp);
    const inr = analysis.dynamics!.inr.share;
    expect(verdicts[0]).toMatch(new RegExp(`^ИНР \\(снижение\\): ${inr.n} из ${inr.m} `));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "indices-6-done.png");

    // The written sheets: the region ИНР rows carry the core's counts and shares.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const all: unknown[][] = [];
    for (const name of names) all.push(...(await sheetRows(output, name)));
    for (const g of analysis.region.filter((x) => x.inr !== null)) {
      const hit = all.find((r) => r.includes(procedureText(g.procedure)) && r.includes(g.grade) && r.includes(g.participants) && r.includes(g.lowCount) && r.includes(g.schools));
      expect(hit).toBeDefined();
      const share = hit!.filter((v): v is number => typeof v === "number" && v >= 0 && v <= 1);
      expect(share.some((v) => Math.abs(v - (g.inr as number)) < 1e-9)).toBe(true);
    }
    expect(JSON.parse(log.settings ?? "{}")).toMatchObject({ indices: { year: 2024, massSubjects: ["RUS", "MATH"], targetYear: 2025 } });
    expect(pageErrors(session)).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 180_000);

  it("formulas → values: the current sheet, then the whole workbook; other formulas and constants stay", async () => {
    const output = path.join(walk.tmp, "formulas-out.xlsx");
    const { page, session } = await walk.open({ input: formulas, output });
    await page.getByRole("button", { name: "Открыть: Формулы → значения" }).click();
    await page.getByRole("radio", { name: "Текущий лист" }).waitFor();
    expect(await page.getByRole("radio", { name: "Текущий лист" }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "formulas-to-values.png");

    // By keyboard: the button opens the confirmation; Escape leaves the workbook alone.
    await page.getByRole("button", { name: "Заменить формулы значениями" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog", { name: "Заменить формулы ШНОР значениями?" });
    await dialog.waitFor();
    expect(nbsp(await dialog.innerText())).toContain("(текущий лист)");
    // The dialog keeps a margin in the 360 px pane (Fluent would take the full width below 480 px).
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(12);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360 - 12);
    await shot(page, "formulas-to-values-confirm.png");
    await dialog.getByRole("button", { name: "Отмена" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(fs.existsSync(output)).toBe(false);

    await page.getByRole("button", { name: "Заменить формулы значениями" }).click();
    await dialog.getByRole("button", { name: "Заменить" }).click();
    await page.getByText("Заменено формул: 2. Листы: Расчёт.").waitFor();
    await shot(page, "formulas-to-values-done.png");
    const calc = new ExcelJS.Workbook();
    await calc.xlsx.readFile(output);
    const ws = calc.getWorksheet("Расчёт")!;
    expect([ws.getCell("B2").value, ws.getCell("C2").value]).toEqual([0.25, "да"]);
    expect(ws.getCell("D2").formula).toBe("SUM(B2:B3)");
    expect(calc.getWorksheet("Сводка")!.getCell("B1").formula).toBe("SHNOR.COUNT_SHNOR(Расчёт!C2:C3)");

    await page.getByRole("radio", { name: "Вся книга" }).check();
    await page.getByRole("button", { name: "Заменить формулы значениями" }).click();
    expect(nbsp(await dialog.innerText())).toContain("(вся книга)");
    await dialog.getByRole("button", { name: "Заменить" }).click();
    await page.getByText("Заменено формул: 1. Листы: Сводка.").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await sheetRows(output, "Сводка")).toEqual([["Школ ШНОР", 1]]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);
});
