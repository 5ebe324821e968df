import { DEFAULT_IDENTIFY_SETTINGS } from "../../../src/core/settings";
import { IDENTIFY_SETTINGS_KEY, type SettingsBag, WorkbookSettingsStore } from "../../../src/host/excel";
import { hostHasSettings, memorySettingsStore, settingsStoreFor, workbookSettingsStore } from "../../../src/taskpane/workflows/settingsStore";
import { parseStoredSettings, SETTINGS_KEY, storedMethodology } from "../../../src/taskpane/workflows/storedSettings";
import { MemoryHost, regionMatrix } from "./memoryHost";

/** Office.context.document.settings as a map; `fail` makes saveAsync report a failure. */
function fakeBag(fail = false): SettingsBag & { values: Map<string, unknown>; saves: number } {
  const values = new Map<string, unknown>();
  const bag = {
    values,
    saves: 0,
    get: (k: string) => (values.has(k) ? values.get(k) : null),
    set: (k: string, v: unknown) => void values.set(k, v),
    remove: (k: string) => void values.delete(k),
    saveAsync: (cb?: (r: { status: unknown; error?: { message?: string } }) => void) => {
      bag.saves++;
      cb?.(fail ? { status: "failed", error: { message: "read-only" } } : { status: "succeeded" });
    },
  };
  return bag;
}

describe("settings kept in the workbook", () => {
  it("reads back what was stored as text", () => {
    const text = JSON.stringify({ methodology: { lowShareThreshold: 0.35, twoYearRule: "same" }, identify: { resultsYear: 2023 }, dynamics: { fromYear: 2022, toYear: 2024 } });
    const s = parseStoredSettings(text);
    expect(s).toEqual({ methodology: { lowShareThreshold: 0.35, twoYearRule: "same" }, identify: { resultsYear: 2023 }, dynamics: { fromYear: 2022, toYear: 2024 } });
    expect(storedMethodology(s)).toMatchObject({ lowShareThreshold: 0.35, twoYearRule: "same", clusterMethod: "max" });
  });

  it("treats the workbook's text as untrusted: malformed parts are dropped, never thrown", () => {
    expect(parseStoredSettings(undefined)).toEqual({});
    expect(parseStoredSettings("{not json")).toEqual({});
    expect(parseStoredSettings("[1,2]")).toEqual({});
    const s = parseStoredSettings(JSON.stringify({ methodology: { lowShareThreshold: "0.3", unknown: 1, assessments: [1] }, identify: { resultsYear: 1066 } }));
    expect(s.methodology).toEqual({});
    expect(s.identify).toEqual({ resultsYear: undefined });
  });

  it("falls back to the methodology's defaults when the stored settings conflict", () => {
    expect(storedMethodology({ methodology: { lowShareThreshold: 0.45 } })).toEqual(DEFAULT_IDENTIFY_SETTINGS);
    expect(storedMethodology({ methodology: { twoYearRule: "sometimes" as never } })).toEqual(DEFAULT_IDENTIFY_SETTINGS);
  });

  it("uses a host's own store when it has one", async () => {
    const host = new MemoryHost(regionMatrix(2));
    expect(hostHasSettings(host)).toBe(true);
    await settingsStoreFor(host).save({ identify: { resultsYear: 2024 } });
    expect(JSON.parse(host.stored ?? "")).toEqual({ identify: { resultsYear: 2024 } });
    expect(await settingsStoreFor(host).load()).toEqual({ identify: { resultsYear: 2024 } });
  });

  it("in Excel shares the methodology with the worksheet functions' store and keeps the years beside it, in one save", async () => {
    const bag = fakeBag();
    const methodology = new WorkbookSettingsStore(bag);
    const changed = jest.fn();
    methodology.subscribe(changed);
    const store = workbookSettingsStore(bag, methodology);
    expect(await store.load()).toEqual({ identify: undefined, dynamics: undefined, methodology: undefined });

    const chosen = { ...DEFAULT_IDENTIFY_SETTINGS, lowShareThreshold: 0.25 };
    await store.save({ methodology: chosen, identify: { resultsYear: 2024 }, dynamics: { fromYear: 2022, toYear: 2023 } });
    expect(bag.saves).toBe(1);
    expect(methodology.read()).toEqual(chosen);
    expect(changed).toHaveBeenCalledWith(chosen);
    expect(bag.values.get(IDENTIFY_SETTINGS_KEY)).toMatchObject({ values: { lowShareThreshold: 0.25 } });
    expect(JSON.parse(String(bag.values.get(SETTINGS_KEY)))).toEqual({ identify: { resultsYear: 2024 }, dynamics: { fromYear: 2022, toYear: 2023 } });
    expect(await workbookSettingsStore(bag).load()).toEqual({ identify: { resultsYear: 2024 }, dynamics: { fromYear: 2022, toYear: 2023 }, methodology: chosen });
  });

  it("in Excel ignores a stored methodology the core refuses, and reports a failed save", async () => {
    const bag = fakeBag(true);
    bag.values.set(IDENTIFY_SETTINGS_KEY, { version: 1, values: { lowShareThreshold: 7 } });
    const store = workbookSettingsStore(bag);
    expect((await store.load()).methodology).toBeUndefined();
    await expect(store.save({ methodology: DEFAULT_IDENTIFY_SETTINGS })).rejects.toThrow();
  });

  it("inside Office takes the document's settings for a host without its own store", async () => {
    const bag = fakeBag();
    (globalThis as Record<string, unknown>).Office = { context: { document: { settings: bag } } };
    try {
      const plain = { listSources: jest.fn(), readSource: jest.fn(), goTo: jest.fn(), existingSheets: jest.fn(), writeReport: jest.fn() };
      await settingsStoreFor(plain).save({ methodology: DEFAULT_IDENTIFY_SETTINGS, identify: { resultsYear: 2023 } });
      expect(bag.saves).toBe(1);
      expect(JSON.parse(String(bag.values.get(SETTINGS_KEY)))).toEqual({ identify: { resultsYear: 2023 } });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  it("outside Office keeps the settings for the session", async () => {
    const store = memorySettingsStore();
    await store.save({ identify: { resultsYear: 2022 } });
    expect(await store.load()).toEqual({ identify: { resultsYear: 2022 } });
  });
});
