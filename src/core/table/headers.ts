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

export interface TwoRowHeaderMatch extends HeaderMatch {
  /** The header text of each column, the two rows combined (what messages call the column). */
  header: unknown[];
}

/**
 * A header of two rows, as exports with merged cells have: «Результаты» merged over «Кол-во участников» and
 * «Количество 2» in the row below, while «Логин ОО» spans both rows (its text sits in the upper cell, the lower one
 * is blank, as Excel and exceljs hand merged cells over). Each column is named by its lower cell, or by the upper
 * one where the lower is blank. A pair counts only when the combined header has every required field, both rows
 * name a field, and the lower row is blank under every field the upper row names — a data row never is, so the
 * first data row is never taken for a header. `headerRow` is the lower row (data starts below it).
 */
export function detectTwoRowHeader(values: readonly (readonly unknown[])[], fields: readonly FieldSpec[], scanRows = 10): TwoRowHeaderMatch | undefined {
  let best: TwoRowHeaderMatch | undefined;
  let bestCount = 0;
  for (let r = 0; r + 1 < Math.min(scanRows + 1, values.length); r++) {
    const upper = values[r] ?? [];
    const lower = values[r + 1] ?? [];
    const upperColumns = Object.values(mapHeaders(upper, fields));
    if (upperColumns.length === 0 || upperColumns.some((c) => cellText(lower[c]) !== "")) continue;
    const width = Math.max(upper.length, lower.length);
    const header = Array.from({ length: width }, (_, c) => (cellText(lower[c]) !== "" ? lower[c] : upper[c]));
    const mapping = mapHeaders(header, fields);
    const fromLower = Object.values(mapping).some((c) => cellText(lower[c]) !== "");
    const count = Object.keys(mapping).length;
    if (fromLower && missingFields(mapping, fields).length === 0 && count > bestCount) {
      best = { headerRow: r + 1, mapping, header };
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
