/**
 * The corpus of bad inputs (issue #9): each case is an input — a matrix as a host hands it to the core, or the
 * bytes of a file — and its documented outcome. docs/robustness.md describes the same cases for users.
 *
 * Outcomes: `accepted` (the normalised rows), `warning` (accepted, with the listed warnings), `error` (every problem
 * as "code@cell", nothing computed) and `file_error` (the file itself is refused with a ShnorError of that code).
 * Problems are compared as exact lists, so an extra or a moved problem fails the case.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AggregateRow } from "../../src/core/table/aggregate";
import { col, FIXTURES, textFile, xlsxFile, type XlsxCell } from "./support";

/** [schoolId, year, assessmentId, participants, failed, sheet row, other fields to check]. */
export type RowTuple = [string, number, string, number, number, number, Partial<AggregateRow>?];

export type Expected =
  | { outcome: "accepted"; rows: RowTuple[] }
  | { outcome: "warning"; rows: RowTuple[]; warnings: string[] }
  | { outcome: "error"; problems: string[] }
  | { outcome: "file_error"; code: string };

export type Input =
  | { kind: "matrix"; values: XlsxCell[][]; merges?: string[] }
  | { kind: "file"; name: string; bytes: () => Uint8Array | Promise<Uint8Array> };

export interface CorpusCase {
  name: string;
  input: Input;
  expect: Expected;
  /** What a matrix case gives when written to .xlsx, where that differs (an all-blank sheet is refused as a file). */
  fileExpect?: Expected;
  /** --year of the CLI run; default: the latest year among the expected rows (2024 otherwise). */
  year?: number;
}

const EN = ["school_id", "school_name", "municipality", "locality", "year", "assessment", "participants", "failed"];
const RU = ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", 'Количество "2"'];
const PCT = ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", "% «2»"];

/** A data row in the A–H layout above: id, name, municipality, locality, year, assessment, participants, failed. */
const d = (id: string, year: XlsxCell, assessment: XlsxCell, n: XlsxCell, f: XlsxCell): XlsxCell[] => [id, `Школа ${id}`, "Район А", "село", year, assessment, n, f];
const m = (...values: XlsxCell[][]): Input => ({ kind: "matrix", values });
const ok = (...rows: RowTuple[]): Expected => ({ outcome: "accepted", rows });
const warn = (warnings: string[], ...rows: RowTuple[]): Expected => ({ outcome: "warning", rows, warnings });
const err = (...problems: string[]): Expected => ({ outcome: "error", problems });
const fileErr = (code: string): Expected => ({ outcome: "file_error", code });
const file = (name: string, bytes: () => Uint8Array | Promise<Uint8Array>): Input => ({ kind: "file", name, bytes });
const fixture = (name: string) => () => readFileSync(join(FIXTURES, name));

/** The same small region in every text encoding: Cyrillic names with «», № and ё. */
const TEXT_ROWS: (string | number)[][] = [
  RU,
  ["760152", "МБОУ «СОШ № 1» г. Ёлкино", "Ёлкинский район", "город", "2024", "ВПР 5 кл. русский язык", "1 234", "12"],
  ["760152", "МБОУ «СОШ № 1» г. Ёлкино", "Ёлкинский район", "город", "2023/24", "ОГЭ математика", "20", "6"],
  ["760153", "МКОУ «ООШ с. Берёзовка»", "Ёлкинский район", "село", "2023", "ОГЭ математика", "10", "3"],
];
const TEXT_EXPECT = ok(
  ["760152", 2024, "VPR5_RUS", 1234, 12, 2, { schoolName: "МБОУ «СОШ № 1» г. Ёлкино", municipality: "Ёлкинский район", locality: "urban" }],
  ["760152", 2024, "OGE_MATH", 20, 6, 3],
  ["760153", 2023, "OGE_MATH", 10, 3, 4, { schoolName: "МКОУ «ООШ с. Берёзовка»", locality: "rural" }],
);

