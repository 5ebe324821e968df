/**
 * The pane's interface language. A user's explicit choice is kept in localStorage (it is a UI preference only and
 * never changes results); without one, Russian unless Office itself runs in another language.
 */
import type { Lang } from "../i18n";
import type { OfficeEnvironment } from "./officeEnvironment";

export const languageStorageKey = "shnor.pane.lang";

/** localStorage, or undefined where it is missing or blocked (private mode, some Office webviews). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function storedLanguage(store: Storage | undefined = storage()): Lang | undefined {
  try {
    const value = store?.getItem(languageStorageKey);
    return value === "ru" || value === "en" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(lang: Lang, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(languageStorageKey, lang);
  } catch {
    // Quota or policy: the choice then lasts for this session only.
  }
}

/** Office's display language as a pane language: any Russian locale → ru, any other known one → en. */
export function languageOfOffice(displayLanguage: string | undefined): Lang {
  return displayLanguage && !displayLanguage.toLowerCase().startsWith("ru") ? "en" : "ru";
}

export function initialLanguage(env: OfficeEnvironment, store: Storage | undefined = storage()): Lang {
  return storedLanguage(store) ?? (env.inOffice ? languageOfOffice(env.displayLanguage) : "ru");
}
