/**
 * Every worksheet function as a plain function over Excel-style arguments (numbers, text, null for blank,
 * arrays of rows for ranges), keyed by its invariant Excel id. The Office wrappers in functions.ts, the
 * HyperFormula test plugin and the Node library entry all call these; none of them converts arguments itself.
 * Text results are the Russian labels of the methodology whatever the interface language.
 */
import { CLUSTER_LABELS, clusterOfShares } from "../core/indicators/clusters";
import { DYNAMICS_LABELS, shareDynamics } from "../core/indicators/dynamics";
import { expertiseLevel } from "../core/indicators/expertise";
import { findAssessment } from "../core/catalog/assessments";
import { giaDeviationOfMeans } from "../core/indicators/giaDeviation";
import { identify } from "../core/indicators/identify";
import { exitGap, failShare, lowResult } from "../core/indicators/lowResult";
import { lowResultIndexOfScores, massResultIndexOfScores } from "../core/indicators/scoreIndices";
import { riskZoneColumn } from "../core/indicators/riskZone";
import { socialIndexOfMatrix } from "../core/indicators/socialIndex";
import { shnorStatusFromShares } from "../core/indicators/status";
import { readAggregateTable } from "../core/table/aggregate";
import {
  fromCore, matrix, numberMatrix, optionalChoice, optionalNumber, requiredNumber, requireSameShape, shareMatrix, shareOrBlank,
} from "./convert";
import { FunctionError } from "./FunctionError";

function threshold(value: unknown): number {
  const t = optionalNumber(value, "threshold", 0.3);
  if (!(t > 0 && t <= 1)) throw new FunctionError("value", "fn_arg_not_share", { arg: "threshold", value: t });
  return t;
}

function counts(participants: unknown, failed: unknown): [number, number] {
  return [requiredNumber(participants, "participants"), requiredNumber(failed, "failed")];
}

