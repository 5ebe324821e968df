/** Options shared by `indices` and `deviation`: the programme share's cohort and target year (with `addIoOptions`). */
import type { Command } from "commander";
import { UsageError } from "./context";
import { addIoOptions } from "./output";

export function commonIndexOptions(cmd: Command): Command {
  return addIoOptions(cmd)
    .option("--cohort <ids>", "comma-separated ids of the project schools counted in m of «доля школ с положительной динамикой» (default: every school in the data)")
    .option("--exclude-not-evaluable", "leave schools without data in one of the two years (windows) out of m")
    .option("--target-year <year>", "programme year whose seed-000 minimum applies (default: --year; targets exist for 2025–2029)");
}

/** "sch1, sch2" → ids without blanks and repeats; undefined when the option is absent. */
export function schoolList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = [...new Set(value.split(",").map((s) => s.trim()).filter(Boolean))];
  if (ids.length === 0) throw new UsageError("--cohort: at least one school id was expected");
  return ids;
}
