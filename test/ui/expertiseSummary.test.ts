/**
 * The expertise summary across municipalities in Chromium (issue #7): a workbook of filled templates as the CLI writes
 * them (one protected sheet per municipality), a sheet with a point above the maximum and a sheet of notes. The pane
 * checks every sheet (progress, Cancel), lists the templates taken and the sheets skipped, and writes indicators
 * 17–18 of the ticked ones; the bridge's file host writes the report to its own file, the input is never written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_EXPERTISE_SETTINGS, MUNICIPAL_ROADMAP_RUBRIC as R, rubricCriteria } from "../../src/core/indicators/expertiseRubric";
import { expertiseTemplateWorkbook } from "../../src/cli/expertiseWorkbook";
import { describeInChromium } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, sheetNames, shot, useWalk } from "./walk";

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const points = (share: number) => Object.fromEntries(rubricCriteria(R).map((c) => [c.id, Math.round(c.maxPoints * share * 2) / 2]));

describeInChromium("task pane in Chromium: expertise summary across the workbook's templates", () => {
  const walk = useWalk("shnor-ui-expertise-summary-", async (tmp) => {
    const filled = new Map([["Северный МР", points(1)], ["Южный МР", points(0.5)], ["Западный МР", { ...points(1), "1.1": 7 }]]);
    const wb = await expertiseTemplateWorkbook(R, { lang: "ru", settings: DEFAULT_EXPERTISE_SETTINGS, objects: [...filled.keys()], points: filled });
    wb.addWorksheet("Заметки").addRow(["Экспертиза проведена в марте"]);
    await wb.xlsx.writeFile(path.join(tmp, "templates.xlsx"));
  });

  it("checks every sheet, takes the filled templates, and writes the summary with indicators 17–18", async () => {
    const input = path.join(walk.tmp, "templates.xlsx");
    const output = path.join(walk.tmp, "summary-out.xlsx");
    const inputBytes = fs.readFileSync(input);
    const { page, log, session } = await walk.open({ input, output, slowRead: { ticks: 8, tickMs: 150 } });
    await page.getByRole("button", { name: "Открыть: Экспертиза" }).click();
    await page.getByRole("radio", { name: "все заполненные шаблоны книги (сводная по муниципалитетам)" }).check();
    await heading(page, 3, "Шаг 1 из 4. Листы с шаблонами").waitFor();

    // Cancel while the sheets are read: nothing listed, nothing written.
    await page.getByRole("button", { name: "Найти заполненные шаблоны" }).click();
    await page.getByRole("status").getByText("Прочитано: 0 из 4").waitFor();
    await shot(page, "expertise-summary-1-reading.png");
    await page.getByRole("button", { name: "Отменить" }).click();
    await page.getByText("Отменено. В книге ничего не изменено.").waitFor();
    await until(() => log.cancelled.length > 0);
    expect(log.cancelled).toEqual(["readSource"]);
    expect(await page.getByText(/^Заполненные шаблоны/).count()).toBe(0);

    await page.getByRole("button", { name: "Найти заполненные шаблоны" }).click();
    await page.getByText("Заполненные шаблоны: 2").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("checkbox", { name: "«Северный МР»: Северный МР" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "«Южный МР»: Южный МР" }).isChecked()).toBe(true);
    const skipped = page.getByRole("list", { name: "Пропущенные листы: 2" });
    expect((await skipped.getByRole("listitem").allInnerTexts()).map(nbsp)).toEqual(["«Западный МР» — ошибок: 1, лист не учитывается", "«Заметки» — не шаблон экспертизы (нет столбца «№ критерия»)"]);
    await page.getByRole("button", { name: "Перейти к ячейке 'Западный МР'!F11" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "expertise-summary-2-sheets.png");

    await page.getByRole("button", { name: "Далее: настройки" }).click();
    await heading(page, 3, "Шаг 2 из 4. Настройки").waitFor();
    await page.getByRole("button", { name: "Рассчитать и записать" }).click();
    await heading(page, 3, "Шаг 4 из 4. Готово").waitFor({ timeout: 30_000 });
    const indicators = (await page.getByRole("list", { name: "Показатели 17–18" }).getByRole("listitem").allInnerTexts()).map(nbsp);
    expect(indicators[0]).toMatch(/^Показатель 17: 1 из 2 \(50 %\)/);
    expect(indicators[1]).toMatch(/^Показатель 18: 2 из 2 \(100 %\)/);
    await page.getByText("Учтены листы: «Северный МР», «Южный МР».").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "expertise-summary-3-done.png");

    expect(await sheetNames(output)).toEqual(["Экспертиза 2025", "Источники"]);
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
    expect(JSON.parse(log.settings ?? "{}").expertise).toEqual({ year: 2025, mechanismsThreshold: 0.7, implementationThreshold: 0.5, levelBasis: "parts" });
    expect(pageErrors(session)).toEqual([]);
  }, 180_000);
});
