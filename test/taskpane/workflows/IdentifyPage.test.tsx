/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { identify } from "../../../src/core/indicators/identify";
import { readAggregateTable } from "../../../src/core/table/aggregate";
import { IdentifyPage } from "../../../src/taskpane/pages/IdentifyPage";
import { MemoryHost, regionMatrix } from "./memoryHost";
import { renderWithHost } from "./render";

// Role queries with names cost jsdom a getComputedStyle per node (a tenth of a second on a Fluent page), so the
// frequent ones go by text and selector; role queries stay where the role is the point. Nothing here is hidden on
// purpose, so role queries may skip the visibility check.
configure({ defaultHidden: true });

const stepHeading = (n: number, title: string) => screen.findByText(`Шаг ${n} из 6. ${title}`, { selector: "h3" });
const button = (name: string) => screen.getByText(name, { selector: "button" });
const click = (name: string) => fireEvent.click(button(name));
const nbsp = (s: string | null) => (s ?? "").replace(/\u00a0|\u202f/g, " ");

/** Source → mapping → check, as a user with no reason to change anything would go. */
async function toCheck() {
  await stepHeading(1, "Источник данных");
  await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
  click("Прочитать данные");
  await stepHeading(2, "Столбцы");
  click("Проверить данные");
  await stepHeading(3, "Проверка данных");
}

async function toSettings() {
  await toCheck();
  click("Далее: настройки");
  await stepHeading(4, "Настройки");
}

function stat(label: string): number {
  const dt = screen.getAllByText(label, { selector: "dt" })[0];
  return Number(nbsp(dt.nextElementSibling?.textContent ?? "").replace(/\s/g, ""));
}

