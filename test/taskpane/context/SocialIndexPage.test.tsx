/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SocialIndexPage } from "../../../src/taskpane/pages/SocialIndexPage";
import { MemoryHost } from "../workflows/memoryHost";
import { renderWithHost } from "../workflows/render";
import { TV8_ISBS, tv8Matrix } from "../../fixtures/tv8";
import { button, click, nbsp, readAndCheck, stat, stepHeading, toSettings } from "./steps";

configure({ defaultHidden: true });

/** The ИСБШ column of the written school list, by school id. */
function writtenIndex(host: MemoryHost): Record<string, number> {
  const table = host.written[0].report.sheets[0].tables[0];
  const id = table.columns.findIndex((c) => c.key === "schoolId");
  const index = table.columns.findIndex((c) => c.key === "index");
  return Object.fromEntries(table.rows.map((r) => [String(r[id]), r[index] as number]));
}

describe("ИСБШ page", () => {
  it("walks TV-8 from the passport to written sheets: ИСБШ 61.53/50.94/53.47/34.06, D alone in the zone, shown in the summary", async () => {
    const host = new MemoryHost(tv8Matrix());
    renderWithHost(<SocialIndexPage />, host);
    await stepHeading(1, "Источник данных");
    expect(screen.getByText(/^Социальный паспорт: одна строка на школу/)).toBeTruthy();
    await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
    click("Прочитать данные");

    // The mapping lists the passport's own fields, component columns named by their Russian labels.
    await stepHeading(2, "Столбцы");
    expect((screen.getByLabelText(/Логин ОО/) as HTMLSelectElement).value).toBe("0");
    expect((screen.getByLabelText(/Доля детей с девиантным поведением/) as HTMLSelectElement).value).toBe("6");
    expect((screen.getByLabelText(/Доля детей из неполных семей/) as HTMLSelectElement).value).toBe("");
    expect((screen.getByLabelText("Строка заголовков") as HTMLInputElement).value).toBe("2");
    click("Проверить данные");

    await stepHeading(3, "Проверка данных");
    expect(nbsp(screen.getByText(/^Принято строк/).textContent)).toBe("Принято строк: 4, школ: 4.");
    click("Далее: настройки");

    await stepHeading(4, "Настройки");
    expect(screen.getAllByRole("checkbox").map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, true, true]);
    expect((screen.getByLabelText("Направление: Доля детей из семей, где оба родителя имеют высшее образование") as HTMLSelectElement).value).toBe("1");
    expect((screen.getByLabelText("Направление: Доля детей, для которых русский язык является неродным") as HTMLSelectElement).value).toBe("-1");
    expect((screen.getByLabelText("T-баллы (50 ± 10)") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Зона риска, % школ/) as HTMLInputElement).value).toBe("25");
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(4);
    expect(stat("С индексом")).toBe(4);
    expect(stat("В зоне риска")).toBe(1);
    const zone = screen.getByLabelText("Школы в зоне риска", { selector: "ul" });
    expect(within(zone).getAllByRole("listitem")).toHaveLength(1);
    expect(nbsp(zone.textContent)).toContain("Школа D: ИСБШ 34,06");
    expect(nbsp(zone.textContent)).toContain("самый низкий в МР, среднее по МР 43,7");

    expect(host.written).toHaveLength(1);
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["ИСБШ", "Зона риска ИСБШ"]);
    const index = writtenIndex(host);
    ["A", "B", "C", "D"].forEach((id, i) => expect(Math.abs(index[id] - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));

    fireEvent.click(screen.getByLabelText("Открыть лист «Зона риска ИСБШ»"));
    await waitFor(() => expect(host.goTos).toEqual([{ sheet: "Зона риска ИСБШ", row: 1, col: 1 }]));
  });

  it("applies the user's settings: min–max scale, a zone of 50 % in each municipality", async () => {
    const host = new MemoryHost(tv8Matrix());
    await toSettings(<SocialIndexPage />, host);
    fireEvent.click(screen.getByLabelText("Мин–макс (0–100)"));
    fireEvent.change(screen.getByLabelText(/Зона риска, % школ/), { target: { value: "50" } });
    fireEvent.click(screen.getByLabelText("в каждом муниципалитете"));
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    // floor(0.5 · 2) = 1 per municipality: B in МР-1, D in МР-2.
    expect(stat("В зоне риска")).toBe(2);
    const zone = nbsp(screen.getByLabelText("Школы в зоне риска", { selector: "ul" }).textContent);
    expect(zone).toContain("Школа D: ИСБШ 0,00");
    expect(zone).toContain("Школа B: ИСБШ 61,4");
    expect(writtenIndex(host).A).toBe(100);
    expect(JSON.parse(host.stored ?? "{}").social).toEqual({ scale: "minMax", quantile: 0.5, scope: "municipality" });
  });

  it("starts the settings from what the workbook stores", async () => {
    const host = new MemoryHost(tv8Matrix());
    host.stored = JSON.stringify({ social: { scale: "minMax", quantile: 0.1, scope: "municipality" } });
    await toSettings(<SocialIndexPage />, host);
    expect((screen.getByLabelText("Мин–макс (0–100)") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Зона риска, % школ/) as HTMLInputElement).value).toBe("10");
    expect((screen.getByLabelText("в каждом муниципалитете") as HTMLInputElement).checked).toBe(true);
  });

  it("keeps the run button off without indicators or with a zone share out of range; a reversed direction changes the index", async () => {
    const host = new MemoryHost(tv8Matrix());
    await toSettings(<SocialIndexPage />, host);
    const run = () => button("Рассчитать и записать");
    const boxes = screen.getAllByRole("checkbox");
    boxes.forEach((b) => fireEvent.click(b));
    expect(run().hasAttribute("disabled")).toBe(true);
    expect(screen.getAllByText("Выберите хотя бы один показатель.").length).toBeGreaterThan(0);
    fireEvent.click(boxes[0]);
    expect(run().hasAttribute("disabled")).toBe(false);
    fireEvent.change(screen.getByLabelText(/Зона риска, % школ/), { target: { value: "сто" } });
    expect(run().hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByLabelText(/Зона риска, % школ/), { target: { value: "100" } });
    expect(run().hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByLabelText(/Зона риска, % школ/), { target: { value: "25" } });
    // Only «higher education» left, and its direction reversed: the school with the most (A) is now the lowest.
    fireEvent.change(screen.getByLabelText("Направление: Доля детей из семей, где оба родителя имеют высшее образование"), { target: { value: "-1" } });
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(nbsp(screen.getByLabelText("Школы в зоне риска", { selector: "ul" }).textContent)).toContain("Школа A");
  });

  it("reports a bad share at its cell, goes there on click, and stops before the settings", async () => {
    const host = new MemoryHost(tv8Matrix([["E", "Школа E", "МР-2", "город", "150%", 5, 0, 3]]));
    renderWithHost(<SocialIndexPage />, host);
    await stepHeading(1, "Источник данных");
    await readAndCheck();
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    expect(nbsp(errors.textContent)).toContain("150%");
    expect(screen.queryByText("Далее: настройки", { selector: "button" })).toBeNull();
    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке Паспорт!E7"));
    await waitFor(() => expect(host.goTos).toHaveLength(1));
    expect(host.goTos[0]).toMatchObject({ sheet: "Паспорт", row: 7, col: 5 });
  });

  it("speaks English", async () => {
    const host = new MemoryHost(tv8Matrix());
    renderWithHost(<SocialIndexPage />, host, "en");
    expect(await screen.findByText(/^ИСБШ from the schools' social passport shares/)).toBeTruthy();
  });
});
