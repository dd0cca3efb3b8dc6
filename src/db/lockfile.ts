/**
 * An exclusive lockfile for the embedded database. Two processes on one PGlite data directory
 * silently lose rows, so the second opener must get a clear error instead. A lock left by a process
 * that died (kill -9, a crash) is taken over: its holder's pid no longer runs on this host.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'

export class EmbeddedLockedError extends Error {
  override name = 'EmbeddedLockedError'
}

type Holder = { pid: number; hostname: string; startedAt: string; nonce: string }

export type Lock = { path: string; release(): void }

const held = new Map<string, string>()
let exitHookInstalled = false

/** Take the lock at `path`, or throw EmbeddedLockedError naming the process that holds it. */
export function acquireLock(path: string, what: string): Lock {
  const mine: Holder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomUUID()
  }
  const text = JSON.stringify(mine) + '\n'
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createExclusive(path, text)) {
      held.set(path, text)
      installExitHook()
      return { path, release: () => release(path, text) }
    }
    const current = readText(path)
    if (current === undefined) continue // released meanwhile: try again
    const holder = parseHolder(current)
    if (holder && holder.hostname !== mine.hostname) {
      throw new EmbeddedLockedError(
        `${what} is locked by process ${holder.pid} on host ${holder.hostname} (since ${holder.startedAt}); ` +
          `if that process is gone, delete ${path}.`
      )
    }
    if (holder && pidAlive(holder.pid)) {
      throw new EmbeddedLockedError(
        `${what} is in use by process ${holder.pid} (since ${holder.startedAt}); ` +
          'the embedded database allows one process at a time. Wait for it to finish, or use --database-url.'
      )
    }
    removeStale(path, current)
  }
  throw new EmbeddedLockedError(`${what}: could not take the lock ${path}; another process keeps taking it.`)
}

/** Create `path` holding `text`, atomically: a reader never sees it empty. */
function createExclusive(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`
  const fd = openSync(temp, 'wx')
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    unlinkSync(temp)
  }
}

/** Move a dead holder's lock aside; if a live process replaced it meanwhile, put that one back. */
function removeStale(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`
  try {
    renameSync(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  if (readText(aside) !== staleText) {
    try {
      linkSync(aside, path)
    } catch {
      // Someone created a newer lock already; theirs stands.
    }
  }
  unlinkSync(aside)
}

function release(path: string, text: string): void {
  if (held.get(path) !== text) return
  held.delete(path)
  if (readText(path) === text) {
    try {
      unlinkSync(path)
    } catch {
      // Already gone.
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const [path, text] of held) release(path, text)
  })
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const h = JSON.parse(text) as Partial<Holder>
    return typeof h.pid === 'number' && typeof h.hostname === 'string'
      ? {
          pid: h.pid,
          hostname: h.hostname,
          startedAt: String(h.startedAt ?? '?'),
          nonce: String(h.nonce ?? '')
        }
      : undefined
  } catch {
    return undefined
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
