/**
 * mode propose: the agent step, in the propose job (main only: no database, no write token). It
 * checks the reflection plan handed over, reads the committed config at HEAD with git (never the
 * working tree), records the base commit, builds the prompt, and runs the engine as a user of its
 * own in the checkout, with the action's timeout. The adapter, not the agent, makes the patch (a
 * private git directory), judges it with the same rails, lets the agent correct itself, and hands
 * over proposals.json with its SHA-256. A failing engine fails the job with one line; the rails job
 * then records the run as agent-failed.
 */
import { createHash } from 'node:crypto'
import { existsSync, lstatSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { Inputs } from '../../runtime/inputs.js'
import type { LifecycleDeps } from '../../runtime/deps.js'
import type { StageResult } from '../../runtime/stage.js'
import { runGit, trustedGitEnv } from '../../git/run.js'
import { readConfig } from '../../config/source.js'
// The whole agent step, loaded with this module (itself loaded only in mode propose) and so
// before the checkout is handed to the agent: no code is read from disk once the engine can write.
import { missingAllowed } from '../../agent/env.js'
import { collectChange, preparePrivateGit, type PrivateGit } from '../../agent/collect.js'
import { prepareIsolation, type Isolation } from '../../agent/isolate.js'
import { restoreCheckout } from '../../agent/restore.js'
import { withKeyProxy, type EngineKeyProxy } from '../../agent/key-proxy.js'
import { buildPrompt } from '../../agent/prompt.js'
import { gitJudge, proposeWithCorrections } from '../../agent/loop.js'
import { readProposalFile } from '../../agent/proposal-file.js'
import { createEngineRunner } from '../../agent/engines/index.js'
import { handOver } from '../../agent/handover.js'
import { reflectionSchema, type Reflection } from '../../reflection/schema.js'
import { readGitFile } from '../../policy/git.js'
import { forLog } from '../../text/escape.js'
import type { Config } from '../../config/schema.js'
import { readProposeInputs, type ProposeInputs } from './inputs.js'
import type { EngineName } from '../../agent/types.js'

/** What the hand-over produced, for the outputs. */
export type ProposeOutcome = {
  path: string
  sha256: string
  proposals: number
  costUsd: number | undefined
  failure?: string
}

export async function proposeMain(deps: LifecycleDeps, inputs: Inputs): Promise<StageResult> {
  const { host } = deps
  const p = readProposeInputs(host)
  const checkout = deps.ctx.workspace
  const base = await headCommit(checkout)
  // The config committed at the base commit, with git: the agent never chooses what judges it.
  const { config, origin } = await readConfig(
    { from: 'git', workspace: checkout, sha: base },
    inputs.configPath
  )
  host.info(`Config: ${forLog(origin)}; base commit ${base}.`)
  const reflection = readReflection(p)
  refuseOutputInCheckout(checkout, resolve(deps.cwd, p.proposalsOut))
  // Read before the checkout is handed to the agent user: everything git reads of it is read now.
  await refuseStoredCredentials(checkout)
  const extension = await promptExtension(checkout, base, config)
  const outcome = await runAgent(deps, {
    p,
    checkout,
    base,
    config,
    configPath: inputs.configPath,
    reflection,
    extension
  })
  host.setOutput('proposals-path', outcome.path)
  host.setOutput('sha256', outcome.sha256)
  host.setOutput('proposals', String(outcome.proposals))
  host.setOutput('cost-usd', outcome.costUsd === undefined ? '' : outcome.costUsd.toFixed(4))
  if (outcome.failure) {
    host.setFailed(outcome.failure)
    return { status: 'failed', message: outcome.failure }
  }
  host.info(`Handed over ${outcome.proposals} proposal(s) in ${outcome.path} (sha256 ${outcome.sha256}).`)
  return { status: 'success' }
}

/** HEAD of the checkout, before the engine runs: the base every round is collected against. */
async function headCommit(checkout: string): Promise<string> {
  const r = await runGit(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'], {
    cwd: checkout,
    env: trustedGitEnv()
  }).catch((error: unknown) => {
    throw new Error(
      `The checkout ${forLog(checkout, 200)} has no commit at HEAD (${forLog((error as Error).message, 200)}); mode propose runs in a checkout of the repository.`
    )
  })
  return r.stdout.toString('utf8').trim()
}

/** The reflection plan wrote, checked against its SHA-256; undefined when none was given. */
export function readReflection(
  p: Pick<ProposeInputs, 'reflection' | 'reflectionSha256'>
): { reflection: Reflection; bytes: Buffer } | undefined {
  if (!p.reflection) return undefined
  let bytes: Buffer
  try {
    bytes = readFileSync(p.reflection)
  } catch (error) {
    throw new Error(
      `Input "reflection" is "${forLog(p.reflection, 200)}", which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected the reflection.json the plan job wrote.`,
      { cause: error }
    )
  }
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== p.reflectionSha256) {
    throw new Error(
      `The reflection's SHA-256 is ${actual}, not the ${p.reflectionSha256} the plan job computed; refusing a reflection that changed on the way.`
    )
  }
  const parsed = reflectionSchema.safeParse(JSON.parse(bytes.toString('utf8')))
  if (!parsed.success) throw new Error('The reflection does not match schema/reflection.schema.json.')
  return { reflection: parsed.data, bytes }
}

