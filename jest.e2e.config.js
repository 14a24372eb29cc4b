/** End-to-end tests (npm run test:e2e): a real Chromium and LibreOffice; the same TypeScript setup as jest.config.js. */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 30_000,
};
