import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { findAssessment } from "../../src/core/catalog/assessments";
import { generateRegion } from "../../src/sample/generateRegion";
import { capture, csvFile, readWorkbook, runJson, tempDir } from "./contextHarness";

const dir = tempDir("shnor-indices-");
const file = (name: string, lines: string[]) => csvFile(dir, name, lines);

const json = async (args: string[]) => (await runJson(args)).r;

/** TV-6 e (domain-notes §11): ОГЭ 2023, five students, Russian and mathematics. */
const tv6e = file("tv6e.csv", [
  "school_id;year;procedure;grade;student_id;subject;score",
  ...[["S1", 20, 12], ["S2", 16, 12], ["S3", 25, 9], ["S4", 14, 7], ["S5", 30, 25]].flatMap(([id, rus, math]) => [
    `A;2023;ОГЭ;9;${id};Русский язык;${rus}`,
    `A;2023;ОГЭ;9;${id};Математика;${math}`,
  ]),
]);

/** The same class as per-subject aggregates, the way a school report gives them. */
const tv6eAggregates = file("tv6e-subjects.csv", [
  "Логин ОО;Год;Процедура;Класс;Предмет;Участники;Ниже B_min",
  "A;2023;ОГЭ;9;Русский язык;5;2",
  "A;2023;ОГЭ;9;Математика;5;2",
]);

describe("shnor indices: TV-6 e", () => {
  test("student results: ИНР 3/5 = 60 %, per subject 40 % and 40 %, B_min 16.65 and 9.55", async () => {
    const r = await json(["indices", tv6e, "--format", "json"]);
    expect(r).toMatchObject({ input: "students", approximation: false, year: 2023, yearsInData: [2023], dynamics: null, warnings: [] });
    expect(r.schools).toHaveLength(1);
    const g = r.schools[0];
    expect(g).toMatchObject({ schoolId: "A", year: 2023, procedure: "OGE", grade: 9, participants: 5, lowCount: 3, inr: 0.6, inrLower: null, inrUpper: null });
    expect(g.massSubjects).toEqual([{ subject: "RUS", participants: 5, lowCount: 2, inr: 0.4 }, { subject: "MATH", participants: 5, lowCount: 2, inr: 0.4 }]);
    expect(g.subjects.map((s: { subject: string; bMin: number; spec: { min: number; max: number } }) => [s.subject, s.bMin, s.spec.min, s.spec.max])).toEqual([["MATH", 9.55, 8, 31], ["RUS", 16.65, 15, 33]]);
    expect(r.region[0]).toMatchObject({ procedure: "OGE", grade: 9, schools: 1, participants: 5, lowCount: 3, inr: 0.6 });
    expect(r.settings).toMatchObject({ massSubjects: ["RUS", "MATH"], egeMathBothLevels: "best", dynamicsRule: "pooled", userSpecs: 0 });
  });

  test("per-subject aggregates: an approximation with bounds 40 %…80 %, no exact ИНР", async () => {
    const r = await json(["indices", tv6eAggregates]);
    expect(r).toMatchObject({ input: "subjectAggregates", approximation: true, year: 2023 });
    expect(r.schools[0]).toMatchObject({ schoolId: "A", approximation: true, inr: null, participants: null, inrLower: 0.4, inrUpper: 0.8 });
    expect(r.schools[0].massSubjects.map((m: { inr: number }) => m.inr)).toEqual([0.4, 0.4]);
    expect(r.region[0]).toMatchObject({ approximation: true, inrLower: 0.4, inrUpper: 0.8 });
  });

  test("the approximation is labelled «приближённая оценка» on its sheets", async () => {
    const out = join(dir, "approx.xlsx");
    expect(await runCli(["indices", tv6eAggregates, "--out", out], capture())).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ИНР 2023 (приближённо)", "ИМР 2023 по предметам", "Регион 2023"]);
    const texts = (name: string) => {
      const values: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => void values.push(String(c.value))));
      return values.join("\n");
    };
    expect(texts("ИНР 2023 (приближённо)")).toContain("приближённая оценка");
    expect(texts("ИНР 2023 (приближённо)")).toContain("Приближённая оценка: во входных данных только итоги по предметам");
    expect(texts("Регион 2023")).toContain("приближённая оценка");
  });

  test("xlsx of student results: ИНР, subjects, region and specs sheets", async () => {
    const out = join(dir, "exact.xlsx");
    const io = capture();
    expect(await runCli(["indices", tv6e, "--out", out], io)).toBe(0);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ИНР 2023", "ИМР 2023 по предметам", "Регион 2023", "Спецификации 2023"]);
    expect(io.stderr).toContain("ИНР 2023: 1 групп");
  });
});

