/**
 * The task pane's share of the work at region size, in the browser: the core (lib/, compiled by tsc) bundled by
 * webpack for the web as the pane gets it, run in Debian's Chromium. A sheet of 1,000 schools × 3 years × 9
 * assessments as Range.values hands it over is read (readAggregateTable), identified and turned into the report
 * the pane writes — the part between "values read from Excel" and "values written to Excel". Issue #8's target:
 * under 100 ms.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";

/** Bundles lib/core and lib/i18n for the web into one script; resolves to its text. */
function bundleCore(dir) {
  const webpack = require("webpack");
  const entry = path.join(dir, "entry.js");
  fs.writeFileSync(entry, `window.Shnor = { core: require(${JSON.stringify(path.join(root, "lib", "core", "index.js"))}), i18n: require(${JSON.stringify(path.join(root, "lib", "i18n", "index.js"))}) };\n`);
  return new Promise((resolve, reject) => {
    webpack({ mode: "production", target: "web", entry, output: { path: dir, filename: "core.js" }, performance: { hints: false } }, (err, stats) => {
      if (err || stats.hasErrors()) reject(err ?? new Error(stats.toString("errors-only")));
      else resolve(fs.readFileSync(path.join(dir, "core.js"), "utf8"));
    });
  });
}

/** Runs in the page: builds the sheet, then times the pane's core steps `runs` times. */
function paneCoreInPage({ schools, runs }) {
  const { core, i18n } = window.Shnor;
  const ids = core.DEFAULT_ASSESSMENT_IDS;
  let s = 7;
  const rand = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const values = [["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", "Количество «2»"]];
  for (let i = 0; i < schools; i++) {
    for (const year of [2022, 2023, 2024]) {
      for (const a of ids) {
        const n = Math.floor(rand() * 60);
        values.push([`sch${i}`, `МБОУ СОШ № ${i}`, `МО ${i % 30}`, i % 2 ? "село" : "город", year, a, n, Math.floor(n * rand() * rand() * 0.9)]);
      }
    }
  }
  const tr = (key, params) => i18n.t(key, params, "ru");
  const times = [];
  const stages = { read: [], identify: [], report: [] };
  let shnor = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const table = core.readAggregateTable({ values, sheet: "Данные" });
    core.requireValid(table.problems);
    const t1 = performance.now();
    const result = core.identify(table.rows, 2024);
    const t2 = performance.now();
    core.identifyReport(result, tr);
    const t3 = performance.now();
    times.push(t3 - t0);
    stages.read.push(t1 - t0);
    stages.identify.push(t2 - t1);
    stages.report.push(t3 - t2);
    shnor = result.summary.shnor;
  }
  return { times, stages, shnor, rows: values.length - 1 };
}

async function benchPaneCore({ schools = 1000, runs = 7 } = {}) {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no ${CHROMIUM}` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-bench-browser-"));
  try {
    const script = await bundleCore(dir);
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    try {
      const page = await browser.newPage();
      await page.setContent("<!doctype html><meta charset=utf-8><title>bench</title>");
      await page.addScriptTag({ content: script });
      const r = await page.evaluate(paneCoreInPage, { schools, runs });
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const stages = Object.fromEntries(Object.entries(r.stages).map(([k, xs]) => [k, median(xs)]));
      const firstStages = Object.fromEntries(Object.entries(r.stages).map(([k, xs]) => [k, xs[0]]));
      return { rows: r.rows, shnor: r.shnor, first: r.times[0], median: median(r.times), stages, firstStages, bundleKB: Buffer.byteLength(script) / 1024, version: browser.version() };
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the section of `npm run bench`. */
async function printPaneCore() {
  console.log("\n5. the task pane's core at region size, in Chromium (values from Excel → report to write; target < 100 ms)");
  const r = await benchPaneCore();
  if (r.skipped) {
    console.log(`  skipped: ${r.skipped}`);
    return;
  }
  console.log(`  Chromium ${r.version}, core bundle ${r.bundleKB.toFixed(0)} KB; ${r.rows} rows (1,000 schools), ШНОР ${r.shnor}`);
  const parts = (st) => `read ${st.read.toFixed(0)}, identify ${st.identify.toFixed(0)}, report ${st.report.toFixed(0)}`;
  console.log(`  read + identify + report: first run ${r.first.toFixed(0)} ms (${parts(r.firstStages)}), median of 7 ${r.median.toFixed(0)} ms (${parts(r.stages)})`);
}

module.exports = { benchPaneCore, printPaneCore };

if (require.main === module) printPaneCore();
