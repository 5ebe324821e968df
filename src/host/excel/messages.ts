/**
 * Registers the Excel host's messages with the i18n catalogue. Imported for its side effect by every module
 * here that raises a ShnorError, so callers that import one module directly still get translated texts.
 */
import { ShnorError, type ProblemParams } from "../../core/errors";
import { hasMessage, registerMessages } from "../../i18n";
import { excelMessages } from "../../i18n/messages/excel";
import { sheetExistsMessage } from "../../i18n/messages/file";

registerMessages(excelMessages);
// `sheet_exists` belongs to both hosts; whichever registers first wins, the other must not redefine it.
if (!hasMessage("sheet_exists")) registerMessages(sheetExistsMessage);

/** A ShnorError of the Excel host; the messages are guaranteed to be registered. */
export function excelError(code: string, params: ProblemParams = {}): ShnorError {
  return new ShnorError(code, params);
}

/**
 * Errors from Office.js (OfficeExtension.Error: a string `code` such as "ItemNotFound", and a message) become
 * a ShnorError with `code` so the pane can show them; our own ShnorErrors and programming errors pass through.
 */
export function fromOfficeError(e: unknown, code: "excel_failed" | "excel_write_failed" = "excel_failed"): unknown {
  if (e instanceof ShnorError || !isOfficeError(e)) return e;
  return excelError(code, { reason: e.message ? `${e.code}: ${e.message}` : e.code });
}

function isOfficeError(e: unknown): e is { code: string; message?: string } {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" && "debugInfo" in e;
}
