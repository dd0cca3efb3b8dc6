/**
 * git for repositories the product does not trust: the pull request's head (the gate), a fresh
 * clone the agent's patch is applied in, a revert. One temporary directory holds everything.
 *
 * Whatever configuration exists anywhere cannot act:
 * - every command runs with the sandbox environment (src/git/run.ts, `sandboxGitEnv`): built from
 *   scratch, so no inherited GIT_* variable (GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_SSH_COMMAND...),
 *   no system config, and a neutral global config file with HOME/XDG_CONFIG_HOME inside the
 *   sandbox; so no `url.*.insteadOf`, no credential helper and no external diff from the machine;
 * - every command runs with HARDENED_CONFIG: hooks, fsmonitor, credential helpers, askpass and
 *   protocol `ext` off;
 * - a token travels only in the environment of the one command that needs it (argv is visible
 *   to every process on the machine), and is redacted from git's output in errors;
 * - a temporary clone is made with `--template=` (no template hooks) and `--no-local` style
 *   options are left to the caller; paths always come after `--`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitCommandError, runGit, sandboxGitEnv, type GitRunOptions, type GitRunResult } from './run.js'

// Callers of the sandbox catch its errors without a second import.
export { GitCommandError, type GitRunResult } from './run.js'

/** A command's options in the sandbox: its environment is always the sandbox's. */
export type SandboxRunOptions = Omit<GitRunOptions, 'env' | 'config'>

export interface GitSandbox {
  /** The sandbox's root; repositories go in subdirectories of it. */
  readonly root: string
  /** The environment every command runs with (no token in it). */
  readonly env: NodeJS.ProcessEnv
  /** Run `git <HARDENED_CONFIG> <args>`; fails with a GitCommandError unless the code is ok. */
  git(args: string[], options: SandboxRunOptions): Promise<GitRunResult>
  /** A new directory inside the sandbox. */
  dir(name: string): string
  /** Remove everything. Safe to call twice. */
  cleanup(): void
}

/** Make a sandbox under the system's temporary directory. */
export function createGitSandbox(prefix = 'self-evolution-git-'): GitSandbox {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const env = sandboxGitEnv(root)
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
    git(args: string[], options: SandboxRunOptions): Promise<GitRunResult> {
      return runGit(args, { ...options, env })
    },
    cleanup() {
      if (removed) return
      removed = true
      rmSync(root, { recursive: true, force: true })
    }
  }
}

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
