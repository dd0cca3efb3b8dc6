/**
 * docs/rollout.md is executable: every phase's config parses with the real schema and says what the
 * phase says, and every SQL query runs on a migrated database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseConfigText } from '../../src/config/load.js'
import { CHANGE_TYPES, type Config } from '../../src/config/schema.js'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

const doc = readFileSync('docs/rollout.md', 'utf8')

/** The fenced blocks of a language, with the `## ` heading they sit under. */
function blocks(lang: string): Array<{ heading: string; text: string }> {
  const out: Array<{ heading: string; text: string }> = []
  let heading = ''
  const lines = doc.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('## ')) heading = lines[i].slice(3)
    if (lines[i] === '```' + lang) {
      const start = ++i
      while (i < lines.length && lines[i] !== '```') i++
      out.push({ heading, text: lines.slice(start, i).join('\n') })
    }
  }
  return out
}

function phaseConfig(phase: number): Config {
  const found = blocks('json').filter(b => b.heading.startsWith(`Phase ${phase}:`))
  expect(found).toHaveLength(1)
  const parsed = parseConfigText(found[0].text)
  if (!parsed.ok) throw new Error(`phase ${phase}: ${JSON.stringify(parsed.problems)}`)
  return parsed.config
}

describe('docs/rollout.md', () => {
  it('gives a config per phase that the schema accepts, each doing what its phase says', () => {
    const p1 = phaseConfig(1)
    expect(p1.enabled).toBe(false)
    const p2 = phaseConfig(2)
    expect(p2).toMatchObject({ enabled: true, dryRunMode: true })
    const p3 = phaseConfig(3)
    expect(p3).toMatchObject({ enabled: true, dryRunMode: false })
    expect(p3.rollout).toMatchObject({ liveChangeTypes: ['wildcard'], maxActionsPerRun: 1 })
    const p4 = phaseConfig(4)
    expect(p4.dryRunMode).toBe(false)
    expect([...p4.rollout.liveChangeTypes].sort()).toEqual([...CHANGE_TYPES].sort())
    expect(p4.safetyRails.maxRiskLevel).toBe(2)
  })

  it('lists every reason a proposal may stay planned', async () => {
    const { PLAN_REASONS } = await import('../../src/modes/run/act/plan.js')
    for (const code of [...PLAN_REASONS, 'flag-off', 'patch-does-not-apply', 'differs-from-judged']) {
      expect(doc).toContain(`| \`${code}\` |`)
    }
  })

  it('names the three exit criteria and the CLI that checks them', () => {
    for (const text of [
      'no policy violations',
      'artifacts present',
      'no rollbacks',
      'self-evolution doctor'
    ]) {
      expect(doc.toLowerCase()).toContain(text)
    }
  })

  describe('its SQL', () => {
    let db: TestDatabase
    beforeAll(async () => {
      db = await createTestDatabase()
    })
    afterAll(async () => {
      await db.close()
    })
    const queries = blocks('sql')
    it('has a query for each phase from 2 on', () => {
      expect(new Set(queries.map(q => q.heading.split(':')[0]))).toEqual(
        new Set(['Phase 2', 'Phase 3', 'Why did a proposal not act?'])
      )
      expect(queries.length).toBeGreaterThanOrEqual(6)
    })
    it.each(queries.map(q => [q.heading, q.text]))(
      'runs on a migrated database (%s)',
      async (_heading, text) => {
        await expect(db.sql.unsafe(text)).resolves.toBeDefined()
      }
    )
  })
})