export const functions = {
  /** Share of participants who failed: failed / participants. */
  FAILSHARE(participants: unknown, failed: unknown): number {
    const [n, f] = counts(participants, failed);
    const share = fromCore(() => failShare(n, f));
    if (share === null) throw new FunctionError("na", "fn_no_participants");
    return share;
  },

  /** TRUE when at least `threshold` of participants failed (inclusive, exact). */
  ISLOW(participants: unknown, failed: unknown, thresholdArg?: unknown): boolean {
    const [n, f] = counts(participants, failed);
    const r = fromCore(() => lowResult(n, f, { lowShareThreshold: threshold(thresholdArg), minParticipants: 1, smallSampleWarnBelow: 5 }));
    if (r.low === null) throw new FunctionError("na", "fn_no_participants");
    return r.low;
  },

  /** Failing students who would have to pass for the result to stop being low. */
  EXITGAP(participants: unknown, failed: unknown, thresholdArg?: unknown): number {
    const [n, f] = counts(participants, failed);
    if (n === 0) throw new FunctionError("na", "fn_no_participants");
    return fromCore(() => exitGap(n, f, threshold(thresholdArg)));
  },

  /** ШНОР status from the shares of year Y and of year Y−1, the same assessments in the same positions. */
  STATUS(sharesY: unknown, sharesYminus1: unknown, thresholdArg?: unknown, rule?: unknown): boolean {
    const a = shareMatrix(sharesY, "sharesY");
    const b = shareMatrix(sharesYminus1, "sharesYminus1");
    const twoYearRule = optionalChoice(rule, "rule", ["any", "same"] as const, "any");
    if (twoYearRule === "same") requireSameShape(a, b, "sharesY", "sharesYminus1");
    if (a.flat().every((x) => x === null) && b.flat().every((x) => x === null)) throw new FunctionError("na", "fn_no_data");
    return shnorStatusFromShares(a.flat(), b.flat(), threshold(thresholdArg), twoYearRule).shnor;
  },

  /** FIOKO cluster from the assessment shares of year Y: its Russian label, or "" below the threshold. */
  CLUSTER(shares: unknown, method?: unknown): string {
    const values = shareMatrix(shares, "shares").flat().filter((x): x is number => x !== null);
    const m = optionalChoice(method, "method", ["max", "mean", "pooled"] as const, "max");
    if (m === "pooled") throw new FunctionError("value", "fn_cluster_pooled");
    if (values.length === 0) throw new FunctionError("na", "fn_no_data");
    const cluster = clusterOfShares(values, m);
    return cluster ? CLUSTER_LABELS[cluster] : "";
  },

  /** Dynamics type of one assessment between two years from its two shares (blank = no data). */
  DYNAMICS(sharePrev: unknown, shareCur: unknown): string {
    return DYNAMICS_LABELS[shareDynamics(shareOrBlank(sharePrev, "sharePrev"), shareOrBlank(shareCur, "shareCur"))];
  },

  /** n / m, the form of every programme indicator. */
  SHARE(n: unknown, m: unknown): number {
    const num = requiredNumber(n, "n");
    const den = requiredNumber(m, "m");
    if (num < 0 || den < 0) throw new FunctionError("value", "cell_negative", { value: Math.min(num, den) });
    if (den === 0) throw new FunctionError("na", "fn_share_m_zero");
    if (num > den) throw new FunctionError("value", "fn_share_n_gt_m", { n: num, m: den });
    return num / den;
  },

  /** Expertise level: points scored / maximum points over the criteria (blank points = not scored = 0). */
  EXPERTISELEVEL(points: unknown, maxPoints: unknown): number {
    const p = numberMatrix(points, "points");
    const m = numberMatrix(maxPoints, "maxPoints");
    requireSameShape(p, m, "points", "maxPoints");
    const level = fromCore(() => expertiseLevel(p.flat(), m.flat().map((x) => x ?? 0)));
    if (level === null) throw new FunctionError("na", "fn_no_data");
    return level;
  },

  /**
   * The ШНОР list from an aggregate table with its header row (school, year, assessment, participants, failed —
   * Russian or English headers): one row per school, spilled. Problems of the table → #VALUE! naming the first cell.
   */
  IDENTIFY(table: unknown, year: unknown, thresholdArg?: unknown, rule?: unknown): (string | number | boolean)[][] {
    const Y = requiredNumber(year, "year");
    const settings = { lowShareThreshold: threshold(thresholdArg), twoYearRule: optionalChoice(rule, "rule", ["any", "same"] as const, "any") };
    const read = readAggregateTable({ values: matrix(table) });
    const errors = read.problems.filter((p) => p.severity === "error");
    if (errors.length > 0) {
      const at = errors[0].location;
      throw new FunctionError("value", "fn_table_problem", { row: at?.row ?? 1, col: at?.col ?? 1, problem: errors[0].code, count: errors.length });
    }
    if (!read.rows.some((r) => r.year === Y)) throw new FunctionError("na", "year_no_data", { year: Y, years: [...new Set(read.rows.map((r) => r.year))].sort().join(", ") });
    const result = fromCore(() => identify(read.rows, Y, settings));
    const names = (ids: string[] | undefined) => (ids ?? []).map((id) => findAssessment(id)?.label ?? id).join("; ");
    return [
      IDENTIFY_HEADER,
      ...result.schools.map((s) => [
        s.schoolId, s.shnor, s.rule1, s.rule2, s.riskZone, s.cluster ? CLUSTER_LABELS[s.cluster] : "", s.clusterShare ?? "", names(s.low[Y]), names(s.low[Y - 1]),
      ]),
    ];
  },

  /** ИСБШ of each school (rows) from its social indicators (columns), T-scale by default; spilled as a column. */
  SOCIALINDEX(indicators: unknown, directions: unknown, weights?: unknown, scale?: unknown): (number | string)[][] {
    const m = numberMatrix(indicators, "indicators");
    const d = boundsList(directions, "directions");
    const w = weights === undefined || weights === null ? undefined : numberMatrix(weights, "weights").flat();
    const sc = optionalChoice(scale, "scale", ["t", "minmax"] as const, "t");
    const index = fromCore(() => socialIndexOfMatrix(m, d, w, { scale: sc === "t" ? "tScore" : "minMax" }));
    return index.map((v) => [v ?? ""]);
  },

  /** TRUE for the schools in the risk zone: the lowest floor(q·n) values (ties at the cut-off included); spilled. */
  RISKZONE(values: unknown, quantile?: unknown): (boolean | string)[][] {
    const v = numberMatrix(values, "values").flat();
    const q = optionalNumber(quantile, "quantile", 0.25);
    if (!(q > 0 && q < 1)) throw new FunctionError("value", "fn_arg_not_share", { arg: "quantile", value: q });
    if (v.every((x) => x === null)) throw new FunctionError("na", "fn_no_data");
    return fromCore(() => riskZoneColumn(v, q)).map((x) => [x ?? ""]);
  },

  /** ИНР: share of students below B_min = min + 5 % of max in at least one subject (rows = students, columns = subjects). */
  LOWRESULTINDEX(scores: unknown, minScores: unknown, maxScores: unknown): number {
    const s = numberMatrix(scores, "scores");
    const mins = boundsList(minScores, "minScores");
    const maxs = boundsList(maxScores, "maxScores");
    if (mins.length !== maxs.length) throw new FunctionError("value", "fn_shape_mismatch", { a: "minScores", b: "maxScores", shapeA: String(mins.length), shapeB: String(maxs.length) });
    const r = fromCore(() => lowResultIndexOfScores(s, mins.map((min, i) => ({ min, max: maxs[i] }))));
    if (r.value === null) throw new FunctionError("na", "fn_no_data");
    return r.value;
  },

  /** ИМР: share of a subject's participants scoring at least B_mid = (B_min + top) / 2. */
  MASSRESULTINDEX(scores: unknown, minScore: unknown, maxScore: unknown, topScore: unknown): number {
    const s = numberMatrix(scores, "scores").flat();
    const bounds = { min: requiredNumber(minScore, "minScore"), max: requiredNumber(maxScore, "maxScore"), top: requiredNumber(topScore, "topScore") };
    const r = fromCore(() => massResultIndexOfScores(s, bounds));
    if (r.value === null) throw new FunctionError("na", "fn_no_data");
    return r.value;
  },

  /** Deviation of the school's ГИА mean from the region: mean of school/region ratios − 1 (pairs with a blank skipped). */
  GIADEVIATION(schoolMeans: unknown, regionMeans: unknown): number {
    const a = numberMatrix(schoolMeans, "schoolMeans");
    const b = numberMatrix(regionMeans, "regionMeans");
    requireSameShape(a, b, "schoolMeans", "regionMeans");
    const r = fromCore(() => giaDeviationOfMeans(a.flat(), b.flat()));
    if (r.deviation === null) throw new FunctionError("na", "fn_no_data");
    return r.deviation;
  },
};

/** The header of the IDENTIFY spill: Russian, like every text result, whatever the interface language. */
export const IDENTIFY_HEADER = ["Логин ОО", "ШНОР", "Критерий 1", "Критерий 2", "Зона риска", "Кластер", "Доля для кластера", "Низкие результаты Y", "Низкие результаты Y-1"];

/** Bounds given as a range: one value per column of scores, or one for all; blanks are not allowed. */
function boundsList(value: unknown, arg: string): number[] {
  const list = numberMatrix(value, arg).flat();
  if (list.some((x) => x === null) || list.length === 0) throw new FunctionError("na", "fn_arg_blank", { arg });
  return list as number[];
}

export type FunctionId = keyof typeof functions;
