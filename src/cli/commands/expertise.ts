/**
 * `shnor expertise template --rubric municipal|school --out template.xlsx`: the template a coordinator fills in Excel
 * without the add-in. `shnor expertise summary <filled.xlsx…> --year Y`: reads many filled templates (files and their
 * sheets) and gives each object's levels and verdicts and the seed-000 indicators 17–18 (the share of municipalities
 * whose mechanisms are formed, ≥ 70 %, and whose measures are implemented, ≥ 50 %).
 */
import { type Command, Option } from "commander";
import { basename, extname } from "node:path";
import {
  type ExpertiseSettings, MUNICIPAL_ROADMAP_RUBRIC, readRubric, resolveExpertiseSettings, type Rubric, rubricCriteria, SCHOOL_PROGRAMME_RUBRIC,
} from "../../core/indicators/expertiseRubric";
import { summarizeExpertise } from "../../core/indicators/expertiseSheets";
import { expertiseTable } from "../../core/report/contextSheets";
import { expertiseSummaryReport } from "../../core/report/expertiseSummarySheets";
import type { ReportSpec, TableSpec } from "../../core/report/sheet";
import { readSourceFile } from "../../host/file";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { type ExpertiseSource, expertiseJson, warningsJson } from "../contextJson";
import { type Options, shareOption, str } from "../contextOptions";
import { readExpertiseFiles } from "../expertiseInput";
import { rubricMax, writeExpertiseTemplate } from "../expertiseWorkbook";
import { InputProblems } from "../loadTable";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { year } from "../settingsOptions";

const RUBRICS: Record<string, Rubric> = {
  municipal: MUNICIPAL_ROADMAP_RUBRIC, [MUNICIPAL_ROADMAP_RUBRIC.id.toLowerCase()]: MUNICIPAL_ROADMAP_RUBRIC,
  school: SCHOOL_PROGRAMME_RUBRIC, [SCHOOL_PROGRAMME_RUBRIC.id.toLowerCase()]: SCHOOL_PROGRAMME_RUBRIC,
};

/** The options of the verdicts, shared by the template (its formulas) and the summary. */
function addVerdictOptions(cmd: Command): Command {
  return cmd
    .option("--mechanisms-threshold <share>", "«механизмы сформированы» from this level (default 0.7)")
    .option("--implementation-threshold <share>", "«меры реализованы» from this level (default 0.5)")
    .addOption(new Option("--level-basis <basis>", "each level over its own part's criteria (parts), or both over all criteria (total)").choices(["parts", "total"]));
}

function verdictSettings(o: Options): ExpertiseSettings {
  return resolveExpertiseSettings({
    mechanismsThreshold: shareOption(str(o, "mechanismsThreshold"), "--mechanisms-threshold"),
    implementationThreshold: shareOption(str(o, "implementationThreshold"), "--implementation-threshold"),
    levelBasis: str(o, "levelBasis") as ExpertiseSettings["levelBasis"] | undefined,
  });
}

export function expertiseCommand(program: Command, io: CliIO): void {
  const group = program.command("expertise").description("expertise of municipal roadmaps and school programme documents: a fillable template, and the summary of many filled ones (indicators 17–18)");

  addVerdictOptions(
    group
      .command("template")
      .description("write the expertise template: one row per criterion, a points column limited to 0..max, totals and verdicts as Excel formulas, instructions in Russian")
      .option("--rubric <rubric>", "municipal (roadmap) | school (programme documents) | an .xlsx/.csv file with an edited rubric", "municipal")
      .option("--rubric-sheet <name>", "sheet of the rubric file (default: the first)")
      .option("--object <names...>", "one sheet per municipality (school) with its name filled in")
      .requiredOption("--out <file.xlsx>", "the template to write")
      .option("--lang <lang>", "ru | en", "ru"),
  ).action(async (o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const out = str(o, "out") as string;
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out ${out}: an .xlsx file was expected`);
    const problems = new InputProblems(lang, io);
    const rubric = await resolveRubric(str(o, "rubric") as string, str(o, "rubricSheet"), problems, out);
    problems.check();
    const objects = Array.isArray(o.object) ? o.object.map((x) => x.trim()).filter(Boolean) : [];
    if (new Set(objects).size !== objects.length) throw new UsageError("--object: every name must be different");
    await writeExpertiseTemplate(out, rubric, { lang, settings: verdictSettings(o), objects });
    const tr = translator(lang);
    io.err(tr("cli_expertise_template_written", { path: out, sheets: Math.max(1, objects.length), criteria: rubricCriteria(rubric).length, max: rubricMax(rubric) }) + "\n");
  });

  addVerdictOptions(
    addIoOptions(
      group
        .command("summary <files...>")
        .description("read many filled templates (every sheet of each file; --sheet reads only that one) → levels and verdicts per municipality (school) and indicators 17–18")
        .requiredOption("--year <Y>", "the year of the expertise (the seed-000 targets of 2025–2029 apply)")
        .option("--rubric <rubric>", "municipal | school | a rubric file (default: recognised from the templates)")
        .option("--rubric-sheet <name>", "sheet of the rubric file (default: the first)"),
    ),
  ).action(async (files: string[], o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const format = parseFormat(str(o, "format"), str(o, "out"));
    for (const f of files) checkOutputIsNotInput(f, str(o, "out"));
    const Y = year(str(o, "year"), "--year");
    const settings = verdictSettings(o);
    const problems = new InputProblems(lang, io);
    const given = str(o, "rubric") ? await resolveRubric(str(o, "rubric") as string, str(o, "rubricSheet"), problems, str(o, "out")) : undefined;
    problems.check();
    const input = await readExpertiseFiles(files, { rubric: given, sheet: str(o, "sheet") }, problems);
    problems.check();
    const rubric = input.rubric as Rubric;
    const summary = summarizeExpertise(rubric, input.objects, Y, settings);
    const sources = new Map<string, ExpertiseSource>(input.objects.map((x) => [x.scores.object, { file: x.file, sheet: x.sheet }]));
    const tr = translator(lang);
    const report = (): ReportSpec => expertiseSummaryReport(summary, sources, tr);
    await writeOutput(format, str(o, "out"), {
      json: () => ({ ...expertiseJson(summary, rubric, sources), warnings: warningsJson(problems.printed, lang) }),
      table: (): TableSpec => expertiseTable(summary, tr),
      report,
    }, lang, io);
    if (str(o, "out")) {
      const share = (x: number | null) => (x === null ? "—" : Math.round(x * 1000) / 10);
      io.err(tr("cli_written", {
        path: str(o, "out") as string,
        summary: tr("cli_expertise_summary", {
          year: Y, objects: summary.evaluations.length, files: files.length, formed: summary.mechanisms.n, implemented: summary.implementation.n,
          share17: share(summary.mechanisms.share), share18: share(summary.implementation.share),
        }),
      }) + "\n");
    }
  });
}

/** A default rubric by name, or an edited rubric read from a file (its problems recorded with their cells). */
async function resolveRubric(value: string, sheet: string | undefined, problems: InputProblems, out: string | undefined): Promise<Rubric> {
  const builtIn = RUBRICS[value.trim().toLowerCase()];
  if (builtIn) return builtIn;
  if (!/\.(xlsx|csv|txt|tsv)$/i.test(value)) throw new UsageError(`--rubric ${value}: municipal, school or a rubric file (.xlsx, .csv) was expected`);
  checkOutputIsNotInput(value, out);
  const id = basename(value, extname(value));
  const source = await readSourceFile(value, { sheet });
  const table = readRubric(source, { id, title: id });
  problems.add(value, table.problems);
  return table.rubric;
}
