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
import { parseNumber } from "../core/values";
import { t as message } from "./messages";
import { DEFAULT_FEDERAL2016_SETTINGS, gapOf, olympiadShare } from "../core/indicators/federal2016";
import { INDEX_DYNAMICS_LABELS, indexDynamics } from "../core/indicators/indexDynamics";
import { DEFAULT_OIP_SETTINGS, oipFlags } from "../core/indicators/oip";
import { meetsTarget } from "../core/indicators/programmeShare";
import { deficitOfMatrix, deficitRuleColumns } from "../core/indicators/resourceDeficits";
import { countRisks, parseSignificance, SIGNIFICANCE_ACTIONS, type Significance } from "../core/indicators/riskProfiles";
import {
  fromCore, matrix, numberMatrix, numberOrBlank, optionalChoice, optionalNumber, requiredChoice, requiredNumber, requireSameShape, shareMatrix, shareOrBlank, singleText,
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

  /**
   * Resource deficit of each school (rows) from its component values (columns): TRUE when some value is worse than its
   * limit (below it for direction +1, above it for −1), FALSE when none is, "" when none is but a value is missing.
   * `limits` is a number per column (or one for all), or the word of a methodology rule: "staffing" (кадровый: filled
   * positions rate ≥ 1, pension-age share ≤ 0.3) or "infrastructure" (инфраструктурный: broadband 1, capital repair 0,
   * second shift 0), the columns then in that order.
   */
  DEFICIT(values: unknown, limits: unknown, directions?: unknown): (boolean | string)[][] {
    const m = numberMatrix(values, "values");
    const columns = m[0]?.length ?? 0;
    const kind = DEFICIT_KINDS[singleText(limits).toLowerCase()];
    let l: number[];
    let d: number[];
    if (kind) {
      const rule = deficitRuleColumns(kind);
      if (columns !== rule.components.length) throw new FunctionError("value", "fn_deficit_columns", { kind: singleText(limits), expected: rule.components.length, columns });
      if (directions !== undefined && directions !== null) throw new FunctionError("value", "fn_deficit_directions_with_rule", { kind: singleText(limits) });
      [l, d] = [rule.limits, rule.directions];
    } else {
      const word = singleText(limits);
      if (word !== "" && parseNumber(word).kind === "invalid") throw new FunctionError("value", "fn_deficit_limits", { value: word });
      l = perColumn(boundsList(limits, "limits"), columns, "limits");
      d = directions === undefined || directions === null ? Array<number>(columns).fill(1) : perColumn(boundsList(directions, "directions"), columns, "directions");
    }
    const flags = fromCore(() => deficitOfMatrix(m, l, d));
    if (flags.every((x) => x === null)) throw new FunctionError("na", "fn_deficit_unknown");
    return flags.map((x) => [x ?? ""]);
  },

  /** Dynamics of an index between two years: «положительная», «отрицательная», «без изменений» or «нет данных». */
  INDEXDYNAMICS(prev: unknown, cur: unknown, direction: unknown): string {
    const a = numberOrBlank(prev, "prev");
    const b = numberOrBlank(cur, "cur");
    const dir = requiredChoice(direction, "direction", ["lower", "higher"] as const);
    const obs = (v: number | null) => (v === null ? null : { value: v });
    return INDEX_DYNAMICS_LABELS[indexDynamics(obs(a), obs(b), dir === "lower" ? "lowerIsBetter" : "higherIsBetter")];
  },

  /** The action of seed 004 for a risk of the given significance (высокая / средняя / низкая). */
  RISKACTION(significance: unknown): string {
    const text = matrix(significance)[0][0];
    if (text === null || text === undefined || String(text).trim() === "") throw new FunctionError("na", "fn_arg_blank", { arg: "significance" });
    const s = parseSignificance(text);
    if (!s) throw new FunctionError("value", "ctx_significance_unknown", { value: String(text) });
    return SIGNIFICANCE_ACTIONS[s];
  },

  /** Number of risks of high significance of each school (rows = schools, columns = factors); spilled. */
  HIGHRISKS(significances: unknown, counted?: unknown): (number | string)[][] {
    const level = optionalChoice(counted, "counted", ["high", "highOrMedium"] as const, "high");
    const rows = matrix(significances).map((row, r) => row.map((cell, c): Significance | null => {
      if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return null;
      const s = parseSignificance(cell);
      if (!s) throw new FunctionError("value", "fn_range_significance", { arg: "significances", row: r + 1, col: c + 1, value: String(cell) });
      return s;
    }));
    if (rows.every((row) => row.every((x) => x === null))) throw new FunctionError("na", "fn_no_data");
    return rows.map((row) => [row.every((x) => x === null) ? "" : countRisks(row, level)]);
  },

  /** ОИП flags (Yaroslavl): below the target 36 and declining (default), or one of them, or growth. */
  OIPFLAG(prev: unknown, cur: unknown, target?: unknown, flag?: unknown): boolean {
    const p = numberOrBlank(prev, "prev");
    const c = numberOrBlank(cur, "cur");
    const t = optionalNumber(target, "target", DEFAULT_OIP_SETTINGS.target);
    const which = optionalChoice(flag, "flag", ["both", "below", "decline", "growth"] as const, "both");
    if (c === null) throw new FunctionError("na", "fn_oip_no_cur");
    const flags = oipFlags(c, p, t);
    const value = { both: flags.belowTargetAndDecline, below: flags.belowTarget, decline: flags.decline, growth: flags.growth }[which];
    if (value === null) throw new FunctionError("na", "fn_oip_no_prev");
    return value;
  },

  /** 2016 federal criterion: the region mean exceeds the school mean by more than 20 ЕГЭ points (or % of max). */
  FED2016GAP(schoolMean: unknown, regionMean: unknown, threshold?: unknown, maxScore?: unknown): boolean {
    const school = requiredNumber(schoolMean, "schoolMean");
    const region = requiredNumber(regionMean, "regionMean");
    const t = optionalNumber(threshold, "threshold", DEFAULT_FEDERAL2016_SETTINGS.gapThreshold);
    if (t < 0) throw new FunctionError("value", "fn_arg_negative", { arg: "threshold", value: t });
    const max = numberOrBlank(maxScore, "maxScore");
    if (max !== null && !(max > 0)) throw new FunctionError("value", "fn_arg_not_positive", { arg: "maxScore", value: max });
    return fromCore(() => gapOf({ procedure: "", schoolMean: school, regionMean: region, maxScore: max, scale: max === null ? "test100" : "points" }, t)).exceeds;
  },

  /** 2016 federal criterion: olympiad participants over 3 years are at most 0.5 % of the mean enrolment. */
  FED2016OLYMPIAD(participants: unknown, enrolment: unknown, threshold?: unknown): boolean {
    const p = requiredNumber(participants, "participants");
    const e = numberMatrix(enrolment, "enrolment").flat().filter((x): x is number => x !== null);
    const t = shareOrBlank(threshold, "threshold") ?? DEFAULT_FEDERAL2016_SETTINGS.olympiadThreshold;
    const r = fromCore(() => olympiadShare(p, e, t));
    if (r.low === null) throw new FunctionError("na", "fn_enrolment_zero");
    return r.low;
  },

  /** Verdict of a programme indicator n / m against its target: «достигнуто», «не достигнуто», «нет целевого значения», «нет данных». */
  VERDICT(n: unknown, m: unknown, target: unknown, comparator?: unknown): string {
    const num = numberOrBlank(n, "n");
    const den = numberOrBlank(m, "m");
    const t = shareOrBlank(target, "target");
    const cmp = optionalChoice(comparator, "comparator", ["atLeast", "atMost"] as const, "atLeast");
    for (const [arg, v] of [["n", num], ["m", den]] as const) {
      if (v !== null && !(Number.isInteger(v) && v >= 0)) throw new FunctionError("value", "count_not_natural", { field: arg, value: v });
    }
    if (num !== null && den !== null && den > 0 && num > den) throw new FunctionError("value", "programme_n_gt_m", { n: num, m: den });
    const met = num === null || den === null ? null : meetsTarget(num, den, t ?? 0, cmp);
    // The verdict labels of the programme dashboard (VERDICT_LABELS), in Russian whatever the interface language.
    const verdict = met === null ? "noData" : t === null ? "noTarget" : met ? "met" : "notMet";
    return message(`ctx_verdict_${verdict}`, {}, "ru");
  },
};

