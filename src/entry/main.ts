/** The action's main step, listening for the runner's signals; the bundle calls run(). */
import { runInterruptible } from '../runtime/wiring.js'
import { mainStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await runInterruptible(mainStage)
}
