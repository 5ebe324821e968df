/**
 * `shnor deviation <file> --year Y`: the deviation of each school's ГИА mean from the region over the window ending
 * Y, its dynamics against the window ending Y − 1, and the programme share of seed 000 (indicator 4). The input is
 * student results, a means table or the aggregate table with mean scores, recognised by its headers.
 */
import { type Command, Option } from "commander";
import { analyseDeviation, type DeviationAnalysis } from "../../core/report/deviationAnalysis";
import { deviationCellsTable, deviationSheets, deviationTable } from "../../core/report/deviationSheets";
import { programmeSummary } from "../../core/report/indicesSheets";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { commonIndexOptions, schoolList } from "../indexOptions";
import { deviationJson } from "../indicesJson";
import { loadGiaInput } from "../loadGiaInput";
import { checkProblems } from "../loadScoreInput";
import { checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { year } from "../settingsOptions";

export function deviationCommand(program: Command, io: CliIO): void {
  const cmd = program
    .command("deviation <file>")
    .description("deviation of each school's ГИА (ОГЭ, ЕГЭ) mean from the region over three years, and its dynamics")
    .requiredOption("--year <Y>", "last results year of the window")
    .option("--window <n>", "years in the window (default 3)")
    .option("--exclude-ege-base", "leave ЕГЭ base mathematics cells out")
    .option("--tolerance <x>", "deviations closer than this are equal (default 1e-9)")
    .addOption(new Option("--table <name>", "the table written as CSV (default schools)").choices(["schools", "cells"]));
  commonIndexOptions(cmd).action(async (file: string, o: Record<string, string | boolean | undefined>) => {
    const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
    const lang = parseLang(str("lang"));
    const format = parseFormat(str("format"), str("out"));
    checkOutputIsNotInput(file, str("out"));
    const Y = year(str("year"), "--year");
    const options = {
      windowYears: positiveInteger(str("window"), "--window"),
      tolerance: nonNegative(str("tolerance"), "--tolerance"),
      includeEgeBase: o.excludeEgeBase === true ? false : undefined,
      schoolIds: schoolList(str("cohort")),
      excludeNotEvaluable: o.excludeNotEvaluable === true,
      targetYear: str("targetYear") === undefined ? undefined : year(str("targetYear"), "--target-year"),
    };
    const input = await loadGiaInput(file, str("sheet"), lang, io);
    const analysis = analyseDeviation(input.cells, input.source, Y, options);
    checkProblems(analysis.problems, lang, io);
    const tr = translator(lang);
    await writeOutput(format, str("out"), {
      json: () => deviationJson(analysis, lang),
      table: () => (str("table") === "cells" ? deviationCellsTable(analysis, tr) : deviationTable(analysis, tr)),
      report: () => deviationSheets(analysis, tr),
    }, lang, io);
    if (str("out")) printSummary(analysis, input.rows, str("out") as string, lang, io);
  });
}

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${option} ${value}: a whole number ≥ 1 was expected`);
  return n;
}

function nonNegative(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${option} ${value}: a number ≥ 0 was expected`);
  return n;
}

function printSummary(a: DeviationAnalysis, rows: number, out: string, lang: "ru" | "en", io: CliIO): void {
  const tr = translator(lang);
  const window = `${a.window[0]}–${a.year}`;
  const withCells = a.schools.filter((s) => s.current.deviation !== null).length;
  const below = a.schools.filter((s) => s.current.deviation !== null && s.current.deviation < 0).length;
  io.err(tr("cli_indices_input", { kind: tr(`cli_input_${a.source}`), rows }) + "\n");
  io.err(tr("cli_written", { path: out, summary: tr("cli_deviation_summary", { window, schools: a.schools.length, withCells, below }) }) + "\n");
  io.err(programmeSummary(tr("rep_dev_programme"), a, tr) + "\n");
}
