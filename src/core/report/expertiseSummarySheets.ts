/**
 * The summary of many filled expertise templates as sheets: the expertise sheet (levels, verdicts, indicators 17–18)
 * and a «Источники» sheet saying where each object was read (file and sheet; the sheet alone inside a workbook) — what
 * `shnor expertise summary` writes and what the pane writes.
 */
import type { ExpertiseOrigin } from "../indicators/expertiseSheets";
import type { ExpertiseSummary } from "../indicators/expertiseRubric";
import { expertiseSpec } from "./contextSheets";
import type { ReportSpec, TableSpec } from "./sheet";
import type { Translate } from "./translate";

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Object → where it was read; the file column only when some object comes from a file. */
export function expertiseSourcesTable(sources: ReadonlyMap<string, ExpertiseOrigin>, tr: Translate): TableSpec {
  const withFiles = [...sources.values()].some((s) => s.file !== undefined);
  return {
    name: "Expertise_Sources",
    columns: [
      { key: "object", header: tr("ctx_rep_object"), width: 30 },
      ...(withFiles ? [{ key: "file", header: tr("cli_col_file"), width: 40 }] : []),
      { key: "sheet", header: tr("cli_col_sheet"), width: 24 },
    ],
    rows: [...sources.entries()].map(([object, s]) => (withFiles ? [object, s.file === undefined ? "" : fileName(s.file), s.sheet] : [object, s.sheet])),
  };
}

/** The expertise sheet of the summary and the sheet of its sources. */
export function expertiseSummaryReport(summary: ExpertiseSummary, sources: ReadonlyMap<string, ExpertiseOrigin>, tr: Translate): ReportSpec {
  return { sheets: [...expertiseSpec(summary, tr).sheets, { name: tr("cli_sheet_sources"), title: tr("cli_title_sources"), tables: [expertiseSourcesTable(sources, tr)] }] };
}
