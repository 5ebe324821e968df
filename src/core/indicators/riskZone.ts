/**
 * The bottom-quantile risk zone and the comparison with the municipality (METHODOLOGY §8, §9; domain-notes §5.1–5.2):
 * the `floor(q·n)` schools with the lowest values (q = 0.25: «школы нижнего квартала по ИСБШ»), region-wide by
 * default — Yaroslavl 2023: 82 of 330 = floor(82.5), seed 004 — or per municipality. Schools tied with the last one
 * in are all taken in and counted (option: all left out). Also the seed-004 labels «самый низкий в МР», «ниже
 * среднего по МР», «выше среднего по МР» of a school's value against its municipality's mean.
 */
import { compareRu } from "../collections";
import { ShnorError } from "../errors";
import { toRatio } from "../ratio";
import { definedOnly } from "../collections";

export type RiskZoneScope = "region" | "municipality";
/** Schools tied with the value at the cut-off: all in (`include`, the zone may exceed floor(q·n)) or all out. */
export type TieRule = "include" | "exclude";

export interface RiskZoneSettings {
  /** The bottom share (default 0.25). */
  quantile: number;
  scope: RiskZoneScope;
  tieRule: TieRule;
  /** Values closer than this are tied (index values are floating point). Default 1e-9. */
  tolerance: number;
}

export const DEFAULT_RISK_ZONE_SETTINGS: RiskZoneSettings = { quantile: 0.25, scope: "region", tieRule: "include", tolerance: 1e-9 };

export function resolveRiskZoneSettings(overrides: Partial<RiskZoneSettings> = {}): RiskZoneSettings {
  const s: RiskZoneSettings = { ...DEFAULT_RISK_ZONE_SETTINGS, ...definedOnly(overrides) };
  if (!Number.isFinite(s.quantile) || s.quantile <= 0 || s.quantile >= 1) throw new ShnorError("setting_invalid", { setting: "quantile", value: String(s.quantile), expected: "0 < x < 1" });
  if (s.scope !== "region" && s.scope !== "municipality") throw new ShnorError("setting_invalid", { setting: "scope", value: String(s.scope), expected: "region | municipality" });
  if (s.tieRule !== "include" && s.tieRule !== "exclude") throw new ShnorError("setting_invalid", { setting: "tieRule", value: String(s.tieRule), expected: "include | exclude" });
  if (!Number.isFinite(s.tolerance) || s.tolerance < 0) throw new ShnorError("setting_invalid", { setting: "tolerance", value: String(s.tolerance), expected: "≥ 0" });
  return s;
}

/** floor(q·n), exactly: q as p/10^d, so floor(0.25 · 330) = 82 never becomes 82.49999 → 82 by luck. */
export function riskZoneSize(n: number, quantile: number): number {
  if (!Number.isInteger(n) || n < 0) throw new ShnorError("count_not_natural", { field: "n", value: n });
  const { p, q } = toRatio(quantile);
  return Math.floor((p * n) / q);
}

export interface RiskZoneItem {
  id: string;
  /** The municipality (used with scope = municipality and by the summaries). */
  municipality: string;
  /** null: no value, not evaluated. */
  value: number | null;
}

export interface RiskZoneGroup {
  /** The municipality, or "" for the whole region. */
  municipality: string;
  /** Items with a value. */
  n: number;
  /** floor(q·n). */
  nominal: number;
  /** Items in the zone. */
  size: number;
  /** The value of the nominal-th lowest item (the cut-off); null when nominal = 0. */
  cutoff: number | null;
  /** Items whose value ties with the cut-off. */
  tiedAtCutoff: number;
  /** size − nominal: positive when ties were taken in, negative when they were left out. */
  extra: number;
}

export interface RiskZoneResult {
  settings: RiskZoneSettings;
  /** Per item id: in the zone, or null when it has no value. */
  inZone: Map<string, boolean | null>;
  groups: RiskZoneGroup[];
}

