/**
 * `shnor context <passport> [--year Y]`: ИСБШ per school from the social-passport shares, the bottom-quartile risk
 * zone (ШНСУ) with the comparison against the municipality, and, from further files, ОИП (--oip) and the 2016 federal
 * criteria ШНРО/ШФНСУ (--federal, --means; a school without its own ИСБШ gets the one computed here).
 */
import { type Command, Option } from "commander";
import { ShnorError } from "../../core/errors";
import { type IndexComponent, readIndicatorTable, selectYear } from "../../core/indicators/compositeIndex";
import { assessFederal2016, attachFederalMeans, type Federal2016Result, readFederalSchoolTable } from "../../core/indicators/federal2016";
import { assessOip, type OipResult, readOipTable } from "../../core/indicators/oip";
import { assessSocialIndex, SOCIAL_COMPONENTS, SOCIAL_EXTRA_COMPONENTS, type SocialIndexAssessment } from "../../core/indicators/socialIndex";
import { federal2016Spec, oipSpec, socialIndexSpec } from "../../core/report/contextSheets";
import type { ReportSpec, TableSpec } from "../../core/report/sheet";
import type { Translate } from "../../core/report/translate";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { federalJson, oipJson, socialJson, warningsJson } from "../contextJson";
import { addCompositeOptions, compositeOverrides, numberOption, type Options, shareOption, str } from "../contextOptions";
import { loadSchoolIds } from "../loadSchoolIds";
import { InputProblems, loadTable, onSheet } from "../loadTable";
import { addIoOptions, checkOutputIsNotInput, parseFormat, writeOutput } from "../output";
import { year } from "../settingsOptions";

const TABLES = ["isbs", "zone", "oip", "federal"] as const;

export function contextCommand(program: Command, io: CliIO): void {
  const cmd = program
    .command("context <file>")
    .description("ИСБШ (school social well-being index) from the social passport, the bottom-quartile risk zone (ШНСУ) and the comparison with the municipality; optionally ОИП and the 2016 federal criteria")
    .option("--year <Y>", "passport year (with a year column: default the latest; without one it only labels the report)")
    .option("--extra <keys>", `optional ИСБШ components, comma-separated, or "all": ${SOCIAL_EXTRA_COMPONENTS.map((c) => c.key).join(", ")}`)
    .option("--quantile <q>", "share of schools in the risk zone and in the federal bottom groups (default 0.25)")
    .addOption(new Option("--scope <scope>", "risk zone over the whole region or within each municipality").choices(["region", "municipality"]))
    .addOption(new Option("--ties <rule>", "schools tied at the cut-off: all in or all out").choices(["include", "exclude"]))
    .option("--average-band <x>", "«средний по МР» within ± x index points of the municipality mean (default 0)")
    .option("--shnor <file>", "the ШНОР list (JSON of `shnor identify`, or a table of school ids) for «из них ШНОР»")
    .option("--oip <file>", "ОИП per school and year (Y and Y − 1): below-target and decline flags")
    .option("--oip-target <x>", "ОИП target (default 36)")
    .option("--federal <file>", "2016 federal criteria: per school olympiad participants over 3 years, enrolment of each year, hard-to-reach, settlement unemployment")
    .option("--means <file>", "with --federal: school and region means per procedure (school, procedure, school mean, region mean, max score)")
    .option("--region-unemployment <x>", "the region's unemployment rate, in the unit of the settlements' column")
    .option("--unemployment-factor <k>", "high unemployment: settlement ≥ k × region (default 1.5)")
    .addOption(new Option("--gap-rule <rule>", "gap criterion: some procedure above 20, or the mean of the gaps").choices(["any", "mean"]))
    .option("--shnro-min <n>", "ШНРО criteria that must be met, 1–3 (default 1)")
    .addOption(new Option("--table <name>", "the table written as CSV (default isbs)").choices([...TABLES]));
  addCompositeOptions(addIoOptions(cmd)).action(async (file: string, o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const format = parseFormat(str(o, "format"), str(o, "out"));
    for (const input of [file, str(o, "oip"), str(o, "federal"), str(o, "means"), str(o, "shnor")]) if (input) checkOutputIsNotInput(input, str(o, "out"));
    if (str(o, "means") && !str(o, "federal")) throw new UsageError("--means needs --federal <file>");
    const wanted = str(o, "year") === undefined ? undefined : year(str(o, "year"), "--year");
    // Every option is checked before any file is read: a usage error (exit 2) never waits for the data.
    const quantile = shareOption(str(o, "quantile"), "--quantile");
    const tieRule = str(o, "ties") as "include" | "exclude" | undefined;
    const components = [...SOCIAL_COMPONENTS, ...extraComponents(str(o, "extra"))];
    const socialOverrides = {
      index: { components, ...compositeOverrides(o) },
      riskZone: { quantile, scope: str(o, "scope") as "region" | "municipality" | undefined, tieRule },
      comparison: { averageBand: numberOption(str(o, "averageBand"), "--average-band", (n) => n >= 0, "a number ≥ 0") },
    };
    const oipTarget = numberOption(str(o, "oipTarget"), "--oip-target");
    const federalSettings = {
      bottomQuantile: quantile, tieRule,
      regionUnemployment: numberOption(str(o, "regionUnemployment"), "--region-unemployment", (n) => n >= 0, "a number ≥ 0"),
      unemploymentFactor: numberOption(str(o, "unemploymentFactor"), "--unemployment-factor", (n) => n > 0, "a number > 0"),
      gapRule: str(o, "gapRule") as "any" | "mean" | undefined,
      shnroMinCriteria: numberOption(str(o, "shnroMin"), "--shnro-min", (n) => [1, 2, 3].includes(n), "1, 2 or 3"),
    };
    const problems = new InputProblems(lang, io);

    const passport = await loadTable(file, str(o, "sheet"), (s) => readIndicatorTable(s, components), problems);
    const oipTable = str(o, "oip") ? await loadTable(str(o, "oip") as string, undefined, readOipTable, problems) : undefined;
    const federalSchools = str(o, "federal") ? await loadTable(str(o, "federal") as string, undefined, readFederalSchoolTable, problems) : undefined;
    const federalTable = federalSchools && str(o, "means") ? await loadTable(str(o, "means") as string, undefined, (s) => attachFederalMeans(federalSchools.schools, s), problems) : federalSchools;
    const shnorIds = str(o, "shnor") ? await loadSchoolIds(str(o, "shnor") as string, problems) : undefined;
    problems.check();

    const withYears = passport.rows.some((r) => r.year !== null);
    const Y = withYears ? (wanted ?? Math.max(...passport.rows.map((r) => r.year as number))) : (wanted ?? null);
    const rows = Y === null ? passport.rows : selectYear(passport.rows, Y);
    if (rows.length === 0) throw new ShnorError("year_no_data", { year: Y ?? "—", years: [...new Set(passport.rows.map((r) => r.year))].sort().join(", ") });
    const social = assessSocialIndex(rows, socialOverrides, shnorIds);
    problems.add(file, onSheet(social.problems, passport.sheet));

    const oip = oipTable ? assessOip(oipTable.rows, Y ?? Math.max(...oipTable.rows.map((r) => r.year)), { target: oipTarget }) : null;
    const federal = federalTable ? assessFederal2016(withSocialIndex(federalTable.schools, social), federalSettings) : null;
    if (federal) problems.add(str(o, "federal") as string, federal.problems);

    const tr = translator(lang);
    const labelYear = Y ?? undefined;
    const report = (): ReportSpec => ({
      sheets: [
        ...socialIndexSpec(social, tr, labelYear).sheets,
        ...(oip ? oipSpec(oip, tr).sheets : []),
        ...(federal ? federal2016Spec(federal, tr, labelYear).sheets : []),
      ],
    });
    await writeOutput(format, str(o, "out"), {
      json: () => ({ ...socialJson(social, Y, shnorIds), oip: oipJson(oip), federal: federalJson(federal), warnings: warningsJson(problems.printed, lang) }),
      table: () => csvTable(str(o, "table") ?? "isbs", social, oip, federal, tr, labelYear),
      report,
    }, lang, io);
    if (str(o, "out")) printSummary(str(o, "out") as string, social, Y, oip, federal, tr, io);
  });
}

