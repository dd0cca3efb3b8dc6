/**
 * git as a person at a terminal, for the tests that build repositories and remotes by hand: no
 * system or global configuration (nothing on the machine changes what git does or prints), a
 * throwaway HOME, and `name <name@example.com>` as author and committer.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export type GitUser = { name: string; home: string }

/** Runs git in `cwd` and returns its output, trimmed. */
export function gitAs(user: GitUser, cwd: string, args: string[], input?: string): string {
  const email = `${user.name}@example.com`
  return execFileSync('git', args, {
    cwd,
    input,
    env: {
      PATH: process.env.PATH,
      HOME: user.home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: user.name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: user.name,
      GIT_COMMITTER_EMAIL: email
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
    .toString('utf8')
    .trim()
}

/** Writes `content` at `path` under `dir`, making the folders on the way. */
export function writeIn(dir: string, path: string, content: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), content)
}
