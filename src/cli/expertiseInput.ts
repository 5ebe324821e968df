/**
 * Reads many filled expertise templates — files, and every sheet of each (a coordinator may copy the sheet once per
 * municipality) — into one list of scored objects over one rubric. The object of a sheet is the name in the template's
 * «Объект экспертизы» cell (else the sheet name, or the file name for a one-sheet file, with a warning); a sheet in
 * wide form (one column per municipality) gives one object per column. Without --rubric the rubric is recognised: a
 * sheet whose criteria are those of a default rubric is read against it, any other sheet is its own rubric — and every
 * sheet must follow the rubric of the first one. Every problem is recorded with its file and cell.
 */
import { basename, extname } from "node:path";
import { cellAddress, type Problem } from "../core/errors";
import { DEFAULT_RUBRICS, type ExpertiseScores, readFilledExpertise, type Rubric, RUBRIC_FIELDS, rubricCriteria } from "../core/indicators/expertiseRubric";
import { detectHeaderRow, normalizeHeader } from "../core/table/headers";
import { cellText } from "../core/values";
import { FileHost, readSourceFile } from "../host/file";
import type { SourceMatrix } from "../host/WorkbookHost";
import type { ExpertiseSource } from "./contextJson";
import { OBJECT_LABELS } from "./expertiseWorkbook";
import type { InputProblems } from "./loadTable";

export interface ExpertiseInput {
  /** null when no sheet could be read (the problems say why). */
  rubric: Rubric | null;
  objects: (ExpertiseSource & { scores: ExpertiseScores })[];
}

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

/** The sheets to read: the one asked for, or every visible sheet (a CSV file is one sheet). */
async function sheetsOf(file: string, sheet: string | undefined): Promise<(string | undefined)[]> {
  if (sheet !== undefined) return [sheet];
  try {
    return (await new FileHost({ input: file }).listSources()).sheets;
  } catch {
    return [undefined]; // readSourceFile reports a missing or damaged file in the user's words
  }
}

/** The name typed next to «Объект экспертизы:» above the header, with the cell it is (to be) in. */
function objectName(source: SourceMatrix, headerRow: number): { name: string; cell: string } | undefined {
  for (let r = 0; r < headerRow; r++) {
    const row = source.values[r] ?? [];
    const c = row.findIndex((v) => OBJECT_LABELS.includes(normalizeHeader(v)));
    if (c >= 0) return { name: cellText(row[c + 1]), cell: cellAddress({ sheet: source.sheet, row: source.originRow + r, col: source.originCol + c + 1 }) ?? "" };
  }
  return undefined;
}

export async function readExpertiseFiles(files: readonly string[], options: { rubric?: Rubric; sheet?: string }, problems: InputProblems): Promise<ExpertiseInput> {
  let reference: { rubric: Rubric; file: string } | undefined = options.rubric ? { rubric: options.rubric, file: "" } : undefined;
  const objects: ExpertiseInput["objects"] = [];
  for (const file of files) {
    const sheets = await sheetsOf(file, options.sheet);
    const found: Problem[] = [];
    let read = 0;
    for (const sheet of sheets) {
      const source = await readSourceFile(file, { sheet });
      const header = detectHeaderRow(source.values, RUBRIC_FIELDS);
      if (!header || header.mapping.criterion_id === undefined) {
        if (sheets.length > 1) found.push({ code: "cli_expertise_sheet_skipped", severity: "warning", params: {}, location: { sheet: source.sheet } });
        continue;
      }
      read++;
      const label = objectName(source, header.headerRow);
      const fallback = sheets.length > 1 ? source.sheet : basename(file, extname(file));
      if (label && label.name === "") found.push({ code: "cli_expertise_name_missing", severity: "warning", params: { cell: label.cell, name: fallback }, location: { sheet: source.sheet } });
      const objectNameOption = label?.name || fallback;
      // Without --rubric: the sheet's own criteria, recognised as a default rubric when they are one.
      const own = options.rubric ? undefined : readFilledExpertise(source, { objectName: objectNameOption });
      const detected = own && (DEFAULT_RUBRICS.find((r) => sameCriteria(r, own.rubric)) ?? own.rubric);
      const ownBroken = own?.problems.some((p) => p.severity === "error") ?? false;
      if (reference && detected && !ownBroken && !sameCriteria(reference.rubric, detected)) {
        found.push({ code: "cli_expertise_rubric_mismatch", severity: "error", params: { here: criteriaText(detected), first: criteriaText(reference.rubric), file: reference.file }, location: { sheet: source.sheet, row: source.originRow + header.headerRow } });
        continue;
      }
      const rubric = reference?.rubric ?? (detected as Rubric);
      const filled = own && (rubric === own.rubric || ownBroken) ? own : readFilledExpertise(source, { objectName: objectNameOption, rubric });
      if (!reference && !ownBroken) reference = { rubric, file: basename(file) };
      found.push(...filled.problems);
      for (const scores of filled.scores) {
        const twin = objects.find((x) => x.scores.object === scores.object);
        if (twin) found.push({ code: "cli_expertise_object_duplicate", severity: "error", params: { object: scores.object, file: basename(twin.file), sheet: twin.sheet }, location: { sheet: source.sheet } });
        else objects.push({ file, sheet: source.sheet, scores });
      }
    }
    if (read === 0) found.push({ code: "cli_expertise_no_sheet", severity: "error", params: {} });
    problems.add(file, found);
  }
  return { rubric: reference?.rubric ?? null, objects };
}
