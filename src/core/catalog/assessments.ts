/**
 * The assessment catalogue (METHODOLOGY §1): procedure × subject × grade, with the default set of order No. 847
 * as applied by FIOKO (nine assessments) and the optional ВПР grades 4, 7 and 8.
 */

export type Procedure = "VPR" | "OGE" | "EGE";
export type Subject = "RUS" | "MATH";

export interface Assessment {
  id: string;
  procedure: Procedure;
  subject: Subject;
  /** School grade: 4–8 for ВПР, 9 for ОГЭ, 11 for ЕГЭ. */
  grade: number;
  /** ЕГЭ mathematics level; "any" for the combined ЕГЭ mathematics. */
  level?: "base" | "prof" | "any";
  /** Short Russian label as used in regional reports. */
  label: string;
  /** What counts as a failure (for reports and function help). */
  failure: string;
  /** In the default (federal) set. */
  isDefault: boolean;
}

function vpr(grade: number, subject: Subject, isDefault: boolean): Assessment {
  return {
    id: `VPR${grade}_${subject}`,
    procedure: "VPR",
    subject,
    grade,
    label: `ВПР ${grade} ${subject === "RUS" ? "рус" : "мат"}`,
    failure: "отметка «2»",
    isDefault,
  };
}

export const ASSESSMENTS: readonly Assessment[] = [
  vpr(5, "RUS", true),
  vpr(5, "MATH", true),
  vpr(6, "RUS", true),
  vpr(6, "MATH", true),
  { id: "OGE_RUS", procedure: "OGE", subject: "RUS", grade: 9, label: "ОГЭ рус", failure: "отметка «2»", isDefault: true },
  { id: "OGE_MATH", procedure: "OGE", subject: "MATH", grade: 9, label: "ОГЭ мат", failure: "отметка «2»", isDefault: true },
  { id: "EGE_RUS", procedure: "EGE", subject: "RUS", grade: 11, label: "ЕГЭ рус", failure: "ниже 24 тестовых баллов", isDefault: true },
  {
    id: "EGE_MATH_BASE", procedure: "EGE", subject: "MATH", grade: 11, level: "base", label: "ЕГЭ мат баз",
    failure: "отметка «2» (ниже 7 первичных баллов)", isDefault: true,
  },
  {
    id: "EGE_MATH_PROF", procedure: "EGE", subject: "MATH", grade: 11, level: "prof", label: "ЕГЭ мат проф",
    failure: "ниже 27 тестовых баллов", isDefault: true,
  },
  vpr(4, "RUS", false),
  vpr(4, "MATH", false),
  vpr(7, "RUS", false),
  vpr(7, "MATH", false),
  vpr(8, "RUS", false),
  vpr(8, "MATH", false),
];

/** ЕГЭ mathematics with base and profile summed (`egeMathMode = combined`). */
export const EGE_MATH_COMBINED: Assessment = {
  id: "EGE_MATH", procedure: "EGE", subject: "MATH", grade: 11, level: "any", label: "ЕГЭ мат",
  failure: "«2» (база) или ниже 27 баллов (профиль)", isDefault: false,
};

export const DEFAULT_ASSESSMENT_IDS: readonly string[] = ASSESSMENTS.filter((a) => a.isDefault).map((a) => a.id);

const byId = new Map<string, Assessment>([...ASSESSMENTS, EGE_MATH_COMBINED].map((a) => [a.id, a]));

export function findAssessment(id: string): Assessment | undefined {
  return byId.get(id);
}

export type EgeMathMode = "separate" | "combined";

/** The assessments a computation evaluates, in catalogue order, with ЕГЭ mathematics merged in combined mode. */
export function evaluatedAssessments(enabled: readonly string[], egeMathMode: EgeMathMode): Assessment[] {
  const set = new Set(enabled);
  const list = ASSESSMENTS.filter((a) => set.has(a.id));
  if (egeMathMode === "separate") return list;
  const merged = list.filter((a) => a.id !== "EGE_MATH_BASE" && a.id !== "EGE_MATH_PROF");
  if (set.has("EGE_MATH_BASE") || set.has("EGE_MATH_PROF")) merged.push(EGE_MATH_COMBINED);
  return merged;
}

/** The id under which a data row is evaluated (base/profile fold into EGE_MATH in combined mode). */
export function evaluatedId(id: string, egeMathMode: EgeMathMode): string {
  return egeMathMode === "combined" && (id === "EGE_MATH_BASE" || id === "EGE_MATH_PROF") ? "EGE_MATH" : id;
}

/**
 * Recognises an assessment written as an id (VPR5_RUS) or as Russian/English text («ВПР 5 русский язык»,
 * «ОГЭ математика», «ЕГЭ математика (профиль)», "EGE math base"). Returns undefined when unknown.
 */
export function parseAssessment(text: string): Assessment | undefined {
  // A table repeats a handful of spellings a million times: remember what each one meant.
  if (recognised.has(text)) return recognised.get(text);
  const found = recognise(text);
  if (recognised.size < 10000) recognised.set(text, found);
  return found;
}

const recognised = new Map<string, Assessment | undefined>();

function recognise(text: string): Assessment | undefined {
  const raw = text.trim();
  const direct = byId.get(raw.toUpperCase());
  if (direct) return direct;
  const s = raw.toLowerCase().replace(/ё/g, "е");
  const procedure: Procedure | undefined = /впр|vpr/.test(s) ? "VPR" : /огэ|oge|гиа-9/.test(s) ? "OGE" : /егэ|ege|гиа-11/.test(s) ? "EGE" : undefined;
  if (!procedure) return undefined;
  // «мат» only at the start of a word: «информатика» is not mathematics.
  const subject: Subject | undefined = /рус|rus/.test(s) ? "RUS" : /(^|[^a-zа-я])(мат|math)|алгебр/.test(s) ? "MATH" : undefined;
  if (!subject) return undefined;
  if (procedure === "VPR") {
    const grade = s.match(/(?:^|\D)([4-8])(?:\s*(?:кл|класс|cl|grade|\D|$))/);
    return grade ? byId.get(`VPR${grade[1]}_${subject}`) : undefined;
  }
  if (procedure === "OGE") return byId.get(`OGE_${subject}`);
  if (subject === "RUS") return byId.get("EGE_RUS");
  if (/баз|base|basic/.test(s)) return byId.get("EGE_MATH_BASE");
  if (/проф|prof/.test(s)) return byId.get("EGE_MATH_PROF");
  return undefined;
}
