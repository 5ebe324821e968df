/**
 * One shared-runtime page (taskpane.html) loads the pane and the custom functions; `runtimeChunk: "single"` makes
 * them share one instance of the core and the settings. The functions chunk stays free of React and Fluent.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizeFunctionsPlugin } = require("./tools/localize-functions");
const { toProductionManifest } = require("./tools/manifest-transform");

const devPort = Number(process.env.npm_package_config_dev_server_port || 3000);
const urlDev = `https://localhost:${devPort}/`;
const urlProd = process.env.SHNOR_PROD_URL || "https://shnor-analytics.example.org/";

/** https options from the dev certificates, read directly (office-addin-dev-certs cannot install a CA here). */
function httpsOptions() {
  const dir = process.env.DEV_CERTS_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return undefined;
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { type: "https", options: { key, cert, ca } };
}

module.exports = (env, options) => {
  const dev = options.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      react: ["react", "react-dom"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      functions: "./src/functions/functions.ts",
    },
    // Lazy pane pages load as chunks beside taskpane.html; a relative public path avoids webpack's "auto" detection,
    // which needs a document and would throw where the functions runtime is evaluated without one.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    optimization: { runtimeChunk: "single" },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizeFunctionsPlugin({ input: "functions.json", output: "functions-ru.json", names: "./src/functions/names.ru.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "react", "taskpane", "functions"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : toProductionManifest(content.toString(), { urlDev, urlProd });
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: devPort,
      server: process.env.SHNOR_HTTP ? "http" : httpsOptions() || "http",
      static: [{ directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" }],
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
