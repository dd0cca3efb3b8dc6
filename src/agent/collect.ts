/**
 * Collecting the agent's change: the adapter, not the agent, makes the patch, with a git directory
 * and a configuration the agent never had write access to.
 *
 * Before the engine runs, while the checkout is still trusted, `preparePrivateGit` makes a private
 * temporary directory (0700, outside the checkout) holding a bare repository (`init --bare
 * --template=`: no hooks, no config of the checkout's) and fetches the base commit into it from the
 * checkout (`--depth=1`: one commit's tree is all a diff needs). Copying the objects, rather than
 * borrowing the checkout's object store as an alternate, is the choice here: the agent can write into
 * `.git/objects`, and a loose object it replaced would change what "the base" means; a copy made
 * before it ran cannot be touched.
 *
 * After the engine, `collectChange` runs git with GIT_DIR the private repository, GIT_WORK_TREE the
 * checkout and GIT_INDEX_FILE a fresh index: `read-tree BASE`, `add -A` (the work tree's .gitignore
 * files are honored; the checkout's .git/info/exclude and config are never read, and an entry named
 * `.git` is never added), then `diff --cached --binary -M BASE` is the patch and `--name-status` the
 * files. Every command runs in the sandbox's environment (src/git/run.ts, sandboxGitEnv: no
 * inherited GIT_*, no system or global config of the machine) with HARDENED_CONFIG (no hooks, no
 * fsmonitor), and the diff with --no-ext-diff and --no-textconv; no filter driver is configured
 * anywhere git looks, so none can run. Whatever the agent wrote into the checkout's `.git`, and
 * wherever it moved HEAD or other refs, means nothing here.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { OBJECT_ID } from '../git/object-id.js'
import { runGit, type GitRunResult } from '../git/run.js'
import { createGitSandbox, type GitSandbox } from '../git/sandbox.js'
import type { FileStatus } from '../policy/types.js'
import { snapshotDotGit } from './restore.js'

/** The private git directory and what it knows of the checkout. */
export type PrivateGit = {
  /** The checkout the engine works in (absolute). */
  readonly checkout: string
  /** The base commit, recorded before the engine ran. */
  readonly base: string
  /** The private temporary directory (0700). */
  readonly root: string
  /** The private bare repository holding the base commit. */
  readonly gitDir: string
  /** The copy of the checkout's `.git` taken before round 1; null when the checkout had none. */
  readonly dotGitSnapshot: string | null
  /**
   * Run git on the private repository with the checkout as its work tree and `index` (a path in
   * the private directory) as the index.
   */
  git(args: string[], options?: { index?: string; input?: string }): Promise<GitRunResult>
  /** Remove the private directory. Safe to call twice. */
  cleanup(): void
}

/** A changed file, as git names it. */
export type CollectedFile = { status: FileStatus; path: string; previousPath?: string }

/** What the agent changed, as git sees it against the base. */
export type Collected = {
  base: string
  /** `git diff --cached --binary -M BASE`; '' when nothing changed. */
  patch: string
  files: CollectedFile[]
}

/** Settings that configuration could otherwise change in what `add` records and `diff` prints. */
const COLLECT_CONFIG = [
  '-c',
  'core.autocrlf=false',
  '-c',
  'core.safecrlf=false',
  '-c',
  'core.bigFileThreshold=512m',
  '-c',
  'core.symlinks=true',
  '-c',
  'core.fileMode=true',
  '-c',
  'core.ignoreCase=false',
  '-c',
  'core.protectHFS=true',
  '-c',
  'core.protectNTFS=true',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'diff.renames=true'
]

/** Options of `git diff` that repository or user configuration could otherwise change. */
const DIFF_OPTIONS = [
  '--cached',
  '-M',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--ignore-submodules=none',
  '--submodule=short',
  '--src-prefix=a/',
  '--dst-prefix=b/'
]

/** A git config value in double quotes (git-config(1), "Syntax"). */
function configValue(text: string): string {
  return `"${text.replace(/[\\"]/g, c => `\\${c}`)}"`
}

