/**
 * Resources of a school (METHODOLOGY §8, domain-notes §6.1): the staffing index («индекс кадровой обеспеченности») and
 * the equipment index («индекс материально-технической оснащенности») — named by seed 000 but published nowhere, so
 * both are the composite-index machinery over configurable components; the кадровый and инфраструктурный deficit
 * flags (Yaroslavl records only these, seed 004) from user thresholds; the seed-004 table «Ресурсные дефициты школ»
 * per municipality; and the positive dynamics of the indices (seed 000 indicators 11–12).
 */
import { compareRu, groupBy } from "../collections";
import { ShnorError, type Problem } from "../errors";
import { compareFractions } from "../ratio";
import { aggregateField, type Locality, SCHOOL_TOTALS } from "../table/aggregate";
import { openTable, type OpenTableOptions, readRows, readTable, readYesNo, type TableRead } from "../table/frame";
import type { FieldSpec } from "../table/headers";
import type { SourceLike } from "../table/source";
import {
  component, type CompositeDynamicsResult, type CompositeIndexResult, type CompositeIndexSettings, computeCompositeIndex, type IndexComponent,
  type IndexInputRow, oneRowPerSchool, resolveCompositeSettings,
} from "./compositeIndex";
import { definedOnly } from "../collections";
import { evaluateSeed000Indicator, type ProgrammeIndicatorResult, shareOfSchoolsWithPositiveDynamics, type DynamicsShare, type DynamicsShareOptions } from "./programmeShare";
import { toScaledIntegers } from "./scoreThresholds";

/** Default staffing components (domain-notes §6.1; the load per teacher is the one seed 000 quotes: 1,83 ставки). */
export const STAFFING_COMPONENTS: readonly IndexComponent[] = [
  component("STAFF_FILLED_RATE", "Укомплектованность педагогическими кадрами (доля занятых ставок)", 1, {
    aliases: ["укомплектованность", "укомплектованность кадрами", "укомплектованность педагогическими кадрами", "доля занятых ставок", "staffing rate"],
  }),
  component("STAFF_VACANCIES", "Вакансии на 100 ставок педагогических работников", -1, { unit: "number", aliases: ["вакансии", "вакансии на 100 ставок", "число вакансий", "vacancies"] }),
  component("STAFF_PENSION_AGE", "Доля педагогов пенсионного возраста", -1, { aliases: ["педагоги пенсионного возраста", "доля педагогов пенсионного возраста", "пенсионного возраста", "pension age"] }),
  component("STAFF_CATEGORY", "Доля педагогов с высшей и первой квалификационной категорией", 1, {
    aliases: ["высшая и первая категория", "с высшей и первой категорией", "квалификационная категория", "qualification category"],
  }),
  component("STAFF_LOAD", "Средняя нагрузка на одного педагога, ставок", -1, { unit: "number", aliases: ["нагрузка на педагога", "средняя нагрузка", "ставок на педагога", "teaching load"] }),
  component("STAFF_UNDER_35", "Доля педагогов моложе 35 лет", 1, { aliases: ["педагоги до 35 лет", "моложе 35 лет", "доля педагогов до 35 лет", "молодые педагоги", "under 35"] }),
];

