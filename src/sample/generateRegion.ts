/**
 * A synthetic region for the demo and the tests: schools in 30+ municipalities, towns and villages, small rural
 * schools, basic schools without grade 11, procedures not held, three results years, and student-level scores
 * for all nine assessments. Aggregates are computed from the students with the score specifications of the
 * catalogue, so the aggregate table and the student file always agree. No real school or person is in it.
 */
import { type Assessment, DEFAULT_ASSESSMENT_IDS, findAssessment } from "../core/catalog/assessments";
import { DEFAULT_SCORE_SPECS, findScoreSpec, type ScoreSpec } from "../core/catalog/scoreSpecs";
import type { Locality } from "../core/table/aggregate";
import { Random } from "./random";

export interface SampleSchool {
  schoolId: string;
  schoolName: string;
  municipality: string;
  locality: Locality;
  group: string;
  /** Students per grade. */
  classSize: number;
  hasGrade11: boolean;
  /** Latent quality: below 0 means weaker results. */
  quality: number;
}

export interface SampleStudentScore {
  schoolId: string;
  year: number;
  assessmentId: string;
  studentId: string;
  score: number;
}

export interface SampleAggregate {
  school: SampleSchool;
  year: number;
  assessmentId: string;
  participants: number;
  failed: number;
  meanScore: number | null;
}

export interface SampleRegion {
  years: number[];
  schools: SampleSchool[];
  students: SampleStudentScore[];
  aggregates: SampleAggregate[];
}

export interface SampleOptions {
  seed?: number;
  municipalities?: number;
  schools?: number;
  years?: number[];
}

const AREA_NAMES = [
  "Северный", "Южный", "Заречный", "Лесной", "Приозёрный", "Степной", "Горный", "Луговой", "Сосновский", "Берёзовский",
  "Кедровый", "Речной", "Полевой", "Озёрный", "Дубравный", "Светлый", "Холмистый", "Ключевой", "Ольховский", "Рябиновый",
  "Каменский", "Яблоневый", "Вишнёвый", "Малиновый", "Тихий", "Широкий", "Высокий", "Ясный", "Зелёный", "Синегорский",
  "Белогорский", "Красноборский", "Липовый", "Черёмуховый", "Ивановский", "Петровский",
];
const VILLAGES = ["Ивановка", "Петровка", "Сосновка", "Берёзовка", "Ключи", "Озёрное", "Лесное", "Дубки", "Горки", "Раздолье", "Привольное", "Луговое"];

/** How hard each assessment is (lower = more failures); tuned so that about a fifth of schools are ШНОР. */
const DIFFICULTY: Record<string, number> = {
  VPR5_RUS: 1.15, VPR5_MATH: 1.25, VPR6_RUS: 1.1, VPR6_MATH: 1.2, OGE_RUS: 1.7, OGE_MATH: 1.4,
  EGE_RUS: 2.1, EGE_MATH_BASE: 2.0, EGE_MATH_PROF: 0.2,
};

function makeSchools(rng: Random, municipalities: number, count: number): SampleSchool[] {
  const schools: SampleSchool[] = [];
  const areaEffect = Array.from({ length: municipalities }, () => rng.normal() * 0.25);
  for (let i = 0; i < count; i++) {
    const m = i % municipalities;
    const isCity = m < 4;
    const rural = !isCity && rng.chance(0.6);
    const area = AREA_NAMES[m % AREA_NAMES.length];
    const municipality = isCity ? `Городской округ ${area}` : `${area} муниципальный район`;
    const small = rural && rng.chance(0.35);
    const classSize = small ? rng.int(2, 8) : rural ? rng.int(8, 25) : rng.int(20, 90);
    const hasGrade11 = !(rural && rng.chance(0.35)) && !(small && rng.chance(0.5));
    const quality = areaEffect[m] + rng.normal() * 0.45 - (rural ? 0.15 : 0) - (small ? 0.1 : 0);
    const n = String(i + 1).padStart(3, "0");
    const kind = hasGrade11 ? "СОШ" : "ООШ";
    const schoolName = rural ? `МБОУ «${kind} с. ${rng.pick(VILLAGES)}»` : `МБОУ «${kind} № ${rng.int(1, 60)}»`;
    schools.push({ schoolId: `sch${String(m + 1).padStart(2, "0")}${n}`, schoolName, municipality, locality: rural ? "rural" : "urban", group: "", classSize, hasGrade11, quality });
  }
  // The weakest schools are in the federal project «500+»: a group column for the group reports.
  [...schools].sort((a, b) => a.quality - b.quality).slice(0, Math.round(count * 0.08)).forEach((s, i) => (s.group = i % 2 ? "500+ 2023" : "500+ 2022"));
  return schools;
}

