/**
 * Programme indicators as data (METHODOLOGY §11, domain-notes §8.5): every indicator is `X = n / m · 100 %` with a
 * target per year and a verdict. Ready templates: the Stavropol project 2025–2029 (seed 000, from SEED000_INDICATORS),
 * the Stavropol city roadmap 2023–2025 (seed 002), the Kargasok programme 2023 (seed 003) and Yaroslavl track 3
 * (seed 004). An indicator without a numeric target for the year may carry the direction the programme expects
 * («положительная динамика (уменьшение)», seed 003); it is then judged against the previous year's value, exactly.
 * Templates are editable: a sheet written from a template reads back into one (`readProgrammeTemplate`).
 */
import { type Location, ShnorError, type Problem } from "../errors";
import { compareFractions } from "../ratio";
import type { CellReader } from "../table/cells";
import { errorSince, openTable, type OpenTableOptions } from "../table/frame";
import { type ColumnMapping, type FieldSpec, normalizeHeader } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText, parseNumber } from "../values";
import { meetsTarget, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR, type ProgrammePopulation, SEED000_INDICATORS, seed000Target } from "./programmeShare";

export type TargetComparator = "atLeast" | "atMost";
export type ExpectedChange = "increase" | "decrease";

export interface YearTarget {
  year: number;
  /** A share 0..1. */
  value: number;
}

export interface TemplateIndicator {
  /** Stable code, unique in its template (e.g. "S000-11", "KRG-1.3"). */
  id: string;
  /** The indicator's wording in its source document (Russian). */
  title: string;
  /** What m counts (the n is named by the title). */
  denominator: string;
  targets: YearTarget[];
  /** «не менее» (default) or «не более». */
  comparator: TargetComparator;
  /** Judged against the previous year when the year has no numeric target. */
  expected: ExpectedChange | null;
  /** Where it comes from (seed and number) and any caveat of our reading. */
  note: string;
}

export interface ProgrammeTemplate {
  id: string;
  title: string;
  source: string;
  indicators: TemplateIndicator[];
}

const years = (from: number, to: number, value: number): YearTarget[] => Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value }));
const at = (pairs: [number, number][]): YearTarget[] => pairs.map(([year, value]) => ({ year, value }));
const ind = (id: string, title: string, denominator: string, targets: YearTarget[], note: string, extra: Partial<Pick<TemplateIndicator, "comparator" | "expected">> = {}): TemplateIndicator =>
  ({ id, title, denominator, targets, comparator: extra.comparator ?? "atLeast", expected: extra.expected ?? null, note });

const POPULATION_DENOMINATORS: Record<ProgrammePopulation, string> = {
  shnorProjectSchools: "общее число ШНОР, участвующих в проекте",
  riskZoneSchools: "общее число школ, функционирующих в зоне риска снижения образовательных результатов",
  projectSchools: "общее число школ-участников проекта",
  municipalCoordinators: "общее число муниципальных координаторов проекта",
  municipalSystems: "общее число муниципальных образовательных систем, участвующих в проекте",
};

/** Seed 000, built from SEED000_INDICATORS so that the two never disagree (2025 → its own column, 2026–2029 → yearly). */
export const SEED000_TEMPLATE: ProgrammeTemplate = {
  id: "seed000",
  title: "Комплексный проект «Развитие эффективной межуровневой системы адресной поддержки школ с низкими образовательными результатами» на 2025–2029 гг. (Ставропольский край)",
  source: "СКИРО ПК и ПРО, приказ от 27.01.2025 № 24 о/д",
  indicators: SEED000_INDICATORS.map((i) => ind(
    `S000-${String(i.indicator).padStart(2, "0")}`, i.title, POPULATION_DENOMINATORS[i.population],
    Array.from({ length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 }, (_, k) => ({ year: PROGRAMME_FIRST_YEAR + k, value: seed000Target(i, PROGRAMME_FIRST_YEAR + k) as number })),
    `seed 000, показатель ${i.indicator}`,
  )),
};

