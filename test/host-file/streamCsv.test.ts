import { writeFileSync } from "node:fs";
import { ShnorError } from "../../src/core/errors";
import { computeScoreIndices } from "../../src/core/indicators/scoreIndices";
import { createStudentIndexStream } from "../../src/core/table/studentStream";
import { readStudentTable } from "../../src/core/table/students";
import { isTextTableFile, readSourceFile, streamTextFile, type StreamTextOptions } from "../../src/host/file";
import { encode1251, makeTempDir } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.remove());

/** Every record of a streamed file, padded to a rectangle as readSourceFile does; and the encoding used. */
async function streamed(path: string, options: StreamTextOptions = {}): Promise<{ rows: string[][]; encoding: string; starts: number }> {
  let rows: string[][] = [];
  let starts = 0;
  const info = await streamTextFile(path, () => {
    rows = [];
    starts++;
    return (fields, index) => {
      expect(index).toBe(rows.length);
      rows.push(fields);
    };
  }, options);
  const width = Math.max(...rows.map((r) => r.length));
  return { rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]), encoding: info.encoding, starts };
}

const TABLE = [
  ["Код ОО", "Школа", "Участники", "Доля «2»"],
  ["760152", "МБОУ «СОШ № 1» г. Ёлкино", "25", "12,5"],
  ["760153", 'Школа "Гимназия"; филиал', "30", "0"],
  ["760154", "Школа\nс переносом", "18"],
  [],
  ["Итого", "", "73", ""],
];
const csvText = (rows: string[][], eol = "\r\n") => rows.map((r) => r.map((f) => (/[;"\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(";")).join(eol) + eol;

describe("streamTextFile equals readSourceFile", () => {
  const text = csvText(TABLE);
  const files: [string, Uint8Array][] = [
    ["utf8.csv", Buffer.from(text, "utf8")],
    ["bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["cp1251.csv", encode1251(text)],
    ["utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/;/g, "\t"), "utf16le")])],
    ["ascii-then-1251.csv", Buffer.concat([Buffer.from("a;b\r\n".repeat(50)), encode1251(text)])],
  ];

  test.each(files)("%s, read whole and in chunks of every size from 1 to 40 bytes", async (name, bytes) => {
    const path = tmp.path(name);
    writeFileSync(path, bytes);
    const whole = await readSourceFile(path);
    const expectedEncoding = name.startsWith("utf16") ? "utf-16le" : name.includes("1251") ? "windows-1251" : "utf-8";
    for (const chunkBytes of [undefined, ...Array.from({ length: 40 }, (_, i) => i + 1)]) {
      const s = await streamed(path, { chunkBytes });
      expect([chunkBytes, s.rows]).toEqual([chunkBytes, whole.values]);
      expect(s.encoding).toBe(expectedEncoding);
      // A Windows-1251 file is found out while streaming: the reader starts again from the first byte.
      expect(s.starts).toBe(expectedEncoding === "windows-1251" ? 2 : 1);
    }
    expect(await isTextTableFile(path)).toBe(true);
  });

  test("the errors of readSourceFile: missing, empty, wrong sheet, a workbook is not text", async () => {
    const failure = async (p: Promise<unknown>) => p.then(() => undefined, (e: ShnorError) => e.code);
    expect(await failure(streamed(tmp.path("none.csv")))).toBe("file_not_found");
    writeFileSync(tmp.path("empty.csv"), "");
    expect(await failure(streamed(tmp.path("empty.csv")))).toBe("file_empty");
    writeFileSync(tmp.path("blank.csv"), "\r\n\r\n");
    expect(await failure(streamed(tmp.path("blank.csv")))).toBe(await failure(readSourceFile(tmp.path("blank.csv"))));
    writeFileSync(tmp.path("one.csv"), "a;b\r\n");
    expect(await failure(streamed(tmp.path("one.csv"), { sheet: "Other" }))).toBe("file_sheet_not_found");
    writeFileSync(tmp.path("book.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(await isTextTableFile(tmp.path("book.xlsx"))).toBe(false);
  });

  test("reports progress in bytes and stops when cancelled", async () => {
    const path = tmp.path("long.csv");
    writeFileSync(path, "a;b\r\n" + "1;2\r\n".repeat(10000));
    const progress: number[] = [];
    await streamed(path, { chunkBytes: 8192, onProgress: (p) => progress.push(p.done) });
    expect(progress.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(5 + 50000);
    const signal = { aborted: false };
    let records = 0;
    const e = await streamTextFile(path, () => () => records++, { chunkBytes: 8192, signal, onProgress: () => (signal.aborted = true) }).catch((x: ShnorError) => x);
    expect((e as ShnorError).code).toBe("cancelled");
    expect(records).toBeLessThan(3000);
  });
});

describe("streamed student results equal the whole-file path", () => {
  const header = "school_id;Школа;year;procedure;grade;student_id;Русский язык;Математика";
  const lines = [header];
  for (let i = 0; i < 400; i++) lines.push(`s${i % 7};Школа № ${i % 7};2024;${i % 3 === 0 ? "ОГЭ" : "ВПР"};${i % 3 === 0 ? 9 : 5};${i % 130};${i % 37};${i % 5 === 0 ? "" : i % 19}`);
  lines.splice(200, 0, "Итого;;;;;;;", "", "s1;;2024;ВПР;5;x;12,5;abc");

  test.each([["utf8", false], ["cp1251", true]])("%s, in chunks of 1 KB and 64 KB", async (name, cp1251) => {
    const path = tmp.path(`students-${name}.csv`);
    const text = lines.join("\r\n") + "\r\n";
    writeFileSync(path, cp1251 ? encode1251(text) : Buffer.from(text, "utf8"));
    const source = await readSourceFile(path);
    const whole = readStudentTable(source);
    for (const chunkBytes of [1024, 65536]) {
      let stream: ReturnType<typeof createStudentIndexStream> | undefined;
      await streamTextFile(path, () => {
        const s = (stream = createStudentIndexStream({ sheet: source.sheet }));
        return (fields) => s.push(fields);
      }, { chunkBytes });
      const read = stream?.end();
      expect(read?.problems).toEqual(whole.problems);
      expect(read?.result).toBeUndefined();
    }
    // Without the bad rows the indices are computed, and equal.
    const clean = lines.filter((l) => !l.startsWith("s1;;2024;ВПР;5;x"));
    const cleanPath = tmp.path(`students-clean-${name}.csv`);
    const cleanText = clean.join("\n") + "\n";
    writeFileSync(cleanPath, cp1251 ? encode1251(cleanText) : Buffer.from(cleanText, "utf8"));
    const cleanWhole = readStudentTable(await readSourceFile(cleanPath));
    let stream: ReturnType<typeof createStudentIndexStream> | undefined;
    await streamTextFile(cleanPath, () => {
      const s = (stream = createStudentIndexStream({ sheet: `students-clean-${name}` }));
      return (fields) => s.push(fields);
    }, { chunkBytes: 777 });
    const read = stream?.end();
    expect(read?.problems).toEqual(cleanWhole.problems);
    expect(read?.results).toBe(cleanWhole.rows.length);
    expect(read?.result).toEqual(computeScoreIndices(cleanWhole.rows));
  });
});
