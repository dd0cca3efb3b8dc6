/**
 * The CLI process's own runtime (src/bin/cli.ts passes it to every command as `io.runtime`).
 *
 * `childBound`: while `check --git` waits on git diff, the long pole, V8 would still compile the
 * hot parsing code again with its optimizing compilers (TurboFan, and Maglev from Node 22) on
 * background threads. For a single run that code is done before the optimized version pays for
 * itself, and on a runner with two CPUs those threads take CPU from git: measured here, stopping
 * them takes about 30 ms off `check --git` on a 10,000-file range (docs/benchmarks.md). The code
 * still runs, in V8's interpreter and baseline compiler.
 *
 * Only flags that decide whether new optimizing work starts are set. Garbage-collector threading
 * flags are never changed at run time: `--single-threaded-gc` set that way crashes V8 11.3 in its
 * next full collection. The flags exist in V8 11 to 13 (Node 20 to 24); on another V8 nothing
 * is changed, so that an unknown flag never prints V8's own error.
 */
import type { ProcessRuntime } from './io.js'

export const OPTIMIZERS_OFF = ['--no-turbofan', '--no-maglev'] as const
const KNOWN_V8_MAJORS = new Set([11, 12, 13])

type V8Flags = { setFlagsFromString(flags: string): void }

/**
 * Stop V8's optimizing compilers for the rest of the process. The module is loaded only here, so
 * no other command pays for it; `v8Version` and `load` are injected for tests.
 */
export async function childBound(
  v8Version: string = process.versions.v8,
  load: () => Promise<V8Flags> = () => import('node:v8')
): Promise<void> {
  if (!KNOWN_V8_MAJORS.has(Number(v8Version.split('.')[0]))) return
  const v8 = await load()
  for (const flag of OPTIMIZERS_OFF) v8.setFlagsFromString(flag)
}

/** What src/bin/cli.ts passes as `io.runtime`. */
export const processRuntime: ProcessRuntime = {
  childBound: () => {
    // Best effort: a failure leaves the optimizers on, which changes no result.
    childBound().catch(() => undefined)
  }
}
