import { readAggregateTable } from "../../src/core/table/aggregate";
import { formatProblem } from "../../src/i18n";

const HEAD_RU = ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", 'Количество "2"'];

describe("reading the aggregate table", () => {
  test("Russian headers, a title row above, text numbers and Russian assessment names", () => {
    const t = readAggregateTable({
      sheet: "Данные",
      values: [
        ["Результаты оценочных процедур", "", "", "", "", "", "", ""],
        HEAD_RU,
        ["sch01", "СОШ № 1", "Район А", "село", "2023/24", "ВПР 5 класс русский язык", "1 234", "12"],
        ["sch01", "СОШ № 1", "Район А", "село", 2024, "ОГЭ математика", 20, 6],
        ["", "", "", "", "", "", "", ""],
        ["sch02", "Гимназия", "Город Б", "город", "2024", "ЕГЭ математика (профиль)", "15", "0"],
        ["Итого", "", "", "", "", "", "1269", "18"],
      ],
    });
    expect(t.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(t.headerRow).toBe(1);
    expect(t.rows.map((r) => [r.schoolId, r.year, r.assessmentId, r.participants, r.failed, r.locality, r.row])).toEqual([
      ["sch01", 2024, "VPR5_RUS", 1234, 12, "rural", 3],
      ["sch01", 2024, "OGE_MATH", 20, 6, "rural", 4],
      ["sch02", 2024, "EGE_MATH_PROF", 15, 0, "urban", 6],
    ]);
    expect(t.problems.map((p) => p.code)).toEqual(["row_totals_skipped"]);
  });

  test("every problem is reported with its cell, in Russian and English", () => {
    const t = readAggregateTable({
      sheet: "Лист1",
      originRow: 3,
      originCol: 2,
      values: [
        ["school_id", "year", "assessment", "participants", "failed"],
        ["s1", 2024, "VPR5_RUS", 10, 11],
        ["s2", 2024, "VPR5_RUS", -1, 0],
        ["s3", 2024, "ВПР 9 кл", 10, 1],
        ["s4", "двадцать", "OGE_RUS", 10, 1],
        ["s5", 2024, "OGE_RUS", "десять", 1],
        ["s6", 2024, "OGE_RUS", 10.5, 1],
        ["s7", 2024, "OGE_RUS", 10, 1],
        ["s7", 2024, "OGE_RUS", 12, 1],
        ["s8", 2024, "OGE_RUS", 10, "#N/A"],
      ],
    });
    const byCode = Object.fromEntries(t.problems.map((p) => [p.code, p.location]));
    expect(byCode.failed_gt_participants).toMatchObject({ sheet: "Лист1", row: 4, col: 6, column: "failed" });
    expect(byCode.cell_negative).toMatchObject({ row: 5, col: 5 });
    expect(byCode.assessment_unknown).toMatchObject({ row: 6, col: 4 });
    expect(byCode.cell_bad_year).toMatchObject({ row: 7, col: 3 });
    expect(byCode.cell_not_number).toMatchObject({ row: 8, col: 5 });
    expect(byCode.cell_not_whole).toMatchObject({ row: 9, col: 5 });
    expect(byCode.row_duplicate).toMatchObject({ row: 11 });
    expect(byCode.cell_error_value).toMatchObject({ row: 12, col: 6 });
    expect(t.rows.map((r) => r.schoolId)).toEqual(["s7"]);
    const gt = t.problems.find((p) => p.code === "failed_gt_participants")!;
    expect(formatProblem(gt, "ru")).toBe("Лист1!F4, столбец «failed»: число неуспевающих (11) больше числа участников (10)");
    expect(formatProblem(gt, "en")).toBe('Лист1!F4, column "failed": failed (11) exceeds participants (10)');
    const dup = t.problems.find((p) => p.code === "row_duplicate")!;
    expect(formatProblem(dup, "ru")).toContain("уже есть в строке 10");
  });

  test("missing columns name what was expected and what was found", () => {
    const t = readAggregateTable({ sheet: "S", values: [["Логин ОО", "Год", "Процедура", "Кол-во участников"], ["a", 2024, "OGE_RUS", 3]] });
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0].code).toBe("column_missing");
    expect(formatProblem(t.problems[0], "ru")).toContain("failed («количество 2») | failed_pct («доля 2»)");
    expect(formatProblem(t.problems[0], "ru")).toContain("Кол-во участников");
  });

  test("empty tables are errors", () => {
    expect(readAggregateTable({ values: [] }).problems[0].code).toBe("table_empty");
    expect(readAggregateTable({ values: [["", ""], [null, null]] }).problems[0].code).toBe("table_empty");
    expect(readAggregateTable({ values: [["school_id", "year", "assessment", "participants", "failed"]] }).problems[0].code).toBe("table_no_rows");
  });

  test("failed_pct as percents, as fractions and with a % sign give whole students", () => {
    const head = ["school_id", "year", "assessment", "participants", "failed_pct"];
    const pct = readAggregateTable({ values: [head, ["a", 2024, "OGE_RUS", 20, 30], ["b", 2024, "OGE_RUS", 7, "28,6"]] });
    expect(pct.rows.map((r) => [r.failed, r.failedFromPercent])).toEqual([[6, true], [2, true]]);
    const frac = readAggregateTable({ values: [head, ["a", 2024, "OGE_RUS", 20, 0.3], ["b", 2024, "OGE_RUS", 10, 1]] });
    expect(frac.rows.map((r) => r.failed)).toEqual([6, 10]);
    const sign = readAggregateTable({ values: [head, ["a", 2024, "OGE_RUS", 20, "30%"]] });
    expect(sign.rows.map((r) => r.failed)).toEqual([6]);
    const bad = readAggregateTable({ values: [head, ["a", 2024, "OGE_RUS", 20, 130]] });
    expect(bad.problems[0].code).toBe("cell_pct_range");
  });

  test("a procedure not held (blank counts) is kept as missing, never as 0 %", () => {
    const t = readAggregateTable({ values: [["school_id", "year", "assessment", "participants", "failed"], ["a", 2021, "EGE_MATH_BASE", "", ""]] });
    expect(t.problems).toEqual([]);
    expect(t.rows[0]).toMatchObject({ participants: 0, failed: 0 });
  });
});
