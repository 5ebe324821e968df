/**
 * The expertise page in Chromium: an edited rubric read from a template sheet of the workbook (the CLI's template,
 * its criteria changed), chosen as the rubric, and its template written. The bridge's host is a file host, which
 * writes no forms: the pane falls back to the rubric table (the Excel host writes the CLI's template — see
 * test/host-excel/writeForms.test.ts and test/taskpane/context/ExpertiseTemplate.test.tsx).
 */
import * as path from "node:path";
import { DEFAULT_EXPERTISE_SETTINGS, type Rubric } from "../../src/core/indicators/expertiseRubric";
import { expertiseTemplateWorkbook } from "../../src/cli/expertiseWorkbook";
import { describeInChromium } from "./harness";
import { heading, horizontalOverflow, nbsp, pageErrors, sheetNames, shot, useWalk } from "./walk";

/** An edited rubric: two sections, maxima 3 and 5, a criterion without a part. */
const EDITED: Rubric = {
  id: "edited", title: "Экспертиза дорожной карты (изменённая рубрика)",
  sections: [
    { id: "1", title: "Кадры", criteria: [{ id: "1.1", text: "Проведён анализ кадрового состава", maxPoints: 3, part: "mechanisms" }, { id: "1.2", text: "Педагоги прошли курсы", maxPoints: 5, part: "implementation" }] },
    { id: "2", title: "Профилактика", criteria: [{ id: "2.1", text: "Есть положение о профилактике неуспешности", maxPoints: 2, part: null }] },
  ],
};

describeInChromium("task pane in Chromium: expertise", () => {
  const walk = useWalk("shnor-ui-expertise-", async (tmp) => {
    const wb = await expertiseTemplateWorkbook(EDITED, { lang: "ru", settings: DEFAULT_EXPERTISE_SETTINGS, objects: ["Рубрика"] });
    await wb.xlsx.writeFile(path.join(tmp, "rubric.xlsx"));
  });

  it("loads the edited rubric from a sheet and writes its template", async () => {
    const output = path.join(walk.tmp, "expertise-out.xlsx");
    const { page, session } = await walk.open({ input: path.join(walk.tmp, "rubric.xlsx"), output });
    await page.getByRole("button", { name: "Открыть: Экспертиза" }).click();
    await heading(page, 3, "Шаг 1 из 6. Источник данных").waitFor();
    const source = page.getByRole("combobox", { name: "Свои критерии с листа книги" });
    await source.selectOption("sheet:Рубрика");
    await page.getByText(/^Рубрика прочитана/).waitFor();
    expect(nbsp(await page.getByText(/^Рубрика прочитана/).innerText())).toBe("Рубрика прочитана: разделов — 2, критериев — 3, максимум 10 баллов.");
    const rubric = page.getByRole("combobox", { name: "Рубрика", exact: true });
    expect(await rubric.locator("option:checked").innerText()).toBe("Рубрика с листа «Рубрика»");
    await page.getByRole("textbox", { name: /Объекты экспертизы/ }).fill("Северный МР\nЮжный МР");
    await page.getByRole("button", { name: "Записать шаблон экспертизы" }).click();
    await page.getByText(/^Записан лист «Шаблон экспертизы»/).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, "expertise-1-edited-rubric.png");
    expect(await sheetNames(output)).toEqual(["Шаблон экспертизы"]);
    expect(pageErrors(session)).toEqual([]);
  }, 120_000);
});
