/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor } from "@testing-library/react";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { OipPage } from "../../../src/taskpane/pages/OipPage";
import { MemoryHost } from "../workflows/memoryHost";
import { button, click, nbsp, stat, stepHeading, toCheck, toSettings } from "./steps";

configure({ defaultHidden: true });

/**
 * Five schools, 2023 and 2024: S1 35 → 34 (below 36 and declining), S2 40 → 38 (declining only), S3 30 → 32 (below,
 * growing), S4 only in 2024 at 37, S5 36 → 36 exactly (on the target: not below; no change).
 */
function oip(edit?: (rows: unknown[][]) => void): SourceMatrix {
  const rows: unknown[][] = [
    ["S1", "Школа 1", "МР-1", 2023, 35], ["S1", "Школа 1", "МР-1", 2024, 34],
    ["S2", "Школа 2", "МР-1", 2023, 40], ["S2", "Школа 2", "МР-1", 2024, 38],
    ["S3", "Школа 3", "МР-2", 2023, 30], ["S3", "Школа 3", "МР-2", 2024, "32,0"],
    ["S4", "Школа 4", "МР-2", 2024, 37],
    ["S5", "Школа 5", "МР-2", 2023, "36,0"], ["S5", "Школа 5", "МР-2", 2024, 36],
  ];
  edit?.(rows);
  return { sheet: "ОИП", originRow: 1, originCol: 1, values: [["Логин ОО", "Наименование ОО", "МО", "Год", "ОИП"], ...rows] };
}

/** The written ОИП table's column `key` by school id. */
function written(host: MemoryHost, key: string): Record<string, unknown> {
  const table = host.written[0].report.sheets[0].tables[0];
  const id = table.columns.findIndex((c) => c.key === "schoolId");
  const col = table.columns.findIndex((c) => c.key === key);
  return Object.fromEntries(table.rows.map((r) => [String(r[id]), r[col]]));
}

describe("ОИП page", () => {
  it("flags below-target and declining schools of the latest year, counts growth, and writes the ОИП sheet", async () => {
    const host = new MemoryHost(oip());
    await toSettings(<OipPage />, host);
    expect((screen.getByLabelText("Год") as HTMLSelectElement).value).toBe("2024");
    expect((screen.getByLabelText("Целевое значение ОИП") as HTMLInputElement).value).toBe("36");
    click("Рассчитать и записать");

    await stepHeading(6, "Готово");
    expect(stat("Школ")).toBe(5);
    expect(stat("Ниже 36")).toBe(2);
    expect(stat("Снижение")).toBe(2);
    expect(stat("Ниже цели и снижение")).toBe(1);
    expect(nbsp(screen.getByText(/^Прирост ОИП/).textContent)).toBe("Прирост ОИП у 1 из 4 школ (25 %).");
    expect(nbsp(screen.getByLabelText("Ниже цели и со снижением", { selector: "ul" }).textContent)).toBe("Школа 1: 35 → 34");
    expect(host.written[0].report.sheets.map((s) => s.name)).toEqual(["ОИП 2024"]);
    expect(written(host, "below")).toEqual({ S1: "да", S2: "нет", S3: "да", S4: "нет", S5: "нет" });
    expect(written(host, "decline")).toEqual({ S1: "да", S2: "да", S3: "нет", S4: "нет данных", S5: "нет" });
  });

  it("applies the target typed with a decimal comma, and an earlier year without its previous one has no decline", async () => {
    const host = new MemoryHost(oip());
    await toSettings(<OipPage />, host);
    const target = screen.getByLabelText("Целевое значение ОИП");
    fireEvent.change(target, { target: { value: "сорок" } });
    expect(screen.getAllByText("Целевое значение — число не меньше 0.").length).toBeGreaterThan(0);
    expect(button("Рассчитать и записать").hasAttribute("disabled")).toBe(true);
    fireEvent.change(target, { target: { value: "38,5" } });
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(stat("Ниже 38,5")).toBe(5);
    expect(stat("Ниже цели и снижение")).toBe(2);

    click("Изменить настройки");
    await stepHeading(4, "Настройки");
    fireEvent.change(screen.getByLabelText("Год"), { target: { value: "2023" } });
    expect(screen.getByText("В таблице нет 2022 года: снижение и прирост не оцениваются.")).toBeTruthy();
    host.sheets.clear();
    click("Рассчитать и записать");
    await stepHeading(6, "Готово");
    expect(screen.getByText("Нет значений 2022 года: прирост не оценён.")).toBeTruthy();
    expect(stat("Снижение")).toBe(0);
    expect(host.written[1].report.sheets.map((s) => s.name)).toEqual(["ОИП 2023"]);
  });

  it("refuses a value it cannot read, at its cell", async () => {
    const host = new MemoryHost(oip((rows) => {
      rows[3][4] = "много";
    }));
    await toCheck(<OipPage />, host);
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    expect(nbsp(errors.textContent)).toContain("много");
    fireEvent.click(screen.getByLabelText("Перейти к ячейке ОИП!E5"));
    await waitFor(() => expect(host.goTos[0]).toMatchObject({ sheet: "ОИП", row: 5, col: 5 }));
  });
});
