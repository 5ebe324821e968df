/**
 * The score indices (ИНР, ИМР; METHODOLOGY §6) accumulated one student result at a time, so that a table of any
 * length can be read as a stream: `computeScoreIndices` is "add every row, then finish", and the streaming reader of
 * the student table (table/studentStream.ts) feeds the same accumulator row by row.
 *
 * Memory. Per school × procedure × grade × year: a few counters per subject. Per student: one entry of a small
 * open-addressing table of the student's group, because the ИНР needs, per student, "low in at least one mass
 * subject" (a student's results may come in several rows: long format always, wide format when a student's subjects
 * are split over rows) and because a repeated student × subject must be refused with the row of the first one. An
 * entry is three 32-bit words — the id + 1 (ids that are canonical whole numbers below 2³² − 1), the sheet row of
 * the student's first result, and 32 bits of state (the subjects seen, and 4 bits per mass subject: taken,
 * undetermined, low at some level, low at every level) — and a table is ½ to ¾ full (a new group's table is sized
 * for 1/0.6 of the mean group so far, and grows by half at ¾), so a student costs 16–24 bytes: 20 million students
 * in 160,000 groups ≈ 0.4 GB. Per-group tables keep the rows of one school, which files keep together, on a few
 * kilobytes instead of random spots of one big table (a third of the time at the country size). An id that is not a canonical number («A-17», «Иванов И.»,
 * «007») is interned in a per-group map instead (≈ 80 bytes more). The long format costs more: each subject after a
 * student's first comes in a later row, whose number is kept for the duplicate message in a second table (16 bytes
 * per student × further subject, ¾ full at most). Subjects beyond the 24th and mass subjects beyond the second spill
 * into a map keyed by the student (the catalogue has 17 subject-levels and the default mass subjects are two).
 *
 * Problems (a score out of range, a repeated student × subject) are kept up to a cap (`ProblemList`): past it they
 * are only counted and reported as one «… and N more», so a broken 20-million-row file cannot exhaust memory.
 */
import type { Procedure } from "../catalog/assessments";
import { hashInteger } from "../collections";
import { resolveScoreSpecs, type MathLevel, type ScoreSpec, type SubjectCode, subjectLabel } from "../catalog/scoreSpecs";
import { type Location, type Problem, ShnorError } from "../errors";
import type { Locality } from "../table/aggregate";
import type { StudentScore } from "../table/students";
import {
  cachedSpecLookup, compareGroups, compareSubjects, missingSpecProblems, regionTotals, type MassSubjectLow, type ScoreIndexResult,
  type ScoreIndexSettings, scoreIndexSettings, type SchoolScoreIndex, type SubjectIndex,
} from "./scoreIndices";
import { belowBMinTest, bMid, bMin, isMass, type ScoreBounds, scoreProblem, toScaledIntegers } from "./scoreThresholds";

/** Problems kept in full; later ones are counted (default of `ProblemList`). */
export const DEFAULT_PROBLEM_CAP = 1000;

/** A list of problems that keeps the first `cap` and counts the rest, reported as `problems_more`. */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Errors seen, kept or not. */
  errors = 0;
  private moreErrors = 0;
  private moreWarnings = 0;

  constructor(readonly cap = DEFAULT_PROBLEM_CAP) {}

  push(p: Problem): void {
    if (p.severity === "error") this.errors++;
    if (this.items.length < this.cap) this.items.push(p);
    else if (p.severity === "error") this.moreErrors++;
    else this.moreWarnings++;
  }

  /** Appends another list's problems after this list's, kept up to the cap and counted past it. */
  append(other: ProblemList): void {
    for (const p of other.items) this.push(p);
    this.errors += other.moreErrors;
    this.moreErrors += other.moreErrors;
    this.moreWarnings += other.moreWarnings;
  }

  /** Problems not kept. */
  get dropped(): number {
    return this.moreErrors + this.moreWarnings;
  }

  /** The kept problems, and one `problems_more` (an error when an error was dropped) for the rest. */
  list(): Problem[] {
    if (this.dropped === 0) return [...this.items];
    return [...this.items, { code: "problems_more", severity: this.moreErrors > 0 ? "error" : "warning", params: { count: this.dropped, errors: this.moreErrors } }];
  }
}