/** The zone of one group of items with values. */
function zoneOf(items: readonly RiskZoneItem[], s: RiskZoneSettings, municipality: string): { group: RiskZoneGroup; members: Set<string> } {
  const valued = items.filter((i): i is RiskZoneItem & { value: number } => i.value !== null);
  const nominal = riskZoneSize(valued.length, s.quantile);
  if (nominal === 0) return { group: { municipality, n: valued.length, nominal, size: 0, cutoff: null, tiedAtCutoff: 0, extra: 0 }, members: new Set() };
  const values = valued.map((i) => i.value).sort((a, b) => a - b);
  const cutoff = values[nominal - 1];
  const tied = (v: number) => Math.abs(v - cutoff) <= s.tolerance;
  const inside = (v: number) => (s.tieRule === "include" ? v < cutoff || tied(v) : v < cutoff && !tied(v));
  const members = new Set(valued.filter((i) => inside(i.value)).map((i) => i.id));
  const tiedAtCutoff = valued.filter((i) => tied(i.value)).length;
  return { group: { municipality, n: valued.length, nominal, size: members.size, cutoff, tiedAtCutoff, extra: members.size - nominal }, members };
}

/** The lowest floor(q·n) items, region-wide or per municipality. Ids must be unique. */
export function riskZone(items: readonly RiskZoneItem[], overrides: Partial<RiskZoneSettings> = {}): RiskZoneResult {
  const s = resolveRiskZoneSettings(overrides);
  const ids = new Set<string>();
  for (const i of items) {
    if (ids.has(i.id)) throw new ShnorError("ctx_school_duplicate", { school: i.id });
    ids.add(i.id);
    if (i.value !== null && !Number.isFinite(i.value)) throw new ShnorError("ctx_value_invalid", { school: i.id, component: "value", value: String(i.value) });
  }
  const scopes = s.scope === "region" ? new Map([["", [...items]]]) : groupByMunicipality(items);
  const inZone = new Map<string, boolean | null>();
  const groups: RiskZoneGroup[] = [];
  for (const [municipality, list] of scopes) {
    const { group, members } = zoneOf(list, s, municipality);
    groups.push(group);
    for (const i of list) inZone.set(i.id, i.value === null ? null : members.has(i.id));
  }
  return { settings: s, inZone, groups };
}

function groupByMunicipality(items: readonly RiskZoneItem[]): Map<string, RiskZoneItem[]> {
  const m = new Map<string, RiskZoneItem[]>();
  for (const i of [...items].sort((a, b) => compareRu(a.municipality, b.municipality))) {
    const list = m.get(i.municipality) ?? [];
    list.push(i);
    m.set(i.municipality, list);
  }
  return m;
}

/**
 * The RISKZONE worksheet function: TRUE for the lowest floor(q·n) values of a column, ties included; a blank is
 * not evaluated (null). n counts the values only.
 */
