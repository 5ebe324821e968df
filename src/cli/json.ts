/**
 * The JSON outputs of the CLI. Their key names are a public contract for scripts (issue #3): change them only
 * by adding keys.
 */
import type { DynamicsReport } from "../core/indicators/dynamicsReport";
import type { ClusterTransitionReport } from "../core/indicators/clusterTransitions";
import type { IdentifyResult } from "../core/indicators/identify";

/**
 * `lowShares` gives the share of every low assessment (the reason a school is listed); `--details` adds every evaluated
 * assessment with its counts (`results`) and the enabled assessments without participants (`missing`) — ten times the
 * size on a country's data, so only on request.
 */
export function identifyJson(r: IdentifyResult, details = false) {
  return {
    resultsYear: r.resultsYear,
    listYear: r.listYear,
    settings: r.settings,
    summary: r.summary,
    schools: r.schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      municipality: s.municipality,
      locality: s.locality,
      shnor: s.shnor,
      rule1: s.rule1,
      rule2: s.rule2,
      riskZone: s.riskZone,
      cluster: s.cluster,
      clusterShare: s.clusterShare,
      low: s.low,
      lowShares: Object.fromEntries(
        Object.entries(s.low).map(([year, ids]) => [year, Object.fromEntries(ids.map((id) => [id, s.results[year].find((x) => x.assessmentId === id)?.share ?? null]))]),
      ),
      flags: s.flags,
      ...(details ? { results: s.results, missing: s.missing } : {}),
    })),
  };
}

export function dynamicsJson(d: DynamicsReport, t: ClusterTransitionReport) {
  return {
    fromYear: d.fromYear,
    toYear: d.toYear,
    settings: d.settings,
    assessments: d.assessments,
    schools: d.schools.map((s) => ({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      municipality: s.municipality,
      locality: s.locality,
      group: s.group,
      assessments: s.assessments,
      shares: s.shares,
    })),
    summary: { ...d.summary, clusterTransitions: { all: t.all, byGroup: t.byGroup } },
    clusterTransitions: t.schools.filter((s) => s.move !== "none").map((s) => ({ schoolId: s.schoolId, before: s.before, after: s.after, move: s.move })),
  };
}
