/**
 * The canonical aggregate table (METHODOLOGY §13): one row per school × year × assessment with participants
 * and failures (or the percentage of failures). Reads a matrix with Russian or English headers, validates
 * every row and reports every problem with its cell; nothing is computed from a table with errors.
 */
import { parseAssessment } from "../catalog/assessments";
import type { Problem } from "../errors";
import { ShnorError } from "../errors";
import { cellText, isBlank } from "../values";
import {
  type OpenedTable, openTable, type OpenTableOptions, percentColumnHoldsFractions, readRows, readTable, refuseRepeats, type SeenKeys, seenKeys,
  type TableFrame, type TableRead,
} from "./frame";
import type { FieldSpec } from "./headers";
import type { SourceLike } from "./source";

export type Locality = "urban" | "rural";

export interface AggregateRow {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  /** Optional group of the school (project cohort, track) for group reports. */
  group: string;
  year: number;
  assessmentId: string;
  participants: number;
  failed: number;
  /** Failures were derived from a percentage (rounded to whole students). */
  failedFromPercent: boolean;
  meanScore: number | null;
  /** 1-based sheet row, for messages. */
  row: number;
}

export const AGGREGATE_FIELDS: readonly FieldSpec[] = [
  { key: "school_id", required: true, aliases: ["логин оо", "логин", "код оо", "код школы", "id оо", "идентификатор оо", "school id", "school", "login", "инн оо", "код"] },
  { key: "school_name", required: false, aliases: ["наименование оо", "название оо", "наименование", "название школы", "школа", "оо", "name", "school name", "полное наименование оо", "краткое наименование оо"] },
  { key: "municipality", required: false, aliases: ["муниципалитет", "муниципальное образование", "мо", "муниципальный район", "мр", "район", "ато", "municipality", "district", "муниципальный округ", "городской округ"] },
  { key: "locality", required: false, aliases: ["город село", "город/село", "тип местности", "местность", "тип населенного пункта", "тип поселения", "locality", "urban rural"] },
  { key: "year", required: true, aliases: ["год", "учебный год", "year", "год проведения"] },
  { key: "assessment", required: true, aliases: ["оценочная процедура", "процедура", "оп", "assessment", "procedure", "предмет процедура"] },
  { key: "participants", required: true, aliases: ["кол во участников", "количество участников", "участники", "число участников", "участников", "n", "participants", "всего участников"] },
  { key: "failed", required: false, oneOf: "failed", aliases: ["количество 2", "кол во 2", "число 2", "2", "количество двоек", "двойки", "не преодолели минимальный порог", "не преодолели порог", "не преодолевших порог", "неуспевающие", "f", "failed", "количество неуспевающих", "кол во неуспевающих"] },
  { key: "failed_pct", required: false, oneOf: "failed", aliases: ["доля 2", "% 2", "процент 2", "доля двоек", "доля не преодолевших порог", "% не преодолевших порог", "доля неуспевающих", "% неуспевающих", "доля 2 %", "доля 2 в %", "процент неуспевающих", "failed pct", "failed percent", "failed share"] },
  { key: "group", required: false, aliases: ["группа", "когорта", "проект", "трек", "направление", "group", "cohort", "project"] },
  { key: "mean_score", required: false, aliases: ["средний балл", "mean score", "mean", "средний первичный балл", "средний тестовый балл"] },
];

export interface AggregateTable extends TableRead {
  rows: AggregateRow[];
}

export type ReadAggregateOptions = OpenTableOptions;

/** Field `key` of the aggregate table (its header aliases) for another table, required there or not. */
export function aggregateField(key: string, required: boolean): FieldSpec {
  const f = AGGREGATE_FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`aggregate field ${key} missing`);
  return { key, aliases: f.aliases, required };
}

/** The columns whose «Итого» or «Всего по …» marks a totals row in a table of schools. */
export const SCHOOL_TOTALS: readonly string[] = ["school_id", "school_name"];

const URBAN = /^(город|городск|г\.?$|urban|city|town)/i;
const RURAL = /^(село|сельск|с\.?$|rural|village|деревн|поселок|пгт)/i;

/** Reads and validates the aggregate table; problems are returned, not thrown (see `requireValid`). */
export function readAggregateTable(source: SourceLike, options: ReadAggregateOptions = {}): AggregateTable {
  return readTable(openAggregateTable(source, options), (f) => {
    const pctIsFraction = f.mapping.failed === undefined && percentColumnHoldsFractions(f, "failed_pct");
    return readRows(f, aggregateRowReader(f, pctIsFraction));
  });
}

/** Totals rows carry their label in the id, the name or whatever column comes first (often the municipality). */
export function openAggregateTable(source: SourceLike, options: ReadAggregateOptions = {}): OpenedTable {
  return openTable(source, AGGREGATE_FIELDS, options, SCHOOL_TOTALS, { totalsInFirstCell: true });
}

/**
 * The row reader of an opened aggregate table: a row's item, or undefined when it has an error or repeats an earlier
 * row's school, year and assessment (a repeat is refused even when the row has other errors: the first row's key
 * stands). `seen` carries the keys across the frames of a streamed table.
 */
