/** The action's pre step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from './lifecycle/wiring.js'
import { preStage } from './lifecycle/stages.js'

export async function run(): Promise<void> {
  await preStage(defaultDeps())
}