type AgentRun = {
  p: ProposeInputs
  checkout: string
  base: string
  config: Config
  configPath: string
  /** The reflection and the very bytes whose SHA-256 was checked (the agent gets those). */
  reflection: { reflection: Reflection; bytes: Buffer } | undefined
  extension: { path: string; text: string } | undefined
}

/** Isolation, the engine and the rounds; everything made for them is removed again. */
async function runAgent(deps: LifecycleDeps, a: AgentRun): Promise<ProposeOutcome> {
  const missing = missingAllowed(deps.host.env, a.p.agentEnv)
  if (missing.length) {
    throw new Error(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: the ${a.p.engine} engine needs ${missing.length === 1 ? 'it' : 'them'}. Set the repository secret${missing.length === 1 ? '' : 's'} ${missing.join(', ')} and pass ${missing.length === 1 ? 'it' : 'them'} to this step's env.`
    )
  }
  const priv = await preparePrivateGit({ checkout: a.checkout, base: a.base })
  try {
    const isolation = await prepareIsolation({
      checkout: a.checkout,
      acceptSharedUser: a.config.agent.acceptSharedUser,
      userName: agentUserName(deps.host.env),
      ...actionFilesIn(a.checkout, process.argv[1] ?? '')
    })
    deps.host.info(
      `The ${a.p.engine} engine runs ${isolation.user ? `as the user ${isolation.user.name}` : "as the action's own user (agent.acceptSharedUser)"}, allowed ${a.p.agentEnv.length ? a.p.agentEnv.join(', ') : 'no secret'}.`
    )
    try {
      if (a.reflection) writeFileSync(isolation.contract.reflection, a.reflection.bytes)
      // Claude Code's key stays in this process: the engine talks to a loopback proxy that adds it.
      return await withKeyProxy(
        { engine: a.p.engine, parentEnv: deps.host.env, allow: a.p.agentEnv },
        keyProxy => rounds(deps, a, { isolation, priv, keyProxy })
      )
    } finally {
      await isolation.release()
    }
  } finally {
    priv.cleanup()
  }
}

/** A path's device and inode, or null when it does not exist. */
function identityOf(path: string): string | null {
  try {
    const st = lstatSync(path)
    return `${st.dev}:${st.ino}`
  } catch {
    return null
  }
}

/**
 * The checkout's .git is the one it was before the engine ran: an agent that renamed it (its copy
 * would then be in the change) or replaced it gets nothing collected.
 */
function sameDotGit(checkout: string, before: string | null): void {
  if (identityOf(join(checkout, '.git')) !== before)
    throw new Error("the agent moved or replaced the checkout's .git, so its change is not collected")
}

/**
 * The action's own files, when it runs from the checkout (`uses: ./propose`, or `uses: ./` in mode
 * propose): they stay with their owner, so the agent cannot rewrite code a later step of the job
 * runs. When the action is the checkout itself, its top folder stays too (nothing can be renamed).
 */
export function actionFilesIn(checkout: string, entry: string): { keep: string[]; keepRoot: boolean } {
  const script = resolve(entry)
  const root = /\/dist\/main\/index\.js$/.test(script)
    ? resolve(script, '..', '..', '..')
    : /\/[^/]+\/main\.mjs$/.test(script)
      ? resolve(script, '..', '..')
      : undefined
  const rel = root === undefined ? '..' : relative(resolve(checkout), root)
  if (rel.startsWith('..') || isAbsolute(rel)) return { keep: [], keepRoot: false }
  if (rel !== '') return { keep: [rel], keepRoot: false }
  const actions = readdirSync(root!, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(join(root!, d.name, 'action.yml')))
    .map(d => d.name)
  return { keep: ['dist', 'action.yml', ...actions].filter(p => existsSync(join(root!, p))), keepRoot: true }
}

/** proposals-out outside the checkout: the agent must not be able to plant what the action writes. */
function refuseOutputInCheckout(checkout: string, out: string): void {
  const rel = relative(resolve(checkout), out)
  if (!rel.startsWith('..') && !isAbsolute(rel))
    throw new Error(
      `Input "proposals-out" is "${forLog(out, 200)}", inside the checkout; expected a path outside it (such as under RUNNER_TEMP), where the agent cannot plant a link.`
    )
}

/**
 * A credential the checkout keeps (actions/checkout's persist-credentials, a credential helper, a
 * URL with a password) would be readable by the agent: refuse it, naming the remedy.
 */
