/**
 * ИСБШ from the social passport (seed 001 components, optional extras), its risk zone (ШНСУ) region-wide or per
 * municipality, and the comparison with the municipality mean — the core's assessSocialIndex and socialIndexSpec,
 * as `shnor context` calls them; with a ШНОР list chosen in the settings (as `--shnor`), «из них ШНОР» per zone.
 */
import { type IndexComponent, type IndexInputRow, type IndexScale, selectYear } from "../../../core/indicators/compositeIndex";
import { MUNICIPAL_COMPARISON_LABELS, type RiskZoneScope } from "../../../core/indicators/riskZone";
import { assessSocialIndex, SOCIAL_COMPONENTS, SOCIAL_EXTRA_COMPONENTS } from "../../../core/indicators/socialIndex";
import { socialIndexSpec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition } from "../types";
import { extraProblems, type SchoolListSource } from "./extraSource";
import { componentsOf, indexTable } from "./indexTable";

export interface ComponentChoice {
  key: string;
  /** The Russian label, as the report shows it. */
  label: string;
  included: boolean;
  direction: 1 | -1;
}

export interface SocialChoice {
  /** The passport year; null when the table has no year column. */
  year: number | null;
  components: ComponentChoice[];
  scale: IndexScale;
  /** The bottom share, 0 < q < 1. */
  quantile: number;
  scope: RiskZoneScope;
  /** The ШНОР list (a table or sheet of the workbook); null → the zone is not split by ШНОР. */
  shnor: SchoolListSource | null;
}

export interface ZoneSchool {
  schoolId: string;
  schoolName: string;
  municipality: string;
  index: number;
  municipalityMean: number | null;
  /** The seed-004 label («самый низкий в МР»), Russian in every language; "" without one. */
  comparison: string;
  /** On the ШНОР list; null without a list. */
  shnor: boolean | null;
}

export interface SocialSummary {
  year: number | null;
  schools: number;
  scored: number;
  zone: number;
  /** Zone schools on the ШНОР list; null without a list. */
  zoneShnor: number | null;
  /** The zone schools, lowest index first. */
  zoneSchools: ZoneSchool[];
  municipalities: { municipality: string; zone: number; schools: number; zoneShnor: number | null }[];
}

const ALL_SOCIAL: readonly IndexComponent[] = [...SOCIAL_COMPONENTS, ...SOCIAL_EXTRA_COMPONENTS];

export function choiceOf(c: IndexComponent): ComponentChoice {
  return { key: c.key, label: c.label, included: true, direction: c.direction };
}

/** The chosen components with the user's directions; only those the rows carry. */
export function chosenComponents(rows: readonly IndexInputRow[], choices: readonly ComponentChoice[], all: readonly IndexComponent[]): IndexComponent[] {
  const present = componentsOf(rows, all);
  return choices
    .filter((ch) => ch.included)
    .map((ch) => present.find((c) => c.key === ch.key))
    .filter((c): c is IndexComponent => c !== undefined)
    .map((c) => ({ ...c, direction: choices.find((ch) => ch.key === c.key)?.direction ?? c.direction }));
}

export function componentProblems(choices: readonly ComponentChoice[]): { key: string; params?: Record<string, string | number> }[] {
  return choices.some((c) => c.included) ? [] : [{ key: "cp_set_no_components" }];
}

export function quantileProblems(quantile: number): { key: string; params?: Record<string, string | number> }[] {
  return Number.isFinite(quantile) && quantile > 0 && quantile < 1 ? [] : [{ key: "cp_set_quantile_range" }];
}

export const socialWorkflow: WorkflowDefinition<SocialChoice, SocialSummary, IndexInputRow> = {
  id: "social",
  table: indexTable("cp_source_social", SOCIAL_COMPONENTS, SOCIAL_EXTRA_COMPONENTS),
  settingsIntroKey: "cp_settings_intro_social",
  initialSettings(stored, years, rows = []) {
    const s = stored.social ?? {};
    return {
      year: years[years.length - 1] ?? null, components: componentsOf(rows, ALL_SOCIAL).map(choiceOf),
      scale: s.scale ?? "tScore", quantile: s.quantile ?? 0.25, scope: s.scope ?? "region", shnor: null,
    };
  },
  validate(choice, years) {
    const problems = [...componentProblems(choice.components), ...quantileProblems(choice.quantile), ...extraProblems(choice.shnor, "fp_set_shnor_errors")];
    if (choice.year !== null && !years.includes(choice.year)) problems.push({ key: "wf_set_year_absent", params: { year: choice.year } });
    return problems;
  },
  store: (stored, choice) => ({ ...stored, social: { scale: choice.scale, quantile: choice.quantile, scope: choice.scope } }),
  compute(rows, choice, tr) {
    const yearRows = choice.year === null ? [...rows] : selectYear(rows, choice.year);
    const shnorIds = choice.shnor ? new Set(choice.shnor.ids) : undefined;
    const a = assessSocialIndex(yearRows, {
      index: { components: chosenComponents(rows, choice.components, ALL_SOCIAL), scale: choice.scale },
      riskZone: { quantile: choice.quantile, scope: choice.scope },
    }, shnorIds);
    const zoneSchools = a.schools
      .filter((s) => s.riskZone === true && s.index !== null)
      .map((s): ZoneSchool => ({
        schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, index: s.index as number,
        municipalityMean: s.municipalityMean, comparison: s.comparison ? MUNICIPAL_COMPARISON_LABELS[s.comparison] : "",
        shnor: shnorIds ? shnorIds.has(s.schoolId) : null,
      }))
      .sort((x, y) => x.index - y.index || (x.schoolId < y.schoolId ? -1 : 1));
    return {
      report: socialIndexSpec(a, tr, choice.year ?? undefined),
      summary: {
        year: choice.year, schools: a.schools.length, scored: a.schools.filter((s) => s.index !== null).length, zone: a.summary.total.zone,
        zoneShnor: a.summary.total.zoneShnor, zoneSchools,
        municipalities: a.summary.municipalities.map((m) => ({ municipality: m.municipality, zone: m.zone, schools: m.schools, zoneShnor: m.zoneShnor })),
      },
    };
  },
};
