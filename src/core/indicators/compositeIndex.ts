/**
 * The one composite-index machinery behind ИСБШ, the staffing index and the equipment index (METHODOLOGY §8,
 * domain-notes §5.2 and §6.1): signed z-scores with the population σ (σ = 0 → z = 0), a weighted mean
 * `C = Σ w z / Σ w`, then a T-scale `50 + 10 (C − mean C) / sd C` over the reference set (option: min–max 0–100).
 * The three indices differ only in their component lists, which are data (socialIndex.ts, resourceDeficits.ts).
 *
 * Results never depend on the order of the rows: statistics are summed in the order of the school ids, so the same
 * schools give the same floating-point numbers (and the same ties in the risk zone) however the sheet is sorted.
 */
import { ShnorError, type Problem } from "../errors";
import { aggregateField, type Locality, parseLocality, SCHOOL_TOTALS } from "../table/aggregate";
import { openTable, type OpenTableOptions, readRows, readTable, readYesNo, refuseRepeats, type TableFrame, type TableRead } from "../table/frame";
import type { FieldSpec } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText, parseNumber } from "../values";
import { definedOnly } from "../collections";
import { indexDynamics, type IndexDynamicsType } from "./indexDynamics";

export type Direction = 1 | -1;
/** How a component is written: a share 0..1 (or a percent), any number, or a yes/no flag (1/0). */
export type ComponentUnit = "share" | "number" | "flag";

export interface IndexComponent {
  /** Stable id, e.g. HIGHER_ED_BOTH_PARENTS. */
  key: string;
  /** The Russian name (a domain label, shown as is in every language, like cluster names). */
  label: string;
  /** +1: more is better (raises the index); −1: more is worse. */
  direction: Direction;
  /** Weight in C (> 0); equal weights by default. */
  weight: number;
  unit: ComponentUnit;
  /** Header spellings of the component's column (the label and the key are always accepted). */
  aliases: readonly string[];
}

export type IndexScale = "tScore" | "minMax";
/** A school lacking a component: left out of everything (`exclude`) or scored on the mean of its available z. */
export type MissingPolicy = "exclude" | "meanOfAvailable";
/** Statistics over the schools with every component (`complete`) or, per component, over schools that have it. */
export type ReferencePolicy = "complete" | "perComponent";

export interface CompositeIndexSettings {
  components: readonly IndexComponent[];
  scale: IndexScale;
  missing: MissingPolicy;
  /** With `meanOfAvailable`: the fewest components a school must have (default: all but one, i.e. 3 of 4). */
  minComponents: number;
  reference: ReferencePolicy;
}

/** One school's component values (flags as 1/0) in one year. */
export interface IndexInputRow {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  /** null when the table has no year column. */
  year: number | null;
  values: Record<string, number | null>;
  /** 1-based sheet row, for messages. */
  row?: number;
}

export interface ComponentStats {
  key: string;
  /** Schools the statistics are over. */
  n: number;
  mean: number | null;
  /** Population standard deviation (divide by n); 0 when every value is equal. */
  sd: number | null;
}

/** Everything needed to score a school: reused to score a later year on the base year's scale (dynamics). */
export interface ReferenceStats {
  /** Schools in the reference set. */
  size: number;
  components: ComponentStats[];
  compositeMean: number | null;
  compositeSd: number | null;
  compositeMin: number | null;
  compositeMax: number | null;
}

export type IndexStatus = "complete" | "partial" | "excluded";

/** A school's index, with its input row. */
export interface SchoolIndex extends IndexInputRow {
  /** Signed z of each component (null when the value is missing). */
  z: Record<string, number | null>;
  composite: number | null;
  /** The index on the chosen scale; null for an excluded school. */
  index: number | null;
  /** complete: every component; partial: scored on the available ones; excluded: not scored. */
  status: IndexStatus;
  /** Keys of the missing components. */
  missing: string[];
  /** The school belongs to the reference set (its statistics and the T-scale). */
  inReference: boolean;
}

export interface CompositeIndexResult {
  settings: CompositeIndexSettings;
  reference: ReferenceStats;
  /** Schools in the order of the input rows. */
  schools: SchoolIndex[];
  /** Warnings: excluded schools, an empty reference set, constant components. */
  problems: Problem[];
}

