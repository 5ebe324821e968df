import { FluentProvider, makeStyles, Spinner, type Theme, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { type Lang, t } from "../i18n";
import { Header } from "./components/Header";
import { PageFrame } from "./components/PageFrame";
import { fetchFunctionCatalog, type FunctionCatalogLoader } from "./functionCatalog";
import { LangContext } from "./i18n";
import { HomePage } from "./pages/HomePage";
import { FunctionCatalogContext } from "./useFunctionCatalog";
import { aboutPageId, type WorkflowEntry, workflows } from "./workflows";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  theme?: Theme;
  /** The language until the user picks one in the pane (stored choice, else Office's language, else Russian). */
  defaultLang?: Lang;
  /** Called when the user picks a language, to remember it. */
  onLangChange?: (lang: Lang) => void;
  loadFunctions?: FunctionCatalogLoader;
  entries?: readonly WorkflowEntry[];
}

/** Which page is shown; `returnedFrom` lets Home put the focus back on the card the user came from. */
type Route = { page: string } | { page: null; returnedFrom?: string };

export function App({
  theme = webLightTheme,
  defaultLang = "ru",
  onLangChange,
  loadFunctions = fetchFunctionCatalog,
  entries = workflows,
}: AppProps) {
  const styles = useStyles();
  const [chosenLang, setChosenLang] = useState<Lang>();
  const lang = chosenLang ?? defaultLang;
  const [route, setRoute] = useState<Route>({ page: null });

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("pane_app_title", {}, lang);
  }, [lang]);

  const chooseLang = (l: Lang) => {
    setChosenLang(l);
    onLangChange?.(l);
  };
  const open = (page: string) => setRoute({ page });
  const goHome = () => setRoute({ page: null, returnedFrom: route.page ?? undefined });
  const entry = route.page === null ? undefined : entries.find((e) => e.id === route.page);

  return (
    // The layout class sits on a div, not on the provider: the provider copies its class to every portal
    // (tooltips, dialogs, chart popovers), and a full-height background there would blank the whole pane.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <LangContext.Provider value={lang}>
          <FunctionCatalogContext.Provider value={loadFunctions}>
            <Header lang={lang} onLangChange={chooseLang} onAbout={() => open(aboutPageId)} />
            <main className={styles.main}>
              {entry ? (
                <PageFrame key={entry.id} title={t(entry.titleKey, {}, lang)} onBack={goHome}>
                  <Suspense fallback={<Spinner size="small" label={t("pane_loading", {}, lang)} />}>
                    <entry.page />
                  </Suspense>
                </PageFrame>
              ) : (
                <HomePage entries={entries} onOpen={open} returnedFrom={"returnedFrom" in route ? route.returnedFrom : undefined} />
              )}
            </main>
          </FunctionCatalogContext.Provider>
        </LangContext.Provider>
      </div>
    </FluentProvider>
  );
}
