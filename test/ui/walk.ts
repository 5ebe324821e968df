/**
 * Shared by the Chromium walks of the workflows: a suite's fixtures, harness and sessions (`useWalk`), the pane
 * opened over the test host bridge, the steps from source to settings, and what the tests look at on the page.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { type PaneHarness, type PaneSession, screenshotDir, startPaneHarness } from "./harness";
import { type BridgeLog, type BridgeOptions, installTestHost } from "./hostBridge";

export const heading = (page: Page, level: number, name: string | RegExp) => page.getByRole("heading", { level, name, exact: typeof name === "string" });
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, name), fullPage: true, animations: "disabled" });
export const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, " ");
export const horizontalOverflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Office.js, running outside Office, tries after a few seconds to frame its telemetry service; the page's CSP
 * blocks it (that is the fence working) and Chromium logs the refusal. Every other console error counts.
 */
const officeTelemetryBlocked = /^console error: Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/;
export const pageErrors = (s: PaneSession | undefined) => (s?.errors ?? []).filter((e) => !officeTelemetryBlocked.test(e));

/** Presses Tab until the focused element's text or label is `label`; fails after `max` presses. */
export async function tabTo(page: Page, label: string, max = 15): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "" : "";
    });
    if (focused.trim() === label) return;
    seen.push(focused);
  }
  throw new Error(`"${label}" not reached by Tab; focus went through: ${JSON.stringify(seen)}`);
}

/** The names of a written workbook's sheets, in order. */
export async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

/** From step 1 by mouse: read the data, check it with the columns as recognised, and wait for the check. */
export async function readAndCheck(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Прочитать данные" }).click();
  await heading(page, 3, "Шаг 2 из 6. Столбцы").waitFor();
  await page.getByRole("button", { name: "Проверить данные" }).click();
  await heading(page, 3, "Шаг 3 из 6. Проверка данных").waitFor();
}

/** From the check to the settings. */
export async function toSettings(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Далее: настройки" }).click();
  await heading(page, 3, "Шаг 4 из 6. Настройки").waitFor();
}

export interface Walk {
  /** The suite's temporary folder (fixtures and outputs), removed after it. */
  readonly tmp: string;
  /** The session of the running test, closed after it. */
  readonly session: PaneSession | undefined;
  /** A new session over the bridge with `options`, at the pane's Home. */
  open: (options: BridgeOptions) => Promise<{ page: Page; log: BridgeLog; session: PaneSession }>;
}

/**
 * A walk suite's lifecycle, to call in its describe block: a temporary folder (named from `prefix`) where `fixtures`
 * writes the inputs, then the harness, once; a session per test, closed after it; all removed at the end.
 */
export function useWalk(prefix: string, fixtures: (tmp: string) => Promise<void>): Walk {
  let harness: PaneHarness;
  let session: PaneSession | undefined;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    await fixtures(tmp);
    harness = await startPaneHarness();
  }, 300_000);
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(async () => {
    await harness?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  return {
    get tmp() {
      return tmp;
    },
    get session() {
      return session;
    },
    async open(options) {
      const opened = await harness.openPane();
      session = opened;
      const log = await installTestHost(opened.page, options);
      await opened.page.goto(`${harness.origin}/taskpane.html`);
      await heading(opened.page, 1, "ШНОР Аналитика").waitFor();
      return { page: opened.page, log, session: opened };
    },
  };
}
