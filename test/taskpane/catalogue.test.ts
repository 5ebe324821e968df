import { hasMessage, t } from "../../src/i18n";
import { paneMessages } from "../../src/i18n/messages/pane";
import { parseFunctionsMetadata } from "../../src/taskpane/functionCatalog";
import "../../src/taskpane/i18n";
import { workflows } from "../../src/taskpane/workflows";

describe("pane messages", () => {
  it("have both languages, non-empty, with the same placeholders", () => {
    for (const [key, { ru, en }] of Object.entries(paneMessages)) {
      expect({ key, ru: ru.trim().length > 0, en: en.trim().length > 0 }).toEqual({ key, ru: true, en: true });
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, placeholders: names(en) }).toEqual({ key, placeholders: names(ru) });
    }
  });

  it("are registered by the pane and cover every registry entry", () => {
    expect(t("pane_app_title", {}, "en")).toBe("SHNOR Analytics");
    for (const w of workflows) {
      expect([w.titleKey, hasMessage(w.titleKey)]).toEqual([w.titleKey, true]);
      expect([w.summaryKey, hasMessage(w.summaryKey)]).toEqual([w.summaryKey, true]);
    }
    expect(new Set(workflows.map((w) => w.id)).size).toBe(workflows.length);
  });
});

describe("function metadata", () => {
  it("reads id, name and description of each function in order", () => {
    const json = {
      functions: [
        { id: "FAILSHARE", name: "ДОЛЯНЕУСПЕВАЮЩИХ", description: "Доля", parameters: [], result: { type: "number" } },
        { id: "B", name: "B" },
      ],
    };
    expect(parseFunctionsMetadata(json)).toEqual([
      { id: "FAILSHARE", name: "ДОЛЯНЕУСПЕВАЮЩИХ", description: "Доля" },
      { id: "B", name: "B", description: "" },
    ]);
  });

  it("rejects documents of another shape", () => {
    expect(() => parseFunctionsMetadata([])).toThrow(/functions/);
    expect(() => parseFunctionsMetadata({ functions: {} })).toThrow(/functions/);
    expect(() => parseFunctionsMetadata({ functions: [{ id: "A" }] })).toThrow(/#1/);
  });
});