/** A 100-column export: the fields scattered among task columns and mark counts, as ФИС ОКО writes them. */
function wideExport(failedOf: (row: number) => number): { values: XlsxCell[][]; failedCol: number } {
  const header: string[] = Array.from({ length: 100 }, (_, i) => `Задание ${i + 1}`);
  const place: Record<string, [number, string]> = {
    id: [3, "Логин ОО"], name: [4, "Полное наименование ОО"], mo: [1, "Муниципальный район"], year: [6, "Учебный год"],
    assessment: [10, "Оценочная процедура"], n: [40, "Количество участников"], f: [97, "Количество «2»"],
  };
  for (const [c, h] of Object.values(place)) header[c - 1] = h;
  header[97] = "Количество «3»";
  header[98] = "Количество «4»";
  header[99] = "Количество «5»";
  const values: XlsxCell[][] = [header];
  for (let i = 0; i < 3; i++) {
    const row: XlsxCell[] = Array.from({ length: 100 }, (_, c) => (c % 7) + i);
    row[place.id[0] - 1] = `sch${i + 1}`;
    row[place.name[0] - 1] = `Школа ${i + 1}`;
    row[place.mo[0] - 1] = "Район Б";
    row[place.year[0] - 1] = "2023/24";
    row[place.assessment[0] - 1] = "ВПР 6 класс математика";
    row[place.n[0] - 1] = 25;
    row[place.f[0] - 1] = failedOf(i);
    values.push(row);
  }
  return { values, failedCol: place.f[0] };
}