/** Seed 002: the «целевые показатели» and the shares among the «контрольные точки» of the city roadmap. */
export const SEED002_TEMPLATE: ProgrammeTemplate = {
  id: "seed002",
  title: "Дорожная карта по организации ресурсной поддержки ШНОР и школ, функционирующих в зоне риска снижения образовательных результатов, в городе Ставрополе на 2023–2025 годы",
  source: "Комитет образования администрации города Ставрополя, приказ от 10.03.2023 № 126-09",
  indicators: [
    ind("STV-1", "Доля школ с низкими результатами обучения, в которых обеспечены условия равного доступа к получению качественного общего образования каждого ребенка, в том числе с использованием дистанционных образовательных технологий", "общее количество организаций", at([[2023, 0.15], [2024, 0.3]]), "seed 002, целевой показатель 1"),
    ind("STV-2", "Доля педагогических работников образовательных организаций, прошедших переподготовку или повышение квалификации по актуальным вопросам повышения качества образования обучающихся в соответствии с ФГОС ООО", "общая численность педагогических работников, работающих в данных образовательных организациях", years(2023, 2025, 1), "seed 002, целевой показатель 2 (100 %, год не указан — на весь срок)"),
    ind("STV-3", "Доля обучающихся школ, успешно прошедших государственную итоговую аттестацию", "общая численность обучающихся из данных школ, прошедших государственную итоговую аттестацию", at([[2023, 0.1], [2024, 0.3]]), "seed 002, целевой показатель 3"),
    ind("STV-4", "Доля школ, обучающиеся которых продемонстрировали более высокие результаты обучения по итогам учебного года, среди школ с низкими результатами обучения", "число школ с низкими результатами обучения", [], "seed 002, целевой показатель 4 (значение не задано)", { expected: "increase" }),
    ind("STV-5", "Доля укомплектованности образовательных учреждений квалифицированными педагогическими кадрами", "число ставок (должностей) педагогических работников", at([[2024, 1]]), "seed 002, целевой показатель 5"),
    ind("STV-6", "Доля общеобразовательных организаций, в которых количество педагогических работников пенсионного возраста не превышает 30 %", "общее количество общеобразовательных организаций", at([[2023, 0.25], [2024, 0.2]]), "seed 002, целевой показатель 6: прочитан буквально как «не менее»; значения убывают (25 % → 20 %), возможно, имелась в виду доля, где превышает 30 %, — тогда сравнение «не более»"),
    ind("STV-7", "Доля общеобразовательных организаций ШНОР, использующих электронные библиотечные системы", "общее количество ШНОР", at([[2023, 0.4], [2024, 1]]), "seed 002, целевой показатель 7"),
    ind("STV-8", "Доля общеобразовательных учреждений, в которых заключены договоры на целевое обучение по педагогическим специальностям", "общее количество общеобразовательных учреждений", at([[2023, 0.15], [2024, 0.25]]), "seed 002, целевой показатель 8"),
    ind("STV-D1", "Улучшение материально-технических условий в общеобразовательных организациях (доля организаций)", "общее количество общеобразовательных организаций", at([[2023, 0.15], [2024, 0.25]]), "seed 002, направление 1"),
    ind("STV-K1", "Доля школ с низкими образовательными результатами, за которыми закреплены школы, устойчиво демонстрирующие высокое качество образования", "общее количество школ с низким образовательным результатом", at([[2023, 0.5], [2024, 1]]), "seed 002, контрольная точка 1 («повышение на 50 %», май 2024 — 100 %)"),
    ind("STV-K2", "Доля ШНОР, принявших участие в работе семинара-совещания, прошедших обучение по адресным программам дополнительного профессионального образования на базе СКИРО ПК и ПРО", "общее количество ШНОР", years(2023, 2025, 1), "seed 002, контрольная точка 2"),
    ind("STV-K3", "Доля ШНОР, показавших положительную динамику образовательных результатов по предмету (русский язык / математика на ВПР, ОГЭ, ЕГЭ)", "общее количество ШНОР", at([[2023, 0.15], [2024, 0.3]]), "seed 002, контрольная точка 3"),
    ind("STV-K5", "Коэффициент материально-технического обеспечения", "—", at([[2023, 0.15], [2024, 0.7]]), "seed 002, контрольная точка 5: «август 2023 год – 70 %» стоит вторым — прочитано как 2024 год"),
    ind("STV-K7", "Доля общеобразовательных учреждений, использующих электронные системы", "общее количество общеобразовательных учреждений", years(2023, 2025, 1), "seed 002, контрольная точка 7"),
  ],
};

