/**
 * Programme indicators: the inputs table (n and m per indicator, as the input sheet has them) of a chosen template →
 * the dashboard with targets and verdicts — the core's readProgrammeInputs, buildDashboard and dashboardSpec, as
 * `shnor indicators` calls them. The template is chosen on the page before the data (it decides how rows are read).
 */
import {
  buildDashboard, type IndicatorInput, PROGRAMME_INPUT_FIELDS, type ProgrammeTemplate, readProgrammeInputs, type Verdict, VERDICT_LABELS,
} from "../../../core/indicators/programmeTemplates";
import { dashboardSpec } from "../../../core/report/contextSheets";
import type { ReportSpec } from "../../../core/report/sheet";
import type { Translate } from "../../../core/report/translate";
import { blankUnfilledRows, programmeInputsReport } from "../../../core/report/programmeInputs";
import type { WorkflowDefinition } from "../types";

export interface ProgrammeChoice {
  year: number;
}

export interface DashboardLine {
  id: string;
  title: string;
  value: number | null;
  target: number | null;
  verdict: Verdict;
  /** The Russian verdict label («достигнуто»), as the sheet shows it. */
  label: string;
}

export interface ProgrammeSummary {
  templateTitle: string;
  year: number;
  counts: Record<Verdict, number>;
  lines: DashboardLine[];
}

/** Years a template sets targets for; a template judged only by change (track 3) may label any year of the project. */
export function templateYears(template: ProgrammeTemplate): number[] {
  const years = [...new Set(template.indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort((a, b) => a - b);
  return years.length > 0 ? years : Array.from({ length: 7 }, (_, k) => 2023 + k);
}

/**
 * The input sheet's own texts are the CLI's (cli_*, not in the pane bundle): the pane has them as cp_* (its note names
 * this page rather than `shnor indicators`); the count headers stay aliases of PROGRAMME_INPUT_FIELDS, so it reads back.
 */
function inputsTranslator(tr: Translate): Translate {
  return (key, params) => tr(key.startsWith("cli_") ? `cp_${key.slice(4)}` : key, params);
}

/** The empty input sheet of a template (n and m to fill) and the editable template, for the year's targets. */
export function emptyInputsReport(template: ProgrammeTemplate, year: number, tr: Translate): ReportSpec {
  return programmeInputsReport(template, year, inputsTranslator(tr));
}

export function programmeWorkflow(template: ProgrammeTemplate): WorkflowDefinition<ProgrammeChoice, ProgrammeSummary, IndicatorInput> {
  const years = templateYears(template);
  return {
    id: `programme-${template.id}`,
    table: {
      fields: PROGRAMME_INPUT_FIELDS,
      read(matrix, options) {
        // A row without any count is «нет данных», not an error (as the CLI reads a half-filled input sheet).
        const t = readProgrammeInputs({ ...matrix, values: blankUnfilledRows(matrix.values) }, template, options);
        return { rows: t.inputs, problems: t.problems };
      },
      facts: (rows) => ({ rows: rows.length, schools: template.indicators.length, years, key: "cp_inputs_facts" }),
      sourceIntroKey: "cp_source_programme",
    },
    initialSettings(stored, found) {
      const wanted = stored.programme?.year;
      return { year: wanted !== undefined && found.includes(wanted) ? wanted : found[0] ?? years[0] };
    },
    validate(choice, found) {
      return found.includes(choice.year) ? [] : [{ key: "wf_set_year_absent", params: { year: choice.year } }];
    },
    store: (stored, choice) => ({ ...stored, programme: { template: template.id, year: choice.year } }),
    compute(rows, choice, tr) {
      const d = buildDashboard(template, choice.year, rows);
      return {
        report: dashboardSpec(d, tr),
        summary: {
          templateTitle: template.title, year: d.year, counts: { ...d.counts },
          lines: d.rows.map((r) => ({ id: r.id, title: r.title, value: r.value, target: r.target, verdict: r.verdict, label: VERDICT_LABELS[r.verdict] })),
        },
      };
    },
  };
}