export function aggregateRowReader(f: TableFrame, pctIsFraction: boolean, seen: AggregateKeys = aggregateKeys()): (r: number) => AggregateRow | undefined {
  const isFirst = refuseRepeats(f, seen.key, (row: AggregateRow, first) => [
    "row_duplicate", { school: row.schoolId, year: row.year, assessment: row.assessmentId, first },
  ], seen.rows);
  return (r) => {
    const row = readAggregateRow(f, r, pctIsFraction);
    return row && isFirst(row, r) ? row : undefined;
  };
}

/** The keys an aggregate table has had (see `rowKey`), kept across the frames of a streamed table. */
export interface AggregateKeys {
  key: (row: AggregateRow) => number;
  rows: SeenKeys;
}

export const aggregateKeys = (): AggregateKeys => ({ key: rowKey(), rows: seenKeys() });

/**
 * The key a repeat is found by — school, year, assessment — as one small integer: ids are numbered as they come
 * (a map of a million concatenated strings was a third of reading a country's table), years are 2000–2100.
 */
function rowKey(): (row: AggregateRow) => number {
  const schools = new Map<string, number>();
  const assessments = new Map<string, number>();
  const numberOf = (m: Map<string, number>, k: string) => m.get(k) ?? m.set(k, m.size).size - 1;
  return (row) => (numberOf(schools, row.schoolId) * 128 + numberOf(assessments, row.assessmentId)) * 128 + (row.year - 2000);
}

/** One row of the aggregate table, or undefined when its key (school, year, assessment) or its counts cannot be read. */
function readAggregateRow(f: TableFrame, r: number, pctIsFraction: boolean): AggregateRow | undefined {
  const { cells } = f;
  const get = (key: string) => f.get(r, key);
  const at = (key: string) => f.at(r, key);
  const schoolId = f.requiredText(r, "school_id");
  if (schoolId === "") return undefined;
  const schoolName = f.text(r, "school_name");
  const municipality = f.text(r, "municipality");
  const locality = f.text(r, "locality");
  const group = f.text(r, "group");
  const year = f.year(r, "year");
  const assessmentText = f.text(r, "assessment");
  const assessment = assessmentText === "" ? undefined : parseAssessment(assessmentText);
  // An Excel error in the cell was reported by f.text; a blank cell is a missing value.
  if (assessmentText === "" && isBlank(get("assessment"))) cells.error("cell_required", {}, at("assessment"));
  else if (assessmentText !== "" && !assessment) cells.error("assessment_unknown", { value: assessmentText }, at("assessment"));
  if (get("year") !== undefined && isBlank(get("year"))) cells.error("cell_required", {}, at("year"));

  const participants = f.count(r, "participants");
  let failed: number | null = null;
  let fromPercent = false;
  if (f.mapping.failed !== undefined) {
    failed = f.count(r, "failed");
  } else {
    const pct = cells.number(get("failed_pct"), at("failed_pct"));
    if (pct !== null && participants !== null) {
      const share = pctIsFraction || cellText(get("failed_pct")).includes("%") ? pct : pct / 100;
      if (share < 0 || share > 1) cells.error("cell_pct_range", { value: cellText(get("failed_pct")) }, at("failed_pct"));
      else {
        failed = Math.round(share * participants);
        fromPercent = true;
      }
    }
  }
  const meanScore = f.mapping.mean_score !== undefined ? cells.number(get("mean_score"), at("mean_score")) : null;

  const failedKey = f.mapping.failed !== undefined ? "failed" : "failed_pct";
  const participantsBlank = isBlank(get("participants"));
  const failedBlank = isBlank(get(failedKey));
  if (participantsBlank && failedBlank) {
    // Procedure not held or no data: a missing result, never 0 %.
  } else if (participantsBlank) {
    // Failures (or a percentage) without participants cannot be judged; the value must not be dropped silently.
    cells.error("cell_required", {}, at("participants"));
  } else if (failedBlank && participants !== null && participants > 0) {
    cells.error("cell_required", {}, at(failedKey));
  }
  if (participants !== null && failed !== null && failed > participants) {
    cells.error("failed_gt_participants", { failed, participants }, at(failedKey));
    return undefined;
  }
  if (year === null || !assessment) return undefined;
  return {
    schoolId,
    schoolName,
    municipality,
    locality: parseLocality(locality),
    group,
    year,
    assessmentId: assessment.id,
    participants: participants ?? 0,
    failed: failed ?? 0,
    failedFromPercent: fromPercent,
    meanScore,
    row: f.sheetRow(r),
  };
}

/** «город», «сельская», "rural", «г.», «с.» → urban/rural; anything else → null. */
export function parseLocality(text: string): Locality | null {
  // A table spells the locality a few ways a million times: remember what each spelling meant.
  let found = localities.get(text);
  if (found === undefined) {
    const s = text.trim().toLowerCase();
    found = s === "" ? null : URBAN.test(s) ? "urban" : RURAL.test(s) ? "rural" : null;
    if (localities.size < 1000) localities.set(text, found);
  }
  return found;
}
const localities = new Map<string, Locality | null>();

/** Throws a ShnorError listing every error of a table; warnings alone pass. */
export function requireValid(problems: readonly Problem[]): void {
  if (problems.some((p) => p.severity === "error")) throw ShnorError.fromProblems([...problems]);
}

