/**
 * Interruption: SIGINT (Ctrl-C, or the runner cancelling the job) and SIGTERM (the runner, about 7.5 s
 * later). The first signal is recorded (in the stage state, through `onFirst`) and the work stops at
 * its next checkpoint, where stopping leaves nothing half-written: before the claim, after the claim
 * is saved, inside the recording transaction before it commits (so it rolls back whole), before acting.
 * The claimed run is then closed as cancelled. A second signal exits at once.
 *
 * A checkpoint can also pause, for tests only: when SELF_EVOLUTION_PAUSE_AT (a comma-separated list)
 * names it, the process
 * writes `self-evolution: paused at NAME` to stderr and waits for the next signal (or a line on stdin),
 * so a test sends its signal at exactly that point.
 */
export const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM'] as const
export type InterruptSignal = (typeof INTERRUPT_SIGNALS)[number]

/** The checkpoints, in the order a run meets them. */
export type Checkpoint = 'before-claim' | 'after-claim' | 'recording' | 'before-act' | 'cancelling'

/** The test-only variable that pauses at a checkpoint. */
const PAUSE_VARIABLE = 'SELF_EVOLUTION_PAUSE_AT'

/** What a process exits with when a signal ends it: 128 + the signal's number (130, 143). */
export function signalExitCode(signal: InterruptSignal): number {
  return signal === 'SIGINT' ? 130 : 143
}

/** Thrown at a checkpoint once a signal arrived; the stages turn it into a cancelled run. */
export class Interrupted extends Error {
  constructor(readonly signal: InterruptSignal) {
    super(`Interrupted by ${signal}.`)
    this.name = 'Interrupted'
  }
}

/** What to do with a signal: the first is recorded, any later one exits at once. */
export function decideSignal(
  received: InterruptSignal | undefined,
  signal: InterruptSignal
): { action: 'record' } | { action: 'exit'; code: number } {
  return received ? { action: 'exit', code: signalExitCode(signal) } : { action: 'record' }
}

export interface Interruption {
  /** The first signal received, if any. */
  received(): InterruptSignal | undefined
  /** Throws Interrupted when a signal was received. */
  check(): void
  /** A named point where stopping is safe: pauses there in tests, then checks. */
  checkpoint(name: Checkpoint): Promise<void>
}

/** The process as the listener needs it (tests pass their own). */
export type SignalProcess = {
  on(signal: InterruptSignal, listener: () => void): unknown
  off(signal: InterruptSignal, listener: () => void): unknown
  exit(code: number): never
  env: NodeJS.ProcessEnv
  stderr: { write(text: string): unknown }
  stdin: NodeJS.ReadableStream
}

/**
 * Listen for SIGINT and SIGTERM until dispose(). `onFirst` records the first signal (it must be quick
 * and synchronous: the stage state, one line); a second signal exits with 128 + its number.
 */
export function listenForInterrupts(
  proc: SignalProcess,
  onFirst: (signal: InterruptSignal) => void
): Interruption & { dispose(): void } {
  let received: InterruptSignal | undefined
  const waiters = new Set<() => void>()
  const listeners = INTERRUPT_SIGNALS.map(signal => {
    const listener = () => {
      const decision = decideSignal(received, signal)
      if (decision.action === 'exit') proc.exit(decision.code)
      received = signal
      onFirst(signal)
      for (const wake of waiters) wake()
    }
    proc.on(signal, listener)
    return [signal, listener] as const
  })
  const check = () => {
    if (received) throw new Interrupted(received)
  }
  const pauseAt = new Set((proc.env[PAUSE_VARIABLE] ?? '').split(','))
  return {
    received: () => received,
    check,
    async checkpoint(name) {
      if (pauseAt.has(name)) await pause(proc, name, waiters)
      if (name !== 'cancelling') check()
    },
    dispose() {
      for (const [signal, listener] of listeners) proc.off(signal, listener)
    }
  }
}

/** Wait for the next signal or a line on stdin (tests only; see the module comment). */
function pause(proc: SignalProcess, name: string, waiters: Set<() => void>): Promise<void> {
  return new Promise<void>(resolve => {
    // A signal handler does not keep Node's event loop alive, and stdin may be /dev/null (at its end
    // at once): without a handle of its own the process would end mid-pause (exit code 13).
    const alive = setInterval(() => undefined, 60_000)
    const done = () => {
      clearInterval(alive)
      waiters.delete(done)
      proc.stdin.off('data', done)
      proc.stdin.pause()
      resolve()
    }
    waiters.add(done)
    proc.stdin.on('data', done)
    proc.stderr.write(`self-evolution: paused at ${name}\n`)
  })
}

/** The stages' way to reach a checkpoint; no interruption (tests, other callers) means no stop. */
export async function checkpoint(deps: { interruption?: Interruption }, name: Checkpoint): Promise<void> {
  await deps.interruption?.checkpoint(name)
}
