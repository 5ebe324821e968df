/**
 * What a worksheet function reports instead of a value: `#VALUE!` for bad input, `#N/A` for "no data".
 * Only these two Excel errors carry a message, so every failure is mapped to one of them. The message is a
 * key of src/i18n with parameters; each face (Office, HyperFormula, Node) turns it into its own error value.
 */
export type FunctionErrorKind = "value" | "na";

export class FunctionError extends Error {
  constructor(
    readonly kind: FunctionErrorKind,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${kind === "value" ? "#VALUE!" : "#N/A"} ${key} ${JSON.stringify(params)}`);
    this.name = "FunctionError";
  }
}
