/**
 * The workflows of the 2016 criteria, ОИП, the deficits' index dynamics and the ИСБШ ШНОР list, without React: their
 * settings checks, and that they compute what the command line computes from the same data (one core, two callers).
 */
import { assessOip, readOipTable } from "../../../src/core/indicators/oip";
import type { SourceMatrix } from "../../../src/host/WorkbookHost";
import { hasMessage, t } from "../../../src/i18n";
import { federalPaneMessages } from "../../../src/i18n/messages/federalPane";
import { deficitsWorkflow, withDynamics } from "../../../src/taskpane/workflows/context/deficitsWorkflow";
import { extraProblems, readMeans, readSchoolList, refOfKey, sourceKey } from "../../../src/taskpane/workflows/context/extraSource";
import { federalWorkflow } from "../../../src/taskpane/workflows/context/federalWorkflow";
import { oipWorkflow } from "../../../src/taskpane/workflows/context/oipWorkflow";
import { socialWorkflow } from "../../../src/taskpane/workflows/context/socialWorkflow";
import { detectLayout } from "../../../src/taskpane/workflows/machine";
import { csvFile, json, tempDir } from "../../cli/contextHarness";
import { tv8Matrix } from "../../fixtures/tv8";

const tr = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");
const matrix = (sheet: string, values: unknown[][]): SourceMatrix => ({ sheet, originRow: 1, originCol: 1, values });
const dir = tempDir("shnor-pane-federal-");

const RESOURCES_HEADER = [
  "Логин ОО", "Наименование ОО", "МО", "Год", "Укомплектованность", "Вакансии", "Доля педагогов пенсионного возраста", "Высшая и первая категория",
  "Средняя нагрузка", "Моложе 35 лет", "Оснащенные кабинеты", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена",
];
/** 2024 → 2025: A improves both indices, B worsens staffing, C is unchanged, D only in 2025. */
const RESOURCES: (string | number)[][] = [
  ["A", "Школа A", "МР-1", 2024, 0.9, 5, 0.4, 0.6, 1.5, 0.1, 0.7, 10, "да", "нет", "да", "нет"],
  ["B", "Школа B", "МР-1", 2024, 1, 0, 0.15, 0.9, 1.1, 0.3, 0.95, 20, "да", "да", "нет", "нет"],
  ["C", "Школа C", "МР-2", 2024, 1, 2, 0.31, 0.75, 1.25, 0.15, 0.85, 14, "да", "да", "нет", "да"],
  ["A", "Школа A", "МР-1", 2025, 1, 0, 0.3, 0.8, 1.2, 0.2, 0.9, 15, "да", "да", "нет", "нет"],
  ["B", "Школа B", "МР-1", 2025, 0.95, 3, 0.2, 0.7, 1.3, 0.2, 0.95, 20, "да", "да", "нет", "нет"],
  ["C", "Школа C", "МР-2", 2025, 1, 2, 0.31, 0.75, 1.25, 0.15, 0.85, 14, "да", "да", "нет", "да"],
  ["D", "Школа D", "МР-2", 2025, 1, 1, 0.25, 0.65, 1.4, 0.25, 0.75, 11, "да", "нет", "нет", "нет"],
];