/** The sandbox, with the checkout named safe in its own global config (the checkout may have another owner). */
function privateSandbox(checkout: string): GitSandbox {
  const sandbox = createGitSandbox('self-evolution-agent-')
  const inside = relative(checkout, sandbox.root)
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    sandbox.cleanup()
    throw new Error(`the private git directory ${sandbox.root} would lie inside the checkout ${checkout}`)
  }
  const dirs = [checkout, join(checkout, '.git')]
  writeFileSync(
    sandbox.env.GIT_CONFIG_GLOBAL as string,
    `[safe]\n${dirs.map(d => `\tdirectory = ${configValue(d)}\n`).join('')}`,
    { mode: 0o600 }
  )
  return sandbox
}

/**
 * Make the private repository and fetch `base` into it from `checkout`, and snapshot the
 * checkout's `.git`. Call before the engine runs; `cleanup()` when done.
 */
export async function preparePrivateGit(opts: { checkout: string; base: string }): Promise<PrivateGit> {
  const checkout = resolve(opts.checkout)
  if (!OBJECT_ID.test(opts.base))
    throw new Error(
      `the base ${JSON.stringify(opts.base)} is not a commit id; expected 40 or 64 hexadecimal digits`
    )
  if (/[\n\0]/.test(checkout))
    throw new Error(`the checkout path ${JSON.stringify(checkout)} holds a line break`)
  const sandbox = privateSandbox(checkout)
  try {
    const gitDir = sandbox.dir('base.git')
    const format = opts.base.length === 64 ? 'sha256' : 'sha1'
    await sandbox.git(['init', '--quiet', '--bare', '--template=', `--object-format=${format}`, gitDir], {
      cwd: sandbox.root
    })
    await runGit(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--depth=1',
        '--end-of-options',
        checkout,
        `+${opts.base}:refs/self-evolution/base`
      ],
      { cwd: gitDir, env: { ...sandbox.env, GIT_DIR: gitDir } }
    )
    const dotGitSnapshot = snapshotDotGit(checkout, sandbox.root)
    return {
      checkout,
      base: opts.base,
      root: sandbox.root,
      gitDir,
      dotGitSnapshot,
      git(args, options = {}) {
        const env: NodeJS.ProcessEnv = { ...sandbox.env, GIT_DIR: gitDir, GIT_WORK_TREE: checkout }
        if (options.index !== undefined) env.GIT_INDEX_FILE = options.index
        return runGit(args, {
          cwd: checkout,
          env,
          config: COLLECT_CONFIG,
          ...(options.input !== undefined ? { input: options.input } : {})
        })
      },
      cleanup: () => sandbox.cleanup()
    }
  } catch (error) {
    sandbox.cleanup()
    throw error
  }
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  T: 'modified',
  R: 'renamed',
  C: 'copied'
}

/** `git diff --name-status -z` records. */
export function parseNameStatus(output: string): CollectedFile[] {
  const parts = output.split('\0')
  const files: CollectedFile[] = []
  for (let i = 0; i + 1 < parts.length;) {
    const code = parts[i++]
    const status = STATUS[code.charAt(0)]
    if (status === undefined) throw new Error(`git diff printed the unknown status ${JSON.stringify(code)}`)
    if (status === 'renamed' || status === 'copied') {
      const previousPath = parts[i++]
      files.push({ status, path: parts[i++], previousPath })
    } else files.push({ status, path: parts[i++] })
  }
  return files
}

/** The agent's change against the base, made by git in the private repository (see the module's comment). */
export async function collectChange(p: PrivateGit): Promise<Collected> {
  // The index is the adapter's, not evidence: a fresh one each time.
  const index = join(p.root, 'collect.index')
  rmSync(index, { force: true })
  try {
    await p.git(['read-tree', '--end-of-options', p.base], { index })
    await p.git(['add', '--all', '--', '.'], { index })
    const patch = await p.git(['diff', ...DIFF_OPTIONS, '--binary', '--full-index', p.base, '--'], { index })
    const names = await p.git(['diff', ...DIFF_OPTIONS, '--name-status', '-z', p.base, '--'], { index })
    return {
      base: p.base,
      patch: patch.stdout.toString('utf8'),
      files: parseNameStatus(names.stdout.toString('utf8'))
    }
  } finally {
    rmSync(index, { force: true })
  }
}
