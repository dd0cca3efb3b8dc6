#!/usr/bin/env node
import { main } from '../cli/main.js'
import { processRuntime } from '../cli/runtime.js'
import { discardPrestarted } from '../policy/prestart.js'

const code = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  runtime: processRuntime
})
process.exitCode = code
// A git diff the entry started for a command that never read it (src/bin/cli-entry.cjs).
discardPrestarted()

/** What may still be open when a command is done: the output streams and their last writes. */
const IDLE = new Set(['TTYWrap', 'PipeWrap', 'WriteWrap', 'ShutdownWrap', 'CloseReq'])

// A command has finished its work when main returns: exit once the output is flushed, rather
// than wait for the process's teardown (for a large heap, milliseconds of nothing). If anything
// else is still at work (a child process, a timer, a file operation), the process ends on its
// own when that is done, as it always did: nothing is ever cut short. A child that has just
// exited still holds its handle until the event loop's close callbacks have run, so a busy
// answer is asked again once, after them.
const idle = () => process.getActiveResourcesInfo().every(resource => IDLE.has(resource))
const exitWhenIdle = (lookAgain: boolean) => {
  if (idle()) {
    let pending = 2
    const flushed = () => {
      if (--pending === 0) process.exit(code)
    }
    process.stdout.write('', flushed)
    process.stderr.write('', flushed)
  } else if (lookAgain) {
    // The first turn ends before this loop iteration's close callbacks, the second after them.
    setImmediate(() => setImmediate(() => exitWhenIdle(false)))
  }
}
exitWhenIdle(true)
