/**
 * The built pane in Chromium at 360 px, walking the workflows against a real .xlsx through the test host bridge
 * (a FileHost on the Node side): identify from source to written sheets, the replace confirmation, a bad file whose
 * problems link to their cells, Cancel during a slow read, and dynamics over the bundled sample region. The
 * written report is read back with exceljs. Screenshots of every step go to test-results/ui/.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { identify } from "../../src/core/indicators/identify";
import { dynamicsReport } from "../../src/core/indicators/dynamicsReport";
import { readAggregateTable } from "../../src/core/table/aggregate";
import { FileHost, readSourceFile } from "../../src/host/file";
import { generateRegion } from "../../src/sample/generateRegion";
import { sampleWorkbook } from "../../src/sample/sampleReport";
import { describeInChromium, repoRoot } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, sheetNames, shot, tabTo, toSettings, useWalk } from "./walk";

const sampleRegion = path.join(repoRoot, "samples", "region-sample.xlsx");

/** Waits for a Node-side condition (what the bridge recorded); fails after `ms`. */
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A small region (60 schools, three years) as a regional export looks: title row, Russian headers, an Excel table. */
async function writeRegion(file: string, edit?: (rows: (string | number | boolean | null)[][]) => void): Promise<void> {
  const spec = sampleWorkbook(generateRegion({ seed: 7, schools: 60 }));
  edit?.(spec.sheets[0].tables[0].rows);
  await new FileHost({ output: file, existing: "overwrite" }).writeReport(spec, { replace: true });
}

/** Table row k of the fixture is sheet row 4 + k (title, blank line, header above it). */
const sheetRow = (k: number) => k + 4;

