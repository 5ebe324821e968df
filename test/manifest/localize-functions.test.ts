/**
 * functions-ru.json: the pure validation and localisation, and the webpack plugin failing a real compilation.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports -- the plugin is a CommonJS build tool */
const { LocalizeFunctionsPlugin, localizeMetadata, validateRussianNames, looksLikeCellReference } = require("../../tools/localize-functions");
/* eslint-enable @typescript-eslint/no-require-imports */

type Names = Record<string, { name?: string; description?: string; result?: string; parameters?: Record<string, { name?: string; description?: string }> }>;

const metadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "FAILSHARE",
      name: "FAILSHARE",
      description: "Share of participants who failed.",
      parameters: [
        { name: "participants", description: "Participants.", type: "any" },
        { name: "failed", description: "Failed.", type: "any", optional: true },
      ],
      result: { type: "number" },
    },
    { id: "VERSION", name: "VERSION", description: "Version.", parameters: [], result: { type: "string" } },
  ],
};

function names(): Names {
  return {
    FAILSHARE: {
      name: "ДОЛЯНЕУСПЕВАЮЩИХ",
      description: "Доля не преодолевших порог.",
      result: "Доля от 0 до 1.",
      parameters: { participants: { name: "участники", description: "Число участников." }, failed: { name: "неуспевающие", description: "Число неуспевающих." } },
    },
    VERSION: { name: "ВЕРСИЯ", description: "Версия." },
  };
}

describe("looksLikeCellReference", () => {
  const mixedScript = "\u041EGE9"; // Cyrillic О, Latin G, Cyrillic Е: reads as OGE9
  it.each(["A1", "OGE9", "EGE11", "GIA2024", "XFD1048576", mixedScript, "СА1", "R1C1", "RC", "R5", "C12", "r2c3"])("%s is a cell reference", (name) => {
    expect(looksLikeCellReference(name)).toBe(true);
  });
  it.each(["XFE1", "A1048577", "A0", "ОГЭ9", "ДОЛЯ", "SHARE", "RCX", "ИСБШ2024"])("%s is not", (name) => {
    expect(looksLikeCellReference(name)).toBe(false);
  });
});

describe("validateRussianNames", () => {
  it("accepts complete, safe names", () => {
    expect(validateRussianNames(metadata, names())).toEqual([]);
  });

  it("reports a function without a Russian entry and an entry without a function", () => {
    const n = names();
    delete n.VERSION;
    n.OLDNAME = { name: "СТАРОЕ", description: "Старое." };
    expect(validateRussianNames(metadata, n)).toEqual([
      "VERSION: no Russian entry in names.ru.json",
      "OLDNAME: in names.ru.json but not a function in functions.json",
    ]);
  });

  it("reports missing, incomplete and unknown parameters", () => {
    const n = names();
    n.FAILSHARE.parameters = { participants: { name: "участники" }, total: { name: "всего", description: "Всего." } };
    expect(validateRussianNames(metadata, n)).toEqual([
      'FAILSHARE: parameter "participants" needs a Russian name and description',
      'FAILSHARE: parameter "failed" has no Russian entry',
      'FAILSHARE: names.ru.json describes parameter "total", which the function does not have',
    ]);
  });

  it.each([
    ["ДоляНеуспевающих", "is not upper case"],
    ["OGE9", "looks like a cell reference"],
    ["СА1", "looks like a cell reference"],
    ["R1C1", "looks like a cell reference"],
    ["ДЯ", "must be 3 to 128 characters long"],
    ["1ДОЛЯ", "must start with a letter"],
    ["ДОЛЯ НЕУСПЕВАЮЩИХ", "must start with a letter"],
  ])("rejects the name %s (%s)", (bad, problem) => {
    const n = names();
    n.FAILSHARE.name = bad;
    const problems = validateRussianNames(metadata, n);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toContain(problem);
  });

  it("rejects a name used twice and an empty description", () => {
    const n = names();
    n.VERSION = { name: "доляНЕУСПЕВАЮЩИХ".toUpperCase(), description: " " };
    expect(validateRussianNames(metadata, n)).toEqual([
      'VERSION: Russian name "ДОЛЯНЕУСПЕВАЮЩИХ" is also used by FAILSHARE',
      "VERSION: Russian description is missing",
    ]);
  });
});

describe("localizeMetadata", () => {
  it("keeps ids, types and options and translates names and descriptions", () => {
    const { metadata: ru, problems } = localizeMetadata(metadata, names());
    expect(problems).toEqual([]);
    expect(ru.allowCustomDataForDataTypeAny).toBe(true);
    expect(ru.allowErrorForDataTypeAny).toBeUndefined();
    expect(ru.functions.map((f: { id: string }) => f.id)).toEqual(["FAILSHARE", "VERSION"]);
    expect(ru.functions[0]).toEqual({
      id: "FAILSHARE",
      name: "ДОЛЯНЕУСПЕВАЮЩИХ",
      description: "Доля не преодолевших порог.",
      parameters: [
        { name: "участники", description: "Число участников.", type: "any" },
        { name: "неуспевающие", description: "Число неуспевающих.", type: "any", optional: true },
      ],
      result: { type: "number" },
    });
    expect(metadata.functions[0].name).toBe("FAILSHARE"); // input untouched
  });

  it("produces nothing when the names are invalid", () => {
    expect(localizeMetadata(metadata, {}).metadata).toBeNull();
  });
});

describe("LocalizeFunctionsPlugin in a webpack compilation", () => {
  /** Stands in for CustomFunctionsMetadataPlugin: puts functions.json into every compilation, as it does. */
  class FakeMetadataPlugin {
    apply(compiler: webpack.Compiler) {
      compiler.hooks.compilation.tap("FakeMetadata", (compilation) => {
        compilation.assets["functions.json"] = new compiler.webpack.sources.RawSource(JSON.stringify(metadata));
      });
    }
  }

  function compile(namesJson: Names): Promise<{ errors: string[]; assets: Record<string, string> }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "localize-"));
    fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
    fs.writeFileSync(path.join(dir, "names.ru.json"), JSON.stringify(namesJson));
    const compiler = webpack({
      mode: "production",
      context: dir,
      entry: "./entry.js",
      output: { path: path.join(dir, "dist") },
      plugins: [new FakeMetadataPlugin(), new LocalizeFunctionsPlugin({ names: "./names.ru.json" })],
    });
    return new Promise((resolve, reject) => {
      compiler.run((err, stats) => {
        if (err || !stats) return reject(err);
        const out = path.join(dir, "dist");
        const assets = Object.fromEntries(fs.existsSync(out) ? fs.readdirSync(out).map((f) => [f, fs.readFileSync(path.join(out, f), "utf8")]) : []);
        compiler.close(() => resolve({ errors: stats.toJson({ errors: true }).errors!.map((e) => e.message), assets }));
      });
    });
  }

  it("emits functions-ru.json next to functions.json", async () => {
    const { errors, assets } = await compile(names());
    expect(errors).toEqual([]);
    expect(JSON.parse(assets["functions-ru.json"]).functions.map((f: { name: string }) => f.name)).toEqual(["ДОЛЯНЕУСПЕВАЮЩИХ", "ВЕРСИЯ"]);
  });

  it("fails the build, naming the problem, when an id has no Russian entry", async () => {
    const n = names();
    delete n.VERSION;
    const { errors, assets } = await compile(n);
    expect(errors).toEqual([expect.stringContaining("VERSION: no Russian entry")]);
    expect(assets["functions-ru.json"]).toBeUndefined();
  });
});
