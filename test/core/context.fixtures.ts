import type { TableSpec } from "../../src/core/report/sheet";
import type { Translate } from "../../src/core/report/translate";
import { hasMessage, registerMessages, t } from "../../src/i18n";
import { contextMessages } from "../../src/i18n/messages/context";

// The lead registers contextMessages in src/i18n/index.ts; registering the same texts again is harmless.
registerMessages(contextMessages);

/** A translator that fails the test on a key without a message, in the given language. */
export function translator(lang: "ru" | "en"): Translate {
  return (key, params) => {
    if (!hasMessage(key)) throw new Error(`no message for ${key}`);
    return t(key, params, lang);
  };
}

/** A table as the matrix a host would write: the header row, then the rows. */
export function asMatrix(table: TableSpec): unknown[][] {
  return [table.columns.map((c) => c.header), ...table.rows];
}
