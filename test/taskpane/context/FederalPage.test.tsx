/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FederalPage } from "../../../src/taskpane/pages/FederalPage";
import { click, nbsp, stat, stepHeading, toSettings } from "./steps";
import { sheet, SheetsHost } from "./sheetsHost";

configure({ defaultHidden: true });

/**
 * TV-9 (domain-notes §11) on four schools. Olympiads over mean enrolment 400: A 2 participants (0,50 % — flagged, «и
 * ниже»), B 3 (0,75 % — not). ЕГЭ gap to the region's 68: B 48 (exactly 20 — not «более 20»), C 47 (21 — flagged);
 * C is also the lowest mean, so the bottom 25 % by results. C has the lowest ИСБШ; D is hard to reach, with a
 * settlement unemployment of 12 % against the region's 6 %.
 */
const SCHOOLS = sheet("Школы", [
  ["Критерии ФЦПРО 2016"],
  ["Логин ОО", "Наименование ОО", "МО", "Участники олимпиад", "Контингент 1", "Контингент 2", "Контингент 3", "ИСБШ", "Труднодоступный НП", "Доля безработных"],
  ["A", "Школа A", "МР-1", 2, 400, 400, 400, 60, "нет", 0.05],
  ["B", "Школа B", "МР-1", 3, 390, 400, 410, 55, "нет", 0.05],
  ["C", "Школа C", "МР-2", 20, 400, 400, 400, 30, "нет", 0.05],
  ["D", "Школа D", "МР-2", 20, 400, 400, 400, 50, "да", 0.12],
]);

const MEANS = (edit?: (rows: unknown[][]) => void) => {
  const rows: unknown[][] = [
    ["A", "ЕГЭ русский язык", 70, 68], ["B", "ЕГЭ русский язык", 48, 68], ["C", "ЕГЭ русский язык", 47, 68], ["D", "ЕГЭ русский язык", 60, 68],
  ];
  edit?.(rows);
  return sheet("Средние", [["Логин ОО", "Процедура", "Средний балл ОО", "Средний балл по региону"], ...rows]);
};

/** The written criteria table's column `key` by school id. */
function written(host: SheetsHost, key: string): Record<string, unknown> {
  const table = host.written[host.written.length - 1].report.sheets[0].tables[0];
  const id = table.columns.findIndex((c) => c.key === "schoolId");
  const col = table.columns.findIndex((c) => c.key === key);
  return Object.fromEntries(table.rows.map((r) => [String(r[id]), r[col]]));
}

/** Picks the sheet «Средние» as the means table, once the workbook's sheets are listed. */
async function chooseMeans(): Promise<HTMLElement> {
  const select = screen.getByLabelText("Средние баллы по процедурам (необязательно)");
  await screen.findByText("Лист «Средние»", { selector: "option" });
  fireEvent.change(select, { target: { value: "sheet:Средние" } });
  return select;
}

const criterion = (text: RegExp) => nbsp(within(screen.getByLabelText("По критериям", { selector: "ul" })).getByText(text).textContent);

describe("2016 federal criteria page", () => {
  it("TV-9 with the means table: gap 21 flagged and 20 not, 0,50 % flagged and 0,75 % not; ШНРО and ШФНСУ written", async () => {
    const host = new SheetsHost([SCHOOLS, MEANS()]);
    await toSettings(<FederalPage />, host);
    expect((screen.getByLabelText(/Нижняя группа, % школ/) as HTMLInputElement).value).toBe("25");
    await chooseMeans();
    await screen.findByText("Прочитано средних: 4 (школ: 4).");
    fireEvent.change(screen.getByLabelText("Безработица по региону"), { target: { value: "0,06" } });
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(4);
    expect(stat("ШНРО")).toBe(2);
    expect(stat("ШФНСУ")).toBe(2);
    expect(criterion(/^Низкие результаты/)).toBe("Низкие результаты (нижняя группа): 1");
    expect(criterion(/^Разрыв/)).toBe("Разрыв со средним по региону более порога: 1");
    expect(criterion(/^Олимпиады/)).toBe("Олимпиады: 0,5 % и ниже: 1");
    expect(criterion(/^Высокая безработица/)).toBe("Высокая безработица: 1");
    expect(nbsp(screen.getByLabelText("Школы ШНРО", { selector: "ul" }).textContent)).toBe("Школа A: критериев 1Школа C: критериев 2");
    expect(screen.getByText("Композит результатов — средний z средних баллов по процедурам.")).toBeTruthy();

    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["Критерии ФЦПРО 2016"]);
    expect(written(host, "largeGap")).toEqual({ A: "нет", B: "нет", C: "да", D: "нет" });
    expect(written(host, "lowOlympiad")).toEqual({ A: "да", B: "нет", C: "нет", D: "нет" });
    expect(written(host, "shnro")).toEqual({ A: "да", B: "нет", C: "да", D: "нет" });
    expect(written(host, "shnsu")).toEqual({ A: "нет", B: "нет", C: "да", D: "да" });
    expect(written(host, "unemployment")).toEqual({ A: "нет", B: "нет", C: "нет", D: "да" });
  });

  it("without the means the results criteria are undecided; the region's unemployment left empty leaves ШФНСУ of A and B open", async () => {
    const host = new SheetsHost([SCHOOLS, MEANS()]);
    await toSettings(<FederalPage />, host);
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(stat("ШНРО")).toBe(1);
    expect(nbsp(screen.getByText(/^Не хватает данных для вывода/).textContent)).toBe("Не хватает данных для вывода: ШНРО — у 3 школ, ШФНСУ — у 2 (на листе — «нет данных»).");
    expect(screen.getByText("не задана доля безработных по региону: признак «безработица выше средней» не оценён")).toBeTruthy();
    expect(written(host, "shnro")).toEqual({ A: "да", B: "нет данных", C: "нет данных", D: "нет данных" });
  });

  it("a means table with a bad cell lists it at its cell and keeps the run off until it is fixed and read again, or left out", async () => {
    const host = new SheetsHost([SCHOOLS, MEANS((rows) => {
      rows[1][2] = "сорок восемь";
    })]);
    await toSettings(<FederalPage />, host);
    const select = await chooseMeans();
    await screen.findByText("Ошибок в таблице: 1. Исправьте ячейки и выберите таблицу снова или не используйте её.");
    expect(screen.getByText("Рассчитать и записать", { selector: "button" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText(/В таблице средних «Средние» ошибок: 1/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText("Перейти к ячейке Средние!C3"));
    await waitFor(() => expect(host.goTos[0]).toMatchObject({ sheet: "Средние", row: 3, col: 3 }));

    // Fixed in the workbook and read again: the run is on.
    host.matrices[1] = MEANS();
    fireEvent.click(screen.getByText("Прочитать заново", { selector: "button" }));
    await screen.findByText("Прочитано средних: 4 (школ: 4).");
    expect(screen.getByText("Рассчитать и записать", { selector: "button" }).hasAttribute("disabled")).toBe(false);

    host.matrices[1] = MEANS((rows) => {
      rows[0][3] = "нет данных";
    });
    fireEvent.click(screen.getByText("Прочитать заново", { selector: "button" }));
    await screen.findByText(/^Ошибок в таблице: 1/);
    fireEvent.change(select, { target: { value: "" } });
    await waitFor(() => expect(screen.getByText("Рассчитать и записать", { selector: "button" }).hasAttribute("disabled")).toBe(false));
  });
});
