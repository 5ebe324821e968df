/**
 * The ИСБШ page in the built pane in Chromium at 360 px, over a generated social-passport .xlsx (TV-8) through the
 * test host bridge: home → source → mapping → check → settings → written sheets, by keyboard where it matters.
 * The written report is read back with exceljs. Screenshots of every step go to test-results/ui/context-*.png.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { SEED000_TEMPLATE, targetFor } from "../../src/core/indicators/programmeTemplates";
import { FileHost } from "../../src/host/file";
import { describeInChromium } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, readAndCheck, sheetNames, shot, tabTo, toSettings, useWalk } from "./walk";

const TV8_ISBS = [61.53, 50.94, 53.47, 34.06];

/** TV-8 as a region's social passport: an Excel table under a title, shares as fractions. */
async function writePassport(file: string): Promise<void> {
  const header = ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Оба родителя с высшим образованием", "Безработные родители", "Девиантное поведение", "Русский язык неродной"];
  const rows = [
    ["A", "Школа A", "МР-1", "город", 0.4, 0.05, 0, 0.02],
    ["B", "Школа B", "МР-1", "село", 0.2, 0.1, 0, 0.1],
    ["C", "Школа C", "МР-2", "город", 0.3, 0.15, 0, 0.06],
    ["D", "Школа D", "МР-2", "село", 0.1, 0.3, 0, 0.3],
  ];
  await new FileHost({ output: file, existing: "overwrite" }).writeReport({
    sheets: [{
      name: "Паспорт",
      title: "Социальный паспорт школ",
      tables: [{ name: "Passport", columns: header.map((h, i) => ({ key: `c${i}`, header: h, format: i >= 4 ? "percent" : "text" })), rows }],
    }],
  }, { replace: true });
}

/** Seed 000 inputs for 2025: the first indicator on its target, the second one short of it, a third left blank. */
async function writeInputs(file: string): Promise<void> {
  const [a, b, c] = SEED000_TEMPLATE.indicators;
  const n = (x: typeof a, delta: number) => Math.round((targetFor(x, 2025) as number) * 100) + delta;
  await new FileHost({ output: file, existing: "overwrite" }).writeReport({
    sheets: [{
      name: "Ввод",
      tables: [{
        name: "Inputs",
        columns: [{ key: "id", header: "Код показателя", format: "text" }, { key: "title", header: "Показатель" }, { key: "n", header: "n", format: "integer" }, { key: "m", header: "m", format: "integer" }],
        rows: [[a.id, a.title, n(a, 0), 100], [b.id, b.title, n(b, -1), 100], [c.id, c.title, null, null]],
      }],
    }],
  }, { replace: true });
}

/** Wide «500+» profiles of four schools (two towns, two villages): factor 1 high in three, factor 2 in two. */
async function writeProfiles(file: string): Promise<void> {
  const levels = (high: number[]) => Array.from({ length: 10 }, (_, i) => (high.includes(i + 1) ? "высокая" : "низкая"));
  const header = ["Логин ОО", "Наименование ОО", "МО", "Город/село", ...Array.from({ length: 10 }, (_, i) => `Фактор ${i + 1}`)];
  const rows = [
    ["S1", "Школа 1", "МР-1", "город", ...levels([1, 2])],
    ["S2", "Школа 2", "МР-1", "город", ...levels([1])],
    ["S3", "Школа 3", "МР-2", "село", ...levels([1, 2, 6])],
    ["S4", "Школа 4", "МР-2", "село", ...levels([])],
  ];
  await new FileHost({ output: file, existing: "overwrite" }).writeReport({
    sheets: [{ name: "Профили", tables: [{ name: "Profiles", columns: header.map((h, i) => ({ key: `c${i}`, header: h })), rows }] }],
  }, { replace: true });
}

