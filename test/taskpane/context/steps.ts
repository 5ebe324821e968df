/** Shared by the context page tests: the step headings and buttons, and the walk from the source to the check. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import type { MemoryHost } from "../workflows/memoryHost";
import { renderWithHost } from "../workflows/render";

export const stepHeading = (n: number, title: string) => screen.findByText(`Шаг ${n} из 6. ${title}`, { selector: "h3" });
export const button = (name: string) => screen.getByText(name, { selector: "button" });
export const click = (name: string) => fireEvent.click(button(name));
export const nbsp = (s: string | null | undefined) => (s ?? "").replace(/\u00a0|\u202f/g, " ");
/** The number under a summary's `label` (the first such term). */
export const stat = (label: string) => Number(nbsp(screen.getAllByText(label, { selector: "dt" })[0].nextElementSibling?.textContent).replace(/\s/g, ""));

/** From step 1 (once the sources are listed) through the columns to the check. */
export async function readAndCheck(): Promise<void> {
  await waitFor(() => expect(button("Прочитать данные").hasAttribute("disabled")).toBe(false));
  click("Прочитать данные");
  await stepHeading(2, "Столбцы");
  click("Проверить данные");
  await stepHeading(3, "Проверка данных");
}

/** Renders `page` over `host` and walks to step 3, the check. */
export async function toCheck(page: ReactElement, host: MemoryHost): Promise<void> {
  renderWithHost(page, host);
  await stepHeading(1, "Источник данных");
  await readAndCheck();
}

/** Renders `page` over `host` and walks to step 4, the settings. */
export async function toSettings(page: ReactElement, host: MemoryHost): Promise<void> {
  await toCheck(page, host);
  click("Далее: настройки");
  await stepHeading(4, "Настройки");
}
