/**
 * `self-evolution doctor`: the prerequisites of live mode, each a check that passes only when it can
 * be proven. Anything that cannot be read or proven fails ("unknown"), with what to do about it.
 *
 *   gate-required          the gate is a required check on the default branch (branch protection
 *                          or rulesets)
 *   write-token            the write-token can push and open pull requests
 *   write-token-workflows  the write-token cannot edit workflows
 *   flag-config            the feature flag and the config agree
 *   schema                 the database schema is current
 *   artifact-retention     the repository keeps artifacts at least telemetry.logRetentionDays
 *
 * The evaluations are pure; the read* functions below gather what they need from GitHub.
 */
import { createSign } from 'node:crypto'
import type { Config } from '../config/schema.js'
import type { KillSwitch } from '../db/flags.js'
import { errorText, type GitHubContext } from '../github/client.js'
import { DatabaseConnectError, DatabaseUrlError } from '../db/client.js'

export type CheckStatus = 'pass' | 'fail' | 'unknown'
export type DoctorCheck = { id: string; status: CheckStatus; detail: string }

export const CHECK_IDS = [
  'gate-required',
  'write-token',
  'write-token-workflows',
  'flag-config',
  'schema',
  'artifact-retention'
] as const

/**
 * A read that worked, or why it did not. `unreachable`: nothing answered (the network, a timeout, a
 * server error), as opposed to an answer that refused (401, 403, 404, a missing table).
 */
export type Read<T> = { ok: true; value: T } | { ok: false; why: string; unreachable?: boolean }

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET'
])

/** Whether an error means nothing answered: a network failure, a timeout, a 5xx (also in its causes). */
export function isUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    // This project's own kinds: the GitHub client's connection errors and timeouts, and a database
    // that could not be reached (a malformed URL is bad input, not an absent server).
    if (e instanceof DatabaseConnectError) return !(e instanceof DatabaseUrlError)
    const { status, code, kind } = e as { status?: unknown; code?: unknown; kind?: unknown }
    if (kind === 'network' || kind === 'timeout') return true
    if (typeof status === 'number' && status >= 500) return true
    if (typeof status === 'number') return false
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true
    if (e instanceof TypeError && /fetch failed/i.test(e.message)) return true
  }
  return false
}

/** A failed read, classified once for every check. */
export function failedRead(why: string, error: unknown): { ok: false; why: string; unreachable: boolean } {
  return { ok: false, why, unreachable: isUnreachable(error) }
}

/**
 * The one verdict of a read that failed: a check that could not reach GitHub or the database is
 * UNKNOWN (nothing was proven either way), whichever check it is; `answered` is the check's verdict
 * when the service answered and refused.
 */
export function unreadStatus(read: { ok: false; unreachable?: boolean }, answered: CheckStatus): CheckStatus {
  return read.unreachable ? 'unknown' : answered
}

/** The status check contexts required on the branch, from branch protection and from rulesets. */
export type RequiredChecks = {
  protection: Read<string[] | null>
  rules: Read<string[]>
}

export function checkGateRequired(branch: string, required: RequiredChecks, gate: RegExp): DoctorCheck {
  const names = [
    ...(required.protection.ok ? (required.protection.value ?? []) : []),
    ...(required.rules.ok ? required.rules.value : [])
  ]
  const found = names.find(n => gate.test(n))
  if (found) {
    return { id: 'gate-required', status: 'pass', detail: `"${found}" is a required check on ${branch}` }
  }
  const unread = [required.protection, required.rules].filter(r => !r.ok) as Array<{ ok: false; why: string }>
  if (unread.length) {
    return {
      id: 'gate-required',
      status: 'unknown',
      detail: `no required check on ${branch} matches ${gate}, and ${unread.map(u => u.why).join('; ')}`
    }
  }
  return {
    id: 'gate-required',
    status: 'fail',
    detail: names.length
      ? `no required check on ${branch} matches ${gate} (required: ${names.join(', ')}); make the gate's check required in branch protection or a ruleset`
      : `${branch} requires no status check; make the gate's check required in branch protection or a ruleset`
  }
}

/** What GitHub says about the write-token. */
export type TokenFacts = {
  /** The token is set at all. */
  present: boolean
  /** GET /repos/{o}/{r} with it: the `permissions` object, and the x-oauth-scopes header (classic tokens). */
  repository: Read<{ permissions?: Record<string, unknown>; scopes?: string }>
  /** The GitHub App installation's permissions (GET /repos/{o}/{r}/installation as the App), when given. */
  installation?: Read<Record<string, string>>
}

const scopesOf = (header: string) =>
  header
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)

