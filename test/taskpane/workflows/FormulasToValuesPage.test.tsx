/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import type { HostOptions } from "../../../src/host/WorkbookHost";
import { FormulasToValuesPage } from "../../../src/taskpane/pages/FormulasToValuesPage";
import { MemoryHost, regionMatrix } from "./memoryHost";
import { renderWithHost } from "./render";

configure({ defaultHidden: true });
const button = (name: string) => screen.getByText(name, { selector: "button" });

/** A host with the optional capability: records the scopes asked for and reports progress. */
class ConvertingHost extends MemoryHost {
  readonly scopes: string[] = [];
  async formulasToValues(scope: "sheet" | "workbook", options: HostOptions = {}) {
    this.scopes.push(scope);
    options.onProgress?.({ stage: "read", done: 5, total: 10 });
    return { converted: 1234, sheets: ["Лист1", "Лист2"] };
  }
}

describe("formulas → values", () => {
  it("asks first, then converts the chosen scope and says how many formulas were replaced", async () => {
    const host = new ConvertingHost(regionMatrix(3));
    renderWithHost(<FormulasToValuesPage />, host);
    fireEvent.click(screen.getByLabelText("Вся книга"));
    fireEvent.click(button("Заменить формулы значениями"));
    expect(await screen.findByText(/Отменить замену можно только сочетанием Ctrl\+Z/)).toBeTruthy();
    expect(host.scopes).toEqual([]);
    // «Отмена» leaves the workbook alone.
    fireEvent.click(button("Отмена"));
    await waitFor(() => expect(screen.queryByText(/Ctrl\+Z/)).toBeNull());
    expect(host.scopes).toEqual([]);
    fireEvent.click(button("Заменить формулы значениями"));
    fireEvent.click(await screen.findByText("Заменить", { selector: "button" }));
    await screen.findByText(/Заменено формул: 1\s234\. Листы: Лист1, Лист2\./);
    expect(host.scopes).toEqual(["workbook"]);
  });

  it("says so when the host cannot convert formulas", () => {
    renderWithHost(<FormulasToValuesPage />, new MemoryHost(regionMatrix(3)));
    expect(screen.getByText(/Эта версия Excel не умеет заменять формулы/)).toBeTruthy();
    expect(screen.queryByText("Заменить формулы значениями", { selector: "button" })).toBeNull();
  });
});

afterEach(async () => {
  await act(async () => undefined);
});
