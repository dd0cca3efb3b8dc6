/**
 * Real repositories and a stand-in engine for the agent step's tests: the stand-in is a function
 * that edits files in the checkout and writes the proposal file, as an agent would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitAs, writeIn, type GitUser } from '../__fixtures__/git.js'
import type { EngineRun, EngineRunner, RoundRequest } from '../../src/agent/types.js'

const made: string[] = []

export function tempDir(prefix = 'se-agent-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Remove every directory tempDir made (afterAll). */
export function removeTemps(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export type Repo = { dir: string; base: string; user: GitUser; git(args: string[], input?: string): string }

/** A repository with `files` committed; `base` is the commit. */
export function makeRepo(files: Record<string, string>): Repo {
  const root = tempDir()
  const user: GitUser = { name: 'maintainer', home: join(root, 'home') }
  const dir = join(root, 'checkout')
  gitAs(user, root, ['init', '--quiet', '--initial-branch=main', dir])
  for (const [path, content] of Object.entries(files)) writeIn(dir, path, content)
  gitAs(user, dir, ['add', '-A'])
  gitAs(user, dir, ['commit', '--quiet', '-m', 'base'])
  const base = gitAs(user, dir, ['rev-parse', 'HEAD'])
  return { dir, base, user, git: (args, input) => gitAs(user, dir, args, input) }
}

/** The contract directory, outside the checkout, with the proposal file's path. */
export function contractDir(): { dir: string; proposal: string } {
  const dir = tempDir('se-agent-contract-')
  return { dir, proposal: join(dir, 'proposal.json') }
}

export function writeProposal(path: string, value: unknown): void {
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value))
}

/** A successful run of the command engine, with `extra` over it. */
export function engineRun(extra: Partial<EngineRun> = {}): EngineRun {
  return {
    engine: 'command',
    exitCode: 0,
    signal: null,
    timedOut: false,
    isError: false,
    budgetReached: false,
    durationMs: 1000,
    finalMessage: 'done',
    ...extra
  }
}

/** A stand-in engine: round n runs `rounds[n-1]`, which edits the checkout and returns its run's details. */
export function standIn(
  rounds: Array<(request: RoundRequest) => Partial<EngineRun> | void>
): EngineRunner & { requests: RoundRequest[] } {
  const requests: RoundRequest[] = []
  const runner = async (request: RoundRequest) => {
    requests.push(request)
    const step = rounds[request.round - 1]
    if (!step) throw new Error(`the stand-in has no round ${request.round}`)
    return engineRun(step(request) ?? {})
  }
  return Object.assign(runner, { requests })
}

export { writeIn }
