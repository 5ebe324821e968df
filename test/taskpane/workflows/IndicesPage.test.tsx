/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { giaMeansFromStudents } from "../../../src/core/indicators/giaDeviation";
import { analyseDeviation } from "../../../src/core/report/deviationAnalysis";
import { analyseStudentIndices } from "../../../src/core/report/studentIndices";
import { readStudentTable } from "../../../src/core/table/students";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { generateRegion } from "../../../src/sample/generateRegion";
import { studentsTable } from "../../../src/sample/studentsFile";
import { IndicesPage } from "../../../src/taskpane/pages/IndicesPage";
import { MemoryHost } from "./memoryHost";
import { renderWithHost } from "./render";

// studentsFile also writes CSV through the file host (exceljs, which jsdom cannot load); only its table is used here.
jest.mock("../../../src/host/file", () => ({ writeCsv: jest.fn() }));
configure({ defaultHidden: true });

const stepHeading = (n: number, title: string) => screen.findByText(`Шаг ${n} из 6. ${title}`, { selector: "h3" });
const button = (name: string) => screen.getByText(name, { selector: "button" });

function studentMatrix(edit?: (rows: unknown[][]) => void): SourceMatrix {
  const table = studentsTable(generateRegion({ seed: 5, schools: 12 }));
  const rows = table.rows.map((r) => [...r] as unknown[]);
  edit?.(rows);
  return { sheet: "Ученики", originRow: 1, originCol: 1, values: [table.columns.map((c) => c.header), ...rows] };
}

async function toCheck(host: MemoryHost) {
  renderWithHost(<IndicesPage />, host);
  await stepHeading(1, "Источник данных");
  await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
  fireEvent.click(button("Прочитать данные"));
  await stepHeading(2, "Столбцы");
  fireEvent.click(button("Проверить данные"));
  await stepHeading(3, "Проверка данных");
}

describe("indices page", () => {
  it("computes ИНР/ИМР and the ГИА deviation from student rows and writes the core's sheets", async () => {
    const host = new MemoryHost(studentMatrix());
    await toCheck(host);
    fireEvent.click(button("Далее: настройки"));
    await stepHeading(4, "Настройки");
    expect((screen.getByLabelText("Год результатов") as HTMLSelectElement).value).toBe("2024");
    expect((screen.getByLabelText("Русский язык") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Математика") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Физика") as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText("Год целевых значений программы") as HTMLSelectElement).value).toBe("2025");
    // No mass subject: cannot run.
    fireEvent.click(screen.getByLabelText("Русский язык"));
    fireEvent.click(screen.getByLabelText("Математика"));
    expect(screen.getAllByText("Выберите хотя бы один массовый предмет.").length).toBeGreaterThan(0);
    expect(button("Рассчитать и записать").hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByLabelText("Русский язык"));
    fireEvent.click(screen.getByLabelText("Математика"));
    fireEvent.change(screen.getByLabelText("Год целевых значений программы"), { target: { value: "2027" } });
    fireEvent.click(button("Рассчитать и записать"));
    await stepHeading(6, "Готово");

    const rows = readStudentTable(host.matrix).rows;
    const { analysis } = analyseStudentIndices(rows, { massSubjects: ["RUS", "MATH"] }, { year: 2024, targetYear: 2027 });
    const deviation = analyseDeviation(giaMeansFromStudents(rows), "students", 2024, { targetYear: 2027 });
    const names = host.written[0].report.sheets.map((s) => s.name);
    expect(names).toEqual(["ИНР 2024", "ИМР 2024 по предметам", "Регион 2024", "Динамика индексов 2023-2024", "Спецификации 2024", "Отклонение ГИА 2024", "Ячейки ГИА 2024"]);
    // The verdict lines carry the core's n/m for each index.
    const d = analysis.dynamics;
    if (!d || !d.imr) throw new Error("the sample has 2023 and ИМР");
    for (const [label, share] of [["ИНР (снижение)", d.inr.share], ["ИМР (рост)", d.imr.share], ["Отклонение ГИА (рост)", deviation.share]] as const) {
      expect(screen.getByText(new RegExp(`^${label.replace(/[()]/g, "\\$&")}: ${share.n} из ${share.m} `))).toBeTruthy();
    }
    // One region row per procedure × grade.
    expect(screen.getAllByRole("row").length - 1).toBe(analysis.region.length);
    expect(JSON.parse(host.stored ?? "{}")).toMatchObject({ indices: { year: 2024, massSubjects: ["RUS", "MATH"], targetYear: 2027 } });
  });

  it("lists bad scores as problems that link to their cells", async () => {
    const host = new MemoryHost(studentMatrix((rows) => {
      rows[3][6] = "много";
    }));
    await toCheck(host);
    expect(screen.queryByText("Далее: настройки", { selector: "button" })).toBeNull();
    const link = await screen.findByText("Ученики!G5", { exact: false, selector: "button" });
    fireEvent.click(link);
    await waitFor(() => expect(host.goTos).toEqual([expect.objectContaining({ sheet: "Ученики", row: 5, col: 7 })]));
  });
});

afterEach(async () => {
  await act(async () => undefined);
});
