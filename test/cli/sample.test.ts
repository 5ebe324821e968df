import { readSourceFile } from "../../src/host/file";
import { identify } from "../../src/core/indicators/identify";
import { readAggregateTable } from "../../src/core/table/aggregate";
import { generateRegion } from "../../src/sample/generateRegion";
import { sampleWorkbook } from "../../src/sample/sampleReport";
import { join } from "path";

describe("the bundled sample region", () => {
  const region = generateRegion();

  test("is a realistic region: 30+ municipalities, towns and villages, small schools, missing procedures", () => {
    expect(new Set(region.schools.map((s) => s.municipality)).size).toBeGreaterThanOrEqual(30);
    expect(region.schools.length).toBeGreaterThanOrEqual(300);
    expect(region.schools.some((s) => s.locality === "rural" && s.classSize < 5)).toBe(true);
    expect(region.schools.some((s) => !s.hasGrade11)).toBe(true);
    expect(region.aggregates.some((a) => a.assessmentId.startsWith("VPR") && a.participants === 0)).toBe(true);
    expect(region.years).toEqual([2022, 2023, 2024]);
  });

  test("aggregates agree with the student scores they were computed from", () => {
    const a = region.aggregates.find((x) => x.participants > 10)!;
    const scores = region.students.filter((s) => s.schoolId === a.school.schoolId && s.year === a.year && s.assessmentId === a.assessmentId);
    expect(scores).toHaveLength(a.participants);
  });

  test("the committed workbook is what the seeded generator writes, and it reads without errors", async () => {
    const source = await readSourceFile(join(__dirname, "..", "..", "samples", "region-sample.xlsx"));
    const table = readAggregateTable(source);
    expect(table.problems.filter((p) => p.severity === "error")).toEqual([]);
    const expected = sampleWorkbook(region).sheets[0].tables[0].rows;
    expect(table.rows).toHaveLength(expected.length);
    const result = identify(table.rows, 2024);
    expect(result.summary.shnor / result.summary.schools).toBeGreaterThan(0.1);
    expect(result.summary.shnor / result.summary.schools).toBeLessThan(0.35);
  });
});
