/**
 * The task pane built by webpack, in Chromium at pane size, outside Office: Home in Russian, English, About through
 * the keyboard, and not one request beyond 127.0.0.1. Screenshots go to test-results/ui/ for a human to look at.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { describeInChromium, officeCdn, officeJsUrl, type PaneHarness, type PaneSession, screenshotDir, startPaneHarness } from "./harness";

interface Metadata {
  functions: Array<{ id: string; name: string }>;
}

const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };

const heading = (page: Page, level: number, name: string) => page.getByRole("heading", { level, name, exact: true });

/** Waits until the element with this whole text (or matching the pattern) is visible; returns its rendered text. */
async function visibleText(page: Page, text: string | RegExp): Promise<string> {
  const locator = page.getByText(text, { exact: true }).first();
  await locator.waitFor({ state: "visible" });
  return locator.innerText();
}

/** Nothing may be wider than the pane: a horizontal scrollbar at 360 px is a layout bug. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Presses Tab until the focused element has `label` as its accessible label; fails after `max` presses. */
async function tabTo(page: Page, label: string, max = 30): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? el.getAttribute("aria-label") ?? el.textContent ?? "" : "";
    });
    if (focused === label) return;
    seen.push(focused);
  }
  throw new Error(`"${label}" not reached by Tab; focus went through: ${JSON.stringify(seen)}`);
}

describeInChromium("task pane in Chromium (360×640, outside Office)", () => {
  let harness: PaneHarness;
  let session: PaneSession | undefined;

  beforeAll(async () => {
    harness = await startPaneHarness();
  }, 300_000);
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("loads only itself and Office.js: no other remote script, style or font in the built page", () => {
    const html = fs.readFileSync(path.join(harness.outDir, "taskpane.html"), "utf8");
    // Attribute values quoted or not (a production build minifies the HTML).
    const urls = [...html.matchAll(/\b(?:src|href)=(?:"([^"]*)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
    expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([officeJsUrl]);
    const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
  });

  it("shows Home in Russian, switches to English and remembers it, opens About and comes back by keyboard", async () => {
    session = await harness.openPane();
    const { page } = session;
    await page.goto(`${harness.origin}/taskpane.html`);

    // Russian by default, and Office.js really ran (outside Office it reports no host).
    await heading(page, 1, "ШНОР Аналитика").waitFor();
    const host = await page.evaluate(() =>
      Promise.race([Office.onReady().then((info) => info.host), new Promise((r) => setTimeout(() => r("onReady never resolved"), 5000))]),
    );
    expect(host).toBeNull();
    await heading(page, 2, "Главная").waitFor();
    // The workflows come first, each with its one line; the reference page after them.
    await heading(page, 3, "Список ШНОР и зона риска").waitFor();
    await heading(page, 3, "Динамика за два года").waitFor();
    expect(await page.getByText("Расчёты в панели ещё не подключены.").count()).toBe(0);
    await heading(page, 3, "О надстройке").waitFor();
    expect(await visibleText(page, "Версия, методика, функции листа и конфиденциальность.")).toBeTruthy();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, "pane-home-ru.png"), animations: "disabled" });

    // English on request, kept across a reload.
    await page.getByRole("button", { name: "English (EN)" }).click();
    await heading(page, 1, "SHNOR Analytics").waitFor();
    await heading(page, 2, "Home").waitFor();
    await heading(page, 3, "ШНОР list and zone of risk").waitFor();
    expect(await page.getByRole("button", { name: "Open: About" }).innerText()).toBe("Open");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, "pane-home-en.png"), animations: "disabled" });
    await page.reload();
    await heading(page, 1, "SHNOR Analytics").waitFor();
    expect(await page.evaluate(() => document.title)).toBe("SHNOR Analytics");

    // Back to Russian; then Home → About → Home with the keyboard only.
    await page.getByRole("button", { name: "Русский (RU)" }).click();
    await heading(page, 1, "ШНОР Аналитика").waitFor();
    await page.locator("body").focus();
    await tabTo(page, "Открыть: О надстройке");
    await page.keyboard.press("Enter");
    const about = heading(page, 2, "О надстройке");
    await about.waitFor();
    expect(await about.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(await visibleText(page, `Версия ${version}`)).toBeTruthy();
    await heading(page, 3, "Методика").waitFor();
    expect(await visibleText(page, /^ШНОР — школы с низкими образовательными результатами/)).toContain("приказ №\u00a0847");
    expect(await visibleText(page, /Пространство имён SHNOR/)).toContain("=SHNOR.ИМЯ(…)");
    // Every function of the build's Russian metadata, under the name Russian Excel shows.
    const ru = JSON.parse(fs.readFileSync(path.join(harness.outDir, "functions-ru.json"), "utf8")) as Metadata;
    expect(ru.functions.length).toBeGreaterThan(0);
    for (const f of ru.functions) expect(await visibleText(page, `SHNOR.${f.name}`)).toBe(`SHNOR.${f.name}`);
    await heading(page, 3, "Конфиденциальность").waitFor();
    expect(await visibleText(page, /^Данные не покидают книгу/)).toBeTruthy();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, "pane-about.png"), fullPage: true, animations: "disabled" });

    // Shift+Tab from the heading reaches "На главную"; Home then gives the focus back to the About card.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("На главную");
    await page.keyboard.press("Enter");
    await heading(page, 2, "Главная").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Открыть: О надстройке");

    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    // Two page loads, each fetching Office.js (and its own helper) from the CDN address, answered locally.
    expect(session.officeJsRequests.filter((u) => u === officeJsUrl)).toHaveLength(2);
    expect(session.officeJsRequests.every((u) => u.startsWith(officeCdn))).toBe(true);
  }, 90_000);

  it("inside a dark, English Office on first run: follows Office's theme and language", async () => {
    // A stand-in for an Office host: onReady reports Excel with Office's dark theme and English UI.
    const fakeOffice = `
      window.CustomFunctions = { associate: function () {} };
      window.Office = {
        context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626", isDarkTheme: true } },
        onReady: function (cb) {
          var info = { host: "Excel", platform: "PC" };
          if (cb) cb(info);
          return Promise.resolve(info);
        },
      };`;
    session = await harness.openPane({ officeJsBody: fakeOffice });
    const { page } = session;
    await page.goto(`${harness.origin}/taskpane.html`);
    await heading(page, 1, "SHNOR Analytics").waitFor();
    // Dark: the pane's background is darker than its text.
    const [bg, fg] = await page.evaluate(() => {
      const root = document.querySelector(".fui-FluentProvider") as HTMLElement;
      const style = getComputedStyle(root);
      return [style.backgroundColor, style.color];
    });
    const lum = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((s, c) => s + Number(c), 0);
    expect(lum(bg)).toBeLessThan(lum(fg));
    expect(lum(bg)).toBeLessThan(3 * 80);
    await page.screenshot({ path: path.join(screenshotDir, "pane-home-dark-en.png"), animations: "disabled" });
    expect(session.errors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  }, 60_000);
});
