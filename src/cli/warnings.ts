/** The warnings of a table on stderr, one per line, at most PROBLEMS_SHOWN of them and a line counting the rest. */
import type { Problem } from "../core/errors";
import { formatProblem, type Lang, PROBLEMS_SHOWN, t } from "../i18n";
import type { CliIO } from "./context";
import "./messages";

export function printWarnings(problems: readonly Problem[], lang: Lang, io: CliIO): void {
  const warnings = problems.filter((p) => p.severity === "warning");
  for (const p of warnings.slice(0, PROBLEMS_SHOWN)) io.err(`${t("cli_warning", {}, lang)}: ${formatProblem(p, lang)}\n`);
  if (warnings.length > PROBLEMS_SHOWN) io.err(`${t("problems_more", { count: warnings.length - PROBLEMS_SHOWN, errors: 0 }, lang)}\n`);
}
