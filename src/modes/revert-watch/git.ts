/**
 * The revert itself, in a hardened temporary clone (src/git/sandbox.ts): clone the default branch
 * from the checkout's origin, revert the merge (`-m 1` for a merge commit, plain for a squash or
 * rebase commit), check the result really undoes it, and push it through the write gateway.
 * Nothing the agent wrote is ever an option: SHAs are validated hex, the branch is checked with
 * `git check-ref-format`, and options end before every operand.
 */
import { OBJECT_ID } from '../../git/object-id.js'
import { originUrl as checkoutOrigin } from '../../git/remote.js'
import { cloneBranch, GitCommandError, type GitSandbox } from '../../git/sandbox.js'
import type { WriteGateway } from '../../github/gateway.js'
import { forLog } from '../../text/escape.js'

export class RevertError extends Error {
  override name = 'RevertError'
}

/** The URL of the checkout's `origin` remote, without credentials (a bare repository on disk in tests). */
export async function originUrl(workspace: string): Promise<string> {
  let url: string
  try {
    url = await checkoutOrigin(workspace)
  } catch (error) {
    throw new RevertError(
      `Cannot read the origin remote of the checkout in ${forLog(workspace, 200)} (${forLog((error as Error).message, 300)}); revert-watch needs actions/checkout before it.`
    )
  }
  if (!url) throw new RevertError('The checkout has no usable origin remote URL.')
  return url
}

/** A remote URL as it may be shown: without user, password or token. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url)
    u.username = ''
    u.password = ''
    return u.toString()
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//')
  }
}

export type PreparedRevert = {
  dir: string
  baseSha: string
  headSha: string
  /** true: the reverted commit had one parent (a squash or rebase merge); plain revert. */
  squash: boolean
}

export type RevertRequest = {
  remote: string
  defaultBranch: string
  mergeSha: string
  branch: string
  token?: string
  botName: string
  botEmail: string
}

/** git in the revert's clone; `text` trims its output. */
type CloneGit = {
  run(args: string[], okCodes?: number[]): ReturnType<GitSandbox['git']>
  text(args: string[]): Promise<string>
}

/**
 * Clone `defaultBranch`, and commit the revert of `mergeSha` on top of it as the bot. Fails when the
 * commit is not on the default branch, has more than two parents, does not revert cleanly, or
 * when the result does not restore every path the commit changed.
 */
export async function prepareRevert(sandbox: GitSandbox, o: RevertRequest): Promise<PreparedRevert> {
  await checkRevertInputs(sandbox, o)
  const dir = await cloneBranch(sandbox, o.remote, o.defaultBranch, { token: o.token, name: 'revert' })
  const git: CloneGit = {
    run: (args, okCodes) => sandbox.git(args, { cwd: dir, okCodes }),
    text: async args => (await sandbox.git(args, { cwd: dir })).stdout.toString('utf8').trim()
  }
  const baseSha = await git.text(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])
  await checkOnBranch(git, o, baseSha)
  const parents = await parentsOf(git, o.mergeSha)
  const squash = parents.length === 1
  await commitRevert(git, o, squash)
  const headSha = await git.text(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])
  if (headSha === baseSha)
    throw new RevertError(`Reverting ${o.mergeSha} changed nothing; it seems reverted already.`)
  await checkRestored(git, o.mergeSha, parents[0], headSha)
  return { dir, baseSha, headSha, squash }
}

/** The SHA is an object id and the branch a valid branch name, before anything is cloned. */
async function checkRevertInputs(sandbox: GitSandbox, o: RevertRequest): Promise<void> {
  if (!OBJECT_ID.test(o.mergeSha)) throw new RevertError(`"${forLog(o.mergeSha, 80)}" is not a commit SHA.`)
  await sandbox
    // check-ref-format takes no `--`; the name starts with the schema-checked prefix, never '-'.
    .git(['check-ref-format', `refs/heads/${o.branch}`], { cwd: sandbox.root })
    .catch(() => {
      throw new RevertError(`The revert branch "${forLog(o.branch, 250)}" is not a valid branch name.`)
    })
}

/** The commit is on the default branch as cloned: only a merged change is ever reverted. */
async function checkOnBranch(git: CloneGit, o: RevertRequest, baseSha: string): Promise<void> {
  const onBranch = await git.run(
    ['merge-base', '--is-ancestor', '--end-of-options', o.mergeSha, 'HEAD'],
    [0, 1, 128]
  )
  if (onBranch.code !== 0) {
    throw new RevertError(
      `The commit ${o.mergeSha} is not on ${forLog(o.defaultBranch, 100)} (as cloned at ${baseSha}); nothing is reverted.`
    )
  }
}

