/**
 * The result sheets of an identification (the ШНОР list, its reasons, the municipal summary and the settings),
 * as host-independent tables: the CLI writes them to .xlsx, the task pane to the open workbook.
 */
import { compareRu, groupBy } from "../collections";
import { findAssessment } from "../catalog/assessments";
import { CLUSTER_LABELS, type Cluster } from "../indicators/clusters";
import type { IdentifyResult, SchoolIdentification } from "../indicators/identify";
import type { IdentifySettings } from "../settings";
import type { CellOut, ReportSpec, SheetSpec, TableSpec } from "./sheet";
import type { Translate } from "./translate";

const label = (id: string) => findAssessment(id)?.label ?? id;
const pct = (share: number | null) => (share === null ? "" : `${(Math.round(share * 1000) / 10).toString().replace(".", ",")} %`);

function lowList(s: SchoolIdentification, year: number): string {
  return (s.low[year] ?? [])
    .map((id) => `${label(id)} (${pct(s.results[year].find((r) => r.assessmentId === id)?.share ?? null)})`)
    .join("; ");
}

export function listTable(result: IdentifyResult, tr: Translate): TableSpec {
  const Y = result.resultsYear;
  const yesNo = (b: boolean) => (b ? tr("rep_yes") : tr("rep_no"));
  return {
    name: `SHNOR_List_${result.listYear}`,
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "schoolId", header: tr("rep_school_id"), format: "text" },
      { key: "schoolName", header: tr("rep_school_name"), width: 40 },
      { key: "locality", header: tr("rep_locality") },
      { key: "shnor", header: tr("rep_shnor", { year: result.listYear }) },
      { key: "rule1", header: tr("rep_rule1") },
      { key: "rule2", header: tr("rep_rule2") },
      { key: "riskZone", header: tr("rep_risk_zone") },
      { key: "cluster", header: tr("rep_cluster") },
      { key: "clusterShare", header: tr("rep_cluster_share"), format: "percent1" },
      { key: "lowY", header: tr("rep_low_in", { year: Y }), width: 50 },
      { key: "lowY1", header: tr("rep_low_in", { year: Y - 1 }), width: 50 },
      { key: "flags", header: tr("rep_flags"), width: 40 },
    ],
    rows: result.schools.map((s): CellOut[] => [
      s.municipality,
      s.schoolId,
      s.schoolName,
      s.locality ? tr(`rep_locality_${s.locality}`) : "",
      yesNo(s.shnor),
      yesNo(s.rule1),
      yesNo(s.rule2),
      yesNo(s.riskZone),
      s.cluster ? CLUSTER_LABELS[s.cluster] : "",
      s.clusterShare,
      lowList(s, Y),
      lowList(s, Y - 1),
      s.flags.map((f) => tr(`flag_${f}`)).join("; "),
    ]),
    rules: [
      { kind: "textEquals", column: "shnor", value: tr("rep_yes"), style: "bad" },
      { kind: "textEquals", column: "riskZone", value: tr("rep_yes"), style: "warning" },
      { kind: "textEquals", column: "cluster", value: CLUSTER_LABELS.strong, style: "strong" },
      { kind: "textEquals", column: "cluster", value: CLUSTER_LABELS.moderate, style: "moderate" },
      { kind: "textEquals", column: "cluster", value: CLUSTER_LABELS.basic, style: "basic" },
    ],
  };
}

/** One row per school × year × evaluated assessment: why each school is (or is not) on the list. */
export function reasonsTable(result: IdentifyResult, tr: Translate): TableSpec {
  const rows: CellOut[][] = [];
  for (const s of result.schools) {
    for (const year of [result.resultsYear, result.resultsYear - 1]) {
      for (const r of s.results[year]) {
        rows.push([
          s.municipality, s.schoolId, s.schoolName, year, label(r.assessmentId), r.participants, r.failed, r.share,
          r.low === null ? tr("rep_not_evaluated") : r.low ? tr("rep_yes") : tr("rep_no"), r.low ? r.exitGap : null,
          [r.smallSample ? tr("flag_small_sample") : "", r.failedFromPercent ? tr("flag_failed_from_percent") : ""].filter(Boolean).join("; "),
        ]);
      }
    }
  }
  return {
    name: `SHNOR_Reasons_${result.listYear}`,
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "schoolId", header: tr("rep_school_id"), format: "text" },
      { key: "schoolName", header: tr("rep_school_name"), width: 40 },
      { key: "year", header: tr("rep_year"), format: "integer" },
      { key: "assessment", header: tr("rep_assessment") },
      { key: "participants", header: tr("rep_participants"), format: "integer" },
      { key: "failed", header: tr("rep_failed"), format: "integer" },
      { key: "share", header: tr("rep_share"), format: "percent1" },
      { key: "low", header: tr("rep_low") },
      { key: "exitGap", header: tr("rep_exit_gap"), format: "integer" },
      { key: "notes", header: tr("rep_notes"), width: 30 },
    ],
    rows,
    rules: [{ kind: "textEquals", column: "low", value: tr("rep_yes"), style: "bad" }, { kind: "dataBar", column: "share" }],
  };
}