/** Seed 003: the Kargasok monitoring indicators; they have no numeric targets, only the expected direction. */
export const SEED003_TEMPLATE: ProgrammeTemplate = {
  id: "seed003",
  title: "Программа «Повышение качества образования в школах с низкими образовательными результатами обучающихся и/или в школах, функционирующих в неблагоприятных социальных условиях, на территории Каргасокского района» на 2023 год",
  source: "Управление образования, опеки и попечительства МО «Каргасокский район», приказ от 17.04.2023 № 228",
  indicators: [
    ind("KRG-1.1", "Доля школ, в которых по любой одной оценочной процедуре в текущем учебном году были зафиксированы низкие образовательные результаты обучающихся (ВПР 5, 6 кл., ОГЭ, ЕГЭ по русскому языку и математике)", "общее количество школ", [], "seed 003, трек 1; ожидается уменьшение", { expected: "decrease" }),
    ...([
      ["1.2", "ВПР в 5 классе по русскому языку отметку «2»", "участников ВПР по русскому языку в 5 классах"],
      ["1.3", "ВПР в 5 классе по математике отметку «2»", "участников ВПР по математике в 5 классах"],
      ["1.4", "ВПР в 6 классе по русскому языку отметку «2»", "участников ВПР по русскому языку в 6 классах"],
      ["1.5", "ВПР в 6 классе по математике отметку «2»", "участников ВПР по математике в 6 классах"],
    ] as const).map(([no, what, m]) => ind(`KRG-${no}`, `Доля обучающихся, получивших от общего числа участников ${what}`, `общее количество ${m}`, [], `seed 003, трек 1; ожидается уменьшение`, { expected: "decrease" })),
    ...([
      ["1.6", "ОГЭ по русскому языку"],
      ["1.7", "ОГЭ по математике"],
      ["1.8", "ЕГЭ по русскому языку"],
      ["1.9", "ЕГЭ по математике"],
    ] as const).map(([no, what]) => ind(`KRG-${no}`, `Доля обучающихся, не преодолевших минимальный порог, предусмотренный спецификацией ${what}`, `общее количество участников ${what}`, [], "seed 003, трек 1; ожидается уменьшение", { expected: "decrease" })),
    ind("KRG-2.1", "Доля общеобразовательных организаций, принявших участие в мониторинге (анкетировании) для ШНОР и выявивших факторы риска (дефициты)", "общее количество ШНОР", [], "seed 003, трек 2 (охват — 100 % ШНОР; это репрезентативность, не цель)"),
    ind("KRG-3.1", "Доля общеобразовательных организаций (ШНОР), охваченных муниципальными мероприятиями по профилактике учебной неуспешности", "общее количество ШНОР", [], "seed 003, трек 3"),
    ind("KRG-3.2", "Доля общеобразовательных организаций (ШНОР), в школьных программах по повышению качества образования которых запланированы мероприятия по профилактике учебной неуспешности", "общее количество ШНОР", [], "seed 003, трек 3"),
  ],
};

/** Seed 004, track 3 «Профилактика учебной неуспешности»: the indicators as the region revised them for 2023. */
export const TRACK3_TEMPLATE: ProgrammeTemplate = {
  id: "track3",
  title: "Трек 3. Профилактика учебной неуспешности в ОО региона (Ярославская область)",
  source: "ГАУ ДПО ЯО ИРО, 16.03.2023",
  indicators: [
    ind("TR3-1", "Доля обучающихся, имеющих академическую задолженность, от общего числа обучающихся в ОО", "общее число обучающихся", [], "seed 004, трек 3; ожидается уменьшение", { expected: "decrease" }),
    ind("TR3-2", "Доля обучающихся, посещающих/посещавших дополнительные занятия с целью ликвидации отставания по учебной программе, от числа обучающихся, имевших академическую задолженность", "число обучающихся, имевших академическую задолженность", [], "seed 004, трек 3; ожидается рост", { expected: "increase" }),
    ind("TR3-3", "Доля школ, в которых разработаны и реализуются программы профилактики учебной неуспешности", "общее число ОО региона", [], "seed 004, трек 3 (критерий — наличие положения о внутришкольной системе профилактики учебной неуспешности; январь 2023: 49 школ, 15 %); ожидается рост", { expected: "increase" }),
  ],
};

export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [SEED000_TEMPLATE, SEED002_TEMPLATE, SEED003_TEMPLATE, TRACK3_TEMPLATE];

export function findProgrammeTemplate(id: string): ProgrammeTemplate | undefined {
  return PROGRAMME_TEMPLATES.find((t) => t.id === id);
}

/** The target of the year, if the template sets one. */
export function targetFor(indicator: TemplateIndicator, year: number): number | null {
  return indicator.targets.find((t) => t.year === year)?.value ?? null;
}

