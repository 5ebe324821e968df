/** Runs a command in a child process and reports its wall time and peak memory (RSS). */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");

/** `shnor <args>` end to end (parse → compute → result file), measured from inside the child. */
function runShnor(args) {
  const script = `
    const t = process.hrtime.bigint();
    require(${JSON.stringify(path.join(root, "lib", "cli", "main.js"))}).runCli(${JSON.stringify(args)}, { out() {}, err() {} }).then((code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      process.stdout.write(JSON.stringify({ code, ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** Any async job in a child process, timed the same way. */
function runNode(moduleFile, fn, args) {
  const script = `
    const t = process.hrtime.bigint();
    require(${JSON.stringify(moduleFile)})[${JSON.stringify(fn)}](...${JSON.stringify(args)}).then((result) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      process.stdout.write(JSON.stringify({ result, ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

module.exports = { runShnor, runNode };
