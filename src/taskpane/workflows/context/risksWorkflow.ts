/**
 * «500+» risk profiles: significance per school × factor (long or wide) → high risks per school, the top factors,
 * town vs village — the core's readRiskProfileTable, riskProfileReport and riskProfilesSpec, as `shnor risks` calls them.
 */
import { type RiskLevelCounted, type RiskProfileSchool, readRiskProfileTable, RISK_PROFILE_FIELDS, riskProfileReport } from "../../../core/indicators/riskProfiles";
import { riskProfilesSpec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition, WorkflowTable } from "../types";

export interface RisksChoice {
  /** 1–10: how many factors the top list names (ties with the last are included). */
  topN: number;
  counted: RiskLevelCounted;
}

export interface TopFactor {
  no: number;
  title: string;
  share: number | null;
}

export interface RisksSummary {
  schools: number;
  urban: number;
  rural: number;
  /** Schools with at least one factor of high significance. */
  withHigh: number;
  top: TopFactor[];
  counted: RiskLevelCounted;
}

export const riskTable: WorkflowTable<RiskProfileSchool> = {
  fields: RISK_PROFILE_FIELDS,
  read(matrix, options) {
    const t = readRiskProfileTable(matrix, options);
    return { rows: t.schools, problems: t.problems };
  },
  facts: (rows) => ({ rows: rows.length, schools: rows.length, years: [] }),
  sourceIntroKey: "cp_source_risks",
};

export const TOP_RANGE = { min: 1, max: 10 } as const;

export const risksWorkflow: WorkflowDefinition<RisksChoice, RisksSummary, RiskProfileSchool> = {
  id: "risks",
  table: riskTable,
  initialSettings(stored) {
    return { topN: stored.risks?.topN ?? 5, counted: stored.risks?.counted ?? "high" };
  },
  validate(choice) {
    return Number.isInteger(choice.topN) && choice.topN >= TOP_RANGE.min && choice.topN <= TOP_RANGE.max ? [] : [{ key: "cp_set_top_range" }];
  },
  store: (stored, choice) => ({ ...stored, risks: { topN: choice.topN, counted: choice.counted } }),
  compute(rows, choice, tr) {
    const r = riskProfileReport(rows, { topN: choice.topN, counted: choice.counted });
    return {
      report: riskProfilesSpec(r, tr),
      summary: {
        schools: r.counts.schools, urban: r.counts.urban, rural: r.counts.rural, withHigh: r.schools.filter((s) => s.high > 0).length,
        top: r.factors.filter((f) => f.top).map((f) => ({ no: f.factor.no, title: f.factor.title, share: f.share })), counted: choice.counted,
      },
    };
  },
};
