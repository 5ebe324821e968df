import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileMessages, sheetExistsMessage } from "../../src/i18n/messages/file";
import { hasMessage, t } from "../../src/i18n";
import "../../src/host/file";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("file host messages", () => {
  const all = { ...fileMessages, ...sheetExistsMessage };

  it("every message has ru and en texts with the same placeholders", () => {
    for (const [key, { ru, en }] of Object.entries(all)) {
      expect([key, ru.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(ru)]).toEqual([key, placeholders(en)]);
    }
  });

  it("every code the file host raises is registered", () => {
    const dir = join(__dirname, "..", "..", "src", "host", "file");
    const codes = new Set<string>();
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), "utf8");
      for (const m of src.matchAll(/(?:fileError|ShnorError)\("(\w+)"/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) expect([code, hasMessage(code)]).toEqual([code, true]);
  });

  it("messages name the file and what was expected", () => {
    expect(t("file_empty", { file: "data.csv" }, "ru")).toBe("Файл «data.csv» пуст: ожидалась таблица с заголовками в первой строке");
    expect(t("sheet_exists", { sheets: "Итоги" }, "en")).toContain("Итоги");
  });
});
