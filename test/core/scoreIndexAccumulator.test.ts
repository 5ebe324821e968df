import fc from "fast-check";
import type { Procedure } from "../../src/core/catalog/assessments";
import type { MathLevel } from "../../src/core/catalog/scoreSpecs";
import { ShnorError } from "../../src/core/errors";
import { createScoreIndexAccumulator, ProblemList } from "../../src/core/indicators/scoreIndexAccumulator";
import { computeScoreIndices, type ScoreIndexResult, type ScoreIndexSettings } from "../../src/core/indicators/scoreIndices";
import type { StudentScore } from "../../src/core/table/students";
import { referenceScoreIndices } from "./scoreIndexReference";
import { st, subjectGroup, TV6E } from "./students.fixtures";

type Outcome = { ok: true; result: ScoreIndexResult } | { ok: false; code: string; problems: unknown[] };

function outcome(run: () => ScoreIndexResult): Outcome {
  try {
    return { ok: true, result: run() };
  } catch (e) {
    if (!(e instanceof ShnorError)) throw e;
    return { ok: false, code: e.code, problems: e.problems };
  }
}

/** The accumulator (through computeScoreIndices and directly, one row at a time) against the old whole-table code. */
function expectSame(rows: readonly StudentScore[], settings: Partial<ScoreIndexSettings> = {}): Outcome {
  const expected = outcome(() => referenceScoreIndices(rows, settings));
  expect(outcome(() => computeScoreIndices(rows, settings))).toEqual(expected);
  const acc = createScoreIndexAccumulator(settings);
  expect(outcome(() => {
    for (const r of rows) acc.add(r);
    return acc.finish();
  })).toEqual(expected);
  return expected;
}

const at = (row: number, col = 7) => ({ sheet: "Лист1", row, col, column: "score" });

