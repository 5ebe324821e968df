/**
 * A list of schools given as a file: the ШНОР list (`--shnor`, `--next-list`) or the project schools (`--cohort-file`).
 * Accepted: the JSON of `shnor identify --format json` (the schools with `shnor: true`), a JSON array of ids, or a
 * table with a school-id column («Логин ОО») and, optionally, a yes/no column «ШНОР» (then only the «да» rows count).
 */
import { readFile } from "node:fs/promises";
import { type Problem, ShnorError } from "../core/errors";
import { DEFICIT_FIELDS } from "../core/indicators/resourceDeficits";
import { AGGREGATE_FIELDS } from "../core/table/aggregate";
import { errorSince, openTable, readYesNo } from "../core/table/frame";
import { type FieldSpec, mapHeaders } from "../core/table/headers";
import type { SourceLike } from "../core/table/source";
import { cellText } from "../core/values";
import { loadTable, type InputProblems } from "./loadTable";

const fieldOf = (fields: readonly FieldSpec[], key: string, required: boolean): FieldSpec => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`field ${key} missing`);
  return { ...f, required };
};

const LIST_FIELDS: readonly FieldSpec[] = [fieldOf(AGGREGATE_FIELDS, "school_id", true), fieldOf(DEFICIT_FIELDS, "shnor", false)];

/** The ids of a table: every listed school, or those marked «да» when there is a ШНОР column. */
export function readSchoolIdTable(source: SourceLike): { ids: string[]; problems: Problem[] } {
  // Header detection wants two known columns; a bare list has one, so its header is the first row naming a school id.
  const headerRow = source.values.slice(0, 10).findIndex((row) => mapHeaders(row, LIST_FIELDS).school_id !== undefined);
  const opened = openTable(source, LIST_FIELDS, headerRow >= 0 ? { headerRow } : {}, ["school_id"]);
  if (!opened.ok) return { ids: [], problems: opened.problems };
  const f = opened.frame;
  const ids: string[] = [];
  for (const r of f.rows) {
    const before = f.cells.problems.length;
    const id = cellText(f.get(r, "school_id"));
    if (id === "") f.cells.error("cell_required", {}, f.at(r, "school_id"));
    const flag = f.mapping.shnor === undefined ? true : readYesNo(f.get(r, "shnor"), f.cells, f.at(r, "shnor"));
    if (!errorSince(f.cells.problems, before) && flag === true) ids.push(id);
  }
  return { ids, problems: f.cells.problems };
}

/** The ids of the JSON of `identify` or of a JSON array; undefined when the JSON is neither. */
function idsOfJson(data: unknown): string[] | undefined {
  if (Array.isArray(data) && data.every((x) => typeof x === "string" || typeof x === "number")) return data.map(String);
  const schools = (data as { schools?: unknown })?.schools;
  if (!Array.isArray(schools)) return undefined;
  const ok = schools.every((s) => typeof (s as { schoolId?: unknown })?.schoolId === "string" && typeof (s as { shnor?: unknown }).shnor === "boolean");
  return ok ? schools.filter((s) => (s as { shnor: boolean }).shnor).map((s) => (s as { schoolId: string }).schoolId) : undefined;
}

export async function loadSchoolIds(path: string, problems: InputProblems): Promise<Set<string>> {
  if (path.toLowerCase().endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, "utf8"));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ShnorError(code === "ENOENT" ? "file_not_found" : "cli_school_list_unrecognised", { file: path });
    }
    const ids = idsOfJson(data);
    if (!ids) problems.add(path, [{ code: "cli_school_list_unrecognised", severity: "error", params: { file: path } }]);
    return new Set(ids ?? []);
  }
  const table = await loadTable(path, undefined, readSchoolIdTable, problems);
  return new Set(table.ids);
}
