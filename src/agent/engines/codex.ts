/**
 * Codex in non-interactive mode, as https://developers.openai.com/codex/noninteractive documents it:
 *   codex exec [flags] PROMPT                     one run; stdin must be /dev/null (codex reads stdin
 *                                                 whenever it is not a terminal, and waits for its end)
 *   --json                                        JSONL events on stdout: thread.started {thread_id},
 *                                                 turn.completed {usage: input_tokens, cached_input_tokens,
 *                                                 output_tokens}, item.completed {item: agent_message text},
 *                                                 turn.failed {error}, error {message}
 *   --sandbox workspace-write                     the commands codex runs may write the checkout and the
 *                                                 temporary folder, without network (see docs/agent.md)
 *   --skip-git-repo-check                         the checkout's .git belongs to another user
 *   --model M
 *   codex exec [flags] resume THREAD_ID PROMPT    a correction round in the same thread (flags before resume)
 * The key comes from CODEX_API_KEY, which `agent-env` must name. Codex reports tokens, never dollars:
 * a cost only from a configured price. It has no turn or budget flag: the action's timeout is its limit.
 * Pure.
 */
import type { TokenUsage } from '../types.js'
import type { ParsedRun } from './claude.js'
import { count, promptArgument, sanitizeMessage, tailMessage } from './output.js'

export const CODEX_SANDBOXES = ['workspace-write', 'danger-full-access'] as const
export type CodexSandbox = (typeof CODEX_SANDBOXES)[number]

export type CodexOptions = { model?: string; sandbox?: CodexSandbox; promptFile: string }

/** Dollars per million tokens. */
export type TokenPrice = { inputPerMillion: number; cachedInputPerMillion?: number; outputPerMillion: number }

export function codexArgv(prompt: string, opts: CodexOptions, resumeThread?: string): string[] {
  const argv = [
    'codex',
    'exec',
    '--json',
    '--skip-git-repo-check',
    '--sandbox',
    opts.sandbox ?? 'workspace-write'
  ]
  if (opts.model) argv.push('--model', opts.model)
  if (resumeThread) argv.push('resume', resumeThread)
  argv.push(promptArgument(prompt, opts.promptFile))
  return argv
}

function events(stdout: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  for (const line of stdout.split('\n')) {
    const text = line.trim()
    if (!text.startsWith('{')) continue
    try {
      const value: unknown = JSON.parse(text)
      if (value && typeof value === 'object' && !Array.isArray(value))
        out.push(value as Record<string, unknown>)
    } catch {
      // a cut first line (the tail of a long output) or noise
    }
  }
  return out
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
}

function addUsage(sum: TokenUsage | undefined, usage: unknown): TokenUsage | undefined {
  const input = count(field(usage, 'input_tokens'))
  const output = count(field(usage, 'output_tokens'))
  if (input === undefined || output === undefined) return sum
  const cached = count(field(usage, 'cached_input_tokens')) ?? 0
  return {
    input: (sum?.input ?? 0) + input,
    output: (sum?.output ?? 0) + output,
    cached: (sum?.cached ?? 0) + cached
  }
}

/** Parses `codex exec --json`'s events: thread, summed token usage, last agent message, failure. */
export function parseCodexEvents(stdout: string, stderr = ''): ParsedRun {
  let sessionId: string | undefined
  let tokens: TokenUsage | undefined
  let message = ''
  let failure: string | undefined
  let turns = 0
  for (const e of events(stdout)) {
    if (e.type === 'thread.started' && typeof e.thread_id === 'string' && /^[\w-]{1,100}$/.test(e.thread_id))
      sessionId = e.thread_id
    else if (e.type === 'turn.completed') {
      tokens = addUsage(tokens, e.usage)
      turns++
    } else if (e.type === 'item.completed' && field(e.item, 'type') === 'agent_message')
      message = String(field(e.item, 'text') ?? '')
    else if (e.type === 'turn.failed') failure = String(field(e.error, 'message') ?? 'the turn failed')
    else if (e.type === 'error') failure = String(e.message ?? 'an error')
  }
  const said = message ? sanitizeMessage(message) : ''
  return {
    isError: failure !== undefined,
    budgetReached: false,
    finalMessage:
      said || (failure ? `codex failed: ${sanitizeMessage(failure, 500)}` : tailMessage(stderr, 500)),
    ...(turns > 0 ? { turns } : {}),
    ...(tokens ? { tokens } : {}),
    ...(sessionId ? { sessionId } : {}),
    ...(failure !== undefined ? { stopReason: sanitizeMessage(failure, 200) } : {})
  }
}

/** Dollars for `tokens` at `price` (cached input at its own price where given); undefined without a price. */
export function tokenCost(tokens: TokenUsage | undefined, price: TokenPrice | undefined): number | undefined {
  if (!tokens || !price) return undefined
  const cached = Math.min(tokens.cached ?? 0, tokens.input)
  const cachedPrice = price.cachedInputPerMillion ?? price.inputPerMillion
  const dollars =
    ((tokens.input - cached) * price.inputPerMillion +
      cached * cachedPrice +
      tokens.output * price.outputPerMillion) /
    1e6
  return Math.round(dollars * 1e6) / 1e6
}