describe("the score-index accumulator equals the whole-table computation", () => {
  test("worked examples: TV-6 e, knife edges, a mass subject without a spec, ЕГЭ mathematics at both levels", () => {
    expect(expectSame(TV6E).ok).toBe(true);
    expectSame([...subjectGroup("A", 2024, "VPR", 5, "MATH", [7, 8, 17, 3]), ...subjectGroup("A", 2024, "VPR", 5, "RUS", [20, 15, 40])]);
    expectSame([...subjectGroup("B", 2026, "OGE", 9, "RUS", [10, 30]), ...subjectGroup("B", 2026, "OGE", 9, "MATH", [5])]);
    const both = [st("C", 2021, "EGE", 11, "x", "MATH", 5, "base"), st("C", 2021, "EGE", 11, "x", "MATH", 60, "prof"), st("C", 2021, "EGE", 11, "y", "MATH", 20, "prof")];
    expectSame(both, { egeMathBothLevels: "best" });
    expectSame(both, { egeMathBothLevels: "any" });
    expectSame([...TV6E, st("A", 2023, "OGE", 9, "S9", "PHYS", 20), st("A", 2023, "OGE", 9, "S1", "HIST", 20)], { massSubjects: ["RUS", "MATH", "PHYS"] });
  });

  test("problems: scores out of range and repeated student × subject, with the first one's row", () => {
    const rows = [
      { ...st("A", 2023, "OGE", 9, "1", "RUS", 20), location: at(2) },
      { ...st("A", 2023, "OGE", 9, "1", "RUS", 21), location: at(5) },
      { ...st("A", 2023, "OGE", 9, "x", "MATH", 40), location: at(6) },
      { ...st("A", 2023, "OGE", 9, "x", "MATH", -1), location: at(7) },
      st("A", 2023, "OGE", 9, "x", "MATH", 3),
      // A subject first seen in a later row than the student's first: the repeat names that later row.
      { ...st("A", 2023, "OGE", 9, "Петров", "RUS", 20), location: at(10) },
      { ...st("A", 2023, "OGE", 9, "Петров", "MATH", 20), location: at(11) },
      { ...st("A", 2023, "OGE", 9, "Петров", "MATH", 20), location: at(12) },
      { ...st("A", 2023, "OGE", 9, "12", "RUS", 20), location: at(13) },
      { ...st("A", 2023, "OGE", 9, "12", "MATH", 20), location: at(14) },
      { ...st("A", 2023, "OGE", 9, "12", "MATH", 20), location: at(15) },
    ];
    const r = expectSame(rows);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toHaveLength(7);
    if (!r.ok) expect(r.problems.slice(5).map((p) => (p as { params: { first: number } }).params.first)).toEqual([11, 14]);
  });

  test("more subjects than fit a student's state bits, and more than two mass subjects", () => {
    const rows: StudentScore[] = [];
    for (let s = 0; s < 30; s++) rows.push(st("A", 2024, "VPR", 5, "7", `S${s}`, s), st("A", 2024, "VPR", 5, "Иванов", `S${s}`, s));
    rows.push(st("A", 2024, "VPR", 5, "7", "S27", 1), st("A", 2024, "VPR", 5, "Иванов", "S3", 1), st("A", 2024, "VPR", 5, "7", "RUS", 10));
    expectSame(rows, { massSubjects: ["S1", "S2", "S3", "S26", "S29"] });
    expectSame(rows.slice(0, 60), { massSubjects: ["S1", "S2", "S3", "S26", "S29"] });
  });

  test("groups of every size: the per-group student tables grow and keep every student", () => {
    const rows: StudentScore[] = [];
    let x = 7;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    for (let g = 0; g < 40; g++) {
      const size = g === 0 ? 5000 : 1 + (next() % 300);
      for (let i = 0; i < size; i++) {
        const id = next() % 3 === 0 ? `t${next() % (20 * size)}` : String(next() % (30 * size));
        rows.push({ ...st(`s${g}`, 2023, "OGE", 9, id, next() % 2 ? "RUS" : "MATH", next() % 30), location: at(rows.length + 2) });
      }
    }
    const r = expectSame(rows);
    expect(r.ok).toBe(false); // repeats among the random ids
    const seen = new Set<string>();
    const unique = rows.filter((s) => !seen.has(`${s.schoolId}|${s.studentId}|${s.subject}`) && !!seen.add(`${s.schoolId}|${s.studentId}|${s.subject}`));
    const ok = expectSame(unique);
    expect(ok.ok && ok.result.schools[0].participants).toBeGreaterThan(2000);
  });

  test("generated tables: any mix of ids, subjects, levels, scores and repeats (fast-check)", () => {
    const procedures: [Procedure, number, number][] = [["OGE", 9, 2023], ["VPR", 5, 2024], ["VPR", 4, 2021], ["EGE", 11, 2021], ["EGE", 11, 2024], ["OGE", 9, 2026]];
    const subjects: [string, MathLevel | undefined][] = [["RUS", undefined], ["MATH", undefined], ["MATH", "base"], ["MATH", "prof"], ["PHYS", undefined], ["HIST", undefined]];
    const row = fc.record({
      school: fc.constantFrom("A", "B", "Школа 3"),
      group: fc.nat(procedures.length - 1),
      student: fc.oneof(fc.nat(12).map(String), fc.constantFrom("007", "A-1", "Иванов И.", "4294967295", "4294967296", "0")),
      subject: fc.nat(subjects.length - 1),
      score: fc.oneof(fc.nat(40), fc.constantFrom(12.5, 7.25, -1, 101, 0)),
      row: fc.option(fc.integer({ min: 2, max: 500 }), { nil: undefined }),
    });
    const settings = fc.record({
      massSubjects: fc.constantFrom(["RUS", "MATH"], ["RUS"], ["MATH", "RUS", "PHYS"]),
      egeMathBothLevels: fc.constantFrom<"best" | "any">("best", "any"),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), settings, (rows, s) => {
      const students = rows.map((x) => {
        const [procedure, grade, year] = procedures[x.group];
        const [subject, level] = subjects[x.subject];
        const out = st(x.school, year, procedure, grade, x.student, subject, x.score, level);
        return x.row === undefined ? out : { ...out, location: at(x.row) };
      });
      expectSame(students, s);
      // Without the invalid scores and the repeats the computation succeeds, and still agrees.
      const seen = new Set<string>();
      const valid = students.filter((x) => {
        const key = [x.schoolId, x.year, x.procedure, x.grade, x.studentId, x.subject, x.level].join("|");
        if (seen.has(key) || x.score < 0 || x.score > 15) return false;
        seen.add(key);
        return true;
      });
      expect(expectSame(valid, s).ok).toBe(true);
    }), { numRuns: 400 });
  });
});

describe("ProblemList", () => {
  test("keeps the first problems and reports the rest as one «and N more»", () => {
    const list = new ProblemList(3);
    for (let i = 0; i < 5; i++) list.push({ code: "x", severity: i === 4 ? "error" : "warning", params: { i } });
    expect(list.items).toHaveLength(3);
    expect(list.errors).toBe(1);
    expect(list.list()).toEqual([...list.items, { code: "problems_more", severity: "error", params: { count: 2, errors: 1 } }]);
  });

  test("a table with thousands of repeats keeps a thousand problems", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ ...st("A", 2023, "OGE", 9, "1", "RUS", 20), location: at(i + 2) }));
    try {
      computeScoreIndices(rows);
      throw new Error("no error");
    } catch (e) {
      const problems = (e as ShnorError).problems;
      expect(problems).toHaveLength(1001);
      expect(problems[0].params).toEqual({ student: "1", subject: "RUS", first: 2 });
      expect(problems[1000]).toEqual({ code: "problems_more", severity: "error", params: { count: 1999, errors: 1999 } });
    }
  });
});
