// Catches manifest URLs that a build would answer with 404.

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

module.exports = ManifestUrlsPlugin;
