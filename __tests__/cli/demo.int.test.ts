/**
 * The demo's account of its own proposals: which are deliberate examples of blocked changes, and
 * whether each ended as intended. Judged for real: the example proposals against the example config,
 * in a git repository seeded from examples/demo-repo, as the demo does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { demoNotes } from '../../src/cli/commands/demo.js'
import { runLocally } from '../../src/cli/local-run.js'
import { setFlag } from '../../src/db/flags.js'
import { createTestDatabase, type TestDatabase } from '../__fixtures__/db.js'

const EXAMPLES = resolve('examples')
const expected = JSON.parse(readFileSync(join(EXAMPLES, 'demo-expectations.json'), 'utf8')) as {
  blocked: Record<string, string>
}
const proposals = JSON.parse(readFileSync(join(EXAMPLES, 'proposals.json'), 'utf8')).proposals as Array<{
  title: string
}>

let db: TestDatabase
let repo: string
beforeAll(async () => {
  db = await createTestDatabase()
  repo = mkdtempSync(join(tmpdir(), 'se-demo-'))
  cpSync(join(EXAMPLES, 'demo-repo'), repo, { recursive: true })
  mkdirSync(join(repo, '.github'))
  cpSync(join(EXAMPLES, 'self-evolution-config.json'), join(repo, '.github/self-evolution-config.json'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo })
  git('init', '--quiet')
  git('add', '--all')
  git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '--quiet', '--no-gpg-sign', '-m', 'base')
  await setFlag(db.sql, { value: true, by: 'test', now: new Date('2026-11-25T03:00:00Z') })
})
afterAll(async () => {
  await db.close()
  rmSync(repo, { recursive: true, force: true })
})

describe('the demo', () => {
  it('names only proposals that exist', () => {
    const titles = proposals.map(p => p.title)
    for (const title of Object.keys(expected.blocked)) expect(titles).toContain(title)
  })

  it('says which proposals are blocked on purpose, and every one of them is', async () => {
    const r = await runLocally({
      cwd: repo,
      databaseUrl: '',
      configPath: '.github/self-evolution-config.json',
      proposals: join(EXAMPLES, 'proposals.json'),
      repository: 'example/agent-repo',
      force: false,
      forceDryRun: true,
      migrate: false,
      now: () => new Date('2026-11-25T03:00:00Z'),
      print: () => {},
      database: db
    })
    expect(r.status).toBe('success')
    const judged = JSON.parse(readFileSync(join(r.artifactDir, 'proposals.json'), 'utf8')).proposals
    const notes = demoNotes(expected.blocked, judged)
    expect(notes[0]).toBe('Deliberate examples of blocked changes (the rails are meant to stop these):')
    const deliberate = notes.filter(l => l.includes('blocked as intended'))
    expect(deliberate).toHaveLength(Object.keys(expected.blocked).length)
    expect(notes.some(l => /NOT blocked|not on purpose/.test(l))).toBe(false)
    expect(notes.join('\n')).toContain('A second wildcard today: blocked as intended (wildcard-daily-limit)')
    expect(notes.join('\n')).toContain('(config-loosened)')
  })

  it('says so when an outcome is not the intended one', () => {
    const notes = demoNotes({ 'Speed up CI': 'it edits a workflow' }, [
      { title: 'Speed up CI', allowed: true, violations: [] },
      { title: 'Soften the greeting', allowed: false, violations: [{ rule: 'patch-rejected' }] }
    ])
    expect(notes).toContain('  #1 Speed up CI: NOT blocked, though it should be: it edits a workflow')
    expect(notes).toContain('  #2 Soften the greeting: blocked, but not on purpose (patch-rejected)')
  })
})
