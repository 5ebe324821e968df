import { clusterTransitions } from "../../../src/core/indicators/clusterTransitions";
import { dynamicsReport } from "../../../src/core/indicators/dynamicsReport";
import { identify } from "../../../src/core/indicators/identify";
import { readAggregateTable } from "../../../src/core/table/aggregate";
import { DEFAULT_IDENTIFY_SETTINGS } from "../../../src/core/settings";
import { t } from "../../../src/i18n";
import { dynamicsWorkflow } from "../../../src/taskpane/workflows/dynamicsWorkflow";
import { identifyWorkflow } from "../../../src/taskpane/workflows/identifyWorkflow";
import { regionMatrix } from "./memoryHost";

const rows = readAggregateTable(regionMatrix(80)).rows;
const tr = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");
const years = [2022, 2023, 2024];
const defaults = { ...DEFAULT_IDENTIFY_SETTINGS };

describe("identify workflow", () => {
  it("starts from the latest year, or the stored one when the data have it", () => {
    expect(identifyWorkflow.initialSettings({}, years)).toEqual({ resultsYear: 2024, methodology: defaults });
    expect(identifyWorkflow.initialSettings({ identify: { resultsYear: 2023 } }, years).resultsYear).toBe(2023);
    expect(identifyWorkflow.initialSettings({ identify: { resultsYear: 2019 } }, years).resultsYear).toBe(2024);
    expect(identifyWorkflow.initialSettings({ methodology: { lowShareThreshold: 0.25 } }, years).methodology.lowShareThreshold).toBe(0.25);
  });

  it("refuses a threshold above the moderate cluster and a year without data", () => {
    expect(identifyWorkflow.validate({ resultsYear: 2024, methodology: defaults }, years)).toEqual([]);
    expect(identifyWorkflow.validate({ resultsYear: 2024, methodology: { ...defaults, lowShareThreshold: 0.45 } }, years)).toEqual([{ key: "wf_set_threshold_range", params: { max: 40 } }]);
    expect(identifyWorkflow.validate({ resultsYear: 2024, methodology: { ...defaults, lowShareThreshold: Number.NaN } }, years)).toHaveLength(1);
    expect(identifyWorkflow.validate({ resultsYear: 2021, methodology: defaults }, years)).toEqual([{ key: "wf_set_year_absent", params: { year: 2021 } }]);
  });

  it("computes the core's list and report, and stores its choice beside other stored settings", () => {
    const choice = { resultsYear: 2024, methodology: { ...defaults, twoYearRule: "same" as const } };
    const { report, summary } = identifyWorkflow.compute(rows, choice, tr);
    const core = identify(rows, 2024, choice.methodology);
    expect(summary).toEqual({ resultsYear: 2024, listYear: 2025, ...{ schools: core.summary.schools, shnor: core.summary.shnor, riskZone: core.summary.riskZone, clusters: core.summary.clusters, noDataLatest: core.summary.noDataLatest } });
    expect(report.sheets.map((s) => s.name)).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);
    expect(identifyWorkflow.store({ dynamics: { fromYear: 2022, toYear: 2023 } }, choice)).toEqual({ dynamics: { fromYear: 2022, toYear: 2023 }, methodology: choice.methodology, identify: { resultsYear: 2024 } });
  });
});

describe("dynamics workflow", () => {
  it("compares the last two years by default, or the stored pair when the data have both", () => {
    expect(dynamicsWorkflow.initialSettings({}, years)).toMatchObject({ fromYear: 2023, toYear: 2024 });
    expect(dynamicsWorkflow.initialSettings({ dynamics: { fromYear: 2022, toYear: 2024 } }, years)).toMatchObject({ fromYear: 2022, toYear: 2024 });
    expect(dynamicsWorkflow.initialSettings({ dynamics: { fromYear: 2024, toYear: 2022 } }, years)).toMatchObject({ fromYear: 2023, toYear: 2024 });
  });

  it("needs the earlier year first", () => {
    expect(dynamicsWorkflow.validate({ fromYear: 2024, toYear: 2024, methodology: defaults }, years)).toEqual([{ key: "wf_set_years_order" }]);
  });

  it("keeps per assessment the schools «с положительным результатом» and the cluster moves of the core", () => {
    const choice = { fromYear: 2023, toYear: 2024, methodology: defaults };
    const { report, summary } = dynamicsWorkflow.compute(rows, choice, tr);
    const core = dynamicsReport(rows, 2023, 2024);
    const moves = clusterTransitions(rows, 2023, 2024).all;
    expect(summary.schools).toBe(core.schools.length);
    expect(summary.assessments.map((a) => [a.id, a.positive, a.total])).toEqual(core.assessments.map((id) => [id, core.summary.all.byAssessment[id].positiveResult, core.summary.all.byAssessment[id].total]));
    expect(summary.assessments[0].label).toBe("ВПР 5 рус");
    expect(summary.transitions).toEqual({ improved: moves.improved, left: moves.left, unchanged: moves.unchanged, worsened: moves.worsened, entered: moves.entered, inEarlierList: moves.inEarlierList });
    expect(report.sheets.map((s) => s.name)).toEqual(["Динамика 2023-2024", "Динамика 2023-2024 сводка", "Кластеры 2023-2024"]);
  });
});
