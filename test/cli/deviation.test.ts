import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { capture, csvFile, readWorkbook, runJson, tempDir } from "./contextHarness";

const dir = tempDir("shnor-deviation-");
const file = (name: string, lines: string[]) => csvFile(dir, name, lines);

const json = runJson;

type School = { schoolId: string; deviation: number; meanRatio: number; dynamics: string; previous: { deviation: number; cells: number }; cells: unknown[]; skipped: unknown[] };
const school = (r: { schools: School[] }, id: string): School => r.schools.find((s) => s.schoolId === id)!;

/**
 * TV-7 (domain-notes §11) from student rows: school A has 24 / 14 / 66 where the region (A and B together) has
 * 26 / 16 / 68 — ОГЭ Russian 2022, ОГЭ mathematics 2023, ЕГЭ Russian 2024.
 */
const tv7Students = file("tv7.csv", [
  "school_id;year;procedure;grade;student_id;subject;score",
  "A;2022;ОГЭ;9;a1;Русский язык;22", "A;2022;ОГЭ;9;a2;Русский язык;26", "B;2022;ОГЭ;9;b1;Русский язык;30",
  "A;2023;ОГЭ;9;a3;Математика;14", "B;2023;ОГЭ;9;b2;Математика;18",
  "A;2024;ЕГЭ;11;a4;Русский язык;66", "B;2024;ЕГЭ;11;b3;Русский язык;70",
]);

