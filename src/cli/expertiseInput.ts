/**
 * Reads many filled expertise templates — files, and every sheet of each (a coordinator may copy the sheet once per
 * municipality) — into one list of scored objects over one rubric. How a sheet is read (its object's name, the rubric
 * recognised or checked, each object once) is the core's (src/core/indicators/expertiseSheets.ts), which the pane
 * calls over the sheets of a workbook; this file only walks the files. Every problem is recorded with its file and cell.
 */
import { basename, extname } from "node:path";
import type { Problem } from "../core/errors";
import type { Rubric } from "../core/indicators/expertiseRubric";
import { type CollectedObject, collectExpertiseObjects, readExpertiseSheet } from "../core/indicators/expertiseSheets";
import { FileHost, readSourceFile } from "../host/file";
import type { ExpertiseSource } from "./contextJson";
import { OBJECT_LABELS } from "./expertiseWorkbook";
import type { InputProblems } from "./loadTable";

export interface ExpertiseInput {
  /** null when no sheet could be read (the problems say why). */
  rubric: Rubric | null;
  objects: (ExpertiseSource & CollectedObject)[];
}

/** The sheets to read: the one asked for, or every visible sheet (a CSV file is one sheet). */
async function sheetsOf(file: string, sheet: string | undefined): Promise<(string | undefined)[]> {
  if (sheet !== undefined) return [sheet];
  try {
    return (await new FileHost({ input: file }).listSources()).sheets;
  } catch {
    return [undefined]; // readSourceFile reports a missing or damaged file in the user's words
  }
}

export async function readExpertiseFiles(files: readonly string[], options: { rubric?: Rubric; sheet?: string }, problems: InputProblems): Promise<ExpertiseInput> {
  let reference: { rubric: Rubric; file: string } | undefined;
  const objects: CollectedObject[] = [];
  for (const file of files) {
    const sheets = await sheetsOf(file, options.sheet);
    const found: Problem[] = [];
    let read = 0;
    for (const sheet of sheets) {
      const source = await readSourceFile(file, { sheet });
      const fallbackName = sheets.length > 1 ? source.sheet : basename(file, extname(file));
      const r = readExpertiseSheet(source, { rubric: options.rubric, reference, labels: OBJECT_LABELS, fallbackName, reportSkipped: sheets.length > 1 });
      found.push(...r.problems);
      if (!r.template) continue;
      read++;
      if (r.reference) reference = { rubric: r.reference, file: basename(file) };
      found.push(...collectExpertiseObjects(objects, r.scores, { file, sheet: source.sheet }));
    }
    if (read === 0) found.push({ code: "cli_expertise_no_sheet", severity: "error", params: {} });
    problems.add(file, found);
  }
  return { rubric: options.rubric ?? reference?.rubric ?? null, objects: objects as ExpertiseInput["objects"] };
}
