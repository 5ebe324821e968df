/** @jest-environment jsdom */
import { configure, fireEvent, screen } from "@testing-library/react";
import { SocialIndexPage } from "../../../src/taskpane/pages/SocialIndexPage";
import { click, nbsp, stat, stepHeading, toSettings } from "./steps";
import { sheet, SheetsHost } from "./sheetsHost";
import { tv8Matrix } from "../../fixtures/tv8";

configure({ defaultHidden: true });

/** The ШНОР list as the identify page writes it: a title, then ids with a «ШНОР» да/нет column. A and D are ШНОР. */
const LIST = (flagD = "да") => sheet("ШНОР 2025", [
  ["Список ШНОР 2025"],
  ["Логин ОО", "Наименование ОО", "ШНОР"],
  ["A", "Школа A", "да"],
  ["B", "Школа B", "нет"],
  ["D", "Школа D", flagD],
]);

async function chooseList(): Promise<HTMLElement> {
  const select = screen.getByLabelText("Список ШНОР (необязательно)");
  await screen.findByText("Лист «ШНОР 2025»", { selector: "option" });
  fireEvent.change(select, { target: { value: "sheet:ШНОР 2025" } });
  return select;
}

describe("ИСБШ page with a ШНОР list", () => {
  it("counts the ШНОР among the zone schools, marks them in the summary, and adds «из них ШНОР» to the zone sheet", async () => {
    const host = new SheetsHost([tv8Matrix(), LIST()]);
    await toSettings(<SocialIndexPage />, host);
    await chooseList();
    await screen.findByText("Школ в списке ШНОР: 2.");
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("В зоне риска")).toBe(1);
    expect(stat("Из них ШНОР")).toBe(1);
    expect(nbsp(screen.getByLabelText("Школы в зоне риска", { selector: "ul" }).textContent)).toContain("Школа D: ИСБШ 34,06 · ШНОР");
    expect(nbsp(screen.getByText(/^ШНОР в зоне риска по МО/).textContent)).toBe("ШНОР в зоне риска по МО: МР-2 — 1.");
    const zone = host.written[0].report.sheets[1].tables[0];
    const col = zone.columns.findIndex((c) => c.key === "zoneShnor");
    expect(zone.columns[col].header).toBe("из них ШНОР");
    expect(zone.rows[zone.rows.length - 1][col]).toBe(1);
  });

  it("a school off the list is not counted; without a list the summary and the sheet have no ШНОР column", async () => {
    const host = new SheetsHost([tv8Matrix(), LIST("нет")]);
    await toSettings(<SocialIndexPage />, host);
    await chooseList();
    await screen.findByText("Школ в списке ШНОР: 1.");
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(stat("Из них ШНОР")).toBe(0);
    expect(nbsp(screen.getByLabelText("Школы в зоне риска", { selector: "ul" }).textContent)).not.toContain("ШНОР");

    click("Изменить настройки");
    await stepHeading(4, "Настройки");
    fireEvent.change(screen.getByLabelText("Список ШНОР (необязательно)"), { target: { value: "" } });
    host.sheets.clear();
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(screen.queryByText("Из них ШНОР", { selector: "dt" })).toBeNull();
    expect(host.written[1].report.sheets[1].tables[0].columns.map((c) => c.key)).not.toContain("zoneShnor");
  });

  it("a list with an unreadable ШНОР cell is refused at its cell", async () => {
    const host = new SheetsHost([tv8Matrix(), LIST("может быть")]);
    await toSettings(<SocialIndexPage />, host);
    await chooseList();
    await screen.findByText(/^Ошибок в таблице: 1/);
    expect(screen.getByLabelText("Перейти к ячейке 'ШНОР 2025'!C5")).toBeTruthy();
    expect(screen.getByText("Рассчитать и записать", { selector: "button" }).hasAttribute("disabled")).toBe(true);
  });
});
