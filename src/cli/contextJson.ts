/**
 * The JSON outputs of the context commands: a public contract for scripts (issue #7). Keys are always present (null
 * when they do not apply); change them only by adding keys. Shares are fractions 0..1; flags are true / false / null
 * (null = no data). Labels (`comparison`, `verdictLabel`, risk factor titles) are the Russian domain labels.
 *
 * Every command:
 *   warnings[]          {file, code, message, location} — every warning printed while reading and computing
 * Index settings (context settings.index, deficits settings.staffing / settings.equipment):
 *                       {components[] {key, label, direction, weight, unit}, scale, missing, minComponents, reference}
 *
 * context:
 *   year                the passport year (null when the table has no year column and no --year was given)
 *   settings            {index, riskZone {quantile, scope, tieRule, tolerance}, comparison {averageBand, tolerance}}
 *   reference           {size, components[] {key, n, mean, sd}, compositeMean, compositeSd}
 *   schools[]           schoolId, schoolName, municipality, locality, values {KEY: share}, z {KEY: z}, composite, isbs,
 *                       status (complete|partial|excluded), missing[], riskZone, comparison (label), comparisonCode
 *                       (lowest|below|average|above|only), municipalityMean, shnor (null without --shnor)
 *   riskZone            {groups[] {municipality, n, nominal, size, cutoff, tiedAtCutoff, extra},
 *                        municipalities[] {municipality, schools, zone, share, zoneShnor}, total {…}}
 *   oip                 null, or {year, target, growth {n, m, share}, schools[] {schoolId, schoolName, municipality,
 *                       value, prev, belowTarget, decline, growth, belowTargetAndDecline}}
 *   federal             null, or {settings, compositeSource (user|meanZ), counts {schools, shnro, shnsu},
 *                       schools[] {schoolId, schoolName, municipality, composite, lowResults, gaps[] {procedure, gap,
 *                       exceeds}, largeGap, olympiadShare, lowOlympiad, shnroCriteria, shnro, socialIndex,
 *                       lowSocialIndex, hardToReach, highUnemployment, shnsu}}
 *
 * deficits:
 *   source              "components" (indices computed) | "flags" (a table of recorded deficit flags)
 *   year, settings      {staffing, equipment (index settings or null), deficits {staffing, infrastructure:
 *                       {limits[] {component, limit}, indexBelow}} or null}
 *   schools[]           schoolId, schoolName, municipality, locality, staffingIndex, equipmentIndex, staffingDeficit,
 *                       staffingReasons[], staffingUnknown[], infrastructureDeficit, infrastructureReasons[],
 *                       infrastructureUnknown[], shnor
 *   municipalities[]    municipality, schools, staffing, infrastructure, both, unknown, shnor, staffingShare,
 *                       infrastructureShare, bothShare, shnorShare; total {the same}; sort
 *   dynamics            null without year − 1, else {fromYear, toYear, anchor, targetYear, staffing, equipment}, each
 *                       {schools[] {schoolId, prev, cur, type}, share {n, m, share, counts, excludeNotEvaluable},
 *                       programme {indicator (11|12), title, year, target, met} or null outside 2025–2029}
 *
 * risks:
 *   settings {topN, counted}, counts {schools, urban, rural, left, stayed}
 *   schools[]           schoolId, schoolName, municipality, locality, stayedInList, high, medium, low, missing,
 *                       highFactors[] (numbers), significance[10] (high|medium|low|null)
 *   factors[]           no, title, group, counted, evaluated, share, rank, top (ordered by share)
 *   byLocality[]        no, urban {counted, evaluated, share}, rural {…}, difference (rural − urban)
 *   byListStatus[]      no, left {…}, stayed {…}, difference (stayed − left)
 *   arp                 null, or [] {no, left {…}, stayed {…}}
 *
 * indicators:
 *   template {id, title, source}, year, counts {met, notMet, noTarget, noData}
 *   indicators[]        id, title, n, m, value, target, comparator (atLeast|atMost), expected (increase|decrease|null),
 *                       prevValue, verdict (met|notMet|noTarget|noData), verdictLabel, basis (target|change|null)
 *
 * expertise summary:
 *   year, rubric {id, title, criteria, maxPoints}, settings {mechanismsThreshold, implementationThreshold, levelBasis}
 *   objects[]           object, file, sheet, points, max, level, mechanisms {points, max, level}, implementation {…},
 *                       mechanismsFormed, measuresImplemented, sections[] {id, title, points, max, level}, unscored[]
 *   indicators          {mechanisms, implementation}: {indicator (17|18), title, n, m, share, target, met}
 */
