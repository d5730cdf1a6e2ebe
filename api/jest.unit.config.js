/**
 * Unit tests (test/unit): no database, for `npm run check`. The full suite is jest.config.js. Also the
 * benchmark's own pure helpers (bench/charts: the capacity plan's chart generator), which have no package
 * of their own to run them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config extends another
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/unit', '<rootDir>/../bench/charts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
