/**
 * End-to-end tests (test/e2e, real Chromium): run them with "npm run test:e2e", which installs Chromium if needed
 * and builds dist/ first. "npm test" (jest.config.js) leaves test/e2e out.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  // One browser shared by the tests of a file; page loads take well under a second each.
  testTimeout: 30000,
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          esModuleInterop: true,
        },
      },
    ],
  },
};
