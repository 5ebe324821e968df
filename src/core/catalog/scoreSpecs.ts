/**
 * Score specifications by procedure, subject, grade and year (METHODOLOGY §1, §6; domain-notes §3.3, §4):
 * the «3» / minimum score, the maximum and the top score (lower edge of «5», or 81 test points for ЕГЭ 100-point
 * subjects). Scales change by year, so the table is data: the defaults below can be extended or replaced by a
 * table the user edits (`readScoreSpecTable`), and every result names the spec it used.
 */
import type { Location } from "../errors";
import type { CellReader } from "../table/cells";
import { openTable, type OpenTableOptions, readRows, readTable, type TableFrame, type TableRead } from "../table/frame";
import { type FieldSpec, normalizeHeader } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText } from "../values";
import type { Procedure } from "./assessments";

/** ЕГЭ mathematics level (METHODOLOGY §1): base is scored in primary points, profile in test points. */
export type MathLevel = "base" | "prof";
export type ScoreScale = "primary" | "test";
export type SpecConfidence = "high" | "medium" | "low";

/**
 * Subject code. "RUS" and "MATH" are the mass subjects of the score indices; the other ГИА subjects have codes
 * too (`GIA_SUBJECTS`) because the ГИА deviation runs over all subjects (domain-notes §8.1).
 */
export type SubjectCode = string;

export interface ScoreSpec {
  procedure: Procedure;
  subject: SubjectCode;
  grade: number;
  /** ЕГЭ mathematics only. */
  level?: MathLevel;
  yearFrom: number;
  yearTo: number;
  /** Lowest score of mark «3», or the official minimum test score (ЕГЭ Russian 24, profile mathematics 27). */
  min: number;
  max: number;
  /** Lower edge of «5», or 81 test points for the ЕГЭ 100-point subjects (domain-notes §3.2 choice 3). */
  top: number;
  scale: ScoreScale;
  confidence: SpecConfidence;
  /** Where the numbers come from (shown with results). */
  source: string;
  origin: "default" | "user";
}

export interface ScoreSpecQuery {
  procedure: Procedure;
  subject: SubjectCode;
  grade: number;
  year: number;
  level?: MathLevel;
}

type SpecNumbers = Pick<ScoreSpec, "min" | "max" | "top" | "confidence" | "source"> & { scale?: ScoreScale };

function spec(procedure: Procedure, subject: SubjectCode, grade: number, years: [number, number], n: SpecNumbers, level?: MathLevel): ScoreSpec {
  return {
    procedure, subject, grade, ...(level ? { level } : {}), yearFrom: years[0], yearTo: years[1],
    min: n.min, max: n.max, top: n.top, scale: n.scale ?? "primary", confidence: n.confidence, source: n.source, origin: "default",
  };
}

const VPR_OLD = "ВПР 2020–2024 (старый формат), domain-notes §4.3";
const EGE_TEST_YEARS: [number, number] = [2015, 2029];

/**
 * The defaults of domain-notes §3.3 / §4. Gaps are deliberate: ВПР from 2025 (new format) except grade 4 Russian
 * 2026, ОГЭ 2026 and ЕГЭ base mathematics 2026 are not known to us and must be loaded by the user.
 */
