/** tools/usage-data-off.js: writes the opt-out the office-addin-* tools read, keeps other settings, is idempotent. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS postinstall script
const { turnUsageDataOff } = require("../../tools/usage-data-off") as { turnUsageDataOff(file: string): boolean };

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "usage-")), "office-addin-usage-data.json");
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));

describe("turnUsageDataOff", () => {
  it("creates the settings file with the level off, then leaves it alone", () => {
    const file = tmpFile();
    expect(turnUsageDataOff(file)).toBe(true);
    expect(read(file)).toEqual({ usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "off" } } });
    const before = fs.statSync(file).mtimeMs;
    expect(turnUsageDataOff(file)).toBe(false);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it("switches an existing 'on' off and keeps the other groups and keys", () => {
    const file = tmpFile();
    const settings = { usageDataInstances: { "office-addin-usage-data": { usageDataLevel: "on", deviceID: "x" }, "generator-office": { usageDataLevel: "on" } } };
    fs.writeFileSync(file, JSON.stringify(settings));
    expect(turnUsageDataOff(file)).toBe(true);
    expect(read(file).usageDataInstances).toEqual({ "office-addin-usage-data": { usageDataLevel: "off", deviceID: "x" }, "generator-office": { usageDataLevel: "on" } });
  });

  it("replaces an empty or corrupt file", () => {
    const file = tmpFile();
    fs.writeFileSync(file, "undefined");
    expect(turnUsageDataOff(file)).toBe(true);
    expect(read(file).usageDataInstances["office-addin-usage-data"].usageDataLevel).toBe("off");
  });
});
