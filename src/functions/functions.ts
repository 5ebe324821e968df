/**
 * Custom functions of the SHNOR namespace. Each wrapper only forwards to `excelFunctions.ts` and maps its
 * errors to `CustomFunctions.Error`; the metadata plugin reads the JSDoc here to generate functions.json
 * (Russian names and descriptions come from names.ru.json). Only `function` declarations are picked up.
 */
import { functions } from "./excelFunctions";
import { toCustomFunctionsError } from "./officeErrors";

function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * Share of participants of an assessment who failed (mark «2» or below the minimum score).
 * @customfunction FAILSHARE
 * @param participants Number of participants of the assessment.
 * @param failed Number of participants who failed.
 * @returns The share from 0 to 1.
 */
export function failShare(participants: unknown, failed: unknown): number {
  return run(() => functions.FAILSHARE(participants, failed));
}

/**
 * TRUE when the result of an assessment is low: at least the threshold share of participants failed (exactly 30 % is low).
 * @customfunction ISLOW
 * @param participants Number of participants of the assessment.
 * @param failed Number of participants who failed.
 * @param [threshold] Share from which a result is low; 0.3 when omitted.
 * @returns TRUE or FALSE; #N/A when there were no participants.
 */
export function isLow(participants: unknown, failed: unknown, threshold?: unknown): boolean {
  return run(() => functions.ISLOW(participants, failed, threshold));
}

/**
 * How many failing students would have to pass for the assessment to stop being low.
 * @customfunction EXITGAP
 * @param participants Number of participants of the assessment.
 * @param failed Number of participants who failed.
 * @param [threshold] Share from which a result is low; 0.3 when omitted.
 * @returns A whole number of students; 0 when the result is not low.
 */
export function exitGap(participants: unknown, failed: unknown, threshold?: unknown): number {
  return run(() => functions.EXITGAP(participants, failed, threshold));
}

/**
 * ШНОР status by order No. 847: low results in two assessments of year Y, or in year Y and in year Y-1.
 * @customfunction STATUS
 * @param sharesY Failure shares of the assessments in year Y (blank = not held).
 * @param sharesYminus1 Failure shares of the same assessments in year Y-1.
 * @param [threshold] Share from which a result is low; 0.3 when omitted.
 * @param [rule] "any" (default): any assessments in the two years; "same": one and the same assessment.
 * @returns TRUE when the school is a school with low results.
 */
export function status(sharesY: unknown[][], sharesYminus1: unknown[][], threshold?: unknown, rule?: unknown): boolean {
  return run(() => functions.STATUS(sharesY, sharesYminus1, threshold, rule));
}

/**
 * FIOKO cluster of a school from its failure shares of year Y.
 * @customfunction CLUSTER
 * @param shares Failure shares of the assessments of year Y (blank = not held).
 * @param [method] "max" (default) or "mean" of the shares.
 * @returns базово / умеренно / сильно неуспевающие, or empty text below 30 %.
 */
export function cluster(shares: unknown[][], method?: unknown): string {
  return run(() => functions.CLUSTER(shares, method));
}

/**
 * Dynamics of an assessment between two years from its failure shares.
 * @customfunction DYNAMICS
 * @param sharePrev Failure share in the earlier year (blank = no participants).
 * @param shareCur Failure share in the later year (blank = no participants).
 * @returns положительная, отрицательная, нейтральная, 0% за 2 года or нет данных.
 */
export function dynamics(sharePrev: unknown, shareCur: unknown): string {
  return run(() => functions.DYNAMICS(sharePrev, shareCur));
}

/**
 * A programme indicator n / m, for example the share of schools with positive dynamics.
 * @customfunction SHARE
 * @param n Numerator: schools (or students) that meet the condition.
 * @param m Denominator: all schools (or students) considered.
 * @returns The share from 0 to 1.
 */
export function share(n: unknown, m: unknown): number {
  return run(() => functions.SHARE(n, m));
}

/**
 * Level of an expertise: points scored divided by the maximum points of the criteria.
 * @customfunction EXPERTISELEVEL
 * @param points Points given for each criterion (blank = not scored).
 * @param maxPoints Maximum points of each criterion, in the same shape.
 * @returns The level from 0 to 1.
 */
