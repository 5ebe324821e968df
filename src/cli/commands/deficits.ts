/**
 * `shnor deficits <file> [--year Y]`: the staffing and equipment indices, the кадровый and инфраструктурный deficit
 * flags and the seed-004 table per municipality; with a year column holding Y − 1 too, the index dynamics and seed-000
 * indicators 11–12. The staffing columns are read from <file> (--sheet), the equipment columns from --equipment /
 * --equipment-sheet (default: the same sheet). A table of recorded flags («Кадровый дефицит», «Инфраструктурный
 * дефицит» да/нет) is recognised by its headers and gives the municipal table alone.
 */
import { type Command, Option } from "commander";
import { ShnorError } from "../../core/errors";
import { type IndexInputRow, readIndicatorTable, selectYear } from "../../core/indicators/compositeIndex";
import {
  assessResources, DEFAULT_DEFICIT_SETTINGS, DEFICIT_FIELDS, type DeficitFlagRow, type DeficitRule, type DeficitTable, deficitFlags, EQUIPMENT_COMPONENTS, readDeficitTable,
  type ResourceAssessment, type ResourceOverrides, resourceDeficitTable, STAFFING_COMPONENTS,
} from "../../core/indicators/resourceDeficits";
import { type ResourceDynamics, resourceDynamics, type ResourceDynamicsOptions } from "../../core/indicators/resourceDynamics";
import { deficitMunicipalityTable, deficitSchoolsTable, resourceDynamicsSheet, resourcesSpec } from "../../core/report/contextSheets";
import type { TableSpec } from "../../core/report/sheet";
import type { Translate } from "../../core/report/translate";
import { detectHeaderRow } from "../../core/table/headers";
import { readSourceFile } from "../../host/file";
import type { SourceMatrix } from "../../host/WorkbookHost";
import type { Lang } from "../../i18n";
import { type CliIO, parseLang, translator, UsageError } from "../context";
import { deficitSettingsJson, deficitTableJson, flagSchoolsJson, indexIndicatorJson, indexSettingsJson, resourceSchoolsJson, warningsJson } from "../contextJson";
import { addCompositeOptions, compositeOverrides, keyValueList, numberOption, type Options, str } from "../contextOptions";
import { schoolList } from "../indexOptions";
import { loadSchoolIds } from "../loadSchoolIds";
import { InputProblems, onSheet } from "../loadTable";
import { addIoOptions, checkOutputIsNotInput, type Format, parseFormat, writeOutput } from "../output";
import { printIndicator } from "../resourceDynamics";
import { year } from "../settingsOptions";

const TABLES = ["municipalities", "schools", "staffing", "equipment", "dynamics"] as const;

export function deficitsCommand(program: Command, io: CliIO): void {
  const cmd = program
    .command("deficits <file>")
    .description("staffing and equipment indices, staffing and infrastructure deficits per school and per municipality, and the dynamics of the indices (project indicators 11–12)")
    .option("--equipment <file>", "file with the equipment columns (default: <file>)")
    .option("--equipment-sheet <name>", "sheet with the equipment columns (default: --sheet)")
    .option("--year <Y>", "year to assess (with a year column: default the latest; its dynamics need Y − 1 too)")
    .option("--shnor <file>", "the ШНОР list (JSON of `shnor identify`, or a table of school ids) for the ШНОР columns")
    .option("--staffing-limits <list>", `staffing deficit when a component is worse than its limit (default ${limits(DEFAULT_DEFICIT_SETTINGS.staffing)}; "none" for no limits)`)
    .option("--infrastructure-limits <list>", `infrastructure deficit limits (default ${limits(DEFAULT_DEFICIT_SETTINGS.infrastructure)})`)
    .option("--staffing-index-below <x>", "also a staffing deficit when the staffing index is below x")
    .option("--equipment-index-below <x>", "also an infrastructure deficit when the equipment index is below x")
    .addOption(new Option("--sort <order>", "municipal table order: by the ШНОР share (as seed 004), or by name").choices(["shnor", "name"]))
    .addOption(new Option("--anchor <anchor>", "dynamics: year Y scored on Y − 1's statistics (base), or each year on its own scale (each)").choices(["base", "each"]))
    .option("--cohort <ids>", "comma-separated project schools counted in m of indicators 11–12 (default: every school)")
    .option("--cohort-file <file>", "the project schools as a file (a table of school ids, or JSON)")
    .option("--exclude-not-evaluable", "leave schools without an index in one of the two years out of m")
    .option("--target-year <year>", "programme year whose seed-000 minimum applies to indicators 11–12 (default: --year)")
    .addOption(new Option("--table <name>", "the table written as CSV (default municipalities)").choices([...TABLES]));
  addCompositeOptions(addIoOptions(cmd)).action(async (file: string, o: Options) => {
    const lang = parseLang(str(o, "lang"));
    const format = parseFormat(str(o, "format"), str(o, "out"));
    for (const input of [file, str(o, "equipment"), str(o, "shnor"), str(o, "cohortFile")]) if (input) checkOutputIsNotInput(input, str(o, "out"));
    if (str(o, "cohort") && str(o, "cohortFile")) throw new UsageError("give --cohort or --cohort-file, not both");
    const run: Run = {
      file, o, lang, format, problems: new InputProblems(lang, io), tr: translator(lang), io,
      year: str(o, "year") === undefined ? undefined : year(str(o, "year"), "--year"),
      sort: str(o, "sort") === "name" ? "name" : undefined,
      // Every option is checked before any file is read: a usage error (exit 2) never waits for the data.
      overrides: {
        staffing: compositeOverrides(o), equipment: compositeOverrides(o),
        deficits: {
          staffing: deficitRule(DEFAULT_DEFICIT_SETTINGS.staffing, str(o, "staffingLimits"), "--staffing-limits", str(o, "staffingIndexBelow"), "--staffing-index-below", STAFFING_COMPONENTS.map((c) => c.key)),
          infrastructure: deficitRule(DEFAULT_DEFICIT_SETTINGS.infrastructure, str(o, "infrastructureLimits"), "--infrastructure-limits", str(o, "equipmentIndexBelow"), "--equipment-index-below", EQUIPMENT_COMPONENTS.map((c) => c.key)),
        },
      },
      targetYear: str(o, "targetYear") === undefined ? undefined : year(str(o, "targetYear"), "--target-year"),
    };
    const source = await readSourceFile(file, { sheet: str(o, "sheet") });
    const shnorIds = str(o, "shnor") ? await loadSchoolIds(str(o, "shnor") as string, run.problems) : undefined;
    await (isFlagTable(source.values) ? fromFlags(run, source, shnorIds) : fromComponents(run, source, shnorIds));
  });
}

