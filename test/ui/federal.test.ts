/**
 * The pages of issue #7 added last, in the built pane in Chromium at 360 px over generated .xlsx files through the test
 * host bridge: the 2016 federal criteria with a second table of means (TV-9), ОИП, the deficits page's index dynamics
 * (indicators 11–12) and the ИСБШ page's ШНОР list. The written reports are read back with exceljs. Screenshots of the
 * steps go to test-results/ui/federal-*.png.
 */
import ExcelJS from "exceljs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import type { TableSpec } from "../../src/core/report/sheet";
import { FileHost } from "../../src/host/file";
import { describeInChromium } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, readAndCheck, sheetNames, shot, toSettings, useWalk } from "./walk";

/** A workbook of plain tables (one per sheet), each under an optional title. */
async function writeTables(file: string, sheets: { name: string; title?: string; table: string; header: string[]; rows: unknown[][] }[]): Promise<void> {
  await new FileHost({ output: file, existing: "overwrite" }).writeReport({
    sheets: sheets.map((s) => ({
      name: s.name,
      title: s.title,
      tables: [{ name: s.table, columns: s.header.map((h, i) => ({ key: `c${i}`, header: h })), rows: s.rows as TableSpec["rows"] }],
    })),
  }, { replace: true });
}

/** The cells of a written sheet's rows, from the row of the header `first` on, as text. */
async function writtenRows(file: string, sheetName: string, first: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.getWorksheet(sheetName)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows.slice(rows.findIndex((r) => r[0] === first));
}

const column = (rows: string[][], header: RegExp, id: string) => rows.find((r) => r[1] === id)?.[rows[0].findIndex((h) => header.test(h))];

/** The walk from Home to step 4 of the entry `title`. */
async function openToSettings(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: `Открыть: ${title}` }).click();
  await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
  await readAndCheck(page);
  await toSettings(page);
}

const RESOURCES_HEADER = [
  "Логин ОО", "Наименование ОО", "МО", "Год", "Укомплектованность", "Вакансии", "Доля педагогов пенсионного возраста", "Высшая и первая категория",
  "Средняя нагрузка", "Моложе 35 лет", "Оснащенные кабинеты", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена",
];

