/**
 * Expertise of municipal roadmaps and school programme documents (METHODOLOGY §11; seed 000 «разработаны критерии и
 * показатели по оцениванию муниципальных дорожных карт … и документов, подтверждающих их реализацию»): a rubric of
 * sections and criteria with maximum points, level = points / max, the verdicts «сформированность механизмов» (≥ 70 %)
 * and «реализация мер» (≥ 50 %), and the share of municipalities meeting each — seed 000 indicators 17 and 18.
 *
 * Each criterion belongs to a part: the roadmap itself (mechanisms) or the documents confirming its implementation
 * (implementation); the mechanisms verdict is judged on the mechanism criteria, the implementation verdict on the
 * implementation criteria (option: both on the total). A criterion without a part counts in both.
 * The default rubrics follow the five directions of the roadmaps (seed 000 §IV «Органы управления образованием»,
 * seed 002 «Определение основных направлений деятельности»), with criteria taken from the seeds' texts.
 */
import { ShnorError, type Location, type Problem } from "../errors";
import { toRatio } from "../ratio";
import type { CellReader } from "../table/cells";
import { errorSince, freeColumns, openTable, type OpenTableOptions, type TableFrame } from "../table/frame";
import type { ColumnMapping, FieldSpec } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText } from "../values";
import { definedOnly } from "../collections";
import { PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR, seed000Target, findSeed000Indicator } from "./programmeShare";
import { toScaledIntegers } from "./scoreThresholds";

export type CriterionPart = "mechanisms" | "implementation";

export interface RubricCriterion {
  /** Unique in the rubric, e.g. "2.3". */
  id: string;
  text: string;
  maxPoints: number;
  /** null: counts in both parts. */
  part: CriterionPart | null;
}

export interface RubricSection {
  id: string;
  title: string;
  criteria: RubricCriterion[];
}

export interface Rubric {
  id: string;
  title: string;
  sections: RubricSection[];
}

/** The five directions of the municipal roadmaps (seed 002 wording; seed 000 lists the same five). */
export const ROADMAP_DIRECTIONS: readonly string[] = [
  "Улучшение материально-технических условий в общеобразовательных организациях",
  "Преодоление кадрового дефицита в общеобразовательных организациях",
  "Адресное методическое сопровождение общеобразовательных организаций",
  "Профилактика учебной неуспешности в общеобразовательных организациях",
  "Привлечение ресурсов федеральных, региональных проектов",
];

/** Default maximum per criterion: 0 — нет, 1 — частично, 2 — в полной мере (our choice; the seeds give no scale). */
export const DEFAULT_CRITERION_MAX = 2;

type CriterionSpec = [text: string, part: CriterionPart];

function rubric(id: string, title: string, sections: readonly CriterionSpec[][]): Rubric {
  return {
    id, title,
    sections: sections.map((criteria, i) => ({
      id: String(i + 1), title: ROADMAP_DIRECTIONS[i],
      criteria: criteria.map(([text, part], j) => ({ id: `${i + 1}.${j + 1}`, text, maxPoints: DEFAULT_CRITERION_MAX, part })),
    })),
  };
}

const M = "mechanisms" as const;
const I = "implementation" as const;

