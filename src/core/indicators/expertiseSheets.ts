/**
 * Many filled expertise templates → one list of scored objects over one rubric, and the summary of indicators 17–18:
 * what `shnor expertise summary` does with files and their sheets and what the pane does with the sheets of the
 * workbook, written once. The object of a sheet is the name in the template's «Объект экспертизы» cell (else a
 * fallback name — the sheet's, or the file's — with a warning); a sheet in wide form (one column per municipality)
 * gives one object per column. Without a given rubric the rubric is recognised: a sheet whose criteria are those of a
 * default rubric is read against it, any other sheet is its own rubric — and every sheet must follow the rubric of the
 * first one. Every problem is located (sheet, cell).
 */
import { cellAddress, type Problem } from "../errors";
import type { Translate } from "../report/translate";
import { detectHeaderRow, normalizeHeader } from "../table/headers";
import type { SourceLike } from "../table/source";
import { cellText } from "../values";
import {
  DEFAULT_RUBRICS, evaluateExpertise, type ExpertiseScores, type ExpertiseSettings, expertiseSummary, type ExpertiseSummary, readFilledExpertise, type Rubric,
  RUBRIC_FIELDS, rubricCriteria,
} from "./expertiseRubric";

/** Same criteria: ids in order, texts (any case and punctuation) and maxima. */
export function sameCriteria(a: Rubric, b: Rubric): boolean {
  const x = rubricCriteria(a);
  const y = rubricCriteria(b);
  return x.length === y.length && x.every((c, i) => c.id === y[i].id && c.maxPoints === y[i].maxPoints && normalizeHeader(c.text) === normalizeHeader(y[i].text));
}

const criteriaText = (r: Rubric) => {
  const list = rubricCriteria(r);
  return `${list.length}: ${list.slice(0, 3).map((c) => c.id).join(", ")}${list.length > 3 ? ", …" : ""}`;
};

/** The label of the template's object cell («Объект экспертизы:») in each language given, as the reader compares it. */
export function objectLabels(translators: readonly Translate[]): string[] {
  return translators.map((tr) => normalizeHeader(tr("xt_object")));
}

/** The name typed next to «Объект экспертизы:» above the header, with the cell it is (to be) in. */
export function templateObjectName(source: SourceLike, headerRow: number, labels: readonly string[]): { name: string; cell: string } | undefined {
  for (let r = 0; r < headerRow; r++) {
    const row = source.values[r] ?? [];
    const c = row.findIndex((v) => labels.includes(normalizeHeader(v)));
    if (c >= 0) return { name: cellText(row[c + 1]), cell: cellAddress({ sheet: source.sheet, row: (source.originRow ?? 1) + r, col: (source.originCol ?? 1) + c + 1 }) ?? "" };
  }
  return undefined;
}

/** Where an object was read: the sheet, and the file when there are files (the CLI). */
export interface ExpertiseOrigin {
  file?: string;
  sheet: string;
}

export interface ExpertiseSheetOptions {
  /** The rubric every sheet is read against, when the user gave one (the pane always does). */
  rubric?: Rubric;
  /** The rubric of the first sheet read (without a given rubric): the others must follow it. `file` names it in messages. */
  reference?: { rubric: Rubric; file: string };
  /** From `objectLabels`. */
  labels: readonly string[];
  /** The object's name when the template's name cell is absent or blank. */
  fallbackName: string;
  /** Record a warning for a sheet without a criteria table (when a file or workbook has several sheets). */
  reportSkipped: boolean;
}

export interface ExpertiseSheetRead {
  /** False: the sheet has no criteria table (not a template) — skipped. */
  template: boolean;
  scores: ExpertiseScores[];
  problems: Problem[];
  /** The rubric this sheet sets for the sheets after it (no given rubric and no reference yet, and the sheet is sound). */
  reference?: Rubric;
}

/** One sheet read as a filled template, against the given rubric, the reference one, or the rubric it recognises. */
export function readExpertiseSheet(source: SourceLike, o: ExpertiseSheetOptions): ExpertiseSheetRead {
  const sheet = source.sheet ?? "";
  const header = detectHeaderRow(source.values, RUBRIC_FIELDS);
  if (!header || header.mapping.criterion_id === undefined) {
    const problems: Problem[] = o.reportSkipped ? [{ code: "cli_expertise_sheet_skipped", severity: "warning", params: {}, location: { sheet } }] : [];
    return { template: false, scores: [], problems };
  }
  const problems: Problem[] = [];
  const label = templateObjectName(source, header.headerRow, o.labels);
  if (label && label.name === "") problems.push({ code: "cli_expertise_name_missing", severity: "warning", params: { cell: label.cell, name: o.fallbackName }, location: { sheet } });
  const objectName = label?.name || o.fallbackName;
  const reference = o.rubric ? { rubric: o.rubric, file: "" } : o.reference;
  // Without a given rubric: the sheet's own criteria, recognised as a default rubric when they are one.
  const own = o.rubric ? undefined : readFilledExpertise(source, { objectName });
  const detected = own && (DEFAULT_RUBRICS.find((r) => sameCriteria(r, own.rubric)) ?? own.rubric);
  const ownBroken = own?.problems.some((p) => p.severity === "error") ?? false;
  if (reference && detected && !ownBroken && !sameCriteria(reference.rubric, detected)) {
    problems.push({
      code: "cli_expertise_rubric_mismatch", severity: "error", params: { here: criteriaText(detected), first: criteriaText(reference.rubric), file: reference.file },
      location: { sheet, row: (source.originRow ?? 1) + header.headerRow },
    });
    return { template: true, scores: [], problems };
  }
  const rubric = reference?.rubric ?? (detected as Rubric);
  const filled = own && (rubric === own.rubric || ownBroken) ? own : readFilledExpertise(source, { objectName, rubric });
  problems.push(...filled.problems);
  return { template: true, scores: filled.scores, problems, reference: !reference && !ownBroken ? rubric : undefined };
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A scored object with where it was read. */
export type CollectedObject = ExpertiseOrigin & { scores: ExpertiseScores };

/**
 * Adds a sheet's objects to those collected; an object already evaluated on another sheet is an error at this sheet
 * (each municipality once), and is not added again.
 */
export function collectExpertiseObjects(collected: CollectedObject[], scores: readonly ExpertiseScores[], where: ExpertiseOrigin): Problem[] {
  const problems: Problem[] = [];
  for (const s of scores) {
    const twin = collected.find((x) => x.scores.object === s.object);
    if (!twin) collected.push({ ...where, scores: s });
    else if (twin.file !== undefined) problems.push({ code: "cli_expertise_object_duplicate", severity: "error", params: { object: s.object, file: fileName(twin.file), sheet: twin.sheet }, location: { sheet: where.sheet } });
    else problems.push({ code: "xt_object_duplicate_sheet", severity: "error", params: { object: s.object, sheet: twin.sheet }, location: { sheet: where.sheet } });
  }
  return problems;
}

/** Every object evaluated with the rubric and thresholds, and indicators 17–18 of the year over them. */
export function summarizeExpertise(rubric: Rubric, objects: readonly { scores: ExpertiseScores }[], year: number, settings: Partial<ExpertiseSettings> = {}): ExpertiseSummary {
  return expertiseSummary(objects.map((x) => evaluateExpertise(rubric, x.scores, settings)), year, settings);
}