import type { Problem } from "../core/errors";
import type { CompositeIndexSettings } from "../core/indicators/compositeIndex";
import type { ExpertiseEvaluation, ExpertiseSummary, PartLevel, Rubric } from "../core/indicators/expertiseRubric";
import { rubricCriteria } from "../core/indicators/expertiseRubric";
import type { Federal2016Result } from "../core/indicators/federal2016";
import type { OipResult } from "../core/indicators/oip";
import { type Dashboard, type ProgrammeTemplate, VERDICT_LABELS } from "../core/indicators/programmeTemplates";
import type { DeficitFlagRow, DeficitMunicipalityRow, DeficitSettings, DeficitTable, ResourceAssessment } from "../core/indicators/resourceDeficits";
import type { IndexIndicator } from "../core/indicators/resourceDynamics";
import { RISK_FACTORS, type FactorCount, type RiskProfileReport, type Significance } from "../core/indicators/riskProfiles";
import { MUNICIPAL_COMPARISON_LABELS, type RiskZoneMunicipality } from "../core/indicators/riskZone";
import type { SocialIndexAssessment } from "../core/indicators/socialIndex";
import { formatLocation, type Lang, t } from "../i18n";

export function warningsJson(printed: readonly { file: string; problem: Problem }[], lang: Lang) {
  return printed
    .filter((x) => x.problem.severity === "warning")
    .map(({ file, problem: p }) => ({ file, code: p.code, message: t(p.code, p.params, lang), location: p.location ? formatLocation(p.location, lang) : null }));
}

export function indexSettingsJson(s: CompositeIndexSettings) {
  return {
    components: s.components.map((c) => ({ key: c.key, label: c.label, direction: c.direction, weight: c.weight, unit: c.unit })),
    scale: s.scale, missing: s.missing, minComponents: s.minComponents, reference: s.reference,
  };
}

const zoneMunicipality = (m: RiskZoneMunicipality) => ({ municipality: m.municipality, schools: m.schools, zone: m.zone, share: m.share, zoneShnor: m.zoneShnor });

export function socialJson(a: SocialIndexAssessment, year: number | null, shnorIds: ReadonlySet<string> | undefined) {
  return {
    year,
    settings: { index: indexSettingsJson(a.settings.index), riskZone: a.settings.riskZone, comparison: a.settings.comparison },
    reference: {
      size: a.index.reference.size, components: a.index.reference.components,
      compositeMean: a.index.reference.compositeMean, compositeSd: a.index.reference.compositeSd,
    },
    schools: a.schools.map((s) => ({
      schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: s.locality, values: s.values, z: s.z,
      composite: s.composite, isbs: s.index, status: s.status, missing: s.missing, riskZone: s.riskZone,
      comparison: s.comparison ? MUNICIPAL_COMPARISON_LABELS[s.comparison] : null, comparisonCode: s.comparison, municipalityMean: s.municipalityMean,
      shnor: shnorIds ? shnorIds.has(s.schoolId) : null,
    })),
    riskZone: { groups: a.riskZone.groups, municipalities: a.summary.municipalities.map(zoneMunicipality), total: zoneMunicipality(a.summary.total) },
  };
}

export function oipJson(r: OipResult | null) {
  if (!r) return null;
  return {
    year: r.year, target: r.settings.target, growth: r.growth,
    schools: r.schools.map((s) => ({
      schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, value: s.value, prev: s.prev,
      belowTarget: s.belowTarget, decline: s.decline, growth: s.growth, belowTargetAndDecline: s.belowTargetAndDecline,
    })),
  };
}

