import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { claudeArgv, parseClaudeResult } from '../../src/agent/engines/claude.js'
import { codexArgv, parseCodexEvents, tokenCost } from '../../src/agent/engines/codex.js'
import { commandArgv } from '../../src/agent/engines/command.js'
import { createEngineRunner, type EngineRunnerOptions } from '../../src/agent/engines/index.js'
import { PROMPT_ARG_MAX_BYTES } from '../../src/agent/engines/output.js'
import { prepareIsolation, type Isolation } from '../../src/agent/isolate.js'
import type { SetTimer } from '../../src/agent/spawn.js'
import { engineFailure } from '../../src/agent/types.js'
import { makeCheckout, standIns, type Checkout, type StandIns } from '../__fixtures__/agents.js'

const files = { contractDir: '/tmp/c', promptFile: '/tmp/c/prompt.md' }

describe('claude argv and result', () => {
  it('runs print mode with the tools, the caps, no MCP server, no project settings, and resumes by session', () => {
    const argv = claudeArgv(
      'Do it',
      { ...files, model: 'claude-sonnet-4-5', maxTurns: 12, maxBudgetUsd: 1.5 },
      'sess-1'
    )
    expect(argv).toEqual([
      'claude',
      '-p',
      'Do it',
      '--output-format',
      'json',
      '--max-turns',
      '12',
      '--max-budget-usd',
      '1.5',
      '--model',
      'claude-sonnet-4-5',
      '--bare',
      '--allowedTools',
      'Read,Grep,Glob,Edit,Write',
      '--disallowedTools',
      'Bash,WebFetch,WebSearch',
      '--strict-mcp-config',
      '--mcp-config',
      '{"mcpServers":{}}',
      '--setting-sources',
      'user',
      '--add-dir',
      '/tmp/c',
      '-r',
      'sess-1'
    ])
    expect(claudeArgv('x', { ...files, bare: false })).not.toContain('--bare')
    expect(() => claudeArgv('x', { ...files, maxTurns: 0 })).toThrow(/^Input "max-turns" is 0; expected/)
    expect(() => claudeArgv('x', { ...files, maxBudgetUsd: -1 })).toThrow(
      /^Input "max-budget-usd" is -1; expected/
    )
    const long = claudeArgv('y'.repeat(PROMPT_ARG_MAX_BYTES + 1), files)[2]
    expect(long).toContain('/tmp/c/prompt.md')
    expect(long.length).toBeLessThan(300)
  })
  it('reads the JSON result; a budget stop, an error and anything but JSON are told apart', () => {
    const ok = parseClaudeResult(
      JSON.stringify({
        type: 'result',
        subtype: 'success',
        is_error: false,
        result: 'done\u0007',
        num_turns: 4,
        total_cost_usd: 0.02,
        session_id: 'abc-1',
        usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 3 }
      })
    )
    expect(ok).toEqual({
      isError: false,
      budgetReached: false,
      finalMessage: 'done',
      turns: 4,
      costUsd: 0.02,
      sessionId: 'abc-1',
      stopReason: 'success',
      tokens: { input: 13, output: 5, cached: 3 }
    })
    expect(
      parseClaudeResult(
        JSON.stringify({ subtype: 'error_max_budget_usd', is_error: true, total_cost_usd: 1 })
      )
    ).toMatchObject({ budgetReached: true, costUsd: 1 })
    expect(parseClaudeResult(JSON.stringify({ subtype: 'error_max_turns', is_error: false }))).toMatchObject({
      isError: true,
      stopReason: 'error_max_turns',
      finalMessage: 'Claude Code ended with error_max_turns'
    })
    expect(
      parseClaudeResult(
        JSON.stringify([{ type: 'system' }, { type: 'result', result: 'arr', is_error: false }])
      )
    ).toMatchObject({ finalMessage: 'arr', isError: false })
    expect(parseClaudeResult('Welcome!', 'auth failed\n')).toEqual({
      isError: true,
      budgetReached: false,
      finalMessage: 'Claude Code printed no JSON result; it said: auth failed'
    })
    expect(
      parseClaudeResult(JSON.stringify({ result: 'x', session_id: '../../etc' })).sessionId
    ).toBeUndefined()
  })
})

