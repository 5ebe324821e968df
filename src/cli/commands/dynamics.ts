/** `shnor dynamics <file> --from Y1 --to Y2`: per-assessment dynamics, the seed-004 tables and cluster moves. */
import type { Command } from "commander";
import { ShnorError } from "../../core/errors";
import { clusterTransitions } from "../../core/indicators/clusterTransitions";
import { dynamicsReport } from "../../core/indicators/dynamicsReport";
import { dynamicsSheets, schoolDynamicsTable } from "../../core/report/dynamicsSheets";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { dynamicsJson } from "../json";
import { loadAggregate, warnIfNoPreviousYear, yearsOf } from "../loadAggregate";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { addSettingsOptions, settingsFrom, year } from "../settingsOptions";

export function dynamicsCommand(program: Command, io: CliIO): void {
  addSettingsOptions(
    addIoOptions(
      program
        .command("dynamics <file>")
        .description("dynamics of every school and assessment between two results years, with group reports")
        .requiredOption("--from <Y1>", "earlier results year")
        .requiredOption("--to <Y2>", "later results year"),
    ),
  ).action(async (file: string, o: Record<string, string | undefined>) => {
    const lang = parseLang(o.lang);
    const format = parseFormat(o.format, o.out);
    checkOutputIsNotInput(file, o.out);
    const from = year(o.from, "--from");
    const to = year(o.to, "--to");
    if (from >= to) throw new UsageError(`--from ${from} must be earlier than --to ${to}`);
    const rows = await loadAggregate(file, o.sheet, lang, io);
    for (const y of [from, to]) if (!rows.some((r) => r.year === y)) throw new ShnorError("year_no_data", { year: y, years: yearsOf(rows).join(", ") });
    for (const y of [from, to]) warnIfNoPreviousYear(rows, y, lang, io);
    const settings = settingsFrom(o);
    const report = dynamicsReport(rows, from, to, settings);
    const transitions = clusterTransitions(rows, from, to, settings);
    const tr = translator(lang);
    await writeOutput(format, o.out, { json: () => dynamicsJson(report, transitions), table: () => schoolDynamicsTable(report, tr), report: () => dynamicsSheets(report, transitions, tr) }, lang, io);
    if (o.out) io.err(tr("cli_written", { path: o.out, summary: tr("cli_dynamics_summary", { schools: report.schools.length, from, to }) }) + "\n");
  });
}
