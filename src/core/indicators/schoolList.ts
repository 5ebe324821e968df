/**
 * A list of schools as a table: a school-id column («Логин ОО») and, optionally, a yes/no column «ШНОР» (then only the
 * «да» rows count) — the ШНОР list (e.g. the list sheet the identify page writes) or the project schools. Shared by the
 * command line (`--shnor`, `--next-list`, `--cohort-file`) and the pane.
 */
import type { Problem } from "../errors";
import { DEFICIT_FIELDS } from "./resourceDeficits";
import { cellText } from "../values";
import { AGGREGATE_FIELDS } from "../table/aggregate";
import { errorSince, openTable, readYesNo } from "../table/frame";
import { type FieldSpec, mapHeaders } from "../table/headers";
import type { SourceLike } from "../table/source";

const fieldOf = (fields: readonly FieldSpec[], key: string, required: boolean): FieldSpec => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`field ${key} missing`);
  return { ...f, required };
};

export const SCHOOL_LIST_FIELDS: readonly FieldSpec[] = [fieldOf(AGGREGATE_FIELDS, "school_id", true), fieldOf(DEFICIT_FIELDS, "shnor", false)];

/** The ids of a table: every listed school, or those marked «да» when there is a ШНОР column. */
export function readSchoolIdTable(source: SourceLike): { ids: string[]; problems: Problem[] } {
  // Header detection wants two known columns; a bare list has one, so its header is the first row naming a school id.
  const headerRow = source.values.slice(0, 10).findIndex((row) => mapHeaders(row, SCHOOL_LIST_FIELDS).school_id !== undefined);
  const opened = openTable(source, SCHOOL_LIST_FIELDS, headerRow >= 0 ? { headerRow } : {}, ["school_id"]);
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
