import { readFileSync } from "fs";
import { join } from "path";
import { component, compositeIndexDynamics, computeCompositeIndex, type IndexInputRow, resolveCompositeSettings } from "../../src/core/indicators/compositeIndex";
import { evaluateExpertise, expertiseSummary, MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria } from "../../src/core/indicators/expertiseRubric";
import { assessFederal2016 } from "../../src/core/indicators/federal2016";
import { assessOip } from "../../src/core/indicators/oip";
import { buildDashboard, SEED003_TEMPLATE } from "../../src/core/indicators/programmeTemplates";
import { assessResources, deficitFlags, resourceDeficitTable, resourceIndexIndicator, resolveStaffingSettings } from "../../src/core/indicators/resourceDeficits";
import { RISK_FACTORS, riskProfileReport } from "../../src/core/indicators/riskProfiles";
import { assessSocialIndex } from "../../src/core/indicators/socialIndex";
import {
  compositeIndexTable, dashboardSpec, expertiseSpec, federal2016Spec, indexDynamicsTable, oipSpec, resourcesSpec, riskProfilesSpec, socialIndexSpec,
} from "../../src/core/report/contextSheets";
import type { ReportSpec, TableSpec } from "../../src/core/report/sheet";
import { contextMessages } from "../../src/i18n/messages/context";
import { translator } from "./context.fixtures";

const social: IndexInputRow[] = [[0.4, 0.05, 0.1, 0.02], [0.2, 0.1, 0.05, 0.1], [0.3, 0.15, 0.2, 0.06], [0.1, 0.3, 0.1, 0.3], [0.25, 0.2, 0.15, null]].map((v, i) => ({
  schoolId: `s${i}`, schoolName: `Школа ${i}`, municipality: i < 2 ? "МР-1" : "МР-2", locality: i % 2 ? "rural" : "urban", year: 2024,
  values: { HIGHER_ED_BOTH_PARENTS: v[0], UNEMPLOYED_PARENTS: v[1], DEVIANT_OR_REGISTERED: v[2], NON_NATIVE_RUSSIAN: v[3] },
}));
const staff = (id: string, year: number, rate: number, pension: number): IndexInputRow => ({
  schoolId: id, schoolName: id, municipality: "М", locality: null, year,
  values: { STAFF_FILLED_RATE: rate, STAFF_VACANCIES: 1, STAFF_PENSION_AGE: pension, STAFF_CATEGORY: 0.5, STAFF_LOAD: 1.8, STAFF_UNDER_35: 0.1 },
});
const equip = (id: string, flags: number[]): IndexInputRow => ({
  schoolId: id, schoolName: id, municipality: "М", locality: null, year: 2025,
  values: { EQ_CLASSROOMS: 0.5, EQ_COMPUTERS: 6, EQ_BROADBAND: flags[0], EQ_TOCHKA_ROSTA: flags[1], EQ_CAPITAL_REPAIR: flags[2], EQ_SECOND_SHIFT: flags[3] },
});

/** Every report the context families produce, in one language. */
function allSpecs(lang: "ru" | "en"): ReportSpec[] {
  const tr = translator(lang);
  const staffRows = [staff("a", 2024, 1, 0.2), staff("b", 2024, 0.9, 0.4), staff("a", 2025, 1, 0.1), staff("b", 2025, 0.95, 0.35)];
  const resources = assessResources(staffRows.filter((r) => r.year === 2025), [equip("a", [1, 1, 0, 0]), equip("b", [0, 0, 1, 1])]);
  const dyn = compositeIndexDynamics(staffRows, resolveStaffingSettings(), { year: 2025 });
  const resSpec = resourcesSpec(resources, resourceDeficitTable(deficitFlags(resources, new Set(["b"]))), tr, 2025);
  resSpec.sheets[0].tables.push(indexDynamicsTable(dyn, "Staffing_Dynamics", tr, resourceIndexIndicator(dyn, 11)));
  const profiles = riskProfileReport([
    { schoolId: "a", schoolName: "", municipality: "M", locality: "urban", stayedInList: true, significance: RISK_FACTORS.map(() => "high"), arp: RISK_FACTORS.map((f) => f.no === 1) },
    { schoolId: "b", schoolName: "", municipality: "M", locality: "rural", stayedInList: false, significance: RISK_FACTORS.map(() => "low"), arp: RISK_FACTORS.map(() => null) },
  ]);
  const full = Object.fromEntries(rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC).map((c) => [c.id, 2]));
  const expertise = expertiseSummary([evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, { object: "МР-1", points: full })], 2025);
  const federal = assessFederal2016([{ schoolId: "a", schoolName: "", municipality: "M", means: [{ procedure: "ЕГЭ", schoolMean: 40, regionMean: 68, maxScore: null, scale: "test100" }], resultsComposite: null, olympiadParticipants: 1, enrolment: [400], socialIndex: 40, hardToReach: false, settlementUnemployment: 0.1 }], { regionUnemployment: 0.05 });
  return [
    socialIndexSpec(assessSocialIndex(social, { index: { missing: "meanOfAvailable" } }, new Set(["s3"])), tr, 2024),
    resSpec,
    oipSpec(assessOip([{ schoolId: "a", schoolName: "", municipality: "M", year: 2021, value: 37 }, { schoolId: "a", schoolName: "", municipality: "M", year: 2022, value: 35 }], 2022), tr),
    federal2016Spec(federal, tr, 2024),
    riskProfilesSpec(profiles, tr),
    dashboardSpec(buildDashboard(SEED003_TEMPLATE, 2023, [{ id: "KRG-1.1", n: 3, m: 20, prevN: 4, prevM: 20 }]), tr),
    expertiseSpec(expertise, tr),
  ];
}

