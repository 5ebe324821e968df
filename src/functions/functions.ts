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

/**
 * Resource deficit (кадровый or инфраструктурный) of each school: TRUE when some value is worse than its limit; spilled one value per school.
 * @customfunction DEFICIT
 * @param values Component values: rows are schools, columns are components (an index, a rate, a 1/0 flag); blank = missing.
 * @param limits A limit per column (or one for all), or "staffing" / "infrastructure" for the methodology rule.
 * @param [directions] +1 (default) when a value below the limit is a deficit, -1 when a value above it is; per column or one for all.
 * @returns A column of TRUE / FALSE; empty when no limit is crossed but a value is missing.
 */
export function deficit(values: unknown[][], limits: unknown[][], directions?: unknown[][]): unknown[][] {
  return run(() => functions.DEFICIT(values, limits, directions));
}

/**
 * Dynamics of an index (ИНР, ИМР, ГИА deviation, staffing or equipment index) between two years.
 * @customfunction INDEXDYNAMICS
 * @param prev Value of the index in the earlier year (blank = no data).
 * @param cur Value of the index in the later year (blank = no data).
 * @param direction "lower" when a lower value is better (ИНР), "higher" when a higher one is (ИМР, deviation, resource indices).
 * @returns положительная, отрицательная, без изменений or нет данных.
 */
export function indexDynamics(prev: unknown, cur: unknown, direction: unknown): string {
  return run(() => functions.INDEXDYNAMICS(prev, cur, direction));
}

/**
 * The action the «500+» risk profile prescribes for a risk factor of the given significance.
 * @customfunction RISKACTION
 * @param significance Significance of the risk: высокая, средняя or низкая (also high / medium / low).
 * @returns требуется принятие мер, or the curator's additional assessment.
 */
export function riskAction(significance: unknown): string {
  return run(() => functions.RISKACTION(significance));
}

/**
 * Number of «500+» risk factors of high significance of each school; spilled one value per school.
 * @customfunction HIGHRISKS
 * @param significances Significances of the risk factors: rows are schools, columns are factors; blank = not given.
 * @param [counted] "high" (default): высокая only; "highOrMedium": высокая and средняя.
 * @returns A column of counts; empty for a school with no significance given.
 */
export function highRisks(significances: unknown[][], counted?: unknown): unknown[][] {
  return run(() => functions.HIGHRISKS(significances, counted));
}

/**
 * ОИП flags (Yaroslavl): TRUE when the ОИП is below the target 36 and declined from the previous year.
 * @customfunction OIPFLAG
 * @param prev ОИП of the previous year (blank = no data).
 * @param cur ОИП of the current year.
 * @param [target] Target value; 36 when omitted (below it, strictly, is not reached).
 * @param [flag] "both" (default): below the target and declining; "below", "decline" or "growth" alone.
 * @returns TRUE or FALSE; #N/A when a needed year is missing.
 */
export function oipFlag(prev: unknown, cur: unknown, target?: unknown, flag?: unknown): boolean {
  return run(() => functions.OIPFLAG(prev, cur, target, flag));
}

/**
 * 2016 federal criterion: TRUE when the region mean exceeds the school mean by more than 20 ЕГЭ points (exactly 20 is not more).
 * @customfunction FED2016GAP
 * @param schoolMean Mean score of the school.
 * @param regionMean Mean score of the region.
 * @param [threshold] Gap that must be exceeded; 20 when omitted.
 * @param [maxScore] Maximum score of a scale other than 100 points: the gap is then in percent of it.
 * @returns TRUE or FALSE.
 */
export function fed2016Gap(schoolMean: unknown, regionMean: unknown, threshold?: unknown, maxScore?: unknown): boolean {
  return run(() => functions.FED2016GAP(schoolMean, regionMean, threshold, maxScore));
}

/**
 * 2016 federal criterion: TRUE when olympiad and contest participants over 3 years are 0.5 % of the mean enrolment or fewer.
 * @customfunction FED2016OLYMPIAD
 * @param participants Participants of regional and all-Russian olympiads and contests over the 3 years.
 * @param enrolment Enrolment of each of the 3 years (1 to 3 cells).
 * @param [threshold] Share at or below which participation is low; 0.005 when omitted.
 * @returns TRUE or FALSE; #N/A when the enrolment is 0.
 */
export function fed2016Olympiad(participants: unknown, enrolment: unknown[][], threshold?: unknown): boolean {
  return run(() => functions.FED2016OLYMPIAD(participants, enrolment, threshold));
}

/**
 * Verdict of a programme indicator n / m against its target (exact comparison).
 * @customfunction VERDICT
 * @param n Numerator of the indicator.
 * @param m Denominator of the indicator (blank or 0 = no data).
 * @param target Target share, e.g. 0.3 (blank = no target).
 * @param [comparator] "atLeast" (default, «не менее») or "atMost" («не более»).
 * @returns достигнуто, не достигнуто, нет целевого значения or нет данных.
 */
export function verdict(n: unknown, m: unknown, target: unknown, comparator?: unknown): string {
  return run(() => functions.VERDICT(n, m, target, comparator));
}
