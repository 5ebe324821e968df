/**
 * The identification settings of a workbook, stored in the workbook itself (Office document settings travel
 * with the file), not per user: two analysts opening one regional workbook compute the same lists.
 *
 * The full resolved settings are stored, not only the changes from the defaults, so a later version of the
 * add-in with other defaults still reproduces the numbers of a saved workbook. Whatever is read is checked
 * with resolveSettings: a bad stored value is an error naming the setting, never a silent default.
 */
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings, resolveSettings } from "../../core/settings";
import { excelError } from "./messages";

/** The part of Office.Settings the store uses. */
export interface SettingsBag {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export const IDENTIFY_SETTINGS_KEY = "shnor.identifySettings";
const FORMAT_VERSION = 1;

interface Stored {
  version: number;
  values: Partial<IdentifySettings>;
}

export type SettingsListener = (settings: IdentifySettings) => void;

export class WorkbookSettingsStore {
  private readonly listeners = new Set<SettingsListener>();

  /** `bag` defaults to `Office.context.document.settings`, looked up when first needed. */
  constructor(private readonly bag?: SettingsBag) {}

  /** The workbook's settings, or the defaults when it has none. */
  read(): IdentifySettings {
    const stored = this.settings().get(IDENTIFY_SETTINGS_KEY) as Stored | null | undefined;
    if (stored === null || stored === undefined) return resolveSettings();
    const values = typeof stored === "object" && typeof stored.values === "object" && stored.values !== null ? stored.values : {};
    return resolveSettings(knownOnly(values));
  }

  /** Whether the workbook carries its own settings. */
  has(): boolean {
    const stored = this.settings().get(IDENTIFY_SETTINGS_KEY);
    return stored !== null && stored !== undefined;
  }

  /** Checks, stores and saves the settings (defaults fill what is not given); returns what was stored. */
  async write(settings: Partial<IdentifySettings>): Promise<IdentifySettings> {
    const resolved = resolveSettings(knownOnly(settings));
    const stored: Stored = { version: FORMAT_VERSION, values: resolved };
    const bag = this.settings();
    const previous = bag.get(IDENTIFY_SETTINGS_KEY);
    bag.set(IDENTIFY_SETTINGS_KEY, stored);
    try {
      await this.save();
    } catch (e) {
      // Not saved: the in-memory copy would be saved by the next unrelated save, so put the old value back.
      if (previous === null || previous === undefined) bag.remove(IDENTIFY_SETTINGS_KEY);
      else bag.set(IDENTIFY_SETTINGS_KEY, previous);
      throw e;
    }
    this.notify(resolved);
    return resolved;
  }

  /** Changes some settings, keeping the others as stored. */
  update(patch: Partial<IdentifySettings>): Promise<IdentifySettings> {
    return this.write({ ...this.read(), ...patch });
  }

  /** Removes the workbook's settings: the defaults apply again. */
  async reset(): Promise<IdentifySettings> {
    this.settings().remove(IDENTIFY_SETTINGS_KEY);
    await this.save();
    const defaults = resolveSettings();
    this.notify(defaults);
    return defaults;
  }

  /** Called after every change made through this store (e.g. to recalculate SHNOR cells). */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private settings(): SettingsBag {
    return this.bag ?? (Office.context.document.settings as unknown as SettingsBag);
  }

  private save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings().saveAsync((result) => {
        if (String(result.status) === "failed") reject(excelError("excel_settings_save_failed", { reason: result.error?.message ?? "—" }));
        else resolve();
      });
    });
  }

  private notify(settings: IdentifySettings): void {
    for (const listener of this.listeners) listener(settings);
  }
}

/** Keys of IdentifySettings only: a value stored by another version must not leak into the settings. */
function knownOnly(values: object): Partial<IdentifySettings> {
  const known = new Set(Object.keys(DEFAULT_IDENTIFY_SETTINGS));
  return Object.fromEntries(Object.entries(values).filter(([k]) => known.has(k))) as Partial<IdentifySettings>;
}
