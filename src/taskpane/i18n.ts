/** Registers the pane's messages and gives components the current language and a bound `t`. */
import { createContext, useCallback, useContext } from "react";
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
