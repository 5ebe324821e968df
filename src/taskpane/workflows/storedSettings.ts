/**
 * The pane's settings as kept in the workbook (one JSON text under one key): the methodology settings shared by
 * every workflow — two analysts opening one regional workbook must get the same numbers — and each workflow's
 * last choice of years. Text from a workbook is untrusted: anything malformed is dropped, never thrown.
 */
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings, resolveSettings } from "../../core/settings";

export const SETTINGS_KEY = "SHNOR.paneSettings";

export interface StoredSettings {
  methodology?: Partial<IdentifySettings>;
  identify?: { resultsYear?: number };
  dynamics?: { fromYear?: number; toYear?: number };
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
  return { methodology: methodologyOf(json.methodology), identify, dynamics };
}

/** The stored methodology resolved by the core; defaults when what is stored is not a valid set of settings. */
export function storedMethodology(stored: StoredSettings): IdentifySettings {
  try {
    return resolveSettings(stored.methodology ?? {});
  } catch {
    return resolveSettings();
  }
}
