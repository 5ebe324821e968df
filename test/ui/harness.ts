/**
 * Builds the pane with the project's own webpack config, serves it on 127.0.0.1 and opens it in Debian's Chromium
 * through playwright-core, with the network fenced: Office.js is served from the local npm copy (so the page runs
 * as in a browser outside Office) and every other request leaving 127.0.0.1 is aborted and recorded. Office.js
 * itself loads a helper from its own folder (o15apptofilemappingtable.js, without which onReady never resolves
 * outside Office); files of that folder are Office.js, answered from the same local copy and counted with it.
 * Workflow UI tests reuse it: `describeInChromium`, `startPaneHarness`, `harness.openPane()`.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import webpack from "webpack";

export const repoRoot = path.resolve(__dirname, "..", "..");
export const screenshotDir = path.join(repoRoot, "test-results", "ui");
export const chromiumPath = "/usr/bin/chromium";
/** The flags of research/tooling.md §8: headless, and no background traffic of Chromium's own. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
/** Office.js's CDN folder; the npm package's dist/ mirrors it. */
export const officeCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const officeJsUrl = `${officeCdn}office.js`;
const officeCdnPath = new URL(officeCdn).pathname;
export const localOfficeDist = path.join(repoRoot, "node_modules", "@microsoft", "office-js", "dist");
/** The task pane's size in Excel on a laptop. */
export const paneViewport = { width: 360, height: 640 };

/**
 * `describe` when Chromium is installed. Without it: a failing test in CI (where it must be installed), a skipped
 * suite and a warning on a developer machine.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (fs.existsSync(chromiumPath)) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`${chromiumPath} not found: install it with \`apt-get install chromium\` (UI tests run in CI).`);
      });
    });
  } else {
    console.warn(`${name}: skipped, ${chromiumPath} not found (apt-get install chromium to run the UI tests).`);
    describe.skip(name, body);
  }
}

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => webpack.Configuration;

/** Builds the add-in in development mode into `outDir` with webpack.config.js; throws with webpack's errors. */
export async function buildPane(outDir: string): Promise<void> {
  const makeConfig = createRequire(path.join(repoRoot, "package.json"))("./webpack.config.js") as ConfigFactory;
  const config = makeConfig({}, { mode: "development" });
  config.mode = "development";
  config.context = repoRoot;
  config.output = { ...config.output, path: outDir };
  // The metadata plugins resolve their inputs from the working directory.
  const cwd = process.cwd();
  process.chdir(repoRoot);
  try {
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) return reject(err);
        if (!stats || stats.hasErrors()) {
          return reject(new Error(stats ? stats.toString({ all: false, errors: true, errorDetails: true }) : "no stats"));
        }
        resolve();
      });
    });
  } finally {
    process.chdir(cwd);
  }
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

/** A static file server for `dir` on 127.0.0.1 and a free port. */
export async function serveDirectory(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(pathname));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Chromium with HOME and XDG dirs in `home`: it writes crash reports there even with a temporary profile. */
export async function launchChromium(home: string): Promise<Browser> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: path.join(home, ".config"), XDG_CACHE_HOME: path.join(home, ".cache") });
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, env });
}

export interface PaneSession {
  page: Page;
  /** Uncaught exceptions, console errors and failed local responses, in order. */
  errors: string[];
  /** Requests that tried to leave 127.0.0.1 (all aborted), Office.js excepted. */
  outsideRequests: string[];
  /** Requests for Office.js and its own files from its CDN, each answered from the local copy. */
  officeJsRequests: string[];
  close: () => Promise<void>;
}

export interface OpenPaneOptions {
  /** Replaces Office.js, e.g. with a script that simulates an Office host; default: the real Office.js. */
  officeJsBody?: string;
}

/** A new browser context (empty storage) at pane size, with the network fence and error recording in place. */
export async function openPane(browser: Browser, options: OpenPaneOptions = {}): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: paneViewport, serviceWorkers: "block" });
  const session: PaneSession = {
    page: await context.newPage(),
    errors: [],
    outsideRequests: [],
    officeJsRequests: [],
    close: () => context.close(),
  };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    const contentType = "application/javascript; charset=utf-8";
    if (url === officeJsUrl && options.officeJsBody !== undefined) {
      session.officeJsRequests.push(url);
      return route.fulfill({ contentType, body: options.officeJsBody });
    }
    const local = url.startsWith(officeCdn) ? path.join(localOfficeDist, path.normalize(new URL(url).pathname.slice(officeCdnPath.length))) : "";
    if (local.startsWith(localOfficeDist + path.sep) && fs.existsSync(local)) {
      session.officeJsRequests.push(url);
      return route.fulfill({ contentType, path: local });
    }
    session.outsideRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const { page, errors } = session;
  // Fail a step with Playwright's message (what it waited for) well before jest's test timeout; 30 s because a loaded
  // machine may take a while to read a workbook through the bridge (a walk should fail on its checks, not its pace).
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console error: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return session;
}

export interface PaneHarness {
  /** Where the pane was built: taskpane.html, functions.json, functions-ru.json, manifest.xml, ... */
  outDir: string;
  origin: string;
  browser: Browser;
  openPane: (options?: OpenPaneOptions) => Promise<PaneSession>;
  close: () => Promise<void>;
}

/** Builds, serves and launches once per test file (the build takes most of the time). */
export async function startPaneHarness(): Promise<PaneHarness> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-ui-"));
  const outDir = path.join(tmp, "dist");
  const home = path.join(tmp, "home");
  fs.mkdirSync(home);
  const cleanup: Array<() => Promise<void>> = [async () => fs.rmSync(tmp, { recursive: true, force: true })];
  const close = async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  };
  try {
    await buildPane(outDir);
    const server = await serveDirectory(outDir);
    cleanup.push(server.close);
    const browser = await launchChromium(home);
    cleanup.push(() => browser.close());
    fs.mkdirSync(screenshotDir, { recursive: true });
    return { outDir, origin: server.origin, browser, openPane: (options) => openPane(browser, options), close };
  } catch (e) {
    await close();
    throw e;
  }
}