/** `--extra SINGLE_PARENT,LOW_INCOME` or `all` → the optional components (their columns become required). */
function extraComponents(value: string | undefined): IndexComponent[] {
  if (value === undefined) return [];
  if (value.trim().toLowerCase() === "all") return [...SOCIAL_EXTRA_COMPONENTS];
  return value.split(",").map((k) => k.trim().toUpperCase()).filter(Boolean).map((key) => {
    const c = SOCIAL_EXTRA_COMPONENTS.find((x) => x.key === key);
    if (!c) throw new UsageError(`--extra ${key}: one of ${SOCIAL_EXTRA_COMPONENTS.map((x) => x.key).join(", ")} or "all" was expected`);
    return c;
  });
}

/** The federal ШФНСУ criterion needs ИСБШ: a school without its own value gets the index just computed. */
function withSocialIndex<T extends { schoolId: string; socialIndex: number | null }>(schools: readonly T[], social: SocialIndexAssessment): T[] {
  const isbs = new Map(social.schools.map((s) => [s.schoolId, s.index]));
  return schools.map((s) => (s.socialIndex === null ? { ...s, socialIndex: isbs.get(s.schoolId) ?? null } : s));
}

function csvTable(name: string, social: SocialIndexAssessment, oip: OipResult | null, federal: Federal2016Result | null, tr: Translate, year?: number): TableSpec {
  if (name === "oip") {
    if (!oip) throw new UsageError("--table oip needs --oip <file>");
    return oipSpec(oip, tr).sheets[0].tables[0];
  }
  if (name === "federal") {
    if (!federal) throw new UsageError("--table federal needs --federal <file>");
    return federal2016Spec(federal, tr, year).sheets[0].tables[0];
  }
  const sheets = socialIndexSpec(social, tr, year).sheets;
  return name === "zone" ? sheets[1].tables[0] : sheets[0].tables[0];
}

function printSummary(out: string, a: SocialIndexAssessment, year: number | null, oip: OipResult | null, federal: Federal2016Result | null, tr: Translate, io: CliIO): void {
  const t = a.summary.total;
  const summary = tr("cli_context_summary", {
    year: year ?? "", scored: a.schools.filter((s) => s.index !== null).length, schools: a.schools.length, zone: t.zone,
    shnor: t.zoneShnor === null ? "" : tr("cli_context_zone_shnor", { n: t.zoneShnor }),
  });
  io.err(tr("cli_written", { path: out, summary }) + "\n");
  if (oip) {
    const below = oip.schools.filter((s) => s.belowTarget).length;
    const both = oip.schools.filter((s) => s.belowTargetAndDecline).length;
    io.err(tr("cli_context_oip", { year: oip.year, target: oip.settings.target, below, both, n: oip.growth.n, m: oip.growth.m }) + "\n");
  }
  if (federal) {
    const count = (k: "shnro" | "shnsu") => federal.schools.filter((s) => s[k] === true).length;
    io.err(tr("cli_context_federal", { schools: federal.schools.length, shnro: count("shnro"), shnsu: count("shnsu") }) + "\n");
  }
}
