/**
 * Property-based fuzzing of the table readers and the indicators (issue #9): whatever a sheet holds, the readers
 * return located problems and never throw; on valid data every indicator returns finite values in range, and the
 * only exception that may escape is the documented ShnorError. Several thousand cases in all (see NUM_RUNS).
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { ASSESSMENTS, DEFAULT_ASSESSMENT_IDS, findAssessment } from "../../src/core/catalog/assessments";
import { DEFAULT_SCORE_SPECS, findScoreSpec } from "../../src/core/catalog/scoreSpecs";
import { isShnorError, type Problem } from "../../src/core/errors";
import { clusterOf, clusterOfShares, clusterShare, clusterTransition } from "../../src/core/indicators/clusters";
import { clusterTransitions } from "../../src/core/indicators/clusterTransitions";
import { assessmentDynamics, DYNAMICS_TYPES, shareDynamics } from "../../src/core/indicators/dynamics";
import { dynamicsReport } from "../../src/core/indicators/dynamicsReport";
import { expertiseLevel } from "../../src/core/indicators/expertise";
import { computeGiaDeviations, giaDeviationOfMeans, giaMeansFromStudents, readGiaMeansTable } from "../../src/core/indicators/giaDeviation";
import { identify } from "../../src/core/indicators/identify";
import { exitGap, failShare, lowResult } from "../../src/core/indicators/lowResult";
import { programmeShare } from "../../src/core/indicators/programmeShare";
import {
  approximateScoreIndices, computeScoreIndices, lowResultIndexOfScores, massResultIndexOfScores, subjectAggregatesOf,
} from "../../src/core/indicators/scoreIndices";
import { shnorStatusFromShares } from "../../src/core/indicators/status";
import type { IdentifySettings } from "../../src/core/settings";
import { AGGREGATE_FIELDS, type AggregateRow, readAggregateTable } from "../../src/core/table/aggregate";
import { readStudentTable, type StudentScore } from "../../src/core/table/students";
import { cellText, parseNumber } from "../../src/core/values";
import { decodeText, parseCsv } from "../../src/host/file";
import { sniffFile } from "../../src/host/file/sniff";
import { loadWorkbook } from "../../src/host/file/xlsxReader";
import { hasMessage } from "../../src/i18n";

/** Runs per property: sized so the whole file stays within ~20 s while the suite runs thousands of cases. */
const NUM_RUNS = { cheap: 3000, table: 1500, compute: 600, file: 60 };

/** Runs `f`; a ShnorError (the documented error type) is an answer, anything else fails the property. */
function onlyShnorErrors<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isShnorError(e)) return undefined;
    throw e;
  }
}

/**
 * A share spread evenly over [0, 1] with the edges weighted in. (fc.double is biased towards 0 and tiny values:
 * with it almost no generated assessment was low and the identification properties tested next to nothing.)
 */
const unitShare = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(0, 0.3, 0.4, 0.5, 1) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000) });

const inUnit = (x: number | null | undefined) => x === null || x === undefined || (Number.isFinite(x) && x >= 0 && x <= 1);

// ---------------------------------------------------------------------------------------------------------------
// Cells as sheets hand them over

const TRICKY = [
  "", " ", "\u00a0", null, undefined, "1 234", "1\u00a0234", "12,5", "30%", "30 %", "12,5%", "-5", "+5", "1e3", "1,234.5", "0,3",
  "#N/A", "#REF!", "#DIV/0!", "#Н/Д", "#ЗНАЧ!", "#5", "Итого", "Всего по району", "Total:", "2023/24", "2023-2024", "2024 г.", "24",
  "ВПР 5 кл. русский язык", "ОГЭ математика", "ЕГЭ математика", "ОГЭ информатика", "OGE_RUS", "VPR6_MATH", "EGE_MATH_PROF",
  "город", "село", "пгт", "=1+1", "@SUM(A1)", "NaN", "Infinity", "TRUE", true, false, 0, -0, 1, 2, 20, 2024, 0.3, 1e21, -1,
] as const;

/** Values no sheet hands over but a library caller may: String() throws on the first two. */
const HOSTILE: unknown[] = [Object.create(null), { toString: [] }, { toString: () => ({}) }, Symbol("x"), 10n, new Date(Number.NaN), [null], () => 1];

