/**
 * The message catalogue and its formatting, with no messages registered: each bundle registers the domains it
 * speaks (src/i18n/index.ts registers them all; the worksheet functions only theirs, which keeps their bundle small).
 * Each domain keeps its messages in `messages/<domain>.ts` as `{ key: { ru, en } }`; templates use `{name}`
 * placeholders filled from the parameters of a core Problem or ShnorError.
 */
import { cellAddress, type Location, type Problem, ShnorError } from "../core/errors";

export type Lang = "ru" | "en";
export type Messages = Record<string, { ru: string; en: string }>;

const catalogue: Messages = {};

/** Adds a domain's messages; a key defined twice is a programming error. */
export function registerMessages(messages: Messages): void {
  for (const [key, text] of Object.entries(messages)) {
    if (key in catalogue && catalogue[key] !== text) throw new Error(`message key defined twice: ${key}`);
    catalogue[key] = text;
  }
}


export function hasMessage(key: string): boolean {
  return key in catalogue;
}

export function allMessageKeys(): string[] {
  return Object.keys(catalogue);
}

/** The text of a key with its placeholders filled; unknown keys come back as the key (and are caught by tests). */
export function t(key: string, params: Record<string, string | number> = {}, lang: Lang = "ru"): string {
  const entry = catalogue[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    if (typeof v === "number" && !Number.isInteger(v)) return lang === "ru" ? String(v).replace(".", ",") : String(v);
    return String(v);
  });
}

/** "Лист1!C7 (столбец «Участники»): ..." — where first, then what is wrong and what was expected. */
export function formatLocation(loc: Location | undefined, lang: Lang = "ru"): string {
  if (!loc) return "";
  const address = cellAddress(loc);
  const parts: string[] = [];
  if (address) parts.push(address);
  else if (loc.sheet) parts.push(lang === "ru" ? `лист «${loc.sheet}»` : `sheet "${loc.sheet}"`);
  if (loc.column) parts.push(lang === "ru" ? `столбец «${loc.column}»` : `column "${loc.column}"`);
  return parts.join(", ");
}

export function formatProblem(p: Problem, lang: Lang = "ru"): string {
  const where = formatLocation(p.location, lang);
  const what = t(p.code, p.params, lang);
  return where ? `${where}: ${what}` : what;
}

/** A user-facing text for any error: ShnorErrors are translated, anything else is reported as internal. */
export function formatError(e: unknown, lang: Lang = "ru"): string {
  if (e instanceof ShnorError) {
    if (e.problems.length > 1 || e.code === "invalid_table") return formatProblems(e.problems, lang);
    return formatProblem(e.problems[0], lang);
  }
  return t("internal_error", { message: e instanceof Error ? e.message : String(e) }, lang);
}

/** Problems listed in full up to this many; a broken million-row file must not print a million lines. */
export const PROBLEMS_SHOWN = 1000;

/** One line per problem, the first PROBLEMS_SHOWN of them, then one line counting the rest. */
export function formatProblems(problems: readonly Problem[], lang: Lang = "ru"): string {
  const lines = problems.slice(0, PROBLEMS_SHOWN).map((p) => formatProblem(p, lang));
  const rest = problems.slice(PROBLEMS_SHOWN);
  if (rest.length > 0) lines.push(t("problems_more", { count: rest.length, errors: rest.filter((p) => p.severity === "error").length }, lang));
  return lines.join("\n");
}