export function federalJson(r: Federal2016Result | null) {
  if (!r) return null;
  return {
    settings: r.settings, compositeSource: r.compositeSource,
    counts: { schools: r.schools.length, shnro: r.schools.filter((s) => s.shnro === true).length, shnsu: r.schools.filter((s) => s.shnsu === true).length },
    schools: r.schools.map((s) => ({
      schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, composite: s.composite, lowResults: s.lowResults,
      gaps: s.gaps.map((g) => ({ procedure: g.procedure, gap: g.gap, exceeds: g.exceeds })), largeGap: s.largeGap,
      olympiadShare: s.olympiadShare, lowOlympiad: s.lowOlympiad, shnroCriteria: s.shnroCriteria, shnro: s.shnro,
      socialIndex: s.socialIndex, lowSocialIndex: s.lowSocialIndex, hardToReach: s.hardToReach, highUnemployment: s.highUnemployment, shnsu: s.shnsu,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// deficits

const municipalityJson = (r: DeficitMunicipalityRow) => ({
  municipality: r.municipality, schools: r.schools, staffing: r.staffing, infrastructure: r.infrastructure, both: r.both, unknown: r.unknown, shnor: r.shnor,
  staffingShare: r.staffingShare, infrastructureShare: r.infrastructureShare, bothShare: r.bothShare, shnorShare: r.shnorShare,
});

export function deficitTableJson(t: DeficitTable) {
  return { municipalities: t.municipalities.map(municipalityJson), total: municipalityJson(t.total), sort: t.sort };
}

export function resourceSchoolsJson(a: ResourceAssessment, shnorIds: ReadonlySet<string> | undefined) {
  return a.schools.map((s) => ({
    schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: s.locality,
    staffingIndex: s.staffingIndex, equipmentIndex: s.equipmentIndex,
    staffingDeficit: s.staffing.deficit, staffingReasons: s.staffing.reasons, staffingUnknown: s.staffing.unknown,
    infrastructureDeficit: s.infrastructure.deficit, infrastructureReasons: s.infrastructure.reasons, infrastructureUnknown: s.infrastructure.unknown,
    shnor: shnorIds ? shnorIds.has(s.schoolId) : null,
  }));
}

export function flagSchoolsJson(rows: readonly DeficitFlagRow[]) {
  return rows.map((s) => ({
    schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: null, staffingIndex: null, equipmentIndex: null,
    staffingDeficit: s.staffing, staffingReasons: [], staffingUnknown: [], infrastructureDeficit: s.infrastructure, infrastructureReasons: [], infrastructureUnknown: [],
    shnor: s.shnor,
  }));
}

export function deficitSettingsJson(s: DeficitSettings | null) {
  return s ? { staffing: s.staffing, infrastructure: s.infrastructure } : null;
}

export function indexIndicatorJson(x: IndexIndicator) {
  return {
    schools: x.dynamics.schools.map((s) => ({ schoolId: s.schoolId, prev: s.prev, cur: s.cur, type: s.type })),
    share: x.share,
    programme: x.programme ? { indicator: x.programme.indicator, title: x.programme.title, year: x.programme.year, target: x.programme.target, met: x.programme.met } : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// risks

const count = (c: FactorCount) => ({ counted: c.counted, evaluated: c.evaluated, share: c.share });

export function risksJson(r: RiskProfileReport, significance: ReadonlyMap<string, readonly (Significance | null)[]>) {
  return {
    settings: r.settings,
    counts: r.counts,
    schools: r.schools.map((s) => ({
      schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: s.locality, stayedInList: s.stayedInList,
      high: s.high, medium: s.medium, low: s.low, missing: s.missing, highFactors: s.highFactors,
      significance: significance.get(s.schoolId) ?? RISK_FACTORS.map(() => null),
    })),
    factors: r.factors.map((f) => ({ no: f.factor.no, title: f.factor.title, group: f.factor.group, ...count(f), rank: f.rank, top: f.top })),
    byLocality: r.byLocality.map((x) => ({ no: x.factor.no, urban: count(x.a), rural: count(x.b), difference: x.difference })),
    byListStatus: r.byListStatus.map((x) => ({ no: x.factor.no, left: count(x.a), stayed: count(x.b), difference: x.difference })),
    arp: r.arp ? r.arp.map((x) => ({ no: x.factor.no, left: count(x.left), stayed: count(x.stayed) })) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// indicators

export function dashboardJson(d: Dashboard, template: ProgrammeTemplate) {
  return {
    template: { id: template.id, title: template.title, source: template.source },
    year: d.year,
    counts: d.counts,
    indicators: d.rows.map((r) => ({
      id: r.id, title: r.title, n: r.n, m: r.m, value: r.value, target: r.target, comparator: r.comparator, expected: r.expected,
      prevValue: r.prevValue, verdict: r.verdict, verdictLabel: VERDICT_LABELS[r.verdict], basis: r.basis,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// expertise

const part = (p: PartLevel) => ({ points: p.points, max: p.max, level: p.level });

export interface ExpertiseSource {
  file: string;
  sheet: string;
}

export function expertiseJson(s: ExpertiseSummary, rubric: Rubric, sources: ReadonlyMap<string, ExpertiseSource>) {
  const criteria = rubricCriteria(rubric);
  const indicator = (x: ExpertiseSummary["mechanisms"]) => ({ indicator: x.indicator, title: x.title, n: x.n, m: x.m, share: x.share, target: x.target, met: x.met });
  return {
    year: s.year,
    rubric: { id: rubric.id, title: rubric.title, criteria: criteria.length, maxPoints: criteria.reduce((a, c) => a + c.maxPoints, 0) },
    settings: s.settings,
    objects: s.evaluations.map((e: ExpertiseEvaluation) => ({
      object: e.object, file: sources.get(e.object)?.file ?? null, sheet: sources.get(e.object)?.sheet ?? null,
      points: e.total.points, max: e.total.max, level: e.total.level, mechanisms: part(e.mechanisms), implementation: part(e.implementation),
      mechanismsFormed: e.mechanismsFormed, measuresImplemented: e.measuresImplemented,
      sections: e.sections.map((x) => ({ id: x.id, title: x.title, ...part(x) })), unscored: e.unscored,
    })),
    indicators: { mechanisms: indicator(s.mechanisms), implementation: indicator(s.implementation) },
  };
}
