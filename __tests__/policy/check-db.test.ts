/**
 * check --database-url: the wildcard daily limit against recorded runs. The database modules are
 * replaced by fakes here, to see what check asks them; the SQL itself is tested with src/db.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIO } from '../../src/cli/io.js'

const calls: unknown[][] = []
let recorded = false
let closed = 0

const client = await import('../../src/db/client.js')
jest.unstable_mockModule('../../src/db/client.js', () => ({
  ...client,
  openDatabase: async (opts: unknown) => {
    calls.push(['open', opts])
    return { sql: 'SQL', kind: 'server', close: async () => void closed++ }
  }
}))
jest.unstable_mockModule('../../src/db/proposals.js', () => ({
  hasAllowedWildcard: async (...args: unknown[]) => {
    calls.push(['hasAllowedWildcard', ...args])
    return recorded
  }
}))

const { run } = await import('../../src/cli/commands/check.js')

const wildcard = {
  title: 'w',
  type: 'wildcard',
  riskLevel: 0,
  files: [{ path: 'packages/agent/src/prompts/p.md', status: 'modified', additions: 1, deletions: 1 }]
}

async function check(argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'se-check-db-'))
  try {
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ proposals: [wildcard] }))
    let stdout = ''
    const io: CliIO = {
      stdout: t => (stdout += t),
      stderr: () => undefined,
      env: {},
      cwd: dir,
      now: () => new Date('2026-03-01T23:59:59-05:00')
    }
    const code = await run(['--proposals', 'p.json', '--json', ...argv], io)
    return { code, doc: stdout ? JSON.parse(stdout) : undefined, dir }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('check --database-url', () => {
  it('asks for the repository’s wildcard on the UTC day, and fails the wildcard when one is recorded', async () => {
    recorded = true
    const r = await check(['--database-url', 'postgres://127.0.0.1/x', '--repository', 'octo/repo'])
    expect(r.code).toBe(1)
    expect(r.doc.proposals[0].violations.map((v: { rule: string }) => v.rule)).toEqual([
      'wildcard-daily-limit'
    ])
    expect(calls).toEqual([
      ['open', { url: 'postgres://127.0.0.1/x', cwd: r.dir }],
      ['hasAllowedWildcard', 'SQL', 'octo/repo', '2026-03-02']
    ])
    expect(closed).toBe(1)
  })

  it('passes the wildcard when none is recorded', async () => {
    recorded = false
    calls.length = 0
    const r = await check(['--database-url', 'postgres://127.0.0.1/x', '--repository', 'octo/repo'])
    expect(r.code).toBe(0)
    expect(calls[1]).toEqual(['hasAllowedWildcard', 'SQL', 'octo/repo', '2026-03-02'])
  })

  it('refuses, without opening the database, when no repository is given and the directory has no origin', async () => {
    calls.length = 0
    const r = await check(['--database-url', 'postgres://127.0.0.1/x'])
    expect(r.code).toBe(2)
    expect(calls).toEqual([])
  })

  it('never opens a database without --database-url', async () => {
    calls.length = 0
    recorded = true
    const r = await check([])
    expect(r.code).toBe(0)
    expect(calls).toEqual([])
  })
})
