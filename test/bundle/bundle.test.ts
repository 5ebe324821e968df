/**
 * Checks the production build in dist/ as Office will load it. CI runs `npm run build` first; when dist/ holds
 * no production build (missing, or a development build with localhost URLs) the test builds it itself.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import { child, parseManifest, urlsOf } from "../manifest/manifestXml";

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

interface Metadata {
  functions: Array<{ id: string; name: string; description?: string; parameters: Array<{ name: string }> }>;
}

function isProductionBuild(): boolean {
  const manifest = path.join(dist, "manifest.xml");
  return ["functions.js", "functions.json", "taskpane.html"].every((f) => fs.existsSync(path.join(dist, f))) && fs.existsSync(manifest) && !fs.readFileSync(manifest, "utf8").includes("localhost");
}

beforeAll(() => {
  if (isProductionBuild()) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: "pipe", timeout: 540_000 });
  expect(isProductionBuild()).toBe(true);
}, 600_000);

describe("production build", () => {
  it("has functions.json and functions-ru.json with the same ids and distinct upper-case Russian names", () => {
    const en = JSON.parse(read("functions.json")) as Metadata;
    const ru = JSON.parse(read("functions-ru.json")) as Metadata;
    expect(en.functions.length).toBeGreaterThan(0);
    expect(ru.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    en.functions.forEach((f, i) => {
      const r = ru.functions[i];
      expect({ id: f.id, differs: r.name !== f.name, upper: r.name === r.name.toLocaleUpperCase("ru") }).toEqual({ id: f.id, differs: true, upper: true });
      expect(r.parameters.length).toBe(f.parameters.length);
    });
  });

  it("points every manifest URL at one https origin and at a file that was emitted", async () => {
    const doc = await parseManifest(read("manifest.xml"));
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(8);
    const base = new URL(".", child(child(doc, "DefaultSettings")!, "SourceLocation")!.attrs.DefaultValue).href;
    expect(base).toMatch(/^https:\/\//);
    for (const url of urls) {
      expect(url.startsWith(base)).toBe(true);
      const file = decodeURIComponent(url.slice(base.length));
      if (/\.[a-z0-9]+$/i.test(file)) expect({ url, emitted: fs.existsSync(path.join(dist, file)) }).toEqual({ url, emitted: true });
    }
    expect(urls.some((u) => u.endsWith("/functions-ru.json"))).toBe(true);
  });

  it("loads office.js and exactly one webpack runtime chunk in taskpane.html", () => {
    // the production page is minified: attribute values may be unquoted
    const scripts = [...read("taskpane.html").matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(scripts.filter((s) => /(^|\/)office\.js(\?|$)/.test(s))).toHaveLength(1);
    const runtimes = scripts.filter((s) => /(^|\/)runtime(\.[0-9a-f]+)?\.js$/.test(s));
    expect(runtimes).toHaveLength(1);
    expect(scripts).toContain("functions.js");
    // every other local script is a bare chunk that registers with the shared runtime, not a runtime of its own
    for (const s of scripts.filter((src) => !/^https?:/.test(src) && !runtimes.includes(src))) {
      const body = read(s).replace(/^\/\*[\s\S]*?\*\/\s*/, "").replace(/^"use strict";/, "");
      expect({ s, bareChunk: body.startsWith("(self.webpackChunk") }).toEqual({ s, bareChunk: true });
    }
  });

  describe("functions.js in a sandbox with a recording CustomFunctions", () => {
    class CustomFunctionsError extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    }
    const registered = new Map<string, (...args: unknown[]) => unknown>();

    beforeAll(() => {
      const context: Record<string, unknown> = {
        console,
        CustomFunctions: {
          associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
          Error: CustomFunctionsError,
          ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
        },
      };
      context.self = context;
      context.window = context;
      vm.createContext(context);
      vm.runInContext(read("runtime.js"), context, { filename: "runtime.js" });
      vm.runInContext(read("functions.js"), context, { filename: "functions.js" });
    });

    it("registers exactly the ids of functions.json", () => {
      const ids = (JSON.parse(read("functions.json")) as Metadata).functions.map((f) => f.id);
      expect([...registered.keys()].sort()).toEqual([...ids].sort());
    });

    it("computes FAILSHARE(20, 6) = 0.3 and reports text as #VALUE! with a message", () => {
      expect(registered.get("FAILSHARE")!(20, 6)).toBeCloseTo(0.3, 12);
      let thrown: unknown;
      try {
        registered.get("FAILSHARE")!("много", 6);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CustomFunctionsError);
      expect((thrown as CustomFunctionsError).code).toBe("#VALUE!");
      expect((thrown as CustomFunctionsError).message).not.toBe("");
    });
  });

  it("keeps the functions chunk small and free of React and Fluent", () => {
    const code = read("functions.js");
    expect(zlib.gzipSync(code).length).toBeLessThan(60 * 1024);
    for (const marker of ["react.element", "react.transitional.element", "__SECRET_INTERNALS", "ReactCurrentDispatcher", "@fluentui", "fui-", "makeStyles"]) {
      expect({ marker, found: code.includes(marker) }).toEqual({ marker, found: false });
    }
    // the markers are real: they are found in the React chunk
    expect(read("react.js")).toMatch(/react\.(transitional\.)?element/);
  });
});
