/** The action's post step; the bundle calls run(). It closes a run main left, as cancelled after a signal. */
import { defaultDeps, runInterruptible } from '../runtime/wiring.js'
import { postStage } from '../modes/index.js'

export async function run(): Promise<void> {
  // A signal during post (a second cancel, a timeout) must not leave the run running.
  await runInterruptible(postStage, defaultDeps(), { closing: true })
}
