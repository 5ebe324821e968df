/**
 * Staffing and equipment indices from one table holding both component sets (as `shnor deficits` reads a sheet by
 * default), the кадровый and инфраструктурный deficit flags, and the seed-004 table per municipality — the core's
 * assessResources, deficitFlags, resourceDeficitTable and resourcesSpec; with year Y − 1 in the table too, the
 * dynamics of both indices and seed-000 indicators 11–12 — the core's resourceDynamics and resourceDynamicsSheet,
 * as the command computes them.
 */
import { type AnchorPolicy, type IndexInputRow, type IndexScale, selectYear } from "../../../core/indicators/compositeIndex";
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "../../../core/indicators/programmeShare";
import {
  assessResources, deficitFlags, EQUIPMENT_COMPONENTS, resourceDeficitTable, STAFFING_COMPONENTS,
} from "../../../core/indicators/resourceDeficits";
import { hasPreviousYear, type IndexIndicator, resourceDynamics } from "../../../core/indicators/resourceDynamics";
import { resourceDynamicsSheet, resourcesSpec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition } from "../types";
import { extraProblems, type SchoolListSource } from "./extraSource";
import { indexTable } from "./indexTable";

export interface DeficitsChoice {
  year: number | null;
  scale: IndexScale;
  /** Dynamics: year Y scored on Y − 1's statistics (base), or each year on its own scale. */
  anchor: AnchorPolicy;
  /** Leave schools without an index in one of the two years out of m. */
  excludeNotEvaluable: boolean;
  /** The programme year whose seed-000 minimum applies; null → the data year. */
  targetYear: number | null;
  /** The project schools counted in m (as `--cohort-file`); null → every school of either year. */
  cohort: SchoolListSource | null;
}

export interface DeficitsMunicipality {
  municipality: string;
  schools: number;
  staffing: number;
  infrastructure: number;
  both: number;
}

/** Indicator 11 or 12: schools with positive dynamics of the index among m, and the verdict of the target year. */
export interface IndexIndicatorLine {
  indicator: 11 | 12;
  n: number;
  m: number;
  share: number | null;
  counts: { positive: number; negative: number; neutral: number; nodata: number };
  /** The target year's minimum and the verdict; null outside the programme years 2025–2029. */
  target: { year: number; value: number; met: boolean | null } | null;
}

export interface DeficitsSummary {
  year: number | null;
  schools: number;
  staffing: number;
  infrastructure: number;
  both: number;
  /** Schools whose flag could not be decided (a value missing). */
  unknown: number;
  municipalities: DeficitsMunicipality[];
  /** From Y − 1 to Y; null when the table has no year Y − 1. */
  dynamics: { from: number; to: number; staffing: IndexIndicatorLine; equipment: IndexIndicatorLine } | null;
}

/** The programme years a target can be taken from (seed 000). */
export const TARGET_YEARS: readonly number[] = Array.from({ length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 }, (_, k) => PROGRAMME_FIRST_YEAR + k);

/** True when the chosen year has its previous year in the data: then the dynamics (indicators 11–12) are computed. */
export const withDynamics = (year: number | null, years: readonly number[]): boolean => year !== null && years.includes(year - 1);

function line(x: IndexIndicator, indicator: 11 | 12): IndexIndicatorLine {
  const p = x.programme;
  return {
    indicator, n: x.share.n, m: x.share.m, share: x.share.share, counts: { ...x.share.counts },
    target: p ? { year: p.year, value: p.target, met: p.met } : null,
  };
}

export const deficitsWorkflow: WorkflowDefinition<DeficitsChoice, DeficitsSummary, IndexInputRow> = {
  id: "deficits",
  table: indexTable("cp_source_deficits", [...STAFFING_COMPONENTS, ...EQUIPMENT_COMPONENTS]),
  settingsIntroKey: "cp_settings_intro_deficits",
  initialSettings(stored, years) {
    const s = stored.deficits ?? {};
    const targetYear = s.targetYear !== undefined && s.targetYear !== null && TARGET_YEARS.includes(s.targetYear) ? s.targetYear : null;
    return { year: years[years.length - 1] ?? null, scale: s.scale ?? "tScore", anchor: s.anchor ?? "baseYear", excludeNotEvaluable: s.excludeNotEvaluable ?? false, targetYear, cohort: null };
  },
  validate(choice, years) {
    const problems: { key: string; params?: Record<string, string | number> }[] = [];
    if (choice.year !== null && !years.includes(choice.year)) problems.push({ key: "wf_set_year_absent", params: { year: choice.year } });
    if (choice.targetYear !== null && !TARGET_YEARS.includes(choice.targetYear)) problems.push({ key: "fp_set_target_year_outside", params: { year: choice.targetYear, from: PROGRAMME_FIRST_YEAR, to: PROGRAMME_LAST_YEAR } });
    return [...problems, ...extraProblems(choice.cohort, "fp_set_cohort_errors")];
  },
  // The cohort is another table of the workbook, which may be gone by the next run: it is chosen again.
  store: (stored, choice) => ({ ...stored, deficits: { scale: choice.scale, anchor: choice.anchor, excludeNotEvaluable: choice.excludeNotEvaluable, targetYear: choice.targetYear } }),
  compute(rows, choice, tr) {
    const yearRows = choice.year === null ? [...rows] : selectYear(rows, choice.year);
    const a = assessResources(yearRows, yearRows, { staffing: { scale: choice.scale }, equipment: { scale: choice.scale } });
    const table = resourceDeficitTable(deficitFlags(a), { sort: "name" });
    const t = table.total;
    const Y = choice.year;
    const d = Y !== null && hasPreviousYear(rows, Y)
      ? resourceDynamics(rows, rows, { staffing: a.staffing.settings, equipment: a.equipment.settings }, {
        year: Y, anchor: choice.anchor, excludeNotEvaluable: choice.excludeNotEvaluable, targetYear: choice.targetYear ?? Y, schoolIds: choice.cohort?.ids,
      })
      : null;
    const sheets = resourcesSpec(a, table, tr, Y ?? undefined).sheets;
    return {
      report: { sheets: d && Y !== null ? [...sheets, resourceDynamicsSheet(d, Y, tr)] : sheets },
      summary: {
        year: Y, schools: t.schools, staffing: t.staffing, infrastructure: t.infrastructure, both: t.both, unknown: t.unknown,
        municipalities: table.municipalities.map((m) => ({ municipality: m.municipality, schools: m.schools, staffing: m.staffing, infrastructure: m.infrastructure, both: m.both })),
        dynamics: d && Y !== null ? { from: Y - 1, to: Y, staffing: line(d.staffing, 11), equipment: line(d.equipment, 12) } : null,
      },
    };
  },
};
