/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { evaluateExpertise, expertiseSummary, MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria } from "../../../src/core/indicators/expertiseRubric";
import type { ReportSpec } from "../../../src/core/report/sheet";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { t } from "../../../src/i18n";
import { ExpertisePage } from "../../../src/taskpane/pages/ExpertisePage";
import { expertiseTemplateReport } from "../../../src/taskpane/workflows/context/expertiseWorkflow";
import { MemoryHost } from "../workflows/memoryHost";
import { renderWithHost } from "../workflows/render";
import { button, click, nbsp, readAndCheck, stat, stepHeading, toCheck } from "./steps";

configure({ defaultHidden: true });

const ru = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");

/** The template of the municipal rubric for two municipalities, filled: МР-1 full marks, МР-2 half of every maximum but one blank. */
function filled(report: ReportSpec = expertiseTemplateReport(MUNICIPAL_ROADMAP_RUBRIC, ["МР-1", "МР-2"], ru)): SourceMatrix {
  const table = report.sheets[0].tables[0];
  const max = table.columns.findIndex((c) => c.key === "max_points");
  const rows = table.rows.map((r, i) => [...r.slice(0, max + 2), r[max], i === 0 ? null : (r[max] as number) / 2]);
  return { sheet: "Шаблон экспертизы", originRow: 1, originCol: 1, values: [table.columns.map((c) => c.header), ...rows] };
}

describe("expertise page", () => {
  it("reads a filled template of two municipalities and gives levels, verdicts and indicators 17–18 as the core does", async () => {
    const host = new MemoryHost(filled());
    await toCheck(<ExpertisePage />, host);
    expect(nbsp(screen.getByText(/^Объектов экспертизы/).textContent)).toBe(`Объектов экспертизы: 2, критериев в рубрике: ${rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).length}.`);
    // The blank cell of МР-2 is a warning, not an error.
    expect(screen.getByLabelText("Предупреждения: 1", { selector: "section" })).toBeTruthy();
    click("Далее: настройки");
    await stepHeading(4, "Настройки");
    expect((screen.getByLabelText("Механизмы сформированы при уровне не ниже") as HTMLInputElement).value).toBe("70");
    fireEvent.change(screen.getByLabelText("Меры реализованы при уровне не ниже"), { target: { value: "40" } });
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    const settings = { mechanismsThreshold: 0.7, implementationThreshold: 0.4, levelBasis: "parts" as const };
    const criteria = rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC);
    const full = Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]));
    const half = Object.fromEntries(criteria.map((c, i) => [c.id, i === 0 ? null : c.maxPoints / 2]));
    const expected = expertiseSummary([evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, { object: "МР-1", points: full }, settings), evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, { object: "МР-2", points: half }, settings)], 2025, settings);
    expect(stat("Объектов")).toBe(2);
    expect(stat("Механизмы сформированы")).toBe(expected.mechanisms.n);
    expect(stat("Меры реализованы")).toBe(expected.implementation.n);
    expect(expected.mechanisms.n).toBe(1);
    expect(expected.implementation.n).toBe(2);
    const indicators = within(screen.getByLabelText("Показатели 17–18", { selector: "ul" })).getAllByRole("listitem").map((li) => nbsp(li.textContent));
    expect(indicators[0]).toMatch(/^Показатель 17: 1 из 2 \(50 %\)/);
    expect(indicators[1]).toMatch(/^Показатель 18: 2 из 2 \(100 %\)/);
    const objects = nbsp(screen.getByLabelText("Уровни по объектам", { selector: "ul" }).textContent);
    expect(objects).toContain("МР-1: механизмы 100 %, реализация 100 %");
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Экспертиза 2025"]);
    expect(JSON.parse(host.stored ?? "{}").expertise).toEqual({ year: 2025, mechanismsThreshold: 0.7, implementationThreshold: 0.4, levelBasis: "parts" });
  });

  it("writes the template for the objects typed, refuses a name given twice, and reports points above the maximum at their cell", async () => {
    const matrix = filled();
    matrix.values[1][6] = 99;
    const host = new MemoryHost(matrix);
    renderWithHost(<ExpertisePage />, host);
    await stepHeading(1, "Источник данных");
    const objects = screen.getByLabelText(/Объекты экспертизы/);
    fireEvent.change(objects, { target: { value: "МР-1\nМР-1" } });
    expect(screen.getByText("«МР-1» указан дважды.")).toBeTruthy();
    expect(button("Записать шаблон экспертизы").hasAttribute("disabled")).toBe(true);
    fireEvent.change(objects, { target: { value: "Город\nРайон" } });
    click("Записать шаблон экспертизы");
    await screen.findByText(/^Записан лист «Шаблон экспертизы»/);
    const table = host.written[0].report.sheets[0].tables[0];
    expect(table.columns.slice(-2).map((c) => c.header)).toEqual(["Город", "Район"]);
    expect(table.rows).toHaveLength(rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).length);
    // The steps start over (to list the new sheet); the names typed stay.
    expect((screen.getByLabelText(/Объекты экспертизы/) as HTMLTextAreaElement).value).toBe("Город\nРайон");

    await readAndCheck();
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке 'Шаблон экспертизы'!G2"));
    await waitFor(() => expect(host.goTos.at(-1)).toMatchObject({ row: 2, col: 7 }));
  });
});
