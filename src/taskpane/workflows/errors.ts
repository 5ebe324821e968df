import { hasMessage, formatError, type Lang, t } from "../../i18n";
import { ShnorError } from "../../core/errors";

/**
 * A user-facing text for an error from the core or a host. Hosts across a boundary (the Office host, the UI
 * tests' bridge) may throw plain objects carrying a ShnorError's code and parameters: those are translated too;
 * an error with an unknown code keeps the host's own message.
 */
export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof ShnorError) return formatError(e, lang);
  if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") {
    const params = "params" in e && typeof e.params === "object" && e.params !== null ? (e.params as Record<string, string | number>) : {};
    if (hasMessage(e.code)) return t(e.code, params, lang);
  }
  if (e instanceof Error && e.message) return e.message;
  return formatError(e, lang);
}
