/** Registers the pane's messages and gives components the current language and a bound `t`. */
import { createContext, useCallback, useContext, useMemo } from "react";
import { type Lang, registerMessages, t } from "../i18n";
import { contextPaneMessages } from "../i18n/messages/contextPane";
import { paneMessages } from "../i18n/messages/pane";
import { workflowMessages } from "../i18n/messages/workflows";
import { indicesPaneMessages } from "../i18n/messages/indicesPane";

registerMessages(paneMessages);
registerMessages(workflowMessages);
registerMessages(contextPaneMessages);
registerMessages(indicesPaneMessages);

export const LangContext = createContext<Lang>("ru");

export function useLang(): Lang {
  return useContext(LangContext);
}

export type TextFn = (key: string, params?: Record<string, string | number>) => string;

export function useText(): TextFn {
  const lang = useLang();
  return useCallback((key, params) => t(key, params, lang), [lang]);
}

/** The locale numbers and charts are shown in for a pane language. */
export function localeOf(lang: Lang): string {
  return lang === "ru" ? "ru-RU" : "en-US";
}

/** A number format in the pane's language (made once per language and options). */
export function useNumberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const lang = useLang();
  const key = JSON.stringify(options ?? {});
  // `key` stands for `options`, so an inline options object does not make a new format on every render.
  return useMemo(() => new Intl.NumberFormat(localeOf(lang), options), [lang, key]);
}
