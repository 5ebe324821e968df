/**
 * Result sheets of the context families — ИСБШ and its risk zone, the staffing and equipment indices and deficits, ОИП,
 * the 2016 federal criteria, «500+» risk profiles, programme dashboards and templates, expertise — as host-independent
 * tables. Texts come from the translator (src/i18n/messages/context.ts); domain labels (risk factors, significance,
 * the seed-004 municipal comparison) stay Russian in every language, as function results do.
 * Every sheet carries the settings that produced it in its notes.
 */
import { compareRu } from "../collections";
import type { CompositeDynamicsResult, CompositeIndexResult, CompositeIndexSettings, IndexComponent, SchoolIndex } from "../indicators/compositeIndex";
import {
  type CriterionPart, type ExpertiseEvaluation, type ExpertiseSummary, PART_WORDS, type Rubric,
} from "../indicators/expertiseRubric";
import type { Federal2016Result } from "../indicators/federal2016";
import type { OipResult } from "../indicators/oip";
import {
  CHANGE_WORDS, COMPARATOR_WORDS, type Dashboard, type ProgrammeTemplate,
} from "../indicators/programmeTemplates";
import type { ResourceAssessment, ResourceIndicatorResult, DeficitCheck, DeficitTable, DeficitMunicipalityRow } from "../indicators/resourceDeficits";
import type { IndexIndicator, ResourceDynamics } from "../indicators/resourceDynamics";
import { RISK_FACTORS, SIGNIFICANCE_ACTIONS, SIGNIFICANCE_LABELS, SIGNIFICANCES, type FactorSplit, type RiskProfileReport } from "../indicators/riskProfiles";
import { MUNICIPAL_COMPARISON_LABELS, type RiskZoneGroup, type RiskZoneSettings, type RiskZoneMunicipality } from "../indicators/riskZone";
import type { SocialIndexAssessment } from "../indicators/socialIndex";
import type { CellOut, ColumnSpec, ReportSpec, SheetSpec, TableSpec } from "./sheet";
import { tableName, type Translate } from "./translate";

const pct = (share: number | null) => (share === null ? "—" : `${(Math.round(share * 1000) / 10).toString().replace(".", ",")} %`);
const num = (x: number | null, digits = 2) => (x === null ? "—" : (Math.round(x * 10 ** digits) / 10 ** digits).toString().replace(".", ","));
const yesNo = (b: boolean | null, tr: Translate) => (b === null ? tr("ctx_rep_unknown") : b ? tr("rep_yes") : tr("rep_no"));
const locality = (l: string | null, tr: Translate) => (l ? tr(`rep_locality_${l}`) : "");

const SCHOOL_COLUMNS = (tr: Translate): ColumnSpec[] => [
  { key: "municipality", header: tr("rep_municipality") },
  { key: "schoolId", header: tr("rep_school_id"), format: "text" },
  { key: "schoolName", header: tr("rep_school_name"), width: 40 },
];

// ---------------------------------------------------------------------------------------------------------------
// Composite indices (ИСБШ, staffing, equipment)

/** How a component value is shown: shares as percent, flags as yes/no, other numbers with two decimals. */
function componentCell(c: IndexComponent, v: number | null, tr: Translate): CellOut {
  if (v === null) return null;
  return c.unit === "flag" ? yesNo(v === 1, tr) : v;
}

function componentColumns(components: readonly IndexComponent[]): ColumnSpec[] {
  return components.map((c) => ({ key: c.key, header: c.label, format: c.unit === "share" ? "percent1" : c.unit === "flag" ? "text" : "decimal2", width: 18 }));
}

/** One row per school: its components, C and the index, and whether it was scored. */
export function compositeIndexTable(result: CompositeIndexResult, name: string, tr: Translate, extra: { columns: ColumnSpec[]; cells: (s: SchoolIndex) => CellOut[] } = { columns: [], cells: () => [] }): TableSpec {
  const components = result.settings.components;
  const schools = [...result.schools].sort((a, b) => compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId));
  return {
    name: tableName(name),
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "locality", header: tr("rep_locality") },
      ...componentColumns(components),
      { key: "composite", header: tr("ctx_rep_composite"), format: "decimal3" },
      { key: "index", header: tr("ctx_rep_index"), format: "decimal1" },
      { key: "status", header: tr("ctx_rep_status") },
      ...extra.columns,
    ],
    rows: schools.map((s): CellOut[] => [
      s.municipality, s.schoolId, s.schoolName, locality(s.locality, tr),
      ...components.map((c) => componentCell(c, s.values[c.key], tr)),
      s.composite, s.index,
      s.status === "complete" ? tr("ctx_rep_status_complete") : s.status === "partial" ? tr("ctx_rep_status_partial", { missing: s.missing.join(", ") }) : tr("ctx_rep_status_excluded", { missing: s.missing.join(", ") }),
      ...extra.cells(s),
    ]),
    rules: [{ kind: "colorScale", column: "index", lowIsGood: false }],
  };
}