export function checkWriteToken(t: TokenFacts): DoctorCheck[] {
  if (!t.present) {
    const why = 'SELF_EVOLUTION_WRITE_TOKEN is not set, so the write-token cannot be checked'
    return [
      { id: 'write-token', status: 'unknown', detail: why },
      { id: 'write-token-workflows', status: 'unknown', detail: why }
    ]
  }
  if (!t.repository.ok) {
    const why = `the repository cannot be read with the write-token (${t.repository.why})`
    return [
      { id: 'write-token', status: unreadStatus(t.repository, 'fail'), detail: why },
      { id: 'write-token-workflows', status: 'unknown', detail: why }
    ]
  }
  const { permissions, scopes } = t.repository.value
  const inst = t.installation?.ok ? t.installation.value : undefined
  return [writeAccessCheck(permissions, scopes, inst, t.installation), workflowsCheck(scopes, inst)]
}

/** write-token: a classic token by its scopes, an App by its installation, else what the token says. */
function writeAccessCheck(
  permissions: Record<string, unknown> | undefined,
  scopes: string | undefined,
  inst: Record<string, string> | undefined,
  installation: TokenFacts['installation']
): DoctorCheck {
  const id = 'write-token'
  if (scopes !== undefined) {
    const list = scopesOf(scopes)
    const canWrite = permissions?.push === true && (list.includes('repo') || list.includes('public_repo'))
    return canWrite
      ? {
          id,
          status: 'pass',
          detail: `a classic token with push access and the ${list.includes('repo') ? 'repo' : 'public_repo'} scope`
        }
      : {
          id,
          status: 'fail',
          detail: `a classic token without push access or the repo scope (scopes: ${scopes || 'none'})`
        }
  }
  if (inst) {
    const ok = ['contents', 'pull_requests', 'issues'].every(p => inst[p] === 'write')
    return ok && permissions?.push !== false
      ? {
          id,
          status: 'pass',
          detail: 'the GitHub App installation has contents, pull_requests and issues write'
        }
      : {
          id,
          status: 'fail',
          detail: `the GitHub App installation lacks a write permission it needs (${describe(inst)}); it needs contents, pull_requests and issues write`
        }
  }
  if (permissions?.push === false)
    return { id, status: 'fail', detail: 'the write-token cannot push to the repository' }
  return {
    id,
    status: 'unknown',
    detail: `${permissions?.push === true ? 'the write-token can push, but ' : ''}whether a GitHub App token may open pull requests cannot be read with the token itself; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions${installation && !installation.ok ? ` (${installation.why})` : ''}`
  }
}

/** write-token-workflows: the token must not be able to edit .github/workflows. */
function workflowsCheck(scopes: string | undefined, inst: Record<string, string> | undefined): DoctorCheck {
  const id = 'write-token-workflows'
  if (scopes !== undefined) {
    return scopesOf(scopes).includes('workflow')
      ? {
          id,
          status: 'fail',
          detail: 'the classic token has the workflow scope: it could edit .github/workflows'
        }
      : { id, status: 'pass', detail: 'the classic token has no workflow scope' }
  }
  if (inst) {
    return inst.workflows
      ? {
          id,
          status: 'fail',
          detail: `the GitHub App installation has workflows ${inst.workflows}: it could edit .github/workflows`
        }
      : { id, status: 'pass', detail: 'the GitHub App installation has no workflows permission' }
  }
  return {
    id,
    status: 'unknown',
    detail:
      "GitHub does not say whether an App or fine-grained token may edit workflows; set SELF_EVOLUTION_APP_ID and SELF_EVOLUTION_APP_PRIVATE_KEY so doctor reads the installation's permissions"
  }
}

function describe(p: Record<string, string>): string {
  const entries = Object.entries(p)
  return entries.length ? entries.map(([k, v]) => `${k}: ${v}`).join(', ') : 'no permissions'
}

export function checkFlagConfig(config: Read<Config>, flag: Read<KillSwitch>): DoctorCheck {
  const id = 'flag-config'
  if (!config.ok) return { id, status: 'fail', detail: `the config cannot be used (${config.why})` }
  if (!flag.ok)
    // Unread, reached or not: nothing is proven either way.
    return { id, status: 'unknown', detail: `the feature flag cannot be read (${flag.why})` }
  const c = config.value
  const on = flag.value.on
  const mode = c.dryRunMode
    ? 'dry run'
    : `live (${c.rollout.liveChangeTypes.length ? c.rollout.liveChangeTypes.join(', ') : 'no change type'} acting)`
  if (c.enabled && on)
    return { id, status: 'pass', detail: `the config is enabled (${mode}) and the flag is on` }
  if (!c.enabled && !on)
    return { id, status: 'pass', detail: 'the config is disabled and the flag is off: nothing runs' }
  return {
    id,
    status: 'fail',
    detail: c.enabled
      ? `the config is enabled (${mode}) but the flag is off (global ${flagWord(flag.value.global, 'off')}, repository ${flagWord(flag.value.repository, 'on')}): runs skip with flag-off`
      : 'the flag is on but the config is disabled ("enabled": false): runs skip with disabled'
  }
}

