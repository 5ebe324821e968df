/** The reading of many filled templates shared by `shnor expertise summary` and the pane (src/core/indicators/expertiseSheets.ts). */
import { evaluateExpertise, expertiseSummary, MUNICIPAL_ROADMAP_RUBRIC, type Rubric, rubricCriteria, SCHOOL_PROGRAMME_RUBRIC } from "../../src/core/indicators/expertiseRubric";
import {
  type CollectedObject, collectExpertiseObjects, objectLabels, readExpertiseSheet, sameCriteria, summarizeExpertise, templateObjectName,
} from "../../src/core/indicators/expertiseSheets";
import { expertiseSummaryReport } from "../../src/core/report/expertiseSummarySheets";
import { t } from "../../src/i18n";
import "../../src/cli/contextMessages";
import { pointsAt, templateMatrix } from "../taskpane/context/templateSheets";

const R = MUNICIPAL_ROADMAP_RUBRIC;
const ru = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");
const LABELS = objectLabels([ru, (key) => t(key, {}, "en")]);
const options = { labels: LABELS, fallbackName: "Лист", reportSkipped: true };

describe("reading filled templates sheet by sheet", () => {
  it("knows the object cell in both languages and where it is", () => {
    expect(LABELS).toEqual(["объект экспертизы", "evaluated"]);
    const m = templateMatrix(R, "Северный МР", pointsAt(R, 1));
    expect(templateObjectName(m, 9, LABELS)).toEqual({ name: "Северный МР", cell: "'Северный МР'!B5" });
    expect(templateObjectName(m, 3, LABELS)).toBeUndefined();
  });

  it("a sheet without a criteria table is not a template (a located warning when asked)", () => {
    const notes = { sheet: "Заметки", values: [["Протокол"], ["всё хорошо"]] };
    expect(readExpertiseSheet(notes, options)).toEqual({ template: false, scores: [], problems: [{ code: "cli_expertise_sheet_skipped", severity: "warning", params: {}, location: { sheet: "Заметки" } }] });
    expect(readExpertiseSheet(notes, { ...options, reportSkipped: false }).problems).toEqual([]);
  });

  it("the object is the name cell's; a blank name takes the fallback with a warning naming the cell", () => {
    const named = readExpertiseSheet(templateMatrix(R, "МР-1", pointsAt(R, 1)), { ...options, rubric: R });
    expect(named.scores.map((s) => s.object)).toEqual(["МР-1"]);
    expect(named.problems).toEqual([]);
    expect(named.reference).toBeUndefined();
    const blank = templateMatrix(R, "МР-1", pointsAt(R, 1), "Лист7");
    blank.values[4][1] = null;
    const read = readExpertiseSheet(blank, { ...options, rubric: R, fallbackName: "Лист7" });
    expect(read.scores.map((s) => s.object)).toEqual(["Лист7"]);
    expect(read.problems.map((p) => [p.code, p.params.cell])).toEqual([["cli_expertise_name_missing", "Лист7!B5"]]);
  });

  it("without a rubric: recognises a default one and sets it as the reference; another rubric later is an error at its header", () => {
    const first = readExpertiseSheet(templateMatrix(R, "МР-1", pointsAt(R, 1)), options);
    expect(first.reference).toBe(R);
    const school = readExpertiseSheet(templateMatrix(SCHOOL_PROGRAMME_RUBRIC, "Школа 1", pointsAt(SCHOOL_PROGRAMME_RUBRIC, 1)), { ...options, reference: { rubric: R, file: "a.xlsx" } });
    expect(school.scores).toEqual([]);
    expect(school.problems.map((p) => [p.code, p.severity, p.params.file, p.location?.row])).toEqual([["cli_expertise_rubric_mismatch", "error", "a.xlsx", 10]]);
    expect(sameCriteria(R, R)).toBe(true);
    expect(sameCriteria(R, SCHOOL_PROGRAMME_RUBRIC)).toBe(false);
    const edited: Rubric = { ...R, sections: R.sections.map((s, i) => (i === 0 ? { ...s, criteria: s.criteria.map((c, j) => (j === 0 ? { ...c, maxPoints: 3 } : c)) } : s)) };
    expect(sameCriteria(R, edited)).toBe(false);
  });

  it("each object once: a second sheet of the same municipality is an error naming the first (file and sheet, or the sheet alone)", () => {
    const collected: CollectedObject[] = [];
    const a = { object: "МР-1", points: pointsAt(R, 1) };
    expect(collectExpertiseObjects(collected, [a], { sheet: "МР-1" })).toEqual([]);
    expect(collectExpertiseObjects(collected, [{ ...a }], { sheet: "Копия" })).toEqual([{ code: "xt_object_duplicate_sheet", severity: "error", params: { object: "МР-1", sheet: "МР-1" }, location: { sheet: "Копия" } }]);
    const files: CollectedObject[] = [];
    collectExpertiseObjects(files, [a], { file: "/tmp/in/north.xlsx", sheet: "Экспертиза" });
    expect(collectExpertiseObjects(files, [a], { file: "/tmp/in/south.xlsx", sheet: "Экспертиза" })[0].params).toEqual({ object: "МР-1", file: "north.xlsx", sheet: "Экспертиза" });
    expect(collected).toHaveLength(1);
    expect(ru("xt_object_duplicate_sheet", { object: "МР-1", sheet: "МР-1" })).toBe("«МР-1» уже оценён на листе «МР-1»: каждый объект — один раз");
  });

  it("the summary is each object evaluated and indicators 17–18 over them; the sources sheet has a file column only for files", () => {
    const settings = { mechanismsThreshold: 0.7, implementationThreshold: 0.4 };
    const objects = [{ scores: { object: "МР-1", points: pointsAt(R, 1) } }, { scores: { object: "МР-2", points: pointsAt(R, 0.5) } }];
    const s = summarizeExpertise(R, objects, 2025, settings);
    expect(s).toEqual(expertiseSummary(objects.map((x) => evaluateExpertise(R, x.scores, settings)), 2025, settings));
    expect([s.mechanisms.n, s.mechanisms.m, s.implementation.n]).toEqual([1, 2, 2]);
    expect(s.evaluations[1].total.max).toBe(rubricCriteria(R).reduce((a, c) => a + c.maxPoints, 0));
    const sheets = expertiseSummaryReport(s, new Map([["МР-1", { sheet: "МР-1" }], ["МР-2", { sheet: "Лист2" }]]), ru).sheets;
    expect(sheets.map((x) => x.name)).toEqual(["Экспертиза 2025", "Источники"]);
    expect(sheets[1].tables[0].rows).toEqual([["МР-1", "МР-1"], ["МР-2", "Лист2"]]);
    const withFiles = expertiseSummaryReport(s, new Map([["МР-1", { file: "C:\\in\\a.xlsx", sheet: "МР-1" }]]), ru).sheets[1].tables[0];
    expect(withFiles.columns.map((c) => c.key)).toEqual(["object", "file", "sheet"]);
    expect(withFiles.rows).toEqual([["МР-1", "a.xlsx", "МР-1"]]);
  });
});