export function compositeSettingsLines(settings: CompositeIndexSettings, tr: Translate): string[] {
  return [
    tr("ctx_set_components", { value: settings.components.map((c) => `${c.label} (${c.direction > 0 ? "+" : "−"}${c.weight !== 1 ? `, ${tr("ctx_rep_weight")} ${num(c.weight)}` : ""})`).join("; ") }),
    tr(`ctx_set_scale_${settings.scale}`),
    settings.missing === "exclude" ? tr("ctx_set_missing_exclude") : tr("ctx_set_missing_mean", { min: settings.minComponents, of: settings.components.length }),
    tr(`ctx_set_reference_${settings.reference}`),
  ];
}

export function riskZoneSettingsLines(s: RiskZoneSettings, tr: Translate): string[] {
  return [tr("ctx_set_risk_zone", { quantile: pct(s.quantile), scope: tr(`ctx_set_scope_${s.scope}`), ties: tr(`ctx_set_ties_${s.tieRule}`) })];
}

function zoneGroupLine(g: RiskZoneGroup, tr: Translate): string {
  return tr("ctx_rep_zone_group", { municipality: g.municipality || tr("ctx_rep_region"), n: g.n, nominal: g.nominal, size: g.size, tied: g.tiedAtCutoff, cutoff: num(g.cutoff) });
}

export function riskZoneMunicipalityTable(rows: readonly RiskZoneMunicipality[], total: RiskZoneMunicipality, name: string, tr: Translate): TableSpec {
  const withShnor = total.zoneShnor !== null;
  const row = (r: RiskZoneMunicipality, label: string): CellOut[] => [label, r.zone, r.share, r.schools, ...(withShnor ? [r.zoneShnor] : [])];
  return {
    name: tableName(name),
    title: tr("ctx_title_zone_municipalities"),
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "zone", header: tr("ctx_rep_zone_count"), format: "integer" },
      { key: "share", header: "%", format: "percent" },
      { key: "schools", header: tr("ctx_rep_schools_in_mo"), format: "integer" },
      ...(withShnor ? [{ key: "zoneShnor", header: tr("ctx_rep_zone_shnor"), format: "integer" as const }] : []),
    ],
    rows: [...rows.map((r) => row(r, r.municipality || tr("rep_no_municipality"))), row(total, tr("rep_total"))],
    rules: [{ kind: "dataBar", column: "share" }],
    charts: [{ type: "bar", title: tr("ctx_title_zone_municipalities"), categoryColumn: "municipality", valueColumns: ["zone"] }],
  };
}