/** Default equipment components (domain-notes §6.1; second shift: seed 000, capital repair: seed 002, Internet: seed 003). */
export const EQUIPMENT_COMPONENTS: readonly IndexComponent[] = [
  component("EQ_CLASSROOMS", "Доля учебных кабинетов, оснащённых в соответствии с ФГОС", 1, { aliases: ["оснащенные кабинеты", "кабинеты оснащенные по фгос", "доля оснащенных кабинетов", "equipped classrooms"] }),
  component("EQ_COMPUTERS", "Компьютеры для учебных целей на 100 обучающихся", 1, { unit: "number", aliases: ["компьютеры на 100 обучающихся", "компьютеров на 100 учащихся", "computers per 100 students"] }),
  component("EQ_BROADBAND", "Широкополосный доступ в Интернет (подключение к ЦОС)", 1, { unit: "flag", aliases: ["интернет", "широкополосный интернет", "подключение к цос", "broadband"] }),
  component("EQ_TOCHKA_ROSTA", "Центр «Точка роста»", 1, { unit: "flag", aliases: ["точка роста", "центр точка роста", "tochka rosta"] }),
  component("EQ_CAPITAL_REPAIR", "Здание требует капитального ремонта или находится в аварийном состоянии", -1, {
    unit: "flag", aliases: ["требует капитального ремонта", "капитальный ремонт", "аварийное состояние", "capital repair"],
  }),
  component("EQ_SECOND_SHIFT", "Обучение во вторую смену", -1, { unit: "flag", aliases: ["вторая смена", "двухсменный режим", "обучение во вторую смену", "second shift"] }),
];

export function resolveStaffingSettings(overrides: Partial<CompositeIndexSettings> = {}): CompositeIndexSettings {
  return resolveCompositeSettings(STAFFING_COMPONENTS, overrides);
}

export function resolveEquipmentSettings(overrides: Partial<CompositeIndexSettings> = {}): CompositeIndexSettings {
  return resolveCompositeSettings(EQUIPMENT_COMPONENTS, overrides);
}

// ---------------------------------------------------------------------------------------------------------------
// Deficit flags

/** A threshold on one component: a deficit when the value is worse than `limit` (below it for +, above it for −). */
export interface ComponentLimit {
  component: string;
  limit: number;
}

export interface DeficitRule {
  limits: ComponentLimit[];
  /** Also a deficit when the index is below this value (off when null). */
  indexBelow: number | null;
}

export interface DeficitSettings {
  staffing: DeficitRule;
  infrastructure: DeficitRule;
}

/**
 * Defaults (our reading, every one a setting): кадровый — staffing below 100 % (seed 002 target «доля укомплектованности
 * … 100 %») or over 30 % of teachers of pension age (seed 002 «… пенсионного возраста не превышает 30 %»);
 * инфраструктурный — no broadband (seed 003 «компьютеры, доступ в Интернет»), capital repair needed (seed 002) or a
 * second shift (seed 000). The indices themselves carry no threshold by default.
 */
export const DEFAULT_DEFICIT_SETTINGS: DeficitSettings = {
  staffing: { limits: [{ component: "STAFF_FILLED_RATE", limit: 1 }, { component: "STAFF_PENSION_AGE", limit: 0.3 }], indexBelow: null },
  infrastructure: { limits: [{ component: "EQ_BROADBAND", limit: 1 }, { component: "EQ_CAPITAL_REPAIR", limit: 0 }, { component: "EQ_SECOND_SHIFT", limit: 0 }], indexBelow: null },
};

export function resolveDeficitSettings(overrides: Partial<DeficitSettings> = {}): DeficitSettings {
  const s = { ...DEFAULT_DEFICIT_SETTINGS, ...definedOnly(overrides) };
  for (const kind of ["staffing", "infrastructure"] as const) {
    const rule = s[kind];
    for (const l of rule.limits) {
      if (!Number.isFinite(l.limit)) throw new ShnorError("setting_invalid", { setting: `${kind}.${l.component}`, value: String(l.limit), expected: "a number" });
    }
    if (rule.indexBelow !== null && !Number.isFinite(rule.indexBelow)) throw new ShnorError("setting_invalid", { setting: `${kind}.indexBelow`, value: String(rule.indexBelow), expected: "a number or nothing" });
  }
  return s;
}

export interface DeficitCheck {
  /** true: some limit is crossed; false: none and nothing missing; null: none crossed but a value is missing. */
  deficit: boolean | null;
  /** Component keys (and "index") whose limit is crossed. */
  reasons: string[];
  /** Component keys (and "index") without a value. */
  unknown: string[];
}

/** value worse than limit, exactly on decimals: below for direction +1, above for −1. */
function worse(value: number, limit: number, direction: 1 | -1): boolean {
  const { ints: [v, l] } = toScaledIntegers([value, limit]);
  return direction === 1 ? v < l : v > l;
}