describe("identify page", () => {
  it("walks from the sheet to written sheets, with the user's threshold, and keeps the settings in the workbook", async () => {
    const host = new MemoryHost(regionMatrix(40));
    renderWithHost(<IdentifyPage />, host);
    // No table in this workbook: the whole sheet is the source; the selection is offered only when there is one.
    await stepHeading(1, "Источник данных");
    await waitFor(() => expect((screen.getByLabelText("Весь лист") as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText("Выделенный диапазон (ничего не выделено)") as HTMLInputElement).disabled).toBe(true);
    click("Прочитать данные");

    const mapping = await stepHeading(2, "Столбцы");
    expect(document.activeElement).toBe(mapping);
    expect((screen.getByLabelText(/Логин ОО/) as HTMLSelectElement).value).toBe("0");
    expect((screen.getByLabelText("Строка заголовков") as HTMLInputElement).value).toBe("3");
    click("Проверить данные");

    await stepHeading(3, "Проверка данных");
    expect(nbsp(screen.getByText(/^Принято строк/).textContent)).toMatch(/школ: 40, годы: 2022, 2023, 2024\.$/);
    expect(screen.getByText("Ошибок не найдено. Можно переходить к настройкам.")).toBeTruthy();
    click("Далее: настройки");

    await stepHeading(4, "Настройки");
    const year = screen.getByLabelText("Год результатов") as HTMLSelectElement;
    expect([...year.options].map((o) => o.value)).toEqual(["2024", "2023", "2022"]);
    expect(year.value).toBe("2024");
    fireEvent.change(screen.getByLabelText("Порог низкого результата"), { target: { value: "35" } });
    fireEvent.click(screen.getByLabelText("В одной и той же процедуре"));
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    const rows = readAggregateTable(host.matrix).rows;
    const expected = identify(rows, 2024, { lowShareThreshold: 0.35, twoYearRule: "same" }).summary;
    expect(stat("Школ")).toBe(expected.schools);
    expect(stat("ШНОР")).toBe(expected.shnor);
    expect(stat("Зона риска")).toBe(expected.riskZone);
    expect(host.written).toHaveLength(1);
    expect(host.written[0].replace).toBe(false);
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);
    expect(JSON.parse(host.stored ?? "{}")).toMatchObject({ identify: { resultsYear: 2024 }, methodology: { lowShareThreshold: 0.35, twoYearRule: "same" } });

    // Each written sheet opens from its link.
    fireEvent.click(screen.getByLabelText("Открыть лист «ШНОР 2025 по МО»"));
    await waitFor(() => expect(host.goTos).toEqual([{ sheet: "ШНОР 2025 по МО", row: 1, col: 1 }]));
  });

  it("starts the settings from what the workbook stores", async () => {
    const host = new MemoryHost(regionMatrix(10));
    host.stored = JSON.stringify({ methodology: { lowShareThreshold: 0.25, clusterMethod: "pooled" }, identify: { resultsYear: 2023 } });
    renderWithHost(<IdentifyPage />, host);
    await toSettings();
    expect((screen.getByLabelText("Год результатов") as HTMLSelectElement).value).toBe("2023");
    expect((screen.getByLabelText("Порог низкого результата") as HTMLInputElement).value).toBe("25");
    expect((screen.getByLabelText("по общей доле по всем процедурам") as HTMLInputElement).checked).toBe(true);
    // «Вернуть настройки методики» restores order No. 847's values.
    click("Вернуть настройки методики");
    expect((screen.getByLabelText("Порог низкого результата") as HTMLInputElement).value).toBe("30");
    expect((screen.getByLabelText("по наибольшей доле неуспевающих (ФИОКО)") as HTMLInputElement).checked).toBe(true);
  });

  it("keeps the run button off while the threshold is not a percentage up to 40", async () => {
    renderWithHost(<IdentifyPage />, new MemoryHost(regionMatrix(10)));
    await toSettings();
    const threshold = screen.getByLabelText("Порог низкого результата");
    const run = () => button("Рассчитать и записать");
    fireEvent.change(threshold, { target: { value: "45" } });
    expect(nbsp(screen.getByText(/^Порог — от 0 до 40/).textContent)).toContain("кластер «умеренно неуспевающие»");
    expect(run().hasAttribute("disabled")).toBe(true);
    fireEvent.change(threshold, { target: { value: "тридцать" } });
    expect(screen.getByText("Введите число процентов, например 30.")).toBeTruthy();
    expect(run().hasAttribute("disabled")).toBe(true);
    fireEvent.change(threshold, { target: { value: "27,5" } });
    expect(run().hasAttribute("disabled")).toBe(false);
  });

  it("lets the user map a column the headers did not name, and refuses a column used twice", async () => {
    const matrix = regionMatrix(10);
    matrix.values[2] = ["Учреждение", "school name", "district", "locality", "group", "year", "assessment", "participants", "failed", "mean score"];
    const host = new MemoryHost(matrix);
    renderWithHost(<IdentifyPage />, host);
    await stepHeading(1, "Источник данных");
    await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
    click("Прочитать данные");
    await stepHeading(2, "Столбцы");
    // English headers are recognised; the school id is not.
    expect((screen.getByLabelText(/^Год/) as HTMLSelectElement).value).toBe("5");
    expect(screen.getByText("Выберите столбцы для полей: «Логин ОО (код школы)».")).toBeTruthy();
    const check = () => button("Проверить данные");
    expect(check().hasAttribute("disabled")).toBe(true);

    const schoolId = screen.getByLabelText(/Логин ОО/);
    fireEvent.change(schoolId, { target: { value: "1" } });
    expect(screen.getByText("Этот столбец уже выбран для другого поля")).toBeTruthy();
    expect(check().hasAttribute("disabled")).toBe(true);
    fireEvent.change(schoolId, { target: { value: "0" } });
    expect(screen.queryByText("Этот столбец уже выбран для другого поля")).toBeNull();
    expect(screen.getByText("например: sch01001")).toBeTruthy();
    click("Проверить данные");
    await stepHeading(3, "Проверка данных");
    expect(nbsp(screen.getByText(/^Принято строк/).textContent)).toMatch(/школ: 10,/);
  });

  it("lists every problem, counted and grouped, each address a link to its cell; fixed data pass on «Проверить снова»", async () => {
    const matrix = regionMatrix(10, (rows) => {
      rows[6][7] = 5;
      rows[6][8] = 9; // I10
      rows[11][6] = "ВПР 9 кл. химия"; // G15
      rows.push(["Итого", "", "", "", "", "", "", "", "", null]);
    });
    const host = new MemoryHost(matrix);
    renderWithHost(<IdentifyPage />, host);
    await toCheck();
    expect(screen.getByText(/^Ошибок: 2\. Исправьте их в книге/)).toBeTruthy();
    const errors = screen.getByLabelText("Ошибки: 2");
    const warnings = screen.getByLabelText("Предупреждения: 1");
    expect([...errors.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Результаты!I10", "Результаты!G15"]);
    expect(nbsp(errors.querySelector("li")?.textContent ?? "")).toContain("Столбец «Количество \"2\"»: число неуспевающих (9) больше числа участников (5)");
    const totalsRow = matrix.values.length;
    expect(warnings.querySelector("button")?.textContent).toBe(`Результаты!${totalsRow}:${totalsRow}`);
    expect(screen.queryByText("Далее: настройки")).toBeNull();

    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке Результаты!G15"));
    await waitFor(() => expect(host.goTos).toHaveLength(1));
    expect(host.goTos[0]).toMatchObject({ sheet: "Результаты", row: 15, col: 7 });

    // The user fixes the workbook and checks again: same mapping, no errors, a warning left.
    host.matrix = regionMatrix(10, (rows) => rows.push(["Итого", "", "", "", "", "", "", "", "", null]));
    click("Проверить снова");
    await screen.findByText(/^Ошибок нет, предупреждений: 1\./);
    expect(host.reads).toHaveLength(2);
    expect(button("Далее: настройки")).toBeTruthy();
    expect(host.written).toHaveLength(0);
  });

  it("pages a long problem list instead of rendering thousands of links", async () => {
    const host = new MemoryHost(regionMatrix(10, (rows) => rows.forEach((r) => (r[7] = "много"))));
    renderWithHost(<IdentifyPage />, host);
    await toCheck();
    const errors = screen.getByLabelText(/^Ошибки: /);
    expect(errors.querySelectorAll("li")).toHaveLength(50);
    fireEvent.click(within(errors).getByText(/^Показать ещё 50/));
    expect(errors.querySelectorAll("li")).toHaveLength(100);
  });

  it("Cancel during a read goes back at once and drops the late answer", async () => {
    const host = new MemoryHost(regionMatrix(10));
    let release = () => undefined as void;
    host.gate = new Promise<void>((r) => (release = r));
    renderWithHost(<IdentifyPage />, host);
    await stepHeading(1, "Источник данных");
    await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
    click("Прочитать данные");
    const status = await screen.findByRole("status");
    expect(within(status).getByText("Чтение данных…")).toBeTruthy();
    expect(nbsp(within(status).getByText(/^Прочитано/).textContent)).toBe(`Прочитано: 0 из ${host.matrix.values.length}`);
    expect(button("Прочитать данные").hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(status).getByText("Отменить", { selector: "button" }));
    expect(screen.getByText("Отменено. В книге ничего не изменено.")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    await act(async () => release());
    expect(screen.queryByText(/^Шаг 2 из 6/)).toBeNull();
    expect(screen.getByText("Шаг 1 из 6. Источник данных", { selector: "h3" })).toBeTruthy();
  });

  it("asks before replacing existing result sheets: «Отмена» writes nothing, «Заменить» replaces", async () => {
    const host = new MemoryHost(regionMatrix(10));
    host.sheets.add("ШНОР 2025").add("ШНОР 2025 по МО").add("Данные");
    renderWithHost(<IdentifyPage />, host);
    await toSettings();
    click("Рассчитать и записать");
    const dialog = await screen.findByRole("dialog", { name: "Заменить листы?" });
    expect([...dialog.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["ШНОР 2025", "ШНОР 2025 по МО"]);
    fireEvent.click(within(dialog).getByText("Отмена", { selector: "button" }));
    await screen.findByText(/^Листы не заменены, в книге ничего не изменено/);
    expect(host.written).toHaveLength(0);
    await stepHeading(4, "Настройки");

    click("Рассчитать и записать");
    fireEvent.click(within(await screen.findByRole("dialog")).getByText("Заменить", { selector: "button" }));
    await stepHeading(6, "Готово");
    expect(host.written).toHaveLength(1);
    expect(host.written[0].replace).toBe(true);
  });

  it("never replaces the sheet the data was read from, even when asked to replace", async () => {
    const matrix = { ...regionMatrix(10), sheet: "ШНОР 2025" };
    const host = new MemoryHost(matrix);
    host.sheets.add("ШНОР 2025");
    renderWithHost(<IdentifyPage />, host);
    await toSettings();
    click("Рассчитать и записать");
    await screen.findByText(/^Отчёт заменил бы лист «ШНОР 2025», из которого взяты данные/);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(host.written).toHaveLength(0);
  });

  it("shows why writing failed and stays on the settings", async () => {
    const host = new MemoryHost(regionMatrix(10));
    host.writeReport = async () => {
      throw new Error("Лист защищён");
    };
    renderWithHost(<IdentifyPage />, host);
    await toSettings();
    click("Рассчитать и записать");
    await screen.findByText("Лист защищён");
    expect(screen.getByText("Шаг 4 из 6. Настройки", { selector: "h3" })).toBeTruthy();
    expect(host.stored).toBeUndefined();
  });

  it("says why the workbook's sources could not be listed, and lists them again on request", async () => {
    const host = new MemoryHost(regionMatrix(5));
    const list = jest.spyOn(host, "listSources").mockRejectedValueOnce(new Error("Книга занята"));
    renderWithHost(<IdentifyPage />, host);
    await screen.findByText("Книга занята");
    click("Обновить список");
    await waitFor(() => expect(screen.queryByText("Книга занята")).toBeNull());
    expect(screen.getByText("Весь лист")).toBeTruthy();
    expect(list).toHaveBeenCalledTimes(2);
  });

  it("says what to do when there is no workbook", () => {
    renderWithHost(<IdentifyPage />, null);
    expect(screen.getByText(/^Расчёт работает с открытой книгой Excel/)).toBeTruthy();
  });

  it("speaks English when the pane does", async () => {
    renderWithHost(<IdentifyPage />, new MemoryHost(regionMatrix(5)), "en");
    expect(await screen.findByText("Step 1 of 6. Data source", { selector: "h3" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Steps" })).toBeTruthy();
    expect(screen.getByText("Whole sheet")).toBeTruthy();
  });
});

afterEach(async () => {
  await act(async () => undefined);
});
