/**
 * Registers the file host's messages with the i18n catalogue. Imported for its side effect by every module
 * here that raises a ShnorError, so callers that import one module directly still get translated texts.
 */
import { hasMessage, registerMessages } from "../../i18n";
import { fileMessages, sheetExistsMessage } from "../../i18n/messages/file";
import { ShnorError, type ProblemParams } from "../../core/errors";

registerMessages(fileMessages);
// `sheet_exists` belongs to both hosts; whichever registers first wins, the other must not redefine it.
if (!hasMessage("sheet_exists")) registerMessages(sheetExistsMessage);

/** A ShnorError of the file host; the messages are guaranteed to be registered. */
export function fileError(code: string, params: ProblemParams = {}): ShnorError {
  return new ShnorError(code, params);
}