describe('codex argv and events', () => {
  it('runs exec with JSON events and the sandbox, and resumes a thread with the flags before resume', () => {
    expect(codexArgv('Do it', { promptFile: files.promptFile, model: 'gpt-5' })).toEqual([
      'codex',
      'exec',
      '--json',
      '--skip-git-repo-check',
      '--sandbox',
      'workspace-write',
      '--model',
      'gpt-5',
      'Do it'
    ])
    expect(codexArgv('Fix', { promptFile: files.promptFile, sandbox: 'danger-full-access' }, 'th-1')).toEqual(
      [
        'codex',
        'exec',
        '--json',
        '--skip-git-repo-check',
        '--sandbox',
        'danger-full-access',
        'resume',
        'th-1',
        'Fix'
      ]
    )
  })
  it('sums token usage, keeps the last agent message, and prices tokens only with a price', () => {
    const lines = [
      '{"type":"thread.started","thread_id":"th-9"}',
      'not json',
      '{"type":"item.completed","item":{"type":"agent_message","text":"first"}}',
      '{"type":"turn.completed","usage":{"input_tokens":1000,"cached_input_tokens":400,"output_tokens":100}}',
      '{"type":"item.completed","item":{"type":"agent_message","text":"last"}}',
      '{"type":"turn.completed","usage":{"input_tokens":1000,"cached_input_tokens":600,"output_tokens":100}}'
    ].join('\n')
    const parsed = parseCodexEvents(lines)
    expect(parsed).toEqual({
      isError: false,
      budgetReached: false,
      finalMessage: 'last',
      turns: 2,
      sessionId: 'th-9',
      tokens: { input: 2000, output: 200, cached: 1000 }
    })
    expect(tokenCost(parsed.tokens, undefined)).toBeUndefined()
    expect(
      tokenCost(parsed.tokens, { inputPerMillion: 1.25, cachedInputPerMillion: 0.125, outputPerMillion: 10 })
    ).toBeCloseTo((1000 * 1.25 + 1000 * 0.125 + 200 * 10) / 1e6, 9)
    expect(parseCodexEvents('{"type":"turn.failed","error":{"message":"quota"}}')).toMatchObject({
      isError: true,
      finalMessage: 'codex failed: quota',
      stopReason: 'quota'
    })
  })
  it('runs your command through /bin/sh -c, and refuses an empty one', () => {
    expect(commandArgv('node agent.mjs --fix')).toEqual(['/bin/sh', '-c', 'node agent.mjs --fix'])
    expect(() => commandArgv(' ')).toThrow(/^Input "agent-command" is empty; expected/)
  })
})

