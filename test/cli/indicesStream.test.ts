import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { encode1251 } from "../host-file/helpers";
import { csvFile, json, run, tempDir, xlsxFile } from "./contextHarness";

const dir = tempDir("shnor-indices-stream-");

/** A wide student file of 300 rows: long enough for the streaming reader's fast path. */
const lines = ["Код ОО;Год;Процедура;Класс;Код участника;Русский язык;Математика"];
for (let i = 0; i < 300; i++) lines.push(`s${i % 4};2024;${i % 2 ? "ОГЭ" : "ВПР"};${i % 2 ? 9 : 5};${1000 + i};${(i * 7) % 38};${i % 10 === 0 ? "" : (i * 3) % 20}`);

describe("shnor indices streams a CSV of student results", () => {
  test("a streamed CSV gives what the same table read whole from an .xlsx gives", async () => {
    const csv = csvFile(dir, "students.csv", lines);
    const xlsx = await xlsxFile(dir, "students.xlsx", { students: lines.map((l) => l.split(";").map((c) => (/^\d+$/.test(c) ? Number(c) : c))) });
    const fromCsv = await json(["indices", csv, "--format", "json"]);
    const fromXlsx = await json(["indices", xlsx, "--format", "json"]);
    expect(fromCsv.schools).toHaveLength(4);
    expect(fromCsv.schools).toEqual(fromXlsx.schools);
    expect(fromCsv.region).toEqual(fromXlsx.region);
  });

  test("a Windows-1251 file with a repeated student and a text score: every problem with its row, nothing written", async () => {
    const bad = [...lines];
    bad[150] = bad[148].replace(/;[^;]*;[^;]*$/, ";10;5"); // the student of row 149 again (sheet row 151)
    bad[200] = bad[200].replace(/;[^;]*$/, ";двадцать");
    const path = join(dir, "bad-1251.csv");
    writeFileSync(path, encode1251(bad.join("\r\n")));
    const out = join(dir, "bad.json");
    const r = await run(["indices", path, "--format", "json", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-1251.!F151/);
    expect(r.stderr).toMatch(/149/);
    expect(r.stderr).toMatch(/bad-1251.!G201/);
    expect(r.stderr).toMatch(/двадцать/);
    expect(existsSync(out)).toBe(false);
  });
});
