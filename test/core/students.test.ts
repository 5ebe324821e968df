import { approximateScoreIndices, computeScoreIndices } from "../../src/core/indicators/scoreIndices";
import { readStudentTable } from "../../src/core/table/students";
import { formatProblem, hasMessage, registerMessages } from "../../src/i18n";
import { indicesMessages } from "../../src/i18n/messages/indices";

registerMessages(indicesMessages);

const errors = (t: { problems: { severity: string }[] }) => t.problems.filter((p) => p.severity === "error");

describe("reading student results, long format", () => {
  test("Russian headers, a title row, text numbers; TV-6 e computed from the sheet", () => {
    const t = readStudentTable({
      sheet: "Ученики",
      values: [
        ["Результаты ОГЭ 2023", "", "", "", "", "", ""],
        ["Логин ОО", "Год", "Процедура", "Класс", "Код участника", "Предмет", "Первичный балл"],
        ["A", "2022/23", "ОГЭ", "", "S1", "Русский язык", "20"],
        ["A", 2023, "ОГЭ", 9, "S1", "Математика", 12],
        ["A", 2023, "ОГЭ", 9, "S2", "русский язык", 16],
        ["A", 2023, "ОГЭ", 9, "S2", "математика", 12],
        ["A", 2023, "ОГЭ", 9, "S3", "Русский язык", 25],
        ["A", 2023, "ОГЭ", 9, "S3", "Математика", 9],
        ["A", 2023, "ГИА-9", 9, "S4", "Русский язык", 14],
        ["A", 2023, "ОГЭ", 9, "S4", "Математика", 7],
        ["A", 2023, "ОГЭ", 9, "S5", "Русский язык", 30],
        ["A", 2023, "ОГЭ", 9, "S5", "Математика", "25"],
        ["A", 2023, "ОГЭ", 9, "S6", "Математика", ""], // absent: not 0, not a participant
        ["Итого", "", "", "", "", "", ""],
      ],
    });
    expect(errors(t)).toEqual([]);
    expect(t.format).toBe("long");
    expect(t.headerRow).toBe(1);
    expect(t.rows).toHaveLength(10);
    expect(t.rows[0]).toMatchObject({ schoolId: "A", year: 2023, procedure: "OGE", grade: 9, studentId: "S1", subject: "RUS", score: 20, location: { sheet: "Ученики", row: 3, col: 7, column: "Первичный балл" } });
    expect(t.problems.map((p) => p.code)).toEqual(["row_totals_skipped"]);
    const g = computeScoreIndices(t.rows).schools[0];
    expect([g.participants, g.lowCount, g.inr]).toEqual([5, 3, 0.6]);
  });

  test("English headers; ЕГЭ with primary and test score columns takes each result's own scale", () => {
    const t = readStudentTable({
      values: [
        ["school_id", "year", "procedure", "grade", "student_id", "subject", "primary score", "test score"],
        ["s1", 2024, "EGE", 11, "p1", "Russian", 30, 66],
        ["s1", 2024, "EGE", 11, "p2", "Математика (база)", 15, ""],
        ["s1", 2024, "EGE", 11, "p3", "Математика профильная", 12, 70],
      ],
    });
    expect(errors(t)).toEqual([]);
    expect(t.rows.map((r) => [r.subject, r.level, r.score])).toEqual([["RUS", undefined, 66], ["MATH", "base", 15], ["MATH", "prof", 70]]);
  });

  test("a sheet of one procedure and year: constants from the options, grade implied for ОГЭ", () => {
    const t = readStudentTable(
      { values: [["Код ОО", "Участник", "Предмет", "Балл"], ["s1", "p1", "Математика", 8]] },
      { procedure: "OGE", year: 2024 },
    );
    expect(errors(t)).toEqual([]);
    expect(t.rows[0]).toMatchObject({ procedure: "OGE", year: 2024, grade: 9, score: 8 });
  });

  test("every problem is located and named", () => {
    const t = readStudentTable({
      sheet: "Лист1",
      originRow: 2,
      originCol: 2,
      values: [
        ["school_id", "year", "procedure", "grade", "student_id", "subject", "score"],
        ["s1", 2023, "ОГЭ", 9, "a", "Математика", "двенадцать"], // row 3: text score
        ["s1", 2023, "ОГЭ", 9, "b", "Математика", -2], // row 4: negative
        ["s1", 2023, "ОГЭ", 9, "c", "Математика", 32], // row 5: above max 31
        ["s1", 2023, "ОГЭ", 9, "d", "Астрономия", 5], // row 6: unknown subject
        ["s1", 2023, "ОГЭ", 9, "e", "Математика", 10], // row 7
        ["s1", 2023, "ОГЭ", 9, "e", "математика", 11], // row 8: duplicate of row 7
        ["s1", 2023, "ГВЭ", 9, "f", "Математика", 10], // row 9: unknown procedure
        ["s1", 2023, "ВПР", "", "g", "Математика", 10], // row 10: ВПР needs a grade
        ["s1", 2023, "ВПР", "13", "h", "Математика", 10], // row 11: bad grade
        ["s1", 2024, "ЕГЭ", 11, "i", "Математика", 50], // row 12: ЕГЭ mathematics without a level
        ["", 2024, "ОГЭ", 9, "j", "Математика", 10], // row 13: no school
        ["s1", "позапрошлый", "ОГЭ", 9, "k", "Математика", 10], // row 14: bad year
      ],
    });
    const got = t.problems.map((p) => [p.code, p.location?.row, p.location?.col, p.location?.column]);
    expect(got).toEqual([
      ["cell_not_number", 3, 8, "score"],
      ["cell_negative", 4, 8, "score"],
      ["score_above_max", 5, 8, "score"],
      ["subject_unknown", 6, 7, "subject"],
      ["student_duplicate", 8, 8, "score"],
      ["procedure_unknown", 9, 4, "procedure"],
      ["cell_required", 10, 5, "grade"],
      ["grade_invalid", 11, 5, "grade"],
      ["ege_math_level_required", 12, 7, "subject"],
      ["cell_required", 13, 2, "school_id"],
      ["cell_bad_year", 14, 3, "year"],
    ]);
    expect(t.problems.find((p) => p.code === "score_above_max")?.params).toMatchObject({ value: "32", max: 31, procedure: "OGE", subject: "MATH", grade: 9, year: 2023 });
    expect(t.problems.find((p) => p.code === "student_duplicate")?.params).toEqual({ student: "e", subject: "MATH", first: 8 - 1 });
    expect(t.rows.map((r) => r.studentId)).toEqual(["e"]);
    for (const p of t.problems) expect(hasMessage(p.code)).toBe(true);
    expect(formatProblem(t.problems[2])).toBe("Лист1!H5, столбец «score»: балл 32 больше максимального (31) для OGE MATH, 9 класс, 2023 год");
    expect(formatProblem(t.problems[3], "en")).toBe("Лист1!G6, column \"subject\": unknown subject \"Астрономия\": expected Russian, mathematics, mathematics (base), mathematics (profile) or another ГИА subject");
  });

  test("missing columns and an empty sheet", () => {
    const noScore = readStudentTable({ values: [["school_id", "year", "procedure", "student_id", "subject"], ["s1", 2023, "ОГЭ", "a", "Математика"]] });
    expect(noScore.problems.map((p) => [p.code, p.params.field, p.location?.row])).toEqual([["column_missing", "score", 1]]);
    const noStudent = readStudentTable({ values: [["school_id", "year", "procedure", "subject", "score"], ["s1", 2023, "ОГЭ", "Математика", 5]] });
    expect(noStudent.problems.map((p) => [p.code, p.params.field])).toEqual([["column_missing", "student_id"]]);
    expect(readStudentTable({ values: [] }).problems.map((p) => p.code)).toEqual(["table_empty"]);
    expect(readStudentTable({ values: [["", ""], ["", ""]] }).problems.map((p) => p.code)).toEqual(["table_empty"]);
    expect(readStudentTable({ values: [["school_id", "year", "procedure", "student_id", "subject", "score"]] }).problems.map((p) => p.code)).toEqual(["table_no_rows"]);
  });
});

