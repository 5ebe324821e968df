/**
 * The result sheets of the score indices (ИНР, ИМР): the ИНР by school (or its approximation, labelled
 * «приближённая оценка»), the per-subject counts with ИМР, region totals, the dynamics between Y − 1 and Y with the
 * programme shares n/m against seed 000, and the score specs used. The per-subject table's headers are the ones
 * the per-subject aggregate reader recognises, so a saved table can be read back as input.
 */
import type { Procedure } from "../catalog/assessments";
import { GIA_SUBJECTS, type MathLevel, type ScoreSpec, type SubjectCode } from "../catalog/scoreSpecs";
import { compareRu } from "../collections";
import { DYNAMICS_LABELS } from "../indicators/dynamics";
import type { CountIndex, IndexDynamicsType } from "../indicators/indexDynamics";
import type { GroupKey, MassSubjectLow, SubjectIndex } from "../indicators/scoreIndices";
import type { DynamicsOfIndex, IndicesAnalysis, ProgrammeVerdict, SchoolInfo } from "./indicesAnalysis";
import type { CellOut, ColumnSpec, ConditionalRule, ReportSpec, SheetSpec, TableSpec } from "./sheet";
import type { Translate } from "./translate";

const PROCEDURE_TEXT: Record<Procedure, string> = { VPR: "ВПР", OGE: "ОГЭ", EGE: "ЕГЭ" };

/** «ВПР», «ОГЭ», «ЕГЭ»: procedure names are the same in every language, as in regional reports. */
export function procedureText(p: Procedure): string {
  return PROCEDURE_TEXT[p];
}

/** «Русский язык», «Математика (база)»: the names the student and aggregate readers recognise. */
export function subjectText(subject: SubjectCode, level?: MathLevel): string {
  const name = GIA_SUBJECTS.find((s) => s.code === subject)?.ru ?? subject;
  return level === "base" ? `${name} (база)` : level === "prof" ? `${name} (профиль)` : name;
}

const DYNAMICS_STYLES = (column: string): ConditionalRule[] => [
  { kind: "textEquals", column, value: DYNAMICS_LABELS.positive, style: "good" },
  { kind: "textEquals", column, value: DYNAMICS_LABELS.negative, style: "bad" },
  { kind: "textEquals", column, value: DYNAMICS_LABELS.neutral, style: "neutral" },
];

export const dynamicsLabel = (type: IndexDynamicsType): string => DYNAMICS_LABELS[type];
const ratio = (c: CountIndex | null): number | null => (c && c.total > 0 ? c.count / c.total : null);

/** Leading school columns; name and municipality only when the input gave them (a bare student file has ids only). */
export function schoolColumns(info: ReadonlyMap<string, SchoolInfo>, tr: Translate): { columns: ColumnSpec[]; cells: (schoolId: string) => CellOut[] } {
  const values = [...info.values()];
  const withMunicipality = values.some((v) => v.municipality !== "");
  const withName = values.some((v) => v.schoolName !== "");
  const columns: ColumnSpec[] = [
    ...(withMunicipality ? [{ key: "municipality", header: tr("rep_municipality") }] : []),
    { key: "schoolId", header: tr("rep_school_id"), format: "text" },
    ...(withName ? [{ key: "schoolName", header: tr("rep_school_name"), width: 40 }] : []),
  ];
  const cells = (id: string): CellOut[] => {
    const i = info.get(id);
    return [...(withMunicipality ? [i?.municipality ?? ""] : []), id, ...(withName ? [i?.schoolName ?? ""] : [])];
  };
  return { columns, cells };
}

/** Rows in the order of every list: municipality, then school id, then procedure and grade as given. */
function ordered<T extends { schoolId: string }>(rows: readonly T[], info: ReadonlyMap<string, SchoolInfo>): T[] {
  const m = (id: string) => info.get(id)?.municipality ?? "";
  return rows.map((r, i) => ({ r, i })).sort((a, b) => compareRu(m(a.r.schoolId), m(b.r.schoolId)) || a.i - b.i).map((x) => x.r);
}

const massShare = (list: readonly MassSubjectLow[], subject: SubjectCode): number | null => list.find((m) => m.subject === subject)?.share ?? null;

