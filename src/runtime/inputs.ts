/**
 * The action's inputs, read once, validated, and masked the moment a secret is read.
 * A bad input fails with a sentence naming the input, the value and what was expected.
 */
import type { ActionHost } from './host.js'
import { inputLabel } from './surface.js'
import { DEFAULT_CONFIG_PATH } from '../config/schema.js'

export const MODES = ['run', 'gate', 'revert-watch', 'plan', 'propose', 'close'] as const
/** What GitHub reports as a job's result (`needs.<job>.result`). */
export const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const
export type JobResult = (typeof JOB_RESULTS)[number]
export const SCOPES = ['agent', 'all'] as const
export const GATE_SOURCES = ['api', 'git'] as const
export type GateSource = (typeof GATE_SOURCES)[number]
export type Scope = (typeof SCOPES)[number]
export type Mode = (typeof MODES)[number]

export type Inputs = {
  databaseUrl: string
  githubToken: string
  configPath: string
  /** true when the input forces a dry run; false leaves it to the config. */
  forceDryRun: boolean
  force: boolean
  proposals: string
  proposalsSha256: string
  jitterMinutes: number | undefined
  artifactRetentionDays: number | undefined
  migrate: boolean
  mode: Mode
  /** A GitHub App installation token for live writes (docs/github-app.md); empty keeps allowed proposals planned. */
  writeToken: string
  /**
   * mode gate: a GitHub App installation token with checks write and nothing else (a secret), the
   * only token the gate writes with: it publishes the verdict as the check run
   * VERDICT_CHECK_NAME (src/modes/gate/publish.ts). Empty: the verdict is only the job's result.
   */
  checksToken: string
  /** Logins whose pull requests and commits are the agent's (gate scope). Lower-cased. */
  agentLogins: string[]
  /** Which pull requests the gate judges. */
  scope: Scope
  /** How long the gate waits for pending checks, in minutes (0: do not wait). */
  ciTimeoutMinutes: number
  /** Where the gate reads a pull request's changes: the REST API, or git (a bare fetch). */
  gateSource: GateSource
  /**
   * modes run and close: the run plan claimed (its `run-id` output). With it, run continues that
   * run instead of claiming one; close records it cancelled.
   */
  runId: number | undefined
  /** mode run with runId: the propose job's result; '' when not given. */
  agentResult: JobResult | ''
  railway: {
    token: string
    projectId: string
    environmentId: string
    serviceIds: string[]
    apiUrl: string
  }
}

/**
 * The variable a per-mode action's entry file (gate/main.mjs, revert-watch/main.mjs) sets before it
 * loads the shared bundle, so the mode is the action's and no input can change it. A node action
 * cannot find its own action.yml otherwise: GitHub documents GITHUB_ACTION_PATH for composite actions
 * only (https://docs.github.com/actions/reference/workflows-and-actions/variables).
 */
export const FIXED_MODE_VARIABLE = 'SELF_EVOLUTION_MODE'

function bool(host: ActionHost, name: string, fallback: boolean): boolean {
  const raw = host.getInput(name)
  if (raw === '') return fallback
  const v = raw.toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new Error(`${inputLabel(host.surface, name)} is "${clip(raw)}"; expected "true" or "false".`)
}

function optionalInt(host: ActionHost, name: string, min: number, max: number): number | undefined {
  const raw = host.getInput(name)
  if (raw === '') return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(
      `${inputLabel(host.surface, name)} is "${clip(raw)}"; expected an integer from ${min} to ${max}, or empty.`
    )
  }
  return Number(raw)
}

/** One of `allowed`, or an error naming the input, its value and the choices. */
function oneOf<T extends string>(host: ActionHost, name: string, allowed: readonly T[], fallback: T): T {
  const raw = host.getInput(name) || fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(
      `${inputLabel(host.surface, name)} is "${clip(raw)}"; expected one of: ${allowed.join(', ')}.`
    )
  }
  return raw as T
}

/** An input's value for a sentence: control characters as spaces, at most 80 characters. */
export function clip(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}

function list(host: ActionHost, name: string): string[] {
  return host
    .getInput(name)
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
}

/**
 * The mode as named, not yet checked: the one a per-mode action fixed, else the `mode` input (the
 * root action's), else run.
 */
export function modeName(host: ActionHost): string {
  return host.env[FIXED_MODE_VARIABLE] || host.getInput('mode') || 'run'
}

export function readMode(host: ActionHost): Mode {
  const fixed = host.env[FIXED_MODE_VARIABLE]
  const name = modeName(host)
  if (!(MODES as readonly string[]).includes(name)) {
    const what = fixed ? FIXED_MODE_VARIABLE : 'Input "mode"'
    throw new Error(`${what} is "${clip(name)}"; expected one of: ${MODES.join(', ')}.`)
  }
  return name as Mode
}

/** The secrets, each masked the moment it is read, before anything else can print it. */
function readSecrets(host: ActionHost) {
  const databaseUrl = host.getInput('database-url')
  host.setSecret(databaseUrl)
  const password = passwordOf(databaseUrl)
  if (password) host.setSecret(password)
  const railwayToken = host.getInput('railway-token')
  host.setSecret(railwayToken)
  const githubToken = host.getInput('github-token')
  host.setSecret(githubToken)
  const writeToken = host.getInput('write-token')
  host.setSecret(writeToken)
  const checksToken = host.getInput('checks-token')
  host.setSecret(checksToken)
  return { databaseUrl, railwayToken, githubToken, writeToken, checksToken }
}

