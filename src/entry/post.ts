/** The action's post step. Exported as run() for @github/local-action; the bundle calls it. */
import { defaultDeps } from '../runtime/wiring.js'
import { postStage } from '../modes/index.js'

export async function run(): Promise<void> {
  await postStage(defaultDeps())
}
