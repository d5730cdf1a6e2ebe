/** Tests run through GraphQL against a real PostgreSQL: embedded by default, DATABASE_URL if set. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 60000,
  // Every file's duration in the output (CI's log), not only the slow ones'.
  slowTestThreshold: 0,
};
