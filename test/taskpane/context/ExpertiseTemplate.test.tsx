/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FormSheet } from "../../../src/core/report/expertiseTemplate";
import { areaAddress } from "../../../src/core/report/expertiseTemplate";
import type { HostOptions, SourceMatrix, SourceRef } from "../../../src/host/WorkbookHost";
import { ExpertisePage } from "../../../src/taskpane/pages/ExpertisePage";
import { PANE_FUNCTION_NAMESPACE } from "../../../src/taskpane/workflows/context/expertiseWorkflow";
import { MemoryHost } from "../workflows/memoryHost";
import { renderWithHost } from "../workflows/render";
import { button, click, nbsp, stepHeading } from "./steps";

configure({ defaultHidden: true });

/** A host that writes forms (as the Excel host does) and holds several sheets. */
class FormHost extends MemoryHost {
  readonly forms: FormSheet[][] = [];

  constructor(readonly book: Record<string, SourceMatrix>) {
    super(Object.values(book)[0], { sheets: Object.keys(book), tables: [] });
  }

  override async readSource(ref: SourceRef, options: HostOptions = {}): Promise<SourceMatrix> {
    this.reads.push(ref);
    options.onProgress?.({ stage: "read", done: 0, total: 1 });
    return this.book[ref.kind === "sheet" ? ref.name ?? "" : ""] ?? this.matrix;
  }

  async writeForms(forms: readonly FormSheet[]): Promise<void> {
    this.forms.push([...forms]);
    for (const f of forms) this.sheets.add(f.name);
  }
}

const matrix = (sheet: string, values: unknown[][]): SourceMatrix => ({ sheet, originRow: 1, originCol: 1, values });
const RUBRIC = matrix("Рубрика", [
  ["Раздел", "№ критерия", "Критерий", "Максимальный балл", "Блок"],
  ["Кадры", "1", "Есть план", 3, "механизмы"],
  ["Кадры", "2", "План выполнен", 5, "реализация"],
]);
const formulaAt = (form: FormSheet, a1: string) => form.cells.find((c) => areaAddress({ ...c, rows: 1, cols: 1 }) === a1)?.formula;

describe("expertise page: the template in Excel and an edited rubric", () => {
  it("writes one protected template sheet per object with the formulas of the running add-in's namespace", async () => {
    const host = new FormHost({ Рубрика: RUBRIC });
    renderWithHost(<ExpertisePage />, host);
    await stepHeading(1, "Источник данных");
    expect(screen.getByText(/у каждого свой лист шаблона/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Объекты экспертизы/), { target: { value: "Северный МР\nЮжный МР" } });
    click("Записать шаблон экспертизы");
    await screen.findByText(/^Записаны листы шаблона \(2\): «Северный МР», «Южный МР»/);
    const [forms] = host.forms;
    expect(forms.map((f) => [f.name, f.protect, f.validations.length])).toEqual([["Северный МР", true, 19], ["Южный МР", true, 19]]);
    expect(PANE_FUNCTION_NAMESPACE).toBe("SHNORDEV"); // a development (test) build: the development manifest's namespace
    expect(formulaAt(forms[0], "B7")).toBe('IFERROR(SHNORDEV.EXPERTISELEVEL(H11:H29,I11:I29),IFERROR(SUM(H11:H29)/SUM(I11:I29),""))');
    expect(host.goTos.at(-1)).toEqual({ sheet: "Северный МР", row: 5, col: 2 });
    expect(host.written).toEqual([]);
    // Written again: the sheets exist, nothing is replaced.
    click("Записать шаблон экспертизы");
    await screen.findByText(/уже есть/);
    expect(host.forms).toHaveLength(1);
  });

  it("reads an edited rubric from a sheet: its problems at their cells, then, corrected, the rubric of the template and the check", async () => {
    const broken = matrix("Рубрика", RUBRIC.values.map((r, i) => (i === 2 ? [r[0], r[1], r[2], 0, r[4]] : r)));
    const host = new FormHost({ Рубрика: broken, Оценки: matrix("Оценки", [...RUBRIC.values.map((r, i) => [...r, i === 0 ? "Балл" : i])]) });
    renderWithHost(<ExpertisePage />, host);
    await stepHeading(1, "Источник данных");
    const select = () => screen.getByLabelText("Свои критерии с листа книги") as HTMLSelectElement;
    await waitFor(() => expect(select().disabled).toBe(false));
    fireEvent.change(select(), { target: { value: "sheet:Рубрика" } });
    await screen.findByText(/^Ошибок в таблице: 1/);
    const errors = screen.getByLabelText("Ошибки: 1", { selector: "section" });
    fireEvent.click(within(errors).getByLabelText("Перейти к ячейке Рубрика!D3"));
    await waitFor(() => expect(host.goTos.at(-1)).toMatchObject({ sheet: "Рубрика", row: 3, col: 4 }));
    expect((screen.getByLabelText("Рубрика") as HTMLSelectElement).selectedOptions[0].textContent).toBe("Муниципальная дорожная карта");

    host.book["Рубрика"] = RUBRIC;
    fireEvent.change(select(), { target: { value: "" } });
    fireEvent.change(select(), { target: { value: "sheet:Рубрика" } });
    await waitFor(() => expect((screen.getByLabelText("Рубрика") as HTMLSelectElement).selectedOptions[0].textContent).toBe("Рубрика с листа «Рубрика»"));
    expect(nbsp(screen.getByText(/^Рубрика прочитана/).textContent)).toBe("Рубрика прочитана: разделов — 1, критериев — 2, максимум 8 баллов.");
    click("Записать шаблон экспертизы");
    await screen.findByText(/^Записаны листы шаблона \(1\): «Экспертиза»/);
    expect(host.forms[0][0].validations.map((v) => [areaAddress(v.area), v.max])).toEqual([["F11", 3], ["F12", 5]]);

    // The filled sheet is checked against the edited rubric.
    fireEvent.click(await screen.findByLabelText("Весь лист"));
    fireEvent.change(await screen.findByLabelText("Лист", { selector: "select" }), { target: { value: "Оценки" } });
    await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
    click("Прочитать данные");
    await stepHeading(2, "Столбцы");
    click("Проверить данные");
    await stepHeading(3, "Проверка данных");
    expect(nbsp(screen.getByText(/^Объектов экспертизы/).textContent)).toBe("Объектов экспертизы: 1, критериев в рубрике: 2.");
  });
});
