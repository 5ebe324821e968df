/**
 * The worksheet functions register only part of the message catalogue (src/functions/messages.ts), to keep their
 * bundle small. Every message a function or the core code it runs can raise must be in that part, or Excel would
 * show a bare key: every string literal of src/core (reports aside) and src/functions that names a message of the
 * full catalogue must name one of the functions' part.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function keysRegisteredBy(entry: string): Set<string> {
  let keys: string[] = [];
  jest.isolateModules(() => {
    // A fresh module registry per entry: each sees only what its own imports register.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(root, entry));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    keys = (require(join(root, "src/i18n/catalogue")) as typeof import("../../src/i18n/catalogue")).allMessageKeys();
  });
  return new Set(keys);
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join("src", "core", "report") ? [] : sources(path);
    return /\.ts$/.test(e.name) ? [readFileSync(join(root, path), "utf8")] : [];
  });
}

test("every message key the functions' code names is registered by the functions' bundle", () => {
  const all = keysRegisteredBy("src/i18n/index");
  const functions = keysRegisteredBy("src/functions/messages");
  expect(functions.size).toBeLessThan(all.size);
  const literals = new Set([...sources("src/core"), ...sources("src/functions")].flatMap((text) => [...text.matchAll(/"([a-z][a-z0-9_]+)"/g)].map((m) => m[1])));
  const missing = [...literals].filter((k) => all.has(k) && !functions.has(k));
  expect(missing).toEqual([]);
});
