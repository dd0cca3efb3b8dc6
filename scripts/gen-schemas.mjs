// Regenerates schema/config.schema.json, schema/proposals.schema.json, schema/reflection.schema.json,
// schema/agent-proposal.schema.json and
// src/config/defaults.generated.ts from the zod schemas, by running their in-sync test in update
// mode (the test is what reads the TypeScript sources).
import { execFileSync } from 'node:child_process'

execFileSync('npx', ['jest', '__tests__/policy/schemas.test.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    SE_TEST_SUITE: 'unit',
    SE_UPDATE_SCHEMAS: '1'
  }
})