/** Checks one rule against a school's component values and index. */
export function evaluateDeficit(values: Record<string, number | null>, index: number | null, rule: DeficitRule, components: readonly IndexComponent[]): DeficitCheck {
  const reasons: string[] = [];
  const unknown: string[] = [];
  for (const l of rule.limits) {
    const c = components.find((x) => x.key === l.component);
    if (!c) throw new ShnorError("ctx_component_unknown", { component: l.component, known: components.map((x) => x.key).join(", ") });
    const v = values[l.component];
    if (v === null || v === undefined) unknown.push(l.component);
    else if (worse(v, l.limit, c.direction)) reasons.push(l.component);
  }
  if (rule.indexBelow !== null) {
    if (index === null) unknown.push("index");
    else if (index < rule.indexBelow) reasons.push("index");
  }
  return { deficit: reasons.length > 0 ? true : unknown.length > 0 ? null : false, reasons, unknown };
}

/** The default rule of a deficit kind as columns: the components it checks, in rule order, with their limits and directions. */
export function deficitRuleColumns(kind: "staffing" | "infrastructure", settings: DeficitSettings = DEFAULT_DEFICIT_SETTINGS): { components: string[]; limits: number[]; directions: (1 | -1)[] } {
  const components = kind === "staffing" ? STAFFING_COMPONENTS : EQUIPMENT_COMPONENTS;
  const rule = settings[kind];
  const of = (key: string) => {
    const c = components.find((x) => x.key === key);
    if (!c) throw new ShnorError("ctx_component_unknown", { component: key, known: components.map((x) => x.key).join(", ") });
    return c;
  };
  return { components: rule.limits.map((l) => l.component), limits: rule.limits.map((l) => l.limit), directions: rule.limits.map((l) => of(l.component).direction) };
}

/**
 * `evaluateDeficit` over a matrix (rows = schools, columns = components, null = missing) with one limit and one
 * direction per column: a deficit when some value is worse than its limit; null when none is but a value is missing.
 */
export function deficitOfMatrix(matrix: readonly (readonly (number | null)[])[], limits: readonly number[], directions: readonly number[]): (boolean | null)[] {
  if (directions.length === 0) throw new ShnorError("ctx_components_empty", {});
  if (limits.length !== directions.length) throw new ShnorError("setting_invalid", { setting: "limits", value: `${limits.length}`, expected: `${directions.length} (one per direction)` });
  const components = directions.map((d, k) => {
    if (d !== 1 && d !== -1) throw new ShnorError("ctx_direction_invalid", { component: String(k + 1), value: String(d) });
    if (!Number.isFinite(limits[k])) throw new ShnorError("setting_invalid", { setting: `limit ${k + 1}`, value: String(limits[k]), expected: "a number" });
    return component(`C${k + 1}`, `C${k + 1}`, d, { unit: "number" });
  });
  const rule: DeficitRule = { limits: components.map((c, k) => ({ component: c.key, limit: limits[k] })), indexBelow: null };
  return matrix.map((row, i) => {
    if (row.length !== components.length) throw new ShnorError("ctx_directions_length", { directions: components.length, columns: row.length, row: i + 1 });
    return evaluateDeficit(Object.fromEntries(components.map((c, k) => [c.key, row[k]])), null, rule, components).deficit;
  });
}

export interface ResourceSchool {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  staffingIndex: number | null;
  equipmentIndex: number | null;
  staffing: DeficitCheck;
  infrastructure: DeficitCheck;
}

export interface ResourceAssessment {
  staffing: CompositeIndexResult;
  equipment: CompositeIndexResult;
  deficits: DeficitSettings;
  /** Every school of either table, in school order. */
  schools: ResourceSchool[];
  problems: Problem[];
}

export interface ResourceOverrides {
  staffing?: Partial<CompositeIndexSettings>;
  equipment?: Partial<CompositeIndexSettings>;
  deficits?: Partial<DeficitSettings>;
}

