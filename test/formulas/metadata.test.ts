import { functions } from "../../src/functions/excelFunctions";
import names from "../../src/functions/names.ru.json";
import { loadMetadata } from "./engine";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, looksLikeCellReference } = require("../../tools/localize-functions.js");

describe("the worksheet function catalogue", () => {
  test("every function of the metadata is implemented once, has a complete Russian entry, and no name looks like a cell", async () => {
    const meta = await loadMetadata();
    const ids = meta.map((f) => f.id).sort();
    expect(ids).toEqual(Object.keys(functions).sort());
    const { metadata, problems } = localizeMetadata({ functions: meta }, names);
    expect(problems).toEqual([]);
    const ruNames = metadata.functions.map((f: { name: string }) => f.name);
    expect(new Set(ruNames).size).toBe(ruNames.length);
    for (const name of [...ids, ...ruNames]) {
      expect(name).toBe(name.toUpperCase());
      expect(looksLikeCellReference(name)).toBe(false);
      expect(name.length).toBeGreaterThanOrEqual(3);
    }
    expect(Buffer.byteLength(JSON.stringify(metadata))).toBeLessThan(100 * 1024); // Excel refuses > 1 MB on Windows
  });

  test("METHODOLOGY §12's required functions are all there", () => {
    for (const id of ["FAILSHARE", "ISLOW", "EXITGAP", "STATUS", "CLUSTER", "DYNAMICS", "LOWRESULTINDEX", "MASSRESULTINDEX", "GIADEVIATION", "SHARE", "EXPERTISELEVEL", "SOCIALINDEX", "RISKZONE"]) {
      expect(Object.keys(functions)).toContain(id);
    }
  });
});
