/**
 * The manifest as a plain element tree, for the offline lint and the bundle test. xml2js (strict sax) is already
 * in node_modules through office-addin-manifest; it rejects XML that is not well-formed.
 */
import { parseStringPromise } from "xml2js";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
  parent?: XmlElement;
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

function toElement(raw: RawNode, parent?: XmlElement): XmlElement {
  const el: XmlElement = { name: raw["#name"], attrs: raw.$ ?? {}, text: (raw._ ?? "").trim(), children: [], parent };
  el.children = (raw.$$ ?? []).map((c) => toElement(c, el));
  return el;
}

export async function parseManifest(xml: string): Promise<XmlElement> {
  const raw = (await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: false })) as RawNode;
  return toElement(raw);
}

/** The element and all its descendants, document order. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function all(root: XmlElement, name: string): XmlElement[] {
  return [...walk(root)].filter((e) => e.name === name);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Every URL in the manifest (attribute values and element texts with a scheme), namespace declarations aside. */
export function urlsOf(root: XmlElement): string[] {
  const urls: string[] = [];
  for (const el of walk(root)) {
    const values = Object.entries(el.attrs).filter(([k]) => !k.startsWith("xmlns")).map(([, v]) => v);
    for (const v of [...values, el.text]) if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push(v);
  }
  return urls;
}