export interface ScoreIndexAccumulatorOptions {
  /** Where problems go (shared with a reader so that the order is the rows' order); a fresh capped list by default. */
  problems?: ProblemList;
  /** Roughly how many students a group has, to size the groups' student tables once. */
  expectedStudentsPerGroup?: number;
}

export interface ScoreIndexAccumulator {
  /** One student result (as `computeScoreIndices` takes them); false when refused (a problem was recorded). */
  add(s: StudentScore): boolean;
  /** The index of a school × year × procedure × grade (created on first use; listed only once it has a result). */
  group(schoolId: string, year: number, procedure: Procedure, grade: number): number;
  /** The index of a subject (and ЕГЭ mathematics level). */
  subject(subject: SubjectCode, level?: MathLevel): number;
  /** The group's name, municipality and locality, each kept from the first result that has it. */
  names(group: number, schoolName: string, municipality: string, locality: Locality | null): void;
  /**
   * The `n` results of one student in one row: `subjects[k]` (from `subject`) scored `scores[k]`. `row` is the
   * sheet row (0 when unknown), `at(k)` the cell of result k, asked only for a problem. Returns the results accepted.
   */
  addRow(group: number, studentId: string, n: number, subjects: ArrayLike<number>, scores: ArrayLike<number>, row: number, at: (k: number) => Location | undefined): number;
  readonly problems: ProblemList;
  /** Results accepted so far. */
  readonly accepted: number;
  /** The indices; throws a ShnorError with every problem when a result was refused. */
  finish(): ScoreIndexResult;
}

const TWO32 = 4294967296;
/** Groups whose index fits beside a 32-bit id in an exact double key (key = group · 2³² + id + 1 < 2⁵³). */
const MAX_NUMERIC_GROUP = 2 ** 21 - 2;
const SEEN_BITS = 24;
const MASS_IN_BITS = 2;
/** The bits of the mass subjects kept in the state word. */
const MASS_MASK = 0xff << SEEN_BITS;
const TAKEN = 1;
const UNKNOWN = 2;
const ANY_LOW = 4;
const ALL_LOW = 8;
/** The bounds of a score without a spec: only finite and not negative are checked. */
const NO_MAX = { max: Number.POSITIVE_INFINITY };
/** Sheet row "unknown" in the `first` array (sheet rows start at 1). */
const NO_ROW = 0;

/** A canonical whole number below 2³² ("0", "17", not "017", "+5", "1e3"), or -1. */
function numericId(s: string): number {
  const n = s.length;
  if (n === 0 || n > 10) return -1;
  if (s.charCodeAt(0) === 48) return n === 1 ? 0 : -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v < TWO32 ? v : -1;
}


/** What does not fit a student's 32 state bits. */
interface Spill {
  seen?: Set<number>;
  /** Mass-subject nibbles from the third mass subject on. */
  mass?: number[];
}

/**
 * The first sheet row of a student × subject whose first result came in a later row than the student's first (every
 * subject after the first in the long format): 16 bytes an entry, in the same kind of table as the students.
 */
class LaterFirstRows {
  private keys = new Float64Array(1024);
  private sls = new Int32Array(1024);
  private rows = new Uint32Array(1024);
  private size = 0;

  private find(key: number, sl: number): number {
    const mask = this.keys.length - 1;
    let i = (hashInteger(key) & mask) ^ (Math.imul(sl + 1, 0x9e3779b1) & mask);
    for (;;) {
      const k = this.keys[i];
      if (k === 0 || (k === key && this.sls[i] === sl)) return i;
      i = (i + 1) & mask;
    }
  }

  get(key: number, sl: number): number | undefined {
    if (this.size === 0) return undefined;
    const i = this.find(key, sl);
    return this.keys[i] === 0 ? undefined : this.rows[i];
  }

  set(key: number, sl: number, row: number): void {
    if ((this.size + 1) > this.keys.length * 0.75) {
      const { keys, sls, rows } = this;
      this.keys = new Float64Array(keys.length * 2);
      this.sls = new Int32Array(keys.length * 2);
      this.rows = new Uint32Array(keys.length * 2);
      this.size = 0;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i], sls[i], rows[i]);
    }
    const i = this.find(key, sl);
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = key;
    this.sls[i] = sl;
    this.rows[i] = row;
  }
}

