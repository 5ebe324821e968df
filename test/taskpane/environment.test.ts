import { initialLanguage, languageOfOffice, languageStorageKey, saveLanguage, storedLanguage } from "../../src/taskpane/language";
import { type OfficeEnvironment, outsideOffice, whenOfficeReady } from "../../src/taskpane/officeEnvironment";
import { isDarkOffice, luminance, paneTheme } from "../../src/taskpane/theme";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** A Storage over a Map; `broken` throws like a blocked localStorage does. */
function memoryStorage(broken = false): Storage {
  const data = new Map<string, string>();
  const guard = () => {
    if (broken) throw new Error("SecurityError");
  };
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => (guard(), data.get(k) ?? null),
    setItem: (k, v) => (guard(), void data.set(k, v)),
    removeItem: (k) => void data.delete(k),
  };
}

describe("pane language", () => {
  it("maps Office's display language: Russian locales to ru, any other to en, unknown to ru", () => {
    expect(languageOfOffice("ru-RU")).toBe("ru");
    expect(languageOfOffice("RU")).toBe("ru");
    expect(languageOfOffice("en-US")).toBe("en");
    expect(languageOfOffice("kk-KZ")).toBe("en");
    expect(languageOfOffice(undefined)).toBe("ru");
    expect(languageOfOffice("")).toBe("ru");
  });

  it("prefers the stored choice, then Office's language inside Office, then Russian", () => {
    const store = memoryStorage();
    const englishOffice: OfficeEnvironment = { inOffice: true, displayLanguage: "en-US" };
    expect(initialLanguage(outsideOffice, store)).toBe("ru");
    expect(initialLanguage(englishOffice, store)).toBe("en");
    expect(initialLanguage({ inOffice: true, displayLanguage: "ru-RU" }, store)).toBe("ru");
    saveLanguage("ru", store);
    expect(store.getItem(languageStorageKey)).toBe("ru");
    expect(initialLanguage(englishOffice, store)).toBe("ru");
  });

  it("ignores stored values that are not a language, and survives a blocked or missing storage", () => {
    const store = memoryStorage();
    store.setItem(languageStorageKey, "de");
    expect(storedLanguage(store)).toBeUndefined();
    const blocked = memoryStorage(true);
    expect(() => saveLanguage("en", blocked)).not.toThrow();
    expect(storedLanguage(blocked)).toBeUndefined();
    expect(initialLanguage({ inOffice: true, displayLanguage: "en-GB" }, undefined)).toBe("en");
  });
});

describe("pane theme", () => {
  it("computes WCAG luminance of #RRGGBB and rejects other text", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1);
    expect(luminance("000000")).toBe(0);
    expect(luminance("#808080")).toBeCloseTo(0.2159, 3);
    expect(luminance("white")).toBeUndefined();
    expect(luminance("#FFF")).toBeUndefined();
  });

  it("follows Office: its dark flag first, else a dark body colour", () => {
    expect(isDarkOffice(outsideOffice)).toBe(false);
    expect(isDarkOffice({ inOffice: true, theme: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" } })).toBe(true);
    expect(isDarkOffice({ inOffice: true, theme: { isDarkTheme: false, bodyBackgroundColor: "#000000" } })).toBe(false);
    expect(isDarkOffice({ inOffice: true, theme: { bodyBackgroundColor: "#262626" } })).toBe(true);
    expect(isDarkOffice({ inOffice: true, theme: { bodyBackgroundColor: "#E6E6E6" } })).toBe(false);
    expect(isDarkOffice({ inOffice: true, theme: { bodyBackgroundColor: "garbage" } })).toBe(false);
    expect(paneTheme({ inOffice: true, theme: { bodyBackgroundColor: "#1F1F1F" } })).toBe(webDarkTheme);
    expect(paneTheme(outsideOffice)).toBe(webLightTheme);
  });
});

describe("waiting for Office", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
    jest.useRealTimers();
  });

  /** An Office global whose onReady resolves when the test says so. */
  function fakeOffice(context: object) {
    let resolve: (info: { host: string | null; platform: string | null }) => void = () => undefined;
    const ready = new Promise<{ host: string | null; platform: string | null }>((r) => (resolve = r));
    g.Office = { onReady: () => ready, context };
    return resolve;
  }

  it("renders at once outside Office when Office.js did not load", () => {
    const render = jest.fn();
    whenOfficeReady(render);
    expect(render.mock.calls).toEqual([[outsideOffice]]);
  });

  it("renders once, on onReady, with Office's language and theme", async () => {
    jest.useFakeTimers();
    const ready = fakeOffice({ displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1F1F1F", isDarkTheme: true } });
    const render = jest.fn();
    whenOfficeReady(render, 1500);
    expect(render).not.toHaveBeenCalled();
    ready({ host: "Excel", platform: "PC" });
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(5000);
    expect(render.mock.calls).toEqual([
      [{ inOffice: true, displayLanguage: "en-US", theme: { bodyBackgroundColor: "#1F1F1F", isDarkTheme: true } }],
    ]);
  });

  it("falls back after the timeout and renders again when Office becomes ready late", async () => {
    jest.useFakeTimers();
    const ready = fakeOffice({ displayLanguage: "ru-RU" });
    const render = jest.fn();
    whenOfficeReady(render, 1500);
    jest.advanceTimersByTime(1499);
    expect(render).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(render.mock.calls).toEqual([[outsideOffice]]);
    ready({ host: "Excel", platform: "OfficeOnline" });
    await Promise.resolve();
    await Promise.resolve();
    expect(render.mock.calls[1]).toEqual([{ inOffice: true, displayLanguage: "ru-RU" }]);
  });

  it("treats onReady with no host (Office.js in a plain browser) as outside Office", async () => {
    const ready = fakeOffice({ get displayLanguage(): string {
      throw new Error("must not be read outside Office");
    } });
    const render = jest.fn();
    whenOfficeReady(render, 1500);
    ready({ host: null, platform: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(render.mock.calls).toEqual([[outsideOffice]]);
  });
});
