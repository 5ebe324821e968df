/**
 * The pane's settings as kept in the workbook (one JSON text under one key): the methodology settings shared by
 * every workflow — two analysts opening one regional workbook must get the same numbers — and each workflow's
 * last choices (years, scales, thresholds). Text from a workbook is untrusted: anything malformed is dropped, never
 * thrown, and the page falls back to its default. A further table a page reads (a ШНОР list, a cohort, the means) is
 * never kept: it may be gone or changed by the next run, so it is chosen again (the settings step says so).
 */
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings, resolveSettings } from "../../core/settings";

export const SETTINGS_KEY = "SHNOR.paneSettings";

export interface StoredSettings {
  methodology?: Partial<IdentifySettings>;
  identify?: { resultsYear?: number };
  dynamics?: { fromYear?: number; toYear?: number };
  /** The ИСБШ page's last choice (the indicators depend on the table, so they are not kept). */
  social?: { scale?: "tScore" | "minMax"; quantile?: number; scope?: "region" | "municipality" };
  /** The resources page; the cohort of project schools (another table) is not kept. */
  deficits?: { scale?: "tScore" | "minMax"; anchor?: "baseYear" | "eachYear"; excludeNotEvaluable?: boolean; targetYear?: number | null };
  risks?: { topN?: number; counted?: "high" | "highOrMedium" };
  programme?: { template?: string; year?: number };
  expertise?: { year?: number; mechanismsThreshold?: number; implementationThreshold?: number; levelBasis?: "parts" | "total" };
  indices?: { year?: number; massSubjects?: string[]; targetYear?: number };
  oip?: { year?: number; target?: number };
  /** The 2016 criteria; the means per procedure (another table) are not kept. */
  federal?: { quantile?: number; gapRule?: "any" | "mean"; shnroMin?: 1 | 2 | 3; regionUnemployment?: number | null; unemploymentFactor?: number };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const year = (v: unknown): number | undefined => (Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100 ? (v as number) : undefined);

/** Keeps only the methodology keys the core knows, with values of the default's type. */
function methodologyOf(v: unknown): Partial<IdentifySettings> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(DEFAULT_IDENTIFY_SETTINGS)) {
    const value = v[key];
    if (Array.isArray(def) ? Array.isArray(value) && value.every((x) => typeof x === "string") : typeof value === typeof def) out[key] = value;
  }
  return out as Partial<IdentifySettings>;
}

export function parseStoredSettings(text: string | undefined): StoredSettings {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(json)) return {};
  const identify = isRecord(json.identify) ? { resultsYear: year(json.identify.resultsYear) } : undefined;
  const dynamics = isRecord(json.dynamics) ? { fromYear: year(json.dynamics.fromYear), toYear: year(json.dynamics.toYear) } : undefined;
  const indices = isRecord(json.indices) ? {
    year: year(json.indices.year),
    massSubjects: Array.isArray(json.indices.massSubjects) ? json.indices.massSubjects.filter((x): x is string => typeof x === "string") : undefined,
    targetYear: year(json.indices.targetYear),
  } : undefined;
  const social = isRecord(json.social) ? socialOf(json.social) : undefined;
  const deficits = isRecord(json.deficits) ? deficitsOf(json.deficits) : undefined;
  const risks = isRecord(json.risks) ? risksOf(json.risks) : undefined;
  const programme = isRecord(json.programme) ? { template: typeof json.programme.template === "string" ? json.programme.template : undefined, year: year(json.programme.year) } : undefined;
  const expertise = isRecord(json.expertise) ? expertiseOf(json.expertise) : undefined;
  const oip = isRecord(json.oip) ? { year: year(json.oip.year), target: nonNegative(json.oip.target) } : undefined;
  const federal = isRecord(json.federal) ? federalOf(json.federal) : undefined;
  return { methodology: methodologyOf(json.methodology), identify, dynamics, social, deficits, risks, programme, expertise, indices, oip, federal };
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const nonNegative = (v: unknown): number | undefined => (finite(v) && v >= 0 ? v : undefined);

function deficitsOf(v: Record<string, unknown>): StoredSettings["deficits"] {
  const target = v.targetYear;
  return {
    scale: scaleOf(v.scale),
    anchor: v.anchor === "baseYear" || v.anchor === "eachYear" ? v.anchor : undefined,
    excludeNotEvaluable: typeof v.excludeNotEvaluable === "boolean" ? v.excludeNotEvaluable : undefined,
    // null is a choice (the data year); anything else not a year is dropped.
    targetYear: target === null ? null : year(target),
  };
}

function federalOf(v: Record<string, unknown>): StoredSettings["federal"] {
  const q = v.quantile;
  const k = v.unemploymentFactor;
  const u = v.regionUnemployment;
  return {
    quantile: finite(q) && q > 0 && q < 1 ? q : undefined,
    gapRule: v.gapRule === "any" || v.gapRule === "mean" ? v.gapRule : undefined,
    shnroMin: v.shnroMin === 1 || v.shnroMin === 2 || v.shnroMin === 3 ? v.shnroMin : undefined,
    regionUnemployment: u === null ? null : nonNegative(u),
    unemploymentFactor: finite(k) && k > 0 ? k : undefined,
  };
}

const scaleOf = (v: unknown): "tScore" | "minMax" | undefined => (v === "tScore" || v === "minMax" ? v : undefined);

function risksOf(v: Record<string, unknown>): StoredSettings["risks"] {
  const n = v.topN;
  return {
    topN: Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 10 ? (n as number) : undefined,
    counted: v.counted === "high" || v.counted === "highOrMedium" ? v.counted : undefined,
  };
}

const shareOf = (v: unknown): number | undefined => (typeof v === "number" && v >= 0 && v <= 1 ? v : undefined);

function expertiseOf(v: Record<string, unknown>): StoredSettings["expertise"] {
  return {
    year: year(v.year), mechanismsThreshold: shareOf(v.mechanismsThreshold), implementationThreshold: shareOf(v.implementationThreshold),
    levelBasis: v.levelBasis === "parts" || v.levelBasis === "total" ? v.levelBasis : undefined,
  };
}

function socialOf(v: Record<string, unknown>): StoredSettings["social"] {
  const q = v.quantile;
  return {
    scale: scaleOf(v.scale),
    quantile: typeof q === "number" && q > 0 && q < 1 ? q : undefined,
    scope: v.scope === "region" || v.scope === "municipality" ? v.scope : undefined,
  };
}

/** The stored methodology resolved by the core; defaults when what is stored is not a valid set of settings. */
export function storedMethodology(stored: StoredSettings): IdentifySettings {
  try {
    return resolveSettings(stored.methodology ?? {});
  } catch {
    return resolveSettings();
  }
}
