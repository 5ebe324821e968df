/**
 * The programme side of the synthetic region: filled expertise templates of the municipalities of the project schools
 * (points a regional expert could have given: roadmaps plan more than they document) and the inputs n, m of the
 * seed-000 dashboard of the project's first year. Where the dashboard has a computable indicator, its n and m are
 * computed from the same sample data the demo's commands read — 11–12 from the resource dynamics of the project
 * schools, 13–14 over the ИСБШ risk zone, 17–18 from the expertise templates — so the dashboard agrees with
 * `shnor deficits`, `shnor context` and `shnor expertise summary`; the others (events, trainings) are plausible counts.
 */
import { compositeIndexDynamics } from "../core/indicators/compositeIndex";
import { evaluateExpertise, MUNICIPAL_ROADMAP_RUBRIC, rubricCriteria } from "../core/indicators/expertiseRubric";
import { shareOfSchoolsWithPositiveDynamics } from "../core/indicators/programmeShare";
import type { IndicatorInput } from "../core/indicators/programmeTemplates";
import { resolveEquipmentSettings, resolveStaffingSettings } from "../core/indicators/resourceDeficits";
import { assessSocialIndex } from "../core/indicators/socialIndex";
import { type ContextSample, indexRows } from "./contextSample";
import { Random } from "./random";

export interface ExpertiseSample {
  municipality: string;
  /** By criterion id; null = left blank by the expert. */
  points: Record<string, number | null>;
}

export interface ProgrammeSample {
  /** The programme year of the dashboard (the year after the data). */
  year: number;
  expertise: ExpertiseSample[];
  inputs: IndicatorInput[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The municipalities with the most project schools (then by name): those whose roadmaps were evaluated. */
function evaluatedMunicipalities(ctx: ContextSample, count: number): string[] {
  const by = new Map<string, number>();
  for (const s of ctx.projectSchools) by.set(s.municipality, (by.get(s.municipality) ?? 0) + 1);
  return [...by.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ru")).slice(0, count).map(([m]) => m);
}

function expertiseSample(rng: Random, municipalities: readonly string[]): ExpertiseSample[] {
  const criteria = rubricCriteria(MUNICIPAL_ROADMAP_RUBRIC);
  return municipalities.map((municipality, k) => {
    const maturity = 0.35 + rng.next() * 0.6;
    const points: Record<string, number | null> = {};
    for (const c of criteria) {
      const p = clamp(maturity + (c.part === "mechanisms" ? 0.12 : -0.15) + rng.normal() * 0.1, 0.05, 0.98);
      points[c.id] = (rng.chance(p) ? 1 : 0) + (rng.chance(p) ? 1 : 0);
    }
    // One expert left a criterion blank: the summary warns about it and counts it as 0.
    if (k === 2) points[criteria[criteria.length - 1].id] = null;
    return { municipality, points };
  });
}

export function programmeSample(ctx: ContextSample, seed = 7002): ProgrammeSample {
  const rng = new Random(seed);
  const year = ctx.year + 1;
  const project = ctx.projectSchools.map((s) => s.schoolId);
  const P = project.length;
  const some = (m: number, lo: number, hi: number) => Math.round(m * (lo + rng.next() * (hi - lo)));
  const resource = (rows: ContextSample["staffing"], settings: ReturnType<typeof resolveStaffingSettings>) =>
    shareOfSchoolsWithPositiveDynamics(compositeIndexDynamics(indexRows(rows), settings, { year: ctx.year, schoolIds: project }).schools);
  const staffing = resource(ctx.staffing, resolveStaffingSettings());
  const equipment = resource(ctx.equipment, resolveEquipmentSettings());
  const zone = assessSocialIndex(indexRows(ctx.social).filter((r) => r.year === ctx.year)).summary.total.zone;
  const expertise = expertiseSample(rng, evaluatedMunicipalities(ctx, 6));
  const verdicts = expertise.map((e) => evaluateExpertise(MUNICIPAL_ROADMAP_RUBRIC, { object: e.municipality, points: e.points }));
  const coordinators = new Set(ctx.projectSchools.map((s) => s.municipality)).size;
  const counts: [number, number, number][] = [
    [2, some(P, 0.25, 0.5), P], [3, some(P, 0.15, 0.35), P], [4, some(P, 0.2, 0.45), P],
    [5, P, P], [6, coordinators, coordinators], [7, some(P, 0.45, 0.75), P], [8, P, P], [9, Math.max(0, P - 2), P], [10, some(P, 0.8, 0.95), P],
    [11, staffing.n, staffing.m], [12, equipment.n, equipment.m],
    [13, some(zone, 0.25, 0.5), zone], [14, some(zone, 0.25, 0.5), zone],
    [15, some(P, 0.4, 0.65), P], [16, some(P, 0.45, 0.7), P],
    [17, verdicts.filter((v) => v.mechanismsFormed).length, verdicts.length], [18, verdicts.filter((v) => v.measuresImplemented).length, verdicts.length],
  ];
  return { year, expertise, inputs: counts.map(([no, n, m]) => ({ id: `S000-${String(no).padStart(2, "0")}`, n, m })) };
}
