/** Small collection helpers the indicators share. */

/** Russian alphabetical order; one collator, because `localeCompare` builds one per call (slow on 40,000 schools). */
const collator = new Intl.Collator("ru");
export const compareRu = (a: string, b: string): number => collator.compare(a, b);

/** Schools ordered by municipality, then id: the order of every list and report. */
export function bySchoolOrder<T extends { municipality: string; schoolId: string }>(a: T, b: T): number {
  return compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId);
}

/**
 * Sorts schools in place in `bySchoolOrder`, fast on a country: the collator ranks only the distinct
 * municipalities and distinct ids once, then the sort compares numbers.
 */
export function sortSchools<T extends { municipality: string; schoolId: string }>(schools: T[]): T[] {
  const rank = (values: string[]) => new Map([...new Set(values)].sort(compareRu).map((v, i) => [v, i]));
  const m = rank(schools.map((s) => s.municipality));
  const id = rank(schools.map((s) => s.schoolId));
  return schools.sort((a, b) => (m.get(a.municipality) ?? 0) - (m.get(b.municipality) ?? 0) || (id.get(a.schoolId) ?? 0) - (id.get(b.schoolId) ?? 0));
}

/** Items grouped by a key, in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** The given settings without their undefined entries, so spreading them over the defaults keeps the defaults. */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