/** One group's students with canonical numeric ids: open addressing over `cap` entries [id + 1, first row, bits]. */
interface NumericStudents {
  data: Uint32Array;
  cap: number;
  size: number;
}

/** The slot of hash `h` in a table of `cap` entries (any size: a multiply, not a mask). */
const slotOf = (h: number, cap: number): number => Math.floor((h >>> 0) * cap / TWO32);

/** One group's students with other ids: interned to 0, 1, …; entries [first row, bits]. */
interface TextStudents {
  ids: Map<string, number>;
  data: Uint32Array;
}

/**
 * The students, per group: a small open-addressing table of 32-bit words per group (at most ¾ full) for numeric
 * ids, so that the rows of one school — which files keep together — touch a few kilobytes, not a random spot of a
 * 500 MB table; other ids are interned per group. `locate` makes an entry current; `first`, `bits` and `set` act on
 * it. A student's stable key (for the rare spills) is `group · 2³² + id + 1`, negative for interned ids.
 */
class StudentTable {
  private readonly numeric: (NumericStudents | undefined)[] = [];
  private readonly text: (TextStudents | undefined)[] = [];
  /** Whether the last `locate` created the entry. */
  created = false;
  /** The current entry: its words `arr[off]` (first row) and `arr[off + 1]` (bits), and the student's key. */
  arr: Uint32Array = new Uint32Array(2);
  off = 0;
  key = 0;
  readonly spill = new Map<number, Spill>();
  readonly laterFirst = new LaterFirstRows();

  /** Students and groups with a numeric table so far: a new group's table starts at the mean size (fewer growths). */
  private students = 0;
  private tables = 0;

  constructor(private readonly expectedPerGroup: number) {}

  locate(group: number, studentId: string): void {
    if (group > MAX_NUMERIC_GROUP) throw new Error(`score indices: more than ${MAX_NUMERIC_GROUP} school × procedure × grade × year groups`);
    const id = numericId(studentId);
    if (id >= 0 && id < TWO32 - 1) this.locateNumeric(group, id + 1);
    else this.locateText(group, studentId);
  }

  private locateNumeric(group: number, k: number): void {
    let t = this.numeric[group];
    if (!t) {
      const expected = Math.min(1 << 16, Math.max(this.expectedPerGroup, this.tables > 0 ? this.students / this.tables : 0));
      const cap = Math.max(16, Math.ceil(expected / 0.6));
      t = this.numeric[group] = { data: new Uint32Array(cap * 3), cap, size: 0 };
      this.tables++;
    }
    let { data, cap } = t;
    let i = slotOf(hashId(k), cap);
    for (;;) {
      const x = data[3 * i];
      if (x === k) {
        this.created = false;
        break;
      }
      if (x === 0) {
        if (t.size + 1 > cap * 0.75) {
          growNumeric(t);
          ({ data, cap } = t);
          i = slotOf(hashId(k), cap);
          while (data[3 * i] !== 0) i = i + 1 === cap ? 0 : i + 1;
        }
        data[3 * i] = k;
        t.size++;
        this.students++;
        this.created = true;
        break;
      }
      i = i + 1 === cap ? 0 : i + 1;
    }
    this.arr = data;
    this.off = 3 * i + 1;
    this.key = group * TWO32 + k;
  }

  private locateText(group: number, studentId: string): void {
    let t = this.text[group];
    if (!t) t = this.text[group] = { ids: new Map(), data: new Uint32Array(16) };
    let index = t.ids.get(studentId);
    this.created = index === undefined;
    if (index === undefined) {
      index = t.ids.size;
      t.ids.set(studentId, index);
      if (2 * index + 2 > t.data.length) {
        const data = new Uint32Array(t.data.length * 2);
        data.set(t.data);
        t.data = data;
      }
    }
    this.arr = t.data;
    this.off = 2 * index;
    this.key = -(group * TWO32 + index + 1);
  }

  first(): number {
    return this.arr[this.off];
  }

  bits(): number {
    return this.arr[this.off + 1];
  }

  set(first: number, bits: number): void {
    this.arr[this.off] = first;
    this.arr[this.off + 1] = bits;
  }