/** Both indices of one year's rows and the deficit flags of every school. */
export function assessResources(staffingRows: readonly IndexInputRow[], equipmentRows: readonly IndexInputRow[], overrides: ResourceOverrides = {}): ResourceAssessment {
  const staffing = computeCompositeIndex(staffingRows, resolveStaffingSettings(overrides.staffing));
  const equipment = computeCompositeIndex(equipmentRows, resolveEquipmentSettings(overrides.equipment));
  const deficits = resolveDeficitSettings(overrides.deficits);
  const st = new Map(staffing.schools.map((s) => [s.schoolId, s]));
  const eq = new Map(equipment.schools.map((s) => [s.schoolId, s]));
  const ids = [...new Set([...st.keys(), ...eq.keys()])];
  const schools = ids.map((id): ResourceSchool => {
    const a = st.get(id);
    const b = eq.get(id);
    const info = a ?? b;
    return {
      schoolId: id, schoolName: info?.schoolName ?? "", municipality: info?.municipality ?? "", locality: info?.locality ?? null,
      staffingIndex: a?.index ?? null, equipmentIndex: b?.index ?? null,
      staffing: evaluateDeficit(a?.values ?? {}, a?.index ?? null, deficits.staffing, staffing.settings.components),
      infrastructure: evaluateDeficit(b?.values ?? {}, b?.index ?? null, deficits.infrastructure, equipment.settings.components),
    };
  }).sort((x, y) => compareRu(x.municipality, y.municipality) || compareRu(x.schoolId, y.schoolId));
  return { staffing, equipment, deficits, schools, problems: [...staffing.problems, ...equipment.problems] };
}

// ---------------------------------------------------------------------------------------------------------------
// The per-municipality table of seed 004 («Ресурсные дефициты школ 2023»)

export interface DeficitFlagRow {
  schoolId: string;
  schoolName: string;
  municipality: string;
  staffing: boolean | null;
  infrastructure: boolean | null;
  shnor: boolean | null;
  row?: number;
}

export interface DeficitMunicipalityRow {
  municipality: string;
  /** «Всего школ в МО»: the denominator of every share. */
  schools: number;
  staffing: number;
  infrastructure: number;
  both: number;
  /** Schools with a flag unknown (counted in `schools`, not in the deficits). */
  unknown: number;
  /** ШНОР in the municipality; null when no ШНОР information was given. */
  shnor: number | null;
  staffingShare: number | null;
  infrastructureShare: number | null;
  bothShare: number | null;
  shnorShare: number | null;
}

export type DeficitTableSort = "shnorShare" | "name";

export interface DeficitTable {
  municipalities: DeficitMunicipalityRow[];
  total: DeficitMunicipalityRow;
  sort: DeficitTableSort;
}

/** Deficit flags of computed resources, ready for the municipal table; ШНОР from an identification's ids. */
export function deficitFlags(assessment: ResourceAssessment, shnorIds?: ReadonlySet<string>): DeficitFlagRow[] {
  return assessment.schools.map((s) => ({
    schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, staffing: s.staffing.deficit, infrastructure: s.infrastructure.deficit,
    shnor: shnorIds ? shnorIds.has(s.schoolId) : null,
  }));
}

function municipalityRow(municipality: string, list: readonly DeficitFlagRow[], shnorKnown: boolean): DeficitMunicipalityRow {
  const n = list.length;
  const share = (k: number) => (n > 0 ? k / n : null);
  const staffing = list.filter((s) => s.staffing === true).length;
  const infrastructure = list.filter((s) => s.infrastructure === true).length;
  const both = list.filter((s) => s.staffing === true && s.infrastructure === true).length;
  const unknown = list.filter((s) => s.staffing === null || s.infrastructure === null).length;
  const shnor = shnorKnown ? list.filter((s) => s.shnor === true).length : null;
  return {
    municipality, schools: n, staffing, infrastructure, both, unknown, shnor,
    staffingShare: share(staffing), infrastructureShare: share(infrastructure), bothShare: share(both), shnorShare: shnor === null ? null : share(shnor),
  };
}

