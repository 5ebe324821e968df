/** What keeps a column mapping from being checked: required fields without a column, columns chosen twice. */
import { AGGREGATE_FIELDS } from "../../core/table/aggregate";
import { type ColumnMapping, type FieldSpec, missingFields } from "../../core/table/headers";

export interface MappingIssues {
  /** Field keys; a one-of group as its keys joined by " | " (e.g. "failed | failed_pct"). */
  missing: string[];
  /** Fields that share their column with an earlier field. */
  duplicates: string[];
}

export function mappingIssues(mapping: ColumnMapping, fields: readonly FieldSpec[] = AGGREGATE_FIELDS): MappingIssues {
  const seen = new Map<number, string>();
  const duplicates: string[] = [];
  for (const f of fields) {
    const col = mapping[f.key];
    if (col === undefined) continue;
    if (seen.has(col)) duplicates.push(f.key);
    else seen.set(col, f.key);
  }
  return { missing: missingFields(mapping, fields), duplicates };
}

export function mappingReady(issues: MappingIssues): boolean {
  return issues.missing.length === 0 && issues.duplicates.length === 0;
}