describe("the deficits workflow's index dynamics", () => {
  const read = () => {
    const m = matrix("Ресурсы", [RESOURCES_HEADER, ...RESOURCES]);
    const table = deficitsWorkflow.table;
    if (!table) throw new Error("no table");
    const { rows, problems } = table.read(m, { mapping: detectLayout(m, table.fields).mapping, headerRow: 0 });
    expect(problems).toEqual([]);
    return rows;
  };

  it("equals what `shnor deficits` computes from the same table: n, m and the verdicts of indicators 11–12", async () => {
    const rows = read();
    const choice = { ...deficitsWorkflow.initialSettings({}, [2024, 2025], rows), targetYear: 2026 };
    const pane = deficitsWorkflow.compute(rows, choice, tr).summary.dynamics;
    const file = csvFile(dir, "resources.csv", [RESOURCES_HEADER.join(";"), ...RESOURCES.map((r) => r.map((v) => String(v).replace(".", ",")).join(";"))]);
    const cli = (await json(["deficits", file, "--target-year", "2026"])).dynamics;
    expect(pane).not.toBeNull();
    for (const [k, no] of [["staffing", 11], ["equipment", 12]] as const) {
      expect({ no, n: pane?.[k].n, m: pane?.[k].m, met: pane?.[k].target?.met }).toEqual({ no, n: cli[k].share.n, m: cli[k].share.m, met: cli[k].programme.met });
    }
    // A improved both, B's staffing worsened, D has no 2024: staffing 1 of 4, equipment 1 of 4.
    expect([pane?.staffing.n, pane?.staffing.m, pane?.staffing.counts.negative, pane?.staffing.counts.nodata]).toEqual([1, 4, 1, 1]);
  });

  it("outside the programme years there is no target; the dynamics need the year before the chosen one", () => {
    const rows = read();
    const summary = deficitsWorkflow.compute(rows, { ...deficitsWorkflow.initialSettings({}, [2024, 2025], rows), year: 2025, targetYear: null }, tr).summary;
    expect(summary.dynamics?.staffing.target).toEqual({ year: 2025, value: 0.2, met: true });
    expect(withDynamics(2025, [2024, 2025])).toBe(true);
    expect(withDynamics(2024, [2024, 2025])).toBe(false);
    expect(withDynamics(null, [])).toBe(false);
    expect(deficitsWorkflow.validate({ year: 2025, scale: "tScore", anchor: "baseYear", excludeNotEvaluable: false, targetYear: 2031, cohort: null }, [2024, 2025])).toEqual([
      { key: "fp_set_target_year_outside", params: { year: 2031, from: 2025, to: 2029 } },
    ]);
  });

  it("the dynamics sheet names its years and the anchor, in English too", () => {
    const rows = read();
    const computed = deficitsWorkflow.compute(rows, { ...deficitsWorkflow.initialSettings({}, [2024, 2025], rows), anchor: "eachYear" }, (k, p) => t(k, p, "en"));
    const last = computed.report.sheets[computed.report.sheets.length - 1];
    expect(last.name).toBe("Index dynamics 2025");
    expect(last.notes?.[0]).toBe("Each year on its own T-scale: the dynamics are the change of the school's position");
  });
});

describe("the ОИП workflow", () => {
  const rows = readOipTable(matrix("ОИП", [["Логин ОО", "Год", "ОИП"], ["A", 2023, 35], ["A", 2024, 34], ["B", 2023, 30], ["B", 2024, 31]])).rows;

  it("checks the target and the year", () => {
    expect(oipWorkflow.validate({ year: 2024, target: Number.NaN }, [2023, 2024])).toEqual([{ key: "fp_set_target_invalid" }]);
    expect(oipWorkflow.validate({ year: 2022, target: 36 }, [2023, 2024])).toEqual([{ key: "wf_set_year_absent", params: { year: 2022 } }]);
    expect(oipWorkflow.initialSettings({}, [2023, 2024])).toEqual({ year: 2024, target: 36 });
  });

  it("summarises what the core's assessOip finds", () => {
    const s = oipWorkflow.compute(rows, { year: 2024, target: 34 }, tr).summary;
    const core = assessOip(rows, 2024, { target: 34 });
    expect(s.growth).toEqual(core.growth);
    expect([s.below, s.decline, s.flagged.map((x) => x.schoolId)]).toEqual([1, 1, []]);
  });
});

