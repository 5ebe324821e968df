/**
 * The context data of the synthetic region (issue #7): for the schools of `generateRegion()`, the social passport
 * (the four ИСБШ shares of seed 001), staffing and equipment components of two years, ОИП of two years, the inputs of
 * the 2016 federal criteria, and «500+» risk profiles of the project schools (the «500+» group of the region). All of
 * it follows each school's latent quality, so that weak schools tend to be in the risk zone, lack resources and carry
 * high risks — as in the regional reports — while staying noisy enough to be worth computing. Seeded: the same
 * region gives the same data on every machine. Programme inputs and expertise: programmeSample.ts.
 */
import { DEFAULT_ASSESSMENT_IDS, findAssessment } from "../core/catalog/assessments";
import { DEFAULT_SCORE_SPECS, findScoreSpec } from "../core/catalog/scoreSpecs";
import type { IndexInputRow } from "../core/indicators/compositeIndex";
import { RISK_FACTORS, type Significance } from "../core/indicators/riskProfiles";
import { EQUIPMENT_COMPONENTS, STAFFING_COMPONENTS } from "../core/indicators/resourceDeficits";
import { SOCIAL_COMPONENTS } from "../core/indicators/socialIndex";
import type { SampleRegion, SampleSchool } from "./generateRegion";
import { Random } from "./random";
import { assessmentText } from "./sampleReport";

export interface ComponentRow {
  school: SampleSchool;
  year: number;
  /** By component key: shares 0..1, numbers, flags 1/0; null = not reported. */
  values: Record<string, number | null>;
}

export interface FederalRow {
  school: SampleSchool;
  olympiadParticipants: number;
  enrolment: [number, number, number];
  hardToReach: boolean;
  /** Unemployment in the school's settlement, percent. */
  unemployment: number;
}

export interface MeanRow {
  school: SampleSchool;
  procedure: string;
  schoolMean: number;
  regionMean: number;
  /** Blank for ЕГЭ on the 100-point scale. */
  maxScore: number | null;
}

export interface ProfileRow {
  school: SampleSchool;
  factor: number;
  significance: Significance;
  arp: boolean;
}