/** Two years of ОГЭ mathematics (B_min 9.55, B_mid 15.775) in three schools. */
const twoYears = file("two-years.csv", [
  "Логин ОО;Наименование ОО;Год;Процедура;Код участника;Предмет;Балл",
  // A: ИНР 2/4 → 1/4 (falls: positive); ИМР 1/4 → 2/4 (rises: positive)
  "A;Школа А;2024;ОГЭ;a1;Математика;5", "A;Школа А;2024;ОГЭ;a2;Математика;9", "A;Школа А;2024;ОГЭ;a3;Математика;12", "A;Школа А;2024;ОГЭ;a4;Математика;20",
  "A;Школа А;2025;ОГЭ;a5;Математика;5", "A;Школа А;2025;ОГЭ;a6;Математика;10", "A;Школа А;2025;ОГЭ;a7;Математика;16", "A;Школа А;2025;ОГЭ;a8;Математика;20",
  // B: ИНР 1/4 → 2/4 (rises: negative); ИМР 2/4 → 2/4 (neutral)
  "B;Школа Б;2024;ОГЭ;b1;Математика;5", "B;Школа Б;2024;ОГЭ;b2;Математика;12", "B;Школа Б;2024;ОГЭ;b3;Математика;16", "B;Школа Б;2024;ОГЭ;b4;Математика;20",
  "B;Школа Б;2025;ОГЭ;b5;Математика;5", "B;Школа Б;2025;ОГЭ;b6;Математика;9", "B;Школа Б;2025;ОГЭ;b7;Математика;16", "B;Школа Б;2025;ОГЭ;b8;Математика;20",
  // C: only 2025 — not evaluable
  "C;Школа В;2025;ОГЭ;c1;Математика;12",
]);

