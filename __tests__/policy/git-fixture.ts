/**
 * Real git repositories built in a temporary directory, for the git reader's tests. git runs
 * with no system or global configuration, so nothing on the machine changes what it prints.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

// The engine's own git processes inherit this environment too.
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = '/dev/null'
process.env.GIT_AUTHOR_DATE = '2026-01-01T00:00:00Z'
process.env.GIT_COMMITTER_DATE = '2026-01-01T00:00:00Z'

const IDENTITY = [
  '-c',
  'user.name=t',
  '-c',
  'user.email=t@t',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'core.autocrlf=false'
]

export type Repo = {
  dir: string
  git(args: string[], input?: string | Buffer): Buffer
  write(path: string, content: string | Buffer): void
  link(path: string, target: string): void
  remove(path: string): void
  commit(message?: string): string
  cleanup(): void
}

/** A new repository; with `from`, a copy of that repository's folder (no git process started). */
export function makeRepo(from?: string): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'se-policy-'))
  if (from) cpSync(from, dir, { recursive: true })
  const git = (args: string[], input?: string | Buffer) =>
    execFileSync('git', [...IDENTITY, ...args], {
      cwd: dir,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 30
    })
  if (!from) git(['init', '-q', '-b', 'main', '.'])
  let n = 0
  return {
    dir,
    git,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    },
    link(path, target) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      symlinkSync(target, join(dir, path))
    },
    remove(path) {
      rmSync(join(dir, path), { recursive: true, force: true })
    },
    commit(message = `commit ${++n}`) {
      git(['add', '-A'])
      git(['commit', '-q', '--allow-empty', '-m', message])
      return git(['rev-parse', 'HEAD']).toString().trim()
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