export const DEFAULT_SCORE_SPECS: readonly ScoreSpec[] = [
  spec("VPR", "RUS", 4, [2020, 2024], { min: 14, max: 38, top: 33, confidence: "medium", source: VPR_OLD }),
  spec("VPR", "MATH", 4, [2020, 2024], { min: 6, max: 20, top: 15, confidence: "medium", source: VPR_OLD }),
  spec("VPR", "RUS", 5, [2020, 2024], { min: 18, max: 45, top: 39, confidence: "medium", source: VPR_OLD }),
  spec("VPR", "MATH", 5, [2020, 2024], { min: 7, max: 20, top: 17, confidence: "medium", source: VPR_OLD }),
  spec("VPR", "RUS", 6, [2020, 2024], { min: 25, max: 51, top: 45, confidence: "low", source: `${VPR_OLD}; low–medium confidence` }),
  spec("VPR", "MATH", 6, [2020, 2024], { min: 6, max: 16, top: 14, confidence: "medium", source: VPR_OLD }),
  spec("VPR", "RUS", 4, [2026, 2026], { min: 10, max: 24, top: 21, confidence: "high", source: "ВПР 2026, демоверсия ФИОКО (vpr-ege.ru), domain-notes §4.3" }),
  spec("OGE", "RUS", 9, [2019, 2019], { min: 15, max: 39, top: 34, confidence: "high", source: "ОГЭ 2019, шкала ФИПИ, domain-notes §4.1" }),
  spec("OGE", "RUS", 9, [2020, 2023], { min: 15, max: 33, top: 29, confidence: "high", source: "ОГЭ 2020–2023, шкала ФИПИ, domain-notes §4.1" }),
  spec("OGE", "RUS", 9, [2024, 2025], {
    min: 15, max: 37, top: 32, confidence: "low",
    source: "ОГЭ 2024–2025: max 37 and «5» from 32 are UNVERIFIED (recollection; «5» may start at 31) — check the Rosobrnadzor letter of the year, domain-notes §4.1",
  }),
  spec("OGE", "MATH", 9, [2019, 2021], { min: 8, max: 32, top: 22, confidence: "medium", source: "ОГЭ 2019–2021, domain-notes §4.1" }),
  spec("OGE", "MATH", 9, [2022, 2025], { min: 8, max: 31, top: 22, confidence: "medium", source: "ОГЭ 2022–2025, рекомендации Рособрнадзора 2023; «5» boundary medium, domain-notes §4.1" }),
  spec("EGE", "RUS", 11, EGE_TEST_YEARS, { min: 24, max: 100, top: 81, scale: "test", confidence: "medium", source: "ЕГЭ, тестовые баллы: минимум 24 (high), высокий балл 81 (medium), domain-notes §3.2, §4.2" }),
  spec("EGE", "MATH", 11, EGE_TEST_YEARS, { min: 27, max: 100, top: 81, scale: "test", confidence: "medium", source: "ЕГЭ профиль, тестовые баллы: минимум 27 (high), высокий балл 81 (medium), domain-notes §3.2, §4.2" }, "prof"),
  spec("EGE", "MATH", 11, [2015, 2021], { min: 7, max: 20, top: 17, confidence: "medium", source: "ЕГЭ база до 2022, первичные баллы, domain-notes §4.2" }, "base"),
  spec("EGE", "MATH", 11, [2022, 2025], { min: 7, max: 21, top: 17, confidence: "medium", source: "ЕГЭ база 2022–2025, первичные баллы, domain-notes §4.2" }, "base"),
];

/**
 * The first spec matching the query (procedure, subject, grade, level, year within yearFrom–yearTo). Lists built by
 * `resolveScoreSpecs` put the user's rows first, so a user row wins over a default for the years it covers.
 */
export function findScoreSpec(specs: readonly ScoreSpec[], q: ScoreSpecQuery): ScoreSpec | undefined {
  return specs.find(
    (s) => s.procedure === q.procedure && s.subject === q.subject && s.grade === q.grade && s.level === q.level && s.yearFrom <= q.year && q.year <= s.yearTo,
  );
}

export interface ScoreSpecOverrides {
  /** The user's specs; they take precedence over the defaults. */
  specs?: readonly ScoreSpec[];
  /** Drop the defaults altogether (only the user's table counts). Default false. */
  replaceDefaults?: boolean;
}

/** The spec list a computation uses: the user's rows first, then (unless replaced) the defaults. */
export function resolveScoreSpecs(overrides: ScoreSpecOverrides = {}): ScoreSpec[] {
  return [...(overrides.specs ?? []), ...(overrides.replaceDefaults ? [] : DEFAULT_SCORE_SPECS)];
}

/** Grade implied by a ГИА procedure when the data do not say it. */
export function defaultGrade(procedure: Procedure): number | undefined {
  return procedure === "OGE" ? 9 : procedure === "EGE" ? 11 : undefined;
}

