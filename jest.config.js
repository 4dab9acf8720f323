/** One jest run covers every package: unit specs beside the code, integration tests in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: { '^@lsp/shared$': '<rootDir>/shared/src/index.ts' },
  testTimeout: 60000,
  maxWorkers: 2,
};
