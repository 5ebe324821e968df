import { existsSync } from "fs";
import { join } from "path";
import { csvFile, json, readWorkbook, run, tempDir, xlsxFile } from "./contextHarness";

const dir = tempDir("shnor-deficits-");

const SCHOOL = ["Логин ОО", "Наименование ОО", "Муниципалитет", "Год"];
const STAFFING = ["Укомплектованность", "Вакансии", "Доля педагогов пенсионного возраста", "Высшая и первая категория", "Средняя нагрузка", "Доля педагогов до 35 лет"];
const EQUIPMENT = ["Доля оснащенных кабинетов", "Компьютеры на 100 обучающихся", "Интернет", "Точка роста", "Капитальный ремонт", "Вторая смена"];

/**
 * Four schools, shares in percent. 2024: A fully staffed with exactly 30 % of pension age (not «более 30 %»), B at 95 %
 * and without Internet, C with 31 % of pension age and a second shift, D without deficits. From 2023 to 2024 every
 * component of A improves, every one of B worsens, C and D stay the same.
 */
const rows: (string | number)[][] = [
  ["A", "Школа A", "МР-1", 2024, 100, 0, 30, 80, 1.2, 20, 90, 15, "да", "да", "нет", "нет"],
  ["B", "Школа B", "МР-1", 2024, 95, 3, 20, 70, 1.3, 20, 80, 12, "нет", "нет", "нет", "нет"],
  ["C", "Школа C", "МР-2", 2024, 100, 2, 31, 75, 1.25, 15, 85, 14, "да", "да", "нет", "да"],
  ["D", "Школа D", "МР-2", 2024, 100, 1, 25, 65, 1.4, 25, 75, 11, "да", "нет", "нет", "нет"],
  ["A", "Школа A", "МР-1", 2023, 90, 5, 40, 60, 1.5, 10, 70, 10, "да", "нет", "да", "нет"],
  ["B", "Школа B", "МР-1", 2023, 100, 0, 15, 90, 1.1, 30, 95, 20, "да", "да", "нет", "нет"],
  ["C", "Школа C", "МР-2", 2023, 100, 2, 31, 75, 1.25, 15, 85, 14, "да", "да", "нет", "да"],
  ["D", "Школа D", "МР-2", 2023, 100, 1, 25, 65, 1.4, 25, 75, 11, "да", "нет", "нет", "нет"],
];

const shnor = csvFile(dir, "shnor.csv", ["Логин ОО", "B", "C"]);
let file: string;
let split: string;

beforeAll(async () => {
  file = await xlsxFile(dir, "resources.xlsx", { Ресурсы: [["Ресурсы школ 2023–2024"], [...SCHOOL, ...STAFFING, ...EQUIPMENT], ...rows] });
  split = await xlsxFile(dir, "split.xlsx", {
    Кадры: [[...SCHOOL, ...STAFFING], ...rows.map((r) => [...r.slice(0, 4), ...r.slice(4, 10)])],
    МТО: [[...SCHOOL, ...EQUIPMENT], ...rows.map((r) => [...r.slice(0, 4), ...r.slice(10)])],
  });
});

const pick = (r: { schools: { schoolId: string }[] }, key: string) => r.schools.map((s) => (s as unknown as Record<string, unknown>)[key]);

