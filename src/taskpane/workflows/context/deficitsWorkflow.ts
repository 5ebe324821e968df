/**
 * Staffing and equipment indices from one table holding both component sets (as `shnor deficits` reads a sheet by
 * default), the кадровый and инфраструктурный deficit flags, and the seed-004 table per municipality — the core's
 * assessResources, deficitFlags, resourceDeficitTable and resourcesSpec.
 */
import { type IndexInputRow, type IndexScale, selectYear } from "../../../core/indicators/compositeIndex";
import {
  assessResources, deficitFlags, EQUIPMENT_COMPONENTS, resourceDeficitTable, STAFFING_COMPONENTS,
} from "../../../core/indicators/resourceDeficits";
import { resourcesSpec } from "../../../core/report/contextSheets";
import type { WorkflowDefinition } from "../types";
import { indexTable } from "./indexTable";

export interface DeficitsChoice {
  year: number | null;
  scale: IndexScale;
}

export interface DeficitsMunicipality {
  municipality: string;
  schools: number;
  staffing: number;
  infrastructure: number;
  both: number;
}

export interface DeficitsSummary {
  year: number | null;
  schools: number;
  staffing: number;
  infrastructure: number;
  both: number;
  /** Schools whose flag could not be decided (a value missing). */
  unknown: number;
  municipalities: DeficitsMunicipality[];
}

export const deficitsWorkflow: WorkflowDefinition<DeficitsChoice, DeficitsSummary, IndexInputRow> = {
  id: "deficits",
  table: indexTable("cp_source_deficits", [...STAFFING_COMPONENTS, ...EQUIPMENT_COMPONENTS]),
  initialSettings(stored, years) {
    return { year: years[years.length - 1] ?? null, scale: stored.deficits?.scale ?? "tScore" };
  },
  validate(choice, years) {
    return choice.year !== null && !years.includes(choice.year) ? [{ key: "wf_set_year_absent", params: { year: choice.year } }] : [];
  },
  store: (stored, choice) => ({ ...stored, deficits: { scale: choice.scale } }),
  compute(rows, choice, tr) {
    const yearRows = choice.year === null ? [...rows] : selectYear(rows, choice.year);
    const a = assessResources(yearRows, yearRows, { staffing: { scale: choice.scale }, equipment: { scale: choice.scale } });
    const table = resourceDeficitTable(deficitFlags(a), { sort: "name" });
    const t = table.total;
    return {
      report: resourcesSpec(a, table, tr, choice.year ?? undefined),
      summary: {
        year: choice.year, schools: t.schools, staffing: t.staffing, infrastructure: t.infrastructure, both: t.both, unknown: t.unknown,
        municipalities: table.municipalities.map((m) => ({ municipality: m.municipality, schools: m.schools, staffing: m.staffing, infrastructure: m.infrastructure, both: m.both })),
      },
    };
  },
};