function specFor(a: Assessment, year: number): ScoreSpec {
  const level = a.level === "base" || a.level === "prof" ? a.level : undefined;
  const spec = findScoreSpec(DEFAULT_SCORE_SPECS, { procedure: a.procedure, subject: a.subject, grade: a.grade, year, level });
  if (!spec) throw new Error(`no score specification for ${a.id} in ${year}`);
  return spec;
}

/** A score on the spec's scale from the student's standing: a logistic curve around the «3» boundary. */
function scoreOf(spec: ScoreSpec, standing: number): number {
  const p = 1 / (1 + Math.exp(-standing));
  const passShare = spec.min / spec.max;
  const x = passShare + (p - 0.5) * 1.6 * (1 - passShare) + (p - 0.5) * 0.5 * passShare;
  return Math.max(0, Math.min(spec.max, Math.round(x * spec.max)));
}

export function generateRegion(options: SampleOptions = {}): SampleRegion {
  const rng = new Random(options.seed ?? 20241);
  const years = options.years ?? [2022, 2023, 2024];
  const schools = makeSchools(rng, options.municipalities ?? 32, options.schools ?? 420);
  const students: SampleStudentScore[] = [];
  const aggregates: SampleAggregate[] = [];
  for (const school of schools) {
    let drift = 0;
    for (const year of years) {
      drift = drift * 0.6 + rng.normal() * 0.2;
      let studentNo = 0;
      const cohort = (grade: number) => Math.max(0, Math.round(school.classSize * (grade >= 10 ? 0.5 : 1) * (0.85 + rng.next() * 0.3)));
      const takers = new Map<string, { id: string; ability: number }[]>();
      for (const grade of [5, 6, 9, 11]) {
        if (grade === 11 && !school.hasGrade11) continue;
        const list = Array.from({ length: cohort(grade) }, () => ({ id: `${school.schoolId}-${year}-${++studentNo}`, ability: rng.normal() }));
        takers.set(String(grade), list);
      }
      for (const id of DEFAULT_ASSESSMENT_IDS) {
        const a = findAssessment(id)!;
        const pool = takers.get(String(a.grade)) ?? [];
        // Procedures not held: an occasional ВПР class that did not write, and no ЕГЭ where there is no grade 11.
        if (pool.length === 0 || (a.procedure === "VPR" && rng.chance(0.03))) {
          aggregates.push({ school, year, assessmentId: id, participants: 0, failed: 0, meanScore: null });
          continue;
        }
        // ЕГЭ mathematics: each graduate takes one level, about 40 % the profile one.
        const sitting = a.id === "EGE_MATH_BASE" ? pool.filter((s) => s.ability < 0.25) : a.id === "EGE_MATH_PROF" ? pool.filter((s) => s.ability >= 0.25) : pool;
        const spec = specFor(a, year);
        let failed = 0;
        let sum = 0;
        for (const s of sitting) {
          const score = scoreOf(spec, DIFFICULTY[id] + school.quality + drift + s.ability * 0.9 + rng.normal() * 0.3);
          students.push({ schoolId: school.schoolId, year, assessmentId: id, studentId: s.id, score });
          if (score < spec.min) failed++;
          sum += score;
        }
        aggregates.push({ school, year, assessmentId: id, participants: sitting.length, failed, meanScore: sitting.length ? Math.round((sum / sitting.length) * 100) / 100 : null });
      }
    }
  }
  return { years, schools, students, aggregates };
}
