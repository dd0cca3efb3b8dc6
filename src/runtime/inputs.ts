/**
 * The action's inputs, read once, validated, and masked the moment a secret is read.
 * A bad input fails with a sentence naming the input, the value and what was expected.
 */
import type { ActionHost } from './host.js'
import { DEFAULT_CONFIG_PATH } from '../config/schema.js'

export const MODES = ['run', 'gate', 'revert-watch'] as const
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
  /** A GitHub App installation token for live writes (issue 6); empty keeps allowed proposals planned. */
  writeToken: string
  /** Logins whose pull requests and commits are the agent's (gate scope). Lower-cased. */
  agentLogins: string[]
  /** Which pull requests the gate judges. */
  scope: Scope
  /** How long the gate waits for pending checks, in minutes (0: do not wait). */
  ciTimeoutMinutes: number
  /** Where the gate reads a pull request's changes: the REST API, or git (a bare fetch). */
  gateSource: GateSource
  railway: {
    token: string
    projectId: string
    environmentId: string
    serviceIds: string[]
    apiUrl: string
  }
}

export class InputError extends Error {
  override name = 'InputError'
}

function bool(host: ActionHost, name: string, fallback: boolean): boolean {
  const raw = host.getInput(name)
  if (raw === '') return fallback
  const v = raw.toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(`Input "${name}" is "${clip(raw)}"; expected "true" or "false".`)
}

function optionalInt(host: ActionHost, name: string, min: number, max: number): number | undefined {
  const raw = host.getInput(name)
  if (raw === '') return undefined
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InputError(
      `Input "${name}" is "${clip(raw)}"; expected an integer from ${min} to ${max}, or empty.`
    )
  }
  return Number(raw)
}

function clip(value: string): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ')
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}

export function readInputs(host: ActionHost): Inputs {
  // Secrets first, masked before anything else can print them.
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

  const modeRaw = host.getInput('mode') || 'run'
  if (!(MODES as readonly string[]).includes(modeRaw)) {
    throw new InputError(`Input "mode" is "${clip(modeRaw)}"; expected one of: ${MODES.join(', ')}.`)
  }

  const configPath = host.getInput('config-path') || DEFAULT_CONFIG_PATH
  if (configPath.startsWith('/') || configPath.split('/').some(s => s === '..' || s === '.' || s === '')) {
    throw new InputError(
      `Input "config-path" is "${clip(configPath)}"; expected a relative path inside the repository.`
    )
  }

  // dry-run: only 'true' means anything. Any other value leaves the decision to the config, so one
  // click on a dispatch form can never switch a dry-run config to live.
  const forceDryRun = host.getInput('dry-run').toLowerCase() === 'true'

  const proposalsSha256 = host.getInput('proposals-sha256').toLowerCase()
  if (proposalsSha256 !== '' && !/^[0-9a-f]{64}$/.test(proposalsSha256)) {
    throw new InputError(
      `Input "proposals-sha256" is "${clip(proposalsSha256)}"; expected 64 hexadecimal characters, or empty.`
    )
  }

  const apiUrl = host.getInput('railway-api-url') || 'https://backboard.railway.app/graphql/v2'
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl)) {
    throw new InputError(`Input "railway-api-url" is "${clip(apiUrl)}"; expected an http(s) URL.`)
  }
  const projectId = host.getInput('railway-project-id')
  if (railwayToken !== '' && projectId === '') {
    throw new InputError(
      'Input "railway-project-id" is empty; expected a Railway project id when railway-token is set.'
    )
  }
  if (projectId !== '' && railwayToken === '') {
    throw new InputError(
      'Input "railway-token" is empty; expected a Railway API token when railway-project-id is set.'
    )
  }

  const scopeRaw = host.getInput('scope') || 'agent'
  if (!(SCOPES as readonly string[]).includes(scopeRaw)) {
    throw new InputError(`Input "scope" is "${clip(scopeRaw)}"; expected one of: ${SCOPES.join(', ')}.`)
  }
  const agentLogins = host
    .getInput('agent-logins')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  const badLogin = agentLogins.find(l => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(l))
  if (badLogin !== undefined) {
    throw new InputError(
      `Input "agent-logins" holds "${clip(badLogin)}"; expected comma-separated GitHub logins such as "my-agent[bot]".`
    )
  }

  const gateSourceRaw = host.getInput('gate-source') || 'api'
  if (!(GATE_SOURCES as readonly string[]).includes(gateSourceRaw)) {
    throw new InputError(
      `Input "gate-source" is "${clip(gateSourceRaw)}"; expected one of: ${GATE_SOURCES.join(', ')}.`
    )
  }

  return {
    databaseUrl,
    githubToken,
    configPath,
    forceDryRun,
    force: bool(host, 'force', false),
    proposals: host.getInput('proposals'),
    proposalsSha256,
    jitterMinutes: optionalInt(host, 'jitter-minutes', 0, 120),
    artifactRetentionDays: optionalInt(host, 'artifact-retention-days', 1, 400),
    migrate: bool(host, 'migrate', false),
    mode: modeRaw as Mode,
    writeToken,
    agentLogins: agentLogins.map(l => l.toLowerCase()),
    scope: scopeRaw as Scope,
    ciTimeoutMinutes: optionalInt(host, 'ci-timeout-minutes', 0, 360) ?? 30,
    gateSource: gateSourceRaw as GateSource,
    railway: {
      token: railwayToken,
      projectId,
      environmentId: host.getInput('railway-environment-id'),
      serviceIds: host
        .getInput('railway-service-ids')
        .split(',')
        .map(s => s.trim())
        .filter(Boolean),
      apiUrl
    }
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
