/**
 * The git diff the CLI's entry may have started before the bundle loaded (src/bin/cli-entry.cjs):
 * `check --git` waits on git diff, and starting it before Node's ESM loader saves that loader's
 * start. It is adopted only when it is exactly the command readGitChanges would run, in the same
 * directory, with the process's own environment (never for a hardened one); in every other case
 * it is stopped, and the command runs its own.
 */
import type { ChildProcess } from 'node:child_process'

const KEY = Symbol.for('self-evolution.prestarted-diff')

export type Prestarted = {
  cwd: string
  args: readonly string[]
  /** git's stdout: a file already removed, open for reading and writing. */
  fd: number
  child: ChildProcess
  done: Promise<{ code: number; stderr: string }>
  /** Stop git and close its file (idempotent). */
  discard(): void
}

type Holder = { [KEY]?: Prestarted }

/** The prestarted git diff, if any, removed from where the entry left it. */
function take(): Prestarted | undefined {
  const holder = globalThis as Holder
  const started = holder[KEY]
  delete holder[KEY]
  return started
}

/**
 * The prestarted git diff when it is `args` run in `cwd`; it is then the caller's, file included.
 * Any other one is stopped. Either way it is taken only once.
 */
export function takePrestarted(cwd: string, args: readonly string[]): Prestarted | undefined {
  const started = take()
  if (!started) return undefined
  const same =
    started.cwd === cwd &&
    started.args.length === args.length &&
    started.args.every((arg, i) => arg === args[i])
  if (same) return started
  started.discard()
  return undefined
}

/** Stop a prestarted git diff that no one adopted (the command failed before reading git). */
export function discardPrestarted(): void {
  take()?.discard()
}