/** Municipal roadmap «по организации ресурсной поддержки ШНОР и школ зоны риска» and the documents confirming it. */
export const MUNICIPAL_ROADMAP_RUBRIC: Rubric = rubric("municipalRoadmap", "Экспертиза муниципальной дорожной карты по организации ресурсной поддержки школ – участников проекта", [
  [
    ["Проведён анализ материально-технического оснащения школ-участников проекта (коэффициент материально-технического обеспечения), выявлены дефициты", M],
    ["Запланировано обновление библиотечного фонда и обеспечение обучающихся учебниками в соответствии с федеральным перечнем", M],
    ["Запланировано обновление мебели и оборудования учебных кабинетов, в том числе в рамках капитального ремонта", M],
    ["Рост оснащённости школ-участников подтверждён мониторингом обеспеченности (переход школы по коэффициенту материально-технического оснащения на более высокий уровень)", I],
  ],
  [
    ["Проведён анализ кадрового состава школ-участников: вакансии, педагоги пенсионного возраста, молодые специалисты, квалификационные категории", M],
    ["Предусмотрены меры привлечения молодых специалистов: профориентация на педагогические специальности, целевое обучение, программа «Земский учитель»", M],
    ["Запланировано повышение квалификации руководителей и педагогических работников в направлении индивидуализации и дифференциации обучения", M],
    ["Охват педагогов школ-участников курсовыми мероприятиями подтверждён (информационная или аналитическая справка)", I],
  ],
  [
    ["Утверждены кураторы из числа руководителей школ со стабильно высокими результатами, закреплённые за школами-участниками", M],
    ["Запланированы педагогические десанты, стажировки на базе стажировочных площадок, совместные методические мероприятия в рамках партнёрских договоров", M],
    ["Организовано наставничество педагогов школ-участников проекта", M],
    ["Мероприятия проведены и подтверждены документами (приказы, протоколы, материалы на сайте муниципальной методической службы)", I],
  ],
  [
    ["Предусмотрены планы психолого-педагогического сопровождения обучающихся из группы с рисками учебной неуспешности", M],
    ["Предусмотрены входные и промежуточные диагностические работы по русскому языку и математике и анализ их результатов", M],
    ["Предусмотрены индивидуальные маршруты ликвидации предметных дефицитов обучающихся", M],
    ["Проведён мониторинг эффективности индивидуальных маршрутов и динамики образовательных результатов, по его итогам скорректированы меры", I],
  ],
  [
    ["Предусмотрено участие школ в региональных проектах национального проекта «Образование» («Современная школа», «Цифровая образовательная среда») и в программе «Модернизация школьных систем образования»", M],
    ["Предусмотрено использование ресурсов центров «Точка роста» для сетевого взаимодействия педагогов и реализации образовательных программ", M],
    ["Участие школ-участников в проектах подтверждено (справки о прохождении курсов, оснащении, реализации программ в сетевой форме)", I],
  ],
]);

/** A school's programme documents (концепция развития, антирисковая программа) and the documents confirming them. */
export const SCHOOL_PROGRAMME_RUBRIC: Rubric = rubric("schoolProgramme", "Экспертиза программных документов школы (концепция развития, антирисковая программа)", [
  [
    ["Проведён анализ оснащения школы и определены меры по устранению дефицитов (оборудование, компьютеры, доступ в Интернет)", M],
    ["Улучшение оснащения подтверждено документами (справка, мониторинг обеспеченности)", I],
  ],
  [
    ["Выявлены кадровые дефициты и предусмотрены меры их устранения (наставничество, привлечение молодых специалистов, введение должностей специалистов)", M],
    ["Сформирована внутришкольная система профессионального развития педагогов: индивидуальные планы профессионального развития, ИОМ по результатам диагностики", M],
    ["Педагоги прошли обучение по программам ДПО по вопросам работы с детьми с высоким уровнем рисков учебной неуспешности", I],
  ],
  [
    ["Предусмотрено взаимодействие с куратором и школой-партнёром, участие управленческой команды в стажировках и педагогических десантах", M],
    ["Предусмотрены внутришкольные формы методической работы (педагогический совет, методические объединения, взаимопосещение уроков, мастер-классы)", M],
    ["Участие в мероприятиях сопровождения подтверждено (приказы, листы регистрации, материалы)", I],
  ],
  [
    ["Принято положение о внутришкольной системе профилактики учебной неуспешности", M],
    ["Предусмотрено отслеживание динамики учебных достижений обучающихся на уровнях школа – класс – ученик", M],
    ["Предусмотрена психолого-педагогическая поддержка обучающихся с трудностями в обучении и работа с их родителями", M],
    ["Снижение доли обучающихся с академической задолженностью и охват их дополнительными занятиями подтверждены мониторингом", I],
  ],
  [
    ["Предусмотрено использование ресурсов «Точки роста», цифровой образовательной среды, сетевой формы реализации образовательных программ, дополнительного образования", M],
    ["Использование ресурсов федеральных и региональных проектов подтверждено документами", I],
  ],
]);

