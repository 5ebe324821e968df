/** Maps FunctionError (and anything unexpected) to Excel's CustomFunctions.Error with a translated message. */
import { type Lang, t } from "./messages";
import { FunctionError } from "./FunctionError";

/** Messages follow Office's display language; results never do. */
function uiLanguage(): Lang {
  try {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return lang && !lang.toLowerCase().startsWith("ru") ? "en" : "ru";
  } catch {
    return "ru";
  }
}

export function toCustomFunctionsError(e: unknown): CustomFunctions.Error {
  const lang = uiLanguage();
  if (e instanceof FunctionError) {
    const code = e.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, t(e.key, e.params, lang));
  }
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, t("internal_error", { message }, lang));
}
