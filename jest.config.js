/** One jest run covers every package: unit specs beside the code, integration tests in test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: {
    '^@lsp/shared$': '<rootDir>/shared/src/index.ts',
    // d3's packages are ES modules; the gateway's CommonJS build loads them through Node's require(esm), which jest's
    // module loader does not do: under jest each resolves to the UMD bundle the same package ships (same source).
    '^(d3-[a-z-]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js',
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
