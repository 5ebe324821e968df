/**
 * The canonical aggregate table (METHODOLOGY §13): one row per school × year × assessment with participants
 * and failures (or the percentage of failures). Reads a matrix with Russian or English headers, validates
 * every row and reports every problem with its cell; nothing is computed from a table with errors.
 */
import { parseAssessment } from "../catalog/assessments";
import type { Location, Problem } from "../errors";
import { ShnorError } from "../errors";
import { cellText } from "../values";
import { CellReader } from "./cells";
import { type ColumnMapping, describeFields, detectHeaderRow, detectTwoRowHeader, type FieldSpec, mapHeaders, missingFields } from "./headers";
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

export interface AggregateTable {
  rows: AggregateRow[];
  problems: Problem[];
  /** 0-based index of the header row in the source matrix. */
  headerRow: number;
  mapping: ColumnMapping;
}

export interface ReadAggregateOptions {
  /** A mapping chosen by the user (field → 0-based column); found from the headers when absent. */
  mapping?: ColumnMapping;
  /** 0-based header row; detected when absent. */
  headerRow?: number;
}

/** «Итого», «Всего по МО», "Total:" — but not «Итоговое сочинение» or «Всеволожская СОШ». */
const TOTALS = /^(итого|всего|total|totals|сумма)(?![а-яёa-z])/i;
const URBAN = /^(город|городск|г\.?$|urban|city|town)/i;
const RURAL = /^(село|сельск|с\.?$|rural|village|деревн|поселок|пгт)/i;

