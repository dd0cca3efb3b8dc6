import { availableParallelism } from 'node:os'

// ESM + ts-jest. The @actions packages are ESM-only, so jest runs with --experimental-vm-modules.
const base = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 60000,
  // jest's default is one worker per CPU but one. On two CPUs (GitHub's standard Linux runner) that
  // leaves a CPU idle while the long integration suites wait on git and PGlite: two workers there
  // took the unit suite from about 5m45 to about 4 minutes.
  maxWorkers: Math.max(2, availableParallelism() - 1)
}

const suite = process.env.SE_TEST_SUITE ?? 'unit'

export default {
  ...base,
  // `npm test`: everything that needs no server (*.test.ts, including *.int.test.ts on PGlite).
  // `npm run test:package`: *.package.test.ts (npm pack, installed from the tarball; slow).
  // `npm run test:pg`: *.pg.test.ts (real server only) plus the *.int.test.ts integration suites again,
  // this time against the real server (the fixture picks the database from SE_TEST_SUITE).
  testMatch:
    suite === 'pg'
      ? ['<rootDir>/__tests__/**/*.pg.test.ts', '<rootDir>/__tests__/**/*.int.test.ts']
      : suite === 'browser'
        ? ['<rootDir>/__tests__/**/*.browser.test.ts']
        : suite === 'package'
          ? ['<rootDir>/__tests__/**/*.package.test.ts']
          : ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns:
    suite === 'unit'
      ? ['/node_modules/', '\\.pg\\.test\\.ts$', '\\.browser\\.test\\.ts$', '\\.package\\.test\\.ts$']
      : ['/node_modules/']
}
