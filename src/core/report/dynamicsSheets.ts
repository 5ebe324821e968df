/**
 * The result sheets of a dynamics analysis: per school × assessment types, the seed-004 distribution tables
 * (all schools, per group, town vs village), the procedures not held, and the cluster transitions.
 */
import { findAssessment } from "../catalog/assessments";
import type { ClusterTransitionReport, TransitionCounts } from "../indicators/clusterTransitions";
import { CLUSTER_LABELS } from "../indicators/clusters";
import { DYNAMICS_LABELS, DYNAMICS_TYPES } from "../indicators/dynamics";
import type { Distribution, DynamicsReport, GroupDistribution } from "../indicators/dynamicsReport";
import type { CellOut, ConditionalRule, ReportSpec, TableSpec } from "./sheet";
import { tableName, type Translate } from "./translate";

const label = (id: string) => findAssessment(id)?.label ?? id;
const share = (n: number, d: number) => (d > 0 ? n / d : null);

const TYPE_STYLES: ConditionalRule[] = [
  { kind: "textEquals", column: "*", value: DYNAMICS_LABELS.positive, style: "good" },
  { kind: "textEquals", column: "*", value: DYNAMICS_LABELS.zero, style: "info" },
  { kind: "textEquals", column: "*", value: DYNAMICS_LABELS.negative, style: "bad" },
  { kind: "textEquals", column: "*", value: DYNAMICS_LABELS.neutral, style: "neutral" },
];

export function schoolDynamicsTable(report: DynamicsReport, tr: Translate): TableSpec {
  const ids = report.assessments;
  return {
    name: `Dynamics_${report.fromYear}_${report.toYear}`,
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "schoolId", header: tr("rep_school_id"), format: "text" },
      { key: "schoolName", header: tr("rep_school_name"), width: 40 },
      { key: "locality", header: tr("rep_locality") },
      ...ids.map((id) => ({ key: id, header: label(id) })),
      { key: "positive", header: tr("rep_positive_result_count"), format: "integer" as const },
    ],
    rows: report.schools.map((s): CellOut[] => [
      s.municipality, s.schoolId, s.schoolName, s.locality ? tr(`rep_locality_${s.locality}`) : "",
      ...ids.map((id) => DYNAMICS_LABELS[s.assessments[id]]),
      ids.filter((id) => s.assessments[id] === "positive" || s.assessments[id] === "zero").length,
    ]),
    rules: ids.flatMap((id) => TYPE_STYLES.map((r) => ({ ...r, column: id }))),
  };
}

/** The seed-004 layout: rows = dynamics types and «показывают положительный результат», columns = assessments. */
export function distributionTable(g: GroupDistribution, ids: readonly string[], name: string, title: string, tr: Translate): TableSpec {
  const cols: { key: string; d: Distribution; header: string }[] = [
    ...ids.map((id) => ({ key: id, d: g.byAssessment[id], header: label(id) })),
    { key: "all", d: g.overall, header: tr("rep_all_assessments") },
  ];
  const typeRows = DYNAMICS_TYPES.map((t): CellOut[] => [DYNAMICS_LABELS[t], ...cols.map((c) => share(c.d.counts[t], c.d.total))]);
  return {
    name: tableName(name),
    title,
    columns: [{ key: "type", header: tr("rep_dynamics_type"), width: 36 }, ...cols.map((c) => ({ key: c.key, header: c.header, format: "percent" as const }))],
    rows: [
      ...typeRows,
      [tr("rep_positive_result"), ...cols.map((c) => share(c.d.positiveResult, c.d.total))],
      [tr("rep_schools_total"), ...cols.map((c) => (c.key === "all" ? g.schools : c.d.total))],
    ],
    rules: [{ kind: "colorScale", column: "all", lowIsGood: false }],
    charts: [{ type: "stackedColumn100", title, categoryColumn: "type", valueColumns: ids.slice() }],
  };
}

/** Town vs village (and groups) side by side, pooled over all assessments, as in seed 004. */
export function splitTable(groups: readonly GroupDistribution[], name: string, title: string, header: (g: GroupDistribution) => string, tr: Translate): TableSpec {
  return {
    name: tableName(name),
    title,
    columns: [{ key: "type", header: tr("rep_dynamics_type"), width: 36 }, ...groups.map((g, i) => ({ key: `g${i}`, header: `${header(g)} (${g.schools})`, format: "percent" as const }))],
    rows: [
      ...DYNAMICS_TYPES.map((t): CellOut[] => [DYNAMICS_LABELS[t], ...groups.map((g) => share(g.overall.counts[t], g.overall.total))]),
      [tr("rep_positive_result"), ...groups.map((g) => share(g.overall.positiveResult, g.overall.total))],
    ],
  };
}