const flagWord = (v: boolean | null, missing: string) =>
  v === null ? `missing (${missing})` : v ? 'on' : 'off'

export function checkSchema(result: Read<string>): DoctorCheck {
  return result.ok
    ? { id: 'schema', status: 'pass', detail: result.value }
    : { id: 'schema', status: unreadStatus(result, 'fail'), detail: result.why }
}

export function checkRetention(days: Read<number>, wanted: number): DoctorCheck {
  const id = 'artifact-retention'
  if (!days.ok)
    return {
      id,
      status: 'unknown',
      detail: `the repository's artifact retention cannot be read (${days.why})`
    }
  return days.value >= wanted
    ? {
        id,
        status: 'pass',
        detail: `the repository keeps artifacts ${days.value} days (telemetry.logRetentionDays: ${wanted})`
      }
    : {
        id,
        status: 'fail',
        detail: `the repository keeps artifacts ${days.value} days, fewer than telemetry.logRetentionDays (${wanted}); artifacts would be cut to ${days.value} days`
      }
}

// --- reading from GitHub ---------------------------------------------------------------------------

const statusOf = (error: unknown) => (error as { status?: number })?.status

async function read<T>(fn: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await fn() }
  } catch (error) {
    return failedRead(errorText(error), error)
  }
}

export async function readRequiredChecks(gh: GitHubContext, branch: string): Promise<RequiredChecks> {
  const params = { owner: gh.owner, repo: gh.repo, branch }
  const protection = await read(async () => {
    try {
      const { data } = await gh.octokit.rest.repos.getBranchProtection(params)
      const s = data.required_status_checks
      return [...(s?.contexts ?? []), ...(s?.checks ?? []).map(c => c.context)]
    } catch (error) {
      // 404: the branch is not protected (rulesets may still require checks).
      if (statusOf(error) === 404) return null
      throw error
    }
  })
  const rules = await read(async () => {
    const list = await gh.octokit.paginate(gh.octokit.rest.repos.getBranchRules, { ...params, per_page: 100 })
    return list.flatMap(rule =>
      rule.type === 'required_status_checks'
        ? (
            (rule as { parameters?: { required_status_checks?: Array<{ context: string }> } }).parameters
              ?.required_status_checks ?? []
          ).map(c => c.context)
        : []
    )
  })
  return { protection, rules }
}

export async function readTokenRepository(
  gh: GitHubContext
): Promise<Read<{ permissions?: Record<string, unknown>; scopes?: string }>> {
  return read(async () => {
    const response = await gh.octokit.rest.repos.get({ owner: gh.owner, repo: gh.repo })
    const scopes = response.headers['x-oauth-scopes']
    return {
      permissions: (response.data as { permissions?: Record<string, unknown> }).permissions,
      ...(typeof scopes === 'string' ? { scopes } : {})
    }
  })
}

/** The installation's permissions, read as the App itself (a JWT signed with its private key). */
export async function readInstallationPermissions(gh: GitHubContext): Promise<Read<Record<string, string>>> {
  return read(async () => {
    const { data } = await gh.octokit.rest.apps.getRepoInstallation({ owner: gh.owner, repo: gh.repo })
    return Object.fromEntries(
      Object.entries(data.permissions ?? {}).filter(([, v]) => typeof v === 'string')
    ) as Record<string, string>
  })
}

export async function readRetentionDays(gh: GitHubContext): Promise<Read<number>> {
  return read(async () => {
    const { data } = await gh.octokit.request(
      'GET /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention',
      {
        owner: gh.owner,
        repo: gh.repo
      }
    )
    const days = (data as { days?: unknown }).days
    if (typeof days !== 'number') throw new Error('GitHub sent no "days"')
    return days
  })
}

/** A GitHub App JWT (RS256), valid for nine minutes from a minute ago. */
export function appJwt(appId: string, privateKeyPem: string, nowMs: number): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const iat = Math.floor(nowMs / 1000) - 60
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iat, exp: iat + 600, iss: appId })}`
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKeyPem).toString('base64url')
  return `${unsigned}.${signature}`
}
