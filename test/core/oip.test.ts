import { assessOip, readOipTable } from "../../src/core/indicators/oip";

describe("ОИП (Yaroslavl legacy, seed 004): user values, target 36 and decline flags", () => {
  const sheet = [
    ["Логин ОО", "Наименование ОО", "МО", "Год", "ОИП"],
    ["a", "Школа a", "M", 2021, 35.9],
    ["a", "Школа a", "M", 2022, "35,5"],
    ["b", "Школа b", "M", 2021, 30],
    ["b", "Школа b", "M", 2022, 36],
    ["c", "Школа c", "M", 2021, 40.1],
    ["c", "Школа c", "M", 2022, 40.1],
    ["d", "Школа d", "M", 2022, 20],
  ];

  test("below the target is strict (36 reached), decline and growth exact, track-2 criterion = both", () => {
    const t = readOipTable({ values: sheet });
    expect(t.problems).toEqual([]);
    const r = assessOip(t.rows, 2022);
    expect(r.schools.map((s) => [s.schoolId, s.prev, s.value, s.belowTarget, s.decline, s.growth, s.belowTargetAndDecline])).toEqual([
      ["a", 35.9, 35.5, true, true, false, true],
      ["b", 30, 36, false, false, true, false],
      ["c", 40.1, 40.1, false, false, false, false],
      ["d", null, 20, true, null, null, null],
    ]);
    // «доля школ, демонстрирующих прирост по ОИП»: 1 of the 3 with both years.
    expect(r.growth).toEqual({ n: 1, m: 3, share: 1 / 3 });
    expect(assessOip(t.rows, 2022, { target: 35.5 }).schools[0].belowTarget).toBe(false);
  });

  test("decimals are compared exactly; errors", () => {
    const r = assessOip([
      { schoolId: "x", schoolName: "", municipality: "", year: 2021, value: 0.1 + 0.2 },
      { schoolId: "x", schoolName: "", municipality: "", year: 2022, value: 0.3 },
    ], 2022, { target: 0.3 });
    expect(r.schools[0]).toMatchObject({ decline: false, growth: false, belowTarget: false });
    expect(() => assessOip([
      { schoolId: "x", schoolName: "", municipality: "", year: 2022, value: 1 },
      { schoolId: "x", schoolName: "", municipality: "", year: 2022, value: 2 },
    ], 2022)).toThrow(expect.objectContaining({ code: "ctx_row_duplicate" }));
    const bad = readOipTable({ values: [["Логин ОО", "Год", "ОИП"], ["a", "2022", "много"], ["b", "", 3], ["c", 2022, 4], ["c", 2022, 5]] });
    expect(bad.problems.map((p) => [p.code, p.location?.row])).toEqual([["cell_not_number", 2], ["cell_required", 3], ["ctx_row_duplicate", 5]]);
  });
});