describe("shnor indices: dynamics and the programme share", () => {
  test("ИНР falling and ИМР rising are positive; n/m against the seed-000 minimum of 2025 (20 %)", async () => {
    const r = await json(["indices", twoYears, "--year", "2025"]);
    const type = (d: { schools: { schoolId: string; type: string }[] }) => Object.fromEntries(d.schools.map((s) => [s.schoolId, s.type]));
    expect(r.dynamics).toMatchObject({ fromYear: 2024, toYear: 2025, approximation: false });
    expect(type(r.dynamics.inr)).toEqual({ A: "positive", B: "negative", C: "nodata" });
    expect(type(r.dynamics.imr)).toEqual({ A: "positive", B: "neutral", C: "nodata" });
    expect(r.dynamics.inr.schools[0]).toEqual({ schoolId: "A", type: "positive", previous: { count: 2, total: 4, value: 0.5 }, current: { count: 1, total: 4, value: 0.25 } });
    expect(r.dynamics.inr.share).toMatchObject({ n: 1, m: 3, counts: { positive: 1, negative: 1, neutral: 0, nodata: 1 } });
    expect(r.dynamics.inr.programme).toMatchObject({ indicator: 2, targetYear: 2025, target: 0.2, met: true });
    expect(r.dynamics.imr.programme).toMatchObject({ indicator: 3, target: 0.2, met: true });
    expect(r.schools.map((s: { schoolId: string; schoolName: string }) => [s.schoolId, s.schoolName])).toEqual([["A", "Школа А"], ["B", "Школа Б"], ["C", "Школа В"]]);
  });

  test("the cohort, the not-evaluable rule and the target year are options, and reported", async () => {
    const cohort = await json(["indices", twoYears, "--year", "2025", "--cohort", "B,C", "--target-year", "2026"]);
    expect(cohort.dynamics.inr.share).toMatchObject({ n: 0, m: 2 });
    expect(cohort.dynamics.inr.programme).toMatchObject({ targetYear: 2026, target: 0.3, met: false });
    expect(cohort.settings).toMatchObject({ cohort: ["B", "C"], targetYear: 2026 });
    const evaluable = await json(["indices", twoYears, "--year", "2025", "--exclude-not-evaluable"]);
    expect(evaluable.dynamics.inr.share).toMatchObject({ n: 1, m: 2, share: 0.5, excludeNotEvaluable: true });
    const before = await json(["indices", twoYears, "--year", "2025", "--target-year", "2024"]);
    expect(before.dynamics.inr.programme).toMatchObject({ target: null, met: null });
  });

  test("xlsx: a dynamics sheet with the verdicts", async () => {
    const out = join(dir, "dyn.xlsx");
    const io = capture();
    expect(await runCli(["indices", twoYears, "--year", "2025", "--out", out], io)).toBe(0);
    expect(io.stderr).toContain("Доля школ с положительной динамикой ИНР 2024→2025: 1/3 = 33,3 % (не менее 20 % на 2025 г.) — выполнено");
    expect(io.stderr).toContain("Регион 2025: ОГЭ 9 кл. — ИНР 33,3 %.");
    const wb = await readWorkbook(out);
    const sheet = wb.getWorksheet("Динамика индексов 2024-2025")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => void rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === "Доля школ с положительной динамикой ИНР")).toEqual(["Доля школ с положительной динамикой ИНР", 2, 1, 3, 1 / 3, 0.2, "выполнено", 1, 1, 0, 1]);
    expect(rows.find((r) => r[0] === "A")).toEqual(["A", "Школа А", 0.5, 0.25, "положительная", 0.25, 0.5, "положительная"]);
  });
});

