/**
 * The pane depends on the core and the hosts, never on the CLI: shared pure code (e.g. the programme input sheet)
 * lives in src/core. Every import of src/taskpane is resolved and held outside src/cli.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const cliDir = path.join(root, "src", "cli") + path.sep;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const importsOf = (text: string): string[] => [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);

describe("layering", () => {
  it("src/taskpane imports nothing from src/cli", () => {
    const offending = sources(path.join(root, "src", "taskpane")).flatMap((file) =>
      importsOf(fs.readFileSync(file, "utf8"))
        .filter((spec) => spec.startsWith("."))
        .filter((spec) => path.resolve(path.dirname(file), spec).startsWith(cliDir))
        .map((spec) => `${path.relative(root, file)}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
