/**
 * git for repositories the product does not trust: the pull request's head (the gate), a fresh
 * clone the agent's patch is applied in, a revert. One temporary directory holds everything.
 *
 * Whatever configuration exists anywhere cannot act:
 * - the environment is rebuilt from scratch: no inherited GIT_* variable (GIT_DIR,
 *   GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND, GIT_EXEC_PATH...), GIT_CONFIG_NOSYSTEM=1, a neutral
 *   global config file and HOME/XDG_CONFIG_HOME inside the sandbox; so no `url.*.insteadOf`, no
 *   credential helper, no `core.fsmonitor` and no external diff from the machine;
 * - every command runs with hooks off (`-c core.hooksPath=/dev/null`), fsmonitor off, no
 *   credential helper, no askpass and protocol `ext` off;
 * - a token travels only in the environment of the one command that needs it, as an
 *   `http.extraheader` given through GIT_CONFIG_COUNT: never in a file, a URL or argv (argv is
 *   visible to every process on the machine);
 * - a temporary clone is made with `--template=` (no template hooks) and `--no-local` style
 *   options are left to the caller; paths always come after `--`.
 *
 * Output that git prints is redacted of the token before it reaches an error message.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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

export class GitCommandError extends Error {
  override name = 'GitCommandError'
  constructor(
    message: string,
    readonly code: number,
    readonly stderr: string
  ) {
    super(message)
  }
}

export type GitRunOptions = {
  /** Working directory (a repository inside the sandbox). */
  cwd: string
  /** Standard input. */
  input?: string | Buffer
  /** A token for https remotes: sent as an extra header of this one command only. */
  token?: string
  /** Exit codes that are not errors (default: 0 only). */
  okCodes?: number[]
}

export type GitRunResult = { code: number; stdout: Buffer; stderr: string }

export interface GitSandbox {
  /** The sandbox's root; repositories go in subdirectories of it. */
  readonly root: string
  /** The environment every command runs with (no token in it). */
  readonly env: NodeJS.ProcessEnv
  /** Run `git <HARDENED_CONFIG> <args>`; fails with a GitCommandError unless the code is ok. */
  git(args: string[], options: GitRunOptions): Promise<GitRunResult>
  /** A new directory inside the sandbox. */
  dir(name: string): string
  /** Remove everything. Safe to call twice. */
  cleanup(): void
}

/** The environment of a sandboxed git: built from nothing, so nothing inherited can act. */
export function hardenedEnv(root: string): NodeJS.ProcessEnv {
  const home = join(root, 'home')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
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

/** Make a sandbox under the system's temporary directory. */
export function createGitSandbox(prefix = 'self-evolution-git-'): GitSandbox {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const env = hardenedEnv(root)
  mkdirSync(env.XDG_CONFIG_HOME as string, { recursive: true, mode: 0o700 })
  // The neutral global config: an empty file, so `git config --global` reads nothing.
  writeFileSync(env.GIT_CONFIG_GLOBAL as string, '', { mode: 0o600 })
  let removed = false

  return {
    root,
    env,
    dir(name: string) {
      if (!/^[A-Za-z0-9._-]+$/.test(name) || name === '.' || name === '..') {
        throw new Error(`sandbox directory name ${JSON.stringify(name)} is not a plain name`)
      }
      const path = join(root, name)
      mkdirSync(path, { recursive: true, mode: 0o700 })
      return path
    },
    git(args: string[], options: GitRunOptions): Promise<GitRunResult> {
      const commandEnv: NodeJS.ProcessEnv = { ...env }
      const secrets: string[] = []
      if (options.token) {
        const header = authorizationHeader(options.token)
        secrets.push(options.token, header, header.slice('AUTHORIZATION: basic '.length))
        commandEnv.GIT_CONFIG_COUNT = '1'
        commandEnv.GIT_CONFIG_KEY_0 = 'http.extraheader'
        commandEnv.GIT_CONFIG_VALUE_0 = header
      }
      const argv = [...HARDENED_CONFIG, ...args]
      return new Promise((resolve, reject) => {
        const child = spawn('git', argv, {
          cwd: options.cwd,
          env: commandEnv,
          stdio: ['pipe', 'pipe', 'pipe'],
          windowsHide: true
        })
        const out: Buffer[] = []
        const err: Buffer[] = []
        child.stdout.on('data', (b: Buffer) => out.push(b))
        child.stderr.on('data', (b: Buffer) => err.push(b))
        child.stdin.on('error', () => undefined)
        child.on('error', error =>
          reject(new GitCommandError(`cannot run git (${redact(error.message, secrets)})`, -1, ''))
        )
        child.on('close', code => {
          const result = {
            code: code ?? 1,
            stdout: Buffer.concat(out),
            stderr: redact(Buffer.concat(err).toString('utf8'), secrets)
          }
          const ok = options.okCodes ?? [0]
          if (ok.includes(result.code)) resolve(result)
          else
            reject(
              new GitCommandError(
                `git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLines(result.stderr)}`,
                result.code,
                result.stderr
              )
            )
        })
        child.stdin.end(options.input ?? '')
      })
    },
    cleanup() {
      if (removed) return
      removed = true
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** A 40- or 64-hex object id, as GitHub and git print them. */
export const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/

/**
 * Fetch `refs` (e.g. a pull request's base and head SHAs or `refs/pull/7/head`) from `remote`
 * into a new bare repository with no working tree, so nothing in the fetched tree (hooks,
 * .gitattributes, scripts) is ever checked out or run. Returns the repository's path.
 */
export async function fetchIntoBare(
  sandbox: GitSandbox,
  remote: string,
  refs: string[],
  options: { token?: string; name?: string } = {}
): Promise<string> {
  const dir = sandbox.dir(options.name ?? 'bare.git')
  await sandbox.git(['init', '--quiet', '--bare', '--template=', dir], { cwd: sandbox.root })
  const refspecs = refs.map((ref, i) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) || ref.includes('..')) {
      throw new GitCommandError(
        `cannot fetch ${JSON.stringify(ref)}: expected an object id or a ref name`,
        2,
        ''
      )
    }
    return `+${ref}:refs/sandbox/${i}`
  })
  await sandbox.git(
    ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--end-of-options', remote, ...refspecs],
    {
      cwd: dir,
      token: options.token
    }
  )
  return dir
}

/**
 * Clone `branch` of `remote` into a fresh working repository inside the sandbox (hooks off, no
 * template, one branch, no tags). Returns the repository's path.
 */
export async function cloneBranch(
  sandbox: GitSandbox,
  remote: string,
  branch: string,
  options: { token?: string; name?: string } = {}
): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || branch.includes('..')) {
    throw new GitCommandError(`cannot clone branch ${JSON.stringify(branch)}: expected a branch name`, 2, '')
  }
  const dir = join(sandbox.root, options.name ?? 'work')
  await sandbox.git(
    [
      'clone',
      '--quiet',
      '--template=',
      '--no-tags',
      '--single-branch',
      '--branch',
      branch,
      '-c',
      'core.hooksPath=/dev/null',
      '--end-of-options',
      remote,
      dir
    ],
    { cwd: sandbox.root, token: options.token }
  )
  return dir
}