export const DEFAULT_COMPOSITE_SETTINGS: Omit<CompositeIndexSettings, "components" | "minComponents"> = {
  scale: "tScore",
  missing: "exclude",
  reference: "complete",
};

/** A component with defaults for weight (1), unit (share) and aliases (none). */
export function component(key: string, label: string, direction: Direction, extra: Partial<Pick<IndexComponent, "weight" | "unit" | "aliases">> = {}): IndexComponent {
  return { key, label, direction, weight: extra.weight ?? 1, unit: extra.unit ?? "share", aliases: extra.aliases ?? [] };
}

const ENUMS = { scale: ["tScore", "minMax"], missing: ["exclude", "meanOfAvailable"], reference: ["complete", "perComponent"] } as const;

/** Settings with defaults filled in and checked; a bad value is a `setting_invalid` error naming it. */
export function resolveCompositeSettings(components: readonly IndexComponent[], overrides: Partial<CompositeIndexSettings> = {}): CompositeIndexSettings {
  const given = definedOnly(overrides);
  const list = given.components ?? components;
  const s: CompositeIndexSettings = { ...DEFAULT_COMPOSITE_SETTINGS, minComponents: Math.max(1, list.length - 1), ...given, components: list };
  for (const [key, allowed] of Object.entries(ENUMS)) {
    const value = String(s[key as keyof typeof ENUMS]);
    if (!(allowed as readonly string[]).includes(value)) throw new ShnorError("setting_invalid", { setting: key, value, expected: allowed.join(" | ") });
  }
  checkComponents(s.components);
  if (!Number.isInteger(s.minComponents) || s.minComponents < 1 || s.minComponents > s.components.length) {
    throw new ShnorError("setting_invalid", { setting: "minComponents", value: String(s.minComponents), expected: `1…${s.components.length}` });
  }
  return s;
}

function checkComponents(components: readonly IndexComponent[]): void {
  if (components.length === 0) throw new ShnorError("ctx_components_empty", {});
  const seen = new Set<string>();
  for (const c of components) {
    if (seen.has(c.key)) throw new ShnorError("ctx_component_duplicate", { component: c.key });
    seen.add(c.key);
    if (c.direction !== 1 && c.direction !== -1) throw new ShnorError("ctx_direction_invalid", { component: c.key, value: String(c.direction) });
    if (!Number.isFinite(c.weight) || c.weight <= 0) throw new ShnorError("ctx_weight_invalid", { component: c.key, value: String(c.weight) });
  }
}

/** Deterministic order of summation (code points, not locale: two different ids never compare equal). */
const byId = (a: { schoolId: string }, b: { schoolId: string }) => (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : 0);

/** Mean and population σ of the values; σ = 0 when they are all equal (guarding against summation noise). */
export function populationStats(xs: readonly number[]): { n: number; mean: number | null; sd: number | null } {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null };
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    sum += x;
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  const mean = sum / n;
  // Equal values must give σ = 0 exactly: 0.1·3/3 ≠ 0.1 in floating point, and a σ of 1e-17 would blow z up.
  if (hi - lo <= 1e-12 * Math.max(1, Math.abs(mean))) return { n, mean: lo === hi ? lo : mean, sd: 0 };
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return { n, mean, sd: Math.sqrt(ss / n) };
}

/** The rows of one year; all rows when the table has no year column. */
export function selectYear(rows: readonly IndexInputRow[], year: number): IndexInputRow[] {
  return rows.some((r) => r.year !== null) ? rows.filter((r) => r.year === year) : [...rows];
}

function checkRows(rows: readonly IndexInputRow[], components: readonly IndexComponent[]): void {
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.schoolId)) throw new ShnorError("ctx_school_duplicate", { school: r.schoolId });
    seen.add(r.schoolId);
    for (const c of components) {
      const v = r.values[c.key];
      if (v !== null && v !== undefined && !Number.isFinite(v)) throw new ShnorError("ctx_value_invalid", { school: r.schoolId, component: c.key, value: String(v) });
    }
  }
}

const valueOf = (r: IndexInputRow, key: string): number | null => {
  const v = r.values[key];
  return v === undefined || v === null ? null : v;
};

