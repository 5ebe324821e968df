/**
 * Command-line options shared by the context commands: numbers and shares («0,25», «25 %»), the composite-index
 * settings of ИСБШ and the resource indices, and the string accessor commander's untyped options need.
 */
import { type Command, Option } from "commander";
import type { CompositeIndexSettings } from "../core/indicators/compositeIndex";
import { UsageError } from "./context";

export type Options = Record<string, string | string[] | boolean | undefined>;

/** A string option's value (undefined when absent or a flag). */
export const str = (o: Options, key: string): string | undefined => (typeof o[key] === "string" ? (o[key] as string) : undefined);

/** «1,5» or «1.5» → 1.5; a usage error (exit 2) naming the option when it is not a number. */
export function numberOption(value: string | undefined, option: string, check: (n: number) => boolean = Number.isFinite, expected = "a number"): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(",", "."));
  if (value.trim() === "" || !Number.isFinite(n) || !check(n)) throw new UsageError(`${option} ${value}: ${expected} was expected`);
  return n;
}

/** A share as 0.25, «0,25» or «25 %» (then divided by 100), within [min, max]. */
export function shareOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const percent = /%\s*$/.test(value);
  const n = numberOption(value.replace(/%\s*$/, ""), option);
  const share = percent ? (n as number) / 100 : (n as number);
  if (!(share >= 0 && share <= 1)) throw new UsageError(`${option} ${value}: a share from 0 to 1 (or 0 % to 100 %) was expected`);
  return share;
}

export function integerOption(value: string | undefined, option: string, min = 1): number | undefined {
  return numberOption(value, option, (n) => Number.isInteger(n) && n >= min, `a whole number ≥ ${min}`);
}

/** --scale, --missing and --min-components of a composite index (ИСБШ, staffing, equipment). */
export function addCompositeOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--scale <scale>", "index scale: t = 50 + 10·z of C (T-scores), minmax = 0–100 over the reference set").choices(["t", "minmax"]))
    .addOption(new Option("--missing <rule>", "a school lacking a component: exclude it, or score it on the mean of the available z").choices(["exclude", "mean"]))
    .option("--min-components <n>", "with --missing mean: the fewest components a school must have (default: all but one)");
}

export function compositeOverrides(o: Options): Partial<CompositeIndexSettings> {
  const scale = str(o, "scale");
  const missing = str(o, "missing");
  return {
    scale: scale === undefined ? undefined : scale === "minmax" ? "minMax" : "tScore",
    missing: missing === undefined ? undefined : missing === "mean" ? "meanOfAvailable" : "exclude",
    minComponents: integerOption(str(o, "minComponents"), "--min-components"),
  };
}

/** `KEY=value,KEY=value` → pairs; the keys are checked by the caller against the index's components. */
export function keyValueList(value: string | undefined, option: string): { key: string; value: number }[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "" || value.trim() === "none") return [];
  return value.split(",").map((part) => {
    const m = part.trim().match(/^([A-Za-z0-9_]+)\s*=\s*(.+)$/);
    if (!m) throw new UsageError(`${option} ${value}: KEY=value pairs such as STAFF_PENSION_AGE=0.3 were expected`);
    return { key: m[1].toUpperCase(), value: numberOption(m[2], `${option} ${m[1]}`) as number };
  });
}
