#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the bundled sample region — the ШНОР list of 2025 (results of 2024), the
 * dynamics 2023 → 2024 with the group reports and cluster transitions, and from the region's student scores (written
 * to out/, not committed: it is large) the score indices ИНР/ИМР and the ГИА deviation of 2024 — written to out/.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "lib", "cli", "main.js");
const sample = path.join(root, "samples", "region-sample.xlsx");
const out = path.join(root, "out");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestSource(path.join(root, "src"))) {
  console.log("Building the command line (lib/)…");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root, stdio: "inherit" });
}
fs.mkdirSync(out, { recursive: true });

const students = path.join(out, "students-2022-2024.csv");
// The sample's latest results are of 2024, a year before the project (2025–2029): the targets of its first year
// are applied so that the programme verdicts show.
const steps = [
  ["identify", sample, "--year", "2024", "--out", path.join(out, "shnor-2025.xlsx")],
  ["identify", sample, "--year", "2024", "--format", "json", "--out", path.join(out, "shnor-2025.json")],
  ["dynamics", sample, "--from", "2023", "--to", "2024", "--out", path.join(out, "dynamics-2023-2024.xlsx")],
  ["sample", "--students", students],
  ["indices", students, "--year", "2024", "--target-year", "2025", "--out", path.join(out, "indices-2024.xlsx")],
  ["deviation", students, "--year", "2024", "--target-year", "2025", "--out", path.join(out, "deviation-2024.xlsx")],
];
for (const args of steps) {
  console.log(`\n$ shnor ${args.map((a) => path.relative(root, a) || a).join(" ")}`);
  execFileSync(process.execPath, [path.join(root, "bin", "shnor.js"), ...args], { cwd: root, stdio: "inherit" });
}
console.log(`\nГотово. Результаты в папке ${path.relative(process.cwd(), out) || "."}/:`);
for (const f of fs.readdirSync(out).sort()) console.log(`  ${path.join(path.relative(process.cwd(), out), f)}`);
