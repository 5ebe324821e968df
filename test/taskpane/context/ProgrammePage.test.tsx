/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildDashboard, readProgrammeInputs, SEED000_TEMPLATE, targetFor } from "../../../src/core/indicators/programmeTemplates";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { ProgrammePage } from "../../../src/taskpane/pages/ProgrammePage";
import { MemoryHost } from "../workflows/memoryHost";
import { renderWithHost } from "../workflows/render";
import { click, nbsp, readAndCheck, stat, stepHeading } from "./steps";

configure({ defaultHidden: true });

/** Seed 000 inputs for 2026: the first indicator exactly on its target, the second one school short, the rest blank. */
function inputs(): SourceMatrix {
  const [a, b] = SEED000_TEMPLATE.indicators;
  const ta = targetFor(a, 2026) as number;
  const tb = targetFor(b, 2026) as number;
  return {
    sheet: "Ввод",
    originRow: 1,
    originCol: 1,
    values: [
      ["Код показателя", "Показатель", "n", "m"],
      [a.id, a.title, Math.round(ta * 200), 200],
      [b.id, b.title, Math.round(tb * 200) - 1, 200],
      [SEED000_TEMPLATE.indicators[2].id, "", null, null],
    ],
  };
}

describe("programme indicators page", () => {
  it("reads n and m of the chosen template and writes the dashboard with the core's verdicts", async () => {
    const host = new MemoryHost(inputs());
    renderWithHost(<ProgrammePage />, host);
    await stepHeading(1, "Источник данных");
    expect((screen.getByLabelText("Шаблон показателей") as HTMLSelectElement).value).toBe("seed000");
    await readAndCheck();
    expect(nbsp(screen.getByText(/^Показателей с данными/).textContent)).toBe(`Показателей с данными: 2 из ${SEED000_TEMPLATE.indicators.length}.`);
    click("Далее: настройки");
    await stepHeading(4, "Настройки");
    const year = screen.getByLabelText("Год") as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(["2029", "2028", "2027", "2026", "2025"]);
    fireEvent.change(year, { target: { value: "2026" } });
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    const expected = buildDashboard(SEED000_TEMPLATE, 2026, readProgrammeInputs(inputs(), SEED000_TEMPLATE).inputs).counts;
    expect(expected.met).toBe(1);
    expect(expected.notMet).toBe(1);
    expect(stat("Достигнуто")).toBe(expected.met);
    expect(stat("Не достигнуто")).toBe(expected.notMet);
    expect(stat("Нет данных")).toBe(expected.noData);
    const lines = within(screen.getByLabelText("Показатели и выводы", { selector: "ul" })).getAllByRole("listitem").map((li) => nbsp(li.textContent));
    const [a, b] = SEED000_TEMPLATE.indicators;
    expect(lines[0].startsWith(`${a.id}: `) && lines[0].endsWith("— достигнуто")).toBe(true);
    expect(lines[1].startsWith(`${b.id}: `) && lines[1].endsWith("— не достигнуто")).toBe(true);
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Показатели 2026"]);
    expect(JSON.parse(host.stored ?? "{}").programme).toEqual({ template: "seed000", year: 2026 });
  });

  it("writes the empty input sheet of the chosen template, which reads back, and never replaces one", async () => {
    const host = new MemoryHost(inputs());
    const listed = jest.spyOn(host, "listSources");
    renderWithHost(<ProgrammePage />, host);
    await stepHeading(1, "Источник данных");
    fireEvent.change(screen.getByLabelText("Шаблон показателей"), { target: { value: "seed002" } });
    await waitFor(() => expect(listed).toHaveBeenCalled());
    const before = listed.mock.calls.length;
    click("Записать пустой лист ввода");
    await screen.findByText(/^Записан лист «Ввод 2023»/);
    const report = host.written[0].report;
    expect(report.sheets.map((s) => s.name)).toEqual(["Ввод 2023", "Шаблон"]);
    expect(host.goTos).toEqual([{ sheet: "Ввод 2023", row: 1, col: 1 }]);
    // The steps start over, listing the sheets again (the new one among them).
    await waitFor(() => expect(listed.mock.calls.length).toBeGreaterThan(before));
    const t = report.sheets[0].tables[0];
    expect(t.columns.map((c) => c.header)).toContain("n прошлого года");
    expect(report.sheets[0].notes?.[0]).toContain("«Показатели программы»");
    // Filled in, the sheet is what the page reads: every row of the template is found.
    const filled: SourceMatrix = { sheet: "Ввод 2023", originRow: 1, originCol: 1, values: [t.columns.map((c) => c.header), ...t.rows.map((r) => r.map((v, i) => (t.columns[i].key === "n" ? 1 : t.columns[i].key === "m" ? 2 : v)))] };
    const { SEED002_TEMPLATE } = await import("../../../src/core/indicators/programmeTemplates");
    expect(readProgrammeInputs(filled, SEED002_TEMPLATE).inputs).toHaveLength(SEED002_TEMPLATE.indicators.length);

    click("Записать пустой лист ввода");
    await screen.findByText(/^В книге уже есть листы «Ввод 2023», «Шаблон»/);
    expect(host.written).toHaveLength(1);
  });

  it("refuses n greater than m at its cell", async () => {
    const matrix = inputs();
    matrix.values[1][2] = 300;
    const host = new MemoryHost(matrix);
    renderWithHost(<ProgrammePage />, host);
    await stepHeading(1, "Источник данных");
    await readAndCheck();
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке Ввод!C2"));
    await waitFor(() => expect(host.goTos[0]).toMatchObject({ sheet: "Ввод", row: 2, col: 3 }));
  });
});
