#!/usr/bin/env node
// The `shnor` command: runs the compiled CLI (lib/ is built by `npm run build:lib`, which `npm ci` runs).
const { runCli, exitOnSignals } = require("../lib/cli/main.js");
exitOnSignals();
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
