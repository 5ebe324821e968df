import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hasMessage, t } from "../../src/i18n";
import { excelMessages } from "../../src/i18n/messages/excel";
import "../../src/host/excel";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("Excel host messages", () => {
  it("every message has ru and en texts with the same placeholders", () => {
    for (const [key, { ru, en }] of Object.entries(excelMessages)) {
      expect([key, ru.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(ru)]).toEqual([key, placeholders(en)]);
    }
  });

  it("every code the Excel host raises is registered", () => {
    const dir = join(__dirname, "..", "..", "src", "host", "excel");
    const codes = new Set<string>();
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), "utf8");
      for (const m of src.matchAll(/(?:excelError|ShnorError|fromOfficeError)\((?:e, )?"(\w+)"/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(8);
    for (const code of codes) expect([code, hasMessage(code)]).toEqual([code, true]);
  });

  it("reads well in both languages", () => {
    expect(t("excel_table_not_found", { table: "Школы", available: "Итоги" }, "ru")).toBe("В книге нет таблицы Excel «Школы». Есть таблицы: Итоги");
    expect(t("sheet_exists", { sheets: "Итоги" }, "en")).toContain("Итоги");
  });
});
