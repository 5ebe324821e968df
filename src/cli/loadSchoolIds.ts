/**
 * A list of schools given as a file: the ШНОР list (`--shnor`, `--next-list`) or the project schools (`--cohort-file`).
 * Accepted: the JSON of `shnor identify --format json` (the schools with `shnor: true`), a JSON array of ids, or a
 * table with a school-id column («Логин ОО») and, optionally, a yes/no column «ШНОР» (then only the «да» rows count).
 */
import { readFile } from "node:fs/promises";
import { ShnorError } from "../core/errors";
import { readSchoolIdTable } from "../core/indicators/schoolList";
import { loadTable, type InputProblems } from "./loadTable";

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
