/** The kill switch: the global flag AND the repository's, their metadata, and their history. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { flagHistory, listFlags, readKillSwitch, setFlag } from '../../src/db/flags.js'
import { listEvents } from '../../src/db/events.js'

const REPO = 'octo/agent'
const t = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00Z`)

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => {
  await db.close()
})

describe('readKillSwitch', () => {
  it('is on only when the global flag is on and the repository flag is not off', async () => {
    // Seeded: global off.
    expect(await readKillSwitch(db.sql, REPO)).toEqual({
      global: false,
      repository: null,
      on: false,
      repositoryEnabledAt: null
    })
    await db.sql`DELETE FROM feature_flags`
    expect(await readKillSwitch(db.sql, REPO)).toEqual({
      global: null,
      repository: null,
      on: false,
      repositoryEnabledAt: null
    })
    await setFlag(db.sql, { value: true, by: 'ops', now: t('01:00') })
    expect(await readKillSwitch(db.sql, REPO)).toEqual({
      global: true,
      repository: null,
      on: true,
      repositoryEnabledAt: null
    })
    await setFlag(db.sql, { repository: REPO, value: false, by: 'self-evolution', now: t('01:01') })
    expect(await readKillSwitch(db.sql, REPO)).toEqual({
      global: true,
      repository: false,
      on: false,
      repositoryEnabledAt: null
    })
    expect(await readKillSwitch(db.sql, 'octo/other')).toEqual({
      global: true,
      repository: null,
      on: true,
      repositoryEnabledAt: null
    })
    await setFlag(db.sql, { repository: REPO, value: true, by: 'ops', now: t('01:02') })
    expect(await readKillSwitch(db.sql, REPO)).toEqual({
      global: true,
      repository: true,
      on: true,
      repositoryEnabledAt: new Date(t('01:02'))
    })
    await setFlag(db.sql, { value: false, by: 'ops', now: t('01:03') })
    expect(await readKillSwitch(db.sql, REPO)).toMatchObject({ global: false, repository: true, on: false })
    expect(await readKillSwitch(db.sql, undefined)).toEqual({
      global: false,
      repository: null,
      on: false,
      repositoryEnabledAt: null
    })
  })
})

describe('setFlag', () => {
  it('records who and when in the metadata, and the reason of the latest flip only', async () => {
    const off = await setFlag(db.sql, { value: false, by: 'alice', reason: 'incident 42', now: t('03:00') })
    expect(off).toEqual({
      key: 'self_evolution_enabled',
      value: false,
      previous: false,
      metadata: {
        seededBy: '0001_init',
        disabledAt: '2026-11-25T03:00:00.000Z',
        disabledBy: 'alice',
        reason: 'incident 42'
      }
    })
    const on = await setFlag(db.sql, { value: true, by: 'bob', now: t('04:00') })
    expect(on.previous).toBe(false)
    expect(on.metadata).toEqual({
      seededBy: '0001_init',
      disabledAt: '2026-11-25T03:00:00.000Z',
      disabledBy: 'alice',
      enabledAt: '2026-11-25T04:00:00.000Z',
      enabledBy: 'bob'
    })
    const repo = await setFlag(db.sql, {
      repository: REPO,
      value: false,
      by: 'self-evolution',
      reason: 'failure-limit: 3',
      now: t('05:00')
    })
    expect(repo).toEqual({
      key: `self_evolution_enabled:${REPO}`,
      value: false,
      previous: null,
      metadata: {
        disabledAt: '2026-11-25T05:00:00.000Z',
        disabledBy: 'self-evolution',
        reason: 'failure-limit: 3'
      }
    })
    const [row] = await db.sql`SELECT created_at FROM feature_flags WHERE key = ${repo.key}`
    expect(row.created_at.toISOString()).toBe('2026-11-25T05:00:00.000Z')
  })

  it('appends a flag event with who and why for every flip, and keeps the history', async () => {
    await setFlag(db.sql, { value: true, by: 'alice', reason: 'phase 2', now: t('01:00') })
    await setFlag(db.sql, { value: false, by: 'bob', reason: 'incident', now: t('02:00') })
    await setFlag(db.sql, {
      repository: REPO,
      value: false,
      by: 'self-evolution',
      reason: 'failure-limit',
      now: t('03:00')
    })
    const events = await listEvents(db.sql, { kind: 'flag' })
    expect(events.map(e => [e.repository, e.reason, e.detail])).toEqual([
      [
        REPO,
        'failure-limit',
        { key: `self_evolution_enabled:${REPO}`, value: false, previous: null, by: 'self-evolution' }
      ],
      ['', 'incident', { key: 'self_evolution_enabled', value: false, previous: true, by: 'bob' }],
      ['', 'phase 2', { key: 'self_evolution_enabled', value: true, previous: false, by: 'alice' }]
    ])
    const global = await flagHistory(db.sql)
    expect(global.map(f => [f.at.toISOString(), f.value, f.previous, f.by, f.reason])).toEqual([
      ['2026-11-25T02:00:00.000Z', false, true, 'bob', 'incident'],
      ['2026-11-25T01:00:00.000Z', true, false, 'alice', 'phase 2']
    ])
    expect((await flagHistory(db.sql, REPO)).map(f => f.by)).toEqual(['self-evolution'])
    expect(await flagHistory(db.sql, 'octo/other')).toEqual([])
  })

  it('rolls the flip back when the event cannot be written', async () => {
    await db.sql`ALTER TABLE self_evolution_events ADD CONSTRAINT no_flags CHECK (kind <> 'flag')`
    await expect(setFlag(db.sql, { value: true, by: 'alice', now: t('01:00') })).rejects.toThrow(/no_flags/)
    expect(await readKillSwitch(db.sql, REPO)).toMatchObject({ global: false })
  })

  it('lists the global flag first, then the repositories', async () => {
    await setFlag(db.sql, { repository: 'z/z', value: false, by: 'a', now: t('01:00') })
    await setFlag(db.sql, { repository: 'a/a', value: true, by: 'a', now: t('01:00') })
    await db.sql`INSERT INTO feature_flags (key, value) VALUES ('unrelated', true), ('self_evolution_enabledX', true)`
    expect((await listFlags(db.sql)).map(f => f.key)).toEqual([
      'self_evolution_enabled',
      'self_evolution_enabled:a/a',
      'self_evolution_enabled:z/z'
    ])
  })
})
