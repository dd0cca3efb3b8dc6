import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authorizationHeader } from '../../src/git/run.js'
import {
  cloneBranch,
  createGitSandbox,
  fetchIntoBare,
  GitCommandError,
  type GitSandbox
} from '../../src/git/sandbox.js'
import { readGitChanges } from '../../src/policy/git.js'

const cleanups: Array<() => void> = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.()
})

function plainGit(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
    .toString('utf8')
    .trim()
}

/** A bare "remote" whose main branch carries a hostile tree (hooks dir, attributes, scripts). */
function hostileRemote(): { remote: string; base: string; head: string; marker: string } {
  const root = mkdtempSync(join(tmpdir(), 'se-sandbox-test-'))
  cleanups.push(() => rmSync(root, { recursive: true, force: true }))
  const work = join(root, 'work')
  mkdirSync(work)
  const marker = join(root, 'PWNED')
  plainGit(work, ['init', '-q', '-b', 'main'])
  writeFileSync(join(work, 'README.md'), 'hello\n')
  plainGit(work, ['add', '.'])
  plainGit(work, ['commit', '-qm', 'base'])
  const base = plainGit(work, ['rev-parse', 'HEAD'])
  mkdirSync(join(work, '.githooks'))
  writeFileSync(join(work, '.githooks', 'post-checkout'), `#!/bin/sh\ntouch ${marker}\n`)
  chmodSync(join(work, '.githooks', 'post-checkout'), 0o755)
  writeFileSync(join(work, '.gitattributes'), '*.md diff=evil\n')
  writeFileSync(join(work, 'package.json'), `{"scripts":{"postinstall":"touch ${marker}"}}\n`)
  writeFileSync(join(work, 'README.md'), 'hello\nworld\n')
  plainGit(work, ['add', '.'])
  plainGit(work, ['commit', '-qm', 'head'])
  const head = plainGit(work, ['rev-parse', 'HEAD'])
  const remote = join(root, 'remote.git')
  plainGit(root, ['clone', '-q', '--bare', work, remote])
  return { remote, base, head, marker }
}

function sandbox(): GitSandbox {
  const s = createGitSandbox()
  cleanups.push(() => s.cleanup())
  return s
}

describe('the git sandbox', () => {
  it('builds its environment from nothing: no inherited GIT_* variable, no system or user config', () => {
    const saved = { ...process.env }
    process.env.GIT_CONFIG_PARAMETERS = "'core.hooksPath'='/tmp/evil'"
    process.env.GIT_DIR = '/tmp/elsewhere'
    try {
      const s = sandbox()
      expect(
        Object.keys(s.env).filter(
          k =>
            k.startsWith('GIT_') &&
            !/^GIT_(CONFIG_NOSYSTEM|CONFIG_GLOBAL|ATTR_NOSYSTEM|TERMINAL_PROMPT|ASKPASS|PAGER|OPTIONAL_LOCKS|NO_REPLACE_OBJECTS)$/.test(
              k
            )
        )
      ).toEqual([])
      expect(s.env.GIT_CONFIG_NOSYSTEM).toBe('1')
      expect(s.env.HOME?.startsWith(s.root)).toBe(true)
    } finally {
      process.env = saved
    }
  })

  it('passes a token only as a per-command extra header, never in argv, and redacts it from errors', async () => {
    const s = sandbox()
    const repo = s.dir('r')
    await s.git(['init', '-q', '--template=', repo], { cwd: s.root })
    const seen = await s.git(['config', '--get', 'http.extraheader'], { cwd: repo, token: 'tok-123' })
    expect(seen.stdout.toString().trim()).toBe(authorizationHeader('tok-123'))
    // The next command, without a token, has no header.
    const none = await s.git(['config', '--get', 'http.extraheader'], { cwd: repo, okCodes: [1] })
    expect(none.code).toBe(1)
    const error = await s
      .git(['fetch', 'https://127.0.0.1:1/tok-123/x.git'], { cwd: repo, token: 'tok-123' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitCommandError)
    expect(String((error as Error).message)).not.toContain('tok-123')
  })

  it('fetches a hostile head into a bare repository without running anything in it, and reads the diff there', async () => {
    const r = hostileRemote()
    const s = sandbox()
    const bare = await fetchIntoBare(s, r.remote, [r.base, r.head])
    expect(existsSync(join(bare, 'HEAD'))).toBe(true)
    expect(existsSync(r.marker)).toBe(false)
    const changes = await readGitChanges({
      repo: bare,
      range: `${r.base}...${r.head}`,
      configPath: 'x.json',
      env: s.env
    })
    expect(changes.files.map(f => [f.path, f.additions, f.deletions]).sort()).toEqual([
      ['.gitattributes', 1, 0],
      ['.githooks/post-checkout', 2, 0],
      ['README.md', 1, 0],
      ['package.json', 1, 0]
    ])
  })

  it('clones a branch with hooks off: a hook in the remote tree never runs', async () => {
    const r = hostileRemote()
    const s = sandbox()
    const work = await cloneBranch(s, r.remote, 'main')
    // Point the clone at the tree's hooks directory the way an attacker would want, then check out.
    await s.git(['checkout', '-q', '-b', 'other'], { cwd: work })
    expect(existsSync(join(work, 'package.json'))).toBe(true)
    expect(existsSync(r.marker)).toBe(false)
  })

  it('refuses a ref or branch that looks like an option or a range', async () => {
    const s = sandbox()
    await expect(fetchIntoBare(s, '/nowhere', ['--upload-pack=touch x'])).rejects.toThrow(
      /expected an object id or a ref name/
    )
    await expect(cloneBranch(s, '/nowhere', 'a..b')).rejects.toThrow(/expected a branch name/)
  })
})
