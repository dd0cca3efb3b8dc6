/**
 * The agent step's shared shapes: what an engine run reports, and what a round of the self-correction
 * loop hands to the engine. The engines (src/agent/engines/) produce EngineRun; the loop
 * (src/agent/loop.ts) consumes it. Nothing here runs anything.
 */
import type { AGENT_EXIT_STATUSES } from '../policy/proposals-file.js'

/** How an engine run ended, as the agent record names it. */
export type AgentExitStatus = (typeof AGENT_EXIT_STATUSES)[number]

export const ENGINES = ['claude', 'codex', 'command'] as const
export type EngineName = (typeof ENGINES)[number]

/** Token counts where the engine reports them (codex's JSONL events, Claude Code's usage). */
export type TokenUsage = { input: number; output: number; cached?: number }

/** One engine invocation's outcome, as the action saw it. */
export type EngineRun = {
  engine: EngineName
  /** The process's exit code, or null when it ended by a signal. */
  exitCode: number | null
  signal: string | null
  /** The action's timeout stopped it. */
  timedOut: boolean
  /** The engine said it failed (Claude Code's `is_error`). */
  isError: boolean
  /** The engine stopped on its budget (Claude Code's `--max-budget-usd`). */
  budgetReached: boolean
  durationMs: number
  turns?: number
  /** Dollars, only where the engine reports them or a price is configured. */
  costUsd?: number
  tokens?: TokenUsage
  /** For resuming (Claude Code's `-r SESSION_ID`); absent where the engine cannot resume. */
  sessionId?: string
  /** The engine's final words, capped and sanitized; hostile text. */
  finalMessage: string
  engineVersion?: string
  /** How the engine itself said it ended (Claude Code's result subtype, codex's failure), sanitized. */
  stopReason?: string
}

/** What a round asks of the engine. */
export type RoundRequest = {
  /** 1 for the first round, 2.. for corrections. */
  round: number
  /** The prompt text; also written to SELF_EVOLUTION_PROMPT_FILE before the run. */
  prompt: string
  /** The session to resume, where the engine supports it. */
  resumeSession?: string
}

/** Runs the engine once, in the checkout, isolated, with the action's timeout. */
export type EngineRunner = (request: RoundRequest) => Promise<EngineRun>

/** Names of the contract files' environment variables, given to every engine. */
export const CONTRACT_ENV = {
  prompt: 'SELF_EVOLUTION_PROMPT_FILE',
  reflection: 'SELF_EVOLUTION_REFLECTION_FILE',
  proposal: 'SELF_EVOLUTION_PROPOSAL_FILE'
} as const

/** Where the contract files live: a temporary directory outside the checkout. */
export type ContractFiles = { dir: string; prompt: string; reflection: string; proposal: string }

/** How an engine run ended, as the agent record names it; the first that applies wins. */
export function exitStatusOf(run: EngineRun): AgentExitStatus {
  if (run.timedOut) return 'timed-out'
  if (run.budgetReached) return 'budget-reached'
  if (run.isError) return 'is-error'
  if (run.signal) return 'signal'
  if (run.exitCode !== 0) return 'exit-code'
  return 'ok'
}

/** An engine run that failed, as one sentence; undefined when it succeeded. */
export function engineFailure(run: EngineRun): string | undefined {
  const engine = `the ${run.engine} engine`
  switch (exitStatusOf(run)) {
    case 'timed-out':
      return `${engine} hit the action's timeout after ${Math.round(run.durationMs / 1000)} s`
    case 'budget-reached':
      return `${engine} stopped at its budget (--max-budget-usd)`
    case 'is-error':
      return `${engine} reported an error`
    case 'signal':
      return `${engine} was ended by ${run.signal}`
    case 'exit-code':
      return `${engine} exited with code ${run.exitCode}`
    case 'ok':
      return undefined
  }
}
