// xml2js ships no types and @types/xml2js is not installed; declare the one call the manifest tests use.
declare module "xml2js" {
  export function parseStringPromise(xml: string, options?: Record<string, unknown>): Promise<unknown>;
}
