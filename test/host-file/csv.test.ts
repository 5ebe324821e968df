import fc from "fast-check";
import { CsvParser, detectDelimiter, forEachCsvRow, parseCsv } from "../../src/host/file/csv";
import { tableToCsv } from "../../src/host/file/csvWriter";

describe("parseCsv", () => {
  it("splits fields and lines (LF, CRLF and lone CR)", () => {
    expect(parseCsv("a;b\n1;2\r\n3;4\r5;6", ";")).toEqual([["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]);
  });

  it("handles quotes, doubled quotes, delimiters and line breaks inside quotes", () => {
    const text = 'id;name;note\r\n1;"Школа ""Гимназия""; филиал";"строка 1\r\nстрока 2"\r\n2;"";x\r\n';
    expect(parseCsv(text)).toEqual([
      ["id", "name", "note"],
      ["1", 'Школа "Гимназия"; филиал', "строка 1\r\nстрока 2"],
      ["2", "", "x"],
    ]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(parseCsv("a;;c;\n;;;x", ";")).toEqual([["a", "", "c", ""], ["", "", "", "x"]]);
  });

  it("drops trailing blank lines (also lines of bare delimiters) but keeps blank lines inside the data", () => {
    expect(parseCsv("h1;h2\n1;2\n\n3;4\n;\n\n\r\n", ";")).toEqual([["h1", "h2"], ["1", "2"], [""], ["3", "4"]]);
  });

  it("keeps text after a closing quote and an unterminated quote, as Excel does", () => {
    expect(parseCsv('"ab"c;d\n"open;x', ";")).toEqual([["abc", "d"], ["open;x"]]);
  });

  it("strips a BOM and honours Excel's `sep=` hint line", () => {
    expect(parseCsv("\uFEFFsep=,\r\na,b;c\r\n1,2;3")).toEqual([["a", "b;c"], ["1", "2;3"]]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\r\n\n;;\n")).toEqual([]);
  });
});

describe("detectDelimiter", () => {
  it("finds ; , and tab", () => {
    expect(detectDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2.5,3")).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
  });

  it("is not fooled by decimal commas in a semicolon file", () => {
    expect(detectDelimiter("Школа;Доля;Балл\nСОШ 1;0,5;3,25\nСОШ 2;0,75;4,5")).toBe(";");
    expect(detectDelimiter("Доля, %;Школа\n0,5;СОШ 1\n0,25;СОШ 2")).toBe(";");
  });

  it("ignores delimiters inside quotes and skips blank and title lines", () => {
    expect(detectDelimiter('\n\n"a;b;c",d,e\n"x;y",1,2\n')).toBe(",");
    expect(detectDelimiter("Результаты ВПР 2024\nid,name,score\n1,a,2\n2,b,3")).toBe(",");
  });

  it("defaults to ; for a single column", () => {
    expect(detectDelimiter("Школа\nСОШ 1\nСОШ 2")).toBe(";");
  });
});

describe("CsvParser (streaming)", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('"', '""', ";", ",", "\n", "\r\n", "\r", "Школа", " 12,5 ", "=1+1"),
  );
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 12 });

  it("gives the same records whatever the chunk boundaries", () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 20 }), (rows, cuts) => {
        const text = rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(";")).join("\r\n");
        const whole = parseCsv(text, ";");
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunked: string[][] = [];
        const parser = new CsvParser((f) => chunked.push(f), ";");
        let at = 0;
        for (const p of points) {
          parser.push(text.slice(at, p));
          at = p;
        }
        parser.push(text.slice(at));
        parser.end();
        expect(chunked).toEqual(whole);
      }),
    );
  });

  it("reads back what the CSV writer wrote (any text, any delimiter)", () => {
    fc.assert(
      fc.property(table, fc.constantFrom(";", ",", "\t"), (rows, delimiter) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("x")]);
        const [header, ...body] = padded;
        const csv = tableToCsv({ name: "T", columns: header.map((h, i) => ({ key: `k${i}`, header: h })), rows: body }, { delimiter });
        const neutral = (v: string): string => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
        const expected = padded.map((r) => r.map(neutral));
        // Trailing rows of blank fields are dropped by design.
        while (expected.length > 1 && expected[expected.length - 1].every((v) => v === "")) expected.pop();
        const parsed = parseCsv(csv, delimiter);
        expect(parsed).toEqual(expected.length === 1 && expected[0].every((v) => v === "") ? [] : expected);
      }),
    );
  });

  it("reports row indexes and the delimiter it used", () => {
    const seen: number[] = [];
    const result = forEachCsvRow("a,b\n1,2\n3,4\n", (_f, i) => seen.push(i));
    expect(result).toEqual({ rows: 3, delimiter: "," });
    expect(seen).toEqual([0, 1, 2]);
  });

  it("rejects a delimiter that is not one character", () => {
    expect(() => parseCsv("a", ";;")).toThrow(/one character/);
  });

  // Its speed is measured by `npm run bench`, never by a timed test.
  it("reads every record of a large text (20 M characters)", () => {
    const line = '760152;"МБОУ ""СОШ № 1""";25;12,5;0,48;Текст с пробелами\r\n';
    const text = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
    let fields = 0;
    let last: string[] = [];
    const { rows } = forEachCsvRow(text, (f) => {
      fields += f.length;
      last = f;
    });
    expect(rows).toBe(text.length / line.length);
    expect(fields).toBe(rows * 6);
    expect(last).toEqual(["760152", 'МБОУ "СОШ № 1"', "25", "12,5", "0,48", "Текст с пробелами"]);
  });
});

describe("CsvParser on long inputs", () => {
  it("detects the delimiter and keeps records whole across many random chunks", () => {
    const lines: string[] = ["id;Школа;Доля"];
    for (let i = 0; i < 3000; i++) lines.push(`${i};"Школа ""${i}""\r\nкорпус ${i % 7}";${i % 100},5`);
    const text = lines.join("\r\n") + "\r\n";
    const whole = parseCsv(text);
    expect(whole).toHaveLength(3001);
    expect(whole[5]).toEqual(["4", 'Школа "4"\r\nкорпус 4', "4,5"]);
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const chunked: string[][] = [];
    const parser = new CsvParser((f) => chunked.push(f));
    for (let at = 0; at < text.length; ) {
      const size = 1 + Math.floor(random() * 40);
      parser.push(text.slice(at, at + size));
      at += size;
    }
    parser.end();
    expect(parser.activeDelimiter).toBe(";");
    expect(chunked).toEqual(whole);
  });
});
