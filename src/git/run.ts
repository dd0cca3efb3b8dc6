/**
 * The one way the product runs git: without a shell (an argument list), output captured, and
 * one of exactly two environments.
 *
 * - trusted checkout (`trustedGitEnv`): the job's own checkout or the user's repository. The
 *   process environment, minus every inherited GIT_* variable (an earlier step can set them for
 *   later ones through GITHUB_ENV: GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_EXTERNAL_DIFF...), plus
 *   the hardening variables: no system config, no replace objects, no prompt, no pager, no
 *   optional locks, the C locale.
 * - untrusted sandbox (`sandboxGitEnv`): a repository the product does not trust (a pull
 *   request's head, a clone the agent's patch goes into). Built from nothing: only PATH, the
 *   trust anchors for https and the hardening variables, with HOME and the global config inside
 *   the sandbox (or nowhere), so no configuration on the machine can act.
 *
 * Every command also gets HARDENED_CONFIG before its subcommand (hooks, fsmonitor, credential
 * helpers, askpass and the `ext` protocol off). A token travels only in the environment of the
 * one command that needs it, as an `http.extraheader` given through GIT_CONFIG_COUNT (see
 * git-config(1), "ENVIRONMENT"): never in a file, a URL or argv, and it is redacted from errors.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

/** Options put before every git subcommand. */
export const HARDENED_CONFIG = [
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'credential.helper=',
  '-c',
  'core.askPass=',
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'core.quotePath=true'
] as const

export { OBJECT_ID } from './object-id.js'

/** Variables both environments set: nothing prompts, pages, locks optionally or is translated. */
export const GIT_HARDENING = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C'
} as const

/** A git command that could not start or exited with a code the caller did not accept. */
export class GitCommandError extends Error {
  override name = 'GitCommandError'
  constructor(
    message: string,
    /** git's exit code; -1 when it could not start. */
    readonly code: number,
    readonly stderr: string
  ) {
    super(message)
  }
}

/** The environment for the job's own checkout: the process's, without inherited GIT_* variables. */
export function trustedGitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('GIT_')))
  return { ...env, ...GIT_HARDENING }
}

/**
 * The environment for an untrusted repository, built from nothing. `root` is the sandbox's
 * directory (HOME and an empty global config live there); without one, HOME is nowhere and the
 * global config is /dev/null.
 */
export function sandboxGitEnv(root?: string): NodeJS.ProcessEnv {
  const home = root === undefined ? '/nonexistent' : join(root, 'home')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_GLOBAL: root === undefined ? '/dev/null' : join(home, 'gitconfig'),
    GIT_ATTR_NOSYSTEM: '1',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    ...GIT_HARDENING,
    TZ: 'UTC'
  }
  // Trust anchors for https, when the machine names them.
  for (const key of ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'TMPDIR']) {
    const value = process.env[key]
    if (value) env[key] = value
  }
  return env
}

/** The header value git sends for a token on an https remote (GitHub's x-access-token form). */
export function authorizationHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
}

export type GitRunOptions = {
  /** Working directory (a repository, or where a clone goes). */
  cwd: string
  /** The environment: `trustedGitEnv()` or `sandboxGitEnv(...)`. */
  env: NodeJS.ProcessEnv
  /** Configuration put between HARDENED_CONFIG and the subcommand (`-c key=value` pairs). */
  config?: string[]
  /** Standard input. */
  input?: string | Buffer
  /** A token for https remotes: sent as an extra header of this one command only. */
  token?: string
  /** Exit codes that are not errors (default: 0 only). */
  okCodes?: number[]
  /** Aborting kills git (src/git/apply-patch.ts: its deadline). */
  signal?: AbortSignal
  /** A command git runs under, e.g. `['prlimit', '--as=N', '--']`: its first word is spawned. */
  wrapper?: string[]
}

export type GitRunResult = { code: number; stdout: Buffer; stderr: string }

function redact(text: string, secrets: string[]): string {
  let out = text
  for (const secret of secrets) if (secret) out = out.split(secret).join('***')
  return out
}

function firstLines(text: string): string {
  const lines = text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  return lines.slice(0, 3).join(' / ').slice(0, 500) || 'no message'
}

/** The command's environment and the strings to redact: the token only in this one command's. */
function withToken(env: NodeJS.ProcessEnv, token?: string): { env: NodeJS.ProcessEnv; secrets: string[] } {
  if (!token) return { env, secrets: [] }
  const header = authorizationHeader(token)
  return {
    env: { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: header },
    secrets: [token, header, header.slice('AUTHORIZATION: basic '.length)]
  }
}

/** Run `git <HARDENED_CONFIG> <config> <args>`; fails with a GitCommandError unless the code is ok. */
export function runGit(args: string[], options: GitRunOptions): Promise<GitRunResult> {
  const { env, secrets } = withToken(options.env, options.token)
  const argv = [...HARDENED_CONFIG, ...(options.config ?? []), ...args]
  return new Promise((resolve, reject) => {
    const [command, ...prefix] = [...(options.wrapper ?? []), 'git']
    const child = spawn(command, [...prefix, ...argv], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      ...(options.signal ? { signal: options.signal, killSignal: 'SIGKILL' as const } : {})
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    // Listened to first: a start that fails leaves the streams unset, and its error must reject.
    child.on('error', error =>
      reject(new GitCommandError(`cannot run git (${redact(error.message, secrets)})`, -1, ''))
    )
    child.on('close', code => {
      const result = {
        code: code ?? 1,
        stdout: Buffer.concat(out),
        stderr: redact(Buffer.concat(err).toString('utf8'), secrets)
      }
      if ((options.okCodes ?? [0]).includes(result.code)) return resolve(result)
      const what = `git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLines(result.stderr)}`
      reject(new GitCommandError(what, result.code, result.stderr))
    })
    child.stdout?.on('data', (b: Buffer) => out.push(b))
    child.stderr?.on('data', (b: Buffer) => err.push(b))
    // A process that exits before reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(options.input ?? '')
  })
}
