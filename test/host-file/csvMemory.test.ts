/**
 * Kept fields must not keep the text they were cut from: V8 makes a slice of 13+ characters a view of its parent, so
 * one school name kept per 4 MB chunk would keep a whole streamed file in memory (found in review; see `unpinned`).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CsvParser } from "../../src/host/file/csv";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterGc(): number {
  /x/.exec("y"); // the last RegExp match keeps its input alive; point it elsewhere
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test("names kept from a streamed text do not keep the text alive", () => {
  const before = heapAfterGc();
  const kept: string[] = [];
  (() => {
    const lines: string[] = [];
    for (let i = 0; i < 400_000; i++) lines.push(`Муниципальное бюджетное общеобразовательное учреждение «Школа № ${i}»;"s${i}";${i % 50}`);
    const text = lines.join("\n"); // 28 M characters, 56 MB as a two-byte string
    const parser = new CsvParser((fields, index) => {
      if (index % 2000 === 0) kept.push(fields[0], fields[1]);
    }, ";");
    for (let at = 0; at < text.length; at += 4 << 20) parser.push(text.slice(at, at + (4 << 20)));
    parser.end();
  })();
  const grown = heapAfterGc() - before;
  expect(kept).toHaveLength(400);
  expect(kept[0]).toBe("Муниципальное бюджетное общеобразовательное учреждение «Школа № 0»");
  expect(grown).toBeLessThan(16 * 2 ** 20);
});