const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true });

const cyrillic = fc.string({ unit: fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗ «»№-/,. ".split("")), maxLength: 20 });

const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<unknown>(...TRICKY) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 3000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: cyrillic },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...HOSTILE), anything) },
  { weight: 1, arbitrary: fc.string({ minLength: 500, maxLength: 2000 }) },
);

/** A header cell: some field written by one of its aliases (with case, quotes and spacing noise), or anything. */
const aliasOf = (key: string) => {
  const field = AGGREGATE_FIELDS.find((f) => f.key === key)!;
  return fc.tuple(fc.constantFrom(key, ...field.aliases), fc.constantFrom("plain", "upper", "quoted", "spaced")).map(([a, style]) =>
    style === "upper" ? a.toUpperCase() : style === "quoted" ? `«${a}»` : style === "spaced" ? `  ${a.replace(/ /g, "  ")} ` : a,
  );
};
const headerCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AGGREGATE_FIELDS.map((f) => f.key)).chain(aliasOf) },
  { weight: 1, arbitrary: cell },
);

/** Plausible values per field, so that random sheets also yield accepted rows (whose invariants are then checked). */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  school_id: fc.constantFrom<unknown>("s1", "s2", "760152", 760153, " s1 ", "Итого"),
  school_name: fc.constantFrom<unknown>("Школа № 1", "Всего по району", "", "=1+1"),
  municipality: fc.constantFrom<unknown>("Район А", "Итого по региону", ""),
  locality: fc.constantFrom<unknown>("город", "село", "пгт", "", "г."),
  group: fc.constantFrom<unknown>("проект", ""),
  year: fc.constantFrom<unknown>(2023, 2024, "2023/24", "2024 г.", "2023-2024"),
  assessment: fc.constantFrom<unknown>("OGE_RUS", "ВПР 5 кл. русский язык", "ЕГЭ математика профильная", "ОГЭ математика", "ГИА-9 русский язык"),
  participants: fc.integer({ min: 0, max: 40 }).chain((n) => fc.constantFrom<unknown>(n, String(n), `${n},0`)),
  failed: fc.integer({ min: 0, max: 40 }).chain((n) => fc.constantFrom<unknown>(n, String(n))),
  failed_pct: fc.constantFrom<unknown>("30%", 0.3, 25, "12,5", "0"),
  mean_score: fc.constantFrom<unknown>("3,8", 4.1, ""),
};

/** A block of cells: optional title rows, a header (of known fields, or anything) and rows, anywhere on a sheet. */
const sheetBlock = fc
  .record({
    titles: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
    keys: fc.shuffledSubarray(Object.keys(FIELD_VALUES), { minLength: 1 }),
    junkHeaders: fc.array(headerCell, { maxLength: 3 }),
    rows: fc.integer({ min: 0, max: 25 }),
    originRow: fc.integer({ min: 1, max: 50 }),
    originCol: fc.integer({ min: 1, max: 30 }),
  })
  .chain(({ keys, junkHeaders, rows, ...rest }) => {
    const columns = [...keys, ...junkHeaders.map(() => "")];
    const bodyCell = (key: string) => (key ? fc.oneof({ weight: 6, arbitrary: FIELD_VALUES[key] }, { weight: 1, arbitrary: cell }) : cell);
    return fc.record({
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, fc.constant(v)])),
      header: fc.tuple(...keys.map(aliasOf), ...junkHeaders.map((h) => fc.constant(h))),
      // Rows may be shorter than the header, as ragged ranges and CSV lines are.
      body: fc.array(fc.tuple(...columns.map(bodyCell)).chain((r) => fc.nat(r.length).map((n) => (n === 0 ? r : r.slice(0, n)))), { minLength: rows, maxLength: rows }),
    }) as fc.Arbitrary<{ titles: unknown[][]; header: unknown[]; body: unknown[][]; originRow: number; originCol: number }>;
  });

