/**
 * Runs one engine process: an argv array (never a shell string; the `command` engine's own
 * `/bin/sh -c` is an argv too), in the checkout, with stdin on /dev/null, in a process group of its
 * own so the action's timeout ends the whole group (SIGTERM, then SIGKILL after a grace period;
 * through the launch's own signaller too, where the engine runs as a user the action may not signal).
 * stdout and stderr are kept to their last `maxBytes` each. The timer and the clock are injected.
 */
import { spawn } from 'node:child_process'

/** What to start, as the isolation wraps it (src/agent/isolate.ts). */
export type Launch = {
  file: string
  args: string[]
  env: Record<string, string>
  /**
   * Signals the process group `pgid` with the rights the engine runs with, where the action's own
   * process.kill cannot reach it (the sudo strategy: the engine runs as another user, which the
   * action's user may not signal). Never rejects.
   */
  signalGroup?: (pgid: number, signal: NodeJS.Signals) => Promise<void>
}

/** setTimeout-like: calls `fn` after `ms`, returns a cancel function. */
export type SetTimer = (fn: () => void, ms: number) => () => void

export const realTimer: SetTimer = (fn, ms) => {
  const handle = setTimeout(fn, ms)
  return () => clearTimeout(handle)
}

export type RunOptions = {
  launch: Launch
  cwd: string
  timeoutMs: number
  /** Between SIGTERM and SIGKILL; 10 s by default. */
  graceMs?: number
  /** Per stream; 1 MiB by default. The tail is kept. */
  maxBytes?: number
  setTimer?: SetTimer
  now?: () => number
  /** Each chunk as it arrives (for a live log; hostile text). */
  onOutput?: (stream: 'stdout' | 'stderr', chunk: Buffer) => void
}

export type RunResult = {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  stdout: string
  stderr: string
  /** More than `maxBytes` came; only the tail is kept. */
  truncated: boolean
  durationMs: number
  /** The process could not be started (for example ENOENT: not on PATH). */
  spawnError?: string
}

export const DEFAULT_MAX_BYTES = 1024 * 1024
const DEFAULT_GRACE_MS = 10_000
/** After the process exits, how long its stdout and stderr may stay open (a leftover holding them). */
const DRAIN_MS = 2_000

/** Keeps the last `max` bytes of a stream. */
export function tailBuffer(max: number): { push(chunk: Buffer): void; text(): string; truncated(): boolean } {
  let chunks: Buffer[] = []
  let size = 0
  let dropped = false
  return {
    push(chunk) {
      chunks.push(chunk)
      size += chunk.length
      if (size <= max) return
      const all = Buffer.concat(chunks)
      chunks = [all.subarray(all.length - max)]
      size = max
      dropped = true
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    truncated: () => dropped
  }
}

/**
 * Signals the process group led by `pid`, and through the launch's own signaller where it has one; a
 * group already gone (or not ours to signal) is ignored.
 */
function signalGroup(launch: Launch, pid: number | undefined, signal: NodeJS.Signals): Promise<void> {
  if (pid === undefined) return Promise.resolve()
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: the group has ended. EPERM: every member runs as another user (sudo).
  }
  return launch.signalGroup?.(pid, signal) ?? Promise.resolve()
}

/** Starts the process and resolves when it has ended and its output is read. Never rejects. */
export function runProcess(opts: RunOptions): Promise<RunResult> {
  const setTimer = opts.setTimer ?? realTimer
  const now = opts.now ?? Date.now
  const started = now()
  const out = tailBuffer(opts.maxBytes ?? DEFAULT_MAX_BYTES)
  const err = tailBuffer(opts.maxBytes ?? DEFAULT_MAX_BYTES)
  const { launch } = opts
  return new Promise(resolve => {
    const child = spawn(launch.file, launch.args, {
      cwd: opts.cwd,
      env: launch.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let timedOut = false
    let exit: { code: number | null; signal: string | null } | undefined
    let settled = false
    const cancels: Array<() => void> = []
    // Resolved only once every signal sent is delivered (a signaller is a process of its own).
    const signals: Array<Promise<void>> = []
    const send = (name: NodeJS.Signals): void => void signals.push(signalGroup(launch, child.pid, name))
    const finish = (spawnError?: string): void => {
      if (settled) return
      settled = true
      for (const cancel of cancels) cancel()
      const result = {
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated() || err.truncated(),
        durationMs: Math.max(0, now() - started),
        ...(spawnError !== undefined ? { spawnError } : {})
      }
      void Promise.all(signals).then(() => resolve(result))
    }
    child.stdout.on('data', (chunk: Buffer) => (out.push(chunk), opts.onOutput?.('stdout', chunk)))
    child.stderr.on('data', (chunk: Buffer) => (err.push(chunk), opts.onOutput?.('stderr', chunk)))
    child.on('error', e => finish((e as NodeJS.ErrnoException).code ?? e.message))
    cancels.push(
      setTimer(() => {
        timedOut = true
        send('SIGTERM')
        cancels.push(setTimer(() => send('SIGKILL'), opts.graceMs ?? DEFAULT_GRACE_MS))
      }, opts.timeoutMs)
    )
    child.on('exit', (code, signal) => {
      exit = { code, signal }
      // What the engine left running in its group ends with it.
      send('SIGKILL')
      cancels.push(
        setTimer(() => {
          child.stdout.destroy()
          child.stderr.destroy()
          finish()
        }, DRAIN_MS)
      )
    })
    child.on('close', () => finish())
  })
}
