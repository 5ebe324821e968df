/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { FunctionCatalogLoader, WorksheetFunction } from "../../src/taskpane/functionCatalog";
import { version } from "../../src/taskpane/version";
import { AboutPage } from "../../src/taskpane/pages/AboutPage";
import type { WorkflowEntry } from "../../src/taskpane/workflows";
import { InfoRegular } from "@fluentui/react-icons";

// The metadata Excel would read for FAILSHARE (names as in functions.json / functions-ru.json).
const catalog: Record<"ru" | "en", WorksheetFunction[]> = {
  ru: [{ id: "FAILSHARE", name: "ДОЛЯНЕУСПЕВАЮЩИХ", description: "Доля участников, не преодолевших порог." }],
  en: [{ id: "FAILSHARE", name: "FAILSHARE", description: "Share of participants who failed." }],
};
const loadFunctions: FunctionCatalogLoader = async (lang) => catalog[lang];

function renderApp(props: Parameters<typeof App>[0] = {}) {
  return render(<App loadFunctions={loadFunctions} {...props} />);
}

describe("task pane shell", () => {
  it("starts in Russian on Home, listing the workflows before the reference page", () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: "ШНОР Аналитика" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Главная" })).toBeTruthy();
    expect(screen.queryByText("Расчёты в панели ещё не подключены.")).toBeNull();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Список ШНОР и зона риска", "Динамика за два года", "ИСБШ и зона риска", "Индексы и отклонение ГИА", "Кадровые и инфраструктурные дефициты", "Критерии ФЦПРО 2016", "ОИП", "Рисковые профили (500+)", "Показатели программы", "Экспертиза", "Формулы → значения", "О надстройке"]);
    expect(screen.getByRole("button", { name: "Открыть: О надстройке" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("ru");
    expect(screen.getByRole("button", { name: "Русский (RU)" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "English (EN)" }).getAttribute("aria-pressed")).toBe("false");
  });

  it("switches to English and reports the choice once", () => {
    const onLangChange = jest.fn();
    renderApp({ onLangChange });
    fireEvent.click(screen.getByRole("button", { name: "English (EN)" }));
    expect(screen.getByRole("heading", { level: 1, name: "SHNOR Analytics" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Home" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open: About" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Interface language" })).toBeTruthy();
    expect(screen.queryByText("Главная")).toBeNull();
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("SHNOR Analytics");
    expect(screen.getByRole("button", { name: "English (EN)" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "English (EN)" }));
    expect(onLangChange.mock.calls).toEqual([["en"]]);
  });

  it("uses the default language it is given until the user chooses", () => {
    renderApp({ defaultLang: "en" });
    expect(screen.getByRole("heading", { level: 1, name: "SHNOR Analytics" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Русский (RU)" }));
    expect(screen.getByRole("heading", { level: 1, name: "ШНОР Аналитика" })).toBeTruthy();
  });

  it("goes Home → About → Home, moving the focus for keyboard users", async () => {
    renderApp();
    const open = screen.getByRole("button", { name: "Открыть: О надстройке" });
    // A native <button> in the tab order: Enter and Space activate it in every browser.
    expect(open.tagName).toBe("BUTTON");
    expect(open.tabIndex).toBe(0);
    open.focus();
    expect(document.activeElement).toBe(open);
    fireEvent.click(open);

    const heading = await screen.findByRole("heading", { level: 2, name: "О надстройке" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(`Версия ${version}`)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Методика" })).toBeTruthy();
    expect(await screen.findByText("SHNOR.ДОЛЯНЕУСПЕВАЮЩИХ")).toBeTruthy();
    expect(screen.getByText(/Данные не покидают книгу/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Главная" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "На главную" }));
    expect(screen.getByRole("heading", { level: 2, name: "Главная" })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Открыть: О надстройке" }));
  });

  it("opens About from the header's icon button, which has an accessible name", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "О надстройке" }));
    expect(await screen.findByRole("heading", { level: 2, name: "О надстройке" })).toBeTruthy();
  });

  it("reloads the function names in the new language", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("button", { name: "Открыть: О надстройке" }));
    expect(await screen.findByText("SHNOR.ДОЛЯНЕУСПЕВАЮЩИХ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English (EN)" }));
    expect(await screen.findByText("SHNOR.FAILSHARE")).toBeTruthy();
    expect(screen.getByText("Share of participants who failed.")).toBeTruthy();
    expect(screen.queryByText("SHNOR.ДОЛЯНЕУСПЕВАЮЩИХ")).toBeNull();
  });

  it("says so when the function list cannot be loaded", async () => {
    renderApp({ loadFunctions: () => Promise.reject(new Error("functions-ru.json: HTTP 404")) });
    fireEvent.click(screen.getByRole("button", { name: "Открыть: О надстройке" }));
    expect(await screen.findByText("Не удалось загрузить список функций: functions-ru.json: HTTP 404")).toBeTruthy();
  });

  it("drops the 'nothing computes yet' note once a workflow is registered, listing workflows first", () => {
    const Dummy = () => <p>dynamics page</p>;
    const entries: WorkflowEntry[] = [
      { id: "about", kind: "info", titleKey: "pane_about_title", summaryKey: "pane_about_summary", icon: InfoRegular, page: AboutPage },
      { id: "dyn", kind: "workflow", titleKey: "pane_home_title", summaryKey: "pane_home_title", icon: InfoRegular, page: Dummy },
    ];
    renderApp({ entries });
    expect(screen.queryByText("Расчёты в панели ещё не подключены.")).toBeNull();
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items.map((li) => within(li).getByRole("heading", { level: 3 }).textContent)).toEqual(["Главная", "О надстройке"]);
    fireEvent.click(within(items[0]).getByRole("button"));
    expect(screen.getByText("dynamics page")).toBeTruthy();
  });
});

// Let pending catalogue promises settle inside act() so React does not warn after a test ends.
afterEach(async () => {
  await act(async () => undefined);
});
