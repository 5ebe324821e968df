/** The ШНОР list of one results year: settings, validation against the data, and the report with its summary. */
import type { Cluster } from "../../core/indicators/clusters";
import { identify } from "../../core/indicators/identify";
import { identifyReport } from "../../core/report/identifyReport";
import type { IdentifySettings } from "../../core/settings";
import { storedMethodology } from "./storedSettings";
import type { WorkflowDefinition } from "./types";
import { methodologyProblems } from "./methodology";

export interface IdentifyChoice {
  resultsYear: number;
  methodology: IdentifySettings;
}

export interface IdentifySummaryData {
  resultsYear: number;
  listYear: number;
  schools: number;
  shnor: number;
  riskZone: number;
  clusters: Record<Cluster, number>;
  noDataLatest: number;
}

export const identifyWorkflow: WorkflowDefinition<IdentifyChoice, IdentifySummaryData> = {
  id: "identify",
  initialSettings(stored, years) {
    const latest = years[years.length - 1] ?? new Date().getFullYear();
    const wanted = stored.identify?.resultsYear;
    return { resultsYear: wanted !== undefined && years.includes(wanted) ? wanted : latest, methodology: storedMethodology(stored) };
  },
  validate(choice, years) {
    const problems = methodologyProblems(choice.methodology);
    if (!years.includes(choice.resultsYear)) problems.push({ key: "wf_set_year_absent", params: { year: choice.resultsYear } });
    return problems;
  },
  store(stored, choice) {
    return { ...stored, methodology: choice.methodology, identify: { resultsYear: choice.resultsYear } };
  },
  compute(rows, choice, tr) {
    const result = identify(rows, choice.resultsYear, choice.methodology);
    const s = result.summary;
    return {
      report: identifyReport(result, tr),
      summary: {
        resultsYear: result.resultsYear, listYear: result.listYear, schools: s.schools, shnor: s.shnor, riskZone: s.riskZone,
        clusters: { ...s.clusters }, noDataLatest: s.noDataLatest,
      },
    };
  },
};
