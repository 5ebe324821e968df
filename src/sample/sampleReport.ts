/** The sample region as an input workbook, the way a regional export looks: a title row, Russian headers. */
import { findAssessment } from "../core/catalog/assessments";
import type { ReportSpec } from "../core/report/sheet";
import type { SampleRegion } from "./generateRegion";

/** «ВПР 5 кл. русский язык», «ОГЭ математика», «ЕГЭ математика (профильная)»: how exports name assessments. */
export function assessmentText(id: string): string {
  const a = findAssessment(id);
  if (!a) return id;
  const subject = a.subject === "RUS" ? "русский язык" : "математика";
  if (a.procedure === "VPR") return `ВПР ${a.grade} кл. ${subject}`;
  if (a.procedure === "OGE") return `ОГЭ ${subject}`;
  return a.level === "base" ? "ЕГЭ математика (базовая)" : a.level === "prof" ? "ЕГЭ математика (профильная)" : `ЕГЭ ${subject}`;
}

export function sampleWorkbook(region: SampleRegion): ReportSpec {
  return {
    sheets: [
      {
        name: "Результаты",
        title: "Результаты оценочных процедур по школам региона (синтетические данные, все названия вымышлены)",
        tables: [
          {
            name: "Results",
            columns: [
              { key: "id", header: "Логин ОО", format: "text" },
              { key: "name", header: "Наименование ОО", width: 34 },
              { key: "mo", header: "Муниципалитет", width: 32 },
              { key: "loc", header: "Город/село" },
              { key: "group", header: "Группа" },
              { key: "year", header: "Год", format: "integer" },
              { key: "assessment", header: "Оценочная процедура", width: 30 },
              { key: "n", header: "Кол-во участников", format: "integer" },
              { key: "f", header: 'Количество "2"', format: "integer" },
              { key: "mean", header: "Средний балл", format: "decimal2" },
            ],
            rows: region.aggregates.map((a) => [
              a.school.schoolId, a.school.schoolName, a.school.municipality, a.school.locality === "rural" ? "село" : "город", a.school.group,
              a.year, assessmentText(a.assessmentId), a.participants > 0 ? a.participants : null, a.participants > 0 ? a.failed : null, a.meanScore,
            ]),
          },
        ],
      },
    ],
  };
}
