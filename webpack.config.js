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

const DEV_ORIGIN = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** CONCORD_ORIGIN as `https://host[:port]/path/` (trailing slash added), or an Error saying what is wrong. */
function productionOrigin(value) {
  const example = "CONCORD_ORIGIN=https://concord.example.com/ npm run build";
  const raw = (value || "").trim();
  if (!raw) {
    return new Error(
      "CONCORD_ORIGIN is not set. The production build rewrites every " +
        `${DEV_ORIGIN} in manifest.xml to the https origin that will serve dist/, e.g.\n  ${example}`,
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    return new Error(`CONCORD_ORIGIN="${raw}" is not a URL. Example:\n  ${example}`);
  }
  if (url.protocol !== "https:") {
    return new Error(`CONCORD_ORIGIN="${raw}" must be an https:// URL (Office add-ins are only loaded over https).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    return new Error(`CONCORD_ORIGIN="${raw}" must not contain credentials, a query or a fragment.`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    return new Error(`CONCORD_ORIGIN="${raw}" points at this machine; use "npm run build:dev" for local builds.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Production: rewrite every https://localhost:3000/ in manifest.xml to `origin`, a bare https://localhost:3000
 * (e.g. in <AppDomain>) to origin's scheme://host[:port], and fail on any localhost URL left over.
 */
function rewriteManifest(content, origin) {
  const rewritten = content
    .toString("utf8")
    .split(DEV_ORIGIN)
    .join(origin)
    .replace(/https:\/\/localhost:3000(?![\w/:.-])/g, new URL(origin).origin);
  const leftover = rewritten.match(/https?:\/\/(localhost|127\.0\.0\.1)[^"'<\s]*/);
  if (leftover) {
    throw new Error(
      `manifest.xml still references ${leftover[0]} after rewriting ${DEV_ORIGIN} to ${origin}; ` +
        `use exactly ${DEV_ORIGIN} (with the trailing slash) for every add-in URL in manifest.xml.`,
    );
  }
  return rewritten;
}

/**
 * Fails the build when the Word page's bundle (chunk "taskpane") contains custom-functions registration code,
 * i.e. when something in src/taskpane imports src/functions/functions.ts.
 */
class WordPageIsolationPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WordPageIsolationPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WordPageIsolationPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get("taskpane");
          if (!entry) return;
          for (const file of entry.getFiles().filter((f) => f.endsWith(".js"))) {
            const text = compilation.getAsset(file).source.source().toString();
            if (text.includes("CustomFunctions.associate")) {
              compilation.errors.push(
                new WebpackError(
                  `${file} (loaded by word.html) contains CustomFunctions.associate: src/taskpane must not import ` +
                    `${FUNCTIONS_SOURCE}; the custom functions belong to taskpane.html (Excel shared runtime) only.`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

/** Warns about manifest.xml URLs under the add-in's origin that the build does not produce (they would 404). */
class ManifestUrlsPlugin {
  constructor(origin) {
    this.origin = origin;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ManifestUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const manifest = compilation.getAsset("manifest.xml");
          if (!manifest) return;
          const text = manifest.source.source().toString();
          const missing = new Set();
          let at = text.indexOf(this.origin);
          while (at !== -1) {
            const rest = text.slice(at + this.origin.length).match(/^[^"'<>\s?#]*/)[0];
            if (rest && !compilation.getAsset(decodeURIComponent(rest))) missing.add(rest);
            at = text.indexOf(this.origin, at + 1);
          }
          for (const file of missing) {
            const warning = new WebpackError(
              `manifest.xml references ${this.origin}${file}, which this build does not produce (it would answer 404).`,
            );
            warning.file = "manifest.xml";
            compilation.warnings.push(warning);
          }
        },
      );
    });
  }
}

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
      new WordPageIsolationPlugin(),
      new ManifestUrlsPlugin(origin),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions },
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.productionOrigin = productionOrigin;
module.exports.rewriteManifest = rewriteManifest;
