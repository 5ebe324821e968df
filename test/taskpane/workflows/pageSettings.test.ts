/** The settings of the ОИП, 2016 criteria and resources pages kept in the workbook: stored, restored, validated on load. */
import { DEFAULT_FEDERAL2016_SETTINGS } from "../../../src/core/indicators/federal2016";
import { DEFAULT_OIP_SETTINGS } from "../../../src/core/indicators/oip";
import type { SettingsBag } from "../../../src/host/excel";
import { deficitsWorkflow } from "../../../src/taskpane/workflows/context/deficitsWorkflow";
import { federalWorkflow } from "../../../src/taskpane/workflows/context/federalWorkflow";
import { oipWorkflow } from "../../../src/taskpane/workflows/context/oipWorkflow";
import { socialWorkflow } from "../../../src/taskpane/workflows/context/socialWorkflow";
import { workbookSettingsStore } from "../../../src/taskpane/workflows/settingsStore";
import { parseStoredSettings, SETTINGS_KEY } from "../../../src/taskpane/workflows/storedSettings";

/** What a workflow's choice becomes once stored as JSON and read back. */
const roundTrip = <S>(store: (s: object, c: S) => object, choice: S) => parseStoredSettings(JSON.stringify(store({}, choice)));

function bag(): SettingsBag & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: (k) => (values.has(k) ? values.get(k) : null), set: (k, v) => void values.set(k, v), remove: (k) => void values.delete(k), saveAsync: (cb) => cb?.({ status: "succeeded" }) };
}

describe("remembered settings of the context pages", () => {
  it("ОИП: the year and the target come back; a year absent from the data or a bad target falls back", () => {
    const stored = roundTrip(oipWorkflow.store, { year: 2023, target: 40.5 });
    expect(stored.oip).toEqual({ year: 2023, target: 40.5 });
    expect(oipWorkflow.initialSettings(stored, [2023, 2024])).toEqual({ year: 2023, target: 40.5 });
    expect(oipWorkflow.initialSettings(stored, [2024, 2025])).toEqual({ year: 2025, target: 40.5 });
    const bad = parseStoredSettings(JSON.stringify({ oip: { year: "2023", target: -3 } }));
    expect(oipWorkflow.initialSettings(bad, [2023, 2024])).toEqual({ year: 2024, target: DEFAULT_OIP_SETTINGS.target });
  });

  it("2016 criteria: every setting but the means table comes back; malformed values fall back one by one", () => {
    const choice = { quantile: 0.2, gapRule: "mean" as const, shnroMin: 3 as const, regionUnemployment: 0.06, unemploymentFactor: 2, means: { key: "sheet:Средние", name: "Средние", problems: [], matrix: { sheet: "Средние", originRow: 1, originCol: 1, values: [] }, schools: 3, means: 9 } };
    const stored = roundTrip(federalWorkflow.store, choice);
    expect(stored.federal).toEqual({ quantile: 0.2, gapRule: "mean", shnroMin: 3, regionUnemployment: 0.06, unemploymentFactor: 2 });
    expect(federalWorkflow.initialSettings(stored, [])).toEqual({ ...choice, means: null });
    // «not given» (null) is a choice that is kept too.
    expect(federalWorkflow.initialSettings(roundTrip(federalWorkflow.store, { ...choice, regionUnemployment: null }), []).regionUnemployment).toBeNull();
    const bad = parseStoredSettings(JSON.stringify({ federal: { quantile: 1.5, gapRule: "median", shnroMin: 4, regionUnemployment: -1, unemploymentFactor: 0 } }));
    const d = DEFAULT_FEDERAL2016_SETTINGS;
    expect(federalWorkflow.initialSettings(bad, [])).toEqual({ quantile: d.bottomQuantile, gapRule: d.gapRule, shnroMin: d.shnroMinCriteria, regionUnemployment: d.regionUnemployment, unemploymentFactor: d.unemploymentFactor, means: null });
    expect(federalWorkflow.initialSettings(parseStoredSettings('{"federal": [1]}'), []).quantile).toBe(d.bottomQuantile);
  });

  it("resources: the scale and the index-dynamics options come back, the cohort table does not; a target year outside 2025–2029 falls back", () => {
    const choice = { year: 2024, scale: "minMax" as const, anchor: "eachYear" as const, excludeNotEvaluable: true, targetYear: 2027, cohort: { key: "sheet:Школы", name: "Школы", problems: [], ids: ["A"] } };
    const stored = roundTrip(deficitsWorkflow.store, choice);
    expect(stored.deficits).toEqual({ scale: "minMax", anchor: "eachYear", excludeNotEvaluable: true, targetYear: 2027 });
    expect(deficitsWorkflow.initialSettings(stored, [2023, 2024])).toEqual({ ...choice, cohort: null });
    expect(deficitsWorkflow.initialSettings(roundTrip(deficitsWorkflow.store, { ...choice, targetYear: null }), [2024]).targetYear).toBeNull();
    const bad = parseStoredSettings(JSON.stringify({ deficits: { scale: "log", anchor: "first", excludeNotEvaluable: "yes", targetYear: 2031 } }));
    expect(deficitsWorkflow.initialSettings(bad, [2024])).toEqual({ year: 2024, scale: "tScore", anchor: "baseYear", excludeNotEvaluable: false, targetYear: null, cohort: null });
  });

  it("the pages that read a further table say what is kept and what is chosen again", () => {
    expect(socialWorkflow.settingsIntroKey).toBe("cp_settings_intro_social");
    expect(deficitsWorkflow.settingsIntroKey).toBe("cp_settings_intro_deficits");
    expect(federalWorkflow.settingsIntroKey).toBe("fp_settings_intro_federal");
    expect(oipWorkflow.settingsIntroKey).toBeUndefined();
  });

  it("in Excel every page's choices are kept in the document's settings, not only the years", async () => {
    const b = bag();
    const store = workbookSettingsStore(b);
    await store.save({ identify: { resultsYear: 2024 }, oip: { year: 2024, target: 40 }, federal: { quantile: 0.2 }, deficits: { scale: "minMax", targetYear: null }, expertise: { year: 2026 }, social: { quantile: 0.1 } });
    const kept = JSON.parse(String(b.values.get(SETTINGS_KEY)));
    expect(kept).toEqual({ identify: { resultsYear: 2024 }, oip: { year: 2024, target: 40 }, federal: { quantile: 0.2 }, deficits: { scale: "minMax", targetYear: null }, expertise: { year: 2026 }, social: { quantile: 0.1 } });
    const loaded = await workbookSettingsStore(b).load();
    expect(loaded.oip).toEqual({ year: 2024, target: 40 });
    expect(loaded.federal?.quantile).toBe(0.2);
    expect(loaded.deficits).toMatchObject({ scale: "minMax", targetYear: null });
    expect(loaded.expertise?.year).toBe(2026);
    expect(loaded.social?.quantile).toBe(0.1);
  });
});
