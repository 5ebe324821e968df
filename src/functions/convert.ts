/**
 * The one conversion layer between spreadsheet arguments and the core, shared by the Office custom functions,
 * the formula-engine tests and the Node library entry.
 *
 * Blank policy: `null`, `undefined` and "" are blank (Excel on the web passes null for an empty cell, Range
 * reads give ""). Excel desktop passes 0 for an empty cell, so on desktop a blank count arrives as 0: for
 * counts that is the same as "no participants", which every function treats as "no data".
 */
import { isShnorError } from "../core/errors";
import { parseNumber } from "../core/values";
import { FunctionError } from "./FunctionError";

/** A required number; text → #VALUE! naming the argument, blank → #N/A. */
export function requiredNumber(value: unknown, arg: string): number {
  const v = unwrapSingle(value);
  const parsed = parseNumber(v);
  if (parsed.kind === "blank") throw new FunctionError("na", "fn_arg_blank", { arg });
  if (parsed.kind === "invalid") throw new FunctionError("value", "fn_arg_not_number", { arg, value: parsed.raw });
  return parsed.value;
}

/** An optional number: blank or omitted → the default. */
export function optionalNumber(value: unknown, arg: string, fallback: number): number {
  const v = unwrapSingle(value);
  const parsed = parseNumber(v);
  if (parsed.kind === "blank") return fallback;
  if (parsed.kind === "invalid") throw new FunctionError("value", "fn_arg_not_number", { arg, value: parsed.raw });
  return parsed.value;
}

/** A 1×1 range passed where a scalar is expected is its single value. */
function unwrapSingle(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  return value;
}

/** Runs a core computation and turns its ShnorErrors into #VALUE! with the core's message key. */
export function fromCore<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (isShnorError(e)) throw new FunctionError("value", e.code, e.params);
    throw e;
  }
}