export interface ContextSample {
  /** The year of the passport, of the second resources year and of the ОИП value (the region's latest results). */
  year: number;
  social: ComponentRow[];
  staffing: ComponentRow[];
  equipment: ComponentRow[];
  oip: { school: SampleSchool; year: number; value: number }[];
  federal: FederalRow[];
  means: MeanRow[];
  /** The region's unemployment rate, percent. */
  regionUnemployment: number;
  /** The project schools: the region's «500+» group. */
  projectSchools: SampleSchool[];
  profiles: ProfileRow[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
/** Shares kept to one decimal of a percent, as a social passport gives them. */
const share = (x: number) => Math.round(clamp(x, 0, 1) * 1000) / 1000;
const keys = (list: readonly { key: string }[]) => list.map((c) => c.key);

/** Municipalities with many speakers of other languages (the non-native Russian share is high there). */
const multilingual = (s: SampleSchool) => /Горный|Степной|Каменский/.test(s.municipality);

function socialRows(rng: Random, schools: readonly SampleSchool[], year: number): ComponentRow[] {
  const [he, un, dev, nn] = keys(SOCIAL_COMPONENTS);
  return schools.map((s, i) => {
    const q = s.quality + rng.normal() * 0.35;
    const rural = s.locality === "rural" ? 1 : 0;
    const values: Record<string, number | null> = {
      [he]: share(0.3 + 0.12 * q - 0.1 * rural + rng.normal() * 0.05),
      [un]: share(0.07 - 0.03 * q + 0.03 * rural + rng.normal() * 0.02),
      [dev]: share(0.025 - 0.012 * q + rng.normal() * 0.008),
      [nn]: share((multilingual(s) ? 0.25 : 0.03) - 0.02 * q + Math.abs(rng.normal()) * (multilingual(s) ? 0.1 : 0.02)),
    };
    // Two passports came back incomplete: those schools are left out of ИСБШ and flagged.
    if (i === 17) values[he] = null;
    if (i === 211) values[dev] = null;
    return { school: s, year, values };
  });
}

function staffingValues(rng: Random, s: SampleSchool, q: number): Record<string, number | null> {
  const [filled, vacancies, pension, category, load, young] = keys(STAFFING_COMPONENTS);
  const rural = s.locality === "rural" ? 1 : 0;
  return {
    // Most schools are fully staffed; the others miss a few positions (a кадровый deficit by the default rule).
    [filled]: rng.chance(clamp(0.75 + 0.15 * q - 0.2 * rural, 0.2, 0.95)) ? 1 : share(0.86 + rng.next() * 0.13),
    [vacancies]: Math.round(clamp(4 - 3 * q + 3 * rural + rng.normal() * 2, 0, 25) * 10) / 10,
    [pension]: share(0.2 - 0.03 * q + 0.05 * rural + rng.normal() * 0.05),
    [category]: share(0.6 + 0.1 * q - 0.05 * rural + rng.normal() * 0.08),
    [load]: Math.round(clamp(1.35 - 0.1 * q + 0.15 * rural + rng.normal() * 0.12, 1, 2.2) * 100) / 100,
    [young]: share(0.18 + 0.04 * q - 0.05 * rural + rng.normal() * 0.05),
  };
}

function equipmentValues(rng: Random, s: SampleSchool, q: number): Record<string, number | null> {
  const [rooms, computers, broadband, tochka, repair, shift] = keys(EQUIPMENT_COMPONENTS);
  const rural = s.locality === "rural";
  const flag = (p: number) => (rng.chance(clamp(p, 0, 1)) ? 1 : 0);
  return {
    [rooms]: share(0.7 + 0.1 * q + rng.normal() * 0.1),
    [computers]: Math.round(clamp(11 + 3 * q + rng.normal() * 3, 2, 30) * 10) / 10,
    [broadband]: flag(rural && s.classSize < 8 ? 0.8 : 0.97),
    [tochka]: flag(rural ? 0.65 : 0.25),
    [repair]: flag(0.1 - 0.04 * q),
    [shift]: flag(rural ? 0.02 : 0.18),
  };
}

/**
 * Two years of resources: the second year drifts from the first, project schools a little upwards (the project's
 * support), so that indicators 11–12 have something to show.
 */
function resourceRows(rng: Random, schools: readonly SampleSchool[], year: number, project: ReadonlySet<string>): { staffing: ComponentRow[]; equipment: ComponentRow[] } {
  const staffing: ComponentRow[] = [];
  const equipment: ComponentRow[] = [];
  for (const s of schools) {
    const base = s.quality + rng.normal() * 0.4;
    const lift = project.has(s.schoolId) ? 0.25 : 0;
    for (const [y, q] of [[year - 1, base], [year, base + lift + rng.normal() * 0.25]] as const) {
      staffing.push({ school: s, year: y, values: staffingValues(rng, s, q) });
      equipment.push({ school: s, year: y, values: equipmentValues(rng, s, q) });
    }
  }
  return { staffing, equipment };
}

function oipRows(rng: Random, schools: readonly SampleSchool[], year: number): ContextSample["oip"] {
  return schools.flatMap((s) => {
    const prev = clamp(40 + 9 * s.quality + rng.normal() * 4, 12, 70);
    const cur = clamp(prev + rng.normal() * 2.5, 12, 70);
    return [{ school: s, year: year - 1, value: Math.round(prev * 10) / 10 }, { school: s, year, value: Math.round(cur * 10) / 10 }];
  });
}

function federalRows(rng: Random, schools: readonly SampleSchool[]): FederalRow[] {
  return schools.map((s) => {
    const grades = s.hasGrade11 ? 11 : 9;
    const enrolment = [0, 1, 2].map(() => Math.max(5, Math.round(s.classSize * grades * (0.9 + rng.next() * 0.2)))) as [number, number, number];
    const mean = enrolment.reduce((a, b) => a + b, 0) / 3;
    const rate = clamp(0.012 + 0.01 * s.quality + rng.normal() * 0.005, 0, 0.05);
    const rural = s.locality === "rural";
    return {
      school: s, enrolment, olympiadParticipants: Math.round(mean * rate),
      hardToReach: rural && s.classSize < 8 && rng.chance(0.5),
      unemployment: Math.round(clamp((rural ? 6 : 4.5) - 1.5 * s.quality + rng.normal() * 1.5, 1, 20) * 10) / 10,
    };
  });
}

/** School means of the latest year per assessment, and the region's participant-weighted mean. */
function meanRows(region: SampleRegion, year: number): MeanRow[] {
  const rows: MeanRow[] = [];
  for (const id of DEFAULT_ASSESSMENT_IDS) {
    const a = findAssessment(id);
    const cells = region.aggregates.filter((x) => x.year === year && x.assessmentId === id && x.meanScore !== null && x.participants > 0);
    if (!a || cells.length === 0) continue;
    const level = a.level === "base" || a.level === "prof" ? a.level : undefined;
    const spec = findScoreSpec(DEFAULT_SCORE_SPECS, { procedure: a.procedure, subject: a.subject, grade: a.grade, year, level });
    const total = cells.reduce((n, x) => n + x.participants, 0);
    const regionMean = Math.round((cells.reduce((n, x) => n + (x.meanScore as number) * x.participants, 0) / total) * 100) / 100;
    for (const x of cells) {
      rows.push({ school: x.school, procedure: assessmentText(id), schoolMean: x.meanScore as number, regionMean, maxScore: spec && spec.scale !== "test" ? spec.max : null });
    }
  }
  return rows;
}

/** How often each factor is of high significance among the «500+» schools (factor 6, learning failure, leads). */
const HIGH = [0.3, 0.3, 0.45, 0.25, 0.3, 0.6, 0.15, 0.1, 0.3, 0.5];

function profileRows(rng: Random, schools: readonly SampleSchool[]): ProfileRow[] {
  return schools.flatMap((s) => RISK_FACTORS.map((f, i) => {
    const rural = s.locality === "rural";
    const high = clamp(HIGH[i] + (rural && f.no <= 2 ? 0.2 : 0) + (!rural && f.no === 8 ? 0.1 : 0) - 0.1 * s.quality, 0.02, 0.95);
    const x = rng.next();
    const significance: Significance = x < high ? "high" : x < high + 0.35 ? "medium" : "low";
    const arp = significance === "high" ? rng.chance(0.7) : significance === "medium" ? rng.chance(0.3) : false;
    return { school: s, factor: f.no, significance, arp };
  }));
}

export function contextSample(region: SampleRegion, seed = 7001): ContextSample {
  const rng = new Random(seed);
  const year = Math.max(...region.years);
  const projectSchools = region.schools.filter((s) => s.group.startsWith("500+"));
  const project = new Set(projectSchools.map((s) => s.schoolId));
  const { staffing, equipment } = resourceRows(rng, region.schools, year, project);
  return {
    year,
    social: socialRows(rng, region.schools, year),
    staffing, equipment,
    oip: oipRows(rng, region.schools, year),
    federal: federalRows(rng, region.schools),
    means: meanRows(region, year),
    regionUnemployment: 5.2,
    projectSchools,
    profiles: profileRows(rng, projectSchools),
  };
}

/** The sample rows as the core's index input (what the readers give back from the written files). */
export function indexRows(rows: readonly ComponentRow[]): IndexInputRow[] {
  return rows.map((r) => ({
    schoolId: r.school.schoolId, schoolName: r.school.schoolName, municipality: r.school.municipality, locality: r.school.locality, year: r.year, values: { ...r.values },
  }));
}