/** A template is valid when ids are unique, targets are shares and no year is given twice. */
export function checkTemplate(template: ProgrammeTemplate): void {
  const ids = new Set<string>();
  for (const i of template.indicators) {
    if (ids.has(i.id)) throw new ShnorError("ctx_indicator_duplicate", { indicator: i.id });
    ids.add(i.id);
    const ys = new Set<number>();
    for (const t of i.targets) {
      if (ys.has(t.year)) throw new ShnorError("ctx_target_duplicate", { indicator: i.id, year: t.year });
      ys.add(t.year);
      if (!(t.value >= 0 && t.value <= 1)) throw new ShnorError("setting_invalid", { setting: `${i.id} ${t.year}`, value: String(t.value), expected: "0 ≤ x ≤ 1" });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The dashboard: indicator, n, m, value, target, verdict

export interface IndicatorInput {
  id: string;
  n: number;
  m: number;
  /** The previous year's counts, for indicators judged by their change. */
  prevN?: number | null;
  prevM?: number | null;
}

export type Verdict = "met" | "notMet" | "noTarget" | "noData";

/** Russian verdict labels (domain labels, like the function results). */
export const VERDICT_LABELS: Record<Verdict, string> = { met: "достигнуто", notMet: "не достигнуто", noTarget: "нет целевого значения", noData: "нет данных" };

export interface DashboardRow {
  id: string;
  title: string;
  n: number | null;
  m: number | null;
  value: number | null;
  target: number | null;
  comparator: TargetComparator;
  expected: ExpectedChange | null;
  prevValue: number | null;
  verdict: Verdict;
  /** What the verdict rests on. */
  basis: "target" | "change" | null;
}

export interface Dashboard {
  templateId: string;
  templateTitle: string;
  year: number;
  rows: DashboardRow[];
  counts: Record<Verdict, number>;
}

function checkCounts(id: string, n: number, m: number): void {
  for (const [field, value] of [["n", n], ["m", m]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new ShnorError("count_not_natural", { field: `${id} ${field}`, value });
  }
  if (n > m) throw new ShnorError("programme_n_gt_m", { n, m });
}

/** The verdict of one indicator in a year from its counts (exact comparisons). */
export function judgeIndicator(indicator: TemplateIndicator, year: number, input: IndicatorInput | undefined): DashboardRow {
  const target = targetFor(indicator, year);
  const base = { id: indicator.id, title: indicator.title, target, comparator: indicator.comparator, expected: indicator.expected };
  if (!input || input.m === 0) return { ...base, n: input?.n ?? null, m: input?.m ?? null, value: null, prevValue: null, verdict: "noData", basis: null };
  checkCounts(indicator.id, input.n, input.m);
  const hasPrev = input.prevN !== null && input.prevN !== undefined && input.prevM !== null && input.prevM !== undefined;
  if (hasPrev) checkCounts(indicator.id, input.prevN as number, input.prevM as number);
  const prevValue = hasPrev && (input.prevM as number) > 0 ? (input.prevN as number) / (input.prevM as number) : null;
  const row = { ...base, n: input.n, m: input.m, value: input.n / input.m, prevValue };
  if (target !== null) {
    const met = meetsTarget(input.n, input.m, target, indicator.comparator);
    return { ...row, verdict: met ? "met" : "notMet", basis: "target" };
  }
  if (indicator.expected && prevValue !== null) {
    const sign = Math.sign(compareFractions(input.n, input.m, input.prevN as number, input.prevM as number));
    const met = indicator.expected === "increase" ? sign > 0 : sign < 0;
    return { ...row, verdict: met ? "met" : "notMet", basis: "change" };
  }
  return { ...row, verdict: "noTarget", basis: null };
}

/** Every indicator of the template in a year; indicators without input are "noData". */
export function buildDashboard(template: ProgrammeTemplate, year: number, inputs: readonly IndicatorInput[]): Dashboard {
  checkTemplate(template);
  const byId = new Map<string, IndicatorInput>();
  for (const i of inputs) {
    if (!template.indicators.some((x) => x.id === i.id)) throw new ShnorError("ctx_indicator_unknown", { indicator: i.id, template: template.id });
    if (byId.has(i.id)) throw new ShnorError("ctx_indicator_duplicate", { indicator: i.id });
    byId.set(i.id, i);
  }
  const rows = template.indicators.map((x) => judgeIndicator(x, year, byId.get(x.id)));
  const counts: Record<Verdict, number> = { met: 0, notMet: 0, noTarget: 0, noData: 0 };
  for (const r of rows) counts[r.verdict]++;
  return { templateId: template.id, templateTitle: template.title, year, rows, counts };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading: the inputs of a dashboard, and an edited template

/** An indicator of the template from a cell: its code, its seed-000 number («11»), or its title. */
export function findTemplateIndicator(template: ProgrammeTemplate, text: string): TemplateIndicator | undefined {
  const s = normalizeHeader(text);
  return template.indicators.find((i) => normalizeHeader(i.id) === s || normalizeHeader(i.title) === s)
    ?? (/^\d+$/.test(s) ? template.indicators.find((i) => /^S000-\d+$/.test(i.id) && Number(i.id.slice(5)) === Number(s)) : undefined);
}

export const PROGRAMME_INPUT_FIELDS: readonly FieldSpec[] = [
  { key: "indicator", required: true, aliases: ["показатель", "код показателя", "код", "№ показателя", "№", "indicator", "indicator code", "code"] },
  { key: "n", required: true, aliases: ["n", "числитель", "число", "numerator"] },
  { key: "m", required: true, aliases: ["m", "знаменатель", "всего", "denominator"] },
  { key: "prev_n", required: false, aliases: ["n прошлого года", "числитель прошлого года", "n prev", "previous n"] },
  { key: "prev_m", required: false, aliases: ["m прошлого года", "знаменатель прошлого года", "m prev", "previous m"] },
];

export interface ProgrammeInputTable {
  inputs: IndicatorInput[];
  problems: Problem[];
  headerRow: number;
  mapping: ColumnMapping;
}

/** Reads n and m per indicator; located errors for unknown indicators, bad counts and n > m. */
export function readProgrammeInputs(source: SourceLike, template: ProgrammeTemplate, options: OpenTableOptions = {}): ProgrammeInputTable {
  const opened = openTable(source, PROGRAMME_INPUT_FIELDS, options, ["indicator"]);
  if (!opened.ok) return { inputs: [], problems: opened.problems, headerRow: opened.headerRow, mapping: opened.mapping };
  const f = opened.frame;
  const inputs: IndicatorInput[] = [];
  const seen = new Map<string, number>();
  for (const r of f.rows) {
    const before = f.cells.problems.length;
    const text = cellText(f.get(r, "indicator"));
    const indicator = text === "" ? undefined : findTemplateIndicator(template, text);
    if (text === "") f.cells.error("cell_required", {}, f.at(r, "indicator"));
    else if (!indicator) f.cells.error("ctx_indicator_unknown", { indicator: text, template: template.id }, f.at(r, "indicator"));
    const count = (key: string) => f.cells.count(f.get(r, key), f.at(r, key));
    const [n, m, prevN, prevM] = [count("n"), count("m"), count("prev_n"), count("prev_m")];
    if (n === null && cellText(f.get(r, "n")) === "") f.cells.error("cell_required", {}, f.at(r, "n"));
    if (m === null && cellText(f.get(r, "m")) === "") f.cells.error("cell_required", {}, f.at(r, "m"));
    if (n !== null && m !== null && n > m) f.cells.error("programme_n_gt_m", { n, m }, f.at(r, "n"));
    if (prevN !== null && prevM !== null && prevN > prevM) f.cells.error("programme_n_gt_m", { n: prevN, m: prevM }, f.at(r, "prev_n"));
    if (errorSince(f.cells.problems, before) || !indicator || n === null || m === null) continue;
    const first = seen.get(indicator.id);
    if (first !== undefined) {
      f.cells.error("ctx_indicator_duplicate", { indicator: indicator.id }, f.at(r, "indicator"));
      continue;
    }
    seen.set(indicator.id, f.sheetRow(r));
    inputs.push({ id: indicator.id, n, m, prevN, prevM });
  }
  return { inputs, problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
}

/** Column aliases of a template sheet; the report headers (ru and en) are among them, so a written sheet reads back. */
export const TEMPLATE_FIELDS: readonly FieldSpec[] = [
  { key: "id", required: true, aliases: ["код", "код показателя", "code"] },
  { key: "title", required: true, aliases: ["показатель", "наименование показателя", "indicator"] },
  { key: "denominator", required: false, aliases: ["знаменатель m", "знаменатель", "denominator m", "denominator"] },
  { key: "year", required: false, aliases: ["год", "year"] },
  { key: "target", required: false, aliases: ["целевое значение", "минимальное значение", "target"] },
  { key: "comparator", required: false, aliases: ["сравнение", "comparison", "comparator"] },
  { key: "expected", required: false, aliases: ["ожидаемое изменение", "expected change", "expected"] },
  { key: "note", required: false, aliases: ["источник", "примечание", "source", "note"] },
];

const COMPARATORS: Record<string, TargetComparator> = { "не менее": "atLeast", "at least": "atLeast", atleast: "atLeast", ">=": "atLeast", "≥": "atLeast", "не более": "atMost", "at most": "atMost", atmost: "atMost", "<=": "atMost", "≤": "atMost" };
const CHANGES: Record<string, ExpectedChange> = { рост: "increase", увеличение: "increase", increase: "increase", снижение: "decrease", уменьшение: "decrease", decrease: "decrease" };

/** The Russian words a template sheet uses for comparators and changes (written by contextSheets, read back here). */
export const COMPARATOR_WORDS: Record<TargetComparator, string> = { atLeast: "не менее", atMost: "не более" };
export const CHANGE_WORDS: Record<ExpectedChange, string> = { increase: "рост", decrease: "снижение" };

export interface TemplateTable {
  template: ProgrammeTemplate;
  problems: Problem[];
  headerRow: number;
  mapping: ColumnMapping;
}

/** Reads an edited template: one row per indicator and target year (rows of one code are merged). */
export function readProgrammeTemplate(source: SourceLike, meta: { id: string; title: string; source: string }, options: OpenTableOptions = {}): TemplateTable {
  const template: ProgrammeTemplate = { ...meta, indicators: [] };
  const opened = openTable(source, TEMPLATE_FIELDS, options, ["id"]);
  if (!opened.ok) return { template, problems: opened.problems, headerRow: opened.headerRow, mapping: opened.mapping };
  const f = opened.frame;
  const byId = new Map<string, TemplateIndicator>();
  for (const r of f.rows) {
    const before = f.cells.problems.length;
    const id = cellText(f.get(r, "id"));
    const title = cellText(f.get(r, "title"));
    if (id === "") f.cells.error("cell_required", {}, f.at(r, "id"));
    const year = f.cells.year(f.get(r, "year"), f.at(r, "year"));
    const target = readTarget(f.get(r, "target"), f.cells, f.at(r, "target"));
    if ((year === null) !== (target === null)) f.cells.error("ctx_target_year_pair", {}, f.at(r, year === null ? "year" : "target"));
    const comparator = readWord(f.get(r, "comparator"), COMPARATORS, f.cells, f.at(r, "comparator"), "не менее | не более");
    const expected = readWord(f.get(r, "expected"), CHANGES, f.cells, f.at(r, "expected"), "рост | снижение");
    if (errorSince(f.cells.problems, before) || id === "") continue;
    const indicator = byId.get(id) ?? ind(id, title, cellText(f.get(r, "denominator")), [], cellText(f.get(r, "note")), { comparator: comparator ?? "atLeast", expected: expected ?? undefined });
    if (!byId.has(id) && title === "") f.cells.error("cell_required", {}, f.at(r, "title"));
    if (year !== null && target !== null) {
      if (indicator.targets.some((t) => t.year === year)) {
        f.cells.error("ctx_target_duplicate", { indicator: id, year }, f.at(r, "year"));
        continue;
      }
      indicator.targets.push({ year, value: target });
    }
    byId.set(id, indicator);
  }
  template.indicators = [...byId.values()];
  return { template, problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
}

/** A target written as 30 %, 0,3 or 30 (a number above 1 is a percent). */
function readTarget(v: unknown, cells: CellReader, at: Location): number | null {
  const n = cells.number(v, at);
  if (n === null) return null;
  const p = parseNumber(v);
  const share = p.kind === "number" && !p.percent && n > 1 ? n / 100 : n;
  if (share < 0 || share > 1) {
    cells.error("ctx_share_range", { value: cellText(v) }, at);
    return null;
  }
  return share;
}

function readWord<T>(v: unknown, words: Record<string, T>, cells: CellReader, at: Location, expected: string): T | null {
  const text = cellText(v);
  if (text === "") return null;
  const key = text.toLowerCase().replace(/ё/g, "е").trim();
  const value = words[key];
  if (value === undefined) {
    cells.error("ctx_word_unknown", { value: text, expected }, at);
    return null;
  }
  return value;
}