describe('each engine through its stand-in, as the agent user', () => {
  let agents: StandIns
  let checkout: Checkout
  let isolation: Isolation
  beforeAll(async () => {
    agents = standIns()
    checkout = makeCheckout()
    isolation = await prepareIsolation({
      checkout: checkout.dir,
      acceptSharedUser: false,
      userName: 'se-agent-engines'
    })
  })
  afterAll(async () => {
    await isolation?.release()
    expect(statSync(join(checkout.dir, 'README.md')).uid).toBe(0)
    checkout?.remove()
    agents?.remove()
    try {
      execFileSync('userdel', ['se-agent-engines'], { stdio: 'ignore' })
    } catch {
      // never made
    }
  })
  const runner = (extra: Partial<EngineRunnerOptions>) =>
    createEngineRunner({
      engine: 'claude',
      checkout: checkout.dir,
      isolation,
      parentEnv: { ...process.env, CODEX_API_KEY: 'codex-key' },
      allow: ['CODEX_API_KEY'],
      path: agents.path,
      timeoutMs: 60_000,
      ...extra
    })
  const standin = (d: object) => `Follow the rules.\nSTANDIN ${JSON.stringify(d)}\n`
  const proposal = { title: 'Fix typo', type: 'cleanup', riskLevel: 0, effort: 'small', description: 'typo' }

  it('claude: edits land in the checkout, the proposal file is written, the result is parsed, a session resumes', async () => {
    const run = runner({ engine: 'claude', maxTurns: 5 })
    const first = await run({
      round: 1,
      prompt: standin({
        edits: [{ path: 'docs/guide.md', content: 'A better guide.\n' }],
        proposal,
        cost: 0.25,
        turns: 6
      })
    })
    expect(first).toMatchObject({
      engine: 'claude',
      exitCode: 0,
      isError: false,
      budgetReached: false,
      timedOut: false,
      turns: 6,
      costUsd: 0.25,
      engineVersion: '2.1.99 (Claude Code stand-in)',
      finalMessage: 'edited docs/guide.md',
      stopReason: 'success'
    })
    expect(engineFailure(first)).toBeUndefined()
    expect(readFileSync(join(checkout.dir, 'docs/guide.md'), 'utf8')).toBe('A better guide.\n')
    expect(JSON.parse(readFileSync(isolation.contract.proposal, 'utf8'))).toEqual(proposal)
    expect(readFileSync(isolation.contract.prompt, 'utf8')).toContain('Follow the rules.')
    const second = await run({ round: 2, prompt: standin({ edits: [] }), resumeSession: first.sessionId })
    expect(second.finalMessage).toBe(`resumed ${first.sessionId}; edited nothing`)
  })

  it('claude: a failure, a budget stop and a result that is not JSON fail the run with one line', async () => {
    const run = runner({ engine: 'claude' })
    const failed = await run({ round: 1, prompt: standin({ mode: 'fail' }) })
    expect(failed).toMatchObject({ exitCode: 1, isError: true, finalMessage: 'the model could not finish' })
    expect(engineFailure(failed)).toBe('the claude engine reported an error')
    const budget = await run({ round: 1, prompt: standin({ mode: 'budget', cost: 2 }) })
    expect(budget).toMatchObject({ budgetReached: true, costUsd: 2, stopReason: 'error_max_budget_usd' })
    expect(engineFailure(budget)).toBe('the claude engine stopped at its budget (--max-budget-usd)')
    const garbage = await run({ round: 1, prompt: standin({ mode: 'garbage' }) })
    expect(garbage).toMatchObject({
      exitCode: 0,
      isError: true,
      finalMessage: 'Claude Code printed no JSON result; it said: something odd happened'
    })
  })

  it('claude: the action timeout ends an engine that ignores SIGTERM (injected timer)', async () => {
    const TIMEOUT = 123_456
    const pending: Array<{ fn: () => void; ms: number }> = []
    const setTimer: SetTimer = (fn, ms) => {
      // The grace period runs out at once; the timeout when the engine says it hangs.
      if (ms === 10_000) fn()
      else pending.push({ fn, ms })
      return () => undefined
    }
    const run = runner({
      engine: 'claude',
      timeoutMs: TIMEOUT,
      setTimer,
      onOutput: (_stream, chunk) => {
        if (chunk.toString().includes('hanging')) pending.find(t => t.ms === TIMEOUT)?.fn()
      }
    })
    const hung = await run({ round: 1, prompt: standin({ mode: 'hang' }) })
    expect(hung).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: null })
    expect(engineFailure(hung)).toMatch(/^the claude engine hit the action's timeout after \d+ s$/)
  })

  it('codex: stdin is /dev/null, edits land, tokens are counted, a price gives a cost, a thread resumes', async () => {
    const run = runner({ engine: 'codex', price: { inputPerMillion: 1, outputPerMillion: 10 } })
    const first = await run({
      round: 1,
      prompt: standin({ edits: [{ path: 'README.md', content: '# Hello, world\n' }], proposal })
    })
    expect(first).toMatchObject({
      engine: 'codex',
      exitCode: 0,
      isError: false,
      tokens: { input: 2000, cached: 1000, output: 300 },
      costUsd: 0.005,
      engineVersion: 'codex-cli 0.99.0',
      finalMessage: 'edited README.md'
    })
    expect(first.sessionId).toMatch(/^thread-\d+$/)
    expect(readFileSync(join(checkout.dir, 'README.md'), 'utf8')).toBe('# Hello, world\n')
    const second = await run({ round: 2, prompt: standin({}), resumeSession: first.sessionId })
    expect(second.finalMessage).toBe(`resumed ${first.sessionId}; edited nothing`)
    const failed = await runner({ engine: 'codex' })({ round: 1, prompt: standin({ mode: 'fail' }) })
    expect(failed).toMatchObject({
      exitCode: 1,
      isError: true,
      finalMessage: 'codex failed: stream disconnected before completion'
    })
    expect(failed.costUsd).toBeUndefined()
  })

  it('command: runs through /bin/sh -c as the agent user, and keeps only the tail of its stdout', async () => {
    const run = runner({
      engine: 'command',
      command: 'printf "fixed\\n" > FIXED.md && echo "$SELF_EVOLUTION_PROMPT_FILE" && id -u'
    })
    const r = await run({ round: 1, prompt: 'go' })
    expect(r).toMatchObject({ engine: 'command', exitCode: 0, isError: false })
    expect(r.engineVersion).toBeUndefined()
    const [promptFile, uid] = r.finalMessage.split('\n')
    expect(promptFile).toBe(isolation.contract.prompt)
    expect(Number(uid)).toBe(isolation.user?.uid)
    expect(readFileSync(join(checkout.dir, 'FIXED.md'), 'utf8')).toBe('fixed\n')
    const exit3 = await runner({ engine: 'command', command: 'exit 3' })({ round: 1, prompt: 'go' })
    expect(engineFailure(exit3)).toBe('the command engine exited with code 3')
  })

  it('an engine missing from PATH fails with one line', async () => {
    const r = await runner({ engine: 'claude', path: '/nonexistent' })({ round: 1, prompt: 'x' })
    expect(r).toMatchObject({ isError: true })
    expect(r.finalMessage).toMatch(/claude/)
  })
})
