// Keeps the custom functions out of the Word page.

/**
 * Fails the build when the Word page's bundle (chunk "taskpane") contains custom-functions registration code,
 * i.e. when something in src/taskpane imports the custom functions.
 */
class WordPageIsolationPlugin {
  /** `functionsSource`: the custom-functions entry, named in the error. */
  constructor(functionsSource) {
    this.functionsSource = functionsSource;
  }

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
                    `${this.functionsSource}; the custom functions belong to taskpane.html (Excel shared runtime) only.`,
                ),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = WordPageIsolationPlugin;
