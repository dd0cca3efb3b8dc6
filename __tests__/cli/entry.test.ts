/**
 * The CLI's CommonJS entry (src/bin/cli-entry.cjs) and the git diff it may start before the
 * bundle loads: the entry's plan must be the very command readGitChanges runs, and the bundle
 * adopts a started diff only when it is (src/policy/prestart.ts).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DIFF_ARGS, GIT_ENV, REV } from '../../src/policy/git.js'
import { discardPrestarted, takePrestarted, type Prestarted } from '../../src/policy/prestart.js'
import { runCheck } from '../policy/check-io.js'
import { makeRepo, type Repo } from '../policy/git-fixture.js'

type Plan = { cwd: string; args: string[] }
const entry = createRequire(import.meta.url)('../../src/bin/cli-entry.cjs') as {
  plan(argv: string[], cwd: string): Plan | null
  start(plan: Plan, env: NodeJS.ProcessEnv): void
  DIFF_ARGS: string[]
  GIT_ENV: Record<string, string>
  REV: RegExp
  KEY: symbol
}
const holder = globalThis as unknown as Record<symbol, Prestarted | undefined>

const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach(c => c()))

function repo(): Repo {
  const r = makeRepo()
  cleanups.push(() => r.cleanup())
  r.write('apps/bot/src/persona/tone.md', 'calm\n')
  r.commit()
  r.write('apps/bot/src/persona/tone.md', 'calm\nwarm\n')
  r.write('apps/bot/src/persona/key.md', 'ghp_0123456789abcdefghijABCDEFGHIJ012345\n')
  r.commit()
  return r
}

const check = runCheck

const GIT = ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--json']

/**
 * A PATH whose `git` only ends on its own after 30 s, and then leaves a mark in `ended` (a
 * signal ends it without one).
 */
function slowGitPath(): { PATH: string; ended: string } {
  const bin = mkdtempSync(join(tmpdir(), 'se-slow-git-'))
  cleanups.push(() => rmSync(bin, { recursive: true, force: true }))
  const ended = join(bin, 'ended')
  writeFileSync(join(bin, 'git'), `#!/bin/sh\nsleep 30\necho >> '${ended}'\n`)
  chmodSync(join(bin, 'git'), 0o755)
  return { PATH: `${bin}:${process.env.PATH ?? ''}`, ended }
}

/** How a started git ended (it is awaited, never timed). */
async function ending(started: Prestarted): Promise<NodeJS.Signals | null> {
  if (started.child.exitCode === null && started.child.signalCode === null) await once(started.child, 'exit')
  return started.child.signalCode
}

describe('the entry’s plan', () => {
  it('is the command readGitChanges runs: the same arguments, environment pins and range rule', () => {
    expect(entry.DIFF_ARGS).toEqual([...DIFF_ARGS])
    expect(entry.GIT_ENV).toEqual(GIT_ENV)
    expect(entry.REV.source).toBe(REV.source)
    expect(entry.plan(['check', ...GIT], '/r')).toEqual({
      cwd: '/r',
      args: [...DIFF_ARGS, '--end-of-options', 'HEAD~1..HEAD', '--']
    })
    expect(
      entry.plan(['check', '--json', '--git=a...b', '--repo=sub', '--type=cleanup', '--risk', '0'], '/r')
    ).toEqual({
      cwd: resolve('/r', 'sub'),
      args: [...DIFF_ARGS, '--end-of-options', 'a...b', '--']
    })
  })

  it.each([
    [['run', ...GIT]],
    [['check', ...GIT, '--help']],
    [['check', ...GIT, '--frobnicate']],
    [['check', ...GIT, 'extra']],
    [['check', ...GIT, '--git', 'a..b']],
    [['check', '--git', 'HEAD~1..HEAD', '--risk', '1']],
    [['check', '--git', 'HEAD~1..HEAD', '--type', 'persona']],
    [['check', '--diff', 'x.diff', '--type', 'persona', '--risk', '1']],
    [['check', '--git', 'HEAD', '--type', 'persona', '--risk', '1']],
    [['check', '--git', '-x..HEAD', '--type', 'persona', '--risk', '1']],
    [['check', '--git', 'HEAD..--output=/tmp/x', '--type', 'persona', '--risk', '1']],
    [['check', '--git']]
  ])('starts nothing for %j', argv => {
    expect(entry.plan(argv, '/r')).toBeNull()
  })
})

