/**
 * The engine runner: one round = write the prompt file, hand the checkout to the agent user, run the
 * engine as that user in the checkout with the action's timeout, end whatever it left running, take
 * the checkout back, read its result. The engine's version is read once, the same way, with a short
 * timeout.
 */
import { writeFileSync } from 'node:fs'
import { agentEnvironment } from '../env.js'
import type { Isolation } from '../isolate.js'
import type { EngineKeyProxy } from '../key-proxy.js'
import { runProcess, type RunResult, type SetTimer } from '../spawn.js'
import type { EngineName, EngineRun, EngineRunner, RoundRequest } from '../types.js'
import { claudeArgv, parseClaudeResult, type ParsedRun } from './claude.js'
import { codexArgv, parseCodexEvents, tokenCost, type CodexSandbox, type TokenPrice } from './codex.js'
import { commandArgv, parseCommandOutput } from './command.js'
import { sanitizeMessage } from './output.js'

export type EngineRunnerOptions = {
  engine: EngineName
  checkout: string
  isolation: Isolation
  parentEnv: Readonly<Record<string, string | undefined>>
  /** The `agent-env` input. */
  allow: readonly string[]
  /** The engine's PATH; the job's by default. */
  path?: string
  /** `agent-timeout-minutes`, in milliseconds. */
  timeoutMs: number
  graceMs?: number
  /** `agent-command`, for the command engine. */
  command?: string
  model?: string
  maxTurns?: number
  maxBudgetUsd?: number
  /** Claude Code's --bare (on unless false). */
  claudeBare?: boolean
  codexSandbox?: CodexSandbox
  /** Codex's price per million tokens, for a cost in dollars. */
  price?: TokenPrice
  setTimer?: SetTimer
  now?: () => number
  onOutput?: (stream: 'stdout' | 'stderr', chunk: Buffer) => void
  /**
   * The key proxy (key-proxy.ts's withKeyProxy): where the allow-list gives the engine `env`, the
   * engine gets the placeholder there and the proxy's URL in `baseUrlEnv` instead of the key.
   */
  keyProxy?: EngineKeyProxy
}

const VERSION_TIMEOUT_MS = 15_000
const VERSION_MAX = 100

function argvFor(opts: EngineRunnerOptions, request: RoundRequest): string[] {
  const promptFile = opts.isolation.contract.prompt
  switch (opts.engine) {
    case 'claude':
      return claudeArgv(
        request.prompt,
        {
          model: opts.model,
          maxTurns: opts.maxTurns,
          maxBudgetUsd: opts.maxBudgetUsd,
          bare: opts.claudeBare,
          contractDir: opts.isolation.contract.dir,
          promptFile
        },
        request.resumeSession
      )
    case 'codex':
      return codexArgv(
        request.prompt,
        { model: opts.model, sandbox: opts.codexSandbox, promptFile },
        request.resumeSession
      )
    case 'command':
      return commandArgv(opts.command)
  }
}

function parse(engine: EngineName, run: RunResult, price: TokenPrice | undefined): ParsedRun {
  if (engine === 'claude') return parseClaudeResult(run.stdout, run.stderr)
  if (engine === 'command') return parseCommandOutput(run.stdout, run.stderr)
  const parsed = parseCodexEvents(run.stdout, run.stderr)
  const costUsd = tokenCost(parsed.tokens, price)
  return costUsd === undefined ? parsed : { ...parsed, costUsd }
}

/** The EngineRun of a finished process. */
export function engineRun(
  engine: EngineName,
  run: RunResult,
  price?: TokenPrice,
  engineVersion?: string
): EngineRun {
  const base = {
    engine,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    durationMs: run.durationMs
  }
  if (run.spawnError !== undefined) {
    const what = engine === 'command' ? '/bin/sh' : `the ${engine} command`
    const why =
      run.spawnError === 'ENOENT'
        ? `${what} was not found on PATH`
        : `${what} could not start (${sanitizeMessage(run.spawnError, 200)})`
    return {
      ...base,
      isError: true,
      budgetReached: false,
      finalMessage: why,
      ...(engineVersion ? { engineVersion } : {})
    }
  }
  return { ...base, ...parse(engine, run, price), ...(engineVersion ? { engineVersion } : {}) }
}

export function createEngineRunner(opts: EngineRunnerOptions): EngineRunner {
  const { isolation } = opts
  const env = agentEnvironment({
    parentEnv: opts.parentEnv,
    allow: opts.allow,
    home: isolation.home,
    contract: isolation.contract,
    path: opts.path
  })
  const proxy = opts.keyProxy
  if (proxy && env[proxy.env] !== undefined) {
    env[proxy.env] = proxy.placeholder
    env[proxy.baseUrlEnv] = proxy.url
  }
  if (opts.engine === 'command') commandArgv(opts.command)
  let version: Promise<string | undefined> | undefined
  const run = async (
    argv: string[],
    timeoutMs: number,
    onOutput?: EngineRunnerOptions['onOutput']
  ): Promise<RunResult> => {
    await isolation.handOver()
    try {
      return await runProcess({
        launch: isolation.launch(argv, env),
        cwd: opts.checkout,
        timeoutMs,
        graceMs: opts.graceMs,
        setTimer: opts.setTimer,
        now: opts.now,
        onOutput
      })
    } finally {
      await isolation.reclaim()
    }
  }
  const readVersion = async (): Promise<string | undefined> => {
    if (opts.engine === 'command') return undefined
    const r = await run([opts.engine, '--version'], VERSION_TIMEOUT_MS)
    const text = sanitizeMessage(r.stdout.split('\n').find(l => l.trim()) ?? '', VERSION_MAX)
    return r.exitCode === 0 && text ? text : undefined
  }
  return async request => {
    version ??= readVersion()
    const engineVersion = await version
    const argv = argvFor(opts, request)
    writeFileSync(isolation.contract.prompt, request.prompt)
    const result = await run(argv, opts.timeoutMs, opts.onOutput)
    return engineRun(opts.engine, result, opts.price, engineVersion)
  }
}
