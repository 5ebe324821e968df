/**
 * The identification criteria of the 2016 federal programme (METHODOLOGY §9, TV-9): the per-school table (olympiad
 * participants, enrolment, ИСБШ, hard-to-reach, settlement unemployment, a results composite) and, optionally, the
 * school and region means per procedure → ШНРО and ШФНСУ per school — the core's readFederalSchoolTable,
 * attachFederalMeans, assessFederal2016 and federal2016Spec, as `shnor context --federal --means` calls them.
 */
import type { Problem } from "../../../core/errors";
import {
  assessFederal2016, attachFederalMeans, DEFAULT_FEDERAL2016_SETTINGS, FEDERAL_SCHOOL_FIELDS, type FederalSchoolInput, type GapRule, readFederalSchoolTable,
} from "../../../core/indicators/federal2016";
import { federal2016Spec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition, WorkflowTable } from "../types";
import { extraProblems, type MeansSource } from "./extraSource";

export interface FederalChoice {
  /** The bottom share for the results composite and for ИСБШ, 0 < q < 1. */
  quantile: number;
  gapRule: GapRule;
  shnroMin: 1 | 2 | 3;
  /** The region's unemployment rate in the unit of the settlements' column; null → the criterion is not evaluated. */
  regionUnemployment: number | null;
  /** Settlement ≥ k × region; NaN while the typed text is not a number. */
  unemploymentFactor: number;
  /** The means per procedure (for the results composite and the gap); null → those criteria use the table alone. */
  means: MeansSource | null;
}

export interface FederalCounts {
  lowResults: number;
  largeGap: number;
  lowOlympiad: number;
  shnro: number;
  lowSocialIndex: number;
  hardToReach: number;
  highUnemployment: number;
  shnsu: number;
}

export interface FederalSummary {
  schools: number;
  counts: FederalCounts;
  /** Criteria that could not be decided for some schools (a column or a setting missing): how many schools. */
  undecided: { shnro: number; shnsu: number };
  compositeSource: "user" | "meanZ";
  /** Warnings of the assessment (e.g. the region's unemployment not given). */
  warnings: Problem[];
  /** The ШНРО schools with the criteria they meet, by municipality and id. */
  shnroSchools: { schoolId: string; schoolName: string; criteria: number }[];
}

export const federalTable: WorkflowTable<FederalSchoolInput> = {
  fields: FEDERAL_SCHOOL_FIELDS,
  read(matrix, options) {
    const t = readFederalSchoolTable(matrix, options);
    return { rows: t.schools, problems: t.problems };
  },
  facts: (rows) => ({ rows: rows.length, schools: rows.length, years: [] }),
  sourceIntroKey: "fp_source_federal",
};

export function federalProblems(c: FederalChoice): { key: string; params?: Record<string, string | number> }[] {
  const problems: { key: string; params?: Record<string, string | number> }[] = [];
  if (!(Number.isFinite(c.quantile) && c.quantile > 0 && c.quantile < 1)) problems.push({ key: "fp_set_bottom_range" });
  if (!(Number.isFinite(c.unemploymentFactor) && c.unemploymentFactor > 0)) problems.push({ key: "fp_set_factor_invalid" });
  if (c.regionUnemployment !== null && !(Number.isFinite(c.regionUnemployment) && c.regionUnemployment >= 0)) problems.push({ key: "fp_set_region_unemployment_invalid" });
  return [...problems, ...extraProblems(c.means, "fp_set_means_errors")];
}

export const federalWorkflow: WorkflowDefinition<FederalChoice, FederalSummary, FederalSchoolInput> = {
  id: "federal",
  table: federalTable,
  settingsIntroKey: "fp_settings_intro_federal",
  initialSettings(stored) {
    const d = DEFAULT_FEDERAL2016_SETTINGS;
    const s = stored.federal ?? {};
    return {
      quantile: s.quantile ?? d.bottomQuantile, gapRule: s.gapRule ?? d.gapRule, shnroMin: s.shnroMin ?? (d.shnroMinCriteria as 1 | 2 | 3),
      regionUnemployment: s.regionUnemployment !== undefined ? s.regionUnemployment : d.regionUnemployment, unemploymentFactor: s.unemploymentFactor ?? d.unemploymentFactor, means: null,
    };
  },
  validate: (choice) => federalProblems(choice),
  // The means are another table of the workbook, which may be gone by the next run: they are chosen again.
  store: (stored, c) => ({
    ...stored,
    federal: { quantile: c.quantile, gapRule: c.gapRule, shnroMin: c.shnroMin, regionUnemployment: c.regionUnemployment === null || Number.isFinite(c.regionUnemployment) ? c.regionUnemployment : undefined, unemploymentFactor: c.unemploymentFactor },
  }),
  compute(rows, c, tr) {
    const schools = c.means ? attachFederalMeans(rows, c.means.matrix).schools : [...rows];
    const r = assessFederal2016(schools, {
      bottomQuantile: c.quantile, gapRule: c.gapRule, shnroMinCriteria: c.shnroMin, regionUnemployment: c.regionUnemployment, unemploymentFactor: c.unemploymentFactor,
    });
    const count = (k: keyof FederalCounts) => r.schools.filter((s) => s[k] === true).length;
    const nulls = (k: "shnro" | "shnsu") => r.schools.filter((s) => s[k] === null).length;
    return {
      report: federal2016Spec(r, tr),
      summary: {
        schools: r.schools.length,
        counts: {
          lowResults: count("lowResults"), largeGap: count("largeGap"), lowOlympiad: count("lowOlympiad"), shnro: count("shnro"),
          lowSocialIndex: count("lowSocialIndex"), hardToReach: count("hardToReach"), highUnemployment: count("highUnemployment"), shnsu: count("shnsu"),
        },
        undecided: { shnro: nulls("shnro"), shnsu: nulls("shnsu") },
        compositeSource: r.compositeSource,
        warnings: r.problems,
        shnroSchools: r.schools.filter((s) => s.shnro === true).map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, criteria: s.shnroCriteria })),
      },
    };
  },
};