describe("shnor deviation: TV-7", () => {
  test("student results: the means are computed, deviation of A = −0.0771116", async () => {
    const { r } = await json(["deviation", tv7Students, "--year", "2024"]);
    expect(r).toMatchObject({ input: "students", year: 2024, window: [2022, 2023, 2024], previousWindow: [2021, 2022, 2023] });
    const a = school(r, "A");
    expect(Math.abs(a.meanRatio - 0.9228884)).toBeLessThan(1e-7);
    expect(Math.abs(a.deviation - -0.0771116)).toBeLessThan(1e-7);
    expect(a.cells).toEqual([
      { exam: "EGE", subject: "RUS", level: null, year: 2024, schoolMean: 66, regionMean: 68, ratio: 66 / 68 },
      { exam: "OGE", subject: "MATH", level: null, year: 2023, schoolMean: 14, regionMean: 16, ratio: 14 / 16 },
      { exam: "OGE", subject: "RUS", level: null, year: 2022, schoolMean: 24, regionMean: 26, ratio: 24 / 26 },
    ]);
    // The window ending 2023 holds only the 2022 and 2023 cells: −0.1010 for A, rising to −0.0771 → positive.
    expect(a.previous.cells).toBe(2);
    expect(a.previous.deviation).toBeCloseTo((24 / 26 + 14 / 16) / 2 - 1, 12);
    expect(a.dynamics).toBe("positive");
    expect(school(r, "B").dynamics).toBe("negative");
    expect(r.share).toMatchObject({ n: 1, m: 2, share: 0.5 });
    expect(r.programme).toMatchObject({ indicator: 4, targetYear: 2024, target: null, met: null });
    expect(r.settings).toMatchObject({ windowYears: 3, includeEgeBase: true, tolerance: 1e-9, excludeNotEvaluable: false });
  });

  test("a cohort school without any cell counts in m as «нет данных» unless excluded", async () => {
    const { r } = await json(["deviation", tv7Students, "--year", "2024", "--cohort", "A,Z"]);
    expect(r.schools.map((s: School) => [s.schoolId, s.dynamics, s.cells.length])).toEqual([["A", "positive", 3], ["Z", "nodata", 0]]);
    expect(r.share).toMatchObject({ n: 1, m: 2, counts: { positive: 1, negative: 0, neutral: 0, nodata: 1 } });
    expect(r.settings.cohort).toEqual(["A", "Z"]);
    const { r: evaluable } = await json(["deviation", tv7Students, "--year", "2024", "--cohort", "A,Z", "--exclude-not-evaluable"]);
    expect(evaluable.share).toMatchObject({ n: 1, m: 1, share: 1 });
  });

  test("a means table: read as given; a cell without a region mean is skipped and reported", async () => {
    const means = file("means.csv", [
      "Логин ОО;Экзамен;Предмет;Год;Средний балл ОО;Средний балл по региону",
      "A;ОГЭ;Русский язык;2022;24;26",
      "A;ОГЭ;Математика;2023;14;16",
      "A;ЕГЭ;Русский язык;2024;66;68",
      "A;ЕГЭ;Физика;2024;50;",
    ]);
    const { r, stderr } = await json(["deviation", means, "--year", "2024", "--target-year", "2025"]);
    expect(r.input).toBe("meansTable");
    const a = school(r, "A");
    expect(Math.abs(a.deviation - -0.0771116)).toBeLessThan(1e-7);
    expect(a.skipped).toEqual([{ exam: "EGE", subject: "PHYS", level: null, year: 2024, reason: "gia_region_mean_missing" }]);
    expect(r.warnings).toEqual([{ code: "gia_region_mean_missing", message: "школа A: EGE PHYS 2024 — нет среднего балла по региону, ячейка пропущена", location: "means!E5, столбец «Средний балл ОО»" }]);
    expect(stderr).toContain("Предупреждение: means!E5, столбец «Средний балл ОО»: школа A: EGE PHYS 2024 — нет среднего балла по региону");
    // The window ending 2023 has the 2022 and 2023 cells; 2025 is the first programme year (minimum 20 %).
    expect(r.programme).toMatchObject({ targetYear: 2025, target: 0.2, met: true });
  });

  test("the aggregate table with mean scores: region mean weighted by participants", async () => {
    const aggregate = file("aggregate.csv", [
      "Логин ОО;Год;Оценочная процедура;Кол-во участников;Количество \"2\";Средний балл",
      "A;2024;ОГЭ русский язык;10;1;24",
      "B;2024;ОГЭ русский язык;30;0;28",
      "A;2024;ВПР 5 кл. русский язык;10;1;30",
    ]);
    const { r } = await json(["deviation", aggregate, "--year", "2024"]);
    expect(r.input).toBe("aggregateTable");
    // Region mean (10·24 + 30·28)/40 = 27; ВПР is not ГИА and does not count.
    expect(school(r, "A").cells).toEqual([{ exam: "OGE", subject: "RUS", level: null, year: 2024, schoolMean: 24, regionMean: 27, ratio: 24 / 27 }]);
    expect(school(r, "A").dynamics).toBe("nodata");
  });

  test("xlsx: the deviation sheet with the programme share, and the cells sheet", async () => {
    const out = join(dir, "dev.xlsx");
    const io = capture();
    expect(await runCli(["deviation", tv7Students, "--year", "2024", "--target-year", "2026", "--out", out], io)).toBe(0);
    expect(io.stderr).toContain("Вход: результаты участников, строк: 7.");
    expect(io.stderr).toContain(": 1/2 = 50 % (не менее 30 % на 2026 г.) — выполнено");
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Отклонение ГИА 2024", "Ячейки ГИА 2024"]);
    const rows: unknown[][] = [];
    wb.getWorksheet("Отклонение ГИА 2024")!.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
    const a = rows.find((r) => r[0] === "A")!;
    expect(a.slice(0, 3)).toEqual(["A", 3, 0]);
    expect(Math.abs((a[4] as number) - -0.0771116)).toBeLessThan(1e-7);
    expect(a[7]).toBe("положительная");
    expect(rows.some((r) => String(r[0]).includes("Средние баллы рассчитаны по результатам участников"))).toBe(true);
    expect(rows.find((r) => r[1] === 4)).toEqual([expect.stringContaining("отклонения среднего балла ГИА"), 4, 1, 2, 0.5, 0.3, "выполнено", 1, 1, 0, 0]);
  });
});

