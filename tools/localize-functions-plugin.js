"use strict";
/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has put functions.json into the compilation, derive a
 * localized copy (functions-zh-CN.json by default) from it and a translation table (see localize-functions.js).
 *
 * A missing translation, an unreadable table or a missing functions.json is a compilation error, so
 * `webpack` exits non-zero. Translations that match no function/parameter are reported as warnings.
 * The table is a file dependency: editing it rebuilds in watch mode / the dev server.
 */
const fs = require("fs");
const path = require("path");
const { localizeMetadata, findUnusedTranslations } = require("./localize-functions");

const PLUGIN_NAME = "LocalizeFunctionsPlugin";

class LocalizeFunctionsPlugin {
  /**
   * @param {{ table: string, input?: string, output?: string, language?: string }} options
   *   table: path of the translation table (JSON); input: asset name of the generated metadata
   *   (default functions.json); output: asset name to emit (default functions-<language>.json);
   *   language: default zh-CN.
   */
  constructor(options) {
    if (!options || !options.table) throw new Error(`${PLUGIN_NAME}: the "table" option is required`);
    this.language = options.language || "zh-CN";
    this.table = path.resolve(options.table);
    this.input = options.input || "functions.json";
    this.output = options.output || `functions-${this.language}.json`;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const fail = (compilation, message) => {
      const error = new WebpackError(`${PLUGIN_NAME}: ${message}`);
      error.file = path.relative(compiler.context, this.table);
      compilation.errors.push(error);
    };

    // thisCompilation: not inherited by child compilers (html-webpack-plugin's), so this runs once per build.
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.fileDependencies.add(this.table);

      compilation.hooks.processAssets.tap(
        // Late: CustomFunctionsMetadataPlugin adds functions.json when the compilation is created, and
        // nothing after SUMMARIZE should see a half-finished asset list.
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            // CustomFunctionsMetadataPlugin skips the asset when the JSDoc has errors; those are reported already.
            if (compilation.errors.length === 0) {
              fail(compilation, `${this.input} was not emitted, so ${this.output} cannot be derived from it`);
            }
            return;
          }

          let metadata;
          try {
            metadata = JSON.parse(asset.source.source().toString());
          } catch (err) {
            fail(compilation, `${this.input} is not valid JSON: ${err.message}`);
            return;
          }

          let table;
          try {
            table = JSON.parse(fs.readFileSync(this.table, "utf8"));
          } catch (err) {
            fail(compilation, `cannot read the translation table ${this.table}: ${err.message}`);
            return;
          }

          let localized;
          try {
            localized = localizeMetadata(metadata, table, { language: this.language });
          } catch (err) {
            fail(compilation, `${err.message}. Add them to ${path.relative(compiler.context, this.table)}.`);
            return;
          }

          for (const item of findUnusedTranslations(metadata, table)) {
            const warning = new WebpackError(`${PLUGIN_NAME}: unused ${this.language} translation ${item}`);
            warning.file = path.relative(compiler.context, this.table);
            compilation.warnings.push(warning);
          }

          const source = new sources.RawSource(JSON.stringify(localized, null, 2) + "\n");
          if (compilation.getAsset(this.output)) compilation.updateAsset(this.output, source);
          else compilation.emitAsset(this.output, source);
        },
      );
    });
  }
}

module.exports = LocalizeFunctionsPlugin;
