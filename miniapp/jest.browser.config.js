/**
 * Browser tests: the H5 build in Debian's Chromium (playwright-core) against the real server on a
 * freshly seeded SQLite database. Needs `npm run build` first and `chromium` + `fonts-noto-cjk`.
 * Run with `npm run test:browser` from the repository root.
 */
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.browser.ts'],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/e2e/support/no-csp-violations.ts'],
  moduleNameMapper: { '^@lingjuli/shared$': '<rootDir>/../shared/src' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true, esModuleInterop: true } }] },
  testTimeout: 90_000,
  // One server, one database: files run one after another.
  maxWorkers: 1,
};