/** Reads and validates the aggregate table; problems are returned, not thrown (see `requireValid`). */
export function readAggregateTable(source: SourceLike, options: ReadAggregateOptions = {}): AggregateTable {
  const originRow = source.originRow ?? 1;
  const originCol = source.originCol ?? 1;
  const sheet = source.sheet;
  const values = source.values;
  const cells = new CellReader();
  const where = (r: number, key?: string, col?: number): Location => ({
    sheet,
    row: originRow + r,
    col: col !== undefined ? originCol + col : undefined,
    column: key,
  });

  if (values.length === 0 || values.every((row) => row.every((v) => cellText(v) === ""))) {
    return { rows: [], problems: [{ code: "table_empty", severity: "error", params: {}, location: { sheet } }], headerRow: 0, mapping: {} };
  }
  let detected: { headerRow: number; mapping: ColumnMapping; header?: readonly unknown[] } | undefined = options.headerRow !== undefined
    ? { headerRow: options.headerRow, mapping: mapHeaders(values[options.headerRow] ?? [], AGGREGATE_FIELDS) }
    : detectHeaderRow(values, AGGREGATE_FIELDS);
  if (options.headerRow === undefined && options.mapping === undefined && (!detected || missingFields(detected.mapping, AGGREGATE_FIELDS).length > 0)) {
    // Merged header cells: the header may span two rows (see detectTwoRowHeader).
    detected = detectTwoRowHeader(values, AGGREGATE_FIELDS) ?? detected;
  }
  const headerRow = detected?.headerRow ?? 0;
  const mapping = options.mapping ?? detected?.mapping ?? {};
  const header = detected?.header ?? values[headerRow] ?? [];
  const columnName = (key: string) => (mapping[key] !== undefined ? cellText(header[mapping[key]]) || key : key);

  const missing = missingFields(mapping, AGGREGATE_FIELDS);
  if (missing.length > 0) {
    for (const key of missing) cells.error("column_missing", { field: describeFields(key, AGGREGATE_FIELDS), found: header.map(cellText).filter(Boolean).join("; ") }, { sheet, row: originRow + headerRow });
    return { rows: [], problems: cells.problems, headerRow, mapping };
  }

  const rows: AggregateRow[] = [];
  const seen = new Map<string, number>();
  const get = (r: readonly unknown[], key: string): unknown => (mapping[key] === undefined ? undefined : r[mapping[key]]);
  const pctIsFraction = mapping.failed === undefined && percentColumnHoldsFractions(values, headerRow, mapping.failed_pct);

  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const at = (key: string) => where(r, columnName(key), mapping[key]);
    const totals = totalsText(row, [get(row, "school_id"), get(row, "school_name")]);
    if (totals !== undefined) {
      cells.warn("row_totals_skipped", { text: totals }, where(r));
      continue;
    }
    const schoolId = cells.text(get(row, "school_id"), at("school_id"));
    if (schoolId === "") {
      if (cellText(get(row, "school_id")) === "") cells.error("cell_required", {}, at("school_id"));
      continue;
    }
    const texts = Object.fromEntries(["school_name", "municipality", "locality", "group"].map((key) => [key, cells.text(get(row, key), at(key))]));
    const year = cells.year(get(row, "year"), at("year"));
    const assessmentText = cells.text(get(row, "assessment"), at("assessment"));
    const assessment = assessmentText === "" ? undefined : parseAssessment(assessmentText);
    // An Excel error in the cell was reported by cells.text; a blank cell is a missing value.
    if (assessmentText === "" && cellText(get(row, "assessment")) === "") cells.error("cell_required", {}, at("assessment"));
    else if (assessmentText !== "" && !assessment) cells.error("assessment_unknown", { value: assessmentText }, at("assessment"));
    if (get(row, "year") !== undefined && cellText(get(row, "year")) === "") cells.error("cell_required", {}, at("year"));

    const participants = cells.count(get(row, "participants"), at("participants"));
    let failed: number | null = null;
    let fromPercent = false;
    if (mapping.failed !== undefined) {
      failed = cells.count(get(row, "failed"), at("failed"));
    } else {
      const pct = cells.number(get(row, "failed_pct"), at("failed_pct"));
      if (pct !== null && participants !== null) {
        const share = pctIsFraction || cellText(get(row, "failed_pct")).includes("%") ? pct : pct / 100;
        if (share < 0 || share > 1) cells.error("cell_pct_range", { value: cellText(get(row, "failed_pct")) }, at("failed_pct"));
        else {
          failed = Math.round(share * participants);
          fromPercent = true;
        }
      }
    }
    const meanScore = mapping.mean_score !== undefined ? cells.number(get(row, "mean_score"), at("mean_score")) : null;

    const failedKey = mapping.failed !== undefined ? "failed" : "failed_pct";
    const participantsBlank = cellText(get(row, "participants")) === "";
    const failedBlank = cellText(get(row, failedKey)) === "";
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
      continue;
    }
    if (year === null || !assessment) continue;
    const key = `${schoolId}\u0000${year}\u0000${assessment.id}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      cells.error("row_duplicate", { school: schoolId, year, assessment: assessment.id, first: firstRow }, where(r));
      continue;
    }
    seen.set(key, originRow + r);
    if (cells.problems.some((p) => p.severity === "error" && p.location?.row === originRow + r)) continue;
    rows.push({
      schoolId,
      schoolName: texts.school_name,
      municipality: texts.municipality,
      locality: parseLocality(texts.locality),
      group: texts.group,
      year,
      assessmentId: assessment.id,
      participants: participants ?? 0,
      failed: failed ?? 0,
      failedFromPercent: fromPercent,
      meanScore,
      row: originRow + r,
    });
  }
  if (rows.length === 0 && !cells.problems.some((p) => p.severity === "error")) {
    cells.error("table_no_rows", {}, { sheet, row: originRow + headerRow });
  }
  return { rows, problems: cells.problems, headerRow, mapping };
}

/**
 * The text of a totals row («Итого», «Всего по району»), or undefined. Exports write it in the school's id or name,
 * or in whatever column comes first (often the municipality), with the id left blank.
 */
function totalsText(row: readonly unknown[], named: readonly unknown[]): string | undefined {
  const first = row.find((v) => cellText(v) !== "");
  return [...named, first].map(cellText).find((text) => TOTALS.test(text));
}

/** «город», «сельская», "rural", «г.», «с.» → urban/rural; anything else → null. */
export function parseLocality(text: string): Locality | null {
  const s = text.trim().toLowerCase();
  if (s === "") return null;
  if (URBAN.test(s)) return "urban";
  if (RURAL.test(s)) return "rural";
  return null;
}

/**
 * A percentage column holds fractions (0.3) rather than percents (30) when no value exceeds 1 and none is
 * written with a % sign — the way Excel stores a cell formatted as percent.
 */
function percentColumnHoldsFractions(values: readonly (readonly unknown[])[], headerRow: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  let any = false;
  for (let r = headerRow + 1; r < values.length; r++) {
    const v = values[r]?.[col];
    if (typeof v === "string" && v.includes("%")) return false;
    const n = typeof v === "number" ? v : Number(cellText(v).replace(",", "."));
    if (Number.isFinite(n) && cellText(v) !== "") {
      if (n > 1) return false;
      any = true;
    }
  }
  return any;
}

/** Throws a ShnorError listing every error of a table; warnings alone pass. */
export function requireValid(problems: readonly Problem[]): void {
  if (problems.some((p) => p.severity === "error")) throw ShnorError.fromProblems([...problems]);
}

