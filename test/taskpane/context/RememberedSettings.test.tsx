/** @jest-environment jsdom */
import { cleanup, configure, fireEvent, screen } from "@testing-library/react";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { FederalPage } from "../../../src/taskpane/pages/FederalPage";
import { OipPage } from "../../../src/taskpane/pages/OipPage";
import { MemoryHost } from "../workflows/memoryHost";
import { click, stepHeading, toSettings } from "./steps";

configure({ defaultHidden: true });

const OIP: SourceMatrix = {
  sheet: "ОИП", originRow: 1, originCol: 1,
  values: [["Логин ОО", "Наименование ОО", "МО", "Год", "ОИП"], ["S1", "Школа 1", "МР-1", 2023, 35], ["S1", "Школа 1", "МР-1", 2024, 34], ["S2", "Школа 2", "МР-2", 2023, 40], ["S2", "Школа 2", "МР-2", 2024, 38]],
};

describe("the settings of the new pages are remembered in the workbook", () => {
  it("ОИП: the year and target chosen come back on the next run; a malformed stored target gives the default", async () => {
    const host = new MemoryHost(OIP);
    await toSettings(<OipPage />, host);
    expect(screen.getByText(/^Настройки сохраняются в книге/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Год"), { target: { value: "2023" } });
    fireEvent.change(screen.getByLabelText("Целевое значение ОИП"), { target: { value: "38,5" } });
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(JSON.parse(host.stored ?? "{}").oip).toEqual({ year: 2023, target: 38.5 });
    cleanup();

    await toSettings(<OipPage />, host);
    expect((screen.getByLabelText("Год") as HTMLSelectElement).value).toBe("2023");
    expect((screen.getByLabelText("Целевое значение ОИП") as HTMLInputElement).value).toBe("38,5");
    cleanup();

    host.stored = JSON.stringify({ oip: { year: 2023, target: "много" } });
    await toSettings(<OipPage />, host);
    expect((screen.getByLabelText("Год") as HTMLSelectElement).value).toBe("2023");
    expect((screen.getByLabelText("Целевое значение ОИП") as HTMLInputElement).value).toBe("36");
  });

  it("2016 criteria: the bottom group comes back, and the step says the means table is not kept", async () => {
    const host = new MemoryHost({
      sheet: "Школы", originRow: 1, originCol: 1,
      values: [
        ["Логин ОО", "Наименование ОО", "МО", "Участники олимпиад", "Обучающихся", "ИСБШ"],
        ["A", "Школа A", "МР-1", 2, 400, 60], ["B", "Школа B", "МР-1", 1, 400, 40], ["C", "Школа C", "МР-2", 0, 400, 30], ["D", "Школа D", "МР-2", 5, 400, 50],
      ],
    });
    host.stored = JSON.stringify({ federal: { quantile: 0.5, shnroMin: 9 } });
    await toSettings(<FederalPage />, host);
    expect(screen.getByText(/^В книге сохраняются нижняя группа, правило разрыва.*Средние баллы по процедурам — другая таблица книги — не сохраняются/)).toBeTruthy();
    expect(screen.queryByText(/^Настройки сохраняются в книге/)).toBeNull();
    expect((screen.getByLabelText(/Нижняя группа, % школ/) as HTMLInputElement).value).toBe("50");
  });
});