/** ИСБШ: the school list with risk zone and municipal comparison, the per-municipality zone table, the settings. */
export function socialIndexSpec(a: SocialIndexAssessment, tr: Translate, year?: number): ReportSpec {
  const by = new Map(a.schools.map((s) => [s.schoolId, s]));
  const list = compositeIndexTable(a.index, `ISBS_${year ?? ""}`, tr, {
    columns: [
      { key: "riskZone", header: tr("ctx_rep_risk_zone") },
      { key: "comparison", header: tr("ctx_rep_comparison") },
      { key: "mrMean", header: tr("ctx_rep_mr_mean"), format: "decimal1" },
    ],
    cells: (s) => {
      const x = by.get(s.schoolId);
      return [yesNo(x?.riskZone ?? null, tr), x?.comparison ? MUNICIPAL_COMPARISON_LABELS[x.comparison] : "", x?.municipalityMean ?? null];
    },
  });
  list.rules = [
    ...(list.rules ?? []),
    { kind: "textEquals", column: "riskZone", value: tr("rep_yes"), style: "warning" },
    { kind: "textEquals", column: "comparison", value: MUNICIPAL_COMPARISON_LABELS.lowest, style: "bad" },
    { kind: "textEquals", column: "comparison", value: MUNICIPAL_COMPARISON_LABELS.above, style: "good" },
  ];
  const notes = [
    ...a.riskZone.groups.map((g) => zoneGroupLine(g, tr)),
    ...compositeSettingsLines(a.settings.index, tr),
    ...riskZoneSettingsLines(a.settings.riskZone, tr),
    tr("ctx_set_comparison_band", { value: num(a.settings.comparison.averageBand) }),
  ];
  const y = year === undefined ? "" : ` ${year}`;
  return {
    sheets: [
      { name: tr("ctx_sheet_isbs", { year: y }), title: tr("ctx_title_isbs", { year: y }), notes, tables: [list] },
      { name: tr("ctx_sheet_zone", { year: y }), title: tr("ctx_title_zone", { year: y }), tables: [riskZoneMunicipalityTable(a.summary.municipalities, a.summary.total, `ISBS_Zone_${year ?? ""}`, tr)] },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Resources

function deficitCell(d: DeficitCheck, tr: Translate): CellOut {
  return yesNo(d.deficit, tr);
}

function reasonsCell(d: DeficitCheck, components: readonly IndexComponent[], tr: Translate): string {
  const label = (k: string) => (k === "index" ? tr("ctx_rep_index") : components.find((c) => c.key === k)?.label ?? k);
  return [...d.reasons.map(label), ...d.unknown.map((k) => tr("ctx_rep_no_value", { what: label(k) }))].join("; ");
}

export function deficitSchoolsTable(a: ResourceAssessment, tr: Translate): TableSpec {
  const st = a.staffing.settings.components;
  const eq = a.equipment.settings.components;
  return {
    name: "Resource_Deficits_Schools",
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "staffingIndex", header: tr("ctx_rep_staffing_index"), format: "decimal1" },
      { key: "equipmentIndex", header: tr("ctx_rep_equipment_index"), format: "decimal1" },
      { key: "staffing", header: tr("ctx_rep_staffing_deficit") },
      { key: "staffingWhy", header: tr("ctx_rep_reasons"), width: 40 },
      { key: "infrastructure", header: tr("ctx_rep_infrastructure_deficit") },
      { key: "infrastructureWhy", header: tr("ctx_rep_reasons"), width: 40 },
    ],
    rows: a.schools.map((s) => [
      s.municipality, s.schoolId, s.schoolName, s.staffingIndex, s.equipmentIndex,
      deficitCell(s.staffing, tr), reasonsCell(s.staffing, st, tr), deficitCell(s.infrastructure, tr), reasonsCell(s.infrastructure, eq, tr),
    ]),
    rules: [
      { kind: "textEquals", column: "staffing", value: tr("rep_yes"), style: "bad" },
      { kind: "textEquals", column: "infrastructure", value: tr("rep_yes"), style: "bad" },
    ],
  };
}

/** The seed-004 table «Ресурсные дефициты школ»: counts and % per municipality, ШНОР count and % of all its schools. */
export function deficitMunicipalityTable(t: DeficitTable, tr: Translate, year?: number): TableSpec {
  const withShnor = t.total.shnor !== null;
  const row = (r: DeficitMunicipalityRow, label: string): CellOut[] => [
    label, r.staffing, r.staffingShare, r.infrastructure, r.infrastructureShare, r.both, r.bothShare, r.schools,
    ...(withShnor ? [r.shnor, r.shnorShare] : []), r.unknown,
  ];
  return {
    name: tableName(`Resource_Deficits_${year ?? ""}`),
    title: tr("ctx_title_deficits", { year: year === undefined ? "" : ` ${year}` }),
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "staffing", header: tr("ctx_rep_staffing_deficits"), format: "integer" },
      { key: "staffingShare", header: "% ", format: "percent" },
      { key: "infrastructure", header: tr("ctx_rep_infrastructure_deficits"), format: "integer" },
      { key: "infrastructureShare", header: "%  ", format: "percent" },
      { key: "both", header: tr("ctx_rep_both_deficits"), format: "integer" },
      { key: "bothShare", header: "%   ", format: "percent" },
      { key: "schools", header: tr("ctx_rep_schools_in_mo"), format: "integer" },
      ...(withShnor ? [{ key: "shnor", header: tr("ctx_rep_shnor_in_mo"), format: "integer" as const }, { key: "shnorShare", header: "%    ", format: "percent" as const }] : []),
      { key: "unknown", header: tr("ctx_rep_flags_unknown"), format: "integer" },
    ],
    rows: [...t.municipalities.map((r) => row(r, r.municipality || tr("rep_no_municipality"))), row(t.total, tr("rep_total"))],
    rules: [{ kind: "colorScale", column: "bothShare", lowIsGood: true }, ...(withShnor ? [{ kind: "colorScale" as const, column: "shnorShare", lowIsGood: true }] : [])],
  };
}

export function deficitSettingsLines(a: ResourceAssessment, tr: Translate): string[] {
  const describe = (rule: ResourceAssessment["deficits"]["staffing"], components: readonly IndexComponent[]) => [
    ...rule.limits.map((l) => {
      const c = components.find((x) => x.key === l.component);
      const value = c?.unit === "share" ? pct(l.limit) : c?.unit === "flag" ? yesNo(l.limit === 1, tr) : num(l.limit);
      return `${c?.label ?? l.component} ${c && c.direction > 0 ? "<" : ">"} ${value}`;
    }),
    ...(rule.indexBelow === null ? [] : [`${tr("ctx_rep_index")} < ${num(rule.indexBelow)}`]),
  ].join(tr("ctx_rep_or"));
  return [
    tr("ctx_set_staffing_deficit", { rule: describe(a.deficits.staffing, a.staffing.settings.components) || "—" }),
    tr("ctx_set_infrastructure_deficit", { rule: describe(a.deficits.infrastructure, a.equipment.settings.components) || "—" }),
  ];
}

