/**
 * The expertise template's formulas in a formula engine: with the SHNOR functions registered (the add-in present) the
 * levels come from SHNOR.EXPERTISELEVEL; under a namespace no engine knows (the add-in absent: #NAME?) IFERROR falls
 * back to plain sums — and both give the core's levels and verdicts.
 */
import { DEFAULT_EXPERTISE_SETTINGS, evaluateExpertise, type ExpertiseSettings, MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria, type Rubric } from "../../src/core/indicators/expertiseRubric";
import { expertiseTemplateSheets, type FormSheet } from "../../src/core/report/expertiseTemplate";
import { registerMessages, t } from "../../src/i18n";
import { expertiseTemplateMessages } from "../../src/i18n/messages/contextPane";
import { createEngine } from "./engine";

registerMessages(expertiseTemplateMessages);
const tr = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");

/** The sheet as a grid of constants and "=formulas", with the points typed into column F. */
function grid(sheet: FormSheet, points: Record<string, number | null>, extra: string[] = []): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of sheet.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
  for (let r = 10; r < rows.length; r++) {
    const id = rows[r][1] as string;
    if (id in points) rows[r][5] = points[id];
  }
  extra.forEach((f, i) => (rows[i] ??= [])[12] = f);
  return Array.from({ length: rows.length }, (_, r) => Array.from({ length: 13 }, (_, c) => rows[r]?.[c] ?? null));
}

async function levels(rubric: Rubric, points: Record<string, number | null>, namespace: string, settings: ExpertiseSettings = DEFAULT_EXPERTISE_SETTINGS, extra: string[] = []) {
  const [sheet] = expertiseTemplateSheets(rubric, { settings, tr, lang: "ru", namespace });
  const hf = await createEngine(grid(sheet, points, extra));
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
  return { B7: at("B7"), C7: at("C7"), B8: at("B8"), C8: at("C8"), B9: at("B9"), M: extra.map((_, i) => at(`M${i + 1}`)) };
}

const criteria = rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC);
const CASES: [string, Record<string, number | null>][] = [
  ["full marks", Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]))],
  ["half, one blank", Object.fromEntries(criteria.map((c, i) => [c.id, i === 0 ? null : c.maxPoints / 2]))],
  ["mechanisms at exactly 70 % in tenths", Object.fromEntries(criteria.map((c) => [c.id, c.part === "mechanisms" ? 1.4 : 0.3]))],
  ["nothing scored", {}],
];

describe("the template's level formulas with and without the add-in", () => {
  test.each(CASES)("%s: SHNOR.EXPERTISELEVEL and the SUM fallback give the core's levels and verdicts", async (_name, points) => {
    const core = evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, { object: "МР", points });
    const withAddIn = await levels(MUNICIPAL_ROADMAP_RUBRIC, points, "SHNOR", DEFAULT_EXPERTISE_SETTINGS, ["=SHNOR.EXPERTISELEVEL(H11:H29,I11:I29)", "=SHNOR.EXPERTISELEVEL(J11:J29,K11:K29)", "=NOSUCH.EXPERTISELEVEL(H11:H29,I11:I29)"]);
    const withoutAddIn = await levels(MUNICIPAL_ROADMAP_RUBRIC, points, "NOSUCH");
    // The add-in's function itself answers over the helper ranges (no silent fallback), an unknown one is #NAME?.
    expect(withAddIn.M[0]).toBeCloseTo(core.mechanisms.level ?? NaN, 12);
    expect(withAddIn.M[1]).toBeCloseTo(core.implementation.level ?? NaN, 12);
    expect(withAddIn.M[2]).toMatchObject({ type: "NAME" });
    for (const r of [withAddIn, withoutAddIn]) {
      expect(r.B7).toBeCloseTo(core.mechanisms.level ?? NaN, 12);
      expect(r.B8).toBeCloseTo(core.implementation.level ?? NaN, 12);
      expect(r.C7).toBe(core.mechanismsFormed ? "механизмы сформированы (не ниже 70 %)" : "механизмы не сформированы (ниже 70 %)");
      expect(r.C8).toBe(core.measuresImplemented ? "меры реализованы (не ниже 50 %)" : "меры не реализованы (ниже 50 %)");
      expect(r.B9).toBe(core.unscored.length);
    }
  });

  test("an edited rubric: a criterion without a part counts in both levels; levels over all criteria", async () => {
    const rubric: Rubric = { id: "e", title: "E", sections: [{ id: "1", title: "S", criteria: [
      { id: "1.1", text: "А", maxPoints: 3, part: "mechanisms" }, { id: "1.2", text: "Б", maxPoints: 5, part: "implementation" }, { id: "1.3", text: "В", maxPoints: 1, part: null },
    ] }] };
    const points = { "1.1": 2, "1.2": 2.5, "1.3": 1 };
    for (const levelBasis of ["parts", "total"] as const) {
      const settings = { ...DEFAULT_EXPERTISE_SETTINGS, levelBasis };
      const core = evaluateExpertise(rubric, { object: "x", points }, settings);
      for (const ns of ["SHNOR", "NOSUCH"]) {
        const r = await levels(rubric, points, ns, settings);
        expect([r.B7, r.B8]).toEqual([core.mechanisms.level, core.implementation.level]);
      }
    }
  });
});
