/**
 * Runs the corpus of bad inputs (corpus.ts) through every level a user reaches the reader by:
 *   (a) readAggregateTable on the matrix, as the task pane's data check and the Excel host hand it over;
 *   (b) readSourceFile + readAggregateTable on the file (matrix cases are written to a real .xlsx first);
 *   (c) `shnor identify <file> --out <dir>/list.xlsx`: exit 0 and a complete report when accepted; exit 1, every
 *       problem printed with its cell, no output and no temp file on errors; the input byte-identical either way.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { isShnorError, type Problem, ShnorError } from "../../src/core/errors";
import { type AggregateTable, readAggregateTable } from "../../src/core/table/aggregate";
import { readStudentTable } from "../../src/core/table/students";
import { readSourceFile } from "../../src/host/file";
import { formatError, formatProblem, hasMessage } from "../../src/i18n";
import { runCli } from "../../src/cli/main";
import { CORPUS, type CorpusCase, type Expected, type RowTuple, STUDENT_CORPUS } from "./corpus";
import { capture, problemKey, sha256, tempDir, xlsxFile } from "./support";

const tmp = tempDir("shnor-corpus-");
afterAll(() => tmp.remove());

const SHEET = "Данные";

/** The input file of a case: its own bytes, or the matrix written to an .xlsx (real merges and error cells). */
const files = new Map<CorpusCase, Promise<string>>();
function fileOf(c: CorpusCase): Promise<string> {
  let p = files.get(c);
  if (!p) {
    const index = CORPUS.indexOf(c);
    p = (async () => {
      const path = tmp.path(c.input.kind === "file" ? `${index}-${c.input.name}` : `${index}-matrix.xlsx`);
      const bytes = c.input.kind === "file" ? await c.input.bytes() : await xlsxFile(c.input.values, { sheet: SHEET, merges: c.input.merges });
      writeFileSync(path, bytes);
      return path;
    })();
    files.set(c, p);
  }
  return p;
}

async function fileFailure(path: string): Promise<ShnorError> {
  try {
    await readSourceFile(path);
  } catch (e) {
    if (isShnorError(e)) return e;
    throw e;
  }
  throw new Error(`${path} was read, a ShnorError was expected`);
}

const tuple = (r: AggregateTable["rows"][number]): RowTuple => [r.schoolId, r.year, r.assessmentId, r.participants, r.failed, r.row];

/** Every problem has a message in both languages that names its cell (or row) and leaves no placeholder unfilled. */
function expectClearMessages(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect({ code: p.code, registered: hasMessage(p.code) }).toEqual({ code: p.code, registered: true });
    const address = problemKey(p).split("@")[1];
    for (const lang of ["ru", "en"] as const) {
      const text = formatProblem(p, lang);
      expect(text).not.toMatch(/\{\w+\}/);
      if (address !== "-") expect(text).toContain(address);
    }
  }
}

function expectTable(table: AggregateTable, expected: Expected): void {
  const keys = table.problems.map(problemKey).sort();
  switch (expected.outcome) {
    case "accepted":
    case "warning": {
      expect(keys).toEqual(expected.outcome === "warning" ? [...expected.warnings].sort() : []);
      expect(table.rows.map(tuple)).toEqual(expected.rows.map((r) => r.slice(0, 6)));
      expected.rows.forEach((r, i) => {
        if (r[6]) expect(table.rows[i]).toMatchObject(r[6]);
      });
      break;
    }
    case "error":
      expect(keys).toEqual([...expected.problems].sort());
      expect(table.problems.some((p) => p.severity === "error")).toBe(true);
      break;
    case "file_error":
      throw new Error("a file error has no table");
  }
  expectClearMessages(table.problems);
}

function latestYear(c: CorpusCase): number {
  const e = c.fileExpect ?? c.expect;
  const years = e.outcome === "accepted" || e.outcome === "warning" ? e.rows.map((r) => r[1]) : [];
  return c.year ?? (years.length ? Math.max(...years) : 2024);
}

describe("the corpus of bad inputs", () => {
  test("has at least 40 cases and every outcome", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.expect.outcome))).toEqual(new Set(["accepted", "warning", "error", "file_error"]));
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  describe.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    if (c.input.kind === "matrix") {
      const values = c.input.values;
      test("(a) the core reader on the matrix", () => {
        expectTable(readAggregateTable({ sheet: SHEET, values }), c.expect);
      });
    }

    test("(b) the file reader and the core reader", async () => {
      const path = await fileOf(c);
      const expected = c.fileExpect ?? c.expect;
      if (expected.outcome === "file_error") {
        const e = await fileFailure(path);
        expect(e.code).toBe(expected.code);
        expect(formatError(e, "ru")).toContain(c.input.kind === "file" ? c.input.name : SHEET);
        return;
      }
      expectTable(readAggregateTable(await readSourceFile(path)), expected);
    });

    test("(c) shnor identify --out: the whole report or nothing, the input untouched", async () => {
      const path = await fileOf(c);
      const expected = c.fileExpect ?? c.expect;
      const outDir = tmp.path(`out-${CORPUS.indexOf(c)}`);
      mkdirSync(outDir);
      const out = `${outDir}/list.xlsx`;
      const before = sha256(path);
      const io = capture();
      const code = await runCli(["identify", path, "--year", String(latestYear(c)), "--out", out], io);

      expect(sha256(path)).toBe(before);
      expect(io.stderr).not.toMatch(/Внутренняя ошибка|\n\s+at /); // never a crash with a stack trace
      if (expected.outcome === "accepted" || expected.outcome === "warning") {
        expect({ code, stderr: io.stderr }).toMatchObject({ code: 0 });
        expect(readdirSync(outDir)).toEqual(["list.xlsx"]);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(out);
        expect(wb.worksheets).toHaveLength(3);
        const table = readAggregateTable(await readSourceFile(path));
        for (const w of table.problems) expect(io.stderr).toContain(`Предупреждение: ${formatProblem(w, "ru")}`);
        return;
      }
      expect(code).toBe(1);
      expect(readdirSync(outDir)).toEqual([]); // no report, no half-written temp file
      if (expected.outcome === "file_error") {
        expect(io.stderr).toContain(formatError(await fileFailure(path), "ru"));
      } else {
        const table = readAggregateTable(await readSourceFile(path));
        for (const p of table.problems.filter((x) => x.severity === "error")) expect(io.stderr).toContain(formatProblem(p, "ru"));
      }
    });
  });
});

