/**
 * `shnor indices <file> [--year Y]`: ИНР per school × procedure × grade, ИМР per subject, region totals, and the
 * dynamics Y − 1 → Y with the programme shares of seed 000 — from student results, or (labelled as an
 * approximation) from per-subject aggregates.
 */
import { type Command, Option } from "commander";
import { parseSubject, resolveScoreSpecs, type ScoreSpec, type SubjectCode } from "../../core/catalog/scoreSpecs";
import type { Problem } from "../../core/errors";
import { approximateScoreIndices, type ScoreIndexSettings } from "../../core/indicators/scoreIndices";
import { analyseApproximateIndices, type AnalysisOptions, type IndicesAnalysis, type SchoolInfo } from "../../core/report/indicesAnalysis";
import { dynamicsTable, indicesSheets, inrTable, procedureText, programmeSummary, regionTables, specsTable, subjectsTable } from "../../core/report/indicesSheets";
import type { TableSpec } from "../../core/report/sheet";
import { analyseComputedIndices } from "../../core/report/studentIndices";
import type { Translate } from "../../core/report/translate";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { indicesJson } from "../indicesJson";
import { checkProblems, loadScoreInput, loadScoreSpecs, type ScoreInput } from "../loadScoreInput";
import { checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { year } from "../settingsOptions";
import { commonIndexOptions, schoolList } from "../indexOptions";

const TABLES = ["inr", "subjects", "region", "dynamics", "specs"] as const;

export function indicesCommand(program: Command, io: CliIO): void {
  const cmd = program
    .command("indices <file>")
    .description("score indices: ИНР per school × procedure × grade, ИМР per subject, region totals and their dynamics (student results, or per-subject aggregates as an approximation)")
    .option("--year <Y>", "results year of the report (default: the latest year in the data)")
    .option("--specs <file>", "score spec table (procedure, subject, grade, years, min, max, top) searched before the built-in one")
    .option("--specs-only", "use only the --specs table, not the built-in specs")
    .option("--mass-subjects <list>", "mass subjects of the ИНР, comma-separated (default RUS,MATH)")
    .addOption(new Option("--ege-math-both-levels <rule>", "a student with both ЕГЭ maths levels is low when low at: best = every level taken, any = either").choices(["best", "any"]))
    .addOption(new Option("--dynamics-rule <rule>", "one verdict per school: pooled counts, or balance of improved procedures").choices(["pooled", "balance"]))
    .addOption(new Option("--table <name>", "the table written as CSV (default inr)").choices([...TABLES]));
  commonIndexOptions(cmd).action(async (file: string, o: Record<string, string | boolean | undefined>) => {
    const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
    const lang = parseLang(str("lang"));
    const format = parseFormat(str("format"), str("out"));
    for (const input of [file, str("specs")]) if (input) checkOutputIsNotInput(input, str("out"));
    const options: AnalysisOptions = {
      year: str("year") === undefined ? undefined : year(str("year"), "--year"),
      targetYear: str("targetYear") === undefined ? undefined : year(str("targetYear"), "--target-year"),
      schoolIds: schoolList(str("cohort")),
      rule: str("dynamicsRule") as AnalysisOptions["rule"],
      excludeNotEvaluable: o.excludeNotEvaluable === true,
    };
    if (o.specsOnly && !str("specs")) throw new UsageError("--specs-only needs --specs <file>");
    const userSpecs: ScoreSpec[] = str("specs") ? await loadScoreSpecs(str("specs") as string, lang, io) : [];
    const settings: Partial<ScoreIndexSettings> = {
      massSubjects: massSubjects(str("massSubjects")), specOverrides: userSpecs, replaceDefaultSpecs: o.specsOnly === true,
      egeMathBothLevels: str("egeMathBothLevels") as ScoreIndexSettings["egeMathBothLevels"] | undefined,
    };
    const input = await loadScoreInput(file, str("sheet"), resolveScoreSpecs({ specs: userSpecs, replaceDefaults: o.specsOnly === true }), settings, lang, io);
    const { analysis, warnings } = analyse(input, settings, options);
    checkProblems(warnings, lang, io);
    const tr = translator(lang);
    await writeOutput(format, str("out"), {
      json: () => indicesJson(analysis, warnings, lang), table: () => csvTable(analysis, str("table") ?? "inr", tr), report: () => indicesSheets(analysis, tr),
    }, lang, io);
    if (str("out")) printSummary(analysis, input, str("out") as string, tr, io);
  });
}

function analyse(input: ScoreInput, settings: Partial<ScoreIndexSettings>, options: AnalysisOptions): { analysis: IndicesAnalysis; warnings: Problem[] } {
  if (input.kind === "students") return analyseComputedIndices(input.result, options);
  const info = new Map<string, SchoolInfo>();
  for (const r of input.rows) if (!info.has(r.schoolId) || (r.schoolName && !info.get(r.schoolId)?.schoolName)) info.set(r.schoolId, { schoolName: r.schoolName, municipality: r.municipality });
  return { analysis: analyseApproximateIndices(approximateScoreIndices(input.rows, settings), info, options), warnings: [] };
}

/** "RUS,MATH" or «русский язык, математика» → subject codes; unknown names are a command-line error. */
function massSubjects(value: string | undefined): SubjectCode[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const codes = list.map((s) => parseSubject(s)?.subject ?? (/^[A-Z]{2,5}$/.test(s) ? s : undefined));
  const bad = list.filter((_, i) => codes[i] === undefined);
  if (bad.length > 0 || list.length === 0) throw new UsageError(`--mass-subjects ${value}: subjects such as RUS,MATH were expected`);
  return [...new Set(codes as SubjectCode[])];
}

function csvTable(a: IndicesAnalysis, name: string, tr: Translate): TableSpec {
  if (name === "subjects") return subjectsTable(a, tr);
  if (name === "region") return regionTables(a, tr)[0];
  if (name === "specs") return specsTable(a, tr);
  if (name === "dynamics") {
    const table = dynamicsTable(a, tr);
    if (!table) throw new UsageError(`--table dynamics: the data has no ${a.year - 1}, so there are no dynamics`);
    return table;
  }
  return inrTable(a, tr);
}

/** 0.2015 → 20.2 (the message adds the % sign and the decimal comma). */
const percent = (share: number): number => Math.round(share * 1000) / 10;

function printSummary(a: IndicesAnalysis, input: ScoreInput, out: string, tr: Translate, io: CliIO): void {
  const schools = new Set(a.schools.map((g) => g.schoolId)).size;
  const summary = tr(a.approximation ? "cli_indices_summary_approx" : "cli_indices_summary", { year: a.year, groups: a.schools.length, schools });
  io.err(tr("cli_indices_input", { kind: tr(`cli_input_${input.kind}`), rows: input.kind === "students" ? input.rows : input.rows.length }) + "\n");
  io.err(tr("cli_written", { path: out, summary }) + "\n");
  const region = a.region.map((g) => {
    const group = `${procedureText(g.procedure)} ${g.grade}`;
    if (g.approximation) return g.lower === null || g.upper === null ? tr("cli_region_group_none", { group }) : tr("cli_region_group_approx", { group, lower: percent(g.lower), upper: percent(g.upper) });
    return g.inr === null ? tr("cli_region_group_none", { group }) : tr("cli_region_group", { group, inr: percent(g.inr) });
  });
  io.err(tr("cli_region_line", { year: a.year, groups: region.join("; ") }) + "\n");
  const d = a.dynamics;
  if (!d) return;
  for (const [key, x] of [[a.approximation ? "rep_idx_programme_inr_approx" : "rep_idx_programme_inr", d.inr], ["rep_idx_programme_imr", d.imr]] as const) {
    if (x) io.err(programmeSummary(`${tr(key)} ${d.fromYear}→${d.toYear}`, x, tr) + "\n");
  }
}