test.each(["ru", "en"])("every text of the report is translated (%s)", async (lang) => {
  const out = join(dir, `texts-${lang}.xlsx`);
  const means = file("means-skip.csv", ["Логин ОО;Экзамен;Предмет;Год;Средний балл ОО;Средний балл по региону", "A;ОГЭ;Русский язык;2024;24;26", "A;ЕГЭ;Физика;2024;50;0"]);
  for (const input of [tv7Students, means]) {
    const io = capture();
    expect(await runCli(["deviation", input, "--year", "2024", "--lang", lang, "--out", out], io)).toBe(0);
    const wb = await readWorkbook(out);
    const texts = wb.worksheets.map((w) => w.name);
    wb.worksheets.forEach((w) => w.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
    expect([...texts, ...io.stderr.split("\n")].filter((t) => /\b(rep|title|sheet|cli|gia)_[a-z_]+/.test(t))).toEqual([]);
    if (input === means) expect(texts).toContain(lang === "ru" ? "средний балл по региону равен 0" : "the region mean is 0");
  }
});

describe("shnor deviation: bad input", () => {
  test("every problem with its cell, exit 1, nothing written", async () => {
    const bad = file("badmeans.csv", [
      "Логин ОО;Экзамен;Предмет;Год;Средний балл ОО;Средний балл по региону",
      "A;ОГЭ;Русский язык;2024;двадцать;26",
      "A;ГВЭ;Русский язык;2024;20;26",
      "A;ОГЭ;Математика;2024;-3;16",
    ]);
    const out = join(dir, "never.xlsx");
    const io = capture();
    expect(await runCli(["deviation", bad, "--year", "2024", "--out", out], io)).toBe(1);
    expect(io.stderr).toContain("badmeans!E2, столбец «Средний балл ОО»: ожидалось число, а найден текст «двадцать»");
    expect(io.stderr).toContain("badmeans!B3, столбец «Экзамен»: неизвестный экзамен «ГВЭ»: ожидается ОГЭ или ЕГЭ");
    expect(io.stderr).toContain("badmeans!E4, столбец «Средний балл ОО»: ожидалось неотрицательное число, а найдено -3");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  test("a table of no known form names the headers found", async () => {
    const other = file("other.csv", ["Школа;Баллы;Что-то", "A;1;2"]);
    const io = capture();
    expect(await runCli(["deviation", other, "--year", "2024", "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toContain("other!1: the kind of table was not recognised");
    expect(io.stderr).toContain("Headers found: Школа; Баллы; Что-то");
  });

  test("a window without data exits 1; a wrong command line exits 2", async () => {
    const io = capture();
    expect(await runCli(["deviation", tv7Students, "--year", "2030"], io)).toBe(1);
    expect(io.stderr).toContain("в данных нет средних баллов ОГЭ/ЕГЭ с участниками за 2028–2030 годы; есть годы: 2022, 2023, 2024");
    expect(await runCli(["deviation", tv7Students], capture())).toBe(2);
    expect(await runCli(["deviation", tv7Students, "--year", "2024", "--window", "0"], capture())).toBe(2);
    expect(await runCli(["deviation", tv7Students, "--year", "2024", "--table", "pie"], capture())).toBe(2);
  });
});

describe("shnor deviation on the sample region", () => {
  test("from the student file and from the aggregate workbook (means rounded to 0.01) the deviations agree", async () => {
    const students = join(dir, "sample-students.csv");
    expect(await runCli(["sample", "--students", students], capture())).toBe(0);
    const { r: fromStudents } = await json(["deviation", students, "--year", "2024"]);
    const { r: fromAggregates } = await json(["deviation", join(__dirname, "..", "..", "samples", "region-sample.xlsx"), "--year", "2024"]);
    expect([fromStudents.input, fromAggregates.input]).toEqual(["students", "aggregateTable"]);
    expect(fromStudents.schools).toHaveLength(fromAggregates.schools.length);
    for (const s of fromStudents.schools as School[]) {
      const t = school(fromAggregates, s.schoolId);
      expect(Math.abs(s.deviation - t.deviation)).toBeLessThan(1e-3);
    }
    const deviations = (fromStudents.schools as School[]).map((s) => s.deviation).sort((a, b) => a - b);
    // Plausible spread around the region: the median school is near 0, the extremes within ±50 %.
    expect(Math.abs(deviations[deviations.length >> 1])).toBeLessThan(0.05);
    expect(deviations[0]).toBeGreaterThan(-0.5);
    expect(deviations[deviations.length - 1]).toBeLessThan(0.5);
  }, 120000);
});