describe('a git diff started before the bundle', () => {
  it('is adopted for exactly its command, and the verdict is the same as without it', async () => {
    const r = repo()
    const without = await check(GIT, r.dir, process.env)
    expect(without.code).toBe(1)
    expect(without.stdout).toContain('secret-in-content')
    const plan = entry.plan(['check', ...GIT], r.dir) as Plan
    entry.start(plan, process.env)
    const started = holder[entry.KEY] as Prestarted
    expect(started.cwd).toBe(r.dir)
    const withIt = await check(GIT, r.dir, process.env)
    expect(withIt).toEqual(without)
    // Adopted: taken, its file closed by the reader.
    expect(holder[entry.KEY]).toBeUndefined()
    expect(started.child.exitCode).toBe(0)
  })

  it('is stopped, and never read, when it is not the command the reader would run', async () => {
    const r = repo()
    const other = mkdtempSync(join(tmpdir(), 'se-entry-'))
    cleanups.push(() => rmSync(other, { recursive: true, force: true }))
    // The entry's git never ends by itself; the reader's own git is the real one.
    const { PATH } = slowGitPath()
    for (const [argv, cwd] of [
      [['check', '--git', 'HEAD~1...HEAD', '--type', 'persona', '--risk', '1'], r.dir],
      [['check', ...GIT], other]
    ] as const) {
      entry.start(entry.plan([...argv], cwd) as Plan, { ...process.env, PATH })
      const started = holder[entry.KEY] as Prestarted
      const result = await check(GIT, r.dir, process.env)
      expect(result.code).toBe(1)
      expect(result.stdout).toContain('secret-in-content')
      expect(holder[entry.KEY]).toBeUndefined()
      expect(await ending(started)).toBe('SIGTERM')
    }
  })

  it('is stopped when the command refuses its input before reading git', async () => {
    const r = repo()
    const argv = ['--git', 'HEAD~1..HEAD', '--type', 'nope', '--risk', '1']
    entry.start(entry.plan(['check', ...argv], r.dir) as Plan, { ...process.env, PATH: slowGitPath().PATH })
    const started = holder[entry.KEY] as Prestarted
    expect((await check(argv, r.dir, process.env)).code).toBe(2)
    // Not read: src/bin/cli.ts discards it once the command is done.
    expect(holder[entry.KEY]).toBe(started)
    discardPrestarted()
    expect(await ending(started)).toBe('SIGTERM')
  })

  it('is taken once, stopped when it does not match, and discarded when no one reads it', () => {
    let discarded = 0
    const fake = (cwd: string) =>
      ({
        cwd,
        args: ['a'],
        fd: -1,
        child: {},
        done: Promise.resolve(),
        discard: () => void discarded++
      }) as unknown as Prestarted
    holder[entry.KEY] = fake('/r')
    expect(takePrestarted('/r', ['a'])).toBeDefined()
    expect(takePrestarted('/r', ['a'])).toBeUndefined()
    holder[entry.KEY] = fake('/r')
    expect(takePrestarted('/r', ['a', 'b'])).toBeUndefined()
    holder[entry.KEY] = fake('/elsewhere')
    expect(takePrestarted('/r', ['a'])).toBeUndefined()
    expect(discarded).toBe(2)
    holder[entry.KEY] = fake('/r')
    discardPrestarted()
    discardPrestarted()
    expect(discarded).toBe(3)
    expect(holder[entry.KEY]).toBeUndefined()
  })
})

describe('the built CLI (dist/cli/index.js)', () => {
  const cli = resolve('dist/cli/index.js')
  const node = (argv: string[], cwd: string, tmp: string) =>
    spawnSync(process.execPath, [cli, ...argv], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp }
    })

  it('prints what the command prints in-process, and leaves nothing behind when it refuses', async () => {
    expect(existsSync(cli)).toBe(true)
    const r = repo()
    const tmp = mkdtempSync(join(tmpdir(), 'se-entry-tmp-'))
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }))
    const inProcess = await check(GIT, r.dir, process.env)
    const built = node(['check', ...GIT], r.dir, tmp)
    expect({ code: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual(inProcess)
    // The entry starts git; the command then refuses its input: exit 2, one line, no file left.
    const refused = node(['check', '--git', 'HEAD~1..HEAD', '--type', 'nope', '--risk', '1'], r.dir, tmp)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--type "nope" is not valid/)
    expect(readdirSync(tmp)).toEqual([])
  })

  it('stops the git it started when the command refuses its input (a git that never ends would hold the CLI)', () => {
    const r = repo()
    const { PATH, ended } = slowGitPath()
    const refused = spawnSync(
      process.execPath,
      [cli, 'check', '--git', 'HEAD~1..HEAD', '--type', 'nope', '--risk', '1'],
      { cwd: r.dir, encoding: 'utf8', env: { ...process.env, PATH }, timeout: 50_000 }
    )
    expect(refused.signal).toBeNull()
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/--type "nope" is not valid/)
    // Stopped, not waited for: it never reached its end.
    expect(existsSync(ended)).toBe(false)
  })

  it('answers, and never dies of an unheard error, when file descriptors run out', () => {
    const r = repo()
    const at = (limit: number) =>
      spawnSync(
        'sh',
        [
          '-c',
          `ulimit -n ${limit} && exec "$0" "$@"`,
          process.execPath,
          cli,
          'check',
          '--git',
          'HEAD~1..HEAD',
          '--type',
          'nope',
          '--risk',
          '1'
        ],
        { cwd: r.dir, encoding: 'utf8' }
      )
    // Below some limit Node itself cannot start or load the bundle; no limit may end the
    // process with an unheard 'error' event (the entry's git failing to start).
    for (let limit = 16; limit <= 32; limit++) {
      expect(at(limit).stderr).not.toMatch(/Unhandled 'error' event/)
    }
    const roomy = at(32)
    expect(roomy.status).toBe(2)
    expect(roomy.stderr).toMatch(/--type "nope" is not valid/)
  })
})
