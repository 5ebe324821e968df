/**
 * ИСБШ — индекс социального благополучия школы (METHODOLOGY §8, domain-notes §5): the composite-index machinery over
 * the four social-passport shares of the 2016 federal programme (seed 001), the bottom-quartile risk zone (ШНСУ,
 * seed 004 «школы нижнего квартала по ИСБШ») and the comparison with the municipality (seed 004 labels).
 */
import { ShnorError, type Problem } from "../errors";
import {
  component, type CompositeIndexResult, type CompositeIndexSettings, computeCompositeIndex, type IndexComponent, type IndexInputRow,
  resolveCompositeSettings, type SchoolIndex,
} from "./compositeIndex";
import { definedOnly } from "../collections";
import {
  compareWithMunicipality, DEFAULT_MUNICIPAL_COMPARISON, type MunicipalComparison, type MunicipalComparisonSettings, resolveRiskZoneSettings, riskZone,
  type RiskZoneItem, type RiskZoneResult, type RiskZoneSettings, riskZoneSummary, type RiskZoneSummary,
} from "./riskZone";

/** The four variables of seed 001 («25 % школ с низким индексом социального благополучия, рассчитанного на основе …»). */
export const SOCIAL_COMPONENTS: readonly IndexComponent[] = [
  component("HIGHER_ED_BOTH_PARENTS", "Доля детей из семей, где оба родителя имеют высшее образование", 1, {
    aliases: ["оба родителя с высшим образованием", "оба родителя имеют высшее образование", "родители с высшим образованием", "высшее образование родителей", "higher education both parents", "he"],
  }),
  component("UNEMPLOYED_PARENTS", "Доля детей из семей, где единственный родитель или оба родителя являются безработными", -1, {
    aliases: ["безработные родители", "родители безработные", "родители являются безработными", "unemployed parents", "un"],
  }),
  component("DEVIANT_OR_REGISTERED", "Доля детей с девиантным поведением", -1, {
    aliases: ["девиантное поведение", "дети с девиантным поведением", "на профилактическом учете", "профилактический учет", "учет пдн кдн", "deviant behaviour", "deviant"],
  }),
  component("NON_NATIVE_RUSSIAN", "Доля детей, для которых русский язык является неродным", -1, {
    aliases: ["русский язык неродной", "неродной русский язык", "русский неродной", "non native russian", "nn"],
  }),
];

/** Optional extras of other regions (Sochi and others, domain-notes §5.2); off by default. */
export const SOCIAL_EXTRA_COMPONENTS: readonly IndexComponent[] = [
  component("SINGLE_PARENT", "Доля детей из неполных семей", -1, { aliases: ["неполные семьи", "из неполных семей", "single parent"] }),
  component("LOW_INCOME", "Доля детей из малообеспеченных семей", -1, { aliases: ["малообеспеченные семьи", "малоимущие семьи", "low income"] }),
  component("DISABILITY_OVZ", "Доля обучающихся с ОВЗ", -1, { aliases: ["обучающиеся с овз", "дети с овз", "овз", "disability"] }),
  component("LARGE_FAMILY", "Доля детей из многодетных семей", -1, { aliases: ["многодетные семьи", "из многодетных семей", "large family"] }),
  component("ORPHANS_GUARDIANSHIP", "Доля детей-сирот и детей под опекой", -1, { aliases: ["дети сироты", "под опекой", "сироты и опекаемые", "orphans"] }),
];

export interface SocialIndexSettings {
  index: CompositeIndexSettings;
  riskZone: RiskZoneSettings;
  comparison: MunicipalComparisonSettings;
}

export interface SocialIndexOverrides {
  index?: Partial<CompositeIndexSettings>;
  riskZone?: Partial<RiskZoneSettings>;
  comparison?: Partial<MunicipalComparisonSettings>;
}

/** Defaults: the four seed-001 shares, equal weights, T-scale, complete-data reference; bottom quarter region-wide, ties in. */
export function resolveSocialIndexSettings(o: SocialIndexOverrides = {}): SocialIndexSettings {
  return {
    index: resolveCompositeSettings(SOCIAL_COMPONENTS, o.index),
    riskZone: resolveRiskZoneSettings(o.riskZone),
    comparison: { ...DEFAULT_MUNICIPAL_COMPARISON, ...definedOnly(o.comparison ?? {}) },
  };
}

