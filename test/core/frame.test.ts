/**
 * What frame.ts gives every reader: two-row headers of merged cells, Excel error values in text cells, totals rows
 * (also in the first cell where a reader asks), repeated rows refused and tables without rows reported.
 */
import { readGiaMeansTable } from "../../src/core/indicators/giaDeviation";
import { readOipTable } from "../../src/core/indicators/oip";
import { openTable, percentColumnHoldsFractions, readRows, readTable, refuseRepeats, type TableFrame } from "../../src/core/table/frame";
import type { FieldSpec } from "../../src/core/table/headers";
import { readStudentTable } from "../../src/core/table/students";

const where = (t: { problems: { code: string; location?: { row?: number; col?: number; column?: string } }[] }) =>
  t.problems.map((p) => [p.code, p.location?.row, p.location?.col, p.location?.column]);

describe("a header of two rows (merged cells) in every reader", () => {
  test("the ГИА means table: «Средние баллы» merged over the school's and the region's", () => {
    const t = readGiaMeansTable({
      values: [
        ["Логин ОО", "Экзамен", "Предмет", "Год", "Средние баллы", null],
        [null, null, null, null, "Средний балл ОО", "Средний балл по региону"],
        ["A", "ОГЭ", "Математика", 2024, 14, 16],
        ["B", "ОГЭ", "Математика", 2024, -1, 16],
      ],
    });
    expect(t.headerRow).toBe(1);
    expect(t.cells.map((c) => [c.schoolId, c.schoolMean, c.regionMean])).toEqual([["A", 14, 16]]);
    // The lower header cell names the column.
    expect(where(t)).toEqual([["cell_negative", 4, 5, "Средний балл ОО"]]);
  });

  test("the student table", () => {
    const t = readStudentTable({
      values: [
        ["Логин ОО", "Год", "Процедура", "Класс", "Участник", "Результаты ОГЭ", null],
        [null, null, null, null, null, "Предмет", "Балл"],
        ["A", 2023, "ОГЭ", 9, "S1", "Математика", 12],
      ],
    });
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.studentId, r.subject, r.score, r.location?.column])).toEqual([["S1", "MATH", 12, "Балл"]]);
  });

  test("a context table", () => {
    const t = readOipTable({ values: [["Логин ОО", "Показатели", null], [null, "Год", "ОИП"], ["a", 2022, 36]] });
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.schoolId, r.year, r.value])).toEqual([["a", 2022, 36]]);
  });
});

describe("Excel error values in text cells are located errors, not names", () => {
  test("a school id, a student id and an unknown subject", () => {
    const oip = readOipTable({ values: [["school_id", "school_name", "year", "oip"], ["#N/A", "Школа", 2022, 36], ["b", "#ССЫЛКА!", 2022, 30], ["c", "Школа c", 2022, 31]] });
    expect(where(oip)).toEqual([["cell_error_value", 2, 1, "school_id"], ["cell_error_value", 3, 2, "school_name"]]);
    expect(oip.rows.map((r) => r.schoolId)).toEqual(["c"]);
    const students = readStudentTable({ values: [["school_id", "year", "procedure", "student_id", "subject", "score"], ["A", 2023, "ОГЭ", "#REF!", "Математика", 12]] });
    expect(where(students)).toEqual([["cell_error_value", 2, 4, "student_id"]]);
    // An unknown subject keeps its text as the key; an error value is not a subject.
    const gia = readGiaMeansTable({ values: [["school_id", "exam", "subject", "year", "school_mean", "region_mean"], ["A", "ЕГЭ", "#Н/Д", 2024, 40, 45]] });
    expect(where(gia)).toEqual([["cell_error_value", 2, 3, "subject"]]);
    expect(gia.cells).toEqual([]);
  });
});

describe("the frame's row machinery", () => {
  const FIELDS: FieldSpec[] = [{ key: "id", required: true, aliases: ["код"] }, { key: "name", required: false, aliases: ["название"] }, { key: "share", required: false, aliases: ["доля"] }];
  const open = (values: unknown[][], firstCell = false) => {
    const opened = openTable({ values, sheet: "S" }, FIELDS, {}, ["id"], { totalsInFirstCell: firstCell });
    if (!opened.ok) throw new Error("not opened");
    return opened.frame;
  };
  const ids = (f: TableFrame) => readRows(f, (r) => f.requiredText(r, "id") || undefined, refuseRepeats(f, (id) => id, (id, first) => ["ctx_row_duplicate", { school: id, year: "—", first }]));

  test("totals rows: in the named columns, and in the first cell only where the reader asks", () => {
    const values = [["название", "код"], ["Итого по району", ""], ["Всеволожская", "x"]];
    expect(open(values).rows).toEqual([1, 2]);
    const f = open(values, true);
    expect(f.rows).toEqual([2]);
    expect(where(f.cells)).toEqual([["row_totals_skipped", 2, undefined, undefined]]);
  });

  test("repeats are refused at their row with the first one's row; a table without rows is an error", () => {
    const f = open([["код", "название"], ["a"], ["b"], ["a"]]);
    expect(ids(f)).toEqual(["a", "b"]);
    expect(f.cells.problems.map((p) => [p.code, p.params, p.location])).toEqual([["ctx_row_duplicate", { school: "a", year: "—", first: 2 }, { sheet: "S", row: 4 }]]);
    const blank = open([["код", "название"], ["", "x"]]);
    expect(ids(blank)).toEqual([]);
    expect(blank.cells.problems.map((p) => p.code)).toEqual(["cell_required"]);
    const empty = readTable(openTable({ values: [["код", "название"]] }, FIELDS), ids);
    expect(empty.problems.map((p) => [p.code, p.location?.row])).toEqual([["table_no_rows", 1]]);
  });

  test("a percentage column holds fractions unless a value exceeds 1 or has a % sign", () => {
    expect(percentColumnHoldsFractions(open([["код", "доля"], ["a", 0.3], ["b", 1]]), "share")).toBe(true);
    expect(percentColumnHoldsFractions(open([["код", "доля"], ["a", 0.3], ["b", 30]]), "share")).toBe(false);
    expect(percentColumnHoldsFractions(open([["код", "доля"], ["a", 0.3], ["b", "30%"]]), "share")).toBe(false);
    expect(percentColumnHoldsFractions(open([["код", "доля"], ["a", ""]]), "share")).toBe(false);
  });
});
