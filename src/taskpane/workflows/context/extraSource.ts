/**
 * A further table some settings need besides the page's source (the ШНОР list of the ИСБШ page, the means per
 * procedure of the 2016 criteria): which table or sheet it is, what the core reader found in it, and its problems.
 * Read in the settings step (ExtraSourceField), kept in the settings, used by the workflow's compute.
 */
import type { Problem } from "../../../core/errors";
import { attachFederalMeans } from "../../../core/indicators/federal2016";
import { readSchoolIdTable } from "../../../core/indicators/schoolList";
import type { SourceMatrix, SourceRef } from "../../../host/WorkbookHost";

export interface ExtraSource {
  /** "table:Name" or "sheet:Name" — what the picker shows as chosen. */
  key: string;
  /** The table's or sheet's name, for messages. */
  name: string;
  problems: Problem[];
}

/** The ШНОР list: the ids marked «да» (or every id of a list without a ШНОР column). */
export interface SchoolListSource extends ExtraSource {
  ids: string[];
}

/** The school and region means per procedure (the matrix is read again with the schools in compute). */
export interface MeansSource extends ExtraSource {
  matrix: SourceMatrix;
  schools: number;
  means: number;
}

export const sourceKey = (ref: SourceRef): string => (ref.kind === "selection" ? "selection:" : `${ref.kind}:${ref.name ?? ""}`);

export function refOfKey(key: string): SourceRef | undefined {
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  const name = key.slice(at + 1);
  if (kind === "table") return { kind: "table", name };
  if (kind === "sheet") return { kind: "sheet", name };
  return undefined;
}

export const extraErrors = (s: ExtraSource): number => s.problems.filter((p) => p.severity === "error").length;

/** The settings problem of a further table with errors: the run waits until it is fixed or left out. */
export function extraProblems(s: ExtraSource | null, key: string): { key: string; params?: Record<string, string | number> }[] {
  return s && extraErrors(s) > 0 ? [{ key, params: { name: s.name, count: extraErrors(s) } }] : [];
}

export function readSchoolList(matrix: SourceMatrix, key: string, name: string): SchoolListSource {
  const read = readSchoolIdTable(matrix);
  return { key, name, ids: [...new Set(read.ids)], problems: read.problems };
}

export function readMeans(matrix: SourceMatrix, key: string, name: string): MeansSource {
  const read = attachFederalMeans([], matrix);
  return { key, name, matrix, problems: read.problems, schools: read.schools.length, means: read.schools.reduce((a, s) => a + s.means.length, 0) };
}