export function municipalityTable(result: IdentifyResult, tr: Translate): TableSpec {
  const by = groupBy(result.schools, (s) => s.municipality);
  const clusters: Cluster[] = ["basic", "moderate", "strong"];
  const row = (name: string, list: SchoolIdentification[]): CellOut[] => {
    const shnor = list.filter((s) => s.shnor).length;
    return [
      name, list.length, shnor, list.length ? shnor / list.length : null, list.filter((s) => s.riskZone).length,
      ...clusters.map((c) => list.filter((s) => s.cluster === c).length),
    ];
  };
  const names = [...by.keys()].sort(compareRu);
  return {
    name: `SHNOR_Municipalities_${result.listYear}`,
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "schools", header: tr("rep_schools"), format: "integer" },
      { key: "shnor", header: tr("rep_shnor_count"), format: "integer" },
      { key: "shnorShare", header: tr("rep_shnor_share"), format: "percent1" },
      { key: "riskZone", header: tr("rep_risk_zone"), format: "integer" },
      ...clusters.map((c) => ({ key: c, header: CLUSTER_LABELS[c], format: "integer" as const })),
    ],
    rows: [...names.map((n) => row(n || tr("rep_no_municipality"), by.get(n) ?? [])), row(tr("rep_total"), result.schools)],
    rules: [{ kind: "colorScale", column: "shnorShare", lowIsGood: true }],
    charts: [{ type: "stackedBar", title: tr("chart_shnor_by_municipality"), categoryColumn: "municipality", valueColumns: clusters }],
  };
}

export function settingsLines(settings: IdentifySettings, tr: Translate): string[] {
  return [
    tr("set_assessments", { value: settings.assessments.join(", ") }),
    tr("set_threshold", { value: pct(settings.lowShareThreshold) }),
    tr("set_min_participants", { value: settings.minParticipants }),
    tr("set_small_sample", { value: settings.smallSampleWarnBelow }),
    tr("set_two_year_rule", { value: tr(`set_rule_${settings.twoYearRule}`) }),
    tr("set_ege_math", { value: tr(`set_ege_${settings.egeMathMode}`) }),
    tr("set_cluster", { method: settings.clusterMethod, scope: settings.clusterScope, moderate: pct(settings.clusterModerateFrom), strong: pct(settings.clusterStrongAbove) }),
    tr("set_risk_zone", { value: settings.riskZoneExcludesShnor ? tr("rep_yes") : tr("rep_no") }),
  ];
}

export function identifyReport(result: IdentifyResult, tr: Translate): ReportSpec {
  const notes = [tr("rep_identify_note", { results: result.resultsYear, list: result.listYear }), ...settingsLines(result.settings, tr)];
  const s = result.summary;
  const list: SheetSpec = {
    name: tr("sheet_list", { year: result.listYear }),
    title: tr("title_list", { year: result.listYear, results: result.resultsYear }),
    notes: [tr("rep_identify_summary", { schools: s.schools, shnor: s.shnor, risk: s.riskZone, basic: s.clusters.basic, moderate: s.clusters.moderate, strong: s.clusters.strong }), ...notes],
    tables: [listTable(result, tr)],
  };
  return {
    sheets: [
      list,
      { name: tr("sheet_reasons", { year: result.listYear }), title: tr("title_reasons"), tables: [reasonsTable(result, tr)] },
      { name: tr("sheet_municipalities", { year: result.listYear }), title: tr("title_municipalities", { year: result.listYear }), tables: [municipalityTable(result, tr)] },
    ],
  };
}
