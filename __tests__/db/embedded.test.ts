/**
 * The embedded database: PGlite persisted under <cwd>/.self-evolution/pgdata, reached through
 * postgres.js over the in-process socket, held by one process at a time.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { connectPGlite, openDatabase } from '../../src/db/client.js'
import { createPGlite } from '../../src/db/embedded.js'
import { EmbeddedLockedError } from '../../src/db/lockfile.js'
import { ensureSchema } from '../../src/db/migrate.js'
import { readKillSwitch, setFlag } from '../../src/db/flags.js'

const cwd = mkdtempSync(join(tmpdir(), 'se-embedded-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

describe('the embedded database', () => {
  it('persists across opens, takes over a dead process lock, and refuses a second opener', async () => {
    const dataDir = join(cwd, '.self-evolution', 'pgdata')
    const lock = `${dataDir}.lock`
    // A run that was killed -9 left its lock behind.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    mkdirSync(join(cwd, '.self-evolution'), { recursive: true })
    writeFileSync(lock, JSON.stringify({ pid: dead, hostname: hostname(), startedAt: 'then', nonce: 'x' }))

    const first = await openDatabase({ cwd })
    expect(first.kind).toBe('embedded')
    expect(first.describe).toBe(`embedded ${dataDir}`)
    try {
      await ensureSchema(first.sql, { migrate: true })
      await setFlag(first.sql, { value: true, by: 'test', now: new Date('2026-11-25T00:00:00Z') })
      const second = await openDatabase({ cwd }).catch(e => e)
      expect(second).toBeInstanceOf(EmbeddedLockedError)
      expect(second.message).toMatch(new RegExp(`is in use by process ${process.pid} `))
    } finally {
      await first.close()
    }
    expect(existsSync(lock)).toBe(false)

    const again = await openDatabase({ cwd })
    try {
      await expect(ensureSchema(again.sql, { migrate: false })).resolves.toBeDefined()
      expect(await readKillSwitch(again.sql, 'o/r')).toEqual({
        global: true,
        repository: null,
        on: true,
        repositoryEnabledAt: null
      })
    } finally {
      await again.close()
    }
  })

  it('uses DATABASE_URL only from the environment it is given; pglite://memory is in memory', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'se-memory-'))
    try {
      const db = await openDatabase({ cwd: elsewhere, env: { DATABASE_URL: 'pglite://memory' } })
      try {
        expect(db.describe).toBe('embedded (in memory)')
        const [row] = await db.sql<{ big: string; day: string }[]>`
          SELECT repeat('x', 3000000) AS big, DATE '2026-02-28' AS day
        `
        expect(row.big.length).toBe(3_000_000)
        expect(row.day).toBe('2026-02-28')
      } finally {
        await db.close()
      }
      expect(readdirSync(elsewhere)).toEqual([])
    } finally {
      rmSync(elsewhere, { recursive: true, force: true })
    }
  })

  it('starts a later connection clean when an earlier one ended inside a transaction', async () => {
    const pglite = await createPGlite(undefined)
    try {
      const first = connectPGlite(pglite, { describe: 'test' })
      await first.sql`CREATE TABLE t (v TEXT)`
      const reserved = await first.sql.reserve()
      await reserved`BEGIN`
      await reserved`INSERT INTO t VALUES ('half done')`
      reserved.release()
      await first.close()

      const second = connectPGlite(pglite, { describe: 'test' })
      try {
        expect(await second.sql`SELECT v FROM t`).toHaveLength(0)
        await second.sql.begin(async tx => {
          await tx`INSERT INTO t VALUES ('committed')`
        })
        await expect(second.sql`SELECT nope FROM t`).rejects.toThrow(/column "nope" does not exist/)
        expect((await second.sql`SELECT v FROM t`).map(r => r.v)).toEqual(['committed'])
      } finally {
        await second.close()
      }
    } finally {
      await pglite.close()
    }
  })
})
