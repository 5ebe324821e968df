#!/usr/bin/env node
/**
 * `npm run bench`: timings on generated data (never part of the tests). Prints five tables:
 *  1. the identification core alone on region, large-region and country size (schools × 3 years × 9 assessments);
 *  2. `shnor identify` end to end (CSV → JSON file) beside DuckDB doing the same aggregation in SQL on the same CSV,
 *     with the ratio and peak memory, and the check that both find the same number of ШНОР;
 *  3. the worksheet functions and the size of the functions bundle;
 *  4. ИНР over the student files, beside DuckDB (tools/bench/inr.js);
 *  5. the task pane's core at region size in Chromium (tools/bench/browser.js).
 * `npm run bench -- --quick` skips the country size.
 */
const path = require("path");
const fs = require("fs");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..", "..");
if (!fs.existsSync(path.join(root, "lib", "index.js"))) {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root, stdio: "inherit" });
}
const lib = require(path.join(root, "lib", "index.js"));
const { growth } = require("./growth");

function rows(schools, seed = 1) {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const out = [];
  for (let i = 0; i < schools; i++) {
    const id = `sch${i}`;
    const municipality = `МО ${i % 60}`;
    for (const year of [2022, 2023, 2024]) {
      for (const assessmentId of lib.DEFAULT_ASSESSMENT_IDS) {
        const participants = Math.floor(rand() * 60);
        const failed = Math.floor(participants * rand() * rand() * 0.9);
        out.push({ schoolId: id, schoolName: id, municipality, locality: i % 2 ? "rural" : "urban", group: "", year, assessmentId, participants, failed, failedFromPercent: false, meanScore: null, row: out.length + 2 });
      }
    }
  }
  return out;
}

function time(fn) {
  const t = process.hrtime.bigint();
  const result = fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, result];
}

/** Median of `runs` timings of fn, in ms. */
function median(fn, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(time(fn)[0]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function benchEndToEnd() {
  const { aggregateCsv } = require("./generate");
  const { runShnor, runNode } = require("./endToEnd");
  const tmp = fs.mkdtempSync(path.join(require("os").tmpdir(), "shnor-bench-"));
  console.log("\n2. end to end on the same CSV: shnor identify (parse → compute → JSON file) vs DuckDB SQL (targets for the country: ≤ 3,000 ms, ≤ 2× DuckDB)");
  console.log("size          rows        shnor ms   shnor RSS MB   duckdb ms   duckdb RSS MB   ratio   ШНОР (ours = duckdb)");
  const points = [];
  for (const [name, n] of sizes) {
    const csv = aggregateCsv(n);
    const ours = runShnor(["identify", csv, "--year", "2024", "--format", "json", "--out", path.join(tmp, "ours.json")]);
    const duck = runNode(require.resolve("./duckdb"), "duckIdentify", [csv, 2024, path.join(tmp, "duck.json")]);
    const shnor = JSON.parse(fs.readFileSync(path.join(tmp, "ours.json"), "utf8")).summary.shnor;
    const rowsN = n * 27;
    points.push([rowsN, ours.ms]);
    console.log(`${name.padEnd(13)} ${String(rowsN).padStart(9)}   ${ours.ms.toFixed(0).padStart(8)}   ${ours.rssMB.toFixed(0).padStart(12)}   ${duck.ms.toFixed(0).padStart(9)}   ${duck.rssMB.toFixed(0).padStart(13)}   ${(ours.ms / duck.ms).toFixed(1).padStart(5)}×  ${shnor} ${shnor === duck.result ? "=" : "≠"} ${duck.result}`);
  }
  console.log(`   growth: ${growth(points)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

function benchFunctions() {
  // Worksheet functions as Excel calls them: ranges arrive as arrays of rows, blanks as null.
  const students = Array.from({ length: 100000 }, (_, i) => [((i * 7919) % 34) - 0, i % 17 === 0 ? null : (i * 104729) % 32]);
  const gia = 10000;
  const school = Array.from({ length: gia }, (_, i) => [40 + (i % 30)]);
  const region = Array.from({ length: gia }, (_, i) => [50 + (i % 11)]);
  const lri = median(() => lib.functions.LOWRESULTINDEX(students, [[15, 8]], [[33, 31]]));
  const dev = median(() => lib.functions.GIADEVIATION(school, region));
  console.log("\n3. worksheet functions (median of 7, argument conversion included)");
  console.log(`  LOWRESULTINDEX, 100,000 students × 2 subjects   ${lri.toFixed(1)} ms   (target < 50 ms)`);
  console.log(`  GIADEVIATION, 10,000 pairs                       ${dev.toFixed(1)} ms   (target < 50 ms)`);
  // Built here in production mode into a temporary folder: dist/ may hold a development build.
  const out = fs.mkdtempSync(path.join(require("os").tmpdir(), "shnor-bench-dist-"));
  try {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], { cwd: root, stdio: "pipe" });
    const code = fs.readFileSync(path.join(out, "functions.js"));
    const gz = require("zlib").gzipSync(code).length;
    console.log(`  functions bundle (production build)           ${(code.length / 1024).toFixed(1)} KB, gzipped ${(gz / 1024).toFixed(1)} KB   (target < 60 KB)`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const quick = process.argv.includes("--quick");
const sizes = [["region", 1000], ["large region", 5000], ...(quick ? [] : [["country", 40000]])];

function benchCore() {
  console.log("\n1. core alone (rows already in memory; first run, then the median of 5; target for the country: identify ≤ 500 ms)");
  console.log("size          schools   rows      identify ms (first / median)   dynamics ms   ШНОР    heap MB");
  for (const [name, n] of sizes) {
    const data = rows(n);
    const [first, result] = time(() => lib.identify(data, 2024));
    const steady = median(() => lib.identify(data, 2024), 5);
    const [tDynamics] = time(() => lib.dynamicsReport(data, 2023, 2024));
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(`${name.padEnd(13)} ${String(n).padStart(7)}   ${String(data.length).padStart(8)}  ${first.toFixed(0).padStart(13)} / ${steady.toFixed(0).padEnd(14)}   ${tDynamics.toFixed(0).padStart(11)}   ${String(result.summary.shnor).padStart(5)}   ${heap.toFixed(0).padStart(7)}`);
  }
}

async function main() {
  console.log(`Node ${process.version}, ${require("os").cpus().length} cores; load average ${require("os").loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  benchCore();
  benchEndToEnd();
  benchFunctions();
  await require("./inr").benchInr(quick);
  await require("./browser").printPaneCore();
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
