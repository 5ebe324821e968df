/**
 * What the pane needs to know about its host, read once Office.js is ready. Outside Office (a plain browser, the
 * UI tests) Office.js still resolves onReady, with host null; then nothing is read from Office.context.
 */
export interface OfficeEnvironment {
  /** True inside an Office client; false in a plain browser or when Office.js is missing or too slow. */
  inOffice: boolean;
  /** Office's UI language, e.g. "ru-RU", "en-US". */
  displayLanguage?: string;
  /** Office's theme colours; absent on hosts that do not report them. */
  theme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
}

export const outsideOffice: OfficeEnvironment = { inOffice: false };

/** Reads the environment after Office.onReady; properties a host does not support are left out. */
export function readOfficeEnvironment(info: { host: Office.HostType | null }): OfficeEnvironment {
  if (!info.host) return outsideOffice;
  const env: OfficeEnvironment = { inOffice: true };
  try {
    env.displayLanguage = Office.context.displayLanguage;
  } catch {
    // Leave the language unknown: the pane falls back to Russian.
  }
  try {
    const theme = Office.context.officeTheme;
    if (theme) env.theme = { bodyBackgroundColor: theme.bodyBackgroundColor, isDarkTheme: theme.isDarkTheme };
  } catch {
    // Older hosts throw on officeTheme: keep the light theme.
  }
  return env;
}

/**
 * Calls `render` at once with `outsideOffice` when Office.js did not load, otherwise on Office.onReady; if Office
 * is not ready within `fallbackMs`, renders outside-Office first and again when (if ever) Office becomes ready.
 */
export function whenOfficeReady(render: (env: OfficeEnvironment) => void, fallbackMs = 1500): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    render(outsideOffice);
    return;
  }
  const timer = setTimeout(() => render(outsideOffice), fallbackMs);
  Office.onReady().then(
    (info) => {
      clearTimeout(timer);
      render(readOfficeEnvironment(info));
    },
    // A failed initialisation leaves the pane to the timer's outside-Office render.
    () => undefined,
  );
}
