import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const nodeGlobals = Object.fromEntries(
  ["process", "console", "Buffer", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "fetch"].map(
    (name) => [name, "readonly"],
  ),
);
const commonJsGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename"].map((name) => [name, "readonly"]),
);

export default [
  { ignores: ["dist/**", "node_modules/**", "build/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript resolves names (Office, Excel, Word, DOM and Node globals); ESLint's no-undef does not know them.
      "no-undef": "off",
      // Unused names are TypeScript's job (noUnusedLocals/noUnusedParameters); the base rule misreads type signatures.
      "no-unused-vars": "off",
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: nodeGlobals },
  },
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: { ...nodeGlobals, ...commonJsGlobals } },
  },
];