export const CORPUS: CorpusCase[] = [
  // --- layout and headers -------------------------------------------------------------------------------------
  {
    name: "clean table with English headers (baseline)",
    input: m(EN, d("s1", 2024, "VPR5_RUS", 20, 6), d("s1", 2023, "VPR5_RUS", 20, 7), d("s2", 2024, "OGE_MATH", 15, 1)),
    expect: ok(["s1", 2024, "VPR5_RUS", 20, 6, 2, { schoolName: "Школа s1", municipality: "Район А", locality: "rural" }], ["s1", 2023, "VPR5_RUS", 20, 7, 3], ["s2", 2024, "OGE_MATH", 15, 1, 4]),
  },
  {
    name: "Russian headers and assessments written as text",
    input: m(
      RU,
      d("s1", 2024, "ВПР 5 кл. русский язык", 20, 6),
      d("s1", 2024, "ВПР 6 класс математика", 20, 2),
      d("s1", 2024, "ОГЭ русский язык", 20, 2),
      d("s1", 2024, "ЕГЭ математика (профильный уровень)", 20, 2),
      d("s1", 2024, "ЕГЭ математика базовая", 20, 2),
      d("s1", 2024, "ГИА-11 русский язык", 20, 2),
    ),
    expect: ok(
      ["s1", 2024, "VPR5_RUS", 20, 6, 2], ["s1", 2024, "VPR6_MATH", 20, 2, 3], ["s1", 2024, "OGE_RUS", 20, 2, 4],
      ["s1", 2024, "EGE_MATH_PROF", 20, 2, 5], ["s1", 2024, "EGE_MATH_BASE", 20, 2, 6], ["s1", 2024, "EGE_RUS", 20, 2, 7],
    ),
  },
  {
    name: "a title merged across the table above the header (header on row 2)",
    input: { kind: "matrix", values: [["Результаты оценочных процедур 2024 года", null, null, null, null, null, null, null], RU, d("s1", 2024, "OGE_RUS", 20, 6), d("s2", 2024, "OGE_RUS", 10, 1)], merges: ["A1:H1"] },
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 3], ["s2", 2024, "OGE_RUS", 10, 1, 4]),
  },
  {
    name: "a blank first row, the header on row 2",
    input: m([null, null, null, null, null, null, null, null], EN, d("s1", 2024, "OGE_RUS", 20, 6)),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 3]),
  },
  {
    name: "a two-row header with merged cells («Результаты» over participants and «2»)",
    input: {
      kind: "matrix",
      values: [
        ["Логин ОО", "Наименование ОО", "Год", "Оценочная процедура", "Результаты", null],
        [null, null, null, null, "Кол-во участников", "Количество «2»"],
        ["s1", "Школа 1", 2024, "ОГЭ математика", 20, 6],
        ["s2", "Школа 2", 2024, "ОГЭ математика", 12, 13],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"],
    },
    // The second school's error names the lower header cell: the column is «Количество «2»».
    expect: err("failed_gt_participants@F4"),
  },
  {
    name: "a two-row header with merged cells, valid data",
    input: {
      kind: "matrix",
      values: [
        ["Логин ОО", "Год", "Оценочная процедура", "Результаты", null, "Средний балл"],
        [null, null, null, "Кол-во участников", "Количество «2»", null],
        ["s1", 2024, "ОГЭ математика", 20, 6, "3,4"],
        ["s1", 2023, "ОГЭ математика", 18, 2, 3.9],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
    },
    expect: ok(["s1", 2024, "OGE_MATH", 20, 6, 3, { meanScore: 3.4 }], ["s1", 2023, "OGE_MATH", 18, 2, 4, { meanScore: 3.9 }]),
  },
  {
    name: "a year merged down the data rows (only the first cell holds it)",
    input: { kind: "matrix", values: [EN, d("s1", 2024, "OGE_RUS", 20, 6), d("s2", null, "OGE_RUS", 20, 6), d("s3", null, "OGE_RUS", 20, 6)], merges: ["E2:E4"] },
    expect: err("cell_required@E3", "cell_required@E4"),
  },
  {
    name: "the header below the first ten rows is not found",
    input: m(...Array.from({ length: 11 }, (_, i) => [`Примечание ${i + 1}`]), EN, d("s1", 2024, "OGE_RUS", 20, 6)),
    expect: err("column_missing@1", "column_missing@1", "column_missing@1", "column_missing@1", "column_missing@1"),
  },
  {
    name: "columns in any order, with unknown extra columns",
    input: m(
      ["Примечание", 'Количество "2"', "Оценочная процедура", "Кол-во «5»", "Кол-во участников", "Год", "Код ОО"],
      ["проверено", 6, "ОГЭ русский язык", 3, 20, 2024, "s1"],
    ),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2]),
  },
  {
    name: "a required column is missing",
    input: m(["Логин ОО", "Год", "Оценочная процедура", 'Количество "2"'], ["s1", 2024, "OGE_RUS", 6]),
    expect: err("column_missing@1"),
  },
  {
    name: "neither failures nor their percentage",
    input: m(["Логин ОО", "Год", "Оценочная процедура", "Кол-во участников", "Средний балл"], ["s1", 2024, "OGE_RUS", 20, 3.5]),
    expect: err("column_missing@1"),
  },
  { name: "a header without data rows", input: m(EN), expect: err("table_no_rows@1") },
  {
    name: "an empty sheet",
    input: m([null, "", null], ["", null, null]),
    expect: err("table_empty@-"),
    fileExpect: fileErr("file_sheet_empty"),
  },

  // --- totals rows ----------------------------------------------------------------------------------------------
  {
    name: "a totals row at the bottom («Итого» in the id column)",
    input: m(RU, d("s1", 2024, "OGE_RUS", 20, 6), d("s2", 2024, "OGE_RUS", 10, 1), ["Итого", null, null, null, null, null, 30, 7]),
    expect: warn(["row_totals_skipped@4"], ["s1", 2024, "OGE_RUS", 20, 6, 2], ["s2", 2024, "OGE_RUS", 10, 1, 3]),
  },
  {
    name: "a totals row with «Всего по району» in the name column",
    input: m(RU, d("s1", 2024, "OGE_RUS", 20, 6), [null, "Всего по району", "Район А", null, 2024, null, 20, 6]),
    expect: warn(["row_totals_skipped@3"], ["s1", 2024, "OGE_RUS", 20, 6, 2]),
  },
  {
    name: "a totals row with «Итого по региону» in the first column (the municipality)",
    input: m(["МО", "Логин ОО", "Год", "Оценочная процедура", "Кол-во участников", 'Количество "2"'], ["Район А", "s1", 2024, "OGE_RUS", 20, 6], ["Итого по региону", null, null, null, 20, 6]),
    expect: warn(["row_totals_skipped@3"], ["s1", 2024, "OGE_RUS", 20, 6, 2]),
  },
  {
    name: "an English «Total:» row",
    input: m(EN, d("s1", 2024, "OGE_RUS", 20, 6), ["Total:", null, null, null, null, null, 20, 6]),
    expect: warn(["row_totals_skipped@3"], ["s1", 2024, "OGE_RUS", 20, 6, 2]),
  },
  {
    name: "names that only begin like a total («Всеволожская», «Итоговая») are data",
    input: m(EN, ["Всеволожская-1", "Всеволожская СОШ", "Всеволожский район", "город", 2024, "OGE_RUS", 20, 6], ["s2", "Итоговая школа", "Район", "", 2024, "OGE_RUS", 10, 1]),
    expect: ok(["Всеволожская-1", 2024, "OGE_RUS", 20, 6, 2, { municipality: "Всеволожский район", locality: "urban" }], ["s2", 2024, "OGE_RUS", 10, 1, 3, { locality: null }]),
  },

  // --- numbers --------------------------------------------------------------------------------------------------
  {
    name: "numbers stored as text with spaces («1 234», no-break and narrow spaces)",
    input: m(EN, d("s1", 2024, "OGE_RUS", "1 234", "12"), d("s2", 2024, "OGE_RUS", "1\u00a0234", " 0 "), d("s3", 2024, "OGE_RUS", "2\u202f000", "1 000")),
    expect: ok(["s1", 2024, "OGE_RUS", 1234, 12, 2], ["s2", 2024, "OGE_RUS", 1234, 0, 3], ["s3", 2024, "OGE_RUS", 2000, 1000, 4]),
  },
  {
    name: "a decimal comma in a percentage («12,5»)",
    input: m(PCT, d("s1", 2024, "OGE_RUS", 16, "12,5"), d("s2", 2024, "OGE_RUS", 7, "28,6")),
    expect: ok(["s1", 2024, "OGE_RUS", 16, 2, 2, { failedFromPercent: true }], ["s2", 2024, "OGE_RUS", 7, 2, 3, { failedFromPercent: true }]),
  },
  {
    name: "a percentage column headed «Доля «2», %»",
    input: m([...PCT.slice(0, 7), "Доля «2», %"], d("s1", 2024, "OGE_RUS", 20, 30)),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2, { failedFromPercent: true }]),
  },
  { name: "a decimal comma in a count («12,5» students)", input: m(EN, d("s1", 2024, "OGE_RUS", 20, "12,5")), expect: err("cell_not_whole@H2") },
  {
    name: "percentages written «30%», «30 %», «12,5%»",
    input: m(PCT, d("s1", 2024, "OGE_RUS", 20, "30%"), d("s2", 2024, "OGE_RUS", 10, "30 %"), d("s3", 2024, "OGE_RUS", 8, "12,5%")),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2], ["s2", 2024, "OGE_RUS", 10, 3, 3], ["s3", 2024, "OGE_RUS", 8, 1, 4]),
  },
  {
    name: "percentages as fractions (a cell formatted as percent holds 0.3)",
    input: m(PCT, d("s1", 2024, "OGE_RUS", 20, 0.3), d("s2", 2024, "OGE_RUS", 20, 0.25), d("s3", 2024, "OGE_RUS", 20, 1)),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2], ["s2", 2024, "OGE_RUS", 20, 5, 3], ["s3", 2024, "OGE_RUS", 20, 20, 4]),
  },
  { name: "a percentage above 100", input: m(PCT, d("s1", 2024, "OGE_RUS", 20, 130), d("s2", 2024, "OGE_RUS", 20, "-5")), expect: err("cell_pct_range@H2", "cell_pct_range@H3") },
  { name: "a percentage in a count column («30%» students)", input: m(EN, d("s1", 2024, "OGE_RUS", 20, "30%")), expect: err("cell_not_whole@H2") },
  {
    name: "counts Excel computed with floating-point noise (56.99999999999999, 5.6e-17)",
    input: m(EN, d("s1", 2024, "OGE_RUS", 100, 100 * 0.57), d("s2", 2024, "OGE_RUS", 20, 0.1 + 0.2 - 0.3)),
    expect: ok(["s1", 2024, "OGE_RUS", 100, 57, 2], ["s2", 2024, "OGE_RUS", 20, 0, 3]),
  },
  { name: "text in a count («десять»)", input: m(EN, d("s1", 2024, "OGE_RUS", "десять", 1)), expect: err("cell_not_number@G2") },
  { name: "a boolean in a count (TRUE)", input: m(EN, d("s1", 2024, "OGE_RUS", true, 1)), expect: err("cell_not_number@G2") },
  { name: "#N/A in a count", input: m(EN, d("s1", 2024, "OGE_RUS", 20, "#N/A")), expect: err("cell_error_value@H2") },
  {
    name: "Excel errors in every kind of cell (#REF!, #DIV/0!, #VALUE!, #N/A, #NAME?)",
    input: m(
      EN,
      d("#REF!", 2024, "OGE_RUS", 20, 1),
      d("s2", 2024, "OGE_RUS", "#DIV/0!", 1),
      d("s3", "#VALUE!", "OGE_RUS", 20, 1),
      d("s4", 2024, "#N/A", 20, 1),
      ["s5", "Школа", "#NAME?", "село", 2024, "OGE_RUS", 20, 1],
    ),
    expect: err("cell_error_value@A2", "cell_error_value@G3", "cell_error_value@E4", "cell_error_value@F5", "cell_error_value@C6"),
  },
  {
    name: "numbers with an exponent («1e3», 1E+15)",
    input: m(EN, d("s1", 2024, "OGE_RUS", "1e3", 2), d("s2", 2024, "OGE_RUS", 1e15, "1E+3")),
    expect: ok(["s1", 2024, "OGE_RUS", 1000, 2, 2], ["s2", 2024, "OGE_RUS", 1e15, 1000, 3]),
  },

  // --- counts that contradict each other --------------------------------------------------------------------------
  { name: "negative participants", input: m(EN, d("s1", 2024, "OGE_RUS", -20, 1)), expect: err("cell_negative@G2") },
  { name: "negative failures", input: m(EN, d("s1", 2024, "OGE_RUS", 20, "-1")), expect: err("cell_negative@H2") },
  { name: "more failures than participants", input: m(EN, d("s1", 2024, "OGE_RUS", 10, 11)), expect: err("failed_gt_participants@H2") },
  { name: "participants without failures", input: m(EN, d("s1", 2024, "OGE_RUS", 10, "")), expect: err("cell_required@H2") },
  { name: "failures without participants", input: m(EN, d("s1", 2024, "OGE_RUS", "", 3)), expect: err("cell_required@G2") },
  { name: "a percentage without participants", input: m(PCT, d("s1", 2024, "OGE_RUS", null, "30%")), expect: err("cell_required@G2") },
  {
    name: "a procedure not held (both counts blank) is no data, never 0 %",
    input: m(EN, d("s1", 2024, "EGE_MATH_BASE", "", ""), d("s1", 2024, "OGE_RUS", 0, "")),
    expect: ok(["s1", 2024, "EGE_MATH_BASE", 0, 0, 2], ["s1", 2024, "OGE_RUS", 0, 0, 3]),
  },

  // --- rows -----------------------------------------------------------------------------------------------------
  {
    name: "empty rows in the middle keep the sheet row numbers",
    input: m(EN, d("s1", 2024, "OGE_RUS", 20, 6), [], [null, "", "  ", null, null, null, null, null], d("s2", 2024, "OGE_RUS", 10, 1)),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2], ["s2", 2024, "OGE_RUS", 10, 1, 5]),
  },
  { name: "a duplicated row", input: m(EN, d("s1", 2024, "OGE_RUS", 20, 6), d("s1", 2024, "OGE_RUS", 20, 6)), expect: err("row_duplicate@3") },
  {
    name: "a duplicate written differently (spaces around the id, the assessment as text)",
    input: m(EN, d("s1", 2024, "OGE_RUS", 20, 6), d(" s1\u00a0", "2023/24", "ОГЭ русский язык", 21, 6)),
    expect: err("row_duplicate@3"),
  },

  // --- assessments and years ------------------------------------------------------------------------------------
  { name: "an unknown assessment (ВПР history)", input: m(EN, d("s1", 2024, "ВПР 5 кл. история", 20, 6)), expect: err("assessment_unknown@F2") },
  { name: "«ОГЭ информатика» is not mathematics", input: m(EN, d("s1", 2024, "ОГЭ информатика", 20, 6), d("s1", 2024, "ОГЭ математика", 20, 2)), expect: err("assessment_unknown@F2") },
  { name: "ЕГЭ mathematics without its level", input: m(EN, d("s1", 2024, "ЕГЭ математика", 20, 6)), expect: err("assessment_unknown@F2") },
  { name: "a blank assessment", input: m(EN, d("s1", 2024, "", 20, 6)), expect: err("cell_required@F2") },
  {
    name: "school years «2023/24», «2023-2024», «2023/2024», «2023–24» are the year of the spring",
    input: m(EN, d("s1", "2023/24", "VPR5_RUS", 20, 1), d("s1", "2023-2024", "VPR5_MATH", 20, 1), d("s1", "2023/2024", "VPR6_RUS", 20, 1), d("s1", "2023–24", "VPR6_MATH", 20, 1), d("s1", 2024.0, "OGE_RUS", 20, 1)),
    expect: ok(["s1", 2024, "VPR5_RUS", 20, 1, 2], ["s1", 2024, "VPR5_MATH", 20, 1, 3], ["s1", 2024, "VPR6_RUS", 20, 1, 4], ["s1", 2024, "VPR6_MATH", 20, 1, 5], ["s1", 2024, "OGE_RUS", 20, 1, 6]),
  },
  {
    name: "years with «г.», «год», «уч. год»",
    input: m(EN, d("s1", "2024 г.", "OGE_RUS", 20, 1), d("s1", "2023/24 уч. год", "OGE_MATH", 20, 1), d("s1", "2023 год", "OGE_RUS", 20, 1)),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 1, 2], ["s1", 2024, "OGE_MATH", 20, 1, 3], ["s1", 2023, "OGE_RUS", 20, 1, 4]),
  },
  {
    name: "years that are not school years («2023/25», «24», text, 1999, a fraction)",
    input: m(EN, d("s1", "2023/25", "OGE_RUS", 20, 1), d("s2", "24", "OGE_RUS", 20, 1), d("s3", "прошлый", "OGE_RUS", 20, 1), d("s4", 1999, "OGE_RUS", 20, 1), d("s5", 2023.5, "OGE_RUS", 20, 1)),
    expect: err("cell_bad_year@E2", "cell_bad_year@E3", "cell_bad_year@E4", "cell_bad_year@E5", "cell_bad_year@E6"),
  },
  { name: "a blank year", input: m(EN, d("s1", "", "OGE_RUS", 20, 1)), expect: err("cell_required@E2") },
  { name: "a blank school id", input: m(EN, d("", 2024, "OGE_RUS", 20, 1)), expect: err("cell_required@A2") },

  // --- text -----------------------------------------------------------------------------------------------------
  {
    name: "long, Cyrillic and emoji text is kept as it is",
    input: m(EN, ["ш-001", "Школа ".repeat(2000) + "№ 1 🎓", "Ёлкино", "пгт", 2024, "OGE_RUS", 20, 1], ["760153", "МОУ «СОШ»", "Город Б", "г.", 2024, "OGE_RUS", 20, 1]),
    expect: ok(["ш-001", 2024, "OGE_RUS", 20, 1, 2, { schoolName: "Школа ".repeat(2000) + "№ 1 🎓", locality: "rural" }], ["760153", 2024, "OGE_RUS", 20, 1, 3, { locality: "urban" }]),
  },
  {
    name: "text that looks like a formula is data (neutralised on output)",
    input: m(EN, ["s1", '=HYPERLINK("http://evil.example","Школа")', "+7 999", "@SUM(A1)", 2024, "OGE_RUS", 20, 6], ["-s2", "-Школа", "=1+1", "", 2024, "OGE_RUS", 20, 6]),
    expect: ok(["s1", 2024, "OGE_RUS", 20, 6, 2, { schoolName: '=HYPERLINK("http://evil.example","Школа")', municipality: "+7 999" }], ["-s2", 2024, "OGE_RUS", 20, 6, 3, { schoolName: "-Школа", municipality: "=1+1" }]),
  },

  // --- files ----------------------------------------------------------------------------------------------------
  { name: "CSV in UTF-8 with a BOM, semicolons", input: file("utf8-bom.csv", () => textFile(TEXT_ROWS, { encoding: "utf8-bom" })), expect: TEXT_EXPECT },
  { name: "CSV in Windows-1251 (Russian Excel's plain CSV)", input: file("cp1251.csv", () => textFile(TEXT_ROWS, { encoding: "cp1251" })), expect: TEXT_EXPECT },
  { name: "CSV in UTF-8 without a BOM, commas", input: file("comma.csv", () => textFile(TEXT_ROWS, { delimiter: "," })), expect: TEXT_EXPECT },
  {
    name: "CSV with commas and quoted decimal commas («\"12,5\"»)",
    input: file("comma-pct.csv", () => textFile([PCT, ["s1", "Школа", "Район", "село", "2024", "OGE_RUS", "16", "12,5"], ["s2", "Школа", "Район", "село", "2024", "OGE_RUS", "7", "28,6"]], { delimiter: "," })),
    expect: ok(["s1", 2024, "OGE_RUS", 16, 2, 2, { failedFromPercent: true }], ["s2", 2024, "OGE_RUS", 7, 2, 3]),
  },
  { name: "Excel «Unicode text»: UTF-16LE, tabs", input: file("unicode.txt", () => textFile(TEXT_ROWS, { delimiter: "\t", encoding: "utf16le-bom" })), expect: TEXT_EXPECT },
  {
    name: "CSV with a «sep=;» line, LF line ends and trailing empty lines of delimiters",
    input: file("sep.csv", () => Buffer.concat([Buffer.from(textFile(TEXT_ROWS, { eol: "\n", prefix: "sep=;\n" })), Buffer.from(";;;;;;;\n;;;;;;;\n\n")])),
    expect: TEXT_EXPECT,
  },
  {
    name: "CSV saved by Russian Excel with errors in cells («#Н/Д», «#ЗНАЧ!»)",
    input: file("errors-1251.csv", () => textFile([RU, ["#ЗНАЧ!", "Школа", "Район", "село", "2024", "ОГЭ русский язык", "20", "6"], ["s2", "Школа", "Район", "село", "2024", "ОГЭ русский язык", "20", "#Н/Д"]], { encoding: "cp1251" })),
    expect: err("cell_error_value@A2", "cell_error_value@H3"),
  },
  { name: "an old Excel 97–2003 .xls", input: file("old.xls", fixture("old.xls")), expect: fileErr("file_xls_unsupported") },
  { name: "an HTML table saved as .xls", input: file("export.xls", () => Buffer.from("<html><body><table><tr><td>Логин ОО</td></tr></table></body></html>")), expect: fileErr("file_xls_unsupported") },
  { name: "a password-protected workbook", input: file("protected.xlsx", fixture("protected.xlsx")), expect: fileErr("file_encrypted") },
  { name: "an empty file", input: file("empty.csv", () => new Uint8Array(0)), expect: fileErr("file_empty") },
  { name: "a CSV of blank lines only", input: file("blank.csv", () => Buffer.from("\r\n;;;\r\n\r\n")), expect: fileErr("file_empty") },
  {
    name: "a damaged workbook (cut short)",
    input: file("damaged.xlsx", async () => (await xlsxFile([EN, d("s1", 2024, "OGE_RUS", 20, 6)])).subarray(0, 700)),
    expect: fileErr("file_xlsx_invalid"),
  },
  {
    name: "a 100-column export",
    input: file("wide.xlsx", () => xlsxFile(wideExport((i) => i + 1).values)),
    expect: ok(["sch1", 2024, "VPR6_MATH", 25, 1, 2, { municipality: "Район Б" }], ["sch2", 2024, "VPR6_MATH", 25, 2, 3], ["sch3", 2024, "VPR6_MATH", 25, 3, 4]),
  },
  {
    name: "a 100-column export with an error far right (column CS)",
    input: file("wide-bad.xlsx", () => xlsxFile(wideExport((i) => (i === 1 ? 30 : 1)).values)),
    expect: err(`failed_gt_participants@${col(wideExport(() => 0).failedCol)}3`),
  },
  {
    name: "a table that starts at C5 of its sheet keeps the sheet's addresses",
    input: file("offset.xlsx", () => xlsxFile([EN, d("s1", 2024, "OGE_RUS", 20, 6), d("s2", 2024, "OGE_RUS", 10, 11)], { origin: { row: 5, col: 3 } })),
    expect: err("failed_gt_participants@J7"),
  },
  {
    name: "formula cells: the cached result is read; a formula never calculated is blank",
    input: file("formulas.xlsx", () => xlsxFile([EN, d("s1", 2024, "OGE_RUS", { formula: "10+10", result: 20 }, 6), d("s2", 2024, "OGE_RUS", { formula: "10+10" }, 6)])),
    expect: err("cell_required@G3"),
  },
  {
    name: "a date in the year column",
    input: file("date-year.xlsx", () => xlsxFile([EN, d("s1", new Date(Date.UTC(2024, 0, 1)), "OGE_RUS", 20, 6)])),
    expect: err("cell_bad_year@E2"),
  },
];

