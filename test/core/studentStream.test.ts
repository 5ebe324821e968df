import fc from "fast-check";
import { ShnorError } from "../../src/core/errors";
import { computeScoreIndices } from "../../src/core/indicators/scoreIndices";
import { createStudentIndexStream, type StudentStreamOptions } from "../../src/core/table/studentStream";
import { readStudentTable } from "../../src/core/table/students";

/** A matrix as readSourceFile hands it over: short rows padded with "". */
function padded(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/** The stream over the rows (as the CSV parser gives them) against readStudentTable + computeScoreIndices. */
function expectSameAsWhole(rows: readonly (readonly string[])[], options: StudentStreamOptions = {}): void {
  const sheet = "data";
  const whole = readStudentTable({ values: padded(rows), sheet }, options);
  const stream = createStudentIndexStream({ ...options, sheet });
  for (const r of rows) stream.push(r);
  const read = stream.end();
  expect(read.problems).toEqual(whole.problems);
  expect([read.format, read.subjectColumns, read.headerRow, read.mapping]).toEqual([whole.format, whole.subjectColumns, whole.headerRow, whole.mapping]);
  expect(read.results).toBe(whole.rows.length);
  if (whole.problems.some((p) => p.severity === "error")) {
    expect(read.result).toBeUndefined();
    return;
  }
  let expected: unknown;
  try {
    expected = computeScoreIndices(whole.rows, options.settings);
  } catch (e) {
    if (!(e instanceof ShnorError)) throw e;
    expected = e.problems;
  }
  expect(read.result).toEqual(expected);
}

const WIDE = ["school_id", "Наименование ОО", "year", "procedure", "grade", "student_id", "Русский язык", "Математика", "Математика (профиль)", "Физика"];
const LONG = ["school_id", "year", "procedure", "grade", "student_id", "subject", "level", "score"];

describe("the streaming student reader equals the whole-table reader", () => {
  test("a clean wide table long enough for the fast path, and the same table with problems", () => {
    const rows: string[][] = [WIDE];
    for (let i = 0; i < 300; i++) {
      const group = i % 3;
      rows.push([`s${Math.floor(i / 50)}`, `Школа ${Math.floor(i / 50)}`, "2024", ["ВПР", "ОГЭ", "ЕГЭ"][group], ["5", "9", "11"][group], String(1000 + (i % 120)), String(i % 40), group === 2 ? "" : String(i % 20), group === 2 ? String(i % 90) : "", i % 7 === 0 ? "30" : ""]);
    }
    expectSameAsWhole(rows);
    const broken = rows.map((r) => [...r]);
    broken[100][6] = "12,5";
    broken[101][0] = "Итого";
    broken[102] = [];
    broken[150][7] = "99";
    broken[151][7] = "abc";
    broken[200][5] = "";
    broken[201][2] = "2024 г.";
    broken[250][3] = "экзамен";
    expectSameAsWhole(broken);
  });

  test("a wide ЕГЭ column without its level is reported once, at the header, in a later row too", () => {
    const rows: string[][] = [["school_id", "year", "procedure", "student_id", "Русский язык", "Математика"]];
    for (let i = 0; i < 100; i++) rows.push(["s1", "2024", "ОГЭ", String(i), "20", "10"]);
    for (let i = 0; i < 20; i++) rows.push(["s1", "2024", "ЕГЭ", String(i), "50", ""]);
    expectSameAsWhole(rows);
  });

  test("duplicates across rows (split subjects, repeats) and text ids", () => {
    const rows: string[][] = [WIDE];
    for (let i = 0; i < 200; i++) rows.push(["s1", "", "2023", "ОГЭ", "9", String(i % 150), i < 150 ? "20" : "", i < 150 ? "" : "10", "", ""]);
    rows.push(["s1", "", "2023", "ОГЭ", "9", "7", "20", "", "", ""], ["s1", "", "2023", "ОГЭ", "9", "Иванов", "5", "", "", ""], ["s1", "", "2023", "ОГЭ", "9", "Иванов", "5", "3", "", ""]);
    expectSameAsWhole(rows);
  });

  test("a long table, and a table that does not open", () => {
    const rows: string[][] = [["Результаты ОГЭ"], [], LONG];
    for (let i = 0; i < 150; i++) rows.push(["s2", "2023", "ОГЭ", "9", String(i % 60), ["Русский язык", "Математика"][i % 2], "", String(i % 33)]);
    rows.push(["s2", "2023", "ЕГЭ", "11", "1", "Математика", "", "50"], ["s2", "2023", "ЕГЭ", "11", "2", "Математика", "профиль", "50"]);
    expectSameAsWhole(rows);
    expectSameAsWhole([["school_id", "year"], ["s1", "2024"]]);
    expectSameAsWhole([]);
    expectSameAsWhole([[""], [], ["", ""]]);
    expectSameAsWhole([WIDE]);
  });

  test("generated tables with every kind of cell (fast-check)", () => {
    const cell = (choices: string[]) => fc.constantFrom(...choices);
    const row = fc.tuple(
      cell(["s1", "s1", "s2", "s3", " s1 ", "Итого", "Всего по МО", "", "#Н/Д"]),
      cell(["", "Школа", "Итого по району", "#REF!"]),
      cell(["2024", "2024", "2023", "2024 г.", "2023/24", "", "1999", "x"]),
      cell(["ВПР", "ВПР", "ОГЭ", "ЕГЭ", "vpr", "", "экзамен"]),
      cell(["5", "5", "4", "9", "11", "", "12", "5 класс", "0"]),
      cell(["1", "2", "3", "4", "007", "A-1", "", " 5", "#N/A", "4294967296"]),
      cell(["", "", "0", "5", "17", "30", "12,5", "abc", "-1", "99", " 7", "0020"]),
      cell(["", "", "0", "8", "15", "25", "3.5", "x", "-2", "40"]),
      cell(["", "", "50", "80", "101"]),
      cell(["", "", "20"]),
    ).map((r) => [...r] as string[]);
    const table = fc.tuple(
      fc.constantFrom(0, 1),
      fc.array(fc.oneof({ weight: 12, arbitrary: row }, { weight: 1, arbitrary: fc.constant<string[]>([]) }), { minLength: 0, maxLength: 160 }),
      fc.constantFrom<Partial<StudentStreamOptions>>({}, { year: 2024 }, { settings: { massSubjects: ["RUS"] } }, { settings: { massSubjects: ["RUS", "MATH", "PHYS"], egeMathBothLevels: "any" } }),
    );
    fc.assert(fc.property(table, ([title, rows, options]) => {
      expectSameAsWhole([...(title ? [["Отчёт"]] : []), WIDE, ...rows], options);
    }), { numRuns: 150 });
  });

  test("generated long tables: subjects, levels, scales and repeats (fast-check)", () => {
    const cell = (choices: string[]) => fc.constantFrom(...choices);
    const header = fc.constantFrom(
      ["school_id", "year", "procedure", "grade", "student_id", "subject", "level", "score"],
      ["school_id", "year", "procedure", "grade", "student_id", "subject", "score_primary", "score_test"],
      ["school_id", "year", "procedure", "grade", "student_id", "subject", "level", "первичный балл"],
      ["school_id", "year", "procedure", "grade", "student_id", "предмет", "балл"],
    );
    const row = fc.tuple(
      cell(["s1", "s1", "s2", "Итого", "", "#Н/Д"]),
      cell(["2024", "2024", "2021", "2024 г.", ""]),
      cell(["ВПР", "ОГЭ", "ЕГЭ", "ЕГЭ", "x"]),
      cell(["5", "9", "11", "", "12"]),
      cell(["1", "2", "3", "007", "A", ""]),
      cell(["Русский язык", "Математика", "математика (профиль)", "Математика база", "Физика", "Астрономия", "", "#REF!"]),
      cell(["", "", "профиль", "база", "x", "#N/A"]),
      cell(["", "0", "5", "15", "27", "70", "12,5", "x", "-1", "101"]),
    ).map((r) => [...r] as string[]);
    fc.assert(fc.property(header, fc.array(fc.oneof({ weight: 15, arbitrary: row }, { weight: 1, arbitrary: fc.constant<string[]>([]) }), { maxLength: 200 }), (h, rows) => {
      expectSameAsWhole([h, ...rows.map((r) => r.slice(0, h.length))]);
    }), { numRuns: 150 });
  });

  test("problems past the cap are counted, not kept", () => {
    const rows: string[][] = [WIDE];
    for (let i = 0; i < 1500; i++) rows.push(["s1", "", "2024", "ВПР", "5", String(i), "abc", "", "", ""]);
    const stream = createStudentIndexStream({ sheet: "data", maxProblems: 100 });
    for (const r of rows) stream.push(r);
    const read = stream.end();
    expect(read.problems).toHaveLength(101);
    expect(read.problems[100]).toEqual({ code: "problems_more", severity: "error", params: { count: 1400, errors: 1400 } });
    expect(read.problems.slice(0, 100)).toEqual(readStudentTable({ values: rows, sheet: "data" }).problems.slice(0, 100));
  });
});
