/**
 * Which mode runs, and its three stages. pre and main read the inputs once (a bad input fails the
 * job the same way in every mode); post reads only the mode, since it must not fail the job.
 * The gate and revert-watch are loaded only in their own mode.
 */
import { modeName, MODES, readInputs, type Inputs, type Mode } from '../runtime/inputs.js'
import { errorLine, type StageResult } from '../runtime/stage.js'
import type { LifecycleDeps } from '../runtime/deps.js'
import { mainFailed, runMain, runPost, runPre } from './run/stages.js'
import { Interrupted } from '../runtime/interrupt.js'

export type ModeStages = {
  pre: (deps: LifecycleDeps, inputs: Inputs) => Promise<StageResult>
  main: (deps: LifecycleDeps, inputs: Inputs) => Promise<StageResult>
  post: (deps: LifecycleDeps) => Promise<StageResult>
}

/** Only the run and plan modes claim a run, and so only they have work in pre. */
const nothingInPre = async (_deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> => ({
  status: 'skipped',
  message: `pre does nothing in mode ${inputs.mode}`
})

export const MODE_STAGES: Record<Mode, () => Promise<ModeStages>> = {
  run: async () => ({ pre: runPre, main: runMain, post: runPost }),
  gate: async () => {
    const { gateMainStage, gatePostStage } = await import('./gate/stage.js')
    return { pre: nothingInPre, main: gateMainStage, post: gatePostStage }
  },
  plan: async () => {
    const { planPre, planMain, planPost } = await import('./plan/stage.js')
    return { pre: planPre, main: planMain, post: planPost }
  },
  propose: async () => {
    // main only: the agent step holds no database and claims nothing.
    const { proposeMain } = await import('./propose/stage.js')
    return {
      pre: nothingInPre,
      main: proposeMain,
      post: async deps => {
        deps.host.info('post does nothing in mode propose: main handed over and cleaned up.')
        return { status: 'skipped' }
      }
    }
  },
  close: async () => {
    const { closeMain } = await import('./close/stage.js')
    return {
      pre: nothingInPre,
      main: closeMain,
      post: async deps => {
        deps.host.info('post does nothing in mode close: main closed the run.')
        return { status: 'skipped' }
      }
    }
  },
  'revert-watch': async () => {
    // It claims no run and reports its own failures: post has nothing left to do.
    const { revertWatchStage } = await import('./revert-watch/stage.js')
    return {
      pre: nothingInPre,
      main: revertWatchStage,
      post: async deps => {
        deps.host.info(
          'post does nothing in mode revert-watch: it claims no run, and main wrote its summary.'
        )
        return { status: 'skipped' }
      }
    }
  }
}

/** The action's pre step. */
export async function preStage(deps: LifecycleDeps): Promise<StageResult> {
  try {
    const inputs = readInputs(deps.host)
    return await (await MODE_STAGES[inputs.mode]()).pre(deps, inputs)
  } catch (error) {
    // No failure: a claim already made is in the state, and post closes it as cancelled.
    if (error instanceof Interrupted) {
      deps.host.notice(`${error.message} Stopped before main.`)
      return { status: 'cancelled', message: error.message }
    }
    const message = errorLine(error)
    deps.host.setFailed(message)
    return { status: 'failed', message }
  }
}

/** The action's main step; a mode's main reports its own failures, this only what escapes them. */
export async function mainStage(deps: LifecycleDeps): Promise<StageResult> {
  const t0 = deps.now().getTime()
  try {
    const inputs = readInputs(deps.host)
    return await (await MODE_STAGES[inputs.mode]()).main(deps, inputs)
  } catch (error) {
    return mainFailed(deps, error, { t0, actNotes: [] })
  }
}

/** The action's post step: never fails the job for its own problems. */
export async function postStage(deps: LifecycleDeps): Promise<StageResult> {
  // Not readInputs: an input main already refused must not fail post too. Any other value is the
  // run mode's, whose post has nothing to finalize without a claimed run.
  const raw = modeName(deps.host)
  const mode: Mode = (MODES as readonly string[]).includes(raw) ? (raw as Mode) : 'run'
  try {
    return await (await MODE_STAGES[mode]()).post(deps)
  } catch (error) {
    deps.host.warning(`post could not finish its work: ${errorLine(error)}`)
    return { status: 'failed', message: errorLine(error) }
  }
}