/** Per school: the index in both years and the dynamics, with the indicator's verdict in the title. */
export function indexDynamicsTable(d: CompositeDynamicsResult, name: string, tr: Translate, indicator?: ResourceIndicatorResult): TableSpec {
  return {
    name: tableName(name),
    title: indicator ? tr("ctx_title_index_indicator", { no: indicator.indicator, n: indicator.n, m: indicator.m, share: pct(indicator.share), target: pct(indicator.target), verdict: yesNo(indicator.met, tr) }) : undefined,
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "prev", header: tr("ctx_rep_index_in", { year: d.year - 1 }), format: "decimal1" },
      { key: "cur", header: tr("ctx_rep_index_in", { year: d.year }), format: "decimal1" },
      { key: "type", header: tr("ctx_rep_dynamics") },
    ],
    rows: d.schools.map((s) => [s.municipality, s.schoolId, s.schoolName, s.prev, s.cur, tr(`ctx_dyn_${s.type}`)]),
    rules: [
      { kind: "textEquals", column: "type", value: tr("ctx_dyn_positive"), style: "good" },
      { kind: "textEquals", column: "type", value: tr("ctx_dyn_negative"), style: "bad" },
    ],
  };
}

export function resourcesSpec(a: ResourceAssessment, deficits: DeficitTable, tr: Translate, year?: number): ReportSpec {
  const y = year === undefined ? "" : ` ${year}`;
  return {
    sheets: [
      { name: tr("ctx_sheet_staffing", { year: y }), title: tr("ctx_title_staffing", { year: y }), notes: compositeSettingsLines(a.staffing.settings, tr), tables: [compositeIndexTable(a.staffing, `Staffing_Index_${year ?? ""}`, tr)] },
      { name: tr("ctx_sheet_equipment", { year: y }), title: tr("ctx_title_equipment", { year: y }), notes: compositeSettingsLines(a.equipment.settings, tr), tables: [compositeIndexTable(a.equipment, `Equipment_Index_${year ?? ""}`, tr)] },
      { name: tr("ctx_sheet_deficits", { year: y }), title: tr("ctx_title_deficits", { year: y }), notes: deficitSettingsLines(a, tr), tables: [deficitMunicipalityTable(deficits, tr, year), deficitSchoolsTable(a, tr)] },
    ],
  };
}

/** The verdict of indicator 11 or 12 as the dynamics table's title states it; none outside the programme years. */
function indicatorOf(x: IndexIndicator): ResourceIndicatorResult | undefined {
  return x.programme ? { ...x.programme, dynamics: x.share, anchor: x.dynamics.anchor } : undefined;
}

