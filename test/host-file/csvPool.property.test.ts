/** The CSV parser shares the strings of repeated fields (its string pool): every field must still read as written. */
import fc from "fast-check";
import { parseCsv } from "../../src/host/file/csv";

test("the CSV parser's shared strings read as the text of their fields", () => {
  const chars = fc.constantFrom("a", "b", "1", "й", " ");
  const field = fc.oneof(fc.constantFrom("s1", "s10", "01", "", "город", "село", "x".repeat(60)), fc.array(chars, { maxLength: 5 }).map((c) => c.join("")));
  fc.assert(
    fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 60 }), (rows) => {
      const withHeader = [["h1", "h2", "h3"], ...rows];
      const parsed = parseCsv(withHeader.map((r) => r.join(";")).join("\n"), ";");
      // Blank records at the end are dropped by design; every other record reads back as written.
      const expected = withHeader.slice(0, withHeader.length - [...withHeader].reverse().findIndex((r) => r.some((x) => x !== "")));
      expect(parsed).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