  spillOf(key: number): Spill {
    let s = this.spill.get(key);
    if (!s) this.spill.set(key, (s = {}));
    return s;
  }
}

function hashId(k: number): number {
  let h = Math.imul(k, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function growNumeric(t: NumericStudents): void {
  const old = t.data;
  const cap = Math.ceil(t.cap * 1.5);
  const data = new Uint32Array(cap * 3);
  for (let i = 0; i < old.length; i += 3) {
    const k = old[i];
    if (k === 0) continue;
    let j = slotOf(hashId(k), cap);
    while (data[3 * j] !== 0) j = j + 1 === cap ? 0 : j + 1;
    data[3 * j] = k;
    data[3 * j + 1] = old[i + 1];
    data[3 * j + 2] = old[i + 2];
  }
  t.data = data;
  t.cap = cap;
}

/** One subject (and level) in one group: its spec and counters. */
interface SubjectCounter {
  sl: number;
  spec: ScoreSpec | undefined;
  below: ((score: number) => boolean) | undefined;
  mass: ((score: number) => boolean) | undefined;
  /** Index among the mass subjects, or -1. */
  massIndex: number;
  participants: number;
  lowCount: number;
  massCount: number;
}

interface GroupState {
  schoolId: string;
  year: number;
  procedure: Procedure;
  grade: number;
  schoolName: string;
  municipality: string;
  locality: Locality | null;
  results: number;
  subjects: (SubjectCounter | undefined)[];
  /**
   * Kept up to date as students change (their old contribution taken out, the new one put in), so that `finish` needs
   * no pass over the students: participants and low students, and per mass subject participants, low students and
   * students whose lowness is undetermined (a level without a spec).
   */
  participants: number;
  low: number;
  massParticipants: number[];
  massLow: number[];
  massUnknown: number[];
}

/** `isMass` for many scores against one spec: whole scores compared without allocating (as `belowBMinTest`). */
function massTest(b: ScoreBounds): (score: number) => boolean {
  const { ints: [m, M, t], scale } = toScaledIntegers([b.min, b.max, b.top]);
  const limit = 100 * m + 5 * M + 100 * t;
  return (score) => (Number.isInteger(score) ? 200 * score * scale >= limit : isMass(score, b));
}

export function createScoreIndexAccumulator(options: Partial<ScoreIndexSettings> = {}, acc: ScoreIndexAccumulatorOptions = {}): ScoreIndexAccumulator {
  const settings = scoreIndexSettings(options);
  const specFor = cachedSpecLookup(resolveScoreSpecs({ specs: settings.specOverrides, replaceDefaults: settings.replaceDefaultSpecs }));
  const problems = acc.problems ?? new ProblemList();
  const massList = settings.massSubjects;
  const massCount = massList.length;
  const table = new StudentTable(acc.expectedStudentsPerGroup ?? 0);
  const groups: GroupState[] = [];
  const groupIndex = new Map<string, number>();
  const subjects: { subject: SubjectCode; level?: MathLevel; label: string; massIndex: number }[] = [];
  const subjectIndex = new Map<string, number>();
  let accepted = 0;

  const group = (schoolId: string, year: number, procedure: Procedure, grade: number): number => {
    const key = `${schoolId}\u0000${year}\u0000${procedure}\u0000${grade}`;
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(key, g);
      groups.push({
        schoolId, year, procedure, grade, schoolName: "", municipality: "", locality: null, results: 0, subjects: [],
        participants: 0, low: 0, massParticipants: new Array<number>(massCount).fill(0), massLow: new Array<number>(massCount).fill(0), massUnknown: new Array<number>(massCount).fill(0),
      });
    }
    return g;
  };

  const subject = (code: SubjectCode, level?: MathLevel): number => {
    const key = `${code}|${level ?? ""}`;
    let sl = subjectIndex.get(key);
    if (sl === undefined) {
      sl = subjects.length;
      subjectIndex.set(key, sl);
      subjects.push({ subject: code, ...(level ? { level } : {}), label: subjectLabel(code, level), massIndex: massList.indexOf(code) });
    }
    return sl;
  };

  const names = (g: number, schoolName: string, municipality: string, locality: Locality | null): void => {
    const s = groups[g];
    if (!s.schoolName && schoolName) s.schoolName = schoolName;
    if (!s.municipality && municipality) s.municipality = municipality;
    if (!s.locality && locality) s.locality = locality;
  };

  /** The threshold tests of each spec, made once (a group × subject shares them with every other group). */
  const tests = new Map<ScoreSpec, { below: (score: number) => boolean; mass: (score: number) => boolean; bMin: number; bMid: number }>();
  const testsOf = (spec: ScoreSpec) => {
    let t = tests.get(spec);
    if (!t) tests.set(spec, (t = { below: belowBMinTest(spec), mass: massTest(spec), bMin: bMin(spec), bMid: bMid(spec) }));
    return t;
  };
  const counterOf = (g: GroupState, sl: number): SubjectCounter => {
    let c = g.subjects[sl];
    if (!c) {
      const sub = subjects[sl];
      const spec = specFor({ procedure: g.procedure, grade: g.grade, year: g.year, subject: sub.subject, ...(sub.level ? { level: sub.level } : {}) });
      const t = spec ? testsOf(spec) : undefined;
      c = g.subjects[sl] = { sl, spec, below: t?.below, mass: t?.mass, massIndex: sub.massIndex, participants: 0, lowCount: 0, massCount: 0 };
    }
    return c;
  };

  /** A mass subject's 4 bits after one more result (low: below B_min; null: no spec). */
  const nextNibble = (nibble: number, low: boolean | null): number => {
    if ((nibble & TAKEN) === 0) return TAKEN | (low === null ? UNKNOWN : low ? ANY_LOW | ALL_LOW : 0);
    if (low === null) return nibble | UNKNOWN;
    return low ? nibble | ANY_LOW : nibble & ~ALL_LOW;
  };

  const lowBit = settings.egeMathBothLevels === "any" ? ANY_LOW : ALL_LOW;

  /** Adds (sign 1) or takes out (−1) a student's contribution to its group's counts, from its mass-subject bits. */
  const contribute = (state: GroupState, bits: number, spilled: readonly number[] | undefined, sign: number): void => {
    let took = false;
    let low = false;
    for (let j = 0; j < massCount; j++) {
      const nibble = j < MASS_IN_BITS ? (bits >>> (SEEN_BITS + 4 * j)) & 15 : spilled?.[j] ?? 0;
      if ((nibble & TAKEN) === 0) continue;
      took = true;
      state.massParticipants[j] += sign;
      if (nibble & UNKNOWN) state.massUnknown[j] += sign;
      else if (nibble & lowBit) {
        state.massLow[j] += sign;
        low = true;
      }
    }
    if (took) state.participants += sign;
    if (low) state.low += sign;
  };

  /**
   * The student's state is read once per row into `bits` and written back once; subjects and mass subjects beyond
   * the bits go to the spill map. The group's counts follow the student's mass-subject state.
   */
  const addRow = (g: number, studentId: string, n: number, sls: ArrayLike<number>, scores: ArrayLike<number>, row: number, at: (k: number) => Location | undefined): number => {
    const state = groups[g];
    table.locate(g, studentId);
    const key = table.key;
    let first = row;
    let bits = 0;
    if (!table.created) {
      first = table.first();
      bits = table.bits();
    }
    const oldBits = bits;
    const spills = massCount > MASS_IN_BITS;
    const oldSpilled = spills && !table.created ? table.spill.get(key)?.mass?.slice() : undefined;
    let ok = 0;
    for (let k = 0; k < n; k++) {
      const sl = sls[k];
      const score = scores[k];
      const c = counterOf(state, sl);
      const code = scoreProblem(score, c.spec ?? NO_MAX);
      if (code) {
        problems.push({
          code, severity: "error", location: at(k),
          params: { value: score, max: c.spec?.max ?? "", procedure: state.procedure, subject: subjects[sl].label, grade: state.grade, year: state.year },
        });
      }
      const seen = sl < SEEN_BITS ? (bits & (1 << sl)) !== 0 : (table.spill.get(key)?.seen?.has(sl) ?? false);
      if (seen) {
        const firstOfSubject = table.laterFirst.get(key, sl) ?? first;
        problems.push({ code: "student_duplicate", severity: "error", params: { student: studentId, subject: subjects[sl].label, first: firstOfSubject === NO_ROW ? "—" : firstOfSubject }, location: at(k) });
        continue;
      }
      if (sl < SEEN_BITS) bits |= 1 << sl;
      else (table.spillOf(key).seen ??= new Set()).add(sl);
      if (row !== first) table.laterFirst.set(key, sl, row);
      if (code) continue;
      c.participants++;
      let low: boolean | null = null;
      if (c.below && c.mass) {
        low = c.below(score);
        if (low) c.lowCount++;
        if (c.mass(score)) c.massCount++;
      }
      const j = c.massIndex;
      if (j >= 0 && j < MASS_IN_BITS) {
        const shift = SEEN_BITS + 4 * j;
        bits = (bits & ~(15 << shift)) | (nextNibble((bits >>> shift) & 15, low) << shift);
      } else if (j >= 0) {
        const spill = table.spillOf(key);
        (spill.mass ??= [])[j] = nextNibble(spill.mass[j] ?? 0, low);
      }
      ok++;
    }
    table.set(first, bits >>> 0);
    if ((bits & MASS_MASK) !== (oldBits & MASS_MASK) || spills) {
      if (oldBits !== 0 || oldSpilled) contribute(state, oldBits, oldSpilled, -1);
      contribute(state, bits, spills ? table.spill.get(key)?.mass : undefined, 1);
    }
    state.results += ok;
    accepted += ok;
    return ok;
  };

  const scratchSl = [0];
  const scratchScore = [0];
  const add = (s: StudentScore): boolean => {
    const g = group(s.schoolId, s.year, s.procedure, s.grade);
    scratchSl[0] = subject(s.subject, s.level);
    scratchScore[0] = s.score;
    const ok = addRow(g, s.studentId, 1, scratchSl, scratchScore, s.location?.row ?? NO_ROW, () => s.location) > 0;
    if (ok) names(g, s.schoolName, s.municipality, s.locality);
    return ok;
  };

  const finish = (): ScoreIndexResult => {
    if (problems.errors > 0) throw ShnorError.fromProblems(problems.list());
    const schools: SchoolScoreIndex[] = [];
    for (const s of groups) {
      if (s.results === 0) continue;
      const massSubjects: MassSubjectLow[] = [];
      let undetermined = false;
      for (let j = 0; j < massCount; j++) {
        const participants = s.massParticipants[j];
        if (participants === 0) continue;
        const lowCount = s.massUnknown[j] > 0 ? null : s.massLow[j];
        if (lowCount === null) undetermined = true;
        massSubjects.push({ subject: massList[j], participants, lowCount, share: share(lowCount, participants) });
      }
      const { participants } = s;
      const lowCount = undetermined ? null : s.low;
      schools.push({
        schoolId: s.schoolId, year: s.year, procedure: s.procedure, grade: s.grade,
        schoolName: s.schoolName, municipality: s.municipality, locality: s.locality,
        participants, lowCount, inr: share(lowCount, participants), subjects: subjectIndicesOf(s), massSubjects,
        approximation: false,
      });
    }
    schools.sort(compareGroups);
    return { schools, region: regionTotals(schools), problems: missingSpecProblems(schools), settings };
  };

  const subjectIndicesOf = (g: GroupState): SubjectIndex[] => {
    const out: SubjectIndex[] = [];
    for (const c of g.subjects) {
      // A subject outside the mass list without a spec (ГИА physics) has nothing to report; a mass subject without
      // one is kept with null counts so that the gap shows.
      if (!c || c.participants === 0 || (c.massIndex < 0 && !c.spec)) continue;
      const { subject: code, level } = subjects[c.sl];
      const spec = c.spec ?? null;
      const lowCount = spec ? c.lowCount : null;
      const massCount = spec ? c.massCount : null;
      out.push({
        subject: code, ...(level ? { level } : {}), spec, bMin: spec ? testsOf(spec).bMin : null, bMid: spec ? testsOf(spec).bMid : null, participants: c.participants,
        lowCount, lowShare: share(lowCount, c.participants), massCount, massShare: share(massCount, c.participants),
      });
    }
    return out.sort(compareSubjects);
  };

  return {
    add, group, subject, names, addRow, problems, finish,
    get accepted() {
      return accepted;
    },
  };
}

const share = (count: number | null, total: number): number | null => (count === null || total === 0 ? null : count / total);