/** Native scale of a result: ЕГЭ is reported in test points except base mathematics; ВПР and ОГЭ in primary points. */
export function defaultScale(procedure: Procedure, subject: SubjectCode, level?: MathLevel): ScoreScale {
  return procedure === "EGE" && !(subject === "MATH" && level === "base") ? "test" : "primary";
}

// ---------------------------------------------------------------------------------------------------------------
// Recognising procedures and subjects written as text

/** «ВПР», «ОГЭ», «ГИА-9», «ЕГЭ», "EGE" … → procedure, or undefined. */
export function parseProcedure(text: string): Procedure | undefined {
  // No \b after Cyrillic: JavaScript word boundaries only know ASCII letters.
  const s = normalizeHeader(text);
  if (/^(впр|vpr)(?![a-zа-я])/.test(s)) return "VPR";
  if (/^(огэ|oge|гиа ?9)(?![a-zа-я0-9])/.test(s)) return "OGE";
  if (/^(егэ|ege|гиа ?11)(?![a-zа-я0-9])/.test(s)) return "EGE";
  return undefined;
}

/** ГИА subjects with their codes and the stems that recognise them (nominative or dative: «физика», «по физике»). */
export const GIA_SUBJECTS: readonly { code: SubjectCode; ru: string; stems: RegExp }[] = [
  { code: "RUS", ru: "Русский язык", stems: /^(рус|russian\b|rus\b)/ },
  { code: "MATH", ru: "Математика", stems: /^(мат|алгебр|math)/ },
  { code: "PHYS", ru: "Физика", stems: /^(физик|physics\b|phys\b)/ },
  { code: "CHEM", ru: "Химия", stems: /^(хими|chem)/ },
  { code: "BIO", ru: "Биология", stems: /^(биолог|bio)/ },
  { code: "GEO", ru: "География", stems: /^(географ|geog)/ },
  { code: "HIST", ru: "История", stems: /^(истори|hist)/ },
  { code: "SOC", ru: "Обществознание", stems: /^(обществозн|social\b|soc\b)/ },
  { code: "LIT", ru: "Литература", stems: /^(литератур|lit)/ },
  { code: "INF", ru: "Информатика", stems: /^(информатик|computer science|inf\b|informatics)/ },
  { code: "ENG", ru: "Английский язык", stems: /^(английск|english|eng\b)/ },
  { code: "DEU", ru: "Немецкий язык", stems: /^(немецк|german|deu\b)/ },
  { code: "FRA", ru: "Французский язык", stems: /^(французск|french|fra\b)/ },
  { code: "SPA", ru: "Испанский язык", stems: /^(испанск|spanish|spa\b)/ },
  { code: "CHI", ru: "Китайский язык", stems: /^(китайск|chinese|chi\b)/ },
];

export interface ParsedSubject {
  subject: SubjectCode;
  level?: MathLevel;
}

const SCORE_PREFIX = /^((первичный|тестовый|средний)\s+)?(балл|баллы|результат|score|points)(\s+(по|за|in))?\s+/;

/**
 * «Русский язык», «по математике», «Математика (база)», «математика профильная», "MATH_PROF", "Physics" → subject
 * code and ЕГЭ mathematics level. A header such as «Балл по русскому языку» is recognised too. Undefined when not a
 * known subject («Родной язык», «Окружающий мир»).
 */
export function parseSubject(text: string): ParsedSubject | undefined {
  const s = normalizeHeader(text).replace(SCORE_PREFIX, "");
  if (s === "") return undefined;
  const found = GIA_SUBJECTS.find((g) => g.stems.test(s));
  if (!found) return undefined;
  if (found.code !== "MATH") return { subject: found.code };
  if (/баз|\bbase\b|basic/.test(s)) return { subject: "MATH", level: "base" };
  if (/проф|\bprof/.test(s)) return { subject: "MATH", level: "prof" };
  return { subject: "MATH" };
}

/** Human label of a subject and level, for messages: «MATH (prof)». */
export function subjectLabel(subject: SubjectCode, level?: MathLevel): string {
  return level ? `${subject} (${level})` : subject;
}

// ---------------------------------------------------------------------------------------------------------------
// The user-edited spec table