export function notHeldTable(report: DynamicsReport, tr: Translate): TableSpec {
  const n = report.schools.length;
  return {
    name: `Not_Held_${report.fromYear}_${report.toYear}`,
    title: tr("title_not_held"),
    columns: [
      { key: "assessment", header: tr("rep_assessment") },
      { key: "fromCount", header: tr("rep_not_held_in", { year: report.fromYear }), format: "integer" },
      { key: "fromShare", header: "%", format: "percent" },
      { key: "toCount", header: tr("rep_not_held_in", { year: report.toYear }), format: "integer" },
      { key: "toShare", header: "% ", format: "percent" },
    ],
    rows: report.assessments.map((id) => {
      const c = report.summary.notHeld[id];
      return [label(id), c.from, share(c.from, n), c.to, share(c.to, n)];
    }),
  };
}

export function transitionsTable(t: ClusterTransitionReport, tr: Translate): TableSpec {
  const row = (c: TransitionCounts): CellOut[] => [
    c.key || tr("rep_all_schools"), c.improved, c.left, c.positive, share(c.positive, c.inEarlierList), c.unchanged, c.worsened, c.inEarlierList, c.entered,
  ];
  return {
    name: `Cluster_Transitions_${t.fromYear}_${t.toYear}`,
    title: tr("title_transitions", { from: t.fromYear + 1, to: t.toYear + 1 }),
    columns: [
      { key: "group", header: tr("rep_group"), width: 30 },
      { key: "improved", header: tr("rep_tr_improved"), format: "integer" },
      { key: "left", header: tr("rep_tr_left"), format: "integer" },
      { key: "positive", header: tr("rep_tr_positive"), format: "integer" },
      { key: "positiveShare", header: tr("rep_tr_positive_share"), format: "percent" },
      { key: "unchanged", header: tr("rep_tr_unchanged"), format: "integer" },
      { key: "worsened", header: tr("rep_tr_worsened"), format: "integer" },
      { key: "inList", header: tr("rep_tr_in_list"), format: "integer" },
      { key: "entered", header: tr("rep_tr_entered"), format: "integer" },
    ],
    rows: [...t.byGroup.map(row), row(t.all)],
  };
}

export function transitionSchoolsTable(t: ClusterTransitionReport, tr: Translate): TableSpec {
  return {
    name: `Cluster_Moves_${t.fromYear}_${t.toYear}`,
    columns: [
      { key: "municipality", header: tr("rep_municipality") },
      { key: "schoolId", header: tr("rep_school_id"), format: "text" },
      { key: "schoolName", header: tr("rep_school_name"), width: 40 },
      { key: "before", header: tr("rep_cluster_in", { year: t.fromYear + 1 }) },
      { key: "after", header: tr("rep_cluster_in", { year: t.toYear + 1 }) },
      { key: "move", header: tr("rep_move") },
    ],
    rows: t.schools
      .filter((s) => s.move !== "none")
      .map((s) => [s.municipality, s.schoolId, s.schoolName, s.before ? CLUSTER_LABELS[s.before] : "", s.after ? CLUSTER_LABELS[s.after] : "", tr(`move_${s.move}`)]),
    rules: [
      { kind: "textEquals", column: "move", value: tr("move_improved"), style: "good" },
      { kind: "textEquals", column: "move", value: tr("move_left"), style: "good" },
      { kind: "textEquals", column: "move", value: tr("move_worsened"), style: "bad" },
      { kind: "textEquals", column: "move", value: tr("move_entered"), style: "warning" },
    ],
  };
}

export function dynamicsSheets(report: DynamicsReport, transitions: ClusterTransitionReport, tr: Translate): ReportSpec {
  const ids = report.assessments;
  const period = { from: report.fromYear, to: report.toYear };
  const summaryTables: TableSpec[] = [
    distributionTable(report.summary.all, ids, `Dynamics_All_${report.toYear}`, tr("title_dynamics_all", period), tr),
    ...report.summary.byGroup.map((g, i) => distributionTable(g, ids, `Dynamics_Group${i + 1}_${report.toYear}`, tr("title_dynamics_group", { ...period, group: g.key }), tr)),
  ];
  if (report.summary.byLocality.length > 1) {
    summaryTables.push(splitTable(report.summary.byLocality, `Dynamics_Locality_${report.toYear}`, tr("title_dynamics_locality", period), (g) => (g.key ? tr(`rep_locality_${g.key}_plural`) : tr("rep_locality_unknown")), tr));
  }
  if (report.summary.byGroup.length > 1) {
    summaryTables.push(splitTable(report.summary.byGroup, `Dynamics_Groups_${report.toYear}`, tr("title_dynamics_groups", period), (g) => g.key, tr));
  }
  summaryTables.push(notHeldTable(report, tr));
  return {
    sheets: [
      { name: tr("sheet_dynamics", period), title: tr("title_dynamics", period), notes: [tr("rep_dynamics_note")], tables: [schoolDynamicsTable(report, tr)] },
      { name: tr("sheet_dynamics_summary", period), title: tr("title_dynamics_summary", period), tables: summaryTables },
      { name: tr("sheet_transitions", period), title: tr("title_transitions", { from: report.fromYear + 1, to: report.toYear + 1 }), notes: [tr("rep_transitions_note")], tables: [transitionsTable(transitions, tr), transitionSchoolsTable(transitions, tr)] },
    ],
  };
}
