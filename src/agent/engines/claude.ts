/**
 * Claude Code in print mode. Flags as the Claude Code CLI reference documents them
 * (https://code.claude.com/docs/en/cli-reference), and the result's fields as its headless-mode and
 * Agent SDK pages describe them (https://code.claude.com/docs/en/headless,
 * https://docs.claude.com/en/docs/agent-sdk/typescript, SDKResultMessage):
 *   -p PROMPT                  print mode: one run, then exit
 *   --output-format json       one JSON result: result, is_error, num_turns, total_cost_usd, session_id, subtype, usage
 *   --max-turns N              a cap on agentic turns (print mode only)
 *   --max-budget-usd X         a cap in dollars (print mode only); the result's subtype is error_max_budget_usd
 *   --model M
 *   --allowedTools / --disallowedTools   Read, Grep, Glob, Edit and Write; never Bash, WebFetch or WebSearch
 *   --strict-mcp-config --mcp-config '{"mcpServers":{}}'   no MCP server at all, whatever a file configures
 *   --setting-sources user     no project or local settings (.claude/settings*.json of the checkout);
 *                              "user" is the fresh, empty HOME
 *   --bare                     no hooks, skills, plugins, auto memory or CLAUDE.md discovery (Claude Code
 *                              2.1.81 and later; authenticates with ANTHROPIC_API_KEY only)
 *   --add-dir DIR              the contract folder, outside the checkout, where the proposal file is written
 *   -r SESSION_ID              resume a session (a correction round)
 * Pure.
 */
import type { EngineRun, TokenUsage } from '../types.js'
import { count, promptArgument, sanitizeMessage, tailMessage } from './output.js'

export const CLAUDE_TOOLS = ['Read', 'Grep', 'Glob', 'Edit', 'Write'] as const
export const CLAUDE_DENIED_TOOLS = ['Bash', 'WebFetch', 'WebSearch'] as const

export type ClaudeOptions = {
  model?: string
  maxTurns?: number
  maxBudgetUsd?: number
  /** Off only for authentication other than ANTHROPIC_API_KEY (a subscription token); on by default. */
  bare?: boolean
  contractDir: string
  promptFile: string
}

export function claudeArgv(prompt: string, opts: ClaudeOptions, resumeSession?: string): string[] {
  const argv = ['claude', '-p', promptArgument(prompt, opts.promptFile), '--output-format', 'json']
  if (opts.maxTurns !== undefined) {
    if (!Number.isInteger(opts.maxTurns) || opts.maxTurns < 1)
      throw new Error(`Input "max-turns" is ${opts.maxTurns}; expected a whole number of at least 1.`)
    argv.push('--max-turns', String(opts.maxTurns))
  }
  if (opts.maxBudgetUsd !== undefined) {
    if (!Number.isFinite(opts.maxBudgetUsd) || opts.maxBudgetUsd <= 0)
      throw new Error(`Input "max-budget-usd" is ${opts.maxBudgetUsd}; expected a number of dollars above 0.`)
    argv.push('--max-budget-usd', String(opts.maxBudgetUsd))
  }
  if (opts.model) argv.push('--model', opts.model)
  if (opts.bare !== false) argv.push('--bare')
  argv.push(
    '--allowedTools',
    CLAUDE_TOOLS.join(','),
    '--disallowedTools',
    CLAUDE_DENIED_TOOLS.join(','),
    '--strict-mcp-config',
    '--mcp-config',
    '{"mcpServers":{}}',
    '--setting-sources',
    'user',
    '--add-dir',
    opts.contractDir
  )
  if (resumeSession) argv.push('-r', resumeSession)
  return argv
}

/** What the JSON result says; the process's exit status is added by the runner. */
export type ParsedRun = Pick<EngineRun, 'isError' | 'budgetReached' | 'finalMessage'> &
  Partial<Pick<EngineRun, 'turns' | 'costUsd' | 'tokens' | 'sessionId' | 'stopReason'>>

function resultObject(stdout: string): Record<string, unknown> | undefined {
  const attempts = [stdout.trim(), stdout.trim().split('\n').pop() ?? '']
  for (const text of attempts) {
    try {
      const value: unknown = JSON.parse(text)
      const found = Array.isArray(value) ? value.filter(v => v && v.type === 'result').pop() : value
      if (found && typeof found === 'object' && !Array.isArray(found)) return found as Record<string, unknown>
    } catch {
      // next
    }
  }
  return undefined
}

function claudeTokens(usage: unknown): TokenUsage | undefined {
  if (!usage || typeof usage !== 'object') return undefined
  const u = usage as Record<string, unknown>
  const input = count(u.input_tokens)
  const output = count(u.output_tokens)
  if (input === undefined || output === undefined) return undefined
  const cached = count(u.cache_read_input_tokens)
  return {
    input: input + (cached ?? 0) + (count(u.cache_creation_input_tokens) ?? 0),
    output,
    ...(cached !== undefined ? { cached } : {})
  }
}

/** Parses `claude -p --output-format json`'s stdout. Anything but a JSON result is an error. */
export function parseClaudeResult(stdout: string, stderr = ''): ParsedRun {
  const r = resultObject(stdout)
  if (!r) {
    const said = tailMessage(stderr || stdout, 500)
    return {
      isError: true,
      budgetReached: false,
      finalMessage: `Claude Code printed no JSON result${said ? `; it said: ${said}` : ''}`
    }
  }
  const subtype = typeof r.subtype === 'string' ? sanitizeMessage(r.subtype, 60) : undefined
  const budgetReached = subtype === 'error_max_budget_usd'
  const text = typeof r.result === 'string' ? r.result : ''
  const tokens = claudeTokens(r.usage)
  const turns = count(r.num_turns)
  const costUsd = count(r.total_cost_usd)
  return {
    isError: r.is_error === true || (subtype !== undefined && subtype.startsWith('error') && !budgetReached),
    budgetReached,
    finalMessage: sanitizeMessage(text || (subtype ? `Claude Code ended with ${subtype}` : '')),
    ...(turns !== undefined ? { turns } : {}),
    ...(costUsd !== undefined ? { costUsd } : {}),
    ...(tokens ? { tokens } : {}),
    ...(typeof r.session_id === 'string' && /^[\w-]{1,100}$/.test(r.session_id)
      ? { sessionId: r.session_id }
      : {}),
    ...(subtype ? { stopReason: subtype } : {})
  }
}
