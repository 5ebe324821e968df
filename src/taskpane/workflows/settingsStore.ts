/**
 * Where the pane keeps its settings. Inside Excel: in the workbook's add-in settings, which travel with the file,
 * so everyone who opens the workbook computes with the same settings. The methodology goes through the Excel
 * host's WorkbookSettingsStore — the one the worksheet functions read — so pane and functions never disagree;
 * every page's last choices (years, scales, thresholds) sit beside it under the pane's own key. A host may bring its own store
 * (the UI tests' file host does); outside Office the settings last for the session only.
 */
import { WorkbookSettingsStore, type SettingsBag } from "../../host/excel";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { parseStoredSettings, SETTINGS_KEY, type StoredSettings } from "./storedSettings";

export interface SettingsStore {
  load(): Promise<StoredSettings>;
  save(settings: StoredSettings): Promise<void>;
}

/** The optional capability of a WorkbookHost that keeps the pane's settings itself, as one JSON text. */
export interface TextSettings {
  load(): Promise<string | undefined>;
  save(text: string): Promise<void>;
}

export interface HostWithSettings extends WorkbookHost {
  settings: TextSettings;
}

export function hostHasSettings(host: WorkbookHost): host is HostWithSettings {
  const s = (host as Partial<HostWithSettings>).settings;
  return typeof s?.load === "function" && typeof s.save === "function";
}

/** Settings kept as one JSON text wherever `text` keeps it. */
export function textSettingsStore(text: TextSettings): SettingsStore {
  return {
    load: async () => parseStoredSettings(await text.load()),
    save: (settings) => text.save(JSON.stringify(settings)),
  };
}

export function memorySettingsStore(): SettingsStore {
  let kept: string | undefined;
  return textSettingsStore({
    load: async () => kept,
    save: async (t) => {
      kept = t;
    },
  });
}

/** The document's add-in settings, or undefined outside Office (where Office.context has no document). */
function officeSettingsBag(): SettingsBag | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context?.document?.settings as unknown as SettingsBag | undefined);
  } catch {
    return undefined;
  }
}

/** The workbook's settings: methodology through WorkbookSettingsStore, the workflows' years under SETTINGS_KEY. */
export function workbookSettingsStore(bag: SettingsBag, methodology = new WorkbookSettingsStore(bag)): SettingsStore {
  return {
    load: async () => {
      const raw = bag.get(SETTINGS_KEY);
      const choices = parseStoredSettings(typeof raw === "string" ? raw : undefined);
      let stored: StoredSettings["methodology"];
      try {
        stored = methodology.has() ? methodology.read() : undefined;
      } catch {
        // A bad stored methodology (another version, a hand edit): the pane starts from the defaults.
        stored = undefined;
      }
      return { ...choices, methodology: stored };
    },
    save: async (settings) => {
      // Every page's choices under the pane's key; the methodology in its own store (below), once.
      bag.set(SETTINGS_KEY, JSON.stringify({ ...settings, methodology: undefined }));
      // write() saves the whole bag, the years above included, and tells its listeners (SHNOR cells recalculate).
      await methodology.write(settings.methodology ?? {});
    },
  };
}

const sessionStore = memorySettingsStore();

export function settingsStoreFor(host: WorkbookHost): SettingsStore {
  if (hostHasSettings(host)) return textSettingsStore(host.settings);
  const bag = officeSettingsBag();
  return bag ? workbookSettingsStore(bag) : sessionStore;
}
