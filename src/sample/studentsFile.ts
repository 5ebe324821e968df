/**
 * The sample region's student scores as the long table of METHODOLOGY §13 (`school_id;year;procedure;grade;
 * student_id;subject;score`), written the way Russian Excel saves a CSV (UTF-8 with BOM, `;`, CRLF) and with the
 * values a regional export uses («ОГЭ», «Математика (профиль)»). The students are those the sample's aggregate
 * table was computed from, so both files describe one region. Student ids are synthetic.
 */
import { findAssessment } from "../core/catalog/assessments";
import { procedureText, subjectText } from "../core/report/indicesSheets";
import type { TableSpec } from "../core/report/sheet";
import { writeCsv } from "../host/file";
import type { SampleRegion } from "./generateRegion";

/** The canonical column names: the file reads back without any column mapping. */
const COLUMNS = ["school_id", "year", "procedure", "grade", "student_id", "subject", "score"] as const;

export function studentsTable(region: SampleRegion): TableSpec {
  return {
    name: "Students",
    columns: COLUMNS.map((key) => ({ key, header: key })),
    rows: region.students.map((s) => {
      const a = findAssessment(s.assessmentId);
      if (!a) throw new Error(`sample assessment ${s.assessmentId} is not in the catalogue`);
      const level = a.level === "base" || a.level === "prof" ? a.level : undefined;
      return [s.schoolId, s.year, procedureText(a.procedure), a.grade, s.studentId, subjectText(a.subject, level), s.score];
    }),
  };
}

/** Writes the students file atomically. */
export function writeStudentsCsv(path: string, region: SampleRegion): Promise<void> {
  return writeCsv(path, studentsTable(region));
}
