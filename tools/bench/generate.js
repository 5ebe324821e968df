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

module.exports = { aggregateCsv, CACHE };
