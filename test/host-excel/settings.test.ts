import { OfficeMockObject } from "office-addin-mock";
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings } from "../../src/core/settings";
import { IDENTIFY_SETTINGS_KEY, WorkbookSettingsStore, type SettingsBag } from "../../src/host/excel";

/** Office.context.document.settings of one workbook: values in memory, "saved" into `file` by saveAsync. */
function documentSettings(file: Map<string, string>, options: { failSave?: boolean } = {}): SettingsBag {
  const memory = new Map<string, unknown>([...file].map(([k, v]) => [k, JSON.parse(v)]));
  const mock = new OfficeMockObject({
    get: (name: string) => (memory.has(name) ? structuredClone(memory.get(name)) : null),
    set: (name: string, value: unknown) => memory.set(name, structuredClone(value)),
    remove: (name: string) => memory.delete(name),
    saveAsync: (callback?: (r: { status: string; error?: { message: string } }) => void) => {
      if (options.failSave) return callback?.({ status: "failed", error: { message: "read-only workbook" } });
      file.clear();
      for (const [k, v] of memory) file.set(k, JSON.stringify(v));
      callback?.({ status: "succeeded" });
    },
  });
  return mock as unknown as SettingsBag;
}

describe("WorkbookSettingsStore", () => {
  it("gives the defaults for a workbook without settings", () => {
    const store = new WorkbookSettingsStore(documentSettings(new Map()));
    expect(store.read()).toEqual(DEFAULT_IDENTIFY_SETTINGS);
    expect(store.has()).toBe(false);
  });

  it("stores the full settings in the workbook, so another analyst opening it reads the same", async () => {
    const file = new Map<string, string>();
    const stored = await new WorkbookSettingsStore(documentSettings(file)).write({ lowShareThreshold: 0.4, twoYearRule: "same" });
    expect(stored).toEqual({ ...DEFAULT_IDENTIFY_SETTINGS, lowShareThreshold: 0.4, twoYearRule: "same" });
    expect(JSON.parse(file.get(IDENTIFY_SETTINGS_KEY)!)).toEqual({ version: 1, values: stored }); // pinned, not just the changes

    const colleague = new WorkbookSettingsStore(documentSettings(file));
    expect(colleague.has()).toBe(true);
    expect(colleague.read()).toEqual(stored);
  });

  it("updates some settings and keeps the others", async () => {
    const store = new WorkbookSettingsStore(documentSettings(new Map()));
    await store.write({ lowShareThreshold: 0.4 });
    expect(await store.update({ clusterScope: "low" })).toMatchObject({ lowShareThreshold: 0.4, clusterScope: "low" });
    expect(store.read()).toMatchObject({ lowShareThreshold: 0.4, clusterScope: "low" });
  });

  it("refuses bad settings, whether written or found in the workbook", async () => {
    const file = new Map<string, string>();
    const store = new WorkbookSettingsStore(documentSettings(file));
    await expect(store.write({ lowShareThreshold: 1.5 })).rejects.toMatchObject({ code: "setting_invalid", params: { setting: "lowShareThreshold" } });
    expect(file.size).toBe(0);

    file.set(IDENTIFY_SETTINGS_KEY, JSON.stringify({ version: 1, values: { twoYearRule: "sometimes" } }));
    expect(() => new WorkbookSettingsStore(documentSettings(file)).read()).toThrow(expect.objectContaining({ code: "setting_invalid", params: expect.objectContaining({ setting: "twoYearRule" }) }));
  });

  it("ignores keys it does not know (written by another version)", async () => {
    const file = new Map([[IDENTIFY_SETTINGS_KEY, JSON.stringify({ version: 2, values: { lowShareThreshold: 0.35, futureSetting: 1 } })]]);
    const read = new WorkbookSettingsStore(documentSettings(file)).read();
    expect(read.lowShareThreshold).toBe(0.35);
    expect(Object.keys(read).sort()).toEqual(Object.keys(DEFAULT_IDENTIFY_SETTINGS).sort());
  });

  it("reports a failed save and keeps the previous settings", async () => {
    const file = new Map<string, string>();
    await new WorkbookSettingsStore(documentSettings(file)).write({ lowShareThreshold: 0.4 });
    const bag = documentSettings(file, { failSave: true });
    const store = new WorkbookSettingsStore(bag);
    await expect(store.write({ lowShareThreshold: 0.3 })).rejects.toMatchObject({ code: "excel_settings_save_failed", params: { reason: "read-only workbook" } });
    expect(store.read().lowShareThreshold).toBe(0.4);
  });

  it("tells subscribers about changes and resets to the defaults", async () => {
    const file = new Map<string, string>();
    const store = new WorkbookSettingsStore(documentSettings(file));
    const seen: IdentifySettings[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    await store.write({ minParticipants: 10 });
    await store.reset();
    stop();
    await store.write({ minParticipants: 3 });
    expect(seen.map((s) => s.minParticipants)).toEqual([10, DEFAULT_IDENTIFY_SETTINGS.minParticipants]);
    expect(file.has(IDENTIFY_SETTINGS_KEY)).toBe(true);
    await store.reset();
    expect(file.has(IDENTIFY_SETTINGS_KEY)).toBe(false);
  });
});