/** μ and σ of every component over the reference rows (`complete`) or over the rows having it (`perComponent`). */
function componentStats(sorted: readonly IndexInputRow[], s: CompositeIndexSettings): { stats: ComponentStats[]; referenceRows: IndexInputRow[] } {
  const complete = sorted.filter((r) => s.components.every((c) => valueOf(r, c.key) !== null));
  const basis = s.reference === "complete" ? complete : sorted;
  const stats = s.components.map((c) => ({ key: c.key, ...populationStats(basis.map((r) => valueOf(r, c.key)).filter((v): v is number => v !== null)) }));
  const referenceRows = s.reference === "complete" ? complete : sorted.filter((r) => s.components.some((c) => valueOf(r, c.key) !== null));
  return { stats, referenceRows };
}

function zScores(r: IndexInputRow, s: CompositeIndexSettings, stats: readonly ComponentStats[]): Record<string, number | null> {
  const z: Record<string, number | null> = {};
  s.components.forEach((c, i) => {
    const x = valueOf(r, c.key);
    const { mean, sd } = stats[i];
    z[c.key] = x === null || mean === null || sd === null ? null : sd === 0 ? 0 : (c.direction * (x - mean)) / sd;
  });
  return z;
}

/** C = Σ w z / Σ w over the components with a z; null when none has one. */
function compositeOf(z: Record<string, number | null>, components: readonly IndexComponent[]): number | null {
  let num = 0;
  let den = 0;
  for (const c of components) {
    const v = z[c.key];
    if (v === null) continue;
    num += c.weight * v;
    den += c.weight;
  }
  return den > 0 ? num / den : null;
}

/** Who is scored: every component present, or (meanOfAvailable) at least `minComponents` of them. */
function statusOf(missing: number, s: CompositeIndexSettings): IndexStatus {
  if (missing === 0) return "complete";
  return s.missing === "meanOfAvailable" && s.components.length - missing >= s.minComponents ? "partial" : "excluded";
}

/** The composite on the chosen scale. T: 50 ± 10 per sd of C; min–max: 0..100 over the reference range, clamped. */
export function scaleComposite(c: number, ref: ReferenceStats, scale: IndexScale): number {
  if (scale === "tScore") {
    if (ref.compositeMean === null || !ref.compositeSd) return 50;
    return 50 + (10 * (c - ref.compositeMean)) / ref.compositeSd;
  }
  if (ref.compositeMin === null || ref.compositeMax === null || ref.compositeMax - ref.compositeMin <= 1e-12) return 50;
  return Math.min(100, Math.max(0, 100 * ((c - ref.compositeMin) / (ref.compositeMax - ref.compositeMin))));
}

/**
 * Scores the schools. `anchor` scores them on another set's statistics (the base year's, for dynamics); without it
 * the statistics are those of these rows' reference set.
 */
export function computeCompositeIndex(rows: readonly IndexInputRow[], settings: CompositeIndexSettings, anchor?: ReferenceStats): CompositeIndexResult {
  const s = resolveCompositeSettings(settings.components, settings);
  checkRows(rows, s.components);
  if (anchor && anchor.components.map((c) => c.key).join("\u0000") !== s.components.map((c) => c.key).join("\u0000")) {
    throw new ShnorError("ctx_anchor_mismatch", { anchor: anchor.components.map((c) => c.key).join(", "), components: s.components.map((c) => c.key).join(", ") });
  }
  const sorted = [...rows].sort(byId);
  const { stats, referenceRows } = componentStats(sorted, s);
  const inReference = new Set(referenceRows.map((r) => r.schoolId));
  const scored = new Map<string, { z: Record<string, number | null>; composite: number | null; missing: string[]; status: IndexStatus }>();
  const usedStats = anchor ? anchor.components : stats;
  for (const r of sorted) {
    const missing = s.components.filter((c) => valueOf(r, c.key) === null).map((c) => c.key);
    const status = statusOf(missing.length, s);
    const z = zScores(r, s, usedStats);
    scored.set(r.schoolId, { z, composite: status === "excluded" ? null : compositeOf(z, s.components), missing, status });
  }
  const reference = anchor ?? referenceOf(referenceRows.length, stats, referenceRows.map((r) => scored.get(r.schoolId)?.composite ?? null));
  const schools = rows.map((r): SchoolIndex => {
    const sc = scored.get(r.schoolId) as { z: Record<string, number | null>; composite: number | null; missing: string[]; status: IndexStatus };
    return {
      schoolId: r.schoolId, schoolName: r.schoolName, municipality: r.municipality, locality: r.locality, year: r.year,
      values: Object.fromEntries(s.components.map((c) => [c.key, valueOf(r, c.key)])), z: sc.z, composite: sc.composite,
      index: sc.composite === null ? null : scaleComposite(sc.composite, reference, s.scale), status: sc.status, missing: sc.missing,
      inReference: !anchor && inReference.has(r.schoolId), ...(r.row !== undefined ? { row: r.row } : {}),
    };
  });
  return { settings: s, reference, schools, problems: indexProblems(schools, reference, s) };
}

