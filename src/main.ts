/** The action's main step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from './lifecycle/wiring.js'
import { mainStage } from './lifecycle/stages.js'

export async function run(): Promise<void> {
  await mainStage(defaultDeps())
}
