/** `shnor identify <file> --year Y`: the ШНОР list built on the results of year Y (the list of Y+1). */
import type { Command } from "commander";
import { identify } from "../../core/indicators/identify";
import { identifyReport, listTable } from "../../core/report/identifyReport";
import { ShnorError } from "../../core/errors";
import { type CliIO, parseLang, translator } from "../context";
import { identifyJson } from "../json";
import { loadAggregate, warnIfNoPreviousYear, yearsOf } from "../loadAggregate";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { addSettingsOptions, settingsFrom, year } from "../settingsOptions";

export function identifyCommand(program: Command, io: CliIO): void {
  addSettingsOptions(
    addIoOptions(
      program
        .command("identify <file>")
        .description("build the ШНОР list from an aggregate results table (.xlsx or .csv)")
        .requiredOption("--year <Y>", "results year (the list is named Y+1)")
        .option("--details", "JSON: add every evaluated assessment with its counts (results) and the missing ones"),
    ),
  ).action(async (file: string, o: Record<string, string | undefined>) => {
    const lang = parseLang(o.lang);
    const format = parseFormat(o.format, o.out);
    checkOutputIsNotInput(file, o.out);
    const Y = year(o.year, "--year");
    const rows = await loadAggregate(file, o.sheet, lang, io);
    if (!rows.some((r) => r.year === Y)) throw new ShnorError("year_no_data", { year: Y, years: yearsOf(rows).join(", ") });
    warnIfNoPreviousYear(rows, Y, lang, io);
    const result = identify(rows, Y, settingsFrom(o));
    const tr = translator(lang);
    await writeOutput(format, o.out, { json: () => identifyJson(result, o.details !== undefined), table: () => listTable(result, tr), report: () => identifyReport(result, tr) }, lang, io);
    if (o.out) io.err(tr("cli_written", { path: o.out, summary: tr("rep_identify_summary", { schools: result.summary.schools, shnor: result.summary.shnor, risk: result.summary.riskZone, ...result.summary.clusters }) }) + "\n");
  });
}
