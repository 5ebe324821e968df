import type { AggregateRow } from "../../src/core/table/aggregate";
import {
  computeGiaDeviations, giaDeviationDynamics, giaDeviationForSchool, giaDeviationOfMeans, giaDeviationSettings, giaMeansFromAggregates,
  giaMeansFromStudents, type GiaMeanCell, readGiaMeansTable,
} from "../../src/core/indicators/giaDeviation";
import { ShnorError } from "../../src/core/errors";
import { st } from "./students.fixtures";

const cell = (exam: "OGE" | "EGE", subject: string, year: number, schoolMean: number | null, regionMean: number | null, schoolId = "A"): GiaMeanCell =>
  ({ schoolId, exam, subject, year, schoolMean, regionMean });

/** TV-7: one window (2022–2024) with three cells. */
const TV7 = [cell("OGE", "RUS", 2022, 24, 26), cell("OGE", "MATH", 2023, 14, 16), cell("EGE", "RUS", 2024, 66, 68)];

describe("TV-7: deviation of the school's ГИА mean from the region (domain-notes §11)", () => {
  test("R = 0.9228884, deviation = −0.0771116", () => {
    const d = giaDeviationForSchool(TV7, "A", 2024);
    expect(d.years).toEqual([2022, 2023, 2024]);
    // Cells in a stable order: exam, subject, year.
    expect(d.cells.map((c) => [c.exam, c.subject, c.year, c.ratio])).toEqual([["EGE", "RUS", 2024, 66 / 68], ["OGE", "MATH", 2023, 14 / 16], ["OGE", "RUS", 2022, 24 / 26]]);
    expect(Math.abs(d.meanRatio! - 0.9228884)).toBeLessThan(1e-7);
    expect(Math.abs(d.deviation! - -0.0771116)).toBeLessThan(1e-7);
    expect(d.skipped).toEqual([]);
  });

  test("the next window with deviation −0.05 is positive dynamics", () => {
    // Window 2023–2025: ОГЭ maths 2023 (0.875), ЕГЭ Russian 2024 (0.9705882), a 2025 cell 68.3/68 → R = 0.95.
    const cells = [...TV7, cell("OGE", "RUS", 2025, 68.3, 68)];
    const [d] = giaDeviationDynamics(cells, 2025).schools;
    expect(Math.abs(d.previous.deviation! - -0.0771116)).toBeLessThan(1e-7);
    expect(d.current.deviation).toBeCloseTo(-0.05, 12);
    expect(d.type).toBe("positive");
    expect(giaDeviationDynamics([...TV7, cell("OGE", "RUS", 2025, 50, 68)], 2025).schools[0].type).toBe("negative");
  });

  test("equal deviations are neutral; a window without cells is nodata", () => {
    // No cells in 2021, 2022 or 2025: both windows hold exactly the 2023 and 2024 cells.
    const same = [cell("OGE", "MATH", 2023, 14, 16), cell("EGE", "RUS", 2024, 66, 68)];
    expect(giaDeviationDynamics(same, 2025).schools[0].type).toBe("neutral");
    expect(giaDeviationDynamics([cell("OGE", "MATH", 2025, 14, 16)], 2025).schools[0].type).toBe("nodata");
  });
});

