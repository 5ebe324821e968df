import type { Problem } from "../../src/core/errors";
import { ProblemList } from "../../src/core/indicators/scoreIndexAccumulator";

const problem = (n: number, severity: Problem["severity"]): Problem => ({ code: `p${n}`, severity, params: {}, location: { sheet: "Лист", row: n } });

test("two lists appended keep one cap over both, in order, and count what they dropped", () => {
  const warnings = new ProblemList(3);
  const errors = new ProblemList(3);
  for (let i = 0; i < 4; i++) warnings.push(problem(i, "warning"));
  for (let i = 10; i < 15; i++) errors.push(problem(i, "error"));
  const all = new ProblemList(3);
  all.append(warnings);
  all.append(errors);
  expect(all.list().map((p) => p.code)).toEqual(["p0", "p1", "p2", "problems_more"]);
  expect(all.list()[3]).toMatchObject({ severity: "error", params: { count: 6, errors: 5 } });
  expect(all.errors).toBe(5);
});