export interface SocialIndexSchool extends SchoolIndex {
  /** In the bottom quantile (ШНСУ); null when the school has no index. */
  riskZone: boolean | null;
  comparison: MunicipalComparison | null;
  municipalityMean: number | null;
}

export interface SocialIndexAssessment {
  settings: SocialIndexSettings;
  index: CompositeIndexResult;
  riskZone: RiskZoneResult;
  summary: RiskZoneSummary;
  /** Schools in the order of the input rows. */
  schools: SocialIndexSchool[];
  problems: Problem[];
}

/** ИСБШ of one year's rows, the risk zone and the municipal comparison. `shnorIds` adds «из них ШНОР» to the summary. */
export function assessSocialIndex(rows: readonly IndexInputRow[], overrides: SocialIndexOverrides = {}, shnorIds?: ReadonlySet<string>): SocialIndexAssessment {
  const settings = resolveSocialIndexSettings(overrides);
  const index = computeCompositeIndex(rows, settings.index);
  const items: RiskZoneItem[] = index.schools.map((s) => ({ id: s.schoolId, municipality: s.municipality, value: s.index }));
  const zone = riskZone(items, settings.riskZone);
  const comparison = compareWithMunicipality(items, settings.comparison);
  const schools = index.schools.map((s): SocialIndexSchool => {
    const c = comparison.get(s.schoolId);
    return { ...s, riskZone: zone.inZone.get(s.schoolId) ?? null, comparison: c?.comparison ?? null, municipalityMean: c?.municipalityMean ?? null };
  });
  const ties = zone.groups.filter((g) => g.extra !== 0).map((g): Problem => ({
    code: "ctx_risk_zone_ties", severity: "warning", params: { municipality: g.municipality || "—", nominal: g.nominal, size: g.size, tied: g.tiedAtCutoff },
  }));
  return { settings, index, riskZone: zone, summary: riskZoneSummary(items, zone, shnorIds), schools, problems: [...index.problems, ...ties] };
}

// ---------------------------------------------------------------------------------------------------------------
// The SOCIALINDEX worksheet function

export interface SocialIndexMatrixOptions {
  scale?: CompositeIndexSettings["scale"];
  missing?: CompositeIndexSettings["missing"];
  minComponents?: number;
}

/**
 * ИСБШ of a range: rows = schools, columns = indicators, one direction (+1/−1) per column, optional weights; a blank
 * is a missing value. The result is a column in the order of the rows (null for a school without an index).
 */
export function socialIndexOfMatrix(matrix: readonly (readonly (number | null)[])[], directions: readonly number[], weights?: readonly (number | null)[], options: SocialIndexMatrixOptions = {}): (number | null)[] {
  const columns = directions.length;
  if (columns === 0) throw new ShnorError("ctx_components_empty", {});
  matrix.forEach((row, i) => {
    if (row.length !== columns) throw new ShnorError("ctx_directions_length", { directions: columns, columns: row.length, row: i + 1 });
  });
  if (weights && weights.length !== columns) throw new ShnorError("ctx_weights_length", { weights: weights.length, columns });
  const components = directions.map((d, k) => {
    if (d !== 1 && d !== -1) throw new ShnorError("ctx_direction_invalid", { component: String(k + 1), value: String(d) });
    const w = weights?.[k];
    return component(`C${k + 1}`, `C${k + 1}`, d, { weight: w === null || w === undefined ? 1 : w, unit: "number" });
  });
  const width = String(matrix.length).length;
  const rows: IndexInputRow[] = matrix.map((row, i) => ({
    schoolId: String(i).padStart(width, "0"), schoolName: "", municipality: "", locality: null, year: null,
    values: Object.fromEntries(components.map((c, k) => [c.key, row[k]])),
  }));
  const settings = resolveCompositeSettings(components, definedOnly({ components, ...options }));
  return computeCompositeIndex(rows, settings).schools.map((s) => s.index);
}
