/** The action's post step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from './lifecycle/wiring.js'
import { postStage } from './lifecycle/stages.js'

export async function run(): Promise<void> {
  await postStage(defaultDeps())
}