describeInChromium("federal criteria, ОИП, index dynamics and the ШНОР list in the built pane (Chromium, 360 px)", () => {
  let federal: string;
  let oip: string;
  let resources: string;
  let passport: string;

  const walk = useWalk("shnor-fed-", async (tmp) => {
    federal = path.join(tmp, "federal.xlsx");
    // TV-9: A 2 olympiad participants of 400 (0,50 %), B 3 (0,75 %); ЕГЭ gaps to 68: B 20 (not «более 20»), C 21.
    await writeTables(federal, [
      {
        name: "Школы", title: "Школы региона", table: "Schools",
        header: ["Логин ОО", "Наименование ОО", "МО", "Участники олимпиад", "Контингент 1", "Контингент 2", "Контингент 3", "ИСБШ", "Труднодоступный НП", "Доля безработных"],
        rows: [
          ["A", "Школа A", "МР-1", 2, 400, 400, 400, 60, "нет", 0.05],
          ["B", "Школа B", "МР-1", 3, 400, 400, 400, 55, "нет", 0.05],
          ["C", "Школа C", "МР-2", 20, 400, 400, 400, 30, "нет", 0.05],
          ["D", "Школа D", "МР-2", 20, 400, 400, 400, 50, "да", 0.12],
        ],
      },
      {
        name: "Средние", table: "Means", header: ["Логин ОО", "Процедура", "Средний балл ОО", "Средний балл по региону"],
        rows: [["A", "ЕГЭ русский язык", 70, 68], ["B", "ЕГЭ русский язык", 48, 68], ["C", "ЕГЭ русский язык", 47, 68], ["D", "ЕГЭ русский язык", 60, 68]],
      },
    ]);
    oip = path.join(tmp, "oip.xlsx");
    await writeTables(oip, [{
      name: "ОИП", table: "OIP", header: ["Логин ОО", "Наименование ОО", "МО", "Год", "ОИП"],
      rows: [
        ["S1", "Школа 1", "МР-1", 2023, 35], ["S1", "Школа 1", "МР-1", 2024, 34], ["S2", "Школа 2", "МР-1", 2023, 40], ["S2", "Школа 2", "МР-1", 2024, 38],
        ["S3", "Школа 3", "МР-2", 2023, 30], ["S3", "Школа 3", "МР-2", 2024, 32], ["S4", "Школа 4", "МР-2", 2024, 37],
      ],
    }]);
    resources = path.join(tmp, "resources.xlsx");
    // 2024 → 2025: S2 fewer vacancies, S3 more qualified staff and broadband; S1 unchanged.
    await writeTables(resources, [{
      name: "Ресурсы", table: "Resources", header: RESOURCES_HEADER,
      rows: [
        ["S1", "Школа 1", "МР-1", 2024, 1, 0, 0.2, 0.6, 1.5, 0.2, 0.9, 20, "да", "да", "нет", "нет"],
        ["S2", "Школа 2", "МР-1", 2024, 0.9, 5, 0.2, 0.5, 1.8, 0.1, 0.8, 15, "да", "да", "нет", "нет"],
        ["S3", "Школа 3", "МР-2", 2024, 1, 0, 0.4, 0.4, 1.6, 0.1, 0.7, 10, "нет", "нет", "нет", "нет"],
        ["S1", "Школа 1", "МР-1", 2025, 1, 0, 0.2, 0.6, 1.5, 0.2, 0.9, 20, "да", "да", "нет", "нет"],
        ["S2", "Школа 2", "МР-1", 2025, 0.9, 2, 0.2, 0.5, 1.8, 0.1, 0.8, 15, "да", "да", "нет", "нет"],
        ["S3", "Школа 3", "МР-2", 2025, 1, 0, 0.4, 0.5, 1.6, 0.1, 0.7, 10, "да", "нет", "нет", "нет"],
      ],
    }]);
    passport = path.join(tmp, "passport.xlsx");
    // TV-8: D alone in the risk zone; the ШНОР list (as the identify page writes it) has A and D.
    await writeTables(passport, [
      {
        name: "Паспорт", title: "Социальный паспорт школ", table: "Passport",
        header: ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Оба родителя с высшим образованием", "Безработные родители", "Девиантное поведение", "Русский язык неродной"],
        rows: [
          ["A", "Школа A", "МР-1", "город", 0.4, 0.05, 0, 0.02], ["B", "Школа B", "МР-1", "село", 0.2, 0.1, 0, 0.1],
          ["C", "Школа C", "МР-2", "город", 0.3, 0.15, 0, 0.06], ["D", "Школа D", "МР-2", "село", 0.1, 0.3, 0, 0.3],
        ],
      },
      { name: "ШНОР 2025", title: "Список ШНОР 2025", table: "ShnorList", header: ["Логин ОО", "Наименование ОО", "ШНОР"], rows: [["A", "Школа A", "да"], ["B", "Школа B", "нет"], ["D", "Школа D", "да"]] },
    ]);
  });

  it("2016 criteria: the schools table, the means as a second table, TV-9 on the written sheet", async () => {
    const output = path.join(walk.tmp, "federal-out.xlsx");
    const { page, session } = await walk.open({ input: federal, output });
    await heading(page, 3, "Критерии ФЦПРО 2016").waitFor();
    await shot(page, "federal-home.png");
    await page.getByRole("button", { name: "Открыть: Критерии ФЦПРО 2016" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    await shot(page, "federal-1-source.png");
    expect(await page.locator("select").first().inputValue()).toBe("Schools");
    await readAndCheck(page);
    expect(nbsp(await page.getByText(/^Принято строк:/).innerText())).toMatch(/школ: 4/);
    await toSettings(page);
    await page.getByRole("combobox", { name: "Средние баллы по процедурам (необязательно)" }).selectOption({ label: "Таблица «Means»" });
    await page.getByText("Прочитано средних: 4 (школ: 4).").waitFor();
    await page.getByRole("textbox", { name: "Безработица по региону" }).fill("0,06");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();

    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const criteria = (await page.getByRole("list", { name: "По критериям" }).getByRole("listitem").allInnerTexts()).map(nbsp);
    expect(criteria).toContain("Разрыв со средним по региону более порога: 1");
    expect(criteria).toContain("Олимпиады: 0,5 % и ниже: 1");
    expect(criteria).toContain("Высокая безработица: 1");
    expect((await page.getByRole("list", { name: "Школы ШНРО" }).getByRole("listitem").allInnerTexts()).map(nbsp)).toEqual(["Школа A: критериев 1", "Школа C: критериев 2"]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-6-done.png");

    expect(await sheetNames(output)).toEqual(["Критерии ФЦПРО 2016"]);
    const rows = await writtenRows(output, "Критерии ФЦПРО 2016", "Муниципалитет");
    expect(["A", "B", "C", "D"].map((id) => column(rows, /^Разрыв/, id))).toEqual(["нет", "нет", "да", "нет"]);
    expect(["A", "B", "C", "D"].map((id) => column(rows, /^ШНРО/, id))).toEqual(["да", "нет", "да", "нет"]);
    expect(pageErrors(session)).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 120_000);

  it("ОИП: the latest year's flags and growth, written to «ОИП 2024»", async () => {
    const output = path.join(walk.tmp, "oip-out.xlsx");
    const { page, session } = await walk.open({ input: oip, output });
    await openToSettings(page, "ОИП");
    expect(await page.getByRole("combobox", { name: "Год" }).inputValue()).toBe("2024");
    expect(await page.getByRole("textbox", { name: "Целевое значение ОИП" }).inputValue()).toBe("36");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-oip-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    expect(nbsp(await page.getByText(/^Прирост ОИП/).innerText())).toBe("Прирост ОИП у 1 из 3 школ (33,3 %).");
    expect((await page.getByRole("list", { name: "Ниже цели и со снижением" }).getByRole("listitem").allInnerTexts()).map(nbsp)).toEqual(["Школа 1: 35 → 34"]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-oip-6-done.png");
    expect(await sheetNames(output)).toEqual(["ОИП 2024"]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);

  it("deficits: two years in the table give indicators 11–12 in the summary and on a fourth sheet", async () => {
    const output = path.join(walk.tmp, "deficits-out.xlsx");
    const { page, session } = await walk.open({ input: resources, output });
    await openToSettings(page, "Кадровые и инфраструктурные дефициты");
    await page.getByText("Динамика индексов 2024–2025 (показатели 11\u2060–\u206012)").waitFor();
    await page.getByRole("combobox", { name: "Целевое значение какого года" }).selectOption("2026");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-deficits-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const lines = (await page.getByRole("list", { name: "Динамика индексов 2024–2025" }).getByRole("listitem").allInnerTexts()).map(nbsp);
    // Staffing: S2 and S3 of 3 (66,7 % ≥ 40 %); equipment: S3 of 3 (33,3 % < 40 %).
    expect(lines[0]).toBe("Показатель 11 (кадры): положительная динамика у 2 из 3 (66,7 %)\nЦель 2026 г. — 40 %: достигнуто");
    expect(lines[1]).toBe("Показатель 12 (МТО): положительная динамика у 1 из 3 (33,3 %)\nЦель 2026 г. — 40 %: не достигнуто");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-deficits-6-done.png");
    expect(await sheetNames(output)).toEqual(["Кадры 2025", "МТО 2025", "Ресурсные дефициты 2025", "Динамика индексов 2025"]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);

  it("ИСБШ with the ШНОР list chosen in the settings: «из них ШНОР» in the summary and on the zone sheet", async () => {
    const output = path.join(walk.tmp, "isbs-out.xlsx");
    const { page, session } = await walk.open({ input: passport, output });
    await page.getByRole("button", { name: "Открыть: ИСБШ и зона риска" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.locator("select").first().inputValue()).toBe("Passport");
    await readAndCheck(page);
    await toSettings(page);
    await page.getByRole("combobox", { name: "Список ШНОР (необязательно)" }).selectOption({ label: "Лист «ШНОР 2025»" });
    await page.getByText("Школ в списке ШНОР: 2.").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-isbs-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    expect(nbsp(await page.getByRole("list", { name: "Школы в зоне риска" }).innerText())).toContain("Школа D: ИСБШ 34,06 · ШНОР");
    expect(nbsp(await page.getByRole("term").filter({ hasText: "Из них ШНОР" }).locator("xpath=following-sibling::dd").innerText())).toBe("1");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "federal-isbs-6-done.png");
    const zone = await writtenRows(output, "Зона риска ИСБШ", "Муниципалитет");
    expect(zone[0]).toContain("из них ШНОР");
    expect(zone.find((r) => r[0] === "Итого")?.[zone[0].indexOf("из них ШНОР")]).toBe("1");
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);
});
