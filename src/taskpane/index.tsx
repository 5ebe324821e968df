/**
 * Entry of the task pane. Renders when Office is ready, and also without Office (plain browser, UI tests, or an
 * Office that is slow to initialise) so the pane never stays blank; a late Office.onReady re-renders with
 * Office's theme and language.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initialLanguage, saveLanguage } from "./language";
import { type OfficeEnvironment, whenOfficeReady } from "./officeEnvironment";
import { paneTheme } from "./theme";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(env: OfficeEnvironment): void {
  root.render(
    <StrictMode>
      <App theme={paneTheme(env)} defaultLang={initialLanguage(env)} onLangChange={saveLanguage} />
    </StrictMode>,
  );
}

whenOfficeReady(render);