describe("reading student results, wide format", () => {
  test("one row per student with a column per subject; blank = not taken", () => {
    const t = readStudentTable({
      values: [
        ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Процедура", "Класс", "Код участника", "ФИО", "Русский язык", "Математика", "Физика", "Примечание", "Отметка по русскому языку", "Математика, отметка"],
        ["A", "СОШ № 1", "Район", "село", 2023, "ОГЭ", 9, "S1", "Иванов", 20, 12, 30, "—", 4, 3],
        ["A", "СОШ № 1", "Район", "село", 2023, "ОГЭ", 9, "S2", "Петров", 16, "", "", "", 3, ""],
        ["A", "СОШ № 1", "Район", "село", 2023, "ОГЭ", 9, "S3", "Сидоров", "", "", "", "болел", "", ""],
      ],
    });
    expect(errors(t)).toEqual([]);
    expect(t.format).toBe("wide");
    // Mark columns name a subject too but hold marks, not scores: they are not score columns.
    expect(t.subjectColumns.map((c) => [c.header, c.subject])).toEqual([["Русский язык", "RUS"], ["Математика", "MATH"], ["Физика", "PHYS"]]);
    expect(t.rows.map((r) => [r.studentId, r.subject, r.score])).toEqual([["S1", "RUS", 20], ["S1", "MATH", 12], ["S1", "PHYS", 30], ["S2", "RUS", 16]]);
    expect(t.rows[0]).toMatchObject({ schoolName: "СОШ № 1", municipality: "Район", locality: "rural", location: { row: 2, col: 10, column: "Русский язык" } });
    // «Код участника» and «ФИО» both name the student: the leftmost column is taken.
    expect(t.mapping.student_id).toBe(7);
  });

  test("wide ЕГЭ: mathematics columns need their level, reported once at the header", () => {
    const t = readStudentTable({
      values: [
        ["school_id", "year", "procedure", "student_id", "Русский язык", "Математика"],
        ["A", 2024, "ЕГЭ", "p1", 60, 50],
        ["A", 2024, "ЕГЭ", "p2", 70, 40],
      ],
    });
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.col])).toEqual([["ege_math_level_required", 1, 6]]);
    const ok = readStudentTable({
      values: [
        ["school_id", "year", "procedure", "student_id", "Русский язык", "Математика (база)", "Математика (профиль)"],
        ["A", 2024, "ЕГЭ", "p1", 60, 15, ""],
        ["A", 2024, "ЕГЭ", "p2", 70, "", 40],
      ],
    });
    expect(errors(ok)).toEqual([]);
    expect(ok.rows.map((r) => [r.studentId, r.subject, r.level ?? "", r.score])).toEqual([["p1", "RUS", "", 60], ["p1", "MATH", "base", 15], ["p2", "RUS", "", 70], ["p2", "MATH", "prof", 40]]);
  });

  test("wide validation: text, above max, duplicate student rows overlapping in a subject", () => {
    const t = readStudentTable({
      values: [
        ["school_id", "year", "procedure", "grade", "student_id", "Русский язык", "Математика"],
        ["A", 2022, "ВПР", 5, "x", "н/я", 10], // row 2: text in Russian
        ["A", 2022, "ВПР", 5, "y", 46, 10], // row 3: above 45
        ["A", 2022, "ВПР", 5, "z", 30, ""], // row 4
        ["A", 2022, "ВПР", 5, "z", "", 12], // row 5: same student, other subject: fine
        ["A", 2022, "ВПР", 5, "z", 31, ""], // row 6: Russian again
      ],
    });
    expect(t.problems.map((p) => [p.code, p.location?.row, p.location?.column])).toEqual([
      ["cell_not_number", 2, "Русский язык"],
      ["score_above_max", 3, "Русский язык"],
      ["student_duplicate", 6, "Русский язык"],
    ]);
    // A row with an error is left out whole.
    expect(t.rows.map((r) => [r.studentId, r.subject])).toEqual([["z", "RUS"], ["z", "MATH"]]);
  });

  test("no subject columns and no subject/score columns: the missing columns are named", () => {
    const t = readStudentTable({ values: [["school_id", "year", "procedure", "student_id", "Окружающий мир"], ["A", 2022, "ВПР", "x", 10]] });
    expect(t.problems.map((p) => [p.code, p.params.field])).toEqual([["column_missing", "subject"], ["column_missing", "score"]]);
  });
});

