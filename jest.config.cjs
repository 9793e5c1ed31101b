/** Jest runs unit, integration, bundle and browser tests from one command (`npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The script's time zone for every test: see tests/global-tz.cjs.
  globalSetup: '<rootDir>/tests/global-tz.cjs',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The browser test starts a server and Chromium; give it room on a 2-core machine.
  testTimeout: 60000,
};
