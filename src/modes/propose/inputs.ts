/**
 * mode propose's own inputs, read once and checked: which engine, its limits, the reflection from
 * plan and where the hand-over goes. A bad input is one sentence naming it, its value and what was
 * expected. The committed config may only make them stricter: the timeout and the retries are the
 * smaller of the input and the config's agent.timeoutMinutes and agent.retries.
 */
import type { ActionHost } from '../../runtime/host.js'
import { inputLabel } from '../../runtime/surface.js'
import { clip } from '../../runtime/inputs.js'
import { ENGINES, type EngineName } from '../../agent/types.js'
import { checkAllowList } from '../../agent/env.js'

export type ProposeInputs = {
  engine: EngineName
  agentCommand: string
  model: string
  maxTurns: number | undefined
  maxBudgetUsd: number | undefined
  /** Minutes, before the config's cap. */
  timeoutMinutes: number | undefined
  reflection: string
  reflectionSha256: string
  proposalsOut: string
  /** Before the config's cap. */
  retries: number | undefined
  /** Environment variable names the engine may see. */
  agentEnv: string[]
  /** Dollars per million input and output tokens (codex's cost). */
  tokenPrice: { inputPerMillion: number; outputPerMillion: number } | undefined
}

/** Each engine's key, the one secret its job holds, when agent-env names none. */
export const ENGINE_KEYS: Record<EngineName, string[]> = {
  claude: ['ANTHROPIC_API_KEY'],
  codex: ['CODEX_API_KEY'],
  command: []
}

function bad(host: ActionHost, name: string, value: string, expected: string): Error {
  return new Error(`${inputLabel(host.surface, name)} is "${clip(value)}"; expected ${expected}.`)
}

function intInput(host: ActionHost, name: string, min: number, max: number): number | undefined {
  const raw = host.getInput(name)
  if (raw === '') return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw bad(host, name, raw, `a whole number from ${min} to ${max}, or empty`)
  return Number(raw)
}

function dollars(host: ActionHost, name: string): number | undefined {
  const raw = host.getInput(name)
  if (raw === '') return undefined
  if (!/^\d+(\.\d+)?$/.test(raw) || !(Number(raw) > 0) || Number(raw) > 10_000)
    throw bad(host, name, raw, 'a number of dollars above 0 (such as "2.50"), or empty')
  return Number(raw)
}

function price(host: ActionHost): ProposeInputs['tokenPrice'] {
  const raw = host.getInput('token-price')
  if (raw === '') return undefined
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(raw)
  if (!m) throw bad(host, 'token-price', raw, 'INPUT/OUTPUT dollars per million tokens, such as "1.25/10"')
  return { inputPerMillion: Number(m[1]), outputPerMillion: Number(m[2]) }
}

export function readProposeInputs(host: ActionHost): ProposeInputs {
  const engineRaw = host.getInput('engine') || 'claude'
  if (!(ENGINES as readonly string[]).includes(engineRaw))
    throw bad(host, 'engine', engineRaw, `one of ${ENGINES.join(', ')}`)
  const engine = engineRaw as EngineName
  const agentCommand = host.getInput('agent-command')
  if (engine === 'command' && !agentCommand)
    throw bad(host, 'agent-command', '', 'the command to run when engine is "command"')
  const reflection = host.getInput('reflection')
  const reflectionSha256 = host.getInput('reflection-sha256').toLowerCase()
  if (reflectionSha256 !== '' && !/^[0-9a-f]{64}$/.test(reflectionSha256))
    throw bad(host, 'reflection-sha256', reflectionSha256, '64 hexadecimal characters, or empty')
  if (reflection !== '' && reflectionSha256 === '')
    throw bad(host, 'reflection-sha256', '', "the plan job's reflection-sha256 output when reflection is set")
  const proposalsOut = host.getInput('proposals-out')
  if (!proposalsOut) throw bad(host, 'proposals-out', '', 'the path the proposals file is written to')
  const named = host
    .getInput('agent-env')
    .split(/[\s,]+/)
    .filter(Boolean)
  return {
    engine,
    agentCommand,
    model: host.getInput('model'),
    maxTurns: intInput(host, 'max-turns', 1, 1000),
    maxBudgetUsd: dollars(host, 'max-budget-usd'),
    timeoutMinutes: intInput(host, 'agent-timeout-minutes', 1, 350),
    reflection,
    reflectionSha256,
    proposalsOut,
    retries: intInput(host, 'retries', 0, 2),
    agentEnv: checkAllowList(named.length ? named : ENGINE_KEYS[engine]),
    tokenPrice: price(host)
  }
}