describeInChromium("context pages in the built pane (Chromium, 360 px, file host bridge)", () => {
  let passport: string;
  let inputs: string;
  let profiles: string;

  const walk = useWalk("shnor-ctx-", async (tmp) => {
    passport = path.join(tmp, "passport.xlsx");
    await writePassport(passport);
    inputs = path.join(tmp, "inputs.xlsx");
    await writeInputs(inputs);
    profiles = path.join(tmp, "profiles.xlsx");
    await writeProfiles(profiles);
  });

  it("ИСБШ: TV-8 from the passport to the written index and risk zone, D alone in the zone", async () => {
    const output = path.join(walk.tmp, "isbs-out.xlsx");
    const { page, session } = await walk.open({ input: passport, output });

    await heading(page, 3, "ИСБШ и зона риска").waitFor();
    await shot(page, "context-home.png");
    await page.getByRole("button", { name: "Открыть: ИСБШ и зона риска" }).click();

    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.getByRole("radio", { name: "Таблица Excel" }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-isbs-1-source.png");
    await tabTo(page, "Прочитать данные");
    await page.keyboard.press("Enter");

    await heading(page, 3, "Шаг 2 из 6. Столбцы").waitFor();
    const deviant = page.getByRole("combobox", { name: /Доля детей с девиантным поведением/ });
    expect(await deviant.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("G: Девиантное поведение");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-isbs-2-mapping.png");
    await page.getByRole("button", { name: "Проверить данные" }).click();

    await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();
    expect(nbsp(await page.getByText(/^Принято строк:/).innerText())).toMatch(/школ: 4/);
    await shot(page, "context-isbs-3-check.png");
    await toSettings(page);
    expect(await page.getByRole("checkbox").count()).toBe(4);
    expect(await page.getByRole("textbox", { name: /Зона риска, % школ/ }).inputValue()).toBe("25");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-isbs-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();

    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const zone = nbsp(await page.getByRole("list", { name: "Школы в зоне риска" }).innerText());
    expect(zone).toContain("Школа D: ИСБШ 34,06");
    expect(zone).toContain("самый низкий в МР");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-isbs-6-done.png");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["ИСБШ", "Зона риска ИСБШ"]);
    const ws = wb.getWorksheet("ИСБШ");
    const found: Record<string, number> = {};
    ws?.eachRow((row) => {
      const values = row.values as unknown[];
      const id = values.findIndex((v) => typeof v === "string" && /^[ABCD]$/.test(v));
      if (id < 0) return;
      const numbers = values.filter((v): v is number => typeof v === "number");
      // The index is the row's last number but the municipality mean: T-scores sit between 0 and 100.
      found[values[id] as string] = numbers[numbers.length - 2];
    });
    ["A", "B", "C", "D"].forEach((id, i) => expect(Math.abs(found[id] - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    expect(pageErrors(session)).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 120_000);

  it("programme indicators: an empty input sheet for the chosen template, then the dashboard with verdicts", async () => {
    const output = path.join(walk.tmp, "programme-out.xlsx");
    const { page, session } = await walk.open({ input: inputs, output });
    await page.getByRole("button", { name: "Открыть: Показатели программы" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.getByRole("combobox", { name: "Шаблон показателей" }).inputValue()).toBe("seed000");
    await page.getByText("Лист ввода: строка на показатель — код, n и m (и при необходимости n и m прошлого года).").waitFor();
    await page.getByRole("button", { name: "Записать пустой лист ввода" }).click();
    await page.getByText(/^Записан лист «Ввод 2025»/).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-programme-1-template.png");
    expect(await sheetNames(output)).toEqual(["Ввод 2025", "Шаблон"]);
    fs.rmSync(output);

    await readAndCheck(page);
    await page.getByText(`Показателей с данными: 2 из ${SEED000_TEMPLATE.indicators.length}.`).waitFor();
    await toSettings(page);
    await page.getByRole("combobox", { name: "Год" }).selectOption("2025");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const lines = await page.getByRole("list", { name: "Показатели и выводы" }).getByRole("listitem").allInnerTexts();
    expect(nbsp(lines[0])).toMatch(/— достигнуто$/);
    expect(nbsp(lines[1])).toMatch(/— не достигнуто$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-programme-6-done.png");
    expect(await sheetNames(output)).toEqual(["Показатели 2025"]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);

  it("risk profiles and expertise: the top factors of four schools; the expertise page's rubric and template", async () => {
    const output = path.join(walk.tmp, "risks-out.xlsx");
    const { page, session } = await walk.open({ input: profiles, output });
    await page.getByRole("button", { name: "Открыть: Рисковые профили (500+)" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    await readAndCheck(page);
    await toSettings(page);
    const top = page.getByRole("spinbutton", { name: "Сколько главных факторов назвать" });
    await top.fill("2");
    await top.press("Tab");
    await shot(page, "context-risks-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const items = (await page.getByRole("list", { name: "Главные факторы риска" }).getByRole("listitem").allInnerTexts()).map(nbsp);
    expect(items).toEqual(["1. Низкий уровень оснащения школы — 75 %", "2. Дефицит педагогических кадров — 50 %"]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-risks-6-done.png");

    await page.getByRole("button", { name: "На главную" }).click();
    await page.getByRole("button", { name: "Открыть: Экспертиза" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    await page.getByRole("combobox", { name: "Рубрика" }).selectOption("schoolProgramme");
    await page.getByRole("textbox", { name: /Объекты экспертизы/ }).fill("Школа 1\nШкола 2");
    await page.getByRole("button", { name: "Записать шаблон экспертизы" }).click();
    await page.getByText(/^Записан лист «Шаблон экспертизы»/).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "context-expertise-1-template.png");
    expect(await sheetNames(output)).toEqual(["Рисковые профили", "Факторы риска", "Шаблон экспертизы"]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);
});
