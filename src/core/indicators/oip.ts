/**
 * ОИП — «общий интегральный показатель» (Yaroslavl 2020–2022, legacy; METHODOLOGY §8, domain-notes §6.2). Its formula
 * was never published and the region dropped it in 2023 («признан неэффективным», seed 004), so the value is the
 * user's; we only flag «не достигшие целевого значения ОИП в 36 ед.» and «отрицательный прирост по ОИП», and count
 * the schools with growth («доля школ, демонстрирующих прирост по ОИП», seed 004: 21 %).
 */
import { compareRu } from "../collections";
import { ShnorError } from "../errors";
import { SCHOOL_TOTALS } from "../table/aggregate";
import { openTable, type OpenTableOptions, readRows, readTable, type TableRead } from "../table/frame";
import type { FieldSpec } from "../table/headers";
import type { SourceLike } from "../table/source";
import { oneRowPerSchool, schoolFields } from "./compositeIndex";
import { definedOnly } from "../collections";
import { toScaledIntegers } from "./scoreThresholds";

export interface OipSettings {
  /** The target value (seed 004: 36 units); below it (strictly) is «не достигли целевого значения». */
  target: number;
}

export const DEFAULT_OIP_SETTINGS: OipSettings = { target: 36 };

export interface OipRow {
  schoolId: string;
  schoolName: string;
  municipality: string;
  year: number;
  value: number;
  row?: number;
}

export interface OipSchool {
  schoolId: string;
  schoolName: string;
  municipality: string;
  value: number | null;
  prev: number | null;
  belowTarget: boolean | null;
  /** ОИП(Y) < ОИП(Y−1); null without both years. */
  decline: boolean | null;
  growth: boolean | null;
  /** Yaroslavl track-2 criterion: below the target and declining. */
  belowTargetAndDecline: boolean | null;
}

export interface OipResult {
  year: number;
  settings: OipSettings;
  schools: OipSchool[];
  /** Schools with growth among those with both years. */
  growth: { n: number; m: number; share: number | null };
}

/** Sign of a − b on decimals, exactly (ОИП values are written with one or two decimals). */
function compareDecimals(a: number, b: number): number {
  const { ints: [x, y] } = toScaledIntegers([a, b]);
  return Math.sign(x - y);
}

export type OipFlags = Pick<OipSchool, "belowTarget" | "decline" | "growth" | "belowTargetAndDecline">;

/** The flags of one school from its ОИП of the year and of the year before (null = no value), exactly on decimals. */
export function oipFlags(value: number | null, prev: number | null, target: number = DEFAULT_OIP_SETTINGS.target): OipFlags {
  const change = value !== null && prev !== null ? compareDecimals(value, prev) : null;
  const belowTarget = value !== null ? compareDecimals(value, target) < 0 : null;
  const decline = change === null ? null : change < 0;
  return { belowTarget, decline, growth: change === null ? null : change > 0, belowTargetAndDecline: belowTarget === null || decline === null ? null : belowTarget && decline };
}

/** The flags of every school with a value in `year` or `year − 1`. */
export function assessOip(rows: readonly OipRow[], year: number, overrides: Partial<OipSettings> = {}): OipResult {
  const settings = { ...DEFAULT_OIP_SETTINGS, ...definedOnly(overrides) };
  if (!Number.isFinite(settings.target)) throw new ShnorError("setting_invalid", { setting: "target", value: String(settings.target), expected: "a number" });
  const byKey = new Map<string, OipRow>();
  for (const r of rows) {
    const key = `${r.schoolId}\u0000${r.year}`;
    if (byKey.has(key)) throw new ShnorError("ctx_row_duplicate", { school: r.schoolId, year: r.year, first: byKey.get(key)?.row ?? "—" });
    byKey.set(key, r);
  }
  const ids = [...new Set(rows.filter((r) => r.year === year || r.year === year - 1).map((r) => r.schoolId))];
  const schools = ids.map((id): OipSchool => {
    const cur = byKey.get(`${id}\u0000${year}`);
    const prev = byKey.get(`${id}\u0000${year - 1}`);
    const info = (cur ?? prev) as OipRow;
    return {
      schoolId: id, schoolName: info.schoolName, municipality: info.municipality, value: cur?.value ?? null, prev: prev?.value ?? null,
      ...oipFlags(cur?.value ?? null, prev?.value ?? null, settings.target),
    };
  }).sort((a, b) => compareRu(a.municipality, b.municipality) || compareRu(a.schoolId, b.schoolId));
  const judged = schools.filter((s) => s.growth !== null);
  const n = judged.filter((s) => s.growth).length;
  return { year, settings, schools, growth: { n, m: judged.length, share: judged.length ? n / judged.length : null } };
}

export const OIP_FIELDS: readonly FieldSpec[] = [
  ...schoolFields().map((f) => (f.key === "year" ? { ...f, required: true } : f)),
  { key: "oip", required: true, aliases: ["оип", "общий интегральный показатель", "значение оип", "oip"] },
];

export interface OipTable extends TableRead {
  rows: OipRow[];
}

/** Reads school × year × ОИП; a blank value is no data (the row is skipped). */
export function readOipTable(source: SourceLike, options: OpenTableOptions = {}): OipTable {
  return readTable(openTable(source, OIP_FIELDS, options, SCHOOL_TOTALS), (f) => readRows(f, (r): OipRow | undefined => {
    const schoolId = f.requiredText(r, "school_id");
    const year = f.requiredYear(r, "year");
    const value = f.cells.number(f.get(r, "oip"), f.at(r, "oip"));
    if (year === null || value === null) return undefined;
    return { schoolId, schoolName: f.text(r, "school_name"), municipality: f.text(r, "municipality"), year, value, row: f.sheetRow(r) };
  }, oneRowPerSchool(f)));
}
