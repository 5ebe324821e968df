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
 * municipalities and distinct ids once, then the sort compares one precomputed number per school.
 */
export function sortSchools<T extends { municipality: string; schoolId: string }>(schools: T[]): T[] {
  const rank = (values: string[]) => new Map([...new Set(values)].sort(compareRu).map((v, i) => [v, i]));
  const m = rank(schools.map((s) => s.municipality));
  const id = rank(schools.map((s) => s.schoolId));
  const key = new Float64Array(schools.length);
  schools.forEach((s, i) => (key[i] = (m.get(s.municipality) ?? 0) * id.size + (id.get(s.schoolId) ?? 0)));
  const order = Array.from(schools.keys()).sort((a, b) => key[a] - key[b] || a - b);
  const sorted = order.map((i) => schools[i]);
  for (let i = 0; i < sorted.length; i++) schools[i] = sorted[i];
  return schools;
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

/**
 * The first value recorded under each numeric key (≥ 0, integral): an open-addressing table on typed arrays. A
 * country's million-row tables check every row's key here; a Map of numbers is about five times slower and far
 * larger.
 */
export class FirstByNumber {
  private keys = new Float64Array(1024).fill(-1);
  private values = new Int32Array(1024);
  private size = 0;

  /** The value first recorded under `key`; when there is none, records `value` and returns undefined. */
  firstOrSet(key: number, value: number): number | undefined {
    const mask = this.keys.length - 1;
    for (let h = hashInteger(key) & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h];
      if (k === key) return this.values[h];
      if (k === -1) {
        this.keys[h] = key;
        this.values[h] = value;
        if (++this.size * 2 > this.keys.length) this.grow();
        return undefined;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.firstOrSet(keys[i], values[i]);
  }
}

/**
 * A well-mixed 32-bit hash of an integral key up to 2^53: its low and high words combined, then the murmur3 finaliser,
 * so that any low bits can index a table. Every open-addressing table of the core hashes with it.
 */
export function hashInteger(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
