/**
 * The aggregate rows folded per school for the years a computation looks at: participants and failures summed
 * per (school, year, evaluated assessment) — ЕГЭ base and profile fold into one in combined mode. Identification
 * and the dynamics report both read it.
 *
 * A country is 40,000 schools × 9 assessments × 3 years: the counts live in flat typed arrays indexed by small
 * integers (school, year slot, assessment) instead of nested Maps of objects, so building the index allocates
 * almost nothing per row and the indicators loop over numbers.
 */
import { evaluatedAssessments, evaluatedId } from "../catalog/assessments";
import type { IdentifySettings } from "../settings";
import type { AggregateRow, Locality } from "../table/aggregate";

export interface SchoolInfo {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  group: string;
}

export interface SchoolCounts {
  /** Every school of the rows (whatever its years), in order of first appearance. */
  schools: SchoolInfo[];
  /** The years counted; a row of another year only names its school. */
  years: readonly number[];
  /** The evaluated assessment ids, in catalogue order. */
  assessmentIds: readonly string[];
  participants: Float64Array;
  failed: Float64Array;
  /** A row existed for the cell (`PRESENT`), and its failures came from a percentage (`FROM_PERCENT`). */
  flags: Uint8Array;
  /** The index of (school, year slot, assessment) in the arrays. */
  cell(school: number, yearSlot: number, assessment: number): number;
}

export const PRESENT = 1;
export const FROM_PERCENT = 2;

/** A cell's counts as the dynamics and low-result rules take them; undefined when the school had no row there. */
export function countsAt(c: SchoolCounts, i: number): { participants: number; failed: number; fromPercent: boolean } | undefined {
  return c.flags[i] & PRESENT ? { participants: c.participants[i], failed: c.failed[i], fromPercent: (c.flags[i] & FROM_PERCENT) !== 0 } : undefined;
}

export function countSchools(rows: readonly AggregateRow[], settings: IdentifySettings, years: readonly number[]): SchoolCounts {
  const assessmentIds = evaluatedAssessments(settings.assessments, settings.egeMathMode).map((a) => a.id);
  // Each enabled data id → the slot of the id it is evaluated under; ids not enabled are absent.
  const slotOf = new Map<string, number>();
  for (const id of settings.assessments) {
    const slot = assessmentIds.indexOf(evaluatedId(id, settings.egeMathMode));
    if (slot >= 0) slotOf.set(id, slot);
  }
  const schoolOf = new Map<string, number>();
  const schools: SchoolInfo[] = [];
  const schoolOfRow = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    let s = schoolOf.get(r.schoolId);
    if (s === undefined) {
      s = schools.length;
      schoolOf.set(r.schoolId, s);
      schools.push({ schoolId: r.schoolId, schoolName: r.schoolName, municipality: r.municipality, locality: r.locality, group: r.group });
    } else {
      // A school's later rows fill what its first rows left blank.
      const info = schools[s];
      if (info.schoolName === "") info.schoolName = r.schoolName;
      if (info.municipality === "") info.municipality = r.municipality;
      if (info.locality === null) info.locality = r.locality;
      if (info.group === "") info.group = r.group;
    }
    schoolOfRow[k] = s;
  }
  const width = assessmentIds.length;
  const stride = years.length * width;
  const size = schools.length * stride;
  const participants = new Float64Array(size);
  const failed = new Float64Array(size);
  const flags = new Uint8Array(size);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const slot = slotOf.get(r.assessmentId);
    const y = years.indexOf(r.year);
    if (slot === undefined || y < 0) continue;
    const i = schoolOfRow[k] * stride + y * width + slot;
    participants[i] += r.participants;
    failed[i] += r.failed;
    flags[i] |= r.failedFromPercent ? PRESENT | FROM_PERCENT : PRESENT;
  }
  return {
    schools, years, assessmentIds, participants, failed, flags,
    cell: (school, yearSlot, assessment) => school * stride + yearSlot * width + assessment,
  };
}
