#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the bundled sample region — the ШНОР list of 2025 (results of 2024), the
 * dynamics 2023 → 2024 with the group reports and cluster transitions, and from the region's student scores (written
 * to out/, not committed: it is large) the score indices ИНР/ИМР and the ГИА deviation of 2024 — written to out/.
 * Then the context families on the context inputs of the same schools (written to out/context/): ИСБШ with the risk
 * zone, ОИП and the 2016 criteria, resource deficits with indicators 11–12, «500+» risk profiles, the seed-000
 * dashboard of 2025 and the summary of the municipalities' filled expertise templates (indicators 17–18).
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
const context = path.join(out, "context");
const shnorJson = path.join(out, "shnor-2025.json");
// The summary reads every file of out/context/expertise: templates of an earlier run must not linger there.
fs.rmSync(path.join(context, "expertise"), { recursive: true, force: true });
// The sample's latest results are of 2024, a year before the project (2025–2029): the targets of its first year
// are applied so that the programme verdicts show.
const steps = [
  ["identify", sample, "--year", "2024", "--out", path.join(out, "shnor-2025.xlsx")],
  ["identify", sample, "--year", "2024", "--format", "json", "--out", path.join(out, "shnor-2025.json")],
  ["dynamics", sample, "--from", "2023", "--to", "2024", "--out", path.join(out, "dynamics-2023-2024.xlsx")],
  ["sample", "--students", students],
  ["indices", students, "--year", "2024", "--target-year", "2025", "--out", path.join(out, "indices-2024.xlsx")],
  ["deviation", students, "--year", "2024", "--target-year", "2025", "--out", path.join(out, "deviation-2024.xlsx")],
  ["sample", "--context", context],
  ["context", path.join(context, "social-2024.xlsx"), "--year", "2024", "--shnor", shnorJson, "--oip", path.join(context, "oip-2023-2024.csv"),
    "--federal", path.join(context, "federal-schools-2024.xlsx"), "--means", path.join(context, "federal-means-2024.csv"), "--region-unemployment", "5,2",
    "--out", path.join(out, "context-2024.xlsx")],
  ["deficits", path.join(context, "resources-2023-2024.xlsx"), "--sheet", "Кадры", "--equipment-sheet", "МТО", "--year", "2024", "--shnor", shnorJson,
    "--cohort-file", path.join(context, "project-schools.csv"), "--target-year", "2025", "--out", path.join(out, "deficits-2024.xlsx")],
  ["risks", path.join(context, "risk-profiles-2024.xlsx"), "--next-list", shnorJson, "--out", path.join(out, "risks-2024.xlsx")],
  ["indicators", "template", "--template", "seed000", "--out", path.join(context, "seed000-inputs-template.xlsx")],
  ["indicators", path.join(context, "programme-seed000-2025.xlsx"), "--template", "seed000", "--year", "2025", "--out", path.join(out, "dashboard-2025.xlsx")],
  ["expertise", "template", "--rubric", "municipal", "--out", path.join(context, "expertise-template.xlsx")],
];
function shnor(args) {
  console.log(`\n$ shnor ${args.map((a) => path.relative(root, a) || a).join(" ")}`);
  execFileSync(process.execPath, [path.join(root, "bin", "shnor.js"), ...args], { cwd: root, stdio: "inherit" });
}
for (const args of steps) shnor(args);
// The filled templates the municipalities sent back: every file of the folder (one of them holds two sheets).
const filled = fs.readdirSync(path.join(context, "expertise")).sort().map((f) => path.join(context, "expertise", f));
shnor(["expertise", "summary", ...filled, "--year", "2025", "--out", path.join(out, "expertise-summary.xlsx")]);
console.log(`\nГотово. Результаты в папке ${path.relative(process.cwd(), out) || "."}/:`);
for (const f of fs.readdirSync(out).sort()) console.log(`  ${path.join(path.relative(process.cwd(), out), f)}`);
