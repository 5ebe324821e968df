/** Small collection helpers the indicators share. */

/** Russian alphabetical order; one collator, because `localeCompare` builds one per call (slow on 40,000 schools). */
const collator = new Intl.Collator("ru");
export const compareRu = (a: string, b: string): number => collator.compare(a, b);

/** Schools ordered by municipality, then id: the order of every list and report. */
export function bySchoolOrder<T extends { municipality: string; schoolId: string }>(a: T, b: T): number {
  return compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId);
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
