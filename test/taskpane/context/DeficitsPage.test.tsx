/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor } from "@testing-library/react";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { DeficitsPage } from "../../../src/taskpane/pages/DeficitsPage";
import { MemoryHost } from "../workflows/memoryHost";
import { click, nbsp, stat, stepHeading, toCheck } from "./steps";

configure({ defaultHidden: true });

const HEADER = [
  "Логин ОО", "Наименование ОО", "МО", "Укомплектованность", "Вакансии", "Доля педагогов пенсионного возраста", "Высшая и первая категория",
  "Средняя нагрузка", "Моложе 35 лет", "Оснащенные кабинеты", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена",
];

/** Five schools: S2 short of staff, S3 with old staff and no broadband, S4 needing a capital repair. */
function resources(edit?: (rows: (string | number)[][]) => void): SourceMatrix {
  const rows: (string | number)[][] = [
    ["S1", "Школа 1", "МР-1", 1, 0, 0.2, 0.6, 1.5, 0.2, 0.9, 20, "да", "да", "нет", "нет"],
    ["S2", "Школа 2", "МР-1", 0.9, 5, 0.2, 0.5, 1.8, 0.1, 0.8, 15, "да", "да", "нет", "нет"],
    ["S3", "Школа 3", "МР-1", 1, 0, 0.4, 0.4, 1.6, 0.1, 0.7, 10, "нет", "нет", "нет", "нет"],
    ["S4", "Школа 4", "МР-2", 1, 0, 0.1, 0.7, 1.4, 0.3, 0.6, 12, "да", "нет", "да", "нет"],
    ["S5", "Школа 5", "МР-2", 1, 0, 0.1, 0.6, 1.2, 0.25, 0.95, 25, "да", "да", "нет", "нет"],
  ];
  edit?.(rows);
  return { sheet: "Ресурсы", originRow: 1, originCol: 1, values: [HEADER, ...rows] };
}

describe("deficits page", () => {
  it("computes both indices, the deficit flags and the per-municipality table, and writes three sheets", async () => {
    const host = new MemoryHost(resources());
    await toCheck(<DeficitsPage />, host);
    click("Далее: настройки");
    await stepHeading(4, "Настройки");
    expect((screen.getByLabelText("T-баллы (50 ± 10)") as HTMLInputElement).checked).toBe(true);
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(5);
    expect(stat("Кадровый дефицит")).toBe(2);
    expect(stat("Инфраструктурный дефицит")).toBe(2);
    expect(stat("Оба дефицита")).toBe(1);
    const list = nbsp(screen.getByLabelText("По муниципалитетам", { selector: "ul" }).textContent);
    expect(list).toContain("МР-1: кадровый 2, инфраструктурный 1, оба 1 (школ: 3)");
    expect(list).toContain("МР-2: кадровый 0, инфраструктурный 1, оба 0 (школ: 2)");
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Кадры", "МТО", "Ресурсные дефициты"]);
    expect(JSON.parse(host.stored ?? "{}").deficits).toEqual({ scale: "tScore", anchor: "baseYear", excludeNotEvaluable: false, targetYear: null });
  });

  it("refuses a yes/no cell it cannot read, at its cell", async () => {
    const host = new MemoryHost(resources((rows) => {
      rows[2][13] = "может быть";
    }));
    await toCheck(<DeficitsPage />, host);
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    expect(nbsp(errors.textContent)).toContain("может быть");
    fireEvent.click(screen.getByLabelText("Перейти к ячейке Ресурсы!N4"));
    await waitFor(() => expect(host.goTos[0]).toMatchObject({ sheet: "Ресурсы", row: 4, col: 14 }));
  });
});
