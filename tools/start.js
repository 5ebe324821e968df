/**
 * `npm start` / `npm stop` (usage: node tools/start.js start|stop [web] [more args]).
 * Desktop Excel (Windows, macOS): office-addin-debugging sideloads manifest.xml and runs the dev server. It is
 * fetched by npx on demand because it cannot be installed on Linux and must not break `npm ci` there.
 * Excel on the web (argument `web`, and always on Linux): run the dev server here and print the sideload steps.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const manifest = path.join(root, "manifest.xml");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const [action = "start", ...rest] = process.argv.slice(2);
const web = rest.includes("web") || process.platform === "linux";

function run(command, args, options = {}) {
  const child = spawn(command, args, { stdio: "inherit", cwd: root, ...options });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(signal ? 1 : code));
}

function certsPresent() {
  const dir = process.env.DEV_CERTS_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
  return ["localhost.key", "localhost.crt", "ca.crt"].every((f) => fs.existsSync(path.join(dir, f)));
}

function printWebSteps() {
  const lines = [
    "",
    "ШНОР Аналитика (dev) in Excel on the web",
    certsPresent()
      ? "1. The dev certificate is in ~/.office-addin-dev-certs; if the browser does not trust it yet, run: npx office-addin-dev-certs install"
      : "1. No dev certificate: stop (Ctrl+C), run `npx office-addin-dev-certs install`, start again. Without it the server is plain http, which Office refuses.",
    "   (Linux: if the CA cannot be installed system-wide, import ~/.office-addin-dev-certs/ca.crt into the browser as a trusted authority.)",
    `2. Open https://localhost:${port}/taskpane.html in that browser once; it must load without a certificate warning.`,
    "3. Open a workbook in Excel on the web: Insert → Add-ins → My Add-ins → Upload My Add-in",
    "   (newer ribbon: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in), and choose:",
    `   ${manifest}`,
    "4. Try =SHNORDEV.FAILSHARE(20, 6) (Russian UI: =SHNORDEV.ДОЛЯНЕУСПЕВАЮЩИХ(20; 6)), and Home → ШНОР Аналитика (dev) for the pane.",
    "Stop with Ctrl+C. Desktop Excel on Windows or macOS: npm start (without `web`).",
    "",
  ];
  console.log(lines.join("\n"));
}

if (web) {
  if (action === "stop") {
    console.log("The web dev server runs in the terminal of `npm start`: stop it there with Ctrl+C, then remove the add-in in Excel (My Add-ins).");
  } else {
    printWebSteps();
    run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
  }
} else {
  // webpack.config.js reads the certificates and falls back to http without them, which desktop Office refuses;
  // office-addin-debugging installs them itself only outside Windows, so make sure here (asks once to trust the CA).
  if (action === "start" && !certsPresent()) spawnSync(process.execPath, [require.resolve("office-addin-dev-certs/cli.js"), "install"], { stdio: "inherit" });
  const args = ["--yes", "office-addin-debugging@7", action, "manifest.xml", ...rest];
  // npm 7+ no longer exports npm_package_scripts_*, where the tool looks for the dev-server command: pass it.
  if (action === "start" && !rest.includes("--dev-server")) args.push("--dev-server", "npm run dev-server", "--dev-server-port", String(port));
  if (process.platform === "win32") {
    // npx is npx.cmd on Windows, which only a shell can start; hand the shell one quoted command line.
    run(["npx", ...args.map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(" "), [], { shell: true });
  } else {
    run("npx", args);
  }
}
