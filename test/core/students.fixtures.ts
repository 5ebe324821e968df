import type { Procedure } from "../../src/core/catalog/assessments";
import type { MathLevel } from "../../src/core/catalog/scoreSpecs";
import type { StudentScore } from "../../src/core/table/students";

/** A compact student row for tests. */
export function st(schoolId: string, year: number, procedure: Procedure, grade: number, studentId: string, subject: string, score: number, level?: MathLevel): StudentScore {
  return {
    schoolId, schoolName: `Школа ${schoolId}`, municipality: "МО", locality: null, year, procedure, grade, studentId, subject,
    ...(level ? { level } : {}), score,
  };
}

/** One subject's scores as a group of students s1, s2, … of one school. */
export function subjectGroup(schoolId: string, year: number, procedure: Procedure, grade: number, subject: string, scores: number[], level?: MathLevel): StudentScore[] {
  return scores.map((score, i) => st(schoolId, year, procedure, grade, `s${i + 1}`, subject, score, level));
}

/** TV-6 e: ОГЭ 2023, Russian and mathematics of five students. */
export const TV6E: StudentScore[] = [
  ["S1", 20, 12], ["S2", 16, 12], ["S3", 25, 9], ["S4", 14, 7], ["S5", 30, 25],
].flatMap(([id, rus, math]) => [
  st("A", 2023, "OGE", 9, String(id), "RUS", Number(rus)),
  st("A", 2023, "OGE", 9, String(id), "MATH", Number(math)),
]);
