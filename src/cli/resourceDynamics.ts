/**
 * The summary line of seed-000 indicators 11–12 that `shnor deficits` prints; the indicators themselves and their sheet
 * are the core's (src/core/indicators/resourceDynamics.ts, resourceDynamicsSheet), shared with the pane.
 */
import type { IndexIndicator } from "../core/indicators/resourceDynamics";
import type { Translate } from "../core/report/translate";
import type { CliIO } from "./context";

/** 0.2015 → 20.2 (the translator writes the decimal comma in Russian). */
const percent = (share: number | null) => (share === null ? "—" : Math.round(share * 1000) / 10);

export function printIndicator(x: IndexIndicator, no: 11 | 12, what: string, tr: Translate, io: CliIO): void {
  const p = x.programme;
  const verdict = p ? tr("cli_deficits_verdict", { year: p.year, target: percent(p.target), verdict: p.met === null ? tr("ctx_verdict_noData") : tr(p.met ? "ctx_verdict_met" : "ctx_verdict_notMet") }) : "";
  io.err(tr("cli_deficits_indicator", { no, what, from: x.dynamics.year - 1, to: x.dynamics.year, n: x.share.n, m: x.share.m, share: percent(x.share.share), verdict }) + ".\n");
}