function readConfigPath(host: ActionHost): string {
  const configPath = host.getInput('config-path') || DEFAULT_CONFIG_PATH
  if (configPath.startsWith('/') || configPath.split('/').some(s => s === '..' || s === '.' || s === '')) {
    throw new Error(
      `${inputLabel(host.surface, 'config-path')} is "${clip(configPath)}"; expected a relative path inside the repository.`
    )
  }
  return configPath
}

function readProposalsSha256(host: ActionHost): string {
  const sha = host.getInput('proposals-sha256').toLowerCase()
  if (sha !== '' && !/^[0-9a-f]{64}$/.test(sha)) {
    throw new Error(
      `${inputLabel(host.surface, 'proposals-sha256')} is "${clip(sha)}"; expected 64 hexadecimal characters, or empty.`
    )
  }
  return sha
}

function readRailway(host: ActionHost, token: string): Inputs['railway'] {
  const apiUrl = host.getInput('railway-api-url') || 'https://backboard.railway.app/graphql/v2'
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    throw new Error(`Input "railway-api-url" is "${clip(apiUrl)}"; expected an http(s) URL.`)
  }
  const projectId = host.getInput('railway-project-id')
  if (token !== '' && projectId === '') {
    throw new Error(
      'Input "railway-project-id" is empty; expected a Railway project id when railway-token is set.'
    )
  }
  if (projectId !== '' && token === '') {
    throw new Error(
      'Input "railway-token" is empty; expected a Railway API token when railway-project-id is set.'
    )
  }
  return {
    token,
    projectId,
    environmentId: host.getInput('railway-environment-id'),
    serviceIds: list(host, 'railway-service-ids'),
    apiUrl
  }
}

/** Whose pull requests the gate judges, and where it reads them. */
function readGateScope(host: ActionHost): Pick<Inputs, 'scope' | 'agentLogins' | 'gateSource'> {
  const scope = oneOf(host, 'scope', SCOPES, 'agent')
  const agentLogins = list(host, 'agent-logins')
  const badLogin = agentLogins.find(l => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(l))
  if (badLogin !== undefined) {
    throw new Error(
      `Input "agent-logins" holds "${clip(badLogin)}"; expected comma-separated GitHub logins such as "my-agent[bot]".`
    )
  }
  const gateSource = oneOf(host, 'gate-source', GATE_SOURCES, 'api')
  return { scope, agentLogins: agentLogins.map(l => l.toLowerCase()), gateSource }
}

/** The run-id input: a positive integer, or empty. */
function readRunId(host: ActionHost): number | undefined {
  const raw = host.getInput('run-id')
  if (raw === '') return undefined
  if (!/^[1-9]\d{0,15}$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new Error(
      `${inputLabel(host.surface, 'run-id')} is "${clip(raw)}"; expected the positive integer the plan step's run-id output holds, or empty.`
    )
  }
  return Number(raw)
}

function readAgentResult(host: ActionHost): JobResult | '' {
  const raw = host.getInput('agent-result')
  if (raw === '') return ''
  if (!(JOB_RESULTS as readonly string[]).includes(raw)) {
    throw new Error(
      `${inputLabel(host.surface, 'agent-result')} is "${clip(raw)}"; expected the propose job's result: one of ${JOB_RESULTS.join(', ')} (\${{ needs.propose.result }}).`
    )
  }
  return raw as JobResult
}

export function readInputs(host: ActionHost): Inputs {
  const secrets = readSecrets(host)
  const mode = readMode(host)
  const configPath = readConfigPath(host)
  // dry-run: only 'true' means anything. Any other value leaves the decision to the config, so one
  // click on a dispatch form can never switch a dry-run config to live.
  const forceDryRun = host.getInput('dry-run').toLowerCase() === 'true'
  const proposalsSha256 = readProposalsSha256(host)
  const railway = readRailway(host, secrets.railwayToken)
  const gate = readGateScope(host)
  if (secrets.checksToken !== '' && secrets.checksToken === secrets.githubToken) {
    throw new Error(
      'Input "checks-token" is the same token as github-token; expected a GitHub App installation token with checks write (a check run made with GITHUB_TOKEN comes from GitHub Actions, a source any workflow can post as).'
    )
  }
  return {
    databaseUrl: secrets.databaseUrl,
    githubToken: secrets.githubToken,
    configPath,
    forceDryRun,
    force: bool(host, 'force', false),
    proposals: host.getInput('proposals'),
    proposalsSha256,
    jitterMinutes: optionalInt(host, 'jitter-minutes', 0, 120),
    artifactRetentionDays: optionalInt(host, 'artifact-retention-days', 1, 400),
    migrate: bool(host, 'migrate', false),
    mode,
    writeToken: secrets.writeToken,
    checksToken: secrets.checksToken,
    ...gate,
    ciTimeoutMinutes: optionalInt(host, 'ci-timeout-minutes', 0, 360) ?? 30,
    runId: readRunId(host),
    agentResult: readAgentResult(host),
    railway
  }
}

/** The password of a connection URL, so it is masked on its own too (it may be printed decoded). */
export function passwordOf(url: string): string {
  if (!url) return ''
  try {
    const u = new URL(url)
    return u.password ? decodeURIComponent(u.password) : ''
  } catch {
    const m = /^[a-z]+:\/\/[^:/@]*:([^@]*)@/i.exec(url)
    return m ? m[1] : ''
  }
}
