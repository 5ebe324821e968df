/**
 * The input sheet of a programme dashboard: one row per indicator of a template with n, m (and last year's n, m for
 * the indicators judged by their change) for the user to fill, next to the editable template itself. Its headers are
 * aliases of PROGRAMME_INPUT_FIELDS, so the filled sheet reads back with `readProgrammeInputs`; a row left without
 * any count is "no data" rather than an error (`blankUnfilledRows`).
 *
 * Pure (no Node, no DOM): `shnor indicators`, the pane's programme page and the sample writer share it. The texts
 * are the caller's `tr` (the CLI's cli_* messages; the pane maps them onto its own).
 */
import { CHANGE_WORDS, type IndicatorInput, PROGRAMME_INPUT_FIELDS, type ProgrammeTemplate, targetFor } from "../indicators/programmeTemplates";
import { templateTable } from "./contextSheets";
import type { CellOut, ReportSpec } from "./sheet";
import { tableName, type Translate } from "./translate";
import { detectHeaderRow } from "../table/headers";
import { cellText } from "../values";

/** The first year a template sets a target for (the default year of its input sheet); null when it has none. */
export function firstTargetYear(template: ProgrammeTemplate): number | null {
  const years = template.indicators.flatMap((i) => i.targets.map((t) => t.year));
  return years.length ? Math.min(...years) : null;
}

export function programmeInputsReport(template: ProgrammeTemplate, year: number | null, tr: Translate, inputs: readonly IndicatorInput[] = []): ReportSpec {
  const y = year === null ? "" : String(year);
  const byId = new Map(inputs.map((i) => [i.id, i]));
  const rows = template.indicators.map((i): CellOut[] => {
    const x = byId.get(i.id);
    return [
      i.id, i.title, i.denominator, ...(year === null ? [] : [targetFor(i, year)]), i.expected ? CHANGE_WORDS[i.expected] : "",
      x?.n ?? null, x?.m ?? null, x?.prevN ?? null, x?.prevM ?? null,
    ];
  });
  return {
    sheets: [
      {
        name: tr("cli_sheet_inputs", { year: y }).trim(),
        title: `${tr("cli_title_inputs", { year: y })} — ${template.title}`,
        notes: [tr("cli_note_inputs_1"), tr("cli_note_inputs_2")],
        tables: [{
          name: tableName(`Inputs_${template.id}_${y}`),
          columns: [
            { key: "id", header: tr("ctx_tpl_id"), format: "text" },
            { key: "title", header: tr("ctx_tpl_title"), width: 70 },
            { key: "denominator", header: tr("ctx_tpl_denominator"), width: 40 },
            ...(year === null ? [] : [{ key: "target", header: tr("cli_col_target_year", { year }), format: "percent" as const }]),
            { key: "expected", header: tr("cli_col_expected") },
            { key: "n", header: tr("cli_col_n"), format: "integer" },
            { key: "m", header: tr("cli_col_m"), format: "integer" },
            { key: "prevN", header: tr("cli_col_prev_n"), format: "integer" },
            { key: "prevM", header: tr("cli_col_prev_m"), format: "integer" },
          ],
          rows,
        }],
      },
      // The table's own caption names the template and its source.
      { name: tr("cli_sheet_template"), tables: [templateTable(template, tr)] },
    ],
  };
}

/**
 * The values with every indicator row that has no count at all blanked (same shape, so cell addresses stay right): the
 * reader skips blank rows, and the dashboard shows those indicators as «нет данных».
 */
export function blankUnfilledRows(values: readonly (readonly unknown[])[]): unknown[][] {
  const found = detectHeaderRow(values, PROGRAMME_INPUT_FIELDS);
  if (!found) return values.map((r) => [...r]);
  const counts = ["n", "m", "prev_n", "prev_m"].map((k) => found.mapping[k]).filter((c): c is number => c !== undefined);
  return values.map((row, r) => (r > found.headerRow && counts.length > 0 && counts.every((c) => cellText(row[c]) === "") ? row.map(() => null) : [...row]));
}
