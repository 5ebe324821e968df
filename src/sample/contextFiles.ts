/**
 * Writes the context sample as the files a region would hand to the context commands — Russian headers, a title row,
 * .xlsx and semicolon CSV as Russian Excel saves it — into one folder, and the filled expertise templates (written by
 * the same writer as `shnor expertise template`, with the experts' points in) into its `expertise/` subfolder.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_EXPERTISE_SETTINGS, MUNICIPAL_ROADMAP_RUBRIC } from "../core/indicators/expertiseRubric";
import type { IndexComponent } from "../core/indicators/compositeIndex";
import { SEED000_TEMPLATE } from "../core/indicators/programmeTemplates";
import { RISK_FACTORS, SIGNIFICANCE_LABELS } from "../core/indicators/riskProfiles";
import { EQUIPMENT_COMPONENTS, STAFFING_COMPONENTS } from "../core/indicators/resourceDeficits";
import { SOCIAL_COMPONENTS } from "../core/indicators/socialIndex";
import type { CellOut, ColumnSpec, ReportSpec, TableSpec } from "../core/report/sheet";
import { FileHost, writeCsv } from "../host/file";
import { t } from "../i18n";
import { writeExpertiseTemplate } from "../cli/expertiseWorkbook";
import { programmeInputsReport } from "../core/report/programmeInputs";
import type { ComponentRow, ContextSample } from "./contextSample";
import type { SampleSchool } from "./generateRegion";
import type { ProgrammeSample } from "./programmeSample";

const SCHOOL: ColumnSpec[] = [
  { key: "id", header: "Логин ОО", format: "text" },
  { key: "name", header: "Наименование ОО", width: 34 },
  { key: "mo", header: "Муниципалитет", width: 32 },
];
const schoolCells = (s: SampleSchool): CellOut[] => [s.schoolId, s.schoolName, s.municipality];
const locality = (s: SampleSchool) => (s.locality === "rural" ? "село" : "город");
const yesNo = (b: boolean) => (b ? "да" : "нет");

function componentTable(name: string, rows: readonly ComponentRow[], components: readonly IndexComponent[]): TableSpec {
  return {
    name,
    columns: [
      ...SCHOOL, { key: "loc", header: "Город/село" }, { key: "year", header: "Год", format: "integer" },
      ...components.map((c): ColumnSpec => ({ key: c.key, header: c.label, width: 18, format: c.unit === "share" ? "percent1" : c.unit === "number" ? "decimal2" : "text" })),
    ],
    rows: rows.map((r) => [
      ...schoolCells(r.school), locality(r.school), r.year,
      ...components.map((c) => {
        const v = r.values[c.key];
        return v === null || v === undefined ? null : c.unit === "flag" ? yesNo(v === 1) : v;
      }),
    ]),
  };
}

const sheet = (name: string, title: string, table: TableSpec): ReportSpec["sheets"][number] => ({ name, title, tables: [table] });

async function xlsx(path: string, report: ReportSpec): Promise<string> {
  await new FileHost({ output: path, lang: "ru", existing: "overwrite" }).writeReport(report, { replace: true });
  return path;
}

async function csv(path: string, table: TableSpec): Promise<string> {
  await writeCsv(path, table);
  return path;
}

/** Writes every input of the context demo into `dir`; returns the paths written. */
export async function writeContextFiles(dir: string, ctx: ContextSample, programme: ProgrammeSample): Promise<string[]> {
  await mkdir(join(dir, "expertise"), { recursive: true });
  const y = ctx.year;
  const written = [
    await xlsx(join(dir, `social-${y}.xlsx`), { sheets: [sheet("Социальный паспорт", `Социальный паспорт школ, ${y} (синтетические данные)`, componentTable("Social_Passport", ctx.social, SOCIAL_COMPONENTS))] }),
    await xlsx(join(dir, `resources-${y - 1}-${y}.xlsx`), {
      sheets: [
        sheet("Кадры", `Кадровое обеспечение школ, ${y - 1}–${y}`, componentTable("Staffing", ctx.staffing, STAFFING_COMPONENTS)),
        sheet("МТО", `Материально-техническое оснащение школ, ${y - 1}–${y}`, componentTable("Equipment", ctx.equipment, EQUIPMENT_COMPONENTS)),
      ],
    }),
    await csv(join(dir, `oip-${y - 1}-${y}.csv`), {
      name: "OIP", columns: [...SCHOOL, { key: "year", header: "Год" }, { key: "oip", header: "ОИП" }],
      rows: ctx.oip.map((r) => [...schoolCells(r.school), r.year, r.value]),
    }),
    await xlsx(join(dir, `federal-schools-${y}.xlsx`), {
      sheets: [sheet("Критерии 2016", `Данные для критериев ФЦПРО 2016, ${y}`, {
        name: "Federal_Schools",
        columns: [
          ...SCHOOL, { key: "olympiad", header: "Участники олимпиад за 3 года", format: "integer" },
          ...[1, 2, 3].map((k): ColumnSpec => ({ key: `e${k}`, header: `Контингент год ${k}`, format: "integer" })),
          { key: "hard", header: "Труднодоступный населенный пункт" }, { key: "unemployment", header: "Доля безработных", format: "decimal1" },
        ],
        rows: ctx.federal.map((r) => [...schoolCells(r.school), r.olympiadParticipants, ...r.enrolment, yesNo(r.hardToReach), r.unemployment]),
      })],
    }),
    await csv(join(dir, `federal-means-${y}.csv`), {
      name: "Federal_Means",
      columns: [SCHOOL[0], { key: "procedure", header: "Оценочная процедура" }, { key: "school", header: "Средний балл ОО" }, { key: "region", header: "Средний балл по региону" }, { key: "max", header: "Максимальный балл" }],
      rows: ctx.means.map((r) => [r.school.schoolId, r.procedure, r.schoolMean, r.regionMean, r.maxScore]),
    }),
    await xlsx(join(dir, `risk-profiles-${y}.xlsx`), {
      sheets: [sheet("Рисковые профили", `Рисковые профили школ проекта «500+», ${y}`, {
        name: "Risk_Profiles",
        columns: [...SCHOOL, { key: "loc", header: "Город/село" }, { key: "factor", header: "Фактор риска", width: 60 }, { key: "level", header: "Значимость" }, { key: "arp", header: "АРП" }],
        rows: ctx.profiles.map((r) => [...schoolCells(r.school), locality(r.school), `${r.factor}. ${RISK_FACTORS[r.factor - 1].title}`, SIGNIFICANCE_LABELS[r.significance], yesNo(r.arp)]),
      })],
    }),
    await csv(join(dir, "project-schools.csv"), { name: "Project", columns: SCHOOL, rows: ctx.projectSchools.map(schoolCells) }),
    await xlsx(join(dir, `programme-seed000-${programme.year}.xlsx`), programmeInputsReport(SEED000_TEMPLATE, programme.year, (key, params) => t(key, params, "ru"), programme.inputs)),
  ];
  return [...written, ...(await writeExpertise(join(dir, "expertise"), programme))];
}

