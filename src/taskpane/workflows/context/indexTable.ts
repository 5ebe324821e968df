/**
 * The component table of a composite index (ИСБШ, staffing, equipment) as a workflow table: the required
 * components, optional extras the user may map, and the core reader over the components actually mapped.
 */
import { componentFields, type IndexComponent, type IndexInputRow, readIndicatorTable } from "../../../core/indicators/compositeIndex";
import type { FieldSpec } from "../../../core/table/headers";
import type { DataFacts, WorkflowTable } from "../types";

/** Years present in index rows (none when the table has no year column). */
export function indexYears(rows: readonly { year: number | null }[]): number[] {
  return [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

export function indexFacts(rows: readonly IndexInputRow[]): DataFacts {
  return { rows: rows.length, schools: new Set(rows.map((r) => r.schoolId)).size, years: indexYears(rows) };
}

/** Required `components` and optional `extras` (read only when their column is mapped); `sourceIntroKey` describes the table. */
export function indexTable(sourceIntroKey: string, components: readonly IndexComponent[], extras: readonly IndexComponent[] = []): WorkflowTable<IndexInputRow> {
  const extraFields: FieldSpec[] = extras.map((c) => ({ key: c.key, aliases: [c.label, ...c.aliases], required: false }));
  return {
    fields: [...componentFields(components), ...extraFields],
    read(matrix, options) {
      const used = [...components, ...extras.filter((c) => options.mapping[c.key] !== undefined)];
      const read = readIndicatorTable(matrix, used, options);
      return { rows: read.rows, problems: read.problems };
    },
    facts: indexFacts,
    sourceIntroKey,
  };
}

/** The components the rows carry, in the order given (required first, then the extras mapped). */
export function componentsOf(rows: readonly IndexInputRow[], all: readonly IndexComponent[]): IndexComponent[] {
  const first = rows[0];
  return first ? all.filter((c) => c.key in first.values) : [];
}