describe("shnor deficits: indices, deficit flags and the seed-004 table", () => {
  test("flags by the default limits (exact: 30 % of pension age is no deficit), the municipal table with ШНОР", async () => {
    const r = await json(["deficits", file, "--shnor", shnor]);
    expect(r).toMatchObject({ source: "components", year: 2024 });
    expect(r.schools.map((s: { schoolId: string }) => s.schoolId)).toEqual(["A", "B", "C", "D"]);
    expect(pick(r, "staffingDeficit")).toEqual([false, true, true, false]);
    expect(pick(r, "staffingReasons")).toEqual([[], ["STAFF_FILLED_RATE"], ["STAFF_PENSION_AGE"], []]);
    expect(pick(r, "infrastructureDeficit")).toEqual([false, true, true, false]);
    expect(pick(r, "infrastructureReasons")).toEqual([[], ["EQ_BROADBAND"], ["EQ_SECOND_SHIFT"], []]);
    expect(pick(r, "shnor")).toEqual([false, true, true, false]);
    expect(r.municipalities).toEqual([
      { municipality: "МР-1", schools: 2, staffing: 1, infrastructure: 1, both: 1, unknown: 0, shnor: 1, staffingShare: 0.5, infrastructureShare: 0.5, bothShare: 0.5, shnorShare: 0.5 },
      { municipality: "МР-2", schools: 2, staffing: 1, infrastructure: 1, both: 1, unknown: 0, shnor: 1, staffingShare: 0.5, infrastructureShare: 0.5, bothShare: 0.5, shnorShare: 0.5 },
    ]);
    expect(r.total).toMatchObject({ schools: 4, staffing: 2, infrastructure: 2, both: 2, shnor: 2 });
    expect(r.settings.deficits.staffing.limits).toEqual([{ component: "STAFF_FILLED_RATE", limit: 1 }, { component: "STAFF_PENSION_AGE", limit: 0.3 }]);
  });

  test("dynamics 2023 → 2024: A positive, B negative, C and D unchanged; indicators 11–12 against the 2025 minimum", async () => {
    const r = await json(["deficits", file, "--target-year", "2025"]);
    for (const key of ["staffing", "equipment"]) {
      const d = r.dynamics[key];
      expect(d.schools.map((s: { schoolId: string; type: string }) => [s.schoolId, s.type])).toEqual([["A", "positive"], ["B", "negative"], ["C", "neutral"], ["D", "neutral"]]);
      expect(d.share).toMatchObject({ n: 1, m: 4, share: 0.25 });
      expect(d.programme).toMatchObject({ indicator: key === "staffing" ? 11 : 12, year: 2025, target: 0.2, met: true });
    }
    expect(r.dynamics).toMatchObject({ fromYear: 2023, toYear: 2024, anchor: "baseYear", targetYear: 2025 });
    // Without a programme year there is no verdict; a cohort changes m.
    const plain = await json(["deficits", file, "--cohort", "A,B"]);
    expect(plain.dynamics.staffing.programme).toBeNull();
    expect(plain.dynamics.staffing.share).toMatchObject({ n: 1, m: 2 });
  });

  test("staffing and equipment on two sheets; the limits are options", async () => {
    const r = await json(["deficits", split, "--sheet", "Кадры", "--equipment-sheet", "МТО", "--year", "2024", "--staffing-limits", "STAFF_PENSION_AGE=0.25"]);
    expect(pick(r, "staffingDeficit")).toEqual([true, false, true, false]);
    expect(pick(r, "infrastructureDeficit")).toEqual([false, true, true, false]);
    expect(r.settings.deficits.staffing.limits).toEqual([{ component: "STAFF_PENSION_AGE", limit: 0.25 }]);
  });

  test("xlsx: index sheets, the deficit table and the dynamics sheet; the summary names the indicators", async () => {
    const out = join(dir, "deficits.xlsx");
    const r = await run(["deficits", file, "--target-year", "2025", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Ресурсные дефициты 2024: кадровый — 2, инфраструктурный — 2, оба — 2 из 4 школ.");
    expect(r.stderr).toContain("Показатель 11 (кадры) 2023→2024: положительная динамика у 1 из 4 (25 %); целевое значение 2025 г. 20 % — достигнуто.");
    expect((await readWorkbook(out)).worksheets.map((w) => w.name)).toEqual(["Кадры 2024", "МТО 2024", "Ресурсные дефициты 2024", "Динамика индексов 2024"]);
  });

  test("recorded flags (Yaroslavl): the table alone, shares over all schools of the municipality, sorted by the ШНОР share", async () => {
    const flags = csvFile(dir, "flags.csv", [
      "Логин ОО;Муниципалитет;Кадровый дефицит;Инфраструктурный дефицит;ШНОР",
      ...["да;нет;да", "да;да;нет", "да;нет;нет", "да;да;нет", "нет;нет;нет"].map((f, i) => `m${i};Мышкинский МР;${f}`),
      "u1;Угличский МР;нет;да;да", "u2;Угличский МР;да;нет;да",
    ]);
    const r = await json(["deficits", flags]);
    expect(r.source).toBe("flags");
    expect(r.municipalities.map((m: { municipality: string; schools: number; staffing: number; staffingShare: number; shnor: number }) => [m.municipality, m.schools, m.staffing, m.staffingShare, m.shnor])).toEqual([
      ["Угличский МР", 2, 1, 0.5, 2], ["Мышкинский МР", 5, 4, 0.8, 1],
    ]);
    expect(r.dynamics).toBeNull();
  });
});

describe("shnor deficits: bad input", () => {
  test("every problem with file and cell, in both files; exit 1, nothing written", async () => {
    const badStaffing = await xlsxFile(dir, "bad-staffing.xlsx", { Кадры: [[...SCHOOL, ...STAFFING], ["A", "Школа A", "МР-1", 2024, 120, 0, 30, 80, 1.2, 20]] });
    const badEquipment = await xlsxFile(dir, "bad-equipment.xlsx", { МТО: [[...SCHOOL, ...EQUIPMENT], ["A", "Школа A", "МР-1", 2024, 90, 15, "может быть", "да", "нет", "нет"]] });
    const out = join(dir, "never.xlsx");
    const r = await run(["deficits", badStaffing, "--equipment", badEquipment, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл bad-staffing.xlsx, Кадры!E2, столбец «Укомплектованность»: доля 120 вне диапазона");
    expect(r.stderr).toContain("файл bad-equipment.xlsx, МТО!G2, столбец «Интернет»: ожидалось «да» или «нет» (1 или 0), а найдено «может быть»");
    expect(r.stderr).toContain("(файлы: bad-staffing.xlsx, bad-equipment.xlsx)");
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors exit 2", async () => {
    expect((await run(["deficits", file, "--staffing-limits", "NOPE=1"])).code).toBe(2);
    expect((await run(["deficits", file, "--staffing-limits", "pension"])).code).toBe(2);
    expect((await run(["deficits", file, "--cohort", "A", "--cohort-file", shnor])).code).toBe(2);
    expect((await run(["deficits", file, "--anchor", "sideways"])).code).toBe(2);
  });
});