/** Every problem is a registered code located inside the block (only an empty table has no row). */
function locatedInside(problems: readonly Problem[], values: readonly (readonly unknown[])[], originRow: number, originCol: number): boolean {
  const width = Math.max(0, ...values.map((r) => r.length));
  return problems.every((p) => {
    if (!hasMessage(p.code)) return false;
    const loc = p.location;
    if (!loc) return false;
    if (loc.row === undefined) return p.code === "table_empty";
    if (loc.row < Math.max(1, originRow) || loc.row > originRow + values.length - 1) return false;
    return loc.col === undefined || (loc.col >= originCol && loc.col <= originCol + width - 1);
  });
}

/** The invariants of an accepted aggregate row. */
function validRow(r: AggregateRow, errorRows: Set<number>): boolean {
  return (
    r.schoolId !== "" && Number.isSafeInteger(r.year) && r.year >= 2000 && r.year <= 2100 && findAssessment(r.assessmentId) !== undefined &&
    Number.isInteger(r.participants) && Number.isInteger(r.failed) && r.failed >= 0 && r.failed <= r.participants &&
    (r.meanScore === null || Number.isFinite(r.meanScore)) && !errorRows.has(r.row)
  );
}

describe("parseNumber: the one number policy", () => {
  test("never throws; a number is always finite", () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.constantFrom<unknown>(...TRICKY, ...HOSTILE), fc.string(), fc.double()), (v) => {
        const p = parseNumber(v);
        return p.kind !== "number" || Number.isFinite(p.value);
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });

  test("Russian spellings of a number read back exactly («1 234», «12,5», «30%»)", () => {
    const sep = fc.constantFrom(" ", "\u00a0", "\u202f", "");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9 }), sep, (n, tenth, s) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, s);
        const whole = parseNumber(grouped);
        const decimal = parseNumber(`${grouped},${tenth}`);
        const pct = parseNumber(`${n}%`);
        return (
          whole.kind === "number" && whole.value === n &&
          decimal.kind === "number" && decimal.value === Number(`${n}.${tenth}`) &&
          pct.kind === "number" && pct.percent && Math.abs(pct.value - n / 100) <= 1e-12 * Math.max(1, n)
        );
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });
});

