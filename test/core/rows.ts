import type { AggregateRow } from "../../src/core/table/aggregate";

/** A compact way to write aggregate rows in tests: [school, year, assessment, participants, failed]. */
export function rows(spec: [string, number, string, number, number][], extra: Partial<AggregateRow> = {}): AggregateRow[] {
  return spec.map(([schoolId, year, assessmentId, participants, failed], i) => ({
    schoolId, schoolName: `Школа ${schoolId}`, municipality: "МО", locality: null, group: "", year, assessmentId,
    participants, failed, failedFromPercent: false, meanScore: null, row: i + 2, ...extra,
  }));
}