export function riskZoneColumn(values: readonly (number | null)[], quantile = DEFAULT_RISK_ZONE_SETTINGS.quantile): (boolean | null)[] {
  const items = values.map((value, i) => ({ id: String(i), municipality: "", value }));
  const { inZone } = riskZone(items, { quantile });
  return items.map((i) => inZone.get(i.id) ?? null);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-municipality summary (seed 004: «Число школ "зоны риска"», %, «Всего школ в МО»)

export interface RiskZoneMunicipality {
  municipality: string;
  /** Schools of the municipality (with or without a value). */
  schools: number;
  zone: number;
  /** zone / schools, or null when there are no schools. */
  share: number | null;
  /** Zone schools that are also ШНОР (when a ШНОР list is given). */
  zoneShnor: number | null;
}

export interface RiskZoneSummary {
  municipalities: RiskZoneMunicipality[];
  total: RiskZoneMunicipality;
}

/** Counts of zone schools per municipality and in all; the ШНОР column when a list of ШНОР ids is given. */
export function riskZoneSummary(items: readonly RiskZoneItem[], result: RiskZoneResult, shnorIds?: ReadonlySet<string>): RiskZoneSummary {
  const row = (municipality: string, list: readonly RiskZoneItem[]): RiskZoneMunicipality => {
    const zone = list.filter((i) => result.inZone.get(i.id) === true);
    return {
      municipality, schools: list.length, zone: zone.length, share: list.length ? zone.length / list.length : null,
      zoneShnor: shnorIds ? zone.filter((i) => shnorIds.has(i.id)).length : null,
    };
  };
  const by = groupByMunicipality(items);
  return { municipalities: [...by.entries()].map(([m, list]) => row(m, list)), total: row("", items) };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison with the municipality mean (seed 004: «39,4 (самый низкий в МР)», «55,9 (выше среднего по МР)»)

export type MunicipalComparison = "lowest" | "below" | "average" | "above" | "only";

/** The Russian labels, as in seed 004; domain labels, the same in every interface language. */
export const MUNICIPAL_COMPARISON_LABELS: Record<MunicipalComparison, string> = {
  lowest: "самый низкий в МР",
  below: "ниже среднего по МР",
  average: "средний по МР",
  above: "выше среднего по МР",
  only: "единственная школа МР",
};

export interface MunicipalComparisonSettings {
  /**
   * Half-width of «средний по МР» around the municipality mean, in index points. Default 0: METHODOLOGY names only
   * «самый низкий / ниже среднего / выше среднего», so «средний» is an exact tie with the mean.
   */
  averageBand: number;
  /** Values closer than this are equal (the lowest may be shared). Default 1e-9. */
  tolerance: number;
}

export const DEFAULT_MUNICIPAL_COMPARISON: MunicipalComparisonSettings = { averageBand: 0, tolerance: 1e-9 };

export interface MunicipalComparisonResult {
  comparison: MunicipalComparison | null;
  /** The mean of the municipality's values. */
  municipalityMean: number | null;
  /** Schools of the municipality with a value. */
  municipalityN: number;
}

/**
 * Each item against its municipality: the lowest value (ties share it) when the municipality has two or more valued
 * schools that differ, else below / average / above the mean; a municipality with one valued school → «единственная
 * школа МР»; all values equal → «средний по МР».
 */
export function compareWithMunicipality(items: readonly RiskZoneItem[], overrides: Partial<MunicipalComparisonSettings> = {}): Map<string, MunicipalComparisonResult> {
  const s = { ...DEFAULT_MUNICIPAL_COMPARISON, ...definedOnly(overrides) };
  if (!Number.isFinite(s.averageBand) || s.averageBand < 0) throw new ShnorError("setting_invalid", { setting: "averageBand", value: String(s.averageBand), expected: "≥ 0" });
  const out = new Map<string, MunicipalComparisonResult>();
  for (const [, list] of groupByMunicipality(items)) {
    const valued = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((i) => i.value).filter((v): v is number => v !== null);
    const mean = valued.length ? valued.reduce((a, b) => a + b, 0) / valued.length : null;
    const range = valued.length ? { min: Math.min(...valued), max: Math.max(...valued) } : null;
    for (const i of list) {
      out.set(i.id, { comparison: i.value === null || mean === null || range === null ? null : classify(i.value, mean, range, valued.length, s), municipalityMean: mean, municipalityN: valued.length });
    }
  }
  return out;
}

function classify(v: number, mean: number, range: { min: number; max: number }, n: number, s: MunicipalComparisonSettings): MunicipalComparison {
  if (n === 1) return "only";
  // All equal: nobody is "the lowest".
  if (range.max - range.min <= s.tolerance) return "average";
  if (Math.abs(v - range.min) <= s.tolerance) return "lowest";
  if (Math.abs(v - mean) <= s.averageBand + s.tolerance) return "average";
  return v < mean ? "below" : "above";
}