/**
 * Counts and shares per municipality, every share over all the municipality's schools (seed 004: Мышкинский МР 4 of 5
 * = 80 %). Sorted like the seed, by the ШНОР share descending (exact), then by name; option by name.
 */
export function resourceDeficitTable(rows: readonly DeficitFlagRow[], options: { sort?: DeficitTableSort } = {}): DeficitTable {
  const sort = options.sort ?? "shnorShare";
  if (sort !== "shnorShare" && sort !== "name") throw new ShnorError("setting_invalid", { setting: "sort", value: String(sort), expected: "shnorShare | name" });
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.schoolId)) throw new ShnorError("ctx_school_duplicate", { school: r.schoolId });
    seen.add(r.schoolId);
  }
  const shnorKnown = rows.some((r) => r.shnor !== null);
  const municipalities = [...groupBy(rows, (r) => r.municipality).entries()].map(([m, list]) => municipalityRow(m, list, shnorKnown));
  municipalities.sort((a, b) => (sort === "shnorShare" && a.shnor !== null && b.shnor !== null && a.schools && b.schools
    ? -Math.sign(compareFractions(a.shnor, a.schools, b.shnor, b.schools))
    : 0) || compareRu(a.municipality, b.municipality));
  return { municipalities, total: municipalityRow("", rows, shnorKnown), sort };
}

export const DEFICIT_FIELDS: readonly FieldSpec[] = [
  aggregateField("school_id", true), aggregateField("school_name", false), aggregateField("municipality", true),
  { key: "staffing_deficit", required: true, aliases: ["кадровый дефицит", "кадровые дефициты", "дефицит кадров", "staffing deficit"] },
  { key: "infrastructure_deficit", required: true, aliases: ["инфраструктурный дефицит", "инфраструктурные дефициты", "дефицит инфраструктуры", "infrastructure deficit"] },
  { key: "shnor", required: false, aliases: ["шнор", "статус шнор", "в списке шнор", "shnor"] },
];

export interface DeficitFlagTable extends TableRead {
  rows: DeficitFlagRow[];
}

/** Reads deficit flags recorded per school (да/нет), as Yaroslavl keeps them. */
export function readDeficitTable(source: SourceLike, options: OpenTableOptions = {}): DeficitFlagTable {
  return readTable(openTable(source, DEFICIT_FIELDS, options, SCHOOL_TOTALS), (f) => {
    const flag = (r: number, key: string) => (f.mapping[key] === undefined ? null : readYesNo(f.get(r, key), f.cells, f.at(r, key)));
    return readRows(f, (r): DeficitFlagRow => ({
      schoolId: f.requiredText(r, "school_id"), schoolName: f.text(r, "school_name"), municipality: f.text(r, "municipality"),
      staffing: flag(r, "staffing_deficit"), infrastructure: flag(r, "infrastructure_deficit"), shnor: flag(r, "shnor"), row: f.sheetRow(r),
    }), oneRowPerSchool(f));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Seed 000 indicators 11–12: share of project schools with positive dynamics of the staffing / equipment index

export interface ResourceIndicatorResult extends ProgrammeIndicatorResult {
  dynamics: DynamicsShare;
  anchor: CompositeDynamicsResult["anchor"];
}

/** Indicator 11 (staffing) or 12 (equipment) of the dynamics' year against its seed-000 minimum. */
export function resourceIndexIndicator(dynamics: CompositeDynamicsResult, indicator: 11 | 12, options: DynamicsShareOptions = {}): ResourceIndicatorResult {
  if (indicator !== 11 && indicator !== 12) throw new ShnorError("programme_indicator_unknown", { indicator });
  const share = shareOfSchoolsWithPositiveDynamics(dynamics.schools, options);
  return { ...evaluateSeed000Indicator(indicator, dynamics.year, share.n, share.m), dynamics: share, anchor: dynamics.anchor };
}