describe("the 2016 criteria workflow", () => {
  const schools = matrix("Школы", [["Логин ОО", "Участники олимпиад", "Контингент 1"], ["A", 2, 400], ["B", 3, 400]]);
  const means = matrix("Средние", [["Логин ОО", "Процедура", "Средний балл ОО", "Средний балл по региону"], ["A", "ЕГЭ русский язык", 47, 68], ["B", "ЕГЭ русский язык", 48, 68]]);

  it("reads the means once for the settings and again with the schools for the criteria (TV-9: 21 flagged, 20 not)", () => {
    const rows = federalWorkflow.table?.read(schools, { mapping: { school_id: 0, olympiad_participants: 1, enrolment_1: 2 }, headerRow: 0 }).rows ?? [];
    const m = readMeans(means, "sheet:Средние", "Средние");
    expect([m.means, m.schools, m.problems]).toEqual([2, 2, []]);
    const choice = { ...federalWorkflow.initialSettings({}, []), means: m };
    const s = federalWorkflow.compute(rows, choice, tr).summary;
    expect([s.counts.largeGap, s.counts.lowOlympiad, s.shnroSchools.map((x) => x.schoolId)]).toEqual([1, 1, ["A"]]);
  });

  it("checks the settings and a means table with errors", () => {
    const base = federalWorkflow.initialSettings({}, []);
    expect(federalWorkflow.validate(base, [])).toEqual([]);
    expect(federalWorkflow.validate({ ...base, quantile: 1, unemploymentFactor: 0, regionUnemployment: -1 }, []).map((p) => p.key)).toEqual([
      "fp_set_bottom_range", "fp_set_factor_invalid", "fp_set_region_unemployment_invalid",
    ]);
    const bad = readMeans(matrix("Средние", [["Логин ОО", "Процедура", "Средний балл ОО", "Средний балл по региону"], ["A", "ВПР 5 математика", 10, 12]]), "sheet:Средние", "Средние");
    expect(bad.problems.map((p) => p.code)).toEqual(["ctx_max_score_required"]);
    expect(federalWorkflow.validate({ ...base, means: bad }, [])).toEqual([{ key: "fp_set_means_errors", params: { name: "Средние", count: 1 } }]);
  });
});

describe("a further table and the ИСБШ ШНОР list", () => {
  it("keys round-trip to the host's references; only tables and sheets", () => {
    expect(refOfKey(sourceKey({ kind: "sheet", name: "ШНОР: 2025" }))).toEqual({ kind: "sheet", name: "ШНОР: 2025" });
    expect(refOfKey(sourceKey({ kind: "table", name: "List" }))).toEqual({ kind: "table", name: "List" });
    expect(refOfKey("")).toBeUndefined();
    expect(extraProblems(null, "x")).toEqual([]);
  });

  it("gives the zone's ШНОР count as `shnor context --shnor` does", async () => {
    const list = readSchoolList(matrix("ШНОР", [["Логин ОО"], ["D"], ["D"], ["B"]]), "sheet:ШНОР", "ШНОР");
    expect(list.ids).toEqual(["D", "B"]);
    const passport = tv8Matrix();
    const table = socialWorkflow.table;
    if (!table) throw new Error("no table");
    const rows = table.read(passport, { mapping: detectLayout(passport, table.fields).mapping, headerRow: 1 }).rows;
    const choice = { ...socialWorkflow.initialSettings({}, [], rows), shnor: list };
    const pane = socialWorkflow.compute(rows, choice, tr).summary;
    const csv = (m: SourceMatrix) => m.values.slice(1).map((r) => r.map((v) => String(v)).join(";"));
    const cli = await json(["context", csvFile(dir, "passport.csv", csv(passport)), "--shnor", csvFile(dir, "shnor.csv", ["Логин ОО", "D", "B"])]);
    expect(pane.zoneShnor).toBe(1);
    expect(cli.riskZone.total.zoneShnor).toBe(pane.zoneShnor);
    expect(cli.schools.filter((s: { riskZone: boolean; shnor: boolean }) => s.riskZone && s.shnor).map((s: { schoolId: string }) => s.schoolId)).toEqual(pane.zoneSchools.filter((z) => z.shnor).map((z) => z.schoolId));
  });
});

describe("the messages of these pages", () => {
  it("have both languages with the same placeholders, and are registered without the pane (the CLI writes the dynamics sheet)", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { ru, en }] of Object.entries(federalPaneMessages)) {
      expect({ key, ru: ru.trim() !== "", en: en.trim() !== "", placeholders: names(en) }).toEqual({ key, ru: true, en: true, placeholders: names(ru) });
      expect([key, hasMessage(key)]).toEqual([key, true]);
    }
  });
});
