/**
 * The committed JSON Schemas are generated from the zod schemas and must stay in sync.
 * Regenerate with `node scripts/gen-schemas.mjs` (which runs this test with SE_UPDATE_SCHEMAS=1).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as prettier from 'prettier'
import { z } from 'zod'
import { configSchema } from '../../src/config/schema.js'
import { proposalsJsonSchema } from '../../src/policy/index.js'

const ROOT = join(import.meta.dirname ?? process.cwd(), '..', '..')

function configJsonSchema(): Record<string, unknown> {
  return {
    title: 'self-evolution configuration',
    ...(z.toJSONSchema(configSchema, { io: 'input' }) as Record<string, unknown>)
  }
}

const SCHEMAS: Array<[string, () => Record<string, unknown>]> = [
  ['schema/config.schema.json', configJsonSchema],
  ['schema/proposals.schema.json', proposalsJsonSchema]
]

describe('committed JSON Schemas', () => {
  it.each(SCHEMAS)('%s is in sync with its zod schema', async (file, build) => {
    const path = join(ROOT, file)
    // Formatted as the repository's prettier would, so `prettier --check` agrees.
    const options = (await prettier.resolveConfig(path)) ?? {}
    const text = await prettier.format(JSON.stringify(build()), { ...options, filepath: path })
    if (process.env.SE_UPDATE_SCHEMAS === '1') writeFileSync(path, text)
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it('the proposals schema states what the refinements check', () => {
    const schema = proposalsJsonSchema() as {
      properties: { proposals: { maxItems: number; items: { oneOf: unknown[] } } }
    }
    expect(schema.properties.proposals.maxItems).toBe(100)
    expect(schema.properties.proposals.items.oneOf).toEqual([
      { required: ['files'] },
      { required: ['patch'] }
    ])
  })
})