export const DEFAULT_RUBRICS: readonly Rubric[] = [MUNICIPAL_ROADMAP_RUBRIC, SCHOOL_PROGRAMME_RUBRIC];

export function rubricCriteria(r: Rubric): RubricCriterion[] {
  return r.sections.flatMap((s) => s.criteria);
}

/** Ids unique, texts present, maxima positive. */
export function checkRubric(r: Rubric): void {
  const ids = new Set<string>();
  const criteria = rubricCriteria(r);
  if (criteria.length === 0) throw new ShnorError("ctx_rubric_empty", { rubric: r.id });
  for (const c of criteria) {
    if (ids.has(c.id)) throw new ShnorError("ctx_criterion_duplicate", { criterion: c.id });
    ids.add(c.id);
    if (!(Number.isFinite(c.maxPoints) && c.maxPoints > 0)) throw new ShnorError("ctx_max_points_invalid", { criterion: c.id, value: String(c.maxPoints) });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Levels and verdicts

export type LevelBasis = "parts" | "total";

export interface ExpertiseSettings {
  /** «уровень сформированности управленческих механизмов … не ниже 70 %» (seed 000 indicator 17). */
  mechanismsThreshold: number;
  /** «уровень реализации мер/мероприятий … не ниже 50 %» (seed 000 indicator 18). */
  implementationThreshold: number;
  levelBasis: LevelBasis;
}

export const DEFAULT_EXPERTISE_SETTINGS: ExpertiseSettings = { mechanismsThreshold: 0.7, implementationThreshold: 0.5, levelBasis: "parts" };

export function resolveExpertiseSettings(overrides: Partial<ExpertiseSettings> = {}): ExpertiseSettings {
  const s = { ...DEFAULT_EXPERTISE_SETTINGS, ...definedOnly(overrides) };
  for (const key of ["mechanismsThreshold", "implementationThreshold"] as const) {
    if (!(s[key] >= 0 && s[key] <= 1)) throw new ShnorError("setting_invalid", { setting: key, value: String(s[key]), expected: "0 ≤ x ≤ 1" });
  }
  if (s.levelBasis !== "parts" && s.levelBasis !== "total") throw new ShnorError("setting_invalid", { setting: "levelBasis", value: String(s.levelBasis), expected: "parts | total" });
  return s;
}

/** The points of one expertise object (a municipality or a school), by criterion id; null = not scored. */
export interface ExpertiseScores {
  object: string;
  points: Record<string, number | null>;
}

export interface PartLevel {
  points: number;
  max: number;
  /** points / max; null when max = 0. */
  level: number | null;
}

export interface ExpertiseEvaluation {
  object: string;
  total: PartLevel;
  mechanisms: PartLevel;
  implementation: PartLevel;
  sections: (PartLevel & { id: string; title: string })[];
  /** level ≥ 70 % exactly; null when the part has no criteria. */
  mechanismsFormed: boolean | null;
  measuresImplemented: boolean | null;
  /** Criteria without points (counted as 0). */
  unscored: string[];
}

/** Σ points and Σ max over criteria, exactly on decimals (half points occur). */
function partLevel(criteria: readonly RubricCriterion[], points: Record<string, number | null>): PartLevel & { ints: [number, number] } {
  const list = criteria.flatMap((c) => [points[c.id] ?? 0, c.maxPoints]);
  const { ints, scale } = toScaledIntegers(list.length ? list : [0]);
  let p = 0;
  let m = 0;
  for (let i = 0; i < criteria.length; i++) {
    p += ints[2 * i];
    m += ints[2 * i + 1];
  }
  return { points: p / scale, max: m / scale, level: m > 0 ? p / m : null, ints: [p, m] };
}

function atLeast(part: { ints: [number, number] }, threshold: number): boolean | null {
  const [p, m] = part.ints;
  if (m === 0) return null;
  const r = toRatio(threshold);
  return r.q * p >= r.p * m;
}

const strip = <T extends { ints: unknown }>(x: T): Omit<T, "ints"> => {
  const { ints: _ints, ...rest } = x;
  return rest;
};

/** Levels of one object; points above the maximum or negative are errors (the readers report them located). */
export function evaluateExpertise(r: Rubric, scores: ExpertiseScores, overrides: Partial<ExpertiseSettings> = {}): ExpertiseEvaluation {
  const s = resolveExpertiseSettings(overrides);
  checkRubric(r);
  const criteria = rubricCriteria(r);
  for (const c of criteria) {
    const p = scores.points[c.id];
    if (p === null || p === undefined) continue;
    if (!Number.isFinite(p) || p < 0) throw new ShnorError("cell_negative", { value: String(p) });
    if (p > c.maxPoints) throw new ShnorError("ctx_points_above_max", { points: p, max: c.maxPoints, criterion: c.id });
  }
  const total = partLevel(criteria, scores.points);
  const mech = s.levelBasis === "total" ? total : partLevel(criteria.filter((c) => c.part !== "implementation"), scores.points);
  const impl = s.levelBasis === "total" ? total : partLevel(criteria.filter((c) => c.part !== "mechanisms"), scores.points);
  return {
    object: scores.object,
    total: strip(total), mechanisms: strip(mech), implementation: strip(impl),
    sections: r.sections.map((sec) => ({ id: sec.id, title: sec.title, ...strip(partLevel(sec.criteria, scores.points)) })),
    mechanismsFormed: atLeast(mech, s.mechanismsThreshold),
    measuresImplemented: atLeast(impl, s.implementationThreshold),
    unscored: criteria.filter((c) => scores.points[c.id] === null || scores.points[c.id] === undefined).map((c) => c.id),
  };
}

export interface ExpertiseIndicator {
  /** 17 (mechanisms) or 18 (implementation). */
  indicator: number;
  title: string;
  n: number;
  m: number;
  share: number | null;
  /** The seed-000 minimum of the year; null outside 2025–2029. */
  target: number | null;
  met: boolean | null;
}

export interface ExpertiseSummary {
  settings: ExpertiseSettings;
  year: number;
  evaluations: ExpertiseEvaluation[];
  mechanisms: ExpertiseIndicator;
  implementation: ExpertiseIndicator;
}

function indicatorOf(no: 17 | 18, year: number, flags: readonly (boolean | null)[]): ExpertiseIndicator {
  const ind = findSeed000Indicator(no);
  if (!ind) throw new ShnorError("programme_indicator_unknown", { indicator: no });
  const n = flags.filter((f) => f === true).length;
  const m = flags.length;
  const target = year >= PROGRAMME_FIRST_YEAR && year <= PROGRAMME_LAST_YEAR ? (seed000Target(ind, year) ?? null) : null;
  const r = target === null ? null : toRatio(target);
  return { indicator: no, title: ind.title, n, m, share: m ? n / m : null, target, met: r === null || m === 0 ? null : r.q * n >= r.p * m };
}

/**
 * Indicators 17–18 over the municipalities evaluated: n = municipalities meeting the verdict, m = all of them (seed 000:
 * «общее число муниципальных образовательных систем, участвующих в проекте»; an undecidable verdict is not met).
 */
export function expertiseSummary(evaluations: readonly ExpertiseEvaluation[], year: number, overrides: Partial<ExpertiseSettings> = {}): ExpertiseSummary {
  const settings = resolveExpertiseSettings(overrides);
  const seen = new Set<string>();
  for (const e of evaluations) {
    if (seen.has(e.object)) throw new ShnorError("ctx_object_duplicate", { object: e.object });
    seen.add(e.object);
  }
  return {
    settings, year, evaluations: [...evaluations],
    mechanisms: indicatorOf(17, year, evaluations.map((e) => e.mechanismsFormed)),
    implementation: indicatorOf(18, year, evaluations.map((e) => e.measuresImplemented)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a rubric (editable) and a filled template

/** The words of the part column; a written rubric sheet uses the first of each. */
export const PART_WORDS: Record<CriterionPart, string> = { mechanisms: "механизмы", implementation: "реализация" };
const PARTS: Record<string, CriterionPart> = {
  механизмы: "mechanisms", "сформированность механизмов": "mechanisms", механизм: "mechanisms", mechanisms: "mechanisms", м: "mechanisms",
  реализация: "implementation", "реализация мер": "implementation", "реализация мер/мероприятий": "implementation", implementation: "implementation", р: "implementation",
};

export const RUBRIC_FIELDS: readonly FieldSpec[] = [
  { key: "section", required: false, aliases: ["раздел", "направление", "раздел направление", "section", "direction", "section direction"] },
  { key: "criterion_id", required: true, aliases: ["№ критерия", "код критерия", "№", "номер", "код", "criterion no", "criterion id", "no"] },
  { key: "criterion", required: false, aliases: ["критерий", "критерии", "показатель", "criterion"] },
  { key: "max_points", required: false, aliases: ["максимальный балл", "макс балл", "максимум", "max points", "maximum"] },
  { key: "part", required: false, aliases: ["блок", "часть", "part", "block"] },
  { key: "points", required: false, aliases: ["балл", "баллы", "баллы эксперта", "оценка эксперта", "points", "score"] },
  { key: "comment", required: false, aliases: ["комментарий", "примечание", "обоснование", "comment", "note"] },
];

export interface RubricTable {
  rubric: Rubric;
  problems: Problem[];
  headerRow: number;
  mapping: ColumnMapping;
}

interface RubricRow {
  r: number;
  section: string;
  criterion: RubricCriterion;
}

/** Rubric rows of a frame; a blank section repeats the previous one (merged cells). */
function rubricRows(f: TableFrame, requireMax: boolean): RubricRow[] {
  const out: RubricRow[] = [];
  const seen = new Map<string, number>();
  let section = "";
  for (const r of f.rows) {
    const before = f.cells.problems.length;
    section = cellText(f.get(r, "section")) || section;
    const id = cellText(f.get(r, "criterion_id"));
    if (id === "") f.cells.error("cell_required", {}, f.at(r, "criterion_id"));
    const max = f.cells.number(f.get(r, "max_points"), f.at(r, "max_points"));
    if (max === null && requireMax && cellText(f.get(r, "max_points")) === "") f.cells.error("cell_required", {}, f.at(r, "max_points"));
    if (max !== null && !(max > 0)) f.cells.error("ctx_max_points_invalid", { criterion: id, value: cellText(f.get(r, "max_points")) }, f.at(r, "max_points"));
    const part = readPart(f.get(r, "part"), f.cells, f.at(r, "part"));
    if (errorSince(f.cells.problems, before)) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      f.cells.error("ctx_criterion_duplicate", { criterion: id, first }, f.at(r, "criterion_id"));
      continue;
    }
    seen.set(id, f.sheetRow(r));
    out.push({ r, section, criterion: { id, text: cellText(f.get(r, "criterion")), maxPoints: max ?? 0, part } });
  }
  return out;
}

function readPart(v: unknown, cells: CellReader, at: Location): CriterionPart | null {
  const text = cellText(v);
  if (text === "") return null;
  const part = PARTS[text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim()];
  if (!part) cells.error("ctx_word_unknown", { value: text, expected: `${PART_WORDS.mechanisms} | ${PART_WORDS.implementation}` }, at);
  return part ?? null;
}

function rubricOf(rows: readonly RubricRow[], meta: { id: string; title: string }): Rubric {
  const sections = new Map<string, RubricSection>();
  for (const { section, criterion } of rows) {
    const s = sections.get(section) ?? { id: String(sections.size + 1), title: section, criteria: [] };
    s.criteria.push(criterion);
    sections.set(section, s);
  }
  return { ...meta, sections: [...sections.values()] };
}

/** Reads an (edited) rubric: section, criterion number, text, maximum points, part. */
export function readRubric(source: SourceLike, meta: { id: string; title: string }, options: OpenTableOptions = {}): RubricTable {
  const fields = RUBRIC_FIELDS.map((x) => (x.key === "max_points" || x.key === "criterion" ? { ...x, required: true } : x));
  const opened = openTable(source, fields, options, ["criterion_id", "section"]);
  if (!opened.ok) return { rubric: { ...meta, sections: [] }, problems: opened.problems, headerRow: opened.headerRow, mapping: opened.mapping };
  const f = opened.frame;
  const rows = rubricRows(f, true);
  for (const { r, criterion } of rows) if (criterion.text === "") f.cells.error("cell_required", {}, f.at(r, "criterion"));
  if (rows.length === 0 && !errorSince(f.cells.problems, 0)) f.cells.error("table_no_rows", {}, f.headerAt());
  return { rubric: rubricOf(rows, meta), problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
}

export interface FilledExpertise {
  rubric: Rubric;
  scores: ExpertiseScores[];
  problems: Problem[];
  headerRow: number;
  mapping: ColumnMapping;
}

export interface FilledExpertiseOptions extends OpenTableOptions {
  /** The rubric to check against; when absent the sheet's own criterion and maximum columns are the rubric. */
  rubric?: Rubric;
  /** Name of the object when the sheet has one «Балл» column (default: the sheet name). */
  objectName?: string;
}

/**
 * Reads a filled template: the rubric's rows with points in a «Балл» column (one object) or in one column per object
 * (headed by the municipality's or school's name). Points must be numbers from 0 to the criterion's maximum; a blank
 * is "not scored" (a warning, counted as 0).
 */
export function readFilledExpertise(source: SourceLike, options: FilledExpertiseOptions = {}): FilledExpertise {
  const meta = { id: options.rubric?.id ?? "sheet", title: options.rubric?.title ?? source.sheet ?? "" };
  const opened = openTable(source, RUBRIC_FIELDS, options, ["criterion_id", "section"]);
  if (!opened.ok) return { rubric: options.rubric ?? { ...meta, sections: [] }, scores: [], problems: opened.problems, headerRow: opened.headerRow, mapping: opened.mapping };
  const f = opened.frame;
  const rows = rubricRows(f, !options.rubric);
  const rubric = options.rubric ?? rubricOf(rows, meta);
  const known = new Map(rubricCriteria(rubric).map((c) => [c.id, c]));
  const columns = f.mapping.points !== undefined
    ? [{ col: f.mapping.points, header: options.objectName ?? source.sheet ?? "—" }]
    : freeColumns(f);
  if (columns.length === 0) {
    f.cells.error("ctx_points_columns_missing", { found: f.header.map(cellText).filter(Boolean).join("; ") }, f.headerAt());
    return { rubric, scores: [], problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
  }
  const scores: ExpertiseScores[] = columns.map((c) => ({ object: c.header, points: Object.fromEntries([...known.keys()].map((id) => [id, null])) }));
  for (const { r, criterion } of rows) {
    const target = known.get(criterion.id);
    if (!target) {
      f.cells.error("ctx_criterion_unknown", { criterion: criterion.id, rubric: rubric.id }, f.at(r, "criterion_id"));
      continue;
    }
    if (options.rubric && f.mapping.max_points !== undefined && criterion.maxPoints > 0 && criterion.maxPoints !== target.maxPoints) {
      f.cells.warn("ctx_max_points_differs", { criterion: criterion.id, sheet: criterion.maxPoints, rubric: target.maxPoints }, f.at(r, "max_points"));
    }
    columns.forEach((c, k) => {
      scores[k].points[criterion.id] = readPoints(f.values[r]?.[c.col], target, f.cells, f.atCol(r, c.col));
    });
  }
  const present = new Set(rows.map((x) => x.criterion.id));
  for (const id of known.keys()) if (!present.has(id)) f.cells.warn("ctx_criterion_missing", { criterion: id }, f.headerAt());
  return { rubric, scores, problems: f.cells.problems, headerRow: f.headerRow, mapping: f.mapping };
}

function readPoints(v: unknown, c: RubricCriterion, cells: CellReader, at: Location): number | null {
  if (cellText(v) === "") {
    cells.warn("ctx_points_blank", { criterion: c.id }, at);
    return null;
  }
  const n = cells.number(v, at);
  if (n === null) return null;
  if (n < 0) {
    cells.error("cell_negative", { value: cellText(v) }, at);
    return null;
  }
  if (n > c.maxPoints) {
    cells.error("ctx_points_above_max", { points: cellText(v), max: c.maxPoints, criterion: c.id }, at);
    return null;
  }
  return n;
}
