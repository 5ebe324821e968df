import { contextCliMessages } from "../../src/cli/contextMessages";
import { hasMessage } from "../../src/i18n";

describe("messages of the context commands and templates", () => {
  test("both languages, non-empty, with the same placeholders; registered", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { ru, en }] of Object.entries(contextCliMessages)) {
      expect({ key, ru: ru.trim() !== "", en: en.trim() !== "", placeholders: names(en) }).toEqual({ key, ru: true, en: true, placeholders: names(ru) });
      expect([key, hasMessage(key)]).toEqual([key, true]);
    }
  });
});
