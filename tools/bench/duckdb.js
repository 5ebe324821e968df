/**
 * The same identification done by DuckDB with SQL over the same CSV (issue #8's reference engine): low results
 * (10·F ≥ 3·N), both rules, the status and the max-share cluster, written to a JSON file like `shnor identify`.
 */
const { DuckDBInstance } = require("@duckdb/node-api");

async function duckIdentify(csv, year, out) {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const q = (s) => s.replace(/'/g, "''");
  const sql = `
    COPY (
      WITH c AS (
        SELECT school_id, year, participants AS n, failed AS f,
               n > 0 AND 10 * f >= 3 * n AS low, CASE WHEN n > 0 THEN f / n END AS share
        FROM read_csv('${q(csv)}', header = true, auto_detect = true)
        WHERE year IN (${year - 1}, ${year})
      ), s AS (
        SELECT school_id,
               count(*) FILTER (WHERE year = ${year} AND low) AS ly,
               count(*) FILTER (WHERE year = ${year - 1} AND low) AS lp,
               max(share) FILTER (WHERE year = ${year} AND n > 0) AS top
        FROM c GROUP BY school_id
      )
      SELECT school_id, ly >= 2 AS rule1, ly >= 1 AND lp >= 1 AS rule2, ly >= 2 OR (ly >= 1 AND lp >= 1) AS shnor,
             CASE WHEN NOT (ly >= 2 OR (ly >= 1 AND lp >= 1)) THEN NULL
                  WHEN top > 0.5 THEN 'strong' WHEN top >= 0.4 THEN 'moderate' WHEN top >= 0.3 THEN 'basic' END AS cluster
      FROM s ORDER BY school_id
    ) TO '${q(out)}' (FORMAT json, ARRAY true)`;
  await con.run(sql);
  const count = await con.runAndReadAll(`SELECT count(*) FILTER (WHERE shnor) FROM read_json('${q(out)}')`);
  return Number(count.getRows()[0][0]);
}

module.exports = { duckIdentify };
