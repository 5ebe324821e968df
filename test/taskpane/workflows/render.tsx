import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Lang } from "../../../src/i18n";
import type { WorkbookHost } from "../../../src/host/WorkbookHost";
import { HostContext } from "../../../src/taskpane/host";
import { LangContext } from "../../../src/taskpane/i18n";

/** A page as the pane shows it: Fluent theme, the language, and the given host (null: no workbook). */
export function renderWithHost(page: ReactElement, host: WorkbookHost | null | undefined, lang: Lang = "ru") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>
        <HostContext.Provider value={host}>{page}</HostContext.Provider>
      </LangContext.Provider>
    </FluentProvider>,
  );
}
