/** @jest-environment jsdom */
import { configure, fireEvent, screen } from "@testing-library/react";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { DeficitsPage } from "../../../src/taskpane/pages/DeficitsPage";
import { MemoryHost } from "../workflows/memoryHost";
import { click, nbsp, stat, stepHeading, toSettings } from "./steps";
import { sheet, SheetsHost } from "./sheetsHost";

configure({ defaultHidden: true });

const HEADER = [
  "Логин ОО", "Наименование ОО", "МО", "Год", "Укомплектованность", "Вакансии", "Доля педагогов пенсионного возраста", "Высшая и первая категория",
  "Средняя нагрузка", "Моложе 35 лет", "Оснащенные кабинеты", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена",
];

const BASE: (string | number)[][] = [
  ["S1", "Школа 1", "МР-1", 1, 0, 0.2, 0.6, 1.5, 0.2, 0.9, 20, "да", "да", "нет", "нет"],
  ["S2", "Школа 2", "МР-1", 0.9, 5, 0.2, 0.5, 1.8, 0.1, 0.8, 15, "да", "да", "нет", "нет"],
  ["S3", "Школа 3", "МР-1", 1, 0, 0.4, 0.4, 1.6, 0.1, 0.7, 10, "нет", "нет", "нет", "нет"],
  ["S4", "Школа 4", "МР-2", 1, 0, 0.1, 0.7, 1.4, 0.3, 0.6, 12, "да", "нет", "да", "нет"],
  ["S5", "Школа 5", "МР-2", 1, 0, 0.1, 0.6, 1.2, 0.25, 0.95, 25, "да", "да", "нет", "нет"],
];

/**
 * 2024 and 2025. In 2025 S2 has fewer vacancies and S3 more qualified staff (staffing up), S3 also gets broadband
 * (equipment up); S1, S4, S5 are unchanged; S6 appears only in 2025 (its dynamics cannot be judged).
 */
function resources(): SourceMatrix {
  const at = (year: number, r: (string | number)[]) => [...r.slice(0, 3), year, ...r.slice(3)];
  const next = BASE.map((r) => [...r]);
  next[1][4] = 2;
  next[2][6] = 0.5;
  next[2][11] = "да";
  const s6 = ["S6", "Школа 6", "МР-2", 1, 0, 0.1, 0.6, 1.2, 0.25, 0.95, 25, "да", "да", "нет", "нет"];
  return { sheet: "Ресурсы", originRow: 1, originCol: 1, values: [HEADER, ...BASE.map((r) => at(2024, r)), ...next.map((r) => at(2025, r)), at(2025, s6)] };
}

const indicators = () => nbsp(screen.getByLabelText("Динамика индексов 2024–2025", { selector: "ul" }).textContent);

describe("deficits page: the dynamics of the indices (indicators 11–12)", () => {
  it("counts the schools with positive dynamics against the seed-000 minimum and writes the dynamics sheet", async () => {
    const host = new MemoryHost(resources());
    await toSettings(<DeficitsPage />, host);
    expect((screen.getByLabelText("Год данных") as HTMLSelectElement).value).toBe("2025");
    expect(screen.getByText("Динамика индексов 2024–2025 (показатели 11\u2060–\u206012)")).toBeTruthy();
    expect((screen.getByLabelText("на статистиках 2024 г. (рост самой школы)") as HTMLInputElement).checked).toBe(true);
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(6);
    // m = all six schools: staffing 2 of 6 (33,3 % ≥ 20 %), equipment 1 of 6 (16,7 % < 20 %).
    expect(indicators()).toContain("Показатель 11 (кадры): положительная динамика у 2 из 6 (33,3 %)");
    expect(indicators()).toContain("Цель 2025 г. — 20 %: достигнуто");
    expect(indicators()).toContain("Показатель 12 (МТО): положительная динамика у 1 из 6 (16,7 %)");
    expect(indicators()).toContain("Цель 2025 г. — 20 %: не достигнуто");
    const sheets = host.written[0].report.sheets;
    expect(sheets.map((s) => s.name)).toEqual(["Кадры 2025", "МТО 2025", "Ресурсные дефициты 2025", "Динамика индексов 2025"]);
    const staffing = sheets[3].tables[0];
    expect(staffing.title).toMatch(/^Показатель 11/);
    const type = staffing.columns.findIndex((c) => c.key === "type");
    expect(Object.fromEntries(staffing.rows.map((r) => [String(r[1]), r[type]]))).toEqual({
      S1: "без изменений", S2: "положительная", S3: "положительная", S4: "без изменений", S5: "без изменений", S6: "нет данных",
    });
  });

  it("leaves schools without both years out of m when asked, and takes the target of another programme year", async () => {
    const host = new MemoryHost(resources());
    await toSettings(<DeficitsPage />, host);
    fireEvent.click(screen.getByLabelText("Не учитывать в m школы без индекса за один из годов"));
    fireEvent.change(screen.getByLabelText("Целевое значение какого года"), { target: { value: "2026" } });
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    // m = five schools; the 2026 minimum is 40 %.
    expect(indicators()).toContain("Показатель 11 (кадры): положительная динамика у 2 из 5 (40 %)");
    expect(indicators()).toContain("Показатель 12 (МТО): положительная динамика у 1 из 5 (20 %)");
    expect(indicators()).toContain("Цель 2026 г. — 40 %: достигнуто");
    expect(indicators()).toContain("Цель 2026 г. — 40 %: не достигнуто");
    expect(host.written[0].report.sheets[3].notes).toContain("Школы в знаменателе m: 5 (без данных за один из годов — исключены)");
  });

  it("a year without the year before in the table has no dynamics: said in the settings, no fourth sheet", async () => {
    const host = new MemoryHost(resources());
    await toSettings(<DeficitsPage />, host);
    fireEvent.change(screen.getByLabelText("Год данных"), { target: { value: "2024" } });
    expect(screen.getByText("В таблице нет 2023 года: динамика индексов (показатели 11–12) не рассчитывается.")).toBeTruthy();
    expect(screen.queryByLabelText("Целевое значение какого года")).toBeNull();
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(5);
    expect(screen.queryByLabelText(/^Динамика индексов/, { selector: "ul" })).toBeNull();
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Кадры 2024", "МТО 2024", "Ресурсные дефициты 2024"]);
  });

  it("counts only the project schools of a list in m (as --cohort-file)", async () => {
    const host = new SheetsHost([resources(), sheet("Школы проекта", [["Логин ОО"], ["S2"], ["S5"], ["S6"]])]);
    await toSettings(<DeficitsPage />, host);
    await screen.findByText("Лист «Школы проекта»", { selector: "option" });
    fireEvent.change(screen.getByLabelText("Школы проекта (необязательно)"), { target: { value: "sheet:Школы проекта" } });
    await screen.findByText("Школ проекта: 3.");
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    // S2 improved its staffing, S5 did not, S6 has no 2024: 1 of 3; no equipment gain among them.
    expect(indicators()).toContain("Показатель 11 (кадры): положительная динамика у 1 из 3 (33,3 %)");
    expect(indicators()).toContain("Показатель 12 (МТО): положительная динамика у 0 из 3 (0 %)");
    const staffing = host.written[0].report.sheets[3].tables[0];
    expect(staffing.rows.map((r) => r[1])).toEqual(["S2", "S5", "S6"]);
  });
});
