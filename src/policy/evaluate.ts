/**
 * The policy engine with every rule wired, config-loosened included: what the action's steps
 * and the `check` command call. See engine.ts for the rules themselves.
 */
import { judgeConfigChange } from './config-loosened.js'
import { evaluateWith, type EvaluateInput } from './engine.js'
import type { PolicyResult } from './types.js'

export {
  compilePolicy,
  MAX_FILES_IN_A_CHANGE,
  NEVER_ALLOWED_RISK,
  touchesWatchedConfig,
  type EvaluateInput
} from './engine.js'

/**
 * Judge every proposal. A wildcard uses the day's one slot only when it is otherwise allowed,
 * the same rule the database's unique index enforces: a later one in the same check, or any
 * when one is already recorded today, fails wildcard-daily-limit.
 */
export function evaluateProposals(input: EvaluateInput): PolicyResult {
  return evaluateWith(input, judgeConfigChange)
}