export const SCORE_SPEC_FIELDS: readonly FieldSpec[] = [
  { key: "procedure", required: true, aliases: ["процедура", "оценочная процедура", "оп", "экзамен", "procedure", "exam"] },
  { key: "subject", required: true, aliases: ["предмет", "учебный предмет", "subject"] },
  { key: "level", required: false, aliases: ["уровень", "level"] },
  { key: "grade", required: false, aliases: ["класс", "параллель", "grade", "class"] },
  { key: "year_from", required: true, aliases: ["год с", "с года", "год начала", "начиная с", "year from", "from year", "from", "год", "year"] },
  { key: "year_to", required: false, aliases: ["год по", "по год", "по году", "до года", "год окончания", "year to", "to year", "to"] },
  { key: "min", required: true, aliases: ["минимальный балл", "мин балл", "мин", "балл 3", "порог", "минимальный порог", "min", "min score", "minimum"] },
  { key: "max", required: true, aliases: ["максимальный балл", "макс балл", "макс", "max", "max score", "maximum"] },
  { key: "top", required: true, aliases: ["балл 5", "высокий балл", "верхняя граница", "btop", "b top", "top", "top score"] },
  { key: "scale", required: false, aliases: ["шкала", "scale"] },
  { key: "confidence", required: false, aliases: ["достоверность", "надежность", "уверенность", "confidence"] },
  { key: "source", required: false, aliases: ["источник", "примечание", "source", "note"] },
];

export interface ScoreSpecTable extends TableRead {
  specs: ScoreSpec[];
}

export type ReadScoreSpecOptions = OpenTableOptions;

/**
 * Reads a user-edited spec table (one row per procedure × subject × grade × years) with the same header machinery
 * as the aggregate table. Rows with problems are left out; pass `specs` to `resolveScoreSpecs`.
 */
export function readScoreSpecTable(source: SourceLike, options: ReadScoreSpecOptions = {}): ScoreSpecTable {
  const opened = openTable(source, SCORE_SPEC_FIELDS, options, [], { keysInMissing: true });
  const { rows: specs, ...read } = readTable(opened, (f) => {
    const firstRow = new Map<ScoreSpec, number>();
    // Two specs of one procedure, subject, grade and level may not cover the same year.
    const noClash = (s: ScoreSpec, r: number): boolean => {
      const clash = [...firstRow.keys()].find((o) => sameKey(o, s) && o.yearFrom <= s.yearTo && s.yearFrom <= o.yearTo);
      if (clash) f.cells.error("spec_duplicate", { procedure: s.procedure, subject: subjectLabel(s.subject, s.level), grade: s.grade, first: firstRow.get(clash) ?? 0 }, f.rowAt(r));
      else firstRow.set(s, f.sheetRow(r));
      return !clash;
    };
    return readRows(f, (r) => readSpecRow(f, r), noClash);
  });
  return { specs, ...read };
}

function sameKey(a: ScoreSpec, b: ScoreSpec): boolean {
  return a.procedure === b.procedure && a.subject === b.subject && a.grade === b.grade && a.level === b.level;
}

