/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { clusterTransitions } from "../../../src/core/indicators/clusterTransitions";
import { dynamicsReport } from "../../../src/core/indicators/dynamicsReport";
import { readAggregateTable } from "../../../src/core/table/aggregate";
import { DynamicsPage } from "../../../src/taskpane/pages/DynamicsPage";
import { MemoryHost, regionMatrix } from "./memoryHost";
import { renderWithHost } from "./render";

// See IdentifyPage.test.tsx: text and label queries, role queries without the visibility check.
configure({ defaultHidden: true });

const stepHeading = (n: number, title: string) => screen.findByText(`Шаг ${n} из 6. ${title}`, { selector: "h3" });
const button = (name: string) => screen.getByText(name, { selector: "button" });
const nbsp = (s: string | null) => (s ?? "").replace(/\u00a0|\u202f/g, " ");

async function toSettings() {
  await stepHeading(1, "Источник данных");
  await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
  fireEvent.click(button("Прочитать данные"));
  await stepHeading(2, "Столбцы");
  fireEvent.click(button("Проверить данные"));
  await stepHeading(3, "Проверка данных");
  fireEvent.click(button("Далее: настройки"));
  await stepHeading(4, "Настройки");
}

describe("dynamics page", () => {
  it("compares two chosen years and shows per assessment the share with «положительный результат»", async () => {
    const host = new MemoryHost(regionMatrix(40), { sheets: ["Результаты"], tables: ["Results"], selection: "Результаты!A3:J900" });
    renderWithHost(<DynamicsPage />, host);
    await stepHeading(1, "Источник данных");
    // One table in the workbook: it is the default; the selection is offered with its address.
    await waitFor(() => expect((screen.getByLabelText("Таблица Excel") as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText("Выделенный диапазон (Результаты!A3:J900)") as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(screen.getByLabelText("Выделенный диапазон (Результаты!A3:J900)"));
    fireEvent.click(button("Прочитать данные"));
    await stepHeading(2, "Столбцы");
    expect(host.reads).toEqual([{ kind: "selection" }]);
    fireEvent.click(button("Проверить данные"));
    await stepHeading(3, "Проверка данных");
    fireEvent.click(button("Далее: настройки"));
    await stepHeading(4, "Настройки");

    const from = screen.getByLabelText("Начальный год") as HTMLSelectElement;
    const to = screen.getByLabelText("Конечный год") as HTMLSelectElement;
    expect([from.value, to.value]).toEqual(["2023", "2024"]);
    fireEvent.change(from, { target: { value: "2022" } });
    fireEvent.click(button("Рассчитать и записать"));

    await stepHeading(6, "Готово");
    const rows = readAggregateTable(host.matrix).rows;
    const expected = dynamicsReport(rows, 2022, 2024);
    const moves = clusterTransitions(rows, 2022, 2024).all;
    const stat = (label: string) => Number(nbsp(screen.getByText(label, { selector: "dt" }).nextElementSibling?.textContent ?? "").replace(/\s/g, ""));
    expect(stat("Школ")).toBe(40);
    expect(stat("ШНОР улучшили кластер или вышли")).toBe(moves.improved + moves.left);
    expect(stat("ШНОР ухудшили кластер")).toBe(moves.worsened);
    expect(stat("Новые ШНОР")).toBe(moves.entered);
    // One bar per assessment, labelled with its count of schools «с положительным результатом» of all.
    const bars = [...document.querySelectorAll("svg rect[role='option']")].map((r) => r.getAttribute("aria-label"));
    expect(bars).toEqual(expected.assessments.map((id) => {
      const d = expected.summary.all.byAssessment[id];
      return `${labelOf(id)}, ${d.positiveResult}/${d.total}.`;
    }));
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Динамика 2022-2024", "Динамика 2022-2024 сводка", "Кластеры 2022-2024"]);
    expect(JSON.parse(host.stored ?? "{}")).toMatchObject({ dynamics: { fromYear: 2022, toYear: 2024 } });
  });

  it("will not run with the years the wrong way round", async () => {
    renderWithHost(<DynamicsPage />, new MemoryHost(regionMatrix(10)));
    await toSettings();
    fireEvent.change(screen.getByLabelText("Начальный год"), { target: { value: "2024" } });
    expect(screen.getByText("Второй год должен быть позже первого.")).toBeTruthy();
    expect(button("Рассчитать и записать").hasAttribute("disabled")).toBe(true);
  });
});

function labelOf(id: string): string {
  return { VPR5_RUS: "ВПР 5 рус", VPR5_MATH: "ВПР 5 мат", VPR6_RUS: "ВПР 6 рус", VPR6_MATH: "ВПР 6 мат", OGE_RUS: "ОГЭ рус", OGE_MATH: "ОГЭ мат", EGE_RUS: "ЕГЭ рус", EGE_MATH_BASE: "ЕГЭ мат баз", EGE_MATH_PROF: "ЕГЭ мат проф" }[id] ?? id;
}

afterEach(async () => {
  await act(async () => undefined);
});