describe("cells of the window", () => {
  test("region mean missing or zero: skipped and reported; school without participants: not a cell", () => {
    const cells = [...TV7, cell("EGE", "PHYS", 2024, 50, null), cell("OGE", "CHEM", 2023, 20, 0), cell("OGE", "BIO", 2023, null, 25), cell("OGE", "RUS", 2021, 10, 26)];
    const r = computeGiaDeviations(cells, 2024);
    const d = r.schools[0];
    expect(Math.abs(d.deviation! - -0.0771116)).toBeLessThan(1e-7);
    expect(d.cells).toHaveLength(3);
    expect(d.skipped.map((s) => [s.exam, s.subject, s.year, s.reason])).toEqual([
      ["EGE", "PHYS", 2024, "gia_region_mean_missing"],
      ["OGE", "CHEM", 2023, "gia_region_mean_zero"],
    ]);
    expect(r.problems.map((p) => [p.code, p.severity, p.params.subject])).toEqual([
      ["gia_region_mean_missing", "warning", "PHYS"],
      ["gia_region_mean_zero", "warning", "CHEM"],
    ]);
    expect(r.settings).toEqual({ windowYears: 3, includeEgeBase: true, tolerance: 1e-9 });
  });

  test("window length and ЕГЭ base mathematics are settings", () => {
    const cells = [...TV7, { ...cell("EGE", "MATH", 2024, 3.5, 4), level: "base" as const }];
    expect(giaDeviationForSchool(cells, "A", 2024).cells).toHaveLength(4);
    expect(giaDeviationForSchool(cells, "A", 2024, { includeEgeBase: false }).cells).toHaveLength(3);
    const one = giaDeviationForSchool(cells, "A", 2024, { windowYears: 1, includeEgeBase: false });
    expect(one.years).toEqual([2024]);
    expect(one.deviation).toBeCloseTo(66 / 68 - 1, 12);
    expect(() => giaDeviationSettings({ windowYears: 0 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });

  test("negative means and repeated cells are errors", () => {
    expect(() => computeGiaDeviations([cell("OGE", "RUS", 2024, -1, 26)], 2024)).toThrow(ShnorError);
    expect(() => computeGiaDeviations([cell("OGE", "RUS", 2024, 20, 26), cell("OGE", "RUS", 2024, 21, 26)], 2024)).toThrow(ShnorError);
  });

  test("ratios are scale-invariant", () => {
    const scaled = TV7.map((c) => ({ ...c, schoolMean: c.schoolMean! * 3.7, regionMean: c.regionMean! * 3.7 }));
    expect(giaDeviationForSchool(scaled, "A", 2024).deviation).toBeCloseTo(giaDeviationForSchool(TV7, "A", 2024).deviation!, 12);
  });
});

describe("the worksheet form GIADEVIATION(schoolMeans, regionMeans)", () => {
  test("TV-7, with a blank pair and a zero region mean", () => {
    const r = giaDeviationOfMeans([24, 14, 66, null, 20, 5], [26, 16, 68, 70, 0, null]);
    expect(Math.abs(r.deviation! - -0.0771116)).toBeLessThan(1e-7);
    expect(r.cells).toBe(3);
    expect(r.zeroRegion).toEqual([4]);
    expect(giaDeviationOfMeans([null], [3]).deviation).toBeNull();
  });

  test("shapes must agree and means be non-negative", () => {
    expect(() => giaDeviationOfMeans([1, 2], [1])).toThrow(expect.objectContaining({ code: "gia_shape_mismatch", params: { school: 2, region: 1 } }));
    expect(() => giaDeviationOfMeans([-1], [1])).toThrow(expect.objectContaining({ code: "gia_mean_negative" }));
  });
});

describe("means from student rows, from the aggregate table and from a means table agree", () => {
  const students = [
    // ОГЭ Russian 2024: school A 20, 28 (mean 24); school B 30, 26, 28 (mean 28); region (20+28+30+26+28)/5 = 26.4
    st("A", 2024, "OGE", 9, "a1", "RUS", 20), st("A", 2024, "OGE", 9, "a2", "RUS", 28),
    st("B", 2024, "OGE", 9, "b1", "RUS", 30), st("B", 2024, "OGE", 9, "b2", "RUS", 26), st("B", 2024, "OGE", 9, "b3", "RUS", 28),
    // ЕГЭ profile mathematics 2023: A 60; B 70, 80; region 70
    st("A", 2023, "EGE", 11, "a9", "MATH", 60, "prof"), st("B", 2023, "EGE", 11, "b9", "MATH", 70, "prof"), st("B", 2023, "EGE", 11, "b8", "MATH", 80, "prof"),
    // ВПР is not ГИА
    st("A", 2024, "VPR", 5, "v1", "RUS", 10),
  ];

  test("school and region means per cell; the region mean is over all participants", () => {
    const cells = giaMeansFromStudents(students);
    const a = cells.filter((c) => c.schoolId === "A").map((c) => [c.exam, c.subject, c.level ?? "", c.year, c.schoolMean, c.regionMean, c.schoolParticipants, c.regionParticipants]);
    expect(a).toEqual([["OGE", "RUS", "", 2024, 24, 26.4, 2, 5], ["EGE", "MATH", "prof", 2023, 60, 70, 1, 3]]);
    const d = computeGiaDeviations(cells, 2024).schools;
    expect(d.map((s) => s.schoolId)).toEqual(["A", "B"]);
    expect(d[0].deviation).toBeCloseTo((24 / 26.4 + 60 / 70) / 2 - 1, 12);
  });

  test("the aggregate table's mean_score gives the same deviation", () => {
    const rows: AggregateRow[] = [
      ["A", "OGE_RUS", 2024, 2, 24], ["B", "OGE_RUS", 2024, 3, 28], ["A", "EGE_MATH_PROF", 2023, 1, 60], ["B", "EGE_MATH_PROF", 2023, 2, 75],
      ["A", "VPR5_RUS", 2024, 1, 10],
    ].map(([schoolId, assessmentId, year, participants, meanScore], i) => ({
      schoolId: String(schoolId), schoolName: "", municipality: "", locality: null, group: "", year: Number(year), assessmentId: String(assessmentId),
      participants: Number(participants), failed: 0, failedFromPercent: false, meanScore: Number(meanScore), row: i + 2,
    }));
    const fromAggregates = computeGiaDeviations(giaMeansFromAggregates(rows), 2024).schools.map((s) => s.deviation);
    const fromStudents = computeGiaDeviations(giaMeansFromStudents(students), 2024).schools.map((s) => s.deviation);
    expect(fromAggregates[0]).toBeCloseTo(fromStudents[0]!, 12);
    expect(fromAggregates[1]).toBeCloseTo(fromStudents[1]!, 12);
  });

  test("a means table with Russian headers", () => {
    const t = readGiaMeansTable({
      sheet: "ГИА",
      values: [
        ["Логин ОО", "Экзамен", "Предмет", "Год", "Средний балл ОО", "Средний балл по региону"],
        ["A", "ОГЭ", "Русский язык", "2021/22", "24", "26"],
        ["A", "ОГЭ", "Математика", 2023, 14, 16],
        ["A", "ЕГЭ", "Русский язык", 2024, "66,0", 68],
        ["A", "ЕГЭ", "Физика", 2024, 55, ""],
        ["A", "ЕГЭ", "Астрономия", 2024, 40, 45],
      ],
    });
    expect(t.problems).toEqual([]);
    expect(t.cells.map((c) => [c.exam, c.subject, c.year])).toEqual([["OGE", "RUS", 2022], ["OGE", "MATH", 2023], ["EGE", "RUS", 2024], ["EGE", "PHYS", 2024], ["EGE", "астрономия", 2024]]);
    const r = computeGiaDeviations(t.cells, 2024);
    expect(r.schools[0].cells).toHaveLength(4);
    expect(r.problems.map((p) => [p.code, p.location?.row])).toEqual([["gia_region_mean_missing", 5]]);
    // Without the unknown subject the deviation is TV-7's.
    expect(Math.abs(computeGiaDeviations(t.cells.slice(0, 4), 2024).schools[0].deviation! - -0.0771116)).toBeLessThan(1e-7);
  });

  test("means table problems are located", () => {
    const t = readGiaMeansTable({
      values: [
        ["school_id", "exam", "subject", "year", "school_mean", "region_mean"],
        ["A", "ГВЭ", "Русский язык", 2024, 20, 26], // 2: not ОГЭ/ЕГЭ
        ["A", "ОГЭ", "Русский язык", 2024, -3, 26], // 3: negative
        ["A", "ОГЭ", "Математика", 2024, 14, 16], // 4
        ["A", "ОГЭ", "математика", 2024, 15, 16], // 5: repeated cell
        ["B", "ОГЭ", "Математика", 2024, 12, 17], // 6: another region mean for the same cell (warning)
      ],
    });
    expect(t.problems.map((p) => [p.code, p.severity, p.location?.row, p.location?.column])).toEqual([
      ["exam_unknown", "error", 2, "exam"],
      ["cell_negative", "error", 3, "school_mean"],
      ["gia_cell_duplicate", "error", 5, undefined],
      ["gia_region_mean_inconsistent", "warning", 6, "region_mean"],
    ]);
    const missing = readGiaMeansTable({ values: [["school_id", "exam", "subject", "year", "school_mean"], ["A", "ОГЭ", "Математика", 2024, 14]] });
    expect(missing.problems.map((p) => [p.code, p.params.field])).toEqual([["column_missing", "region_mean"]]);
  });
});
