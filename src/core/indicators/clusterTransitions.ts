/**
 * How ШНОР moved between two lists (seed 004, «Динамика … на основе кластеризации»): per school the cluster
 * before and after, and per group the counts of «повысили кластер», «вышли из списка ШНОР», «всего "+"
 * динамики», «не изменили кластер», «отрицательная динамика» over the schools of the earlier list.
 */
import { compareRu } from "../collections";
import type { IdentifySettings } from "../settings";
import type { AggregateRow } from "../table/aggregate";
import { type Cluster, CLUSTER_SEVERITY, clusterTransition, type ClusterTransition } from "./clusters";
import { identify, type SchoolInfo } from "./identify";

/** The move of one school: a finer reading of the positive / negative / neutral transition. */
export type ClusterMove = "improved" | "left" | "unchanged" | "worsened" | "entered" | "none";

export interface SchoolTransition extends SchoolInfo {
  before: Cluster | null;
  after: Cluster | null;
  transition: ClusterTransition;
  move: ClusterMove;
}

export interface TransitionCounts {
  key: string;
  improved: number;
  left: number;
  /** improved + left. */
  positive: number;
  unchanged: number;
  worsened: number;
  /** Schools of the earlier list (the seed's «всего школ по строке»). */
  inEarlierList: number;
  entered: number;
}

export interface ClusterTransitionReport {
  fromYear: number;
  toYear: number;
  schools: SchoolTransition[];
  all: TransitionCounts;
  byGroup: TransitionCounts[];
}

/**
 * The move of a school between two lists. Membership is the ШНОР status: with the pooled or mean cluster share a
 * school can be ШНОР without a cluster, and it has not left the list for that (it ranks below «базово»).
 */
export function listMove(before: { shnor: boolean; cluster: Cluster | null }, after: { shnor: boolean; cluster: Cluster | null }): { transition: ClusterTransition; move: ClusterMove } {
  if (!before.shnor) return after.shnor ? { transition: "entered", move: "entered" } : { transition: "none", move: "none" };
  if (!after.shnor) return { transition: "positive", move: "left" };
  const d = severity(after.cluster) - severity(before.cluster);
  return d < 0 ? { transition: "positive", move: "improved" } : d > 0 ? { transition: "negative", move: "worsened" } : { transition: "neutral", move: "unchanged" };
}

const severity = (c: Cluster | null) => (c ? CLUSTER_SEVERITY[c] : 0);

export function clusterMove(before: Cluster | null, after: Cluster | null): ClusterMove {
  const t = clusterTransition(before, after);
  if (t === "positive") return after === null ? "left" : "improved";
  if (t === "negative") return "worsened";
  if (t === "neutral") return "unchanged";
  return t;
}

function count(key: string, schools: readonly SchoolTransition[]): TransitionCounts {
  const c: TransitionCounts = { key, improved: 0, left: 0, positive: 0, unchanged: 0, worsened: 0, inEarlierList: 0, entered: 0 };
  for (const s of schools) {
    if (s.move === "none") continue;
    if (s.move === "entered") {
      c.entered++;
      continue;
    }
    c.inEarlierList++;
    c[s.move]++;
  }
  c.positive = c.improved + c.left;
  return c;
}

/** Transitions between the list built on results of `fromYear` and the one built on results of `toYear`. */
export function clusterTransitions(rows: readonly AggregateRow[], fromYear: number, toYear: number, settings: Partial<IdentifySettings> = {}): ClusterTransitionReport {
  const before = new Map(identify(rows, fromYear, settings).schools.map((s) => [s.schoolId, s]));
  const after = identify(rows, toYear, settings).schools;
  const schools: SchoolTransition[] = after.map((s) => {
    const b = before.get(s.schoolId) ?? { shnor: false, cluster: null };
    return {
      schoolId: s.schoolId, schoolName: s.schoolName, municipality: s.municipality, locality: s.locality, group: s.group,
      before: b.cluster, after: s.cluster, ...listMove(b, s),
    };
  });
  const groups = [...new Set(schools.map((s) => s.group).filter((g) => g !== ""))].sort(compareRu);
  return {
    fromYear,
    toYear,
    schools,
    all: count("", schools),
    byGroup: groups.map((g) => count(g, schools.filter((s) => s.group === g))),
  };
}