function checkTable(t: TableSpec): void {
  expect(t.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  const keys = new Set(t.columns.map((c) => c.key));
  expect(keys.size).toBe(t.columns.length);
  for (const r of t.rows) expect(r.length).toBe(t.columns.length);
  for (const rule of t.rules ?? []) expect(keys.has(rule.column)).toBe(true);
  for (const c of t.charts ?? []) for (const k of [c.categoryColumn, ...c.valueColumns]) expect(keys.has(k)).toBe(true);
}

describe("context report sheets", () => {
  for (const lang of ["ru", "en"] as const) {
    test(`every sheet builds in ${lang}: known messages, valid sheet and table names, rows as wide as the columns`, () => {
      const names = new Set<string>();
      for (const spec of allSpecs(lang)) {
        for (const sheet of spec.sheets) {
          expect(sheet.name.length).toBeLessThanOrEqual(31);
          expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
          for (const t of sheet.tables) {
            checkTable(t);
            expect(names.has(t.name)).toBe(false);
            names.add(t.name);
          }
          for (const line of [sheet.title ?? "", ...(sheet.notes ?? [])]) expect(line).not.toMatch(/\{\w+\}/);
        }
      }
    });
  }

  test("the ИСБШ sheet in Russian: risk zone, seed-004 comparison labels, settings in the notes", () => {
    const spec = allSpecs("ru")[0];
    const [list, zone] = spec.sheets;
    const t = list.tables[0];
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    expect(t.rows.map((r) => [r[col("schoolId")], r[col("riskZone")], r[col("comparison")]])).toEqual([
      ["s0", "нет", "выше среднего по МР"], ["s1", "нет", "самый низкий в МР"], ["s2", "нет", "выше среднего по МР"], ["s3", "да", "самый низкий в МР"], ["s4", "нет", "выше среднего по МР"],
    ]);
    expect(list.notes).toEqual(expect.arrayContaining([
      "Зона риска (регион): школ с индексом 5, по правилу floor(q·n) = 1, в зоне 1 (на границе 1, граница " + String(Math.round(100 * (t.rows[3][col("index")] as number)) / 100).replace(".", ",") + ")",
      "Шкала: T-баллы, 50 + 10·(C − среднее C)/ст. откл. C по опорной группе",
      "Пропуски: среднее имеющихся z, если есть не менее 3 из 4 показателей",
      "Зона риска: нижние 25 % школ (по региону), равные значения на границе: включаются",
    ]));
    expect(zone.tables[0].rows).toEqual([["МР-1", 0, 0, 2, 0], ["МР-2", 1, 1 / 3, 3, 1], ["Итого", 1, 0.2, 5, 1]]);
  });

  test("the deficits table in the seed-004 layout and the indicator-11 title", () => {
    const res = allSpecs("ru")[1];
    const table = res.sheets[2].tables[0];
    expect(table.columns.map((c) => c.header)).toEqual(["Муниципалитет", "Кадровые дефициты", "% ", "Инфраструктурные дефициты", "%  ", "Кадровые + инфраструктурные", "%   ", "Всего школ в МО", "ШНОР в МО", "%    ", "Нет данных о дефицитах"]);
    expect(table.rows[0]).toEqual(["М", 1, 0.5, 1, 0.5, 1, 0.5, 2, 1, 0.5, 0]);
    expect(res.sheets[2].notes).toEqual([
      "Кадровый дефицит, если: Укомплектованность педагогическими кадрами (доля занятых ставок) < 100 % или Доля педагогов пенсионного возраста > 30 %",
      "Инфраструктурный дефицит, если: Широкополосный доступ в Интернет (подключение к ЦОС) < да или Здание требует капитального ремонта или находится в аварийном состоянии > нет или Обучение во вторую смену > нет",
    ]);
    expect(res.sheets[0].tables[1].title).toMatch(/^Показатель 11: положительная динамика у \d из 2 школ/);
  });

  test("a generic index table shows flags as yes/no and shares as fractions", () => {
    const components = [component("F", "Флаг", 1, { unit: "flag" }), component("S", "Доля", 1)];
    const r = computeCompositeIndex([{ schoolId: "a", schoolName: "", municipality: "", locality: null, year: null, values: { F: 1, S: 0.5 } }], resolveCompositeSettings(components));
    expect(compositeIndexTable(r, "X", translator("en")).rows[0].slice(4, 6)).toEqual(["yes", 0.5]);
  });
});

describe("the context message catalogue", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test("every text in Russian and English with the same placeholders", () => {
    for (const [key, m] of Object.entries(contextMessages)) {
      expect([key, m.ru.length > 0, m.en.length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(m.ru)]).toEqual([key, placeholders(m.en)]);
    }
  });

  test("every problem code the context core can raise has a message", () => {
    const files = ["compositeIndex", "socialIndex", "riskZone", "resourceDeficits", "oip", "federal2016", "riskProfiles", "programmeTemplates", "expertiseRubric"]
      .map((f) => join(__dirname, "../../src/core/indicators", `${f}.ts`));
    files.push(join(__dirname, "../../src/core/table/frame.ts"));
    const codes = new Set(files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/"(ctx_[a-z_]+)"/g)].map((m) => m[1])));
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) expect([code, code in contextMessages]).toEqual([code, true]);
  });
});
