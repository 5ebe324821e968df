/**
 * Opts this machine out of usage data for the office-addin-* tools; run from `postinstall`, so it is idempotent,
 * silent and never fails an install.
 *
 * Where the setting lives: office-addin-usage-data keeps one JSON file in the home directory,
 * ~/office-addin-usage-data.json = { "usageDataInstances": { "<group>": { "usageDataLevel": "off" | "on" } } },
 * group "office-addin-usage-data" for all the office-addin-* CLIs (lib/defaults.js). Versions that still report
 * read it on start and, if the group is missing, prompt on the terminal. The versions in our node_modules
 * (3.0.0, and 2.1.1 under custom-functions-metadata) have removed reporting and ignore the file, but
 * `npx office-addin-debugging` or a global `yo office` may bring an older one; writing the file covers those.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const GROUP = "office-addin-usage-data";

function readSettings(file) {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {}; // missing or unreadable ("" and "undefined" occur): start afresh
  }
}

/** Sets the level to "off" in `file`; returns true if the file was written, false if it was already off. */
function turnUsageDataOff(file = path.join(os.homedir(), "office-addin-usage-data.json")) {
  const data = readSettings(file);
  const instances = data.usageDataInstances && typeof data.usageDataInstances === "object" ? data.usageDataInstances : {};
  if (instances[GROUP] && instances[GROUP].usageDataLevel === "off") return false;
  instances[GROUP] = { ...(instances[GROUP] || {}), usageDataLevel: "off" };
  fs.writeFileSync(file, JSON.stringify({ ...data, usageDataInstances: instances }, null, 2));
  return true;
}

if (require.main === module) {
  try {
    turnUsageDataOff(process.argv[2]);
  } catch (e) {
    // A read-only home (some CI images) must not break `npm ci`; say why once, on stderr.
    process.stderr.write(`usage-data-off: could not write the opt-out file (${e.message})\n`);
  }
}

module.exports = { turnUsageDataOff };
