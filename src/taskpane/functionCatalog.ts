/**
 * The worksheet functions the add-in registers, read from the metadata the build generates from their JSDoc
 * (functions.json, and functions-ru.json with the Russian names). Excel reads the same files, so the About page
 * lists exactly what Excel offers and grows with every new function without edits here.
 */
import type { Lang } from "../i18n";

/** The namespace of the released manifest (the development manifest uses SHNORDEV). */
export const functionNamespace = "SHNOR";

export interface WorksheetFunction {
  id: string;
  /** The name in the formula language of `lang` (Russian names come from functions-ru.json). */
  name: string;
  description: string;
}

export type FunctionCatalogLoader = (lang: Lang) => Promise<WorksheetFunction[]>;

export const metadataFiles: Record<Lang, string> = { ru: "functions-ru.json", en: "functions.json" };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The functions of a custom-functions metadata document; throws on a document of another shape. */
export function parseFunctionsMetadata(json: unknown): WorksheetFunction[] {
  if (!isRecord(json) || !Array.isArray(json.functions)) throw new Error("no \"functions\" array in the metadata");
  return json.functions.map((f: unknown, i) => {
    if (!isRecord(f) || typeof f.id !== "string" || typeof f.name !== "string") {
      throw new Error(`function #${i + 1} has no id or name`);
    }
    return { id: f.id, name: f.name, description: typeof f.description === "string" ? f.description : "" };
  });
}

/** Fetches the metadata file next to the page (same origin, allowed by the page's connect-src 'self'). */
export const fetchFunctionCatalog: FunctionCatalogLoader = async (lang) => {
  const file = metadataFiles[lang];
  const response = await fetch(new URL(file, document.baseURI).href);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return parseFunctionsMetadata(await response.json());
};
