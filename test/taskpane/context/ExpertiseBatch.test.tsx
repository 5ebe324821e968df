/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria } from "../../../src/core/indicators/expertiseRubric";
import { summarizeExpertise } from "../../../src/core/indicators/expertiseSheets";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { ExpertisePage } from "../../../src/taskpane/pages/ExpertisePage";
import { renderWithHost } from "../workflows/render";
import { sheet, SheetsHost } from "./sheetsHost";
import { button, click, nbsp, stat } from "./steps";
import { pointsAt, templateMatrix } from "./templateSheets";

configure({ defaultHidden: true });

const R = MUNICIPAL_ROADMAP_RUBRIC;
const heading = (n: number, title: string) => screen.findByText(`Шаг ${n} из 4. ${title}`, { selector: "h3" });
const checkbox = (label: RegExp) => screen.getByRole("checkbox", { name: label }) as HTMLInputElement;

/** МР-1 full marks, МР-2 half (one blank), МР-3 a point above the maximum, a sheet of notes, and a copy of МР-2. */
function workbook(): SourceMatrix[] {
  const bad = templateMatrix(R, "МР-3", pointsAt(R, 1));
  bad.values[10][5] = 7;
  return [
    sheet("Заметки", [["Протокол заседания"], ["Экспертиза проведена в марте"]]),
    templateMatrix(R, "МР-1", pointsAt(R, 1)),
    templateMatrix(R, "МР-2", pointsAt(R, 0.5, 1)),
    bad,
    templateMatrix(R, "МР-2", pointsAt(R, 0.25), "МР-2 (копия)"),
  ];
}

async function toBatch(host: SheetsHost): Promise<void> {
  renderWithHost(<ExpertisePage />, host);
  fireEvent.click(screen.getByLabelText("все заполненные шаблоны книги (сводная по муниципалитетам)"));
  await heading(1, "Листы с шаблонами");
  click("Найти заполненные шаблоны");
  await screen.findByText("Заполненные шаблоны: 3");
}

