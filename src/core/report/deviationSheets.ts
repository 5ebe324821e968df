/**
 * The result sheets of the ГИА deviation: per school R and R − 1 over the window ending Y, the cells used and
 * skipped, the previous window and the dynamics, with the programme share n/m (seed 000 indicator 4); and every
 * cell of the window with its school and region means.
 */
import type { GiaDeviation, GiaSkipReason } from "../indicators/giaDeviation";
import type { DeviationAnalysis } from "./deviationAnalysis";
import { dynamicsLabel, procedureText, programmeTable, schoolColumns, subjectText } from "./indicesSheets";
import type { SchoolInfo } from "./indicesAnalysis";
import type { CellOut, ReportSpec, TableSpec } from "./sheet";
import type { Translate } from "./translate";

const span = (years: readonly number[]) => `${years[0]}–${years[years.length - 1]}`;

function infoOf(a: DeviationAnalysis): Map<string, SchoolInfo> {
  return new Map(a.schools.map((s) => [s.schoolId, { schoolName: s.current.schoolName || s.previous.schoolName, municipality: "" }]));
}

export function deviationTable(a: DeviationAnalysis, tr: Translate): TableSpec {
  const school = schoolColumns(infoOf(a), tr);
  const w = span(a.window);
  const p = span(a.previousWindow);
  return {
    name: `GIA_Deviation_${a.year}`,
    columns: [
      ...school.columns,
      { key: "cells", header: tr("rep_dev_cells"), format: "integer" },
      { key: "skipped", header: tr("rep_dev_skipped"), format: "integer" },
      { key: "r", header: tr("rep_dev_r", { window: w }), format: "decimal3" },
      { key: "deviation", header: tr("rep_dev_deviation", { window: w }), format: "percent1" },
      { key: "prevCells", header: tr("rep_dev_cells_in", { window: p }), format: "integer" },
      { key: "prevDeviation", header: tr("rep_dev_deviation", { window: p }), format: "percent1" },
      { key: "dynamics", header: tr("rep_dev_dynamics") },
    ],
    rows: a.schools.map((s): CellOut[] => [
      ...school.cells(s.schoolId), s.current.cells.length, s.current.skipped.length, s.current.meanRatio, s.current.deviation,
      s.previous.cells.length, s.previous.deviation, dynamicsLabel(s.type),
    ]),
    rules: [
      { kind: "textEquals", column: "dynamics", value: dynamicsLabel("positive"), style: "good" },
      { kind: "textEquals", column: "dynamics", value: dynamicsLabel("negative"), style: "bad" },
      { kind: "textEquals", column: "dynamics", value: dynamicsLabel("neutral"), style: "neutral" },
      { kind: "colorScale", column: "deviation", lowIsGood: false },
    ],
  };
}

/** Every cell of the window ending Y: exam, subject, year, the two means and their ratio. */
export function deviationCellsTable(a: DeviationAnalysis, tr: Translate): TableSpec {
  return {
    name: `GIA_Cells_${a.year}`,
    columns: [
      { key: "schoolId", header: tr("rep_school_id"), format: "text" },
      ...cellKeyColumns(tr),
      { key: "schoolMean", header: tr("rep_dev_school_mean"), format: "decimal2" },
      { key: "regionMean", header: tr("rep_dev_region_mean"), format: "decimal2" },
      { key: "ratio", header: tr("rep_dev_ratio"), format: "decimal3" },
    ],
    rows: a.schools.flatMap((s) => s.current.cells.map((c): CellOut[] => [s.schoolId, procedureText(c.exam), subjectText(c.subject, c.level), c.year, c.schoolMean, c.regionMean, c.ratio])),
  };
}

/** Cells of either window left out because the region mean is missing or zero. */
export function skippedCellsTable(a: DeviationAnalysis, tr: Translate): TableSpec {
  const rows = (d: GiaDeviation) => d.skipped.map((k): CellOut[] => [d.schoolId, procedureText(k.exam), subjectText(k.subject, k.level), k.year, skipReason(k.reason, tr)]);
  const seen = new Set<string>();
  return {
    name: `GIA_Skipped_${a.year}`,
    title: tr("title_dev_skipped"),
    columns: [{ key: "schoolId", header: tr("rep_school_id"), format: "text" }, ...cellKeyColumns(tr), { key: "reason", header: tr("rep_dev_reason"), width: 36 }],
    // The windows overlap: a cell of both is listed once.
    rows: a.schools.flatMap((s) => [...rows(s.current), ...rows(s.previous)]).filter((r) => {
      const key = r.slice(0, 4).join("|");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

const cellKeyColumns = (tr: Translate) => [
  { key: "exam", header: tr("rep_dev_exam") },
  { key: "subject", header: tr("rep_idx_subject"), width: 24 },
  { key: "year", header: tr("rep_year"), format: "integer" as const },
];

const skipReason = (reason: GiaSkipReason, tr: Translate) => tr(reason === "gia_region_mean_zero" ? "rep_dev_region_zero" : "rep_dev_region_missing");

export function deviationNotes(a: DeviationAnalysis, tr: Translate): string[] {
  const s = a.settings;
  return [
    tr("rep_dev_note", { window: span(a.window), previous: span(a.previousWindow) }),
    tr(`rep_dev_source_${a.source}`),
    tr("rep_dev_settings", {
      years: s.windowYears, base: tr(s.includeEgeBase ? "rep_yes" : "rep_no"), tolerance: s.tolerance,
      m: s.schoolIds ? tr("rep_idx_cohort", { count: s.schoolIds.length }) : tr("rep_dev_all_schools"),
      nodata: tr(s.excludeNotEvaluable ? "rep_idx_nodata_excluded" : "rep_idx_nodata_included"), target: s.targetYear,
    }),
  ];
}

export function deviationSheets(a: DeviationAnalysis, tr: Translate): ReportSpec {
  const programme = programmeTable(`Programme_Deviation_${a.year}`, [{ label: tr("rep_dev_programme"), d: a }], tr);
  const skipped = skippedCellsTable(a, tr);
  return {
    sheets: [
      { name: tr("sheet_dev", { year: a.year }), title: tr("title_dev", { window: span(a.window) }), notes: deviationNotes(a, tr), tables: [programme, deviationTable(a, tr)] },
      { name: tr("sheet_dev_cells", { year: a.year }), title: tr("title_dev_cells", { window: span(a.window) }), tables: skipped.rows.length > 0 ? [deviationCellsTable(a, tr), skipped] : [deviationCellsTable(a, tr)] },
    ],
  };
}
