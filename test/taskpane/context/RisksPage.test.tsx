/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { RisksPage } from "../../../src/taskpane/pages/RisksPage";
import { MemoryHost } from "../workflows/memoryHost";
import { button, click, nbsp, stat, stepHeading, toCheck } from "./steps";

configure({ defaultHidden: true });

/** Wide profiles: factor 1 high in three schools of four, factor 2 in two, factor 6 in one; two towns, two villages. */
function profiles(edit?: (rows: string[][]) => void): SourceMatrix {
  const levels = (high: number[], medium: number[] = []) => Array.from({ length: 10 }, (_, i) => (high.includes(i + 1) ? "высокая" : medium.includes(i + 1) ? "средняя" : "низкая"));
  const rows = [
    ["S1", "Школа 1", "МР-1", "город", ...levels([1, 2], [3])],
    ["S2", "Школа 2", "МР-1", "город", ...levels([1])],
    ["S3", "Школа 3", "МР-2", "село", ...levels([1, 2, 6])],
    ["S4", "Школа 4", "МР-2", "село", ...levels([])],
  ];
  edit?.(rows);
  const header = ["Логин ОО", "Наименование ОО", "МО", "Город/село", ...Array.from({ length: 10 }, (_, i) => `Фактор ${i + 1}`)];
  return { sheet: "Профили", originRow: 1, originCol: 1, values: [header, ...rows] };
}

describe("risk profiles page", () => {
  it("counts high risks, names the top factors with their shares, splits town and village", async () => {
    const host = new MemoryHost(profiles());
    await toCheck(<RisksPage />, host);
    expect(nbsp(screen.getByText(/^Принято строк/).textContent)).toBe("Принято строк: 4, школ: 4.");
    click("Далее: настройки");
    await stepHeading(4, "Настройки");
    const top = screen.getByLabelText("Сколько главных факторов назвать") as HTMLInputElement;
    expect(top.value).toBe("5");
    fireEvent.change(top, { target: { value: "11" } });
    fireEvent.blur(top);
    await waitFor(() => expect(button("Рассчитать и записать").hasAttribute("disabled")).toBe(true));
    fireEvent.change(top, { target: { value: "3" } });
    fireEvent.blur(top);
    await waitFor(() => expect(button("Рассчитать и записать").hasAttribute("disabled")).toBe(false));
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(4);
    expect(stat("С высокими рисками")).toBe(3);
    expect(stat("Город")).toBe(2);
    expect(stat("Село")).toBe(2);
    const list = screen.getByLabelText("Главные факторы риска", { selector: "ul" });
    expect(within(list).getAllByRole("listitem").map((li) => nbsp(li.textContent))).toEqual([
      "1. Низкий уровень оснащения школы — 75 %",
      "2. Дефицит педагогических кадров — 50 %",
      "6. Высокая доля обучающихся с рисками учебной неуспешности — 25 %",
    ]);
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Рисковые профили", "Факторы риска"]);
    expect(JSON.parse(host.stored ?? "{}").risks).toEqual({ topN: 3, counted: "high" });
  });

  it("counts «средняя» too when asked", async () => {
    const host = new MemoryHost(profiles());
    host.stored = JSON.stringify({ risks: { topN: 2 } });
    await toCheck(<RisksPage />, host);
    click("Далее: настройки");
    await stepHeading(4, "Настройки");
    fireEvent.click(screen.getByLabelText("«высокая» или «средняя»"));
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    // Factor 3 is «средняя» in S1 only: 25 %, below factor 2 (50 %), so the top two stay 1 and 2.
    const items = within(screen.getByLabelText("Главные факторы риска", { selector: "ul" })).getAllByRole("listitem");
    expect(items.map((li) => nbsp(li.textContent).split(" — ")[1])).toEqual(["75 %", "50 %"]);
    expect(screen.getByText("Доли — по значимости «высокая» или «средняя».")).toBeTruthy();
  });

  it("reports a significance it cannot read at its cell", async () => {
    const host = new MemoryHost(profiles((rows) => {
      rows[1][6] = "очень";
    }));
    await toCheck(<RisksPage />, host);
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    expect(nbsp(errors.textContent)).toContain("очень");
    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке Профили!G3"));
    await waitFor(() => expect(host.goTos[0]).toMatchObject({ sheet: "Профили", row: 3, col: 7 }));
  });
});
