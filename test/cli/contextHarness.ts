/** Shared by the CLI tests: run the CLI in-process, and write small hand-made inputs and read back the written files. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";

export function capture() {
  const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

export async function run(args: string[]) {
  const io = capture();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The parsed output of a successful run with `args` as given, and its stderr (a failed run throws with its messages). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runJson(args: string[]): Promise<{ r: any; stderr: string }> {
  const { code, stdout, stderr } = await run(args);
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return { r: JSON.parse(stdout), stderr };
}

/** The JSON output of a successful run (a failed run throws with its messages). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(args: string[]): Promise<any> {
  return (await runJson([...args, "--format", "json"])).r;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A semicolon CSV as Russian Excel saves it. */
export function csvFile(dir: string, name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\r\n"));
  return path;
}

/** An .xlsx file with one sheet per entry (rows of values, written from A1). */
export async function xlsxFile(dir: string, name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every text of a sheet, one cell per line (to look for a phrase). */
export function sheetText(ws: ExcelJS.Worksheet): string {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value))));
  return out.join("\n");
}
