/** The action's main step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from '../runtime/wiring.js'
import { mainStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await mainStage(defaultDeps())
}
