/**
 * Every worksheet function as a plain function over Excel-style arguments (numbers, text, null for blank,
 * arrays of rows for ranges), keyed by its invariant Excel id. The Office wrappers in functions.ts, the
 * HyperFormula test plugin and the Node library entry all call these; none of them converts arguments itself.
 */
import { failShare } from "../core/indicators/lowResult";
import { fromCore, requiredNumber } from "./convert";
import { FunctionError } from "./FunctionError";

export const functions = {
  /** Share of participants who failed: failed / participants. */
  FAILSHARE(participants: unknown, failed: unknown): number {
    const n = requiredNumber(participants, "participants");
    const f = requiredNumber(failed, "failed");
    const share = fromCore(() => failShare(n, f));
    if (share === null) throw new FunctionError("na", "fn_no_participants");
    return share;
  },
};

export type FunctionId = keyof typeof functions;
