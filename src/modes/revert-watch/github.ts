/**
 * What revert-watch reads from GitHub (through the read-only client) and writes (only through the
 * write gateway). A read that fails throws: the caller stops, it never guesses.
 */
import { listAll, type GitHubContext } from '../../github/client.js'
import type { WriteGateway } from '../../github/gateway.js'
import type { ListedPull } from './decide.js'

/** Most pages read from one list; a longer list is an error, never a silently truncated answer. */
const MAX_PAGES = 10

/** The pull requests GitHub associates with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls). */
export function pullsForCommit(gh: GitHubContext, sha: string): Promise<ListedPull[]> {
  return listAll<ListedPull>(
    gh,
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    { commit_sha: sha },
    MAX_PAGES
  )
}

export type OpenPull = ListedPull & { html_url: string; title: string; base: { ref: string; sha: string } }

/** Open pull requests whose head is `branch` of this repository. */
export function openPullsForBranch(gh: GitHubContext, branch: string): Promise<OpenPull[]> {
  return listAll<OpenPull>(
    gh,
    'GET /repos/{owner}/{repo}/pulls',
    {
      state: 'open',
      head: `${gh.owner}:${branch}`
    },
    MAX_PAGES
  )
}

/** The default branch, when the event did not say. */
export async function defaultBranchOf(gh: GitHubContext): Promise<string> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}', { owner: gh.owner, repo: gh.repo })
  if (!data.default_branch) throw new Error(`GitHub names no default branch for ${gh.owner}/${gh.repo}.`)
  return data.default_branch
}

/** Open issues (not pull requests) carrying `label`, oldest first. */
async function openIssuesWithLabel(
  gh: GitHubContext,
  label: string
): Promise<{ number: number; html_url: string }[]> {
  const items = await listAll<{
    number: number
    html_url: string
    state?: string
    pull_request?: unknown
    labels?: Array<string | { name?: string }>
  }>(
    gh,
    'GET /repos/{owner}/{repo}/issues',
    {
      state: 'open',
      labels: label,
      sort: 'created',
      direction: 'asc'
    },
    MAX_PAGES
  )
  // The filters are GitHub's; checked again here, so a pull request or another issue is never taken.
  const labelled = (i: (typeof items)[number]) =>
    (i.labels ?? []).some(l => (typeof l === 'string' ? l : l.name) === label)
  return items
    .filter(i => !i.pull_request && labelled(i) && (i.state ?? 'open') === 'open')
    .sort((a, b) => a.number - b.number)
}

export type OpenedPull = { number: number; url: string } | undefined

/** Open the revert pull request (never a draft, never auto-merged). undefined in a dry run. */
export async function openRevertPull(
  gateway: WriteGateway,
  gh: { owner: string; repo: string },
  o: { title: string; body: string; branch: string; base: string; pullRequest: number }
): Promise<OpenedPull> {
  const r = await gateway.write(
    `open the pull request reverting #${o.pullRequest}`,
    'POST /repos/{owner}/{repo}/pulls',
    {
      owner: gh.owner,
      repo: gh.repo,
      title: o.title,
      head: o.branch,
      base: o.base,
      body: o.body,
      maintainer_can_modify: false,
      draft: false
    }
  )
  if (!r.performed) return undefined
  const data = r.data as { number?: unknown; html_url?: unknown }
  if (typeof data.number !== 'number' || typeof data.html_url !== 'string')
    throw new Error('GitHub answered the pull request creation without a number or URL.')
  return { number: data.number, url: data.html_url }
}

export async function labelIssue(
  gateway: WriteGateway,
  gh: { owner: string; repo: string },
  number: number,
  labels: string[],
  what: string
): Promise<void> {
  await gateway.write(`label ${what}`, 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number,
    labels
  })
}

/** Open the notice issue, or comment on the one already open. */
export async function writeNotice(
  gateway: WriteGateway,
  gh: GitHubContext,
  o: { label: string; title: string; body: string; comment: string }
): Promise<{ action: 'created' | 'commented'; number: number | undefined; url: string | undefined }> {
  const open = await openIssuesWithLabel(gh, o.label)
  if (open.length) {
    const target = open[0]
    await gateway.write(
      `comment on the open notice issue #${target.number}`,
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { owner: gh.owner, repo: gh.repo, issue_number: target.number, body: o.comment }
    )
    return { action: 'commented', number: target.number, url: target.html_url }
  }
  const r = await gateway.write('open the notice issue', 'POST /repos/{owner}/{repo}/issues', {
    owner: gh.owner,
    repo: gh.repo,
    title: o.title,
    body: o.body,
    labels: [o.label]
  })
  const data = (r.performed ? r.data : {}) as { number?: number; html_url?: string }
  return { action: 'created', number: data.number, url: data.html_url }
}