function referenceOf(size: number, components: ComponentStats[], composites: readonly (number | null)[]): ReferenceStats {
  const cs = composites.filter((c): c is number => c !== null);
  const { mean, sd } = populationStats(cs);
  return {
    size, components, compositeMean: mean, compositeSd: sd,
    compositeMin: cs.length ? Math.min(...cs) : null, compositeMax: cs.length ? Math.max(...cs) : null,
  };
}

function indexProblems(schools: readonly SchoolIndex[], reference: ReferenceStats, s: CompositeIndexSettings): Problem[] {
  const problems: Problem[] = [];
  const location = (sc: SchoolIndex) => (sc.row !== undefined ? { row: sc.row } : undefined);
  for (const sc of schools) {
    if (sc.status === "excluded") problems.push({ code: "ctx_school_excluded", severity: "warning", params: { school: sc.schoolId, missing: sc.missing.join(", ") }, location: location(sc) });
    else if (sc.status === "partial") problems.push({ code: "ctx_school_partial", severity: "warning", params: { school: sc.schoolId, missing: sc.missing.join(", ") }, location: location(sc) });
  }
  if (reference.size === 0 && schools.length > 0) problems.push({ code: "ctx_reference_empty", severity: "warning", params: { components: s.components.map((c) => c.key).join(", ") } });
  reference.components.forEach((c) => {
    if (c.sd === 0 && c.n > 0) problems.push({ code: "ctx_component_constant", severity: "warning", params: { component: c.key } });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamics of an index between two years (seed 000 indicators 11–12)

/**
 * `baseYear` (default): year Y is scored on the statistics of year Y−1, so a school's index moves only when its own
 * components move (a T-scale re-standardized every year has mean 50 in both years and would show half of the schools
 * "improving" by construction). `eachYear`: both years on their own scale — the change of the school's position.
 */
export type AnchorPolicy = "baseYear" | "eachYear";

export interface SchoolIndexDynamics {
  schoolId: string;
  schoolName: string;
  municipality: string;
  prev: number | null;
  cur: number | null;
  type: IndexDynamicsType;
}

export interface CompositeDynamicsResult {
  year: number;
  anchor: AnchorPolicy;
  prev: CompositeIndexResult;
  cur: CompositeIndexResult;
  schools: SchoolIndexDynamics[];
}

export interface CompositeDynamicsOptions {
  /** The current year Y; the previous is Y − 1. */
  year: number;
  anchor?: AnchorPolicy;
  /** The schools to judge (the project schools); default every school of either year. Absent → "nodata". */
  schoolIds?: readonly string[];
  /** Values closer than this are equal (neutral). Default 1e-9. */
  tolerance?: number;
}

/** Index dynamics per school: higher is better; a year without an index is "nodata". */
export function compositeIndexDynamics(rows: readonly IndexInputRow[], settings: CompositeIndexSettings, options: CompositeDynamicsOptions): CompositeDynamicsResult {
  const anchor = options.anchor ?? "baseYear";
  if (anchor !== "baseYear" && anchor !== "eachYear") throw new ShnorError("setting_invalid", { setting: "anchor", value: String(anchor), expected: "baseYear | eachYear" });
  if (!rows.some((r) => r.year !== null)) throw new ShnorError("ctx_year_column_required", {});
  const prev = computeCompositeIndex(rows.filter((r) => r.year === options.year - 1), settings);
  const cur = computeCompositeIndex(rows.filter((r) => r.year === options.year), settings, anchor === "baseYear" ? prev.reference : undefined);
  // Under one anchor the scaled index is an increasing function of C; compare C so that min–max clamping cannot hide a change.
  const measure = (sc: SchoolIndex | undefined) => (sc ? (anchor === "baseYear" ? sc.composite : sc.index) : null);
  const prevBy = new Map(prev.schools.map((sc) => [sc.schoolId, sc]));
  const curBy = new Map(cur.schools.map((sc) => [sc.schoolId, sc]));
  const ids = options.schoolIds ?? [...new Set([...prevBy.keys(), ...curBy.keys()])].sort();
  const tolerance = options.tolerance ?? 1e-9;
  const schools = ids.map((id): SchoolIndexDynamics => {
    const p = prevBy.get(id);
    const c = curBy.get(id);
    const a = measure(p);
    const b = measure(c);
    const type = indexDynamics(a === null ? null : { value: a }, b === null ? null : { value: b }, "higherIsBetter", { tolerance });
    const info = c ?? p;
    return { schoolId: id, schoolName: info?.schoolName ?? "", municipality: info?.municipality ?? "", prev: p?.index ?? null, cur: c?.index ?? null, type };
  });
  return { year: options.year, anchor, prev, cur, schools };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the component table: one row per school (× year), one column per component

/** The base fields every context table shares: school, name, municipality, locality (and optionally the year). */
export function schoolFields(): FieldSpec[] {
  return [aggregateField("school_id", true), ...["school_name", "municipality", "locality", "year"].map((key) => aggregateField(key, false))];
}

/** The check of a context table: one row per school (and year); a repeat is `ctx_row_duplicate`. */
export function oneRowPerSchool<T extends { schoolId: string; year?: number | null }>(f: TableFrame): (item: T, r: number) => boolean {
  return refuseRepeats(f, (x: T) => `${x.schoolId}\u0000${x.year ?? ""}`, (x, first) => ["ctx_row_duplicate", { school: x.schoolId, year: x.year ?? "—", first }]);
}

export function componentFields(components: readonly IndexComponent[]): FieldSpec[] {
  return [...schoolFields(), ...components.map((c) => ({ key: c.key, aliases: [c.label, ...c.aliases], required: true }))];
}

export interface IndicatorTable extends TableRead {
  rows: IndexInputRow[];
  /** Share columns written as percents (12,5) rather than fractions (0.125): their values were divided by 100. */
  percentColumns: string[];
}

/**
 * Reads the component table of an index. Shares may be fractions (0.125) or percents (12,5 or «12,5 %»): a share
 * column with a value above 1 is read as percents. Flags accept да/нет, 1/0. Blank = missing value.
 */
export function readIndicatorTable(source: SourceLike, components: readonly IndexComponent[], options: OpenTableOptions = {}): IndicatorTable {
  let percent = new Set<string>();
  const read = readTable(openTable(source, componentFields(components), options, SCHOOL_TOTALS), (f) => {
    percent = new Set(components.filter((c) => c.unit === "share" && shareColumnIsPercent(f, c.key)).map((c) => c.key));
    return readRows(f, (r): IndexInputRow => {
      const schoolId = f.requiredText(r, "school_id");
      const year = f.mapping.year === undefined ? null : f.requiredYear(r, "year");
      const values: Record<string, number | null> = {};
      for (const c of components) values[c.key] = readComponent(f, r, c, percent.has(c.key));
      return {
        schoolId, schoolName: f.text(r, "school_name"), municipality: f.text(r, "municipality"), locality: parseLocality(f.text(r, "locality")),
        year, values, row: f.sheetRow(r),
      };
    }, oneRowPerSchool(f));
  });
  return { ...read, percentColumns: [...percent] };
}

/** A share column holds percents when some value written without a % sign is above 1 (the aggregate table's rule). */
function shareColumnIsPercent(f: TableFrame, key: string): boolean {
  return f.rows.some((r) => {
    const v = f.get(r, key);
    const p = parseNumber(v);
    return p.kind === "number" && !p.percent && p.value > 1;
  });
}

function readComponent(f: TableFrame, r: number, c: IndexComponent, percentColumn: boolean): number | null {
  const v = f.get(r, c.key);
  const at = f.at(r, c.key);
  if (c.unit === "flag") {
    const b = readYesNo(v, f.cells, at);
    return b === null ? null : b ? 1 : 0;
  }
  const n = f.cells.number(v, at);
  if (n === null || c.unit === "number") return n;
  const p = parseNumber(v);
  const share = percentColumn && p.kind === "number" && !p.percent ? n / 100 : n;
  if (share < 0 || share > 1) {
    f.cells.error("ctx_share_range", { value: cellText(v) }, at);
    return null;
  }
  return share;
}