function readSpecRow(f: TableFrame, r: number): ScoreSpec | undefined {
  const { cells } = f;
  const get = (key: string) => f.get(r, key);
  const at = (key: string) => f.at(r, key);
  const text = (key: string) => cellText(get(key));
  const procedure = parseProcedure(text("procedure"));
  if (text("procedure") === "") cells.error("cell_required", {}, at("procedure"));
  else if (!procedure) cells.error("procedure_unknown", { value: text("procedure") }, at("procedure"));
  const parsed = text("subject") === "" ? undefined : parseSubject(text("subject"));
  if (text("subject") === "") cells.error("cell_required", {}, at("subject"));
  else if (!parsed) cells.error("subject_unknown", { value: text("subject") }, at("subject"));
  // A level only distinguishes ЕГЭ mathematics; elsewhere it is ignored so that lookups match.
  const written = readLevelCell(text("level"), parsed?.level, cells, at("level"));
  const level = procedure === "EGE" && parsed?.subject === "MATH" ? written : undefined;
  const grade = readGrade(get("grade"), procedure, cells, at("grade"));
  const yearFrom = f.requiredYear(r, "year_from");
  const yearTo = text("year_to") === "" ? yearFrom : cells.year(get("year_to"), at("year_to"));
  const min = requiredNumber(get("min"), cells, at("min"));
  const max = requiredNumber(get("max"), cells, at("max"));
  const top = requiredNumber(get("top"), cells, at("top"));
  if (!procedure || !parsed || grade === null || yearFrom === null || yearTo === null || min === null || max === null || top === null) return undefined;
  if (procedure === "EGE" && parsed.subject === "MATH" && !level) cells.error("ege_math_level_required", { value: text("subject") }, at("subject"));
  if (yearTo < yearFrom) cells.error("spec_years_reversed", { from: yearFrom, to: yearTo }, at("year_to"));
  if (!(max > 0) || min > max) cells.error("spec_min_max", { min, max }, at("min"));
  else if (top < min || top > max) cells.error("spec_top_range", { top, min, max }, at("top"));
  const scale = parseScale(text("scale"), cells, at("scale")) ?? defaultScale(procedure, parsed.subject, level);
  const confidence = parseConfidence(text("confidence"), cells, at("confidence"));
  return {
    procedure, subject: parsed.subject, grade, ...(level ? { level } : {}), yearFrom, yearTo, min, max, top, scale,
    confidence, source: f.text(r, "source") || `user table, row ${f.sheetRow(r)}`, origin: "user",
  };
}

function requiredNumber(v: unknown, cells: CellReader, at: Location): number | null {
  if (cellText(v) === "") {
    cells.error("cell_required", {}, at);
    return null;
  }
  return cells.nonNegative(v, at);
}

/** A grade cell: whole 1–11; blank means 9 for ОГЭ and 11 for ЕГЭ, and is required for ВПР. */
export function readGrade(v: unknown, procedure: Procedure | undefined, cells: CellReader, at: Location): number | null {
  const text = cellText(v).replace(/\s*(класс|кл\.?|grade)$/i, "");
  if (text === "") {
    const implied = procedure ? defaultGrade(procedure) : undefined;
    if (implied !== undefined) return implied;
    if (procedure) cells.error("cell_required", {}, at);
    return null;
  }
  const n = Number(text.replace(",", "."));
  if (!Number.isInteger(n) || n < 1 || n > 11) {
    cells.error("grade_invalid", { value: cellText(v) }, at);
    return null;
  }
  return n;
}

/** «база», «базовый», "base" → base; «профиль», «профильный», "prof" → prof; anything else undefined. */
export function parseLevel(text: string): MathLevel | undefined {
  const s = normalizeHeader(text);
  if (/^(баз|base|basic)/.test(s)) return "base";
  if (/^(проф|prof)/.test(s)) return "prof";
  return undefined;
}

/** The level of a row: its level cell when filled (which must be recognised), else the level written in the subject. */
export function readLevelCell(text: string, fromSubject: MathLevel | undefined, cells: CellReader, at: Location): MathLevel | undefined {
  if (text === "") return fromSubject;
  const level = parseLevel(text);
  if (!level) cells.error("level_unknown", { value: text }, at);
  return level;
}

function parseScale(text: string, cells: CellReader, at: Location): ScoreScale | undefined {
  if (text === "") return undefined;
  const s = normalizeHeader(text);
  if (/^(перв|primary)/.test(s)) return "primary";
  if (/^(тест|test|100)/.test(s)) return "test";
  cells.error("scale_unknown", { value: text }, at);
  return undefined;
}

/** A blank confidence in the user's table is "high": the user vouches for the numbers they typed. */
function parseConfidence(text: string, cells: CellReader, at: Location): SpecConfidence {
  if (text === "") return "high";
  const s = normalizeHeader(text);
  if (/^(выс|high)/.test(s)) return "high";
  if (/^(сред|med)/.test(s)) return "medium";
  if (/^(низ|low)/.test(s)) return "low";
  cells.error("confidence_unknown", { value: text }, at);
  return "high";
}