/** Every text of a workbook: sheet names and cell values. */
async function workbookTexts(path: string): Promise<string[]> {
  const wb = await readWorkbook(path);
  const texts = wb.worksheets.map((w) => w.name);
  wb.worksheets.forEach((w) => w.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
  return texts;
}

test.each(["ru", "en"])("every text of the reports is translated (%s)", async (lang) => {
  for (const [input, extra] of [[twoYears, ["--year", "2025"]], [tv6eAggregates, []], [tv6e, ["--specs", join(dir, "specs.csv")]]] as const) {
    const out = join(dir, `texts-${lang}.xlsx`);
    writeFileSync(join(dir, "specs.csv"), "Процедура;Предмет;Класс;Год с;Мин балл;Макс балл;Балл 5\r\nОГЭ;Математика;9;2023;10;31;22");
    const io = capture();
    expect(await runCli(["indices", input, ...extra, "--lang", lang, "--out", out], io)).toBe(0);
    const untranslated = [...(await workbookTexts(out)), ...io.stderr.split("\n")].filter((t) => /\b(rep|title|sheet|cli)_[a-z_]+/.test(t));
    expect(untranslated).toEqual([]);
  }
});

describe("shnor indices: bad input", () => {
  test("every problem with its cell, exit 1, nothing written", async () => {
    const bad = file("bad.csv", [
      "school_id;year;procedure;grade;student_id;subject;score",
      "A;2023;ОГЭ;9;s1;Математика;32",
      "A;2023;ОГЭ;9;s2;Астрономия;5",
      "A;2023;ОГЭ;9;s3;Математика;двенадцать",
      "A;2023;ОГЭ;9;;Математика;10",
    ]);
    const out = join(dir, "never.xlsx");
    const io = capture();
    expect(await runCli(["indices", bad, "--out", out], io)).toBe(1);
    expect(io.stderr).toContain("bad!G2, столбец «score»: балл 32 больше максимального (31) для OGE MATH, 9 класс, 2023 год");
    expect(io.stderr).toContain("bad!F3, столбец «subject»: неизвестный предмет «Астрономия»");
    expect(io.stderr).toContain("bad!G4, столбец «score»: ожидалось число, а найден текст «двенадцать»");
    expect(io.stderr).toContain("bad!E5, столбец «student_id»: ячейка пуста");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  test("per-subject aggregates: counts above the participants and repeated rows are located", async () => {
    const bad = file("badsubjects.csv", [
      "Логин ОО;Год;Процедура;Класс;Предмет;Участники;Ниже B_min;Не ниже B_mid",
      "A;2023;ОГЭ;9;Русский язык;5;6;1",
      "A;2023;ОГЭ;9;Математика;5;1;1",
      "A;2023;ОГЭ;9;математика;5;1;1",
      "B;2023;ОГЭ;9;Математика;5;1;7",
      "B;2023;ОГЭ;9;Русский язык;пять;1;1",
    ]);
    const io = capture();
    expect(await runCli(["indices", bad, "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toContain("badsubjects!G2, column \"Ниже B_min\": 6 exceeds the participants (5)");
    expect(io.stderr).toContain("badsubjects!4: duplicate: school A, OGE grade 9, MATH, 2023 already in row 3");
    expect(io.stderr).toContain("badsubjects!H5, column \"Не ниже B_mid\": 7 exceeds the participants (5)");
    expect(io.stderr).toContain("badsubjects!F6, column \"Участники\": a number was expected, found text \"пять\"");
    expect(io.stdout).toBe("");
  });

  test("a year without data exits 1; a wrong command line exits 2", async () => {
    const io = capture();
    expect(await runCli(["indices", tv6e, "--year", "2024"], io)).toBe(1);
    expect(io.stderr).toContain("в данных нет результатов за 2024 год; есть годы: 2023");
    expect(await runCli(["indices", tv6e, "--table", "pie"], capture())).toBe(2);
    expect(await runCli(["indices", tv6e, "--dynamics-rule", "mean"], capture())).toBe(2);
    expect(await runCli(["indices", tv6e, "--mass-subjects", "Астрономия"], capture())).toBe(2);
    expect(await runCli(["indices", tv6e, "--specs-only"], capture())).toBe(2);
    expect(await runCli(["indices", tv6e, "--table", "dynamics", "--format", "csv"], capture())).toBe(2);
    // The round trip must never overwrite its input.
    const before = readFileSync(tv6eAggregates);
    expect(await runCli(["indices", tv6eAggregates, "--table", "subjects", "--out", tv6eAggregates], capture())).toBe(2);
    expect(readFileSync(tv6eAggregates).equals(before)).toBe(true);
  });

  test("a user spec table takes precedence and is reported", async () => {
    // ОГЭ mathematics 2023 with min 10: B_min = 10 + 1.55 = 11.55, so S1 and S2 (12) stay above, S3 (9) and S4 (7) are low.
    const specs = file("specs.csv", ["Процедура;Предмет;Класс;Год с;Год по;Мин балл;Макс балл;Балл 5", "ОГЭ;Математика;9;2023;2023;10;31;22"]);
    const r = await json(["indices", tv6e, "--specs", specs]);
    const math = r.schools[0].subjects.find((s: { subject: string }) => s.subject === "MATH");
    expect(math).toMatchObject({ bMin: 11.55, lowCount: 2, spec: { min: 10, origin: "user" } });
    expect(r.settings.userSpecs).toBe(1);
  });
});

/**
 * Where the exact ИНР L/N lies against the bounds max_j l_j/n_j ≤ ИНР ≤ min(1, Σ_j l_j/n_j), decided on integers:
 * the float sum of shares can fall one unit in the last place below L/N when the ИНР equals the upper bound.
 */
function exactlyWithin(g: { lowCount: number; participants: number }, mass: readonly { lowCount: number; participants: number }[]): "inside" | "edge" | "outside" {
  const L = BigInt(g.lowCount);
  const N = BigInt(g.participants);
  const lower = mass.map((m) => L * BigInt(m.participants) - BigInt(m.lowCount) * N); // ≥ 0 for every subject
  const product = mass.reduce((p, m) => p * BigInt(m.participants), 1n);
  const sumNumerator = mass.reduce((s, m) => s + (BigInt(m.lowCount) * product) / BigInt(m.participants), 0n);
  const upper = L <= N && L * product <= sumNumerator * N; // L/N ≤ 1 and L/N ≤ Σ l_j/n_j
  if (lower.some((d) => d < 0n) || !upper) return "outside";
  const strictUpper = L * product < sumNumerator * N && L < N;
  return lower.every((d) => d > 0n) && strictUpper ? "inside" : "edge";
}

describe("the sample region: a student file and its own aggregated form agree", () => {
  const region = generateRegion();
  const students = join(dir, "sample-students.csv");
  const aggregated = join(dir, "sample-subjects.csv");

  test("exact per-subject ИНР = per-subject ИНР of the aggregated counts, and every exact ИНР lies within the bounds", async () => {
    expect(await runCli(["sample", "--students", students], capture())).toBe(0);
    expect(readFileSync(students, "utf8").split("\r\n")[0]).toBe("\uFEFFschool_id;year;procedure;grade;student_id;subject;score");

    const exact = await json(["indices", students, "--year", "2024"]);
    // The aggregated form of the same file: the per-subject table the command writes, read back as input.
    expect(await runCli(["indices", students, "--year", "2024", "--table", "subjects", "--out", aggregated], capture())).toBe(0);
    const approx = await json(["indices", aggregated]);
    expect(approx).toMatchObject({ input: "subjectAggregates", approximation: true, year: 2024 });

    type Mass = { subject: string; inr: number; lowCount: number; participants: number };
    type Group = { schoolId: string; procedure: string; grade: number; inr: number; inrLower: number; inrUpper: number; massSubjects: Mass[]; subjects: { subject: string; level: string | null; participants: number }[] };
    const key = (g: Group) => `${g.schoolId}|${g.procedure}|${g.grade}`;
    const approxBy = new Map<string, Group>(approx.schools.map((g: Group) => [key(g), g]));
    expect(approxBy.size).toBe(exact.schools.length);
    expect(exact.schools.length).toBeGreaterThan(1000);
    let strictlyInside = 0;
    for (const g of exact.schools as Group[]) {
      const a = approxBy.get(key(g))!;
      expect(a.massSubjects.map((m) => [m.subject, m.lowCount, m.participants, m.inr])).toEqual(g.massSubjects.map((m) => [m.subject, m.lowCount, m.participants, m.inr]));
      const position = exactlyWithin(g as Group & { lowCount: number; participants: number }, g.massSubjects);
      expect([key(g), position]).not.toEqual([key(g), "outside"]);
      if (position === "inside") strictlyInside++;
    }
    // Not a vacuous check: in many classes the exact ИНР lies strictly between the bounds (students low in one subject).
    expect(strictlyInside).toBeGreaterThan(exact.schools.length / 10);

    // The student file is the one the sample's aggregate table was computed from: the same participants.
    for (const agg of region.aggregates.filter((x) => x.year === 2024 && x.participants > 0)) {
      const a = findAssessment(agg.assessmentId)!;
      const g = (exact.schools as Group[]).find((x) => x.schoolId === agg.school.schoolId && x.procedure === a.procedure && x.grade === a.grade)!;
      const s = g.subjects.find((x) => x.subject === a.subject && (x.level ?? undefined) === (a.level === "base" || a.level === "prof" ? a.level : undefined))!;
      expect([agg.school.schoolId, agg.assessmentId, s.participants]).toEqual([agg.school.schoolId, agg.assessmentId, agg.participants]);
    }
  }, 120000);
});
