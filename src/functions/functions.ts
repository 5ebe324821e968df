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
