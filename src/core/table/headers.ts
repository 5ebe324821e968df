/**
 * Recognising columns by their headers. Exports name the same thing many ways («Логин ОО», «Кол-во участников»,
 * «Количество "2"», participants); headers and aliases are compared after one normalisation, and the header
 * row is found among the first rows (exports often carry a title above the table).
 */
import { cellText } from "../values";

export interface FieldSpec {
  key: string;
  /** Accepted header spellings (any case, quotes and punctuation ignored). */
  aliases: readonly string[];
  required: boolean;
  /** Fields sharing a group: at least one of them is required (e.g. failed or failed_pct). */
  oneOf?: string;
}

/** Field key → 0-based column index in the matrix. */
export type ColumnMapping = Record<string, number>;

/** Lower case, ё→е, quotes and punctuation to spaces, № kept, spaces collapsed. */
export function normalizeHeader(text: unknown): string {
  return cellText(text)
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/["'«»“”„`]/g, "")
    .replace(/[.,:;()[\]{}_\-–—/\\|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Maps each field to the first column whose header matches one of its aliases. */
export function mapHeaders(headers: readonly unknown[], fields: readonly FieldSpec[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of fields) {
    const aliases = new Set([field.key, ...field.aliases].map(normalizeHeader));
    const index = normalized.findIndex((h, i) => !taken.has(i) && h !== "" && aliases.has(h));
    if (index >= 0) {
      mapping[field.key] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export interface HeaderMatch {
  /** 0-based index of the header row in the matrix. */
  headerRow: number;
  mapping: ColumnMapping;
}

/** The row among the first `scanRows` that matches the most fields (at least two), or undefined. */
export function detectHeaderRow(values: readonly (readonly unknown[])[], fields: readonly FieldSpec[], scanRows = 10): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  let bestCount = 1;
  for (let r = 0; r < Math.min(scanRows, values.length); r++) {
    const mapping = mapHeaders(values[r] ?? [], fields);
    const count = Object.keys(mapping).length;
    if (count > bestCount) {
      best = { headerRow: r, mapping };
      bestCount = count;
    }
  }
  return best;
}

/** Required fields (and one-of groups) the mapping lacks, by key. */
export function missingFields(mapping: ColumnMapping, fields: readonly FieldSpec[]): string[] {
  const missing: string[] = [];
  const groups = new Map<string, string[]>();
  for (const f of fields) {
    if (f.oneOf) groups.set(f.oneOf, [...(groups.get(f.oneOf) ?? []), f.key]);
    else if (f.required && mapping[f.key] === undefined) missing.push(f.key);
  }
  for (const keys of groups.values()) {
    if (!keys.some((k) => mapping[k] !== undefined)) missing.push(keys.join(" | "));
  }
  return missing;
}

/** "failed | failed_pct" → "failed («количество 2») | failed_pct («доля 2»)": the key and its first Russian alias. */
export function describeFields(keys: string, fields: readonly FieldSpec[]): string {
  return keys
    .split(" | ")
    .map((k) => {
      const alias = fields.find((f) => f.key === k)?.aliases[0];
      return alias ? `${k} («${alias}»)` : k;
    })
    .join(" | ");
}
