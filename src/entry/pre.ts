/** The action's pre step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from '../runtime/wiring.js'
import { preStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await preStage(defaultDeps())
}
