import { createContext, useContext, useEffect, useState } from "react";
import type { Lang } from "../i18n";
import { fetchFunctionCatalog, type FunctionCatalogLoader, type WorksheetFunction } from "./functionCatalog";

/** Where pages get the function list; tests and other hosts provide their own loader. */
export const FunctionCatalogContext = createContext<FunctionCatalogLoader>(fetchFunctionCatalog);

export type FunctionCatalogState =
  | { status: "loading" }
  | { status: "ready"; functions: WorksheetFunction[] }
  | { status: "error"; message: string };

/** Loads the functions in `lang`, reloading when the language changes and ignoring answers that arrive late. */
export function useFunctionCatalog(lang: Lang): FunctionCatalogState {
  const load = useContext(FunctionCatalogContext);
  const [state, setState] = useState<FunctionCatalogState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load(lang).then(
      (functions) => current && setState({ status: "ready", functions }),
      (e: unknown) => current && setState({ status: "error", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [load, lang]);
  return state;
}
