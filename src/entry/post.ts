/** The action's post step; the bundle calls run(). It closes a run main left, as cancelled after a signal. */
import { defaultDeps } from '../runtime/wiring.js'
import { postStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await postStage(defaultDeps())
}
