/**
 * `shnor indicators <inputs> --template T --year Y`: the dashboard of a programme — every indicator X = n / m · 100 %
 * with its target and verdict; `shnor indicators template --template T --out inputs.xlsx` writes the sheet to fill
 * in. T is a built-in template (seed000, seed002, seed003, track3) or a file with an edited template sheet.
 */
import type { Command } from "commander";
import { basename, extname } from "node:path";
import { buildDashboard, PROGRAMME_TEMPLATES, type ProgrammeTemplate, readProgrammeInputs, readProgrammeTemplate } from "../../core/indicators/programmeTemplates";
import { dashboardSpec, dashboardTable } from "../../core/report/contextSheets";
import { FileHost, readSourceFile } from "../../host/file";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { dashboardJson, warningsJson } from "../contextJson";
import { type Options, str } from "../contextOptions";
import { InputProblems } from "../loadTable";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { blankUnfilledRows, firstTargetYear, programmeInputsReport } from "../../core/report/programmeInputs";
import { year } from "../settingsOptions";

/** The names `indicators template` gives the template sheet (ru, en). */
const TEMPLATE_SHEETS = ["шаблон", "template"];
const IDS = PROGRAMME_TEMPLATES.map((t) => t.id).join(" | ");

export function indicatorsCommand(program: Command, io: CliIO): void {
  const group = program.command("indicators").description("programme indicators X = n / m with targets and verdicts (dashboards of seeds 000, 002, 003 and track 3)");
  addIoOptions(
    group
      .command("dashboard <inputs>", { isDefault: true })
      .description("the dashboard: n and m per indicator (the filled input sheet) → value, target, verdict")
      .requiredOption("--template <template>", `${IDS}, or an .xlsx/.csv file with an edited template`)
      .option("--template-sheet <name>", "sheet of the edited template file (default: the sheet «Шаблон», else the first)")
      .requiredOption("--year <Y>", "the year whose targets apply"),
  ).action(async (inputs: string, o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const format = parseFormat(str(o, "format"), str(o, "out"));
    checkOutputIsNotInput(inputs, str(o, "out"));
    const Y = year(str(o, "year"), "--year");
    const problems = new InputProblems(lang, io);
    const template = await resolveTemplate(str(o, "template") as string, str(o, "templateSheet"), problems, str(o, "out"));
    const source = await readSourceFile(inputs, { sheet: str(o, "sheet") });
    const table = readProgrammeInputs({ ...source, values: blankUnfilledRows(source.values) }, template);
    problems.add(inputs, table.problems);
    problems.check();
    const d = buildDashboard(template, Y, table.inputs);
    const tr = translator(lang);
    await writeOutput(format, str(o, "out"), {
      json: () => ({ ...dashboardJson(d, template), warnings: warningsJson(problems.printed, lang) }),
      table: () => dashboardTable(d, tr),
      report: () => dashboardSpec(d, tr),
    }, lang, io);
    if (str(o, "out")) io.err(tr("cli_written", { path: str(o, "out") as string, summary: tr("cli_indicators_summary", { template: template.id, year: Y, ...d.counts }) }) + "\n");
  });

  group
    .command("template")
    .description("write the input sheet of a template (indicators with their targets; fill in n and m) and the editable template")
    .requiredOption("--template <template>", `${IDS}, or an .xlsx/.csv file with an edited template`)
    .option("--template-sheet <name>", "sheet of the edited template file (default: the sheet «Шаблон», else the first)")
    .option("--year <Y>", "year whose targets are shown (default: the template's first target year)")
    .requiredOption("--out <file.xlsx>", "the workbook to write")
    .option("--lang <lang>", "ru | en", "ru")
    .action(async (o: Options) => {
      const lang = parseLang(str(o, "lang"));
      const out = str(o, "out") as string;
      if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out ${out}: an .xlsx file was expected`);
      const problems = new InputProblems(lang, io);
      const template = await resolveTemplate(str(o, "template") as string, str(o, "templateSheet"), problems, out);
      problems.check();
      const Y = str(o, "year") === undefined ? firstTargetYear(template) : year(str(o, "year"), "--year");
      const tr = translator(lang);
      await new FileHost({ output: out, lang, existing: "overwrite" }).writeReport(programmeInputsReport(template, Y, tr), { replace: true });
      io.err(tr("cli_indicators_template_written", { template: template.id, path: out, count: template.indicators.length, year: Y ?? "<Y>" }) + "\n");
    });
}

/** A built-in template by id, or an edited template read from a file (its problems recorded with their cells). */
async function resolveTemplate(value: string, sheet: string | undefined, problems: InputProblems, out: string | undefined): Promise<ProgrammeTemplate> {
  const builtIn = PROGRAMME_TEMPLATES.find((t) => t.id === value.trim().toLowerCase());
  if (builtIn) return builtIn;
  if (!/\.(xlsx|csv|txt|tsv)$/i.test(value)) throw new UsageError(`--template ${value}: ${IDS} or a template file (.xlsx, .csv) was expected`);
  checkOutputIsNotInput(value, out);
  const id = basename(value, extname(value));
  // A workbook written by `indicators template` holds the input sheet first: its template sheet is the one to read.
  const sheets = sheet === undefined && /\.xlsx$/i.test(value) ? (await new FileHost({ input: value }).listSources().catch(() => ({ sheets: [] as string[] }))).sheets : [];
  const named = sheets.find((s) => TEMPLATE_SHEETS.includes(s.toLowerCase()));
  const table = readProgrammeTemplate(await readSourceFile(value, { sheet: sheet ?? named }), { id, title: id, source: value });
  problems.add(value, table.problems);
  return table.template;
}
