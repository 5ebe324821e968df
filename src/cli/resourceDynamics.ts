/**
 * Seed-000 indicators 11–12 for `shnor deficits`: the dynamics of the staffing or equipment index from Y − 1 to Y over
 * the project schools, the share with positive dynamics, and its verdict against the minimum of a programme year
 * (none outside 2025–2029); with the sheet and the summary line that report them.
 */
import { type AnchorPolicy, type CompositeIndexSettings, compositeIndexDynamics, type IndexInputRow } from "../core/indicators/compositeIndex";
import { evaluateSeed000Indicator, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR, shareOfSchoolsWithPositiveDynamics } from "../core/indicators/programmeShare";
import { indexDynamicsTable } from "../core/report/contextSheets";
import type { SheetSpec } from "../core/report/sheet";
import type { Translate } from "../core/report/translate";
import type { CliIO } from "./context";
import type { IndexIndicator } from "./contextJson";

export interface ResourceDynamicsOptions {
  year: number;
  anchor: AnchorPolicy;
  /** The project schools (m); every school of either year when absent. */
  schoolIds?: readonly string[];
  excludeNotEvaluable: boolean;
  /** The programme year whose minimum applies; no verdict outside 2025–2029. */
  targetYear: number;
}

export function indexIndicator(rows: readonly IndexInputRow[], settings: CompositeIndexSettings, indicator: 11 | 12, o: ResourceDynamicsOptions): IndexIndicator {
  const dynamics = compositeIndexDynamics(rows, settings, { year: o.year, anchor: o.anchor, schoolIds: o.schoolIds });
  const share = shareOfSchoolsWithPositiveDynamics(dynamics.schools, { excludeNotEvaluable: o.excludeNotEvaluable });
  const inProgramme = o.targetYear >= PROGRAMME_FIRST_YEAR && o.targetYear <= PROGRAMME_LAST_YEAR;
  return { dynamics, share, programme: inProgramme ? evaluateSeed000Indicator(indicator, o.targetYear, share.n, share.m) : null };
}

export type ResourceDynamics = { staffing: IndexIndicator; equipment: IndexIndicator };

const indicatorResult = (x: IndexIndicator) => (x.programme ? { ...x.programme, dynamics: x.share, anchor: x.dynamics.anchor } : undefined);

export function dynamicsSheet(d: ResourceDynamics, year: number, tr: Translate): SheetSpec {
  const excluded = d.staffing.share.excludeNotEvaluable;
  return {
    name: tr("cli_sheet_index_dynamics", { year }),
    title: tr("cli_title_index_dynamics", { from: year - 1, to: year }),
    notes: [
      tr(`cli_note_anchor_${d.staffing.dynamics.anchor}`, { from: year - 1, to: year }),
      tr("cli_note_cohort", { count: d.staffing.share.m, excluded: excluded ? tr("cli_note_excluded") : "" }),
    ],
    tables: [
      indexDynamicsTable(d.staffing.dynamics, `Staffing_Dynamics_${year}`, tr, indicatorResult(d.staffing)),
      indexDynamicsTable(d.equipment.dynamics, `Equipment_Dynamics_${year}`, tr, indicatorResult(d.equipment)),
    ],
  };
}

/** 0.2015 → 20.2 (the translator writes the decimal comma in Russian). */
const percent = (share: number | null) => (share === null ? "—" : Math.round(share * 1000) / 10);

export function printIndicator(x: IndexIndicator, no: 11 | 12, what: string, tr: Translate, io: CliIO): void {
  const p = x.programme;
  const verdict = p ? tr("cli_deficits_verdict", { year: p.year, target: percent(p.target), verdict: p.met === null ? tr("ctx_verdict_noData") : tr(p.met ? "ctx_verdict_met" : "ctx_verdict_notMet") }) : "";
  io.err(tr("cli_deficits_indicator", { no, what, from: x.dynamics.year - 1, to: x.dynamics.year, n: x.share.n, m: x.share.m, share: percent(x.share.share), verdict }) + ".\n");
}