/** «Городской округ Северный» → «ГО_Северный», «Степной муниципальный район» → «Степной_МР»: a file name. */
const shortName = (m: string) => m.replace(/^Городской округ /, "ГО ").replace(/ муниципальный район$/, " МР").replace(/\s+/g, "_");

/**
 * One file per municipality, as coordinators send them back, except the last two, which one coordinator returned as
 * two sheets of one workbook — the summary reads both forms.
 */
async function writeExpertise(dir: string, programme: ProgrammeSample): Promise<string[]> {
  const options = { lang: "ru" as const, settings: DEFAULT_EXPERTISE_SETTINGS, points: new Map(programme.expertise.map((e) => [e.municipality, e.points])) };
  const names = programme.expertise.map((e) => e.municipality);
  const groups = names.length > 2 ? [...names.slice(0, -2).map((n) => [n]), names.slice(-2)] : names.map((n) => [n]);
  const paths: string[] = [];
  for (const [i, objects] of groups.entries()) {
    const path = join(dir, `${String(i + 1).padStart(2, "0")}-${objects.map(shortName).join("-")}.xlsx`);
    await writeExpertiseTemplate(path, MUNICIPAL_ROADMAP_RUBRIC, { ...options, objects });
    paths.push(path);
  }
  return paths;
}
