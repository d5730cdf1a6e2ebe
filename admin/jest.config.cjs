/**
 * The console's tests: unit tests of its pieces, and browser tests that drive the built console
 * (admin/dist) served by the real API on a fresh embedded PostgreSQL with the demo data.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testTimeout: 120000,
  // Every file's duration in the output (CI's log), not only the slow ones'.
  slowTestThreshold: 0,
};
