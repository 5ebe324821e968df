/**
 * The readers' fast paths (frame.count/year/text, plainWholeNumber, FirstByNumber) must give
 * exactly what the full paths give — the same values and the same located problems — on any cell.
 */
import fc from "fast-check";
import { FirstByNumber } from "../../src/core/collections";
import { CellReader } from "../../src/core/table/cells";
import { openTable, type TableFrame } from "../../src/core/table/frame";

/** Cells as exports hand them over: digit strings, spaced and signed numbers, years, error values, blanks. */
const cell = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ min: -10, max: 3000, noNaN: true }),
  fc.constantFrom("", " ", "  12 ", "012", "1 234", "12,0", "12.5", "-0", "0", "2024", "2023/24", "2023-2024", "2024 г.", "1999", "2101", "#N/A", "#ЗНАЧ!", "a#b", "abc", "\u00a012", "123456789012345678", null, undefined, true),
  fc.string({ maxLength: 6 }),
);

function frameOf(value: unknown): TableFrame {
  const opened = openTable({ values: [["school_id", "v"], ["s1", value]], sheet: "Лист" }, [{ key: "school_id", required: true, aliases: ["school_id"] }, { key: "v", required: false, aliases: ["v"] }]);
  if (!opened.ok) throw new Error("table did not open");
  return opened.frame;
}

describe("fast paths give what the full paths give", () => {
  test.each(["count", "year", "text"] as const)("frame.%s equals CellReader with the same problems", (method) => {
    fc.assert(
      fc.property(cell, (value) => {
        const f = frameOf(value);
        const reference = new CellReader();
        const expected = reference[method](value, f.at(1, "v"));
        expect(f[method](1, "v")).toEqual(expected);
        expect(f.cells.problems).toEqual(reference.problems);
      }),
      { numRuns: 2000 },
    );
  });

  test("FirstByNumber keeps the first value of every key, like a Map, through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 3000 }), fc.nat({ max: 2 ** 40 }), fc.constant(2 ** 53 - 1)), { maxLength: 5000 }), (keys) => {
        const table = new FirstByNumber();
        const map = new Map<number, number>();
        keys.forEach((k, i) => {
          expect(table.firstOrSet(k, i)).toBe(map.get(k));
          if (!map.has(k)) map.set(k, i);
        });
      }),
      { numRuns: 200 },
    );
  });
});