describe("the aggregate reader (the pane's data check) on random sheets", () => {
  test("never throws; every problem is located inside the block; accepted rows are valid", () => {
    let accepted = 0;
    fc.assert(
      fc.property(sheetBlock, ({ titles, header, body, originRow, originCol }) => {
        const values = [...titles, header, ...body];
        const t = readAggregateTable({ sheet: "Лист", values, originRow, originCol });
        const errorRows = new Set(t.problems.filter((p) => p.severity === "error").map((p) => p.location?.row ?? -1));
        accepted += t.rows.length;
        return locatedInside(t.problems, values, originRow, originCol) && t.rows.every((r) => validRow(r, errorRows));
      }),
      { numRuns: NUM_RUNS.table },
    );
    expect(accepted).toBeGreaterThan(0); // random sheets do yield rows, so the row invariants were exercised
  });

  test("accepted rows of random sheets feed every indicator without an exception", () => {
    fc.assert(
      fc.property(sheetBlock, fc.constantFrom(2023, 2024), ({ titles, header, body }, year) => {
        const rows = readAggregateTable({ values: [...titles, header, ...body] }).rows;
        const r = identify(rows, year);
        dynamicsReport(rows, year - 1, year);
        clusterTransitions(rows, year - 1, year);
        return r.schools.every((s) => inUnit(s.clusterShare));
      }),
      { numRuns: NUM_RUNS.compute },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Round trip: valid rows, written the many ways exports write them, read back exactly

const SPELLINGS: Record<string, string[]> = Object.fromEntries(
  ASSESSMENTS.map((a) => {
    const subject = a.subject === "RUS" ? ["русский язык", "Русский язык"] : ["математика", "Математика"];
    const base = [a.id, a.id.toLowerCase()];
    if (a.procedure === "VPR") return [a.id, [...base, `ВПР ${a.grade} кл. ${subject[0]}`, `ВПР-${a.grade} ${subject[1]}`, `${subject[1]} ВПР ${a.grade} класс`]];
    if (a.procedure === "OGE") return [a.id, [...base, `ОГЭ ${subject[0]}`, `ГИА-9 ${subject[1]}`]];
    if (a.subject === "RUS") return [a.id, [...base, "ЕГЭ русский язык", "ГИА-11 Русский язык"]];
    return [a.id, a.level === "base" ? [...base, "ЕГЭ математика базовая", "ЕГЭ Математика (база)"] : [...base, "ЕГЭ математика профильная", "ЕГЭ Математика (профильный уровень)"]];
  }),
);

const grouped = (n: number, s: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, s);
const countCell = (n: number) => fc.constantFrom<unknown>(n, String(n), grouped(n, " "), grouped(n, "\u00a0"), ` ${n} `, `${n},0`);
const yearCell = (y: number) => fc.constantFrom<unknown>(y, String(y), `${y - 1}/${String(y).slice(2)}`, `${y - 1}-${y}`, `${y - 1}–${y}`, `${y} г.`, `${y}.0`);

const validRows = fc.uniqueArray(
  fc.record({
    school: fc.oneof(fc.integer({ min: 100000, max: 999999 }), fc.stringMatching(/^[a-zа-я][a-zа-я0-9_-]{0,8}$/)),
    year: fc.integer({ min: 2019, max: 2026 }),
    assessment: fc.constantFrom(...ASSESSMENTS.map((a) => a.id)),
    participants: fc.integer({ min: 1, max: 999 }),
    failedShare: unitShare,
    locality: fc.constantFrom("город", "село", "", "пгт", "г."),
  }),
  { minLength: 1, maxLength: 25, selector: (r) => `${r.school}|${r.year}|${r.assessment}` },
).map((list) => list.map((r) => ({ ...r, failed: Math.round(r.failedShare * r.participants) })));

type ValidRow = { school: number | string; year: number; assessment: string; participants: number; failed: number; locality: string };

/** The same rows in a random layout: column order, header spellings, number/year/assessment spellings, blanks. */
const writtenTable = validRows.chain((rows) =>
  fc.record({
    rows: fc.constant(rows),
    percent: fc.constantFrom<"count" | "sign" | "fraction">("count", "sign", "fraction"),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
    headers: fc.tuple(...["school_id", "school_name", "locality", "year", "assessment", "participants", "failed", "failed_pct"].map(aliasOf)),
    cells: fc.tuple(...rows.map((r) => fc.tuple(countCell(r.participants), countCell(r.failed), yearCell(r.year), fc.constantFrom(...SPELLINGS[r.assessment])))),
    blanksAfter: fc.array(fc.boolean(), { minLength: rows.length, maxLength: rows.length }),
    titles: fc.integer({ min: 0, max: 3 }),
    totals: fc.boolean(),
    originRow: fc.integer({ min: 1, max: 20 }),
  }),
);

describe("the aggregate reader normalises what exports write", () => {
  test("valid rows written any way read back exactly, with only totals warnings", () => {
    fc.assert(
      fc.property(writtenTable, (w) => {
        const failedKey = w.percent === "count" ? "failed" : "failed_pct";
        // The failures column is either counts or a percentage; the other one is left out.
        const columns = w.order.filter((c) => c !== (w.percent === "count" ? 7 : 6));
        const header = columns.map((c) => w.headers[c]);
        const values: unknown[][] = Array.from({ length: w.titles }, (_, i) => [`Результаты оценочных процедур, часть ${i + 1}`]);
        values.push(header);
        const expected: unknown[] = [];
        w.rows.forEach((r: ValidRow, i) => {
          const [n, f, y, a] = w.cells[i];
          const pct = w.percent === "sign" ? `${String(Math.round((r.failed / r.participants) * 1000) / 10).replace(".", ",")}%` : r.failed / r.participants;
          const byColumn = [r.school, `Школа ${r.school}`, r.locality, y, a, n, f, pct];
          values.push(columns.map((c) => byColumn[c]));
          expected.push({ schoolId: cellText(r.school), year: r.year, assessmentId: r.assessment, participants: r.participants, failed: r.failed, row: w.originRow + values.length - 1 });
          if (w.blanksAfter[i]) values.push(i % 2 ? [] : columns.map(() => " "));
        });
        if (w.totals) values.push(columns.map((c) => (c === 0 ? "Итого" : null)));
        const t = readAggregateTable({ values, originRow: w.originRow }, {});
        expect(t.problems.map((p) => p.code)).toEqual(w.totals ? ["row_totals_skipped"] : []);
        expect(t.rows).toMatchObject(expected);
        expect(t.rows.every((r) => r.failedFromPercent === (failedKey === "failed_pct"))).toBe(true);
      }),
      { numRuns: NUM_RUNS.table },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Indicators on valid data

const settingsArb: fc.Arbitrary<Partial<IdentifySettings>> = fc
  .record({
    low: fc.constantFrom(0.1, 0.25, 0.3, 0.35, 0.5),
    moderate: fc.constantFrom(0, 0.05, 0.1),
    strong: fc.constantFrom(0, 0.1, 0.2),
    method: fc.constantFrom("max" as const, "pooled" as const, "mean" as const),
    scope: fc.constantFrom("all" as const, "low" as const),
    rule: fc.constantFrom("any" as const, "same" as const),
    ege: fc.constantFrom("separate" as const, "combined" as const),
    minParticipants: fc.integer({ min: 0, max: 10 }),
    assessments: fc.oneof(fc.constant(DEFAULT_ASSESSMENT_IDS), fc.subarray(ASSESSMENTS.map((a) => a.id), { minLength: 1 })).map((ids) => [...ids]),
    riskZoneExcludesShnor: fc.boolean(),
  })
  .map((s) => ({
    lowShareThreshold: s.low,
    clusterModerateFrom: Math.min(1, s.low + s.moderate),
    clusterStrongAbove: Math.min(1, s.low + s.moderate + s.strong),
    clusterMethod: s.method,
    clusterScope: s.scope,
    twoYearRule: s.rule,
    egeMathMode: s.ege,
    minParticipants: s.minParticipants,
    assessments: s.assessments,
    riskZoneExcludesShnor: s.riskZoneExcludesShnor,
  }));

const aggregateRows = fc
  .uniqueArray(
    fc.record({
      school: fc.constantFrom("s1", "s2", "s3", "s4", "s5"),
      year: fc.constantFrom(2023, 2024),
      // Mostly the nine default assessments, so that schools have enough results to be ШНОР.
      assessment: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DEFAULT_ASSESSMENT_IDS) }, { weight: 1, arbitrary: fc.constantFrom(...ASSESSMENTS.map((a) => a.id)) }),
      participants: fc.integer({ min: 0, max: 5000 }),
      share: unitShare,
      fromPercent: fc.boolean(),
    }),
    { minLength: 10, maxLength: 70, selector: (r) => `${r.school}|${r.year}|${r.assessment}` },
  )
  .map((list): AggregateRow[] =>
    list.map((r, i) => ({
      schoolId: r.school, schoolName: `Школа ${r.school}`, municipality: r.school < "s3" ? "МО 1" : "МО 2", locality: r.school < "s2" ? "rural" : "urban",
      group: r.school === "s5" ? "проект" : "", year: r.year, assessmentId: r.assessment, participants: r.participants,
      failed: Math.round(r.share * r.participants), failedFromPercent: r.fromPercent, meanScore: null, row: i + 2,
    })),
  );

describe("the indicators on valid tables", () => {
  test("identify: shares in [0, 1], every low assessment at or above the threshold, clusters only for ШНОР", () => {
    const seen = { schools: 0, shnor: 0, clustered: 0 };
    fc.assert(
      fc.property(aggregateRows, settingsArb, fc.constantFrom(2023, 2024), (rows, settings, year) => {
        const r = identify(rows, year, settings);
        const t = settings.lowShareThreshold!;
        // The cluster share reaches the threshold whenever it is taken over low results only (max, or scope "low");
        // pooled or mean over all results may be lower, and then the school has no cluster.
        const overLowOnly = settings.clusterMethod === "max" || settings.clusterScope === "low";
        for (const s of r.schools) {
          seen.schools++;
          if (s.shnor) seen.shnor++;
          if (s.cluster) seen.clustered++;
        }
        return (
          r.listYear === year + 1 &&
          r.schools.every(
            (s) =>
              inUnit(s.clusterShare) &&
              (s.shnor
                ? s.clusterShare !== null && (s.cluster !== null) === s.clusterShare >= t - 1e-12 && (!overLowOnly || s.cluster !== null)
                : s.cluster === null && s.clusterShare === null) &&
              Object.values(s.results).every((list) =>
                list.every((a) => inUnit(a.share) && a.exitGap >= 0 && a.exitGap <= a.failed && (a.low !== true || (a.share !== null && a.share >= t - 1e-12))),
              ) &&
              Object.entries(s.low).every(([y, ids]) => ids.every((id) => s.results[y].some((a) => a.assessmentId === id && a.low === true))),
          ) &&
          r.summary.shnor === r.schools.filter((s) => s.shnor).length
        );
      }),
      { numRuns: NUM_RUNS.compute },
    );
    // The generator must reach the interesting cases, or the property proves nothing.
    expect(seen.shnor).toBeGreaterThan(seen.schools / 20);
    expect(seen.clustered).toBeGreaterThan(0);
  });

  test("dynamics and cluster transitions: only the documented types", () => {
    fc.assert(
      fc.property(aggregateRows, settingsArb, (rows, settings) => {
        const d = dynamicsReport(rows, 2023, 2024, settings);
        const t = clusterTransitions(rows, 2023, 2024, settings);
        return (
          d.schools.every((s) => Object.values(s.assessments).every((x) => DYNAMICS_TYPES.includes(x))) &&
          t.schools.every((s) => ["improved", "left", "unchanged", "worsened", "entered", "none"].includes(s.move))
        );
      }),
      { numRuns: NUM_RUNS.compute },
    );
  });

  test("count-based building blocks: in range, or a ShnorError for impossible counts", () => {
    const n = fc.integer({ min: -5, max: 10_000 });
    fc.assert(
      fc.property(n, n, n, n, fc.constantFrom(0.05, 0.3, 0.5, 1), (p1, f1, p2, f2, threshold) => {
        const low = onlyShnorErrors(() => lowResult(p1, f1, { lowShareThreshold: threshold, minParticipants: 1, smallSampleWarnBelow: 5 }));
        const share = onlyShnorErrors(() => failShare(p1, f1));
        const gap = onlyShnorErrors(() => exitGap(p1, f1, threshold));
        const prog = onlyShnorErrors(() => programmeShare(f1, p1, threshold));
        const dyn = assessmentDynamics({ participants: p1, failed: f1 }, { participants: p2, failed: f2 });
        const fraction = p1 > 0 && f1 >= 0 ? clusterShare([{ participants: p1, failed: Math.min(f1, p1), low: true }]) : null;
        return (
          (low === undefined || (inUnit(low.share) && low.exitGap >= 0)) && inUnit(share) && (gap === undefined || gap >= 0) &&
          (prog === undefined || inUnit(prog.share)) && DYNAMICS_TYPES.includes(dyn) &&
          [null, "basic", "moderate", "strong"].includes(clusterOf(fraction))
        );
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });

  test("worksheet forms on arbitrary finite numbers: in range, or a ShnorError", () => {
    const x = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 120 }), fc.integer({ min: -300, max: 12_000 }).map((v) => v / 100));
    // Pairs keep the two ranges the same shape (a shape mismatch is a ShnorError that would hide everything else).
    const pairs = fc.array(fc.tuple(x, x), { maxLength: 12 });
    const bounds = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b, c]) => {
        const [min, top, max] = [a, a + b, a + b + c];
        return { min, top, max };
      }),
      fc.record({ min: x, top: x, max: x }).map((b) => ({ min: b.min ?? 0, top: b.top ?? 0, max: b.max ?? 0 })),
    );
    const share = fc.oneof(fc.constant(null), fc.double({ min: -0.5, max: 1.5, noNaN: true }));
    fc.assert(
      fc.property(pairs, bounds, fc.array(share, { maxLength: 9 }), fc.array(share, { maxLength: 9 }), (p, b, s1, s2) => {
        const [a, c] = [p.map((v) => v[0]), p.map((v) => v[1])];
        const inr = onlyShnorErrors(() => lowResultIndexOfScores(p, [b]));
        const imr = onlyShnorErrors(() => massResultIndexOfScores(a, b));
        const dev = onlyShnorErrors(() => giaDeviationOfMeans(a, c));
        const level = onlyShnorErrors(() => expertiseLevel(a, c.map((v) => v ?? 0)));
        const shares = s1.filter((v): v is number => v !== null && v >= 0 && v <= 1);
        const status = shnorStatusFromShares(s1, s2);
        return (
          (inr === undefined || inUnit(inr.value)) && (imr === undefined || inUnit(imr.value)) &&
          (dev === undefined || dev.deviation === null || Number.isFinite(dev.deviation)) && (level === undefined || inUnit(level)) &&
          [null, "basic", "moderate", "strong"].includes(clusterOfShares(shares, "max")) && typeof status.shnor === "boolean" &&
          DYNAMICS_TYPES.includes(shareDynamics(s1[0] ?? null, s2[0] ?? null)) &&
          ["positive", "negative", "neutral", "entered", "none"].includes(clusterTransition(clusterOfShares(shares, "mean"), null))
        );
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Student results and the score indices

/** Student headers with plausible values for each, mixed with any cell. */
const STUDENT_COLUMNS: Record<string, fc.Arbitrary<unknown>> = {
  "Логин ОО": fc.constantFrom<unknown>("A", "B", "Итого", ""),
  Год: fc.constantFrom<unknown>(2023, "2022/23", 2024),
  Процедура: fc.constantFrom<unknown>("ОГЭ", "ЕГЭ", "ВПР", "ГИА-9", "Олимпиада"),
  Класс: fc.constantFrom<unknown>(9, 11, 5, "9 класс", "", 13),
  "Код участника": fc.constantFrom<unknown>("p1", "p2", "p3", ""),
  Предмет: fc.constantFrom<unknown>("Русский язык", "Математика", "Математика (база)", "Астрономия", ""),
  Уровень: fc.constantFrom<unknown>("база", "профиль", "", "средний"),
  Балл: fc.constantFrom<unknown>(5, "12", "7,5", "", "н/я", -1, 99),
  "Первичный балл": fc.constantFrom<unknown>(5, 12, ""),
  "Тестовый балл": fc.constantFrom<unknown>(40, 70, ""),
  "Русский язык": fc.constantFrom<unknown>(20, "", "30"),
  "Математика (база)": fc.constantFrom<unknown>(12, "", 25),
};
const studentSheet = fc.shuffledSubarray(Object.keys(STUDENT_COLUMNS), { minLength: 1 }).chain((header) =>
  fc.record({
    header: fc.constant(header as unknown[]),
    body: fc.array(fc.tuple(...header.map((h) => fc.oneof({ weight: 5, arbitrary: STUDENT_COLUMNS[h] }, { weight: 1, arbitrary: cell }))), { maxLength: 20 }),
  }),
);

describe("the student reader and the score indices", () => {
  test("random sheets: never throws, problems located inside", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        studentSheet,
        fc.integer({ min: 1, max: 9 }),
        ({ header, body }, originRow) => {
          const values = [header, ...body];
          const t = readStudentTable({ values, originRow });
          const gia = readGiaMeansTable({ values, originRow });
          const errorRows = new Set(t.problems.filter((p) => p.severity === "error").map((p) => p.location?.row));
          accepted += t.rows.length;
          return (
            locatedInside(t.problems, values, originRow, 1) && locatedInside(gia.problems, values, originRow, 1) &&
            t.rows.every((r) => Number.isFinite(r.score) && r.score >= 0 && !errorRows.has(r.location?.row)) &&
            gia.cells.every((c) => c.schoolMean === null || Number.isFinite(c.schoolMean))
          );
        },
      ),
      { numRuns: NUM_RUNS.table },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  const CONFIGS = [
    { procedure: "OGE" as const, grade: 9, year: 2023 },
    { procedure: "VPR" as const, grade: 5, year: 2022 },
    { procedure: "EGE" as const, grade: 11, year: 2024, level: "prof" as const },
    { procedure: "EGE" as const, grade: 11, year: 2023, level: "base" as const },
  ];
  const students = fc
    .array(
      fc.record({
        config: fc.constantFrom(...CONFIGS),
        school: fc.constantFrom("A", "B", "C"),
        student: fc.integer({ min: 1, max: 30 }),
        subject: fc.constantFrom("RUS" as const, "MATH" as const),
        position: unitShare,
      }),
      { maxLength: 80 },
    )
    .map((list) => {
      const seen = new Set<string>();
      const out: StudentScore[] = [];
      for (const r of list) {
        const key = `${r.config.year}|${r.config.procedure}|${r.school}|${r.student}|${r.subject}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const level = r.subject === "MATH" ? r.config.level : undefined;
        const spec = findScoreSpec(DEFAULT_SCORE_SPECS, { ...r.config, subject: r.subject, level })!;
        out.push({
          schoolId: r.school, schoolName: r.school, municipality: "МО", locality: null, year: r.config.year, procedure: r.config.procedure, grade: r.config.grade,
          studentId: `p${r.student}`, subject: r.subject, ...(level ? { level } : {}), score: Math.round(r.position * spec.max * 2) / 2,
        });
      }
      return out;
    });

  test("valid students: ИНР and ИМР in [0, 1], low counts within participants, bounds ordered", () => {
    fc.assert(
      fc.property(students, (list) => {
        const exact = computeScoreIndices(list);
        const approx = approximateScoreIndices(subjectAggregatesOf(exact));
        const gia = computeGiaDeviations(giaMeansFromStudents(list), 2024);
        return (
          [...exact.schools, ...exact.region].every(
            (g) => inUnit(g.inr) && (g.lowCount === null || g.lowCount <= g.participants) && g.subjects.every((s) => inUnit(s.lowShare) && inUnit(s.massShare)),
          ) &&
          approx.schools.every((g) => inUnit(g.lower) && inUnit(g.upper) && (g.lower === null || g.upper === null || g.lower <= g.upper + 1e-12)) &&
          gia.schools.every((s) => s.deviation === null || Number.isFinite(s.deviation))
        );
      }),
      { numRuns: NUM_RUNS.compute },
    );
  });

  test("impossible scores (negative, above the maximum) are a ShnorError, nothing else", () => {
    fc.assert(
      fc.property(students, fc.integer({ min: 0, max: 79 }), fc.constantFrom(-1, -0.5, 1000, Number.NaN), (list, i, bad) => {
        if (list.length === 0) return true;
        const broken = list.map((s, k) => (k === i % list.length ? { ...s, score: bad } : s));
        return onlyShnorErrors(() => computeScoreIndices(broken)) === undefined;
      }),
      { numRuns: NUM_RUNS.compute },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bytes: whatever a file holds, the host answers with a table or a ShnorError

describe("files of random bytes", () => {
  test("text decoding, CSV parsing and the reader never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 300 }).map((s) => Buffer.from(s.replace(/x/g, ";"), "utf8"))), (bytes) => {
        const rows = parseCsv(decodeText(bytes).text);
        const t = readAggregateTable({ values: rows });
        return locatedInside(t.problems, rows, 1, 1);
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });

  test("sniffing any bytes under any name gives a kind or a ShnorError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom("a.csv", "a.xlsx", "a.xls", "a.xlsm", "a.txt", "a.pdf", "a"), (bytes, name) => {
        const kind = onlyShnorErrors(() => sniffFile(name, bytes));
        return kind === undefined || kind === "text" || kind === "xlsx";
      }),
      { numRuns: NUM_RUNS.cheap },
    );
  });

  test("a damaged workbook (random bytes changed or cut) loads or is a ShnorError", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Данные").addRows([["school_id", "year", "assessment", "participants", "failed"], ["s1", 2024, "OGE_RUS", 20, 6]]);
    const good = new Uint8Array(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(), async (edits, cut) => {
        const bytes = good.slice(0, cut % 3 === 0 ? good.length : (cut % good.length) + 1);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        try {
          await loadWorkbook("damaged.xlsx", bytes, true);
        } catch (e) {
          if (!isShnorError(e)) throw e;
        }
      }),
      { numRuns: NUM_RUNS.file },
    );
  });
});
