/**
 * Seeded generator of benchmark inputs, written once to .cache/bench/: aggregate CSVs of region (1,000 schools),
 * large-region (5,000) and country (40,000) size — schools × 3 years × 9 assessments — in the canonical format.
 */
const fs = require("fs");
const path = require("path");

const ASSESSMENTS = ["VPR5_RUS", "VPR5_MATH", "VPR6_RUS", "VPR6_MATH", "OGE_RUS", "OGE_MATH", "EGE_RUS", "EGE_MATH_BASE", "EGE_MATH_PROF"];
const YEARS = [2022, 2023, 2024];
const CACHE = path.resolve(__dirname, "..", "..", ".cache", "bench");

function random(seed) {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes (once) the aggregate CSV for `schools` schools and returns its path. */
function aggregateCsv(schools) {
  const file = path.join(CACHE, `aggregate-${schools}.csv`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  const rand = random(schools);
  const lines = ["school_id,school_name,municipality,locality,year,assessment,participants,failed"];
  for (let i = 0; i < schools; i++) {
    const quality = rand() * rand();
    const municipality = `MO${String(i % 2000).padStart(4, "0")}`;
    const locality = rand() < 0.5 ? "город" : "село";
    const size = locality === "село" ? 3 + Math.floor(rand() * 20) : 15 + Math.floor(rand() * 60);
    for (const year of YEARS) {
      for (const a of ASSESSMENTS) {
        const n = a.startsWith("EGE") && rand() < 0.3 ? 0 : Math.max(0, Math.round(size * (0.7 + rand() * 0.6)));
        const p = Math.min(0.9, quality * 0.6 + rand() * 0.1);
        let f = 0;
        for (let k = 0; k < n; k++) if (rand() < p) f++;
        lines.push(`s${i},School ${i},${municipality},${locality},${year},${a},${n},${f}`);
      }
    }
  }
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/** Procedure × grade groups of every school in the student files: the ones with default 2024 score specs. */
const STUDENT_GROUPS = [["ВПР", 4], ["ВПР", 5], ["ВПР", 6], ["ОГЭ", 9]];
/** Whole-number score ranges (max) of those groups, Russian then mathematics (scoreSpecs.ts defaults for 2024). */
const STUDENT_MAX = { "ВПР4": [38, 20], "ВПР5": [45, 20], "ВПР6": [51, 16], "ОГЭ9": [37, 31] };

/**
 * Writes (once) a wide-format student CSV — one row per student, a column per subject (blank = not taken) — for
 * `schools` schools of year 2024, ≈ 500 students per school over ВПР 4–6 and ОГЭ 9, and returns its path and row count.
 * Written in 8 MB chunks so that the 20-million-row country file takes seconds, not minutes.
 */
function studentCsv(schools) {
  const file = path.join(CACHE, `students-${schools}.csv`);
  const meta = file + ".rows";
  if (fs.existsSync(file) && fs.existsSync(meta)) return { file, rows: Number(fs.readFileSync(meta, "utf8")) };
  fs.mkdirSync(CACHE, { recursive: true });
  const rand = random(schools * 7 + 3);
  const tmp = file + ".tmp";
  const fd = fs.openSync(tmp, "w");
  let buf = "school_id,year,procedure,grade,student_id,Русский язык,Математика\n";
  let rows = 0;
  let student = 1000000;
  for (let i = 0; i < schools; i++) {
    const quality = rand();
    const size = 100 + Math.floor(rand() * 50); // students per group: 4 groups × 125 ≈ 500 per school
    for (const [procedure, grade] of STUDENT_GROUPS) {
      const [maxR, maxM] = STUDENT_MAX[procedure + grade];
      const prefix = `s${i},2024,${procedure},${grade},`;
      for (let k = 0; k < size; k++) {
        // Scores spread over the scale, a weak school's lower: some students fall below B_min.
        const r = rand();
        const rus = Math.min(maxR, Math.floor(maxR * (0.15 + 0.85 * Math.sqrt(r) * (0.55 + 0.45 * quality))));
        const m = rand();
        const math = Math.min(maxM, Math.floor(maxM * (0.1 + 0.9 * Math.sqrt(m) * (0.5 + 0.5 * quality))));
        const absent = rand();
        buf += `${prefix}${student++},${absent < 0.02 ? "" : rus},${absent > 0.98 ? "" : math}\n`;
        rows++;
      }
      if (buf.length > 8 * 1024 * 1024) {
        fs.writeSync(fd, buf);
        buf = "";
      }
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  fs.writeFileSync(meta, String(rows));
  return { file, rows };
}

module.exports = { aggregateCsv, studentCsv, CACHE };
