// Webpack configuration for Concord (Excel + Word add-in).
//
//   npm run build       production build into dist/; needs CONCORD_ORIGIN=https://<host>/<path>/
//                       (every https://localhost:3000/ in manifest.xml is rewritten to it)
//   npm run build:dev   development build into dist/ (manifest untouched, local office.js copy)
//   npm run dev-server  https://localhost:3000 (certificates from ~/.office-addin-dev-certs, created if missing)
//
// Pages: taskpane.html = Excel task pane + shared runtime (bundles taskpane.js and functions.js),
//        word.html     = Word task pane (taskpane.js only; the build fails if custom-functions code gets into it).

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const LocalizeFunctionsPlugin = require("./tools/localize-functions-plugin");
const ManifestUrlsPlugin = require("./tools/manifest-urls-plugin");
const { DEV_ORIGIN, productionOrigin, rewriteManifest } = require("./tools/manifest-origin");
const WordPageIsolationPlugin = require("./tools/word-page-isolation-plugin");

const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

  let origin = DEV_ORIGIN;
  if (!dev) {
    const result = productionOrigin(process.env.CONCORD_ORIGIN);
    if (result instanceof Error) {
      // A bare message instead of webpack-cli's stack trace.
      console.error(`\nERROR: ${result.message}\n`);
      process.exit(1);
    }
    origin = result;
  }

  let httpsOptions;
  if (serving) {
    const certs = await import("./scripts/certs.mjs");
    await certs.ensureCertificates({ install: false });
    httpsOptions = certs.readHttpsOptions();
  }

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/help/help.html", to: "help.html" },
    dev
      ? { from: "manifest.xml", to: "manifest.xml" }
      : { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, origin) },
  ];
  if (dev) {
    // Local Office.js (for offline previews and tests); office.js loads its host/locale files relative to itself.
    // minimized: true keeps Terser away from ~28 MB of already-minified script.
    copyPatterns.push({
      from: "**/*",
      context: OFFICE_JS_DIST,
      to: "[path][name][ext]",
      globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*.js", "**/office.d.ts"] },
      info: { minimized: true },
    });
  }

  const page = (filename, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks,
      chunksSortMode: "manual",
      officeJs: dev ? "office.js" : OFFICE_JS_CDN,
    });

  return {
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Fixed names: manifest.xml references functions.js / functions.json by name.
      filename: "[name].js",
      // Lazily loaded host adapters and file writers; a folder of their own keeps them apart from Office.js's files.
      chunkFilename: "chunks/[name].js",
      // dist/templates/ holds `npm run templates` output; a build must not wipe it.
      clean: { keep: /^templates\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is "npm run typecheck"; the bundle only transpiles what it imports.
            options: { onlyCompileBundledFiles: true, transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new LocalizeFunctionsPlugin({
        table: path.resolve(__dirname, "src/functions/functions.zh-CN.json"),
        input: "functions.json",
        output: "functions-zh-CN.json",
        language: "zh-CN",
      }),
      page("taskpane.html", ["taskpane", "functions"]),
      page("word.html", ["taskpane"]),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new WordPageIsolationPlugin(FUNCTIONS_SOURCE),
      new ManifestUrlsPlugin(origin),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      // Loopback only, and no CORS header: nothing on the network or in another site's page can read the add-in.
      host: "localhost",
      port: DEV_PORT,
      server: { type: "https", options: httpsOptions },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