describe("outputs on bad input", () => {
  const caseNamed = (name: string): CorpusCase => {
    const c = CORPUS.find((x) => x.name === name);
    if (!c) throw new Error(`no corpus case «${name}»`);
    return c;
  };

  test("a failed run leaves the previous report byte-identical", async () => {
    const out = tmp.path("previous.xlsx");
    const good = await fileOf(caseNamed("clean table with English headers (baseline)"));
    expect(await runCli(["identify", good, "--year", "2024", "--out", out], capture())).toBe(0);
    const previous = sha256(out);
    for (const name of ["more failures than participants", "a password-protected workbook", "an empty file"]) {
      expect(await runCli(["identify", await fileOf(caseNamed(name)), "--year", "2024", "--out", out], capture())).toBe(1);
      expect(sha256(out)).toBe(previous);
    }
    expect(readdirSync(tmp.dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  test("English messages name the cell too", async () => {
    const io = capture();
    const path = await fileOf(caseNamed("#N/A in a count"));
    expect(await runCli(["identify", path, "--year", "2024", "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toContain(`${SHEET}!H2, column "failed": the cell holds the Excel error #N/A instead of a value`);
  });

  test("formula-looking text is neutralised in CSV results and stays text in .xlsx results", async () => {
    const path = await fileOf(caseNamed("text that looks like a formula is data (neutralised on output)"));
    const csv = tmp.path("injection.csv");
    expect(await runCli(["identify", path, "--year", "2024", "--out", csv], capture())).toBe(0);
    const fields = readFileSync(csv, "utf8").replace(/^\uFEFF/, "").split(/\r\n/).flatMap((line) => line.split(";"));
    expect(fields).toEqual(expect.arrayContaining(["'-s2", "'-Школа", "'=1+1", "'+7 999"]));
    for (const f of fields) expect(f).not.toMatch(/^"?[=+\-@]/);

    const xlsx = tmp.path("injection.xlsx");
    expect(await runCli(["identify", path, "--year", "2024", "--out", xlsx], capture())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const risky: ExcelJS.Cell[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula !== undefined || (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value))) risky.push(cell);
    })));
    expect(risky.length).toBeGreaterThan(0); // the names are in the report…
    for (const cell of risky) expect({ at: cell.address, type: cell.type }).toEqual({ at: cell.address, type: ExcelJS.ValueType.String }); // …as text, never formulas
  });

  test("--out naming the input file is refused and the input stays byte-identical", async () => {
    const path = tmp.path("self.xlsx");
    writeFileSync(path, readFileSync(await fileOf(caseNamed("clean table with English headers (baseline)"))));
    const before = sha256(path);
    const io = capture();
    expect(await runCli(["identify", path, "--year", "2024", "--out", path], io)).toBe(2);
    expect(await runCli(["dynamics", path, "--from", "2023", "--to", "2024", "--out", `${tmp.dir}/./self.xlsx`], capture())).toBe(2);
    expect(io.stderr).toContain("is the input file");
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}.tmp-${process.pid}`)).toBe(false);
  });
});

describe("the corpus of student results (score indices)", () => {
  test.each(STUDENT_CORPUS.map((c) => [c.name, c] as const))("%s: matrix and .xlsx give the documented outcome", async (_name, c) => {
    const path = tmp.path(`students-${STUDENT_CORPUS.indexOf(c)}.xlsx`);
    writeFileSync(path, await xlsxFile(c.values, { sheet: "Ученики" }));
    for (const table of [readStudentTable({ sheet: "Ученики", values: c.values }), readStudentTable(await readSourceFile(path))]) {
      const keys = table.problems.filter((p) => p.severity === "error").map(problemKey).sort();
      if (c.expect.outcome === "error") {
        expect(keys).toEqual([...c.expect.problems].sort());
      } else {
        expect(keys).toEqual([]);
        expect(table.rows.map((r) => [r.schoolId, r.studentId, r.subject, r.score, r.location?.row])).toEqual(c.expect.rows);
      }
      expectClearMessages(table.problems);
    }
  });
});
