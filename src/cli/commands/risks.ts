/**
 * `shnor risks <profiles>`: the «500+» risk profiles imported per school (ten FIOKO factors, высокая / средняя /
 * низкая, long or wide table): high risks per school, the top factors, town vs village, and the schools that left vs
 * stayed in the ШНОР list (a «в списке ШНОР следующего года» column, or --next-list) with their antirisk programmes.
 */
import { type Command, Option } from "commander";
import { readRiskProfileTable, riskProfileReport, type RiskProfileReport, withNextList } from "../../core/indicators/riskProfiles";
import { arpTable, riskFactorsTable, riskProfilesSpec, riskSchoolsTable, riskSplitTable } from "../../core/report/contextSheets";
import type { TableSpec } from "../../core/report/sheet";
import type { Translate } from "../../core/report/translate";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { risksJson, warningsJson } from "../contextJson";
import { integerOption, type Options, str } from "../contextOptions";
import { loadSchoolIds } from "../loadSchoolIds";
import { InputProblems, loadTable } from "../loadTable";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";

const TABLES = ["schools", "factors", "locality", "list", "arp"] as const;

export function risksCommand(program: Command, io: CliIO): void {
  addIoOptions(
    program
      .command("risks <file>")
      .description("«500+» risk profiles: high risks per school, the top factors, town vs village, schools that left vs stayed in the ШНОР list")
      .option("--next-list <file>", "the ШНОР list of the following year (JSON of `shnor identify`, or a table of ids): sets «left / stayed in the list»")
      .option("--top <n>", "how many factors the top list names (default 5; ties with the last are included)")
      .addOption(new Option("--counted <level>", "what counts as the risk in the shares").choices(["high", "high-medium"]))
      .addOption(new Option("--table <name>", "the table written as CSV (default factors)").choices([...TABLES])),
  ).action(async (file: string, o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const format = parseFormat(str(o, "format"), str(o, "out"));
    for (const input of [file, str(o, "nextList")]) if (input) checkOutputIsNotInput(input, str(o, "out"));
    const topN = integerOption(str(o, "top"), "--top");
    if (topN !== undefined && topN > 10) throw new UsageError(`--top ${topN}: a number from 1 to 10 was expected`);
    const problems = new InputProblems(lang, io);
    const table = await loadTable(file, str(o, "sheet"), readRiskProfileTable, problems);
    const next = str(o, "nextList") ? await loadSchoolIds(str(o, "nextList") as string, problems) : undefined;
    problems.check();

    const schools = next ? withNextList(table.schools, next) : table.schools;
    const report = riskProfileReport(schools, { topN, counted: str(o, "counted") === "high-medium" ? "highOrMedium" : undefined });
    const tr = translator(lang);
    await writeOutput(format, str(o, "out"), {
      json: () => ({ ...risksJson(report, new Map(schools.map((s) => [s.schoolId, s.significance]))), warnings: warningsJson(problems.printed, lang) }),
      table: () => csvTable(str(o, "table") ?? "factors", report, tr),
      report: () => riskProfilesSpec(report, tr),
    }, lang, io);
    if (str(o, "out")) {
      const top = report.factors.filter((f) => f.top).map((f) => `${f.factor.no} (${Math.round((f.share ?? 0) * 100)} %)`).join(", ");
      const c = report.counts;
      io.err(tr("cli_written", { path: str(o, "out") as string, summary: tr("cli_risks_summary", { schools: c.schools, urban: c.urban, rural: c.rural, top: top || "—" }) }) + "\n");
    }
  });
}

function csvTable(name: string, r: RiskProfileReport, tr: Translate): TableSpec {
  const c = r.counts;
  if (name === "schools") return riskSchoolsTable(r, tr);
  if (name === "locality") return riskSplitTable(r.byLocality, "Risk_Urban_Rural", tr("ctx_title_risk_locality"), `${tr("rep_locality_urban_plural")} (${c.urban})`, `${tr("rep_locality_rural_plural")} (${c.rural})`, tr);
  if (name === "list") return riskSplitTable(r.byListStatus, "Risk_Left_Stayed", tr("ctx_title_risk_list"), tr("ctx_rep_left", { n: c.left }), tr("ctx_rep_stayed_n", { n: c.stayed }), tr);
  if (name === "arp") {
    const arp = arpTable(r, tr);
    if (!arp) throw new UsageError("--table arp: the profiles have no АРП column");
    return arp;
  }
  return riskFactorsTable(r, tr);
}
