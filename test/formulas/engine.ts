/**
 * A real formula engine with the SHNOR functions registered, for tests: HyperFormula parses and evaluates
 * `=SHNOR.X(...)` over a grid with ranges, blanks, text, error cells and spills.
 *
 * The functions are registered from the metadata Excel itself receives (generated from the JSDoc of
 * src/functions/functions.ts), so a parameter declared as a range here is a range in Excel, and every call goes
 * through the same `functions` object and conversion layer as the add-in.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
} from "hyperformula";
import { functions, IDENTIFY_HEADER } from "../../src/functions/excelFunctions";
import { FunctionError } from "../../src/functions/FunctionError";
import { type Lang, t } from "../../src/i18n";

interface ParamMeta { name: string; dimensionality?: string; optional?: boolean }
interface FunctionMeta { id: string; name: string; parameters: ParamMeta[]; result: { dimensionality?: string } }

export async function loadMetadata(): Promise<FunctionMeta[]> {
  const generated = await generateCustomFunctionsMetadata([require.resolve("../../src/functions/functions.ts")], false);
  if (generated.errors.length) throw new Error(generated.errors.join("\n"));
  return JSON.parse(generated.metadataJson).functions as FunctionMeta[];
}

/** HyperFormula's cell values as Excel hands them to a custom function: blank → null, wrapped numbers unwrapped. */
function toExcelValue(v: unknown): unknown {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) throw v;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val;
  return v;
}

function toEngineValue(v: unknown): unknown {
  if (Array.isArray(v)) return SimpleRangeValue.onlyValues(v.map((row: unknown[]) => row.map((x) => (x === "" ? "" : x)) as never));
  return v;
}

/**
 * Spilled results: HyperFormula needs the size before evaluating (Excel does not). SHNOR tables have a known width
 * and at most one row per row of their first argument; the harness pads the result to that size with "".
 */
const SPILL_COLUMNS: Record<string, number> = { IDENTIFY: IDENTIFY_HEADER.length, SOCIALINDEX: 1, RISKZONE: 1, DEFICIT: 1, HIGHRISKS: 1 };

function spillRows(ast: { args: { start?: { row: number }; end?: { row: number } }[] }): number {
  const first = ast.args[0];
  return first?.start && first.end ? first.end.row - first.start.row + 1 : 1;
}

function pad(result: unknown[][], rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => result[r]?.[c] ?? ""));
}

/** The language of the error messages of the engine built last (the plugin is registered once per test file). */
let messageLang: Lang = "ru";

/** `lang` is the language of the error messages (Office's display language); results never depend on it. */
export async function createEngine(sheet: unknown[][], lang: Lang = "ru"): Promise<HyperFormula> {
  messageLang = lang;
  const meta = await loadMetadata();
  class ShnorPlugin extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const fn of meta) {
    const method = `fn_${fn.id}`;
    const call = functions[fn.id as keyof typeof functions] as (...args: unknown[]) => unknown;
    if (!call) throw new Error(`${fn.id} is in the metadata but not in excelFunctions`);
    implemented[`SHNOR.${fn.id}`] = {
      method,
      parameters: fn.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: !!p.optional,
      })),
      ...(fn.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: `size_${fn.id}`, vectorizationForbidden: true } : {}),
    };
    translations[`SHNOR.${fn.id}`] = `SHNOR.${fn.id}`;
    const proto = ShnorPlugin.prototype as unknown as Record<string, unknown>;
    proto[`size_${fn.id}`] = (ast: Parameters<typeof spillRows>[0]) => new ArraySize(SPILL_COLUMNS[fn.id] ?? 1, spillRows(ast));
    proto[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(ast.args, state, (this as unknown as { metadata: (n: string) => unknown }).metadata(`SHNOR.${fn.id}`), (...args: unknown[]) => {
        try {
          const excelArgs = args.map((a) => (a instanceof SimpleRangeValue ? a.rawData().map((row) => row.map(toExcelValue)) : toExcelValue(a)));
          const result = call(...excelArgs);
          const first = args[0];
          if (Array.isArray(result) && first instanceof SimpleRangeValue) return toEngineValue(pad(result, first.height(), SPILL_COLUMNS[fn.id] ?? 1));
          return toEngineValue(result);
        } catch (e) {
          if (e instanceof CellError) return e;
          if (e instanceof FunctionError) return new CellError(e.kind === "na" ? ErrorType.NA : ErrorType.VALUE, t(e.key, e.params, messageLang));
          throw e;
        }
      });
    };
  }
  (ShnorPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  if (!HyperFormula.getRegisteredFunctionNames("enGB").includes("SHNOR.FAILSHARE")) {
    HyperFormula.registerFunctionPlugin(ShnorPlugin as never, { enGB: translations });
  }
  return HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
}
