// One Jest run per kind of test (`npm run test:unit|test:int|test:e2e`), all sharing one transform.
const swc = (options = {}) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      ...options,
    },
    module: { type: 'commonjs' },
  },
];

const shared = { '^@oefenruimte/shared$': '<rootDir>/packages/shared/src/index.ts' };

/** @type {import('jest').Config} */
module.exports = {
  // A global option (Jest ignores it per project): integration and browser tests talk to real servers.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit-shared',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/packages/shared/src/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc() },
    },
    {
      displayName: 'unit-api',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc() },
      moduleNameMapper: shared,
    },
    {
      displayName: 'unit-web',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': swc() },
      setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
      moduleNameMapper: { ...shared, '\\.(css)$': 'identity-obj-proxy' },
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      transform: { '^.+\\.tsx?$': swc() },
      moduleNameMapper: shared,
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
      transform: { '^.+\\.tsx?$': swc() },
      moduleNameMapper: shared,
      globalSetup: '<rootDir>/apps/web/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/web/e2e/support/global-teardown.ts',
    },
  ],
};