/** "рус 15/33/29; мат 8/31/22" and "рус 16,65/22,83; …" for the mass subjects of a group. */
function specTexts(subjects: readonly SubjectIndex[], massSubjects: readonly SubjectCode[], tr: Translate): { spec: string; bounds: string } {
  const used = subjects.filter((s) => massSubjects.includes(s.subject) && s.spec);
  return {
    spec: used.map((s) => tr("rep_idx_spec_part", { subject: subjectText(s.subject, s.level), min: s.spec!.min, max: s.spec!.max, top: s.spec!.top })).join("; "),
    bounds: used.map((s) => tr("rep_idx_bounds_part", { subject: subjectText(s.subject, s.level), bmin: s.bMin ?? "", bmid: round2(s.bMid) })).join("; "),
  };
}

const round2 = (x: number | null): number | string => (x === null ? "" : Math.round(x * 100) / 100);

export function inrTable(a: IndicesAnalysis, tr: Translate): TableSpec {
  const school = schoolColumns(a.schoolInfo, tr);
  const mass = a.scoreSettings.massSubjects;
  if (a.approximation) {
    return {
      name: `INR_Approximate_${a.year}`,
      columns: [
        ...school.columns,
        { key: "procedure", header: tr("rep_idx_procedure") },
        { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
        ...mass.map((s) => ({ key: `inr_${s}`, header: tr("rep_idx_inr_subject", { subject: subjectText(s) }), format: "percent1" as const })),
        { key: "lower", header: tr("rep_idx_lower"), format: "percent1" },
        { key: "upper", header: tr("rep_idx_upper"), format: "percent1" },
        { key: "estimate", header: tr("rep_idx_estimate"), width: 24 },
      ],
      rows: ordered(a.schools, a.schoolInfo).map((g) => [
        ...school.cells(g.schoolId), procedureText(g.procedure), g.grade, ...mass.map((s) => massShare(g.massSubjects, s)), g.lower, g.upper, tr("rep_idx_approximate"),
      ]),
      rules: [{ kind: "textEquals", column: "estimate", value: tr("rep_idx_approximate"), style: "warning" }, { kind: "dataBar", column: "upper" }],
    };
  }
  return {
    name: `INR_${a.year}`,
    columns: [
      ...school.columns,
      { key: "procedure", header: tr("rep_idx_procedure") },
      { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
      { key: "participants", header: tr("rep_idx_participants"), format: "integer" },
      { key: "lowCount", header: tr("rep_idx_low_any"), format: "integer" },
      { key: "inr", header: tr("rep_idx_inr"), format: "percent1" },
      ...mass.map((s) => ({ key: `inr_${s}`, header: tr("rep_idx_inr_subject", { subject: subjectText(s) }), format: "percent1" as const })),
      { key: "spec", header: tr("rep_idx_spec"), width: 36 },
      { key: "bounds", header: tr("rep_idx_bounds"), width: 44 },
    ],
    rows: ordered(a.schools, a.schoolInfo).map((g) => {
      const t = specTexts(g.subjects, mass, tr);
      return [...school.cells(g.schoolId), procedureText(g.procedure), g.grade, g.participants, g.lowCount, g.inr, ...mass.map((s) => massShare(g.massSubjects, s)), t.spec, t.bounds];
    }),
    rules: [{ kind: "dataBar", column: "inr" }],
  };
}

/** One row per school × procedure × grade × subject: ИНР of the subject and ИМР, with B_min and B_mid. */
export function subjectsTable(a: IndicesAnalysis, tr: Translate): TableSpec {
  const school = schoolColumns(a.schoolInfo, tr);
  return {
    name: `IMR_Subjects_${a.year}`,
    columns: [
      ...school.columns,
      { key: "year", header: tr("rep_year"), format: "integer" },
      ...subjectColumns(tr),
    ],
    rows: ordered<GroupKey & { subjects: readonly SubjectIndex[] }>(a.schools, a.schoolInfo).flatMap((g) => g.subjects.map((s) => [...school.cells(g.schoolId), g.year, ...subjectCells(g, s)])),
    rules: [{ kind: "dataBar", column: "imr" }],
  };
}

function subjectColumns(tr: Translate): ColumnSpec[] {
  return [
    { key: "procedure", header: tr("rep_idx_procedure") },
    { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
    { key: "subject", header: tr("rep_idx_subject"), width: 24 },
    { key: "participants", header: tr("rep_idx_participants"), format: "integer" },
    { key: "lowCount", header: tr("rep_idx_below_bmin"), format: "integer" },
    { key: "inrSubject", header: tr("rep_idx_inr_of_subject"), format: "percent1" },
    { key: "massCount", header: tr("rep_idx_at_least_bmid"), format: "integer" },
    { key: "imr", header: tr("rep_idx_imr"), format: "percent1" },
    { key: "bMin", header: "B_min", format: "decimal2" },
    { key: "bMid", header: "B_mid", format: "decimal3" },
  ];
}

function subjectCells(g: { procedure: Procedure; grade: number }, s: SubjectIndex): CellOut[] {
  return [procedureText(g.procedure), g.grade, subjectText(s.subject, s.level), s.participants, s.lowCount, s.lowShare, s.massCount, s.massShare, s.bMin, s.bMid];
}

export function regionTables(a: IndicesAnalysis, tr: Translate): TableSpec[] {
  const mass = a.scoreSettings.massSubjects;
  const byGroup: TableSpec = a.approximation
    ? {
      name: `Region_INR_Approximate_${a.year}`,
      title: tr("title_idx_region_approx", { year: a.year }),
      columns: [
        { key: "procedure", header: tr("rep_idx_procedure") },
        { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
        { key: "schools", header: tr("rep_schools"), format: "integer" },
        ...mass.map((s) => ({ key: `inr_${s}`, header: tr("rep_idx_inr_subject", { subject: subjectText(s) }), format: "percent1" as const })),
        { key: "lower", header: tr("rep_idx_lower"), format: "percent1" },
        { key: "upper", header: tr("rep_idx_upper"), format: "percent1" },
        { key: "estimate", header: tr("rep_idx_estimate"), width: 24 },
      ],
      rows: a.region.map((g) => [procedureText(g.procedure), g.grade, g.schools, ...mass.map((s) => massShare(g.massSubjects, s)), g.lower, g.upper, tr("rep_idx_approximate")]),
    }
    : {
      name: `Region_INR_${a.year}`,
      title: tr("title_idx_region", { year: a.year }),
      columns: [
        { key: "procedure", header: tr("rep_idx_procedure") },
        { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
        { key: "schools", header: tr("rep_schools"), format: "integer" },
        { key: "participants", header: tr("rep_idx_participants"), format: "integer" },
        { key: "lowCount", header: tr("rep_idx_low_any"), format: "integer" },
        { key: "inr", header: tr("rep_idx_inr"), format: "percent1" },
        ...mass.map((s) => ({ key: `inr_${s}`, header: tr("rep_idx_inr_subject", { subject: subjectText(s) }), format: "percent1" as const })),
      ],
      rows: a.region.map((g) => [procedureText(g.procedure), g.grade, g.schools, g.participants, g.lowCount, g.inr, ...mass.map((s) => massShare(g.massSubjects, s))]),
    };
  const bySubject: TableSpec = {
    name: `Region_IMR_${a.year}`,
    title: tr("title_idx_region_subjects", { year: a.year }),
    columns: subjectColumns(tr),
    rows: a.region.flatMap((g) => g.subjects.map((s) => subjectCells(g, s))),
  };
  return [byGroup, bySubject];
}

/** n/m of the programme indicators with their targets and verdicts, and the count of each dynamics type. */
export function programmeTable(name: string, rows: readonly { label: string; d: Pick<DynamicsOfIndex, "share" | "programme"> }[], tr: Translate): TableSpec {
  return {
    name,
    title: tr("title_idx_programme"),
    columns: [
      { key: "indicator", header: tr("rep_idx_indicator"), width: 44 },
      { key: "number", header: tr("rep_idx_seed_number"), format: "integer" },
      { key: "n", header: "n", format: "integer" },
      { key: "m", header: "m", format: "integer" },
      { key: "share", header: tr("rep_idx_share"), format: "percent1" },
      { key: "target", header: tr("rep_idx_target"), format: "percent" },
      { key: "met", header: tr("rep_idx_verdict"), width: 20 },
      { key: "positive", header: DYNAMICS_LABELS.positive, format: "integer" },
      { key: "negative", header: DYNAMICS_LABELS.negative, format: "integer" },
      { key: "neutral", header: DYNAMICS_LABELS.neutral, format: "integer" },
      { key: "nodata", header: DYNAMICS_LABELS.nodata, format: "integer" },
    ],
    rows: rows.map(({ label, d }) => [
      label, d.programme.indicator, d.share.n, d.share.m, d.share.share, d.programme.target, verdictText(d.programme, tr),
      d.share.counts.positive, d.share.counts.negative, d.share.counts.neutral, d.share.counts.nodata,
    ]),
    rules: [
      { kind: "textEquals", column: "met", value: tr("rep_idx_met"), style: "good" },
      { kind: "textEquals", column: "met", value: tr("rep_idx_not_met"), style: "bad" },
    ],
  };
}

/** One line: «label: n/m = 50,2 % (не менее 20 % на 2025 г.) — выполнено». */
export function programmeSummary(label: string, d: Pick<DynamicsOfIndex, "share" | "programme">, tr: Translate): string {
  const pct = (x: number | null) => (x === null ? "—" : Math.round(x * 1000) / 10);
  const p = d.programme;
  return tr(p.target === null ? "cli_programme_line_no_target" : "cli_programme_line", {
    label, n: d.share.n, m: d.share.m, share: pct(d.share.share), target: pct(p.target), year: p.targetYear, verdict: verdictText(p, tr),
  });
}

export function verdictText(p: ProgrammeVerdict, tr: Translate): string {
  if (p.target === null) return tr("rep_idx_no_target", { year: p.targetYear });
  return p.met === null ? tr("rep_idx_no_schools") : p.met ? tr("rep_idx_met") : tr("rep_idx_not_met");
}

/** Per school: the pooled ИНР and ИМР of Y − 1 and Y with their dynamics. */
export function dynamicsTable(a: IndicesAnalysis, tr: Translate): TableSpec | undefined {
  const d = a.dynamics;
  if (!d) return undefined;
  const school = schoolColumns(a.schoolInfo, tr);
  const inrKey = a.approximation ? "rep_idx_inr_subjects_in" : "rep_idx_inr_in";
  const imrBy = new Map(d.imr?.schools.map((s) => [s.schoolId, s]) ?? []);
  return {
    name: `Index_Dynamics_${d.fromYear}_${d.toYear}`,
    columns: [
      ...school.columns,
      { key: "inrPrev", header: tr(inrKey, { year: d.fromYear }), format: "percent1" },
      { key: "inrCur", header: tr(inrKey, { year: d.toYear }), format: "percent1" },
      { key: "inrType", header: tr("rep_idx_inr_dynamics") },
      ...(d.imr ? [
        { key: "imrPrev", header: tr("rep_idx_imr_in", { year: d.fromYear }), format: "percent1" as const },
        { key: "imrCur", header: tr("rep_idx_imr_in", { year: d.toYear }), format: "percent1" as const },
        { key: "imrType", header: tr("rep_idx_imr_dynamics") },
      ] : []),
    ],
    rows: ordered(d.inr.schools, a.schoolInfo).map((s) => {
      const imr = imrBy.get(s.schoolId);
      return [
        ...school.cells(s.schoolId), ratio(s.prev), ratio(s.cur), dynamicsLabel(s.type),
        ...(d.imr ? [ratio(imr?.prev ?? null), ratio(imr?.cur ?? null), dynamicsLabel(imr?.type ?? "nodata")] : []),
      ];
    }),
    rules: [...DYNAMICS_STYLES("inrType"), ...(d.imr ? DYNAMICS_STYLES("imrType") : [])],
  };
}

/** The score specs the year's groups used: their numbers, source and confidence. */
export function specsTable(a: IndicesAnalysis, tr: Translate): TableSpec {
  const specs = new Set<ScoreSpec>();
  for (const g of a.schools) for (const s of g.subjects) if (s.spec) specs.add(s.spec);
  return {
    name: `Score_Specs_${a.year}`,
    columns: [
      { key: "procedure", header: tr("rep_idx_procedure") },
      { key: "grade", header: tr("rep_idx_grade"), format: "integer" },
      { key: "subject", header: tr("rep_idx_subject"), width: 24 },
      { key: "years", header: tr("rep_idx_spec_years") },
      { key: "min", header: tr("rep_idx_spec_min"), format: "decimal2" },
      { key: "max", header: tr("rep_idx_spec_max"), format: "decimal2" },
      { key: "top", header: tr("rep_idx_spec_top"), format: "decimal2" },
      { key: "bMin", header: "B_min", format: "decimal2" },
      { key: "bMid", header: "B_mid", format: "decimal3" },
      { key: "scale", header: tr("rep_idx_spec_scale") },
      { key: "confidence", header: tr("rep_idx_spec_confidence") },
      { key: "source", header: tr("rep_idx_spec_source"), width: 60 },
    ],
    rows: [...specs].map((s) => {
      const sample = a.schools.flatMap((g) => g.subjects).find((x) => x.spec === s);
      return [
        procedureText(s.procedure), s.grade, subjectText(s.subject, s.level), s.yearFrom === s.yearTo ? String(s.yearFrom) : `${s.yearFrom}–${s.yearTo}`,
        s.min, s.max, s.top, sample?.bMin ?? null, sample?.bMid ?? null, tr(`rep_idx_scale_${s.scale}`), tr(`rep_idx_confidence_${s.confidence}`), s.source,
      ];
    }),
    rules: [{ kind: "textEquals", column: "confidence", value: tr("rep_idx_confidence_low"), style: "warning" }],
  };
}

/** Settings and caveats written under each sheet title. */
export function indicesNotes(a: IndicesAnalysis, tr: Translate): string[] {
  const s = a.scoreSettings;
  return [
    ...(a.approximation ? [tr("rep_idx_approx_note")] : []),
    ...(a.dynamics ? [] : [tr("rep_idx_no_previous", { year: a.year - 1 })]),
    tr("rep_idx_settings", {
      mass: s.massSubjects.map((x) => subjectText(x)).join(", "),
      both: tr(`rep_idx_both_${s.egeMathBothLevels}`),
      specs: s.specOverrides.length > 0 ? tr(s.replaceDefaultSpecs ? "rep_idx_specs_user_only" : "rep_idx_specs_user", { count: s.specOverrides.length }) : tr("rep_idx_specs_default"),
    }),
    ...(a.dynamics ? [dynamicsSettingsNote(a, tr)] : []),
  ];
}

function dynamicsSettingsNote(a: IndicesAnalysis, tr: Translate): string {
  const s = a.settings;
  return tr("rep_idx_dynamics_settings", {
    rule: tr(`rep_idx_rule_${s.rule}`), m: s.schoolIds ? tr("rep_idx_cohort", { count: s.schoolIds.length }) : tr("rep_idx_all_schools"),
    nodata: tr(s.excludeNotEvaluable ? "rep_idx_nodata_excluded" : "rep_idx_nodata_included"), target: s.targetYear,
  });
}

export function indicesSheets(a: IndicesAnalysis, tr: Translate): ReportSpec {
  const notes = indicesNotes(a, tr);
  const Y = a.year;
  const sheets: SheetSpec[] = [
    a.approximation
      ? { name: tr("sheet_idx_inr_approx", { year: Y }), title: tr("title_idx_inr_approx", { year: Y }), notes, tables: [inrTable(a, tr)] }
      : { name: tr("sheet_idx_inr", { year: Y }), title: tr("title_idx_inr", { year: Y }), notes, tables: [inrTable(a, tr)] },
    { name: tr("sheet_idx_subjects", { year: Y }), title: tr("title_idx_subjects", { year: Y }), notes: a.approximation ? [tr("rep_idx_approx_note")] : [], tables: [subjectsTable(a, tr)] },
    { name: tr("sheet_idx_region", { year: Y }), title: tr("title_idx_region_sheet", { year: Y }), notes: a.approximation ? [tr("rep_idx_approx_note")] : [], tables: regionTables(a, tr) },
  ];
  const d = a.dynamics;
  const table = dynamicsTable(a, tr);
  if (d && table) {
    const rows = [{ label: tr(a.approximation ? "rep_idx_programme_inr_approx" : "rep_idx_programme_inr"), d: d.inr }, ...(d.imr ? [{ label: tr("rep_idx_programme_imr"), d: d.imr }] : [])];
    sheets.push({
      name: tr("sheet_idx_dynamics", { from: d.fromYear, to: d.toYear }),
      title: tr("title_idx_dynamics", { from: d.fromYear, to: d.toYear }),
      notes: [...(a.approximation ? [tr("rep_idx_approx_note")] : []), tr("rep_idx_dynamics_note"), dynamicsSettingsNote(a, tr)],
      tables: [programmeTable(`Programme_Indices_${d.toYear}`, rows, tr), table],
    });
  }
  if (!a.approximation) sheets.push({ name: tr("sheet_idx_specs", { year: Y }), title: tr("title_idx_specs", { year: Y }), tables: [specsTable(a, tr)] });
  return { sheets };
}
