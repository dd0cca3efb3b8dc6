/**
 * The engine's environment, built from nothing: PATH, a fresh HOME, the locale and time zone where the
 * job has them, the names the `agent-env` input allows, and the contract files' three variables.
 * Nothing else of the action's environment reaches the engine: no GITHUB_TOKEN, no ACTIONS_* runtime
 * tokens, no INPUT_* values, no database URL. Pure.
 */
import { CONTRACT_ENV, type ContractFiles } from './types.js'

/** Passed through when the job has them: they change how text is read and printed, never what is reachable. */
const LOCALE = ['LANG', 'LC_ALL', 'TZ'] as const

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Exact names the allow-list may never name: the job's GitHub credentials and the action's own secrets. */
const FORBIDDEN_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'DATABASE_URL',
  'PATH',
  'HOME'
])

/**
 * Prefixes the allow-list may never name: the runner's runtime tokens (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, ...), the action's inputs (INPUT_*, which hold its tokens and
 * database URL), the runner's own variables, and this action's variables (its write token, App key,
 * database URL, and the contract variables it sets itself).
 */
const FORBIDDEN_PREFIXES = ['ACTIONS_', 'INPUT_', 'RUNNER_', 'SELF_EVOLUTION_'] as const

/** Why `name` may not be allowed, or undefined when it may. */
function refusal(name: string): string | undefined {
  if (!NAME.test(name))
    return 'it is not an environment variable name (letters, digits and _, not starting with a digit)'
  const upper = name.toUpperCase()
  if (FORBIDDEN_NAMES.has(upper)) return 'it is set by the action or holds a credential of the job'
  if (upper.endsWith('DATABASE_URL')) return 'it holds a database URL'
  const prefix = FORBIDDEN_PREFIXES.find(p => upper.startsWith(p))
  if (prefix) return `names starting with ${prefix} hold the runner's or the action's own values`
  if ((LOCALE as readonly string[]).includes(upper)) return 'the action passes it on by itself'
  return undefined
}

/**
 * Checks the `agent-env` allow-list; throws one sentence naming the first name it refuses.
 * Returns the names, deduplicated, in their order.
 */
export function checkAllowList(allow: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of allow) {
    const name = raw.trim()
    const why = refusal(name)
    if (why !== undefined)
      throw new Error(
        `Input "agent-env" names ${JSON.stringify(name)}, which the engine may not see: ${why}; expected the names of the model's key and settings, for example ANTHROPIC_API_KEY.`
      )
    if (!out.includes(name)) out.push(name)
  }
  return out
}

/** The allowed names the job does not have (unset or empty: GitHub passes an unset secret as ''). */
export function missingAllowed(
  parentEnv: Readonly<Record<string, string | undefined>>,
  allow: readonly string[]
): string[] {
  return checkAllowList(allow).filter(name => !parentEnv[name])
}

export type AgentEnvironmentOptions = {
  parentEnv: Readonly<Record<string, string | undefined>>
  /** The `agent-env` input: the names the engine may see. */
  allow: readonly string[]
  /** The fresh, empty HOME made for the engine. */
  home: string
  contract: ContractFiles
  /** The engine's PATH; the job's PATH when absent. */
  path?: string
}

/** The engine's whole environment. Throws one sentence when the allow-list names what it may not. */
export function agentEnvironment(opts: AgentEnvironmentOptions): Record<string, string> {
  const names = checkAllowList(opts.allow)
  const env: Record<string, string> = {}
  env.PATH = opts.path ?? opts.parentEnv.PATH ?? '/usr/local/bin:/usr/bin:/bin'
  env.HOME = opts.home
  for (const name of LOCALE) {
    const value = opts.parentEnv[name]
    if (value) env[name] = value
  }
  for (const name of names) {
    const value = opts.parentEnv[name]
    if (value) env[name] = value
  }
  env[CONTRACT_ENV.prompt] = opts.contract.prompt
  env[CONTRACT_ENV.reflection] = opts.contract.reflection
  env[CONTRACT_ENV.proposal] = opts.contract.proposal
  return env
}