/** Student results (the score indices' reader), through the same matrix and file paths. */
export type StudentTuple = [schoolId: string, studentId: string, subject: string, score: number, row: number];
export type StudentExpected = { outcome: "accepted"; rows: StudentTuple[] } | { outcome: "error"; problems: string[] };

const SH = ["Логин ОО", "Год", "Процедура", "Класс", "Код участника", "Предмет", "Первичный балл"];
const st = (student: string, subject: XlsxCell, score: XlsxCell): XlsxCell[] => ["A", 2023, "ОГЭ", 9, student, subject, score];

export const STUDENT_CORPUS: { name: string; values: XlsxCell[][]; expect: StudentExpected }[] = [
  {
    name: "scores as text and numbers, «2022/23», a blank score (not taken, never 0), a totals row",
    values: [SH, ["A", "2022/23", "ОГЭ", "", "S1", "Русский язык", "20"], st("S1", "Математика", 12), st("S2", "Математика", ""), ["Итого", null, null, null, null, null, 32]],
    expect: { outcome: "accepted", rows: [["A", "S1", "RUS", 20, 2], ["A", "S1", "MATH", 12, 3]] },
  },
  { name: "an unknown subject", values: [SH, st("S1", "Астрономия", 10)], expect: { outcome: "error", problems: ["subject_unknown@F2"] } },
  { name: "a score above the maximum", values: [SH, st("S1", "Русский язык", 99)], expect: { outcome: "error", problems: ["score_above_max@G2"] } },
  { name: "a negative score", values: [SH, st("S1", "Русский язык", "-1")], expect: { outcome: "error", problems: ["cell_negative@G2"] } },
  { name: "#N/A as a score", values: [SH, st("S1", "Русский язык", "#N/A")], expect: { outcome: "error", problems: ["cell_error_value@G2"] } },
  { name: "a student twice in one subject", values: [SH, st("S1", "Русский язык", 20), st("S1", "русский язык", 21)], expect: { outcome: "error", problems: ["student_duplicate@G3"] } },
];