/** The words of DEFICIT's `limits` that stand for a methodology rule. */
const DEFICIT_KINDS: Record<string, "staffing" | "infrastructure"> = { staffing: "staffing", кадровый: "staffing", infrastructure: "infrastructure", инфраструктурный: "infrastructure" };

/** One value for all columns, or one per column. */
function perColumn(list: number[], columns: number, arg: string): number[] {
  if (list.length === 1) return Array<number>(columns).fill(list[0]);
  if (list.length !== columns) throw new FunctionError("value", "fn_list_length", { arg, count: list.length, columns });
  return list;
}

/** The header of the IDENTIFY spill: Russian, like every text result, whatever the interface language. */
export const IDENTIFY_HEADER = ["Логин ОО", "ШНОР", "Критерий 1", "Критерий 2", "Зона риска", "Кластер", "Доля для кластера", "Низкие результаты Y", "Низкие результаты Y-1"];

/** Bounds given as a range: one value per column of scores, or one for all; blanks are not allowed. */
function boundsList(value: unknown, arg: string): number[] {
  const list = numberMatrix(value, arg).flat();
  if (list.some((x) => x === null) || list.length === 0) throw new FunctionError("na", "fn_arg_blank", { arg });
  return list as number[];
}

export type FunctionId = keyof typeof functions;
