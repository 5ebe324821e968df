/**
 * `npm run bench`, section 4: the ИНР over student rows (issue #8: 20 million rows streamed in ≤ 20 s and ≤ 1.5 GB).
 * `shnor indices` end to end (wide-format student CSV → ИНР table as CSV) beside DuckDB computing the same low-result
 * share per school × procedure × grade in SQL over the same CSV, each in its own process (wall time, peak RSS), and
 * the check that both count the same participants, the same low-result students and the same groups with ИНР ≥ 30 %.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { growth } = require("./growth");

const root = path.resolve(__dirname, "..", "..");

/** B_min data of the groups in the generated files: procedure as written, grade, Russian min/max, mathematics min/max. */
function specRows() {
  const { DEFAULT_SCORE_SPECS } = require(path.join(root, "lib", "core", "catalog", "scoreSpecs.js"));
  const find = (procedure, subject, grade) => DEFAULT_SCORE_SPECS.find((s) => s.procedure === procedure && s.subject === subject && s.grade === grade && s.yearFrom <= 2024 && 2024 <= s.yearTo && !s.level);
  return [["ВПР", "VPR", 4], ["ВПР", "VPR", 5], ["ВПР", "VPR", 6], ["ОГЭ", "OGE", 9]].map(([text, code, grade]) => {
    const r = find(code, "RUS", grade);
    const m = find(code, "MATH", grade);
    return [text, grade, r.min, r.max, m.min, m.max];
  });
}

/** The ИНР in SQL (METHODOLOGY §6: low = 100·score < 100·min + 5·max in at least one mass subject). */
async function duckInr(csv, specs) {
  const { DuckDBInstance } = require("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const q = (s) => String(s).replace(/'/g, "''");
  const values = specs.map(([p, g, rmin, rmax, mmin, mmax]) => `('${q(p)}', ${g}, ${rmin}, ${rmax}, ${mmin}, ${mmax})`).join(", ");
  const sql = `
    WITH s(procedure, grade, rmin, rmax, mmin, mmax) AS (VALUES ${values}),
    g AS (
      SELECT d.school_id, d.procedure, d.grade,
             count(*) FILTER (WHERE d."Русский язык" IS NOT NULL OR d."Математика" IS NOT NULL) AS participants,
             count(*) FILTER (WHERE 100 * d."Русский язык" < 100 * s.rmin + 5 * s.rmax OR 100 * d."Математика" < 100 * s.mmin + 5 * s.mmax) AS low
      FROM read_csv('${q(csv)}', header = true, auto_detect = true) d JOIN s ON d.procedure = s.procedure AND d.grade = s.grade
      GROUP BY ALL
    )
    SELECT count(*) AS groups, sum(participants) AS participants, sum(low) AS low,
           count(*) FILTER (WHERE 10 * low >= 3 * participants) AS high,
           list(school_id || '|' || procedure || '|' || grade || '=' || participants || '/' || low ORDER BY school_id, procedure, grade)
             FILTER (WHERE school_id IN ('s0', 's1', 's2')) AS sample
    FROM g`;
  const reader = await con.runAndReadAll(sql);
  const [groups, participants, low, high, sample] = reader.getRows()[0];
  return { groups: Number(groups), participants: Number(participants), low: Number(low), high: Number(high), sample: sample.items.map(String).join(" ") };
}

/** The same figures from our ИНР table (CSV written by `shnor indices --table inr --lang en`). */
function oursFromCsv(file) {
  const lines = fs.readFileSync(file, "utf8").replace(/^\ufeff/, "").split(/\r?\n/).filter(Boolean);
  const header = lines[0].split(";");
  const [id, proc, grade, part, low] = ["School ID", "Procedure", "Grade", "Participants", "Low in at least one subject"].map((h) => header.indexOf(h));
  let participants = 0;
  let lowSum = 0;
  let high = 0;
  const sample = [];
  for (const line of lines.slice(1)) {
    const c = line.split(";");
    const n = Number(c[part]);
    const f = Number(c[low]);
    participants += n;
    lowSum += f;
    if (10 * f >= 3 * n) high++;
    if (["s0", "s1", "s2"].includes(c[id])) sample.push(`${c[id]}|${c[proc]}|${c[grade]}=${n}/${f}`);
  }
  return { groups: lines.length - 1, participants, low: lowSum, high, sample: sample.sort().join(" ") };
}

function benchInr(quick) {
  const { studentCsv } = require("./generate");
  const { runShnor, runNode } = require("./endToEnd");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-bench-inr-"));
  const sizes = [["region", 1000], ["large region", 5000], ...(quick ? [] : [["country", 40000]])];
  const specs = specRows();
  console.log(`\n4. ИНР over student rows: shnor indices (stream CSV → ИНР table CSV) vs DuckDB SQL; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log("size          rows         MB   shnor ms   shnor RSS MB   duckdb ms   duckdb RSS MB   ratio   groups   ИНР ≥ 30 % (ours = duckdb)   same counts");
  const points = [];
  for (const [name, schools] of sizes) {
    const { file, rows } = studentCsv(schools);
    const out = path.join(tmp, "inr.csv");
    const ours = runShnor(["indices", file, "--year", "2024", "--format", "csv", "--table", "inr", "--lang", "en", "--out", out]);
    if (ours.code !== 0) throw new Error(`shnor indices exited with ${ours.code}`);
    const duck = runNode(__filename, "duckInr", [file, specs]);
    const o = oursFromCsv(out);
    const d = duck.result;
    const same = o.groups === d.groups && o.participants === d.participants && o.low === d.low && o.high === d.high && o.sample === d.sample;
    const mb = fs.statSync(file).size / 2 ** 20;
    points.push([rows, ours.ms]);
    console.log(
      `${name.padEnd(13)} ${String(rows).padStart(10)} ${mb.toFixed(0).padStart(6)}   ${ours.ms.toFixed(0).padStart(8)}   ${ours.rssMB.toFixed(0).padStart(12)}   ${duck.ms.toFixed(0).padStart(9)}   ${duck.rssMB.toFixed(0).padStart(13)}   ${(ours.ms / duck.ms).toFixed(1).padStart(5)}×  ${String(o.groups).padStart(7)}   ${String(o.high).padStart(8)} ${o.high === d.high ? "=" : "≠"} ${String(d.high).padEnd(17)}   ${same ? "yes" : "NO"}`,
    );
    if (!same) console.log(`   ours   ${JSON.stringify(o)}\n   duckdb ${JSON.stringify(d)}`);
  }
  console.log(`   growth: ${growth(points)}`);
  console.log("   target (issue #8): country ≤ 20 s and ≤ 1.5 GB peak RSS");
  fs.rmSync(tmp, { recursive: true, force: true });
}

module.exports = { benchInr, duckInr };