/** What both forms of the input need. */
interface Run {
  file: string;
  o: Options;
  lang: Lang;
  format: Format;
  problems: InputProblems;
  tr: Translate;
  io: CliIO;
  year: number | undefined;
  sort: "name" | undefined;
  overrides: ResourceOverrides;
  targetYear: number | undefined;
}

/** Recorded flags: the municipal table alone (the year, if given, only labels it). */
async function fromFlags({ file, o, lang, format, problems, tr, io, year: y, sort }: Run, source: SourceMatrix, shnorIds: Set<string> | undefined): Promise<void> {
  const flags = readDeficitTable(source);
  problems.add(file, flags.problems);
  problems.check();
  const rows: DeficitFlagRow[] = shnorIds ? flags.rows.map((r) => ({ ...r, shnor: shnorIds.has(r.schoolId) })) : flags.rows;
  const table = resourceDeficitTable(rows, { sort });
  const label = y === undefined ? "" : ` ${y}`;
  await writeOutput(format, str(o, "out"), {
    json: () => ({ source: "flags", year: y ?? null, settings: { staffing: null, equipment: null, deficits: null }, schools: flagSchoolsJson(rows), ...deficitTableJson(table), dynamics: null, warnings: warningsJson(problems.printed, lang) }),
    table: () => ((str(o, "table") ?? "municipalities") === "municipalities" ? deficitMunicipalityTable(table, tr, y) : unavailable(str(o, "table") as string)),
    report: () => ({ sheets: [{ name: tr("ctx_sheet_deficits", { year: label }), title: tr("ctx_title_deficits", { year: label }), tables: [deficitMunicipalityTable(table, tr, y)] }] }),
  }, lang, io);
  if (str(o, "out")) printTotals(str(o, "out") as string, table.total, y, tr, io);
}