describe("expertise page: the summary across every filled template of the workbook", () => {
  it("lists the templates taken and the sheets skipped with why, refuses a municipality twice, and writes indicators 17–18 of the ticked sheets as the core does", async () => {
    const matrices = workbook();
    const before = JSON.stringify(matrices);
    const host = new SheetsHost(matrices);
    await toBatch(host);

    // Taken and ticked: the three sound templates; skipped: the notes (not a template) and МР-3 (an error, located).
    expect(checkbox(/^«МР-1»: МР-1$/).checked).toBe(true);
    expect(checkbox(/^«МР-2»: МР-2 \(предупреждений: 1\)$/).checked).toBe(true);
    expect(checkbox(/^«МР-2 \(копия\)»: МР-2$/).checked).toBe(true);
    const skipped = within(screen.getByLabelText("Пропущенные листы: 2", { selector: "ul" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(skipped).toEqual(["«Заметки» — не шаблон экспертизы (нет столбца «№ критерия»)", "«МР-3» — ошибок: 1, лист не учитывается"]);
    fireEvent.click(within(screen.getByLabelText("Ошибки: 1", { selector: "section" })).getByLabelText("Перейти к ячейке 'МР-3'!F11"));
    await waitFor(() => expect(host.goTos.at(-1)).toMatchObject({ sheet: "МР-3", row: 11, col: 6 }));
    // МР-2 twice: the run waits until one sheet is unticked.
    expect(screen.getByText(/^«МР-2» есть на листах «МР-2» и «МР-2 \(копия\)»/)).toBeTruthy();
    expect(button("Далее: настройки").hasAttribute("disabled")).toBe(true);
    fireEvent.click(checkbox(/^«МР-2 \(копия\)»/));
    expect(screen.queryByText(/есть на листах/)).toBeNull();
    expect(screen.getByText("Выбрано листов: 2, объектов: 2.")).toBeTruthy();

    click("Далее: настройки");
    await heading(2, "Настройки");
    expect(screen.getByText(/^В книге сохраняются год, оба порога/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Меры реализованы при уровне не ниже"), { target: { value: "40" } });
    const readsBefore = host.reads.length;
    click("Рассчитать и записать");
    await heading(4, "Готово");

    // Only the ticked sheets were read again.
    expect(host.reads.slice(readsBefore).map((r) => (r.kind === "sheet" ? r.name : r.kind))).toEqual(["МР-1", "МР-2"]);
    const settings = { mechanismsThreshold: 0.7, implementationThreshold: 0.4, levelBasis: "parts" as const };
    const expected = summarizeExpertise(R, [{ scores: { object: "МР-1", points: pointsAt(R, 1) } }, { scores: { object: "МР-2", points: pointsAt(R, 0.5, 1) } }], 2025, settings);
    expect(stat("Объектов")).toBe(2);
    expect(stat("Механизмы сформированы")).toBe(expected.mechanisms.n);
    expect(stat("Меры реализованы")).toBe(expected.implementation.n);
    expect([expected.mechanisms.n, expected.implementation.n]).toEqual([1, 2]);
    const indicators = within(screen.getByLabelText("Показатели 17–18", { selector: "ul" })).getAllByRole("listitem").map((li) => nbsp(li.textContent));
    expect(indicators[0]).toMatch(/^Показатель 17: 1 из 2 \(50 %\)/);
    expect(indicators[1]).toMatch(/^Показатель 18: 2 из 2 \(100 %\)/);
    expect(screen.getByText("Учтены листы: «МР-1», «МР-2».")).toBeTruthy();

    const report = host.written[0].report;
    expect(report.sheets.map((s) => s.name)).toEqual(["Экспертиза 2025", "Источники"]);
    const levels = report.sheets[0].tables[1];
    expect(levels.rows.map((r) => [r[0], r[1], r[2]])).toEqual(expected.evaluations.map((e) => [e.object, e.total.points, e.total.max]));
    expect(levels.rows[0][2]).toBe(rubricCriteria(R).reduce((a, c) => a + c.maxPoints, 0));
    expect(report.sheets[1].tables[0].columns.map((c) => c.header)).toEqual(["Объект экспертизы", "Лист"]);
    expect(report.sheets[1].tables[0].rows).toEqual([["МР-1", "МР-1"], ["МР-2", "МР-2"]]);
    expect(JSON.parse(host.stored ?? "{}").expertise).toEqual({ year: 2025, ...settings });
    // The templates were read, never changed.
    expect(JSON.stringify(matrices)).toBe(before);
  });

  it("cancels while reading the sheets, with nothing written; a sheet changed since the check stops the run, located", async () => {
    const matrices = workbook().slice(0, 3);
    const host = new SheetsHost(matrices);
    renderWithHost(<ExpertisePage />, host);
    fireEvent.click(screen.getByLabelText("все заполненные шаблоны книги (сводная по муниципалитетам)"));
    click("Найти заполненные шаблоны");
    await screen.findByText("Заполненные шаблоны: 2");
    click("Далее: настройки");
    await heading(2, "Настройки");

    let release: () => void = () => undefined;
    host.gate = new Promise((r) => (release = r));
    click("Рассчитать и записать");
    await screen.findByText("Отменить", { selector: "button" });
    click("Отменить");
    await heading(2, "Настройки");
    expect(screen.getByText("Отменено. В книге ничего не изменено.")).toBeTruthy();
    release();
    host.gate = undefined;
    await new Promise((r) => setTimeout(r, 20));
    expect(host.written).toEqual([]);

    // Someone typed a point above the maximum on МР-2 after the check.
    matrices[2].values[12][5] = 9;
    click("Рассчитать и записать");
    await screen.findByText(/^Листы изменились после проверки/);
    expect(host.written).toEqual([]);
    fireEvent.click(within(screen.getByLabelText("Ошибки: 1", { selector: "section" })).getByLabelText("Перейти к ячейке 'МР-2'!F13"));
    await waitFor(() => expect(host.goTos.at(-1)).toMatchObject({ sheet: "МР-2", row: 13, col: 6 }));
  });

  it("never replaces a template sheet with the report, ticked or not; malformed stored settings fall back to the defaults", async () => {
    const matrices = [templateMatrix(R, "МР-1", pointsAt(R, 1)), templateMatrix(R, "МР-2", pointsAt(R, 1), "Источники")];
    const host = new SheetsHost(matrices);
    host.sheets.add("Источники");
    host.stored = JSON.stringify({ expertise: { year: 1999, mechanismsThreshold: 5, implementationThreshold: "x", levelBasis: "sum" } });
    await toBatchWith(host, 2);
    click("Далее: настройки");
    await heading(2, "Настройки");
    // Malformed stored values fall back to the defaults.
    expect((screen.getByLabelText("Механизмы сформированы при уровне не ниже") as HTMLInputElement).value).toBe("70");
    click("Рассчитать и записать");
    await screen.findByText(/^Лист «Источники» — один из прочитанных шаблонов/);
    expect(host.written).toEqual([]);

    // Even unticked, a template sheet is a source: it is not replaced.
    click("Назад");
    await heading(1, "Листы с шаблонами");
    fireEvent.click(checkbox(/^«Источники»/));
    click("Далее: настройки");
    await heading(2, "Настройки");
    click("Рассчитать и записать");
    await screen.findByText(/^Лист «Источники» — один из прочитанных шаблонов/);
    expect(host.written).toEqual([]);
  });

  it("asks before replacing an earlier summary, and replaces it only when told to", async () => {
    const host = new SheetsHost([templateMatrix(R, "МР-1", pointsAt(R, 1)), sheet("Экспертиза 2025", [["Экспертиза 2025"], ["старый отчёт"]])]);
    host.sheets.add("Экспертиза 2025");
    await toBatchWith(host, 1);
    click("Далее: настройки");
    await heading(2, "Настройки");
    click("Рассчитать и записать");
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Экспертиза 2025")).toBeTruthy();
    expect(host.written).toEqual([]);
    fireEvent.click(within(dialog).getByText("Заменить", { selector: "button" }));
    await heading(4, "Готово");
    expect(host.written.map((w) => [w.report.sheets.map((s) => s.name), w.replace])).toEqual([[["Экспертиза 2025", "Источники"], true]]);
  });
});

async function toBatchWith(host: SheetsHost, count: number): Promise<void> {
  renderWithHost(<ExpertisePage />, host);
  fireEvent.click(screen.getByLabelText("все заполненные шаблоны книги (сводная по муниципалитетам)"));
  click("Найти заполненные шаблоны");
  await screen.findByText(`Заполненные шаблоны: ${count}`);
}