/** Seed-000 indicators 11–12: both indices' dynamics from `year − 1` to `year`, per school, with their verdicts. */
export function resourceDynamicsSheet(d: ResourceDynamics, year: number, tr: Translate): SheetSpec {
  const excluded = d.staffing.share.excludeNotEvaluable;
  return {
    name: tr("ctx_sheet_index_dynamics", { year }),
    title: tr("ctx_title_index_dynamics", { from: year - 1, to: year }),
    notes: [
      tr(`ctx_note_anchor_${d.staffing.dynamics.anchor}`, { from: year - 1, to: year }),
      tr("ctx_note_cohort", { count: d.staffing.share.m, excluded: excluded ? tr("ctx_note_excluded") : "" }),
    ],
    tables: [
      indexDynamicsTable(d.staffing.dynamics, `Staffing_Dynamics_${year}`, tr, indicatorOf(d.staffing)),
      indexDynamicsTable(d.equipment.dynamics, `Equipment_Dynamics_${year}`, tr, indicatorOf(d.equipment)),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// ОИП

export function oipSpec(r: OipResult, tr: Translate): ReportSpec {
  const table: TableSpec = {
    name: `OIP_${r.year}`,
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "prev", header: tr("ctx_rep_oip_in", { year: r.year - 1 }), format: "decimal1" },
      { key: "value", header: tr("ctx_rep_oip_in", { year: r.year }), format: "decimal1" },
      { key: "below", header: tr("ctx_rep_oip_below", { target: num(r.settings.target) }) },
      { key: "decline", header: tr("ctx_rep_oip_decline") },
      { key: "both", header: tr("ctx_rep_oip_both") },
    ],
    rows: r.schools.map((s) => [s.municipality, s.schoolId, s.schoolName, s.prev, s.value, yesNo(s.belowTarget, tr), yesNo(s.decline, tr), yesNo(s.belowTargetAndDecline, tr)]),
    rules: [{ kind: "textEquals", column: "both", value: tr("rep_yes"), style: "bad" }],
  };
  return {
    sheets: [{
      name: tr("ctx_sheet_oip", { year: r.year }), title: tr("ctx_title_oip", { year: r.year }),
      notes: [tr("ctx_rep_oip_legacy"), tr("ctx_rep_oip_growth", { n: r.growth.n, m: r.growth.m, share: pct(r.growth.share) }), tr("ctx_set_oip_target", { value: num(r.settings.target) })],
      tables: [table],
    }],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2016 federal criteria

export function federal2016Spec(r: Federal2016Result, tr: Translate, year?: number): ReportSpec {
  const s = r.settings;
  const table: TableSpec = {
    name: tableName(`Federal_2016_${year ?? ""}`),
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "composite", header: tr("ctx_rep_results_composite"), format: "decimal1" },
      { key: "lowResults", header: tr("ctx_rep_low_results", { quantile: pct(s.bottomQuantile) }) },
      { key: "maxGap", header: tr("ctx_rep_max_gap"), format: "decimal1" },
      { key: "largeGap", header: tr("ctx_rep_large_gap", { threshold: num(s.gapThreshold) }) },
      { key: "olympiad", header: tr("ctx_rep_olympiad_share"), format: "percent1" },
      { key: "lowOlympiad", header: tr("ctx_rep_low_olympiad", { threshold: pct(s.olympiadThreshold) }) },
      { key: "shnro", header: tr("ctx_rep_shnro") },
      { key: "isbs", header: tr("ctx_rep_isbs"), format: "decimal1" },
      { key: "lowIsbs", header: tr("ctx_rep_low_isbs", { quantile: pct(s.bottomQuantile) }) },
      { key: "hardToReach", header: tr("ctx_rep_hard_to_reach") },
      { key: "unemployment", header: tr("ctx_rep_high_unemployment", { k: num(s.unemploymentFactor) }) },
      { key: "shnsu", header: tr("ctx_rep_shnsu") },
    ],
    rows: r.schools.map((x) => [
      x.municipality, x.schoolId, x.schoolName, x.composite, yesNo(x.lowResults, tr),
      x.gaps.length ? Math.max(...x.gaps.map((g) => g.gap)) : null, yesNo(x.largeGap, tr),
      x.olympiadShare, yesNo(x.lowOlympiad, tr), yesNo(x.shnro, tr),
      x.socialIndex, yesNo(x.lowSocialIndex, tr), yesNo(x.hardToReach, tr), yesNo(x.highUnemployment, tr), yesNo(x.shnsu, tr),
    ]),
    rules: [
      { kind: "textEquals", column: "shnro", value: tr("rep_yes"), style: "bad" },
      { kind: "textEquals", column: "shnsu", value: tr("rep_yes"), style: "warning" },
    ],
  };
  const notes = [
    tr(`ctx_rep_composite_${r.compositeSource}`),
    tr("ctx_set_federal", { quantile: pct(s.bottomQuantile), gap: num(s.gapThreshold), rule: tr(`ctx_set_gap_${s.gapRule}`), olympiad: pct(s.olympiadThreshold), k: num(s.unemploymentFactor), min: s.shnroMinCriteria }),
    tr("ctx_set_region_unemployment", { value: s.regionUnemployment === null ? "—" : num(s.regionUnemployment, 4) }),
    tr("ctx_set_ties", { value: tr(`ctx_set_ties_${s.tieRule}`) }),
  ];
  return { sheets: [{ name: tr("ctx_sheet_federal"), title: tr("ctx_title_federal"), notes, tables: [table] }] };
}

// ---------------------------------------------------------------------------------------------------------------
// «500+» risk profiles

export function riskSchoolsTable(r: RiskProfileReport, tr: Translate): TableSpec {
  return {
    name: "Risk_Profiles_Schools",
    columns: [
      ...SCHOOL_COLUMNS(tr),
      { key: "locality", header: tr("rep_locality") },
      { key: "stayed", header: tr("ctx_rep_stayed") },
      { key: "high", header: SIGNIFICANCE_LABELS.high, format: "integer" },
      { key: "medium", header: SIGNIFICANCE_LABELS.medium, format: "integer" },
      { key: "low", header: SIGNIFICANCE_LABELS.low, format: "integer" },
      { key: "missing", header: tr("ctx_rep_not_given"), format: "integer" },
      { key: "highFactors", header: tr("ctx_rep_high_factors"), width: 50 },
    ],
    rows: r.schools.map((s) => [
      s.municipality, s.schoolId, s.schoolName, locality(s.locality, tr), yesNo(s.stayedInList, tr), s.high, s.medium, s.low, s.missing,
      s.highFactors.map((no) => `${no}. ${RISK_FACTORS[no - 1].title}`).join("; "),
    ]),
    rules: [{ kind: "dataBar", column: "high" }],
  };
}

export function riskFactorsTable(r: RiskProfileReport, tr: Translate): TableSpec {
  return {
    name: "Risk_Factors_Top",
    title: tr("ctx_title_risk_top", { n: r.settings.topN, level: tr(`ctx_rep_counted_${r.settings.counted}`) }),
    columns: [
      { key: "rank", header: tr("ctx_rep_rank"), format: "integer" },
      { key: "factor", header: tr("ctx_rep_factor"), width: 60 },
      { key: "counted", header: tr("ctx_rep_counted"), format: "integer" },
      { key: "evaluated", header: tr("ctx_rep_evaluated"), format: "integer" },
      { key: "share", header: tr("ctx_rep_share_schools"), format: "percent" },
      { key: "top", header: tr("ctx_rep_top", { n: r.settings.topN }) },
    ],
    rows: r.factors.map((f) => [f.rank, `${f.factor.no}. ${f.factor.title}`, f.counted, f.evaluated, f.share, f.top ? tr("rep_yes") : ""]),
    rules: [{ kind: "textEquals", column: "top", value: tr("rep_yes"), style: "bad" }, { kind: "dataBar", column: "share" }],
    charts: [{ type: "bar", title: tr("ctx_title_risk_top", { n: r.settings.topN, level: tr(`ctx_rep_counted_${r.settings.counted}`) }), categoryColumn: "factor", valueColumns: ["share"] }],
  };
}

export function riskSplitTable(rows: readonly FactorSplit[], name: string, title: string, a: string, b: string, tr: Translate): TableSpec {
  return {
    name: tableName(name),
    title,
    columns: [
      { key: "factor", header: tr("ctx_rep_factor"), width: 60 },
      { key: "a", header: a, format: "percent" },
      { key: "aN", header: tr("ctx_rep_of_schools"), format: "text" },
      { key: "b", header: b, format: "percent" },
      { key: "bN", header: tr("ctx_rep_of_schools") + " ", format: "text" },
      { key: "difference", header: tr("ctx_rep_difference_pp"), format: "decimal1" },
    ],
    rows: rows.map((x) => [
      `${x.factor.no}. ${x.factor.title}`, x.a.share, `${x.a.counted}/${x.a.evaluated}`, x.b.share, `${x.b.counted}/${x.b.evaluated}`,
      x.difference === null ? null : Math.round(x.difference * 1000) / 10,
    ]),
    rules: [{ kind: "colorScale", column: "difference", lowIsGood: true }],
  };
}

export function arpTable(r: RiskProfileReport, tr: Translate): TableSpec | undefined {
  if (!r.arp) return undefined;
  return {
    name: "Risk_ARP_Left_Stayed",
    title: tr("ctx_title_arp"),
    columns: [
      { key: "factor", header: tr("ctx_rep_factor"), width: 60 },
      { key: "left", header: tr("ctx_rep_arp_left", { n: r.counts.left }), format: "integer" },
      { key: "leftShare", header: "%", format: "percent" },
      { key: "stayed", header: tr("ctx_rep_arp_stayed", { n: r.counts.stayed }), format: "integer" },
      { key: "stayedShare", header: "% ", format: "percent" },
    ],
    rows: r.arp.map((x) => [`${x.factor.no}. ${x.factor.title}`, x.left.counted, x.left.share, x.stayed.counted, x.stayed.share]),
  };
}

export function riskProfilesSpec(r: RiskProfileReport, tr: Translate): ReportSpec {
  const legend = SIGNIFICANCES.map((lv) => `${SIGNIFICANCE_LABELS[lv]} — ${SIGNIFICANCE_ACTIONS[lv]}`);
  const c = r.counts;
  const summary: TableSpec[] = [
    riskFactorsTable(r, tr),
    riskSplitTable(r.byLocality, "Risk_Urban_Rural", tr("ctx_title_risk_locality"), tr("rep_locality_urban_plural") + ` (${c.urban})`, tr("rep_locality_rural_plural") + ` (${c.rural})`, tr),
    riskSplitTable(r.byListStatus, "Risk_Left_Stayed", tr("ctx_title_risk_list"), tr("ctx_rep_left", { n: c.left }), tr("ctx_rep_stayed_n", { n: c.stayed }), tr),
  ];
  const arp = arpTable(r, tr);
  if (arp) summary.push(arp);
  return {
    sheets: [
      { name: tr("ctx_sheet_risk_schools"), title: tr("ctx_title_risk_schools"), notes: [tr("ctx_rep_significance_legend"), ...legend], tables: [riskSchoolsTable(r, tr)] },
      { name: tr("ctx_sheet_risk_factors"), title: tr("ctx_title_risk_factors"), notes: [tr("ctx_set_risk", { n: r.settings.topN, level: tr(`ctx_rep_counted_${r.settings.counted}`) })], tables: summary },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Programme dashboards and templates

export function dashboardTable(d: Dashboard, tr: Translate): TableSpec {
  const basis = (r: Dashboard["rows"][number]) => (r.basis === "target" ? `${COMPARATOR_WORDS[r.comparator]} ${pct(r.target)}` : r.basis === "change" ? tr(`ctx_rep_expected_${r.expected}`) : "");
  return {
    name: tableName(`Dashboard_${d.templateId}_${d.year}`),
    title: d.templateTitle,
    columns: [
      { key: "id", header: tr("ctx_rep_code"), format: "text" },
      { key: "title", header: tr("ctx_rep_indicator"), width: 70 },
      { key: "n", header: "n", format: "integer" },
      { key: "m", header: "m", format: "integer" },
      { key: "value", header: tr("ctx_rep_value"), format: "percent1" },
      { key: "target", header: tr("ctx_rep_target"), format: "percent" },
      { key: "prev", header: tr("ctx_rep_prev_value"), format: "percent1" },
      { key: "verdict", header: tr("ctx_rep_verdict") },
      { key: "basis", header: tr("ctx_rep_basis"), width: 24 },
    ],
    rows: d.rows.map((r) => [r.id, r.title, r.n, r.m, r.value, r.target, r.prevValue, tr(`ctx_verdict_${r.verdict}`), basis(r)]),
    rules: [
      { kind: "textEquals", column: "verdict", value: tr("ctx_verdict_met"), style: "good" },
      { kind: "textEquals", column: "verdict", value: tr("ctx_verdict_notMet"), style: "bad" },
      { kind: "textEquals", column: "verdict", value: tr("ctx_verdict_noData"), style: "neutral" },
      { kind: "textEquals", column: "verdict", value: tr("ctx_verdict_noTarget"), style: "info" },
      { kind: "dataBar", column: "value" },
    ],
  };
}

export function dashboardSpec(d: Dashboard, tr: Translate): ReportSpec {
  const c = d.counts;
  return {
    sheets: [{
      name: tr("ctx_sheet_dashboard", { year: d.year }), title: tr("ctx_title_dashboard", { year: d.year }),
      notes: [tr("ctx_rep_dashboard_counts", { met: c.met, notMet: c.notMet, noTarget: c.noTarget, noData: c.noData }), tr("ctx_rep_dashboard_note")],
      tables: [dashboardTable(d, tr)],
    }],
  };
}

/** A template as an editable sheet; its headers are aliases of TEMPLATE_FIELDS, so `readProgrammeTemplate` reads it back. */
export function templateTable(t: ProgrammeTemplate, tr: Translate): TableSpec {
  const rows: CellOut[][] = [];
  for (const i of t.indicators) {
    const base = (year: number | null, target: number | null): CellOut[] => [
      i.id, i.title, i.denominator, year, target, COMPARATOR_WORDS[i.comparator], i.expected ? CHANGE_WORDS[i.expected] : "", i.note,
    ];
    if (i.targets.length === 0) rows.push(base(null, null));
    for (const x of i.targets) rows.push(base(x.year, x.value));
  }
  return {
    name: tableName(`Template_${t.id}`),
    title: `${t.title} — ${t.source}`,
    columns: [
      { key: "id", header: tr("ctx_tpl_id"), format: "text" },
      { key: "title", header: tr("ctx_tpl_title"), width: 70 },
      { key: "denominator", header: tr("ctx_tpl_denominator"), width: 40 },
      { key: "year", header: tr("ctx_tpl_year"), format: "integer" },
      { key: "target", header: tr("ctx_tpl_target"), format: "percent" },
      { key: "comparator", header: tr("ctx_tpl_comparator") },
      { key: "expected", header: tr("ctx_tpl_expected") },
      { key: "note", header: tr("ctx_tpl_note"), width: 40 },
    ],
    rows,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Expertise

const level = (x: { level: number | null }) => x.level;

export function expertiseTable(s: ExpertiseSummary, tr: Translate): TableSpec {
  return {
    name: tableName(`Expertise_${s.year}`),
    columns: [
      { key: "object", header: tr("ctx_rep_object"), width: 30 },
      { key: "points", header: tr("ctx_rep_points"), format: "decimal1" },
      { key: "max", header: tr("ctx_rep_max_points"), format: "decimal1" },
      { key: "level", header: tr("ctx_rep_level"), format: "percent1" },
      { key: "mechanisms", header: tr("ctx_rep_level_mechanisms"), format: "percent1" },
      { key: "formed", header: tr("ctx_rep_formed", { threshold: pct(s.settings.mechanismsThreshold) }) },
      { key: "implementation", header: tr("ctx_rep_level_implementation"), format: "percent1" },
      { key: "implemented", header: tr("ctx_rep_implemented", { threshold: pct(s.settings.implementationThreshold) }) },
      { key: "unscored", header: tr("ctx_rep_unscored"), width: 30 },
    ],
    rows: s.evaluations.map((e: ExpertiseEvaluation) => [
      e.object, e.total.points, e.total.max, level(e.total), level(e.mechanisms), yesNo(e.mechanismsFormed, tr), level(e.implementation), yesNo(e.measuresImplemented, tr), e.unscored.join(", "),
    ]),
    rules: [
      { kind: "textEquals", column: "formed", value: tr("rep_yes"), style: "good" },
      { kind: "textEquals", column: "formed", value: tr("rep_no"), style: "bad" },
      { kind: "textEquals", column: "implemented", value: tr("rep_yes"), style: "good" },
      { kind: "textEquals", column: "implemented", value: tr("rep_no"), style: "bad" },
    ],
  };
}

export function expertiseSectionsTable(s: ExpertiseSummary, tr: Translate): TableSpec {
  const sections = s.evaluations[0]?.sections ?? [];
  return {
    name: tableName(`Expertise_Sections_${s.year}`),
    title: tr("ctx_title_expertise_sections"),
    columns: [{ key: "object", header: tr("ctx_rep_object"), width: 30 }, ...sections.map((x) => ({ key: `s${x.id}`, header: `${x.id}. ${x.title}`, format: "percent" as const, width: 22 }))],
    rows: s.evaluations.map((e) => [e.object, ...e.sections.map(level)]),
    rules: sections.map((x) => ({ kind: "colorScale" as const, column: `s${x.id}`, lowIsGood: false })),
  };
}

export function expertiseIndicatorsTable(s: ExpertiseSummary, tr: Translate): TableSpec {
  return {
    name: tableName(`Expertise_Indicators_${s.year}`),
    title: tr("ctx_title_expertise_indicators", { year: s.year }),
    columns: [
      { key: "indicator", header: "№", format: "integer" },
      { key: "title", header: tr("ctx_rep_indicator"), width: 70 },
      { key: "n", header: "n", format: "integer" },
      { key: "m", header: "m", format: "integer" },
      { key: "share", header: tr("ctx_rep_value"), format: "percent1" },
      { key: "target", header: tr("ctx_rep_target"), format: "percent" },
      { key: "met", header: tr("ctx_rep_verdict") },
    ],
    rows: [s.mechanisms, s.implementation].map((x) => [x.indicator, x.title, x.n, x.m, x.share, x.target, x.met === null ? tr("ctx_verdict_noTarget") : tr(x.met ? "ctx_verdict_met" : "ctx_verdict_notMet")]),
    rules: [
      { kind: "textEquals", column: "met", value: tr("ctx_verdict_met"), style: "good" },
      { kind: "textEquals", column: "met", value: tr("ctx_verdict_notMet"), style: "bad" },
    ],
  };
}

export function expertiseSpec(s: ExpertiseSummary, tr: Translate): ReportSpec {
  const notes = [tr("ctx_set_expertise", { mechanisms: pct(s.settings.mechanismsThreshold), implementation: pct(s.settings.implementationThreshold), basis: tr(`ctx_set_basis_${s.settings.levelBasis}`) })];
  return {
    sheets: [{ name: tr("ctx_sheet_expertise", { year: s.year }), title: tr("ctx_title_expertise", { year: s.year }), notes, tables: [expertiseIndicatorsTable(s, tr), expertiseTable(s, tr), expertiseSectionsTable(s, tr)] }],
  };
}

/** A rubric as an editable sheet (and, with object columns, the template experts fill in); `readRubric` reads it back. */
export function rubricTable(r: Rubric, tr: Translate, objects: readonly string[] = []): TableSpec {
  const part = (p: CriterionPart | null) => (p ? PART_WORDS[p] : "");
  return {
    name: tableName(`Rubric_${r.id}`),
    title: r.title,
    columns: [
      { key: "section", header: tr("ctx_rub_section"), width: 36 },
      { key: "criterion_id", header: tr("ctx_rub_id"), format: "text" },
      { key: "criterion", header: tr("ctx_rub_criterion"), width: 80 },
      { key: "max_points", header: tr("ctx_rub_max"), format: "decimal1" },
      { key: "part", header: tr("ctx_rub_part") },
      ...objects.map((o, i) => ({ key: `o${i}`, header: o, format: "decimal1" as const })),
    ],
    rows: r.sections.flatMap((s) => s.criteria.map((c): CellOut[] => [`${s.id}. ${s.title}`, c.id, c.text, c.maxPoints, part(c.part), ...objects.map(() => null)])),
  };
}