describeInChromium("workflows in the built pane (Chromium, 360 px, file host bridge)", () => {
  let good: string;
  let bad: string;
  let totalsRow: number;

  const walk = useWalk("shnor-wf-", async (tmp) => {
    good = path.join(tmp, "region.xlsx");
    bad = path.join(tmp, "region-bad.xlsx");
    await writeRegion(good);
    await writeRegion(bad, (rows) => {
      rows[6][7] = 5; // H10: 5 participants…
      rows[6][8] = 9; // I10: …and 9 failed
      rows[11][6] = "ВПР 9 кл. химия"; // G15: not an assessment of the catalogue
      rows[16][7] = "много"; // H20: text for a count
      totalsRow = sheetRow(rows.length);
      rows.push(["Итого", "", "", "", "", "", "", "", "", null]); // a totals row: a warning, not an error
    });
  });

  it("identify: source → mapping → check → settings → written sheets, then asks before replacing them", async () => {
    const output = path.join(walk.tmp, "identify-out.xlsx");
    const { page, log } = await walk.open({ input: good, output, slowWrite: { ticks: 8, tickMs: 300 } });

    // Home lists both workflows first, each saying in one line what it does.
    await heading(page, 3, "Список ШНОР и зона риска").waitFor();
    await heading(page, 3, "Динамика за два года").waitFor();
    await shot(page, "workflows-home.png");
    await page.getByRole("button", { name: "Открыть: Список ШНОР и зона риска" }).click();

    // 1. Source: the file has no selection, one Excel table and one sheet; the table is chosen.
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.getByRole("radio", { name: "Выделенный диапазон (ничего не выделено)" }).isDisabled()).toBe(true);
    expect(await page.getByRole("radio", { name: "Таблица Excel" }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "identify-1-source.png");
    // By keyboard: from the page title (which has the focus) through the choices to the step's button.
    expect(await heading(page, 2, "Список ШНОР и зона риска").evaluate((el) => el === document.activeElement)).toBe(true);
    await tabTo(page, "Прочитать данные");
    await page.keyboard.press("Enter");

    // 2. Mapping: Russian headers recognised, required fields starred, a sample under each column.
    const mappingHeading = heading(page, 3, "Шаг 2 из 6. Столбцы");
    await mappingHeading.waitFor();
    expect(await mappingHeading.evaluate((el) => el === document.activeElement)).toBe(true);
    const schoolId = page.getByRole("combobox", { name: /Логин ОО/ });
    expect(await schoolId.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("A: Логин ОО");
    expect(await page.getByRole("combobox", { name: /Количество «2»/ }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('I: Количество "2"');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "identify-2-mapping.png");
    await page.getByRole("button", { name: "Проверить данные" }).click();

    // 3. Check: no problems; what was read is stated.
    await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();
    const facts = nbsp(await page.getByText(/^Принято строк:/).innerText());
    expect(facts).toMatch(/школ: 60, годы: 2022, 2023, 2024\.$/);
    await page.getByText("Ошибок не найдено. Можно переходить к настройкам.").waitFor();
    await shot(page, "identify-3-check.png");
    await page.getByRole("button", { name: "Далее: настройки" }).click();

    // 4. Settings: years from the data, latest first; threshold 30 %; the methodology's rule.
    await heading(page, 3, "Шаг 4 из 6. Настройки").waitFor();
    const year = page.getByRole("combobox", { name: "Год результатов" });
    expect(await year.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value))).toEqual(["2024", "2023", "2022"]);
    expect(await year.inputValue()).toBe("2024");
    expect(await page.getByRole("textbox", { name: "Порог низкого результата" }).inputValue()).toBe("30");
    expect(await page.getByRole("radio", { name: "В любых процедурах (по методике)" }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "identify-4-settings.png");
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();

    // 5. Run: computed, now writing sheet by sheet, with counts and Cancel.
    await heading(page, 3, "Шаг 5 из 6. Расчёт и запись").waitFor();
    await page.getByRole("status").getByText(/^Записано: [0-3] из 3$/).waitFor();
    await shot(page, "identify-5-run.png");

    // 6. Done: the summary card holds the core's numbers, the sheets are in the file.
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    const table = readAggregateTable(await readSourceFile(good));
    const expected = identify(table.rows, 2024).summary;
    const card = page.locator(".fui-Card");
    const stat = async (label: string) => Number(nbsp(await card.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd").innerText()).replace(/\s/g, ""));
    expect(await stat("Школ")).toBe(expected.schools);
    expect(await stat("ШНОР")).toBe(expected.shnor);
    expect(await stat("Зона риска")).toBe(expected.riskZone);
    expect(expected.shnor).toBeGreaterThan(0);
    await page.locator("svg rect").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "identify-6-done.png");
    expect(await sheetNames(output)).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const listRows = wb.getWorksheet("ШНОР 2025")?.getSheetValues().filter((r) => Array.isArray(r) && r.includes("да")) ?? [];
    expect(listRows.length).toBeGreaterThan(0);
    // The settings went into the workbook with the report.
    expect(JSON.parse(log.settings ?? "{}")).toMatchObject({ identify: { resultsYear: 2024 }, methodology: { lowShareThreshold: 0.3, twoYearRule: "any" } });

    // A written sheet opens from its link.
    await page.getByRole("button", { name: "Открыть лист «ШНОР 2025»" }).click();
    await until(() => log.goTo.length === 1);
    expect(log.goTo[0]).toEqual({ sheet: "ШНОР 2025", row: 1, col: 1 });

    // Again with another year's list? Same year: the sheets exist now, so the pane asks first; "Cancel" keeps them.
    const before = fs.statSync(output).mtimeMs;
    await page.getByRole("button", { name: "Изменить настройки" }).click();
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    const dialog = page.getByRole("dialog", { name: "Заменить листы?" });
    await dialog.waitFor();
    expect(await dialog.getByRole("listitem").allInnerTexts()).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);
    await shot(page, "identify-confirm.png");
    await dialog.getByRole("button", { name: "Отмена" }).click();
    await page.getByText(/^Листы не заменены/).waitFor();
    expect(fs.statSync(output).mtimeMs).toBe(before);
    // …and "Replace" replaces them.
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await dialog.getByRole("button", { name: "Заменить" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    expect(fs.statSync(output).mtimeMs).toBeGreaterThan(before);
    expect(await sheetNames(output)).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);

    expect(pageErrors(walk.session)).toEqual([]);
    expect(walk.session?.outsideRequests).toEqual([]);
  }, 120_000);

  it("a file with bad cells: every problem listed and counted, each address a link to its cell; nothing written", async () => {
    const output = path.join(walk.tmp, "bad-out.xlsx");
    const { page, log } = await walk.open({ input: bad, output });
    await page.getByRole("button", { name: "Открыть: Список ШНОР и зона риска" }).click();
    await page.getByRole("button", { name: "Прочитать данные" }).click();
    await page.getByRole("button", { name: "Проверить данные" }).click();
    await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();

    await page.getByText(/^Ошибок: 3\. Исправьте их в книге/).waitFor();
    const errors = page.getByRole("region", { name: "Ошибки: 3" });
    const warnings = page.getByRole("region", { name: "Предупреждения: 1" });
    expect(await errors.getByRole("button").allInnerTexts()).toEqual(["Результаты!I10", "Результаты!G15", "Результаты!H20"]);
    expect(nbsp(await errors.getByRole("listitem").first().innerText())).toContain("число неуспевающих (9) больше числа участников (5)");
    expect(await warnings.getByRole("button").allInnerTexts()).toEqual([`Результаты!${totalsRow}:${totalsRow}`]);
    expect(await warnings.getByRole("listitem").innerText()).toContain("Строка итогов «Итого» пропущена");
    // No way forward while errors remain: only "check again" and "back".
    expect(await page.getByRole("button", { name: "Далее: настройки" }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "identify-problems.png");

    // A link selects its cell in the workbook: the host is asked to go to exactly that cell.
    await errors.getByRole("button", { name: "Перейти к ячейке Результаты!G15" }).click();
    await until(() => log.goTo.length === 1);
    expect(log.goTo[0]).toMatchObject({ sheet: "Результаты", row: 15, col: 7 });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await until(() => log.goTo.length === 2);
    expect(log.goTo[1]).toMatchObject({ sheet: "Результаты", row: 10, col: 9 });

    expect(log.calls).not.toContain("writeReport");
    expect(fs.existsSync(output)).toBe(false);
    expect(pageErrors(walk.session)).toEqual([]);
  }, 90_000);

  it("Cancel while writing: back to the settings, and the report file never appears", async () => {
    const output = path.join(walk.tmp, "cancel-write-out.xlsx");
    const { page, log } = await walk.open({ input: good, output, slowWrite: { ticks: 20, tickMs: 250 } });
    await page.getByRole("button", { name: "Открыть: Список ШНОР и зона риска" }).click();
    await page.getByRole("button", { name: "Прочитать данные" }).click();
    await page.getByRole("button", { name: "Проверить данные" }).click();
    await page.getByRole("button", { name: "Далее: настройки" }).click();
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    const status = page.getByRole("status");
    await status.getByText("Запись листов…").waitFor();
    await status.getByRole("button", { name: "Отменить" }).click();
    await page.getByText(/^Запись прервана/).waitFor();
    await heading(page, 3, "Шаг 4 из 6. Настройки").waitFor();
    await until(() => log.cancelled.length > 0);
    expect(log.cancelled).toEqual(["writeReport"]);
    expect(fs.existsSync(output)).toBe(false);
    // The settings are kept only with a written report.
    expect(log.settings).toBeUndefined();
    expect(pageErrors(walk.session)).toEqual([]);
  }, 90_000);

  it("a slow read shows progress with counts and stops on Cancel, the pane still answering", async () => {
    const output = path.join(walk.tmp, "cancel-out.xlsx");
    const { page, log } = await walk.open({ input: good, output, slowRead: { ticks: 40, tickMs: 250 } });
    await page.getByRole("button", { name: "Открыть: Список ШНОР и зона риска" }).click();
    await page.getByRole("button", { name: "Прочитать данные" }).click();
    const status = page.getByRole("status");
    await status.getByText(/^Прочитано: \d/).waitFor();
    expect(nbsp(await status.getByText(/^Прочитано: \d/).innerText())).toMatch(/^Прочитано: [\d ]+ из [\d ]+$/);
    await shot(page, "identify-progress.png");
    await status.getByRole("button", { name: "Отменить" }).click();
    await page.getByText("Отменено. В книге ничего не изменено.").waitFor();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    expect(await page.getByRole("button", { name: "Прочитать данные" }).isEnabled()).toBe(true);
    await until(() => log.cancelled.length > 0);
    expect(log.cancelled).toEqual(["readSource"]);
    await shot(page, "identify-cancelled.png");
    expect(fs.existsSync(output)).toBe(false);
    expect(pageErrors(walk.session)).toEqual([]);
  }, 90_000);

  it("dynamics over the bundled sample region (420 schools); English mid-way keeps the work", async () => {
    const output = path.join(walk.tmp, "dynamics-out.xlsx");
    const { page } = await walk.open({ input: sampleRegion, output });
    await page.getByRole("button", { name: "Открыть: Динамика за два года" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    await page.getByRole("button", { name: "Прочитать данные" }).click();
    await page.getByRole("button", { name: "Проверить данные" }).click();
    await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();
    expect(nbsp(await page.getByText(/^Принято строк:/).innerText())).toMatch(/школ: 420, годы: 2022, 2023, 2024\.$/);
    await toSettings(page);
    expect(await page.getByRole("combobox", { name: "Начальный год" }).inputValue()).toBe("2023");
    expect(await page.getByRole("combobox", { name: "Конечный год" }).inputValue()).toBe("2024");

    // Switching to English re-labels the step in place: same step, same choices.
    await page.getByRole("button", { name: "English (EN)" }).click();
    await heading(page, 3, "Step 4 of 6. Settings").waitFor();
    expect(await page.getByRole("combobox", { name: "To year" }).inputValue()).toBe("2024");
    await page.getByRole("button", { name: "More settings" }).click();
    await page.getByRole("checkbox", { name: "Keep ШНОР out of the zone of risk" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "dynamics-settings-en.png");
    await page.getByRole("button", { name: "Русский (RU)" }).click();

    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 6 из 6. Готово").waitFor();
    await page.locator("svg rect").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "dynamics-done.png");

    const rows = readAggregateTable(await readSourceFile(sampleRegion)).rows;
    const expected = dynamicsReport(rows, 2023, 2024);
    const card = page.locator(".fui-Card");
    expect(Number(nbsp(await card.locator("dt", { hasText: /^Школ$/ }).locator("xpath=following-sibling::dd").innerText()).replace(/\D/g, ""))).toBe(expected.schools.length);
    // «Положительный результат» per assessment, as the report's own distribution table has it.
    const vpr5 = expected.summary.all.byAssessment.VPR5_RUS;
    const bar = page.getByRole("option", { name: `ВПР 5 рус, ${vpr5.positiveResult}/${vpr5.total}.` });
    expect(await bar.count()).toBe(1);
    expect(await sheetNames(output)).toEqual(["Динамика 2023-2024", "Динамика 2023-2024 сводка", "Кластеры 2023-2024"]);
    expect(pageErrors(walk.session)).toEqual([]);
  }, 120_000);
});