async function refuseStoredCredentials(checkout: string): Promise<void> {
  const r = await runGit(['config', '--local', '--includes', '--list', '--name-only'], {
    cwd: checkout,
    env: trustedGitEnv(),
    okCodes: [0, 1]
  })
  const names = r.stdout.toString('utf8').split('\n').filter(Boolean)
  const stored = names.filter(n => /^http\..*extraheader$|^credential\.|^url\..*\.insteadof$/i.test(n))
  const urls = await runGit(['config', '--local', '--includes', '--get-regexp', '^remote\\..*\\.url$'], {
    cwd: checkout,
    env: trustedGitEnv(),
    okCodes: [0, 1]
  })
  const withPassword = /:\/\/[^/\s@]*:[^/\s@]*@/.test(urls.stdout.toString('utf8'))
  if (stored.length || withPassword) {
    throw new Error(
      `The checkout keeps a credential in its git config (${[...stored, ...(withPassword ? ['a remote URL with a password'] : [])].slice(0, 3).join(', ')}), which the agent could read; check out with persist-credentials: false.`
    )
  }
}

/**
 * The agent's user: self-evolution-agent, or the name in SELF_EVOLUTION_AGENT_USER, for machines that
 * run several propose jobs at once (each sweep ends every process of its user).
 */
export function agentUserName(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const name = env.SELF_EVOLUTION_AGENT_USER
  if (name === undefined || name === '') return undefined
  if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(name))
    throw new Error(
      `SELF_EVOLUTION_AGENT_USER is "${forLog(name, 40)}"; expected a user name of lower-case letters, digits, "_" and "-" (at most 32 characters).`
    )
  return name
}

type Tools = { isolation: Isolation; priv: PrivateGit; keyProxy: EngineKeyProxy | undefined }

async function rounds(deps: LifecycleDeps, a: AgentRun, t: Tools): Promise<ProposeOutcome> {
  const { p, config } = a
  // The .git of each round's start (the restore after a round puts a copy back).
  let dotGit: string | null = null
  const retries = Math.min(p.retries ?? config.agent.retries, config.agent.retries)
  const timeoutMinutes = Math.min(
    p.timeoutMinutes ?? config.agent.timeoutMinutes,
    config.agent.timeoutMinutes
  )
  const prompt = buildPrompt({
    config,
    configPath: a.configPath,
    proposalFile: t.isolation.contract.proposal,
    reflection: a.reflection?.reflection,
    extension: a.extension,
    retries
  })
  const runEngine = createEngineRunner({
    engine: p.engine,
    checkout: a.checkout,
    isolation: t.isolation,
    parentEnv: deps.host.env,
    allow: p.agentEnv,
    timeoutMs: timeoutMinutes * 60_000,
    command: p.agentCommand || undefined,
    model: p.model || undefined,
    maxTurns: p.maxTurns,
    maxBudgetUsd: p.maxBudgetUsd,
    price: p.tokenPrice,
    keyProxy: t.keyProxy
  })
  if (t.keyProxy)
    deps.host.info(
      `${t.keyProxy.env} stays with the action: the engine reaches the API through ${t.keyProxy.url}.`
    )
  const result = await proposeWithCorrections({
    runEngine: request => {
      dotGit = identityOf(join(a.checkout, '.git'))
      return runEngine(request)
    },
    collect: () => {
      sameDotGit(a.checkout, dotGit)
      return collectChange(t.priv)
    },
    readProposal: () => readProposalFile(t.isolation.contract.proposal),
    judge: gitJudge({ config, configPath: a.configPath, repo: t.priv.gitDir, base: a.base }),
    restore: () => restoreCheckout(t.priv),
    prompt,
    retries,
    proposalFile: t.isolation.contract.proposal
  })
  for (const r of result.rounds)
    deps.host.info(
      `Round ${r.round}: ${r.outcome}${r.verdict && !r.verdict.allowed ? ` (${r.verdict.rules.join(', ')})` : ''}.`
    )
  const last = result.rounds.at(-1)?.run
  const path = resolve(deps.cwd, p.proposalsOut)
  mkdirSync(dirname(path), { recursive: true })
  const written = handOver(path, result, {
    engine: p.engine as EngineName,
    model: p.model || undefined,
    engineVersion: last?.engineVersion
  })
  // The record already names why the agent failed: the loop's failure, else the last run's.
  const failure = written.document.agent?.failure
  return {
    path,
    sha256: written.sha256,
    proposals: written.document.proposals.length,
    costUsd: written.document.agent?.costUsd,
    ...(failure ? { failure: failureLine(failure, last?.finalMessage) } : {})
  }
}

/** One line: what failed, and the engine's last words (hostile text, escaped and capped). */
function failureLine(failure: string, words: string | undefined): string {
  const said = words?.trim() ? ` Its last words: ${forLog(words.trim().split('\n').at(-1) ?? '', 300)}` : ''
  return `The agent failed: ${forLog(failure, 500)}.${said}`
}

/** The repository's extension of the prompt, committed at the base (agent.promptFile). */
async function promptExtension(
  checkout: string,
  base: string,
  config: Config
): Promise<{ path: string; text: string } | undefined> {
  const path = config.agent.promptFile
  if (!path) return undefined
  const text = await readGitFile(checkout, base, path, trustedGitEnv())
  if (text === null)
    throw new Error(`agent.promptFile names ${forLog(path, 200)}, which is not committed at ${base}.`)
  return { path, text }
}
