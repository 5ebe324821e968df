/**
 * Dynamics of an index between two years (METHODOLOGY §6, §7; domain-notes §3.2 choice 7): ИНР falling is
 * positive (lower is better), ИМР and the ГИА deviation rising are positive (higher is better); equal is neutral;
 * a missing year is "nodata" (not evaluable). Shares that come with their counts are compared exactly by
 * cross-multiplication; values without counts (the deviation, a mean of ratios) within a tolerance.
 */
import { ShnorError } from "../errors";
import { compareFractions, SHARE_EPSILON } from "../ratio";

export type IndexDirection = "lowerIsBetter" | "higherIsBetter";
export type IndexDynamicsType = "positive" | "negative" | "neutral" | "nodata";

/** A share given by its counts: `count / total`. */
export interface CountIndex {
  count: number;
  total: number;
}

/** One year's value of an index: counts (exact), a bare value, or nothing. */
export type IndexObservation = CountIndex | { value: number } | null | undefined;

/** Russian labels of the dynamics of an index (the same words as the reports: ctx_dyn_*). */
export const INDEX_DYNAMICS_LABELS: Record<IndexDynamicsType, string> = { positive: "положительная", negative: "отрицательная", neutral: "без изменений", nodata: "нет данных" };

export interface DynamicsSettings {
  /** Bare values closer than this are equal (counts are always exact). Default SHARE_EPSILON (1e-9). */
  tolerance: number;
}

export const DEFAULT_DYNAMICS_SETTINGS: DynamicsSettings = { tolerance: SHARE_EPSILON };

function isCounts(o: CountIndex | { value: number }): o is CountIndex {
  return "count" in o;
}

/** True when the observation can be compared: counts with total > 0, or a finite value. */
export function isObserved(o: IndexObservation): o is CountIndex | { value: number } {
  if (!o) return false;
  return isCounts(o) ? o.total > 0 : Number.isFinite(o.value);
}

/** Sign of `cur − prev` (−1, 0, 1), or null when either year is missing. */
export function compareObservations(prev: IndexObservation, cur: IndexObservation, settings: DynamicsSettings = DEFAULT_DYNAMICS_SETTINGS): number | null {
  if (!isObserved(prev) || !isObserved(cur)) return null;
  if (isCounts(prev) && isCounts(cur)) return Math.sign(compareFractions(cur.count, cur.total, prev.count, prev.total));
  const a = isCounts(prev) ? prev.count / prev.total : prev.value;
  const b = isCounts(cur) ? cur.count / cur.total : cur.value;
  return Math.abs(b - a) <= settings.tolerance ? 0 : Math.sign(b - a);
}

/** The dynamics of one index between the previous and the current year. */
export function indexDynamics(prev: IndexObservation, cur: IndexObservation, direction: IndexDirection, settings: DynamicsSettings = DEFAULT_DYNAMICS_SETTINGS): IndexDynamicsType {
  const sign = compareObservations(prev, cur, settings);
  if (sign === null) return "nodata";
  if (sign === 0) return "neutral";
  const improved = direction === "lowerIsBetter" ? sign < 0 : sign > 0;
  return improved ? "positive" : "negative";
}

// ---------------------------------------------------------------------------------------------------------------
// One verdict per school from several components (procedures × grades, or subjects)

/**
 * How a school's components combine into one verdict (our choice, METHODOLOGY is silent; see
 * docs/methodology-choices.md):
 * - `pooled` (default): over the components observed in both years, Σcount/Σtotal of one year against the other —
 *   the share of all the school's tested students, compared exactly; components present in one year only are left
 *   out so that a procedure not held does not move the index;
 * - `balance`: each component's own dynamics; positive when more components improved than worsened.
 */
export type CombineRule = "pooled" | "balance";

/** One component of an index of one school in one year (e.g. ИНР of ОГЭ, or ИМР of ВПР 5 математика). */
export interface IndexObservationRow {
  schoolId: string;
  year: number;
  /** What the counts are of, e.g. "OGE|9" or "VPR|5|MATH". */
  component: string;
  count: number;
  total: number;
}

export interface ComponentDynamics {
  component: string;
  prev: CountIndex | null;
  cur: CountIndex | null;
  type: IndexDynamicsType;
}

export interface SchoolDynamics {
  schoolId: string;
  type: IndexDynamicsType;
  /** The settings that produced the verdict. */
  rule: CombineRule;
  direction: IndexDirection;
  /** Pooled counts over the matched components (both rules report them). */
  prev: CountIndex | null;
  cur: CountIndex | null;
  components: ComponentDynamics[];
}

export interface SchoolDynamicsOptions {
  /** The current year Y; the previous is Y − 1. */
  year: number;
  direction: IndexDirection;
  rule?: CombineRule;
  /**
   * The schools to report (e.g. the project cohort): schools without data come out as "nodata", schools not listed
   * are left out. Default: every school in the rows.
   */
  schoolIds?: readonly string[];
}

/** Verdicts per school between `year − 1` and `year`. */
export function schoolDynamics(rows: readonly IndexObservationRow[], options: SchoolDynamicsOptions): SchoolDynamics[] {
  const rule = options.rule ?? "pooled";
  if (rule !== "pooled" && rule !== "balance") throw new ShnorError("setting_invalid", { setting: "rule", value: String(rule), expected: "pooled | balance" });
  const bySchool = new Map<string, Map<string, { prev: CountIndex | null; cur: CountIndex | null }>>();
  for (const r of rows) {
    if (r.year !== options.year && r.year !== options.year - 1) continue;
    const components = bySchool.get(r.schoolId) ?? new Map();
    bySchool.set(r.schoolId, components);
    const entry = components.get(r.component) ?? { prev: null, cur: null };
    const slot = r.year === options.year ? "cur" : "prev";
    entry[slot] = addCounts(entry[slot], { count: r.count, total: r.total });
    components.set(r.component, entry);
  }
  const ids = options.schoolIds ?? [...bySchool.keys()];
  return ids.map((schoolId) => combine(schoolId, bySchool.get(schoolId) ?? new Map(), options.direction, rule));
}

function addCounts(a: CountIndex | null, b: CountIndex): CountIndex {
  return a ? { count: a.count + b.count, total: a.total + b.total } : b;
}

function combine(schoolId: string, components: Map<string, { prev: CountIndex | null; cur: CountIndex | null }>, direction: IndexDirection, rule: CombineRule): SchoolDynamics {
  const list: ComponentDynamics[] = [...components.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([component, { prev, cur }]) => ({ component, prev, cur, type: indexDynamics(prev, cur, direction) }));
  const matched = list.filter((c) => c.type !== "nodata");
  let prev: CountIndex | null = null;
  let cur: CountIndex | null = null;
  for (const c of matched) {
    prev = addCounts(prev, c.prev as CountIndex);
    cur = addCounts(cur, c.cur as CountIndex);
  }
  const base = { schoolId, rule, direction, prev, cur, components: list };
  if (matched.length === 0) return { ...base, type: "nodata" };
  if (rule === "pooled") return { ...base, type: indexDynamics(prev, cur, direction) };
  const up = matched.filter((c) => c.type === "positive").length;
  const down = matched.filter((c) => c.type === "negative").length;
  return { ...base, type: up > down ? "positive" : down > up ? "negative" : "neutral" };
}
