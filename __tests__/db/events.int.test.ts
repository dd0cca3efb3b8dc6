/** The events log: what was recorded, filtered, newest first; never rewritten. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'
import { listEvents, recordEvent } from '../../src/db/events.js'

let db: TestDatabase
beforeEach(async () => {
  db = await createTestDatabase()
})
afterEach(async () => {
  await db.close()
})

describe('events', () => {
  it('records skips with their reason and detail, and lists them newest first by repository and kind', async () => {
    const at = (h: number) => new Date(Date.UTC(2026, 10, 25, h))
    await recordEvent(db.sql, {
      repository: 'a/b',
      kind: 'skip',
      reason: 'flag-off',
      githubRunId: 123456789012,
      detail: { event: 'schedule', detail: 'global flag off' },
      at: at(2)
    })
    await recordEvent(db.sql, { repository: 'a/b', kind: 'gate', reason: 'blocked', at: at(3) })
    await recordEvent(db.sql, {
      repository: 'c/d',
      kind: 'skip',
      reason: 'cooldown',
      githubRunId: '',
      at: at(4)
    })
    const id = await recordEvent(db.sql, { repository: 'c/d', kind: 'skip', reason: 'ci-active' })

    const all = await listEvents(db.sql, { kind: 'skip' })
    expect(all.map(e => e.reason)).toEqual(['ci-active', 'cooldown', 'flag-off'])
    expect(all[0].id).toBe(id)
    const mine = await listEvents(db.sql, { repository: 'a/b' })
    expect(mine.map(e => [e.kind, e.reason, e.githubRunId, e.detail, e.createdAt.toISOString()])).toEqual([
      ['gate', 'blocked', null, {}, '2026-11-25T03:00:00.000Z'],
      [
        'skip',
        'flag-off',
        '123456789012',
        { event: 'schedule', detail: 'global flag off' },
        '2026-11-25T02:00:00.000Z'
      ]
    ])
    expect((await listEvents(db.sql, { repository: 'c/d', since: at(3) })).map(e => e.reason)).toEqual([
      'ci-active',
      'cooldown'
    ])
    expect(await listEvents(db.sql, { repository: 'c/d', limit: 1 })).toHaveLength(1)
  })

  it('refuses a kind that is not a lower-case word, and a run that does not exist', async () => {
    await expect(recordEvent(db.sql, { repository: '', kind: 'Skip!' })).rejects.toThrow(/kind_check/)
    await expect(recordEvent(db.sql, { repository: '', kind: 'skip', runId: 999 })).rejects.toThrow(
      /run_id_fkey/
    )
  })
})
