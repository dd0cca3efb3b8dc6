/**
 * What a newcomer meets first, through the dispatcher in a scratch git repository: the embedded
 * database is made, migrated and git-ignored by the first command; a malformed database URL is one
 * sentence naming where it came from; check's wildcard limit needs a repository; an empty diff is
 * nothing to judge.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../__fixtures__/cli.js'

const root = mkdtempSync(join(tmpdir(), 'se-newcomer-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const now = () => new Date('2026-11-25T03:00:00Z')
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    encoding: 'utf8'
  })

/** A repository with one commit, like an adopter's. */
function scratchRepository(name: string, origin?: string): string {
  const dir = join(root, name)
  mkdirSync(join(dir, 'docs'), { recursive: true })
  writeFileSync(join(dir, 'docs', 'guide.md'), '# Guide\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '.')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init')
  if (origin) git(dir, 'remote', 'add', 'origin', origin)
  return dir
}

describe('the first run in a new repository', () => {
  let repo: string
  let first: Awaited<ReturnType<typeof runCli>>
  beforeAll(async () => {
    repo = scratchRepository('adopter')
    first = await runCli(['run'], { cwd: repo, now })
  }, 180_000)

  it('migrates the embedded database by itself: no warning about a missing table', () => {
    expect(first.code).toBe(0)
    expect(first.stdout + first.stderr).not.toMatch(/does not exist|warning:/)
    expect(first.stdout).toContain('output status=skipped')
    // The summary a terminal gets is plain text, and says so.
    expect(first.stdout).toContain('----- summary (the job summary, as plain text) -----')
  })

  it('leaves the repository clean: .self-evolution/ ignores itself', () => {
    expect(readFileSync(join(repo, '.self-evolution', '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('')
  })

  it('keeps a .gitignore someone edited', async () => {
    writeFileSync(join(repo, '.self-evolution', '.gitignore'), '*\n!keep.txt\n')
    const r = await runCli(['runs'], { cwd: repo, now })
    expect(r.code).toBe(0)
    expect(readFileSync(join(repo, '.self-evolution', '.gitignore'), 'utf8')).toBe('*\n!keep.txt\n')
  })
})

// The loop demo (the default) is checked the same way in demo-loop.test.ts: one test file runs the
// example agent as the demo's user, since every process of that user ends after each engine run.
describe('the demo in an adopter repository', () => {
  it('leaves the repository clean: its scratch folder is inside the ignored .self-evolution/', async () => {
    const repo = scratchRepository('demo-adopter')
    const examples = join(process.cwd(), 'examples')
    const r = await runCli(['demo', '--blocked-examples', '--examples', examples], { cwd: repo, now })
    expect(r.stdout).toContain('Demo:')
    expect(readFileSync(join(repo, '.self-evolution', '.gitignore'), 'utf8')).toMatch(/^\*$/m)
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('')
  }, 180_000)
})

describe('a malformed database URL is one sentence naming its source, exit 2', () => {
  const bad = 'postgres://u:p%ZZhunter2@127.0.0.1:1/db'
  const commands = [
    ['migrate'],
    ['flag', 'status'],
    ['runs'],
    ['report', '--json'],
    ['run'],
    ['doctor', '--repository', 'octo/agent'],
    ['reflect', '--repository', 'octo/agent']
  ]
  const cases = commands.flatMap(args => [
    { args: [...args, '--database-url', bad], env: {}, source: 'in --database-url' },
    { args, env: { DATABASE_URL: bad }, source: 'in the DATABASE_URL environment variable' }
  ])
  it.each(cases)('$args with $env', async ({ args, env, source }) => {
    const r = await runCli(args, { cwd: root, env, now })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain(`The database URL ${source} is not valid: its password has a "%"`)
    expect(r.stderr).not.toMatch(/hunter2|URI malformed/)
  })

  it.each([
    'postgres://u:hunter2@ho%ZZst:1/db',
    'postgres://u:hunter2@h1,h%ZZ2:1/db',
    'postgres://u:hunt@er2@h%ZZ:1/db'
  ])('a malformed escape in the host of %s', async url => {
    const r = await runCli(['runs', '--database-url', url], { cwd: root, now })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('The database URL in --database-url is not valid: its host has a "%"')
    expect(r.stderr).not.toMatch(/hunter2|er2|URI malformed/)
  })

  it('check --database-url', async () => {
    const repo = scratchRepository('malformed', 'https://github.com/octo/agent.git')
    writeFileSync(join(repo, 'change.diff'), '')
    const r = await runCli(
      ['check', '--diff', 'change.diff', '--type', 'cleanup', '--risk', '1', '--database-url', bad],
      { cwd: repo, now }
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('The database URL in --database-url is not valid: its password has a "%"')
    expect(r.stderr).not.toMatch(/hunter2|URI malformed/)
  })
})

describe('check --database-url without --repository', () => {
  const args = ['check', '--diff', 'change.diff', '--type', 'cleanup', '--risk', '1']

  it('refuses with exit 2 when the directory has no origin naming a repository', async () => {
    const repo = scratchRepository('no-origin')
    writeFileSync(join(repo, 'change.diff'), '')
    const r = await runCli([...args, '--database-url', 'pglite://memory'], { cwd: repo, now })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /--database-url needs the repository whose wildcards count.*--repository OWNER\/REPO/
    )
  })

  it('takes the repository from origin when the directory is a checkout', async () => {
    const repo = scratchRepository('with-origin', 'git@github.com:octo/agent.git')
    writeFileSync(join(repo, 'change.diff'), '')
    const r = await runCli([...args, '--database-url', 'pglite://memory'], { cwd: repo, now })
    // Past the refusal: the database is asked (an in-memory one has no tables).
    expect(r.stderr).not.toContain('needs the repository')
    expect(r.stderr).toContain('cannot check the wildcard daily limit in the database')
  })
})

describe('an empty --diff', () => {
  it('says there are no changes to judge', async () => {
    const repo = scratchRepository('empty-diff')
    writeFileSync(join(repo, 'empty.diff'), '')
    const r = await runCli(['check', '--diff', 'empty.diff', '--type', 'cleanup', '--risk', '1'], {
      cwd: repo,
      now
    })
    expect(r).toEqual({ code: 0, stdout: 'OK: no changes to judge\n', stderr: '' })
  })
})
