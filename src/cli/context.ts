/** What every command needs: where to print, the language of messages, and a translator for reports. */
import type { Translate } from "../core/report/translate";
import { type Lang, t } from "../i18n";

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function translator(lang: Lang): Translate {
  return (key, params) => t(key, params, lang);
}

export function parseLang(value: string | undefined): Lang {
  return value === "en" ? "en" : "ru";
}

/** A problem with the command line itself (exit code 2), as opposed to a problem in the data (exit code 1). */
export class UsageError extends Error {}