export function expertiseLevel(points: unknown[][], maxPoints: unknown[][]): number {
  return run(() => functions.EXPERTISELEVEL(points, maxPoints));
}

/**
 * Index of low results (ИНР): the share of students whose score in at least one subject is below B_min = min + 5 % of max.
 * @customfunction LOWRESULTINDEX
 * @param scores Scores: rows are students, columns are subjects; blank or "н/я" = not taken.
 * @param minScores Minimum score («3») of each subject, or one for all.
 * @param maxScores Maximum score of each subject, or one for all.
 * @returns The index from 0 to 1.
 */
export function lowResultIndex(scores: unknown[][], minScores: unknown[][], maxScores: unknown[][]): number {
  return run(() => functions.LOWRESULTINDEX(scores, minScores, maxScores));
}

/**
 * Index of mass results (ИМР): the share of a subject's participants scoring at least B_mid = (B_min + top) / 2.
 * @customfunction MASSRESULTINDEX
 * @param scores Scores of one subject; blank or "н/я" = not taken.
 * @param minScore Minimum score («3») of the subject.
 * @param maxScore Maximum score of the subject.
 * @param topScore Score from which results are high (lower edge of «5», or 81 for ЕГЭ).
 * @returns The index from 0 to 1.
 */
export function massResultIndex(scores: unknown[][], minScore: unknown, maxScore: unknown, topScore: unknown): number {
  return run(() => functions.MASSRESULTINDEX(scores, minScore, maxScore, topScore));
}

/**
 * Deviation of the school's ГИА mean score from the region: the mean of school/region ratios minus 1 (negative = below the region).
 * @customfunction GIADEVIATION
 * @param schoolMeans School mean scores by exam, subject and year.
 * @param regionMeans Region mean scores in the same cells; pairs with a blank are skipped.
 * @returns The deviation, e.g. -0.077 for 7.7 % below the region.
 */
export function giaDeviation(schoolMeans: unknown[][], regionMeans: unknown[][]): number {
  return run(() => functions.GIADEVIATION(schoolMeans, regionMeans));
}

/**
 * The ШНОР list of a region from a results table with headers (school, year, assessment, participants, failed), spilled one row per school.
 * @customfunction IDENTIFY
 * @param table The results table including its header row (Russian or English headers).
 * @param year Results year Y (the list is named Y+1).
 * @param [threshold] Share from which a result is low; 0.3 when omitted.
 * @param [rule] "any" (default) or "same" for the two-year rule.
 * @returns A table: school, status, both rules, zone of risk, cluster, cluster share, low assessments of Y and Y-1.
 */
export function identifyList(table: unknown[][], year: unknown, threshold?: unknown, rule?: unknown): unknown[][] {
  return run(() => functions.IDENTIFY(table, year, threshold, rule));
}

/**
 * Index of social well-being of schools (ИСБШ): signed z-scores of the social indicators, weighted mean, T-scale (mean 50, sd 10); spilled one value per school.
 * @customfunction SOCIALINDEX
 * @param indicators Social indicators: rows are schools, columns are indicators (shares); blank = missing.
 * @param directions +1 or -1 per column: +1 when a higher value means better conditions.
 * @param [weights] Weight per column; equal weights when omitted.
 * @param [scale] "t" (default, T-scale) or "minmax" (0 to 100).
 * @returns A column of ИСБШ values; empty for a school with missing data.
 */
export function socialIndex(indicators: unknown[][], directions: unknown[][], weights?: unknown[][], scale?: unknown): unknown[][] {
  return run(() => functions.SOCIALINDEX(indicators, directions, weights, scale));
}

/**
 * The risk zone: TRUE for the schools with the lowest values (the bottom quarter by default), ties at the cut-off included; spilled.
 * @customfunction RISKZONE
 * @param values Values of each school, e.g. the ИСБШ; blank = not evaluated.
 * @param [quantile] Share of schools in the zone; 0.25 when omitted.
 * @returns A column of TRUE / FALSE; empty for a blank value.
 */
export function riskZone(values: unknown[][], quantile?: unknown): unknown[][] {
  return run(() => functions.RISKZONE(values, quantile));
}
