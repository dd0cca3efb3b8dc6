/**
 * The stand-in engines (__fixtures__/agents/: claude, codex, env-dumper) in a scratch folder the agent
 * user can enter and run (0755), for PATH; and a checkout: a real git repository in a folder of its own.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gitAs } from './git.js'

const AGENTS = resolve(process.cwd(), '__tests__', '__fixtures__', 'agents')

export type StandIns = { dir: string; path: string; remove: () => void }

export function standIns(): StandIns {
  const dir = mkdtempSync(join(tmpdir(), 'se-standins-'))
  chmodSync(dir, 0o755)
  for (const name of readdirSync(AGENTS)) {
    copyFileSync(join(AGENTS, name), join(dir, name))
    chmodSync(join(dir, name), 0o755)
  }
  return {
    dir,
    path: `${dir}:/usr/local/bin:/usr/bin:/bin`,
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

export type Checkout = { root: string; dir: string; remove: () => void }

/** A repository with README.md and docs/guide.md committed, in a 0700 folder (as mkdtemp makes it). */
export function makeCheckout(): Checkout {
  const root = mkdtempSync(join(tmpdir(), 'se-checkout-'))
  const dir = join(root, 'repo')
  mkdirSync(dir)
  const user = { name: 'tester', home: root }
  gitAs(user, dir, ['init', '-q', '-b', 'main'])
  writeFileSync(join(dir, 'README.md'), '# Hello\n')
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs', 'guide.md'), 'A guide.\n')
  gitAs(user, dir, ['add', '.'])
  gitAs(user, dir, ['commit', '-qm', 'base'])
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) }
}
