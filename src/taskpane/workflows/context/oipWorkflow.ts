/**
 * ОИП (Yaroslavl 2020–2022, METHODOLOGY §8): the user's value per school and year → «не достигли целевого значения»,
 * «отрицательный прирост», both, and the share of schools with growth — the core's readOipTable, assessOip and
 * oipSpec, as `shnor context --oip` calls them.
 */
import { assessOip, DEFAULT_OIP_SETTINGS, OIP_FIELDS, type OipRow, readOipTable } from "../../../core/indicators/oip";
import { oipSpec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition, WorkflowTable } from "../types";

export interface OipChoice {
  year: number;
  /** The target value (seed 004: 36); NaN while the typed text is not a number. */
  target: number;
}

export interface OipFlagged {
  schoolId: string;
  schoolName: string;
  municipality: string;
  value: number | null;
  prev: number | null;
}

export interface OipSummary {
  year: number;
  target: number;
  schools: number;
  /** Schools with a value in the year. */
  withValue: number;
  below: number;
  decline: number;
  /** Below the target and declining (the Yaroslavl track-2 criterion), by municipality and id. */
  flagged: OipFlagged[];
  growth: { n: number; m: number; share: number | null };
}

export const oipTable: WorkflowTable<OipRow> = {
  fields: OIP_FIELDS,
  read(matrix, options) {
    const t = readOipTable(matrix, options);
    return { rows: t.rows, problems: t.problems };
  },
  facts: (rows) => ({ rows: rows.length, schools: new Set(rows.map((r) => r.schoolId)).size, years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b) }),
  sourceIntroKey: "fp_source_oip",
};

export function targetProblems(target: number): { key: string }[] {
  return Number.isFinite(target) && target >= 0 ? [] : [{ key: "fp_set_target_invalid" }];
}

export const oipWorkflow: WorkflowDefinition<OipChoice, OipSummary, OipRow> = {
  id: "oip",
  table: oipTable,
  initialSettings(stored, years) {
    const s = stored.oip ?? {};
    const year = s.year !== undefined && years.includes(s.year) ? s.year : years[years.length - 1] ?? new Date().getFullYear();
    return { year, target: s.target ?? DEFAULT_OIP_SETTINGS.target };
  },
  validate(choice, years) {
    const problems: { key: string; params?: Record<string, string | number> }[] = targetProblems(choice.target);
    if (!years.includes(choice.year)) problems.push({ key: "wf_set_year_absent", params: { year: choice.year } });
    return problems;
  },
  store: (stored, choice) => ({ ...stored, oip: { year: choice.year, target: choice.target } }),
  compute(rows, choice, tr) {
    const r = assessOip(rows, choice.year, { target: choice.target });
    return {
      report: oipSpec(r, tr),
      summary: {
        year: r.year, target: r.settings.target, schools: r.schools.length, withValue: r.schools.filter((s) => s.value !== null).length,
        below: r.schools.filter((s) => s.belowTarget === true).length, decline: r.schools.filter((s) => s.decline === true).length,
        flagged: r.schools.filter((s) => s.belowTargetAndDecline === true).map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, value: s.value, prev: s.prev })),
        growth: { ...r.growth },
      },
    };
  },
};
