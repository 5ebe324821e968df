import { execFileSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..", "..");

/** The package as Node users get it: lib/ built by `npm ci` (prepare), `require("shnor-analytics")`, `npx shnor`. */
// Always rebuilt: a stale lib/ from an earlier checkout must not pass for the current sources.
beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.lib.json"], { cwd: root });
}, 120000);

test("the library entry exposes the core and the worksheet functions by Excel name", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require(join(root, "lib", "index.js"));
  expect(lib.functions.FAILSHARE(20, 6)).toBe(0.3);
  expect(lib.functions.FAILSHARE([[20]], "6")).toBe(0.3);
  expect(() => lib.functions.FAILSHARE(20, "шесть")).toThrow(lib.FunctionError);
  expect(typeof lib.identify).toBe("function");
  expect(typeof lib.readAggregateTable).toBe("function");
  expect(lib.lowResult(20, 6).low).toBe(true);
});

test("the shnor bin prints its help", () => {
  const help = execFileSync(process.execPath, [join(root, "bin", "shnor.js"), "--help"], { encoding: "utf8" });
  expect(help).toContain("identify");
  expect(help).toContain("dynamics");
});