/** Component values: both indices, the flags, the municipal table and, with Y − 1 in the data, indicators 11–12. */
async function fromComponents({ file, o, lang, format, problems, tr, io, year: wanted, sort, overrides, targetYear: target }: Run, source: SourceMatrix, shnorIds: Set<string> | undefined): Promise<void> {
  const staffingTable = readIndicatorTable(source, STAFFING_COMPONENTS);
  problems.add(file, staffingTable.problems);
  const eqFile = str(o, "equipment") ?? file;
  const eqSheet = str(o, "equipmentSheet") ?? (str(o, "equipment") ? undefined : str(o, "sheet"));
  const eqSource = str(o, "equipment") || str(o, "equipmentSheet") ? await readSourceFile(eqFile, { sheet: eqSheet }) : source;
  const equipmentTable = readIndicatorTable(eqSource, EQUIPMENT_COMPONENTS);
  problems.add(eqFile, equipmentTable.problems);
  const cohort = str(o, "cohortFile") ? [...(await loadSchoolIds(str(o, "cohortFile") as string, problems))] : schoolList(str(o, "cohort"));
  problems.check();

  const all = [...staffingTable.rows, ...equipmentTable.rows];
  const withYears = all.some((r) => r.year !== null);
  const Y = withYears ? (wanted ?? Math.max(...all.map((r) => r.year as number))) : (wanted ?? null);
  const pick = (rows: IndexInputRow[]) => (Y === null || !withYears ? rows : selectYear(rows, Y));
  const [stRows, eqRows] = [pick(staffingTable.rows), pick(equipmentTable.rows)];
  if (stRows.length === 0 && eqRows.length === 0) throw new ShnorError("year_no_data", { year: Y ?? "—", years: [...new Set(all.map((r) => r.year))].sort().join(", ") });
  const a = assessResources(stRows, eqRows, overrides);
  problems.add(file, onSheet(a.staffing.problems, source.sheet));
  problems.add(eqFile, onSheet(a.equipment.problems, eqSource.sheet));
  const table = resourceDeficitTable(deficitFlags(a, shnorIds), { sort });

  const targetYear = target ?? Y;
  const options = (y: number): ResourceDynamicsOptions => ({
    year: y, anchor: str(o, "anchor") === "each" ? "eachYear" : "baseYear", schoolIds: cohort, excludeNotEvaluable: o.excludeNotEvaluable === true, targetYear: targetYear ?? y,
  });
  const dynamics: ResourceDynamics | null = Y !== null && withYears
    ? resourceDynamics(staffingTable.rows, equipmentTable.rows, { staffing: a.staffing.settings, equipment: a.equipment.settings }, options(Y))
    : null;

  const y = Y ?? undefined;
  await writeOutput(format, str(o, "out"), {
    json: () => ({
      source: "components", year: Y,
      settings: { staffing: indexSettingsJson(a.staffing.settings), equipment: indexSettingsJson(a.equipment.settings), deficits: deficitSettingsJson(a.deficits) },
      schools: resourceSchoolsJson(a, shnorIds), ...deficitTableJson(table),
      dynamics: dynamics ? {
        fromYear: (Y as number) - 1, toYear: Y, anchor: dynamics.staffing.dynamics.anchor, targetYear,
        staffing: indexIndicatorJson(dynamics.staffing), equipment: indexIndicatorJson(dynamics.equipment),
      } : null,
      warnings: warningsJson(problems.printed, lang),
    }),
    table: () => csvTable(str(o, "table") ?? "municipalities", a, table, dynamics, tr, y),
    report: () => ({ sheets: [...resourcesSpec(a, table, tr, y).sheets, ...(dynamics ? [resourceDynamicsSheet(dynamics, y as number, tr)] : [])] }),
  }, lang, io);
  if (str(o, "out")) {
    printTotals(str(o, "out") as string, table.total, y, tr, io);
    if (dynamics) {
      printIndicator(dynamics.staffing, 11, tr("cli_deficits_staffing"), tr, io);
      printIndicator(dynamics.equipment, 12, tr("cli_deficits_equipment"), tr, io);
    }
  }
}

const limits = (rule: DeficitRule) => rule.limits.map((l) => `${l.component}=${l.limit}`).join(",");

/** A table of recorded flags: both deficit columns («Кадровый дефицит», «Инфраструктурный дефицит») are present. */
function isFlagTable(values: readonly (readonly unknown[])[]): boolean {
  const mapping = detectHeaderRow(values, DEFICIT_FIELDS)?.mapping ?? {};
  return mapping.staffing_deficit !== undefined && mapping.infrastructure_deficit !== undefined;
}

function deficitRule(base: DeficitRule, list: string | undefined, option: string, below: string | undefined, belowOption: string, known: readonly string[]): DeficitRule {
  const pairs = keyValueList(list, option);
  for (const p of pairs ?? []) if (!known.includes(p.key)) throw new UsageError(`${option} ${p.key}: one of ${known.join(", ")} was expected`);
  return {
    limits: pairs ? pairs.map((p) => ({ component: p.key, limit: p.value })) : base.limits,
    indexBelow: numberOption(below, belowOption) ?? base.indexBelow,
  };
}

function unavailable(name: string): never {
  throw new UsageError(`--table ${name}: this input is a table of deficit flags; only the municipal table can be written`);
}

function csvTable(name: string, a: ResourceAssessment, table: DeficitTable, d: ResourceDynamics | null, tr: Translate, y?: number): TableSpec {
  if (name === "schools") return deficitSchoolsTable(a, tr);
  if (name === "staffing" || name === "equipment") return resourcesSpec(a, table, tr, y).sheets[name === "staffing" ? 0 : 1].tables[0];
  if (name === "dynamics") {
    if (!d || y === undefined) throw new UsageError("--table dynamics: the data has no previous year, so there are no dynamics");
    return resourceDynamicsSheet(d, y, tr).tables[0];
  }
  return deficitMunicipalityTable(table, tr, y);
}

function printTotals(out: string, t: { schools: number; staffing: number; infrastructure: number; both: number }, y: number | undefined, tr: Translate, io: CliIO): void {
  const summary = tr("cli_deficits_summary", { year: y === undefined ? "" : ` ${y}`, staffing: t.staffing, infrastructure: t.infrastructure, both: t.both, schools: t.schools });
  io.err(tr("cli_written", { path: out, summary }) + "\n");
}
