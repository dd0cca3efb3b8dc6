/** The action's pre step, listening for the runner's signals; the bundle calls run(). */
import { runInterruptible } from '../runtime/wiring.js'
import { preStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await runInterruptible(preStage)
}
