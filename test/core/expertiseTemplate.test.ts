import { DEFAULT_EXPERTISE_SETTINGS, MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria, type Rubric } from "../../src/core/indicators/expertiseRubric";
import { areaAddress, expertiseTemplateSheets, type FormSheet, levelFormula, TEMPLATE_COLUMNS, templateSheetNames } from "../../src/core/report/expertiseTemplate";
import { t } from "../../src/i18n";
import { registerMessages } from "../../src/i18n";
import { expertiseTemplateMessages } from "../../src/i18n/messages/contextPane";

registerMessages(expertiseTemplateMessages);
const tr = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");

const formula = (sheet: FormSheet, address: string) => sheet.cells.find((c) => areaAddress({ ...c, rows: 1, cols: 1 }) === address)?.formula;
const value = (sheet: FormSheet, address: string) => sheet.cells.find((c) => areaAddress({ ...c, rows: 1, cols: 1 }) === address)?.value;

/** A small edited rubric: a criterion without a part (counts in both), maxima other than 2. */
const SMALL: Rubric = {
  id: "small", title: "Малая рубрика",
  sections: [{ id: "1", title: "Раздел", criteria: [
    { id: "1.1", text: "А", maxPoints: 3, part: "mechanisms" },
    { id: "1.2", text: "Б", maxPoints: 5, part: "implementation" },
    { id: "1.3", text: "В", maxPoints: 1, part: null },
  ] }],
};

describe("the expertise template layout (one description for the CLI and the pane)", () => {
  const [sheet] = expertiseTemplateSheets(MUNICIPAL_ROADMAP_RUBRIC, { settings: DEFAULT_EXPERTISE_SETTINGS, tr, lang: "ru", namespace: "SHNOR" });
  const n = rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).length;
  const last = 10 + n;

  test("levels call EXPERTISELEVEL over the hidden helper columns of each part, with the plain-sum fallback", () => {
    expect(n).toBe(19);
    expect(formula(sheet, "B6")).toBe("SUM(F11:F29)");
    expect(formula(sheet, "C6")).toBe('"из "&SUM(D11:D29)');
    expect(formula(sheet, "B7")).toBe('IFERROR(SHNOR.EXPERTISELEVEL(H11:H29,I11:I29),IFERROR(SUM(H11:H29)/SUM(I11:I29),""))');
    expect(formula(sheet, "B8")).toBe('IFERROR(SHNOR.EXPERTISELEVEL(J11:J29,K11:K29),IFERROR(SUM(J11:J29)/SUM(K11:K29),""))');
    expect(formula(sheet, "C7")).toBe('IF(B7="","",IF(ROUND(B7,9)>=0.7,"механизмы сформированы (не ниже 70 %)","механизмы не сформированы (ниже 70 %)"))');
    expect(formula(sheet, "C8")).toBe('IF(B8="","",IF(ROUND(B8,9)>=0.5,"меры реализованы (не ниже 50 %)","меры не реализованы (ниже 50 %)"))');
    expect(formula(sheet, "B9")).toBe("COUNTBLANK(F11:F29)");
    expect(sheet.columns.map((c) => !!c.hidden)).toEqual([false, false, false, false, false, false, false, true, true, true, true]);
  });

  test("every criterion row: its values, the four helpers and a validation 0..max with Russian prompt and error", () => {
    for (let row = 11; row <= last; row++) {
      expect(formula(sheet, `H${row}`)).toBe(`IF($E${row}="реализация",0,N(F${row}))`);
      expect(formula(sheet, `I${row}`)).toBe(`IF($E${row}="реализация",0,$D${row})`);
      expect(formula(sheet, `J${row}`)).toBe(`IF($E${row}="механизмы",0,N(F${row}))`);
      expect(formula(sheet, `K${row}`)).toBe(`IF($E${row}="механизмы",0,$D${row})`);
    }
    expect(sheet.validations).toHaveLength(n);
    expect(sheet.validations.map((v) => areaAddress(v.area))).toEqual(Array.from({ length: n }, (_, i) => `F${11 + i}`));
    expect(sheet.validations[0]).toEqual({
      area: { row: 11, col: TEMPLATE_COLUMNS.points, rows: 1, cols: 1 }, type: "decimal", min: 0, max: 2,
      prompt: { title: "Балл", message: "От 0 до 2: 0 — нет, 1 — частично, 2 — в полной мере" },
      error: { title: "Недопустимый балл", message: "Введите число от 0 до 2." },
    });
    expect([value(sheet, "B11"), value(sheet, "D11"), value(sheet, "E11"), value(sheet, "B29"), value(sheet, "E29")]).toEqual(["1.1", 2, "механизмы", "5.3", "реализация"]);
  });

  test("protection: only the name, the expert, the points and the comments are editable; verdict colours by threshold", () => {
    expect(sheet.protect).toBe(true);
    expect(sheet.unlocked.map(areaAddress)).toEqual(["B5:C5", "E5:G5", "F11:F29", "G11:G29"]);
    expect(sheet.frozenRows).toBe(10);
    expect(sheet.rules.map((r) => [areaAddress(r.area), r.formula, r.style])).toEqual([
      ["B7:C7", "AND(ISNUMBER($B$7),ROUND($B$7,9)>=0.7)", "good"],
      ["B7:C7", "AND(ISNUMBER($B$7),ROUND($B$7,9)<0.7)", "bad"],
      ["B8:C8", "AND(ISNUMBER($B$8),ROUND($B$8,9)>=0.5)", "good"],
      ["B8:C8", "AND(ISNUMBER($B$8),ROUND($B$8,9)<0.5)", "bad"],
    ]);
  });

  test("the namespace is the caller's (the pane's development add-in registers SHNORDEV); level over all criteria without helpers", () => {
    const [dev] = expertiseTemplateSheets(SMALL, { settings: { ...DEFAULT_EXPERTISE_SETTINGS, levelBasis: "total", mechanismsThreshold: 0.625 }, tr, lang: "ru", namespace: "SHNORDEV" });
    expect(formula(dev, "B7")).toBe(levelFormula("SHNORDEV", "F11:F13", "D11:D13"));
    expect(formula(dev, "B8")).toBe(formula(dev, "B7"));
    expect(formula(dev, "C7")).toContain("не ниже 62,5 %");
    expect(dev.columns).toHaveLength(7);
    expect(dev.cells.some((c) => c.col > 7)).toBe(false);
    expect(dev.validations.map((v) => v.max)).toEqual([3, 5, 1]);
  });

  test("one sheet per object with its name in B5, sheet names Excel accepts", () => {
    const sheets = expertiseTemplateSheets(SMALL, { settings: DEFAULT_EXPERTISE_SETTINGS, tr, lang: "ru", namespace: "SHNOR", objects: ["Северный МР", "Г. о. [Южный]"] });
    expect(sheets.map((s) => s.name)).toEqual(["Северный МР", "Г. о.  Южный"]);
    expect(sheets.map((s) => value(s, "B5"))).toEqual(["Северный МР", "Г. о. [Южный]"]);
    expect(templateSheetNames([], "Экспертиза")).toEqual(["Экспертиза"]);
    expect(templateSheetNames(["А".repeat(40), "А".repeat(40)], "x")).toEqual(["А".repeat(31), `${"А".repeat(29)} 2`]);
  });
});