describe("a student file and its own aggregated form agree", () => {
  test("the aggregate path over the file's counts (counted by hand) gives the same per-subject shares", () => {
    const t = readStudentTable({
      values: [
        ["school_id", "year", "procedure", "grade", "student_id", "Русский язык", "Математика"],
        ...[[20, 12], [16, 12], [25, 9], [14, 7], [30, 25]].map(([r, m], i) => ["A", 2023, "ОГЭ", 9, `S${i + 1}`, r, m]),
      ],
    });
    const exact = computeScoreIndices(t.rows).schools[0];
    expect(exact.subjects.map((s) => [s.subject, s.lowShare, s.massShare])).toEqual([["MATH", 0.4, 0.2], ["RUS", 0.4, 0.4]]);
    // The same file as a per-subject school report: Russian 5 participants, 2 below 16.65, 2 at least 22.825;
    // mathematics 5, 2 below 9.55, 1 at least 15.775.
    const key = { schoolId: "A", year: 2023, procedure: "OGE" as const, grade: 9 };
    const approx = approximateScoreIndices([
      { ...key, subject: "RUS", participants: 5, lowCount: 2, massCount: 2 },
      { ...key, subject: "MATH", participants: 5, lowCount: 2, massCount: 1 },
    ]).schools[0];
    expect(approx.subjects.map((s) => [s.subject, s.lowShare, s.massShare])).toEqual(exact.subjects.map((s) => [s.subject, s.lowShare, s.massShare]));
    expect(approx.massSubjects).toEqual(exact.massSubjects);
    expect(approx.lower! <= exact.inr! && exact.inr! <= approx.upper!).toBe(true);
  });
});