/** The commit's parents: two for a merge commit, one for a squash or rebase commit. */
async function parentsOf(git: CloneGit, sha: string): Promise<string[]> {
  const parents = (await git.text(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]))
    .split(' ')
    .slice(1)
  if (parents.length < 1 || parents.length > 2) {
    throw new RevertError(
      `The commit ${sha} has ${parents.length} parents; revert-watch reverts a merge (2) or a squash or rebase commit (1) only.`
    )
  }
  return parents
}

/** `git revert` as the bot (`-m 1` for a merge commit), unsigned. */
async function commitRevert(git: CloneGit, o: RevertRequest, squash: boolean): Promise<void> {
  const identity = [
    '-c',
    `user.name=${o.botName}`,
    '-c',
    `user.email=${o.botEmail}`,
    '-c',
    'commit.gpgsign=false'
  ]
  try {
    await git.run([
      ...identity,
      'revert',
      '--no-edit',
      ...(squash ? [] : ['-m', '1']),
      '--end-of-options',
      o.mergeSha
    ])
  } catch (error) {
    const detail = error instanceof GitCommandError ? error.message : String(error)
    throw new RevertError(
      `The commit ${o.mergeSha} does not revert cleanly on ${forLog(o.defaultBranch, 100)} (${forLog(detail, 300)}); revert it by hand.`
    )
  }
}

/** The result must restore every path the commit changed to its first parent's content. */
async function checkRestored(git: CloneGit, mergeSha: string, firstParent: string, headSha: string) {
  const names = async (from: string, to: string) =>
    (
      await git.run([
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--no-renames',
        '--name-only',
        '-z',
        from,
        to,
        '--'
      ])
    ).stdout
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
  const changed = new Set(await names(firstParent, mergeSha))
  const still = (await names(firstParent, headSha)).filter(p => changed.has(p))
  if (still.length) {
    throw new RevertError(
      `The revert of ${mergeSha} does not restore ${still.length} path(s) it changed (for example ${forLog(still[0], 200)}); revert it by hand.`
    )
  }
}

/** Push the revert commit to `refs/heads/<branch>` through the gateway (a preview in a dry run). */
export async function pushRevert(
  sandbox: GitSandbox,
  gateway: WriteGateway,
  o: { dir: string; remote: string; branch: string; headSha: string; token?: string }
) {
  return gateway.perform(
    `push the revert branch ${o.branch}`,
    'push',
    { remote: displayUrl(o.remote), branch: o.branch, sha: o.headSha },
    () =>
      sandbox.git(
        [
          'push',
          '--quiet',
          '--porcelain',
          '--end-of-options',
          o.remote,
          `${o.headSha}:refs/heads/${o.branch}`
        ],
        {
          cwd: o.dir,
          token: o.token
        }
      )
  )
}

/**
 * Whether `sha`, the head of an open pull request on the revert branch, has exactly the tree of the
 * revert prepared in `dir`: fetched by its object id into the sandbox clone, never checked out.
 * Fails when the SHA is not one or cannot be fetched.
 */
export async function sameTreeAsRevert(
  sandbox: GitSandbox,
  o: { dir: string; remote: string; sha: string; headSha: string; token?: string }
): Promise<boolean> {
  if (!OBJECT_ID.test(o.sha)) throw new RevertError(`"${forLog(o.sha, 80)}" is not a commit SHA.`)
  const git = (args: string[]) => sandbox.git(args, { cwd: o.dir, token: o.token })
  try {
    await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--end-of-options', o.remote, o.sha])
  } catch (error) {
    const detail = error instanceof GitCommandError ? error.message : String(error)
    throw new RevertError(
      `Cannot fetch the commit ${o.sha} to compare it with the revert (${forLog(detail, 300)}).`
    )
  }
  const tree = async (sha: string) =>
    (await git(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])).stdout.toString('utf8').trim()
  return (await tree(o.sha)) === (await tree(o.headSha))
}

/**
 * Delete the revert branch again (a push whose pull request could not be opened), only while it
 * still points at `sha`, the commit this job pushed: another push meanwhile is never deleted.
 */
export async function deleteRevertBranch(
  sandbox: GitSandbox,
  gateway: WriteGateway,
  o: { dir: string; remote: string; branch: string; sha: string; token?: string }
) {
  if (!OBJECT_ID.test(o.sha)) throw new RevertError(`"${forLog(o.sha, 80)}" is not a commit SHA.`)
  return gateway.perform(
    `delete the revert branch ${o.branch} (its pull request could not be opened)`,
    'delete-branch',
    { remote: displayUrl(o.remote), branch: o.branch, sha: o.sha },
    () =>
      sandbox.git(
        [
          'push',
          '--quiet',
          '--porcelain',
          `--force-with-lease=refs/heads/${o.branch}:${o.sha}`,
          '--end-of-options',
          o.remote,
          `:refs/heads/${o.branch}`
        ],
        {
          cwd: o.dir,
          token: o.token
        }
      )
  )
}
