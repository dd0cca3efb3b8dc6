import { describe, expect, it } from '@jest/globals'
import type { ActionRecord } from '../../../src/db/actions.js'
import {
  actionMatchesPull,
  consecutiveFailures,
  decideDisable,
  DISABLED_BY,
  disabledNotice,
  mergedPullRequestFor,
  noticeWriteAllowed,
  parseWorkflowRunEvent,
  planRevert,
  revertBody,
  revertBranchName,
  revertTitle,
  REVERT_TITLE_MAX,
  triageEvent
} from '../../../src/modes/revert-watch/decide.js'

const SHA = 'a'.repeat(40)
const OTHER = 'b'.repeat(40)
const REPO = 'octo-org/octo-repo'

function event(over: Record<string, unknown> = {}, root: Record<string, unknown> = {}) {
  return parseWorkflowRunEvent({
    action: 'completed',
    workflow_run: {
      id: 7,
      name: 'CI',
      conclusion: 'failure',
      head_sha: SHA,
      head_branch: 'main',
      event: 'push',
      path: '.github/workflows/ci.yml',
      head_repository: { full_name: REPO },
      ...over
    },
    repository: { full_name: REPO, default_branch: 'main' },
    ...root
  })
}
const CTX = {
  repository: REPO,
  defaultBranch: 'main',
  ownWorkflowPath: '.github/workflows/self-evolution-revert.yml',
  ownRunId: 99
}

function action(over: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id: 3,
    proposalId: 2,
    actionType: 'pr',
    payload: { branch: 'self-evolution/x', pullRequest: { number: 12, url: 'u' }, mergeSha: SHA },
    status: 'merged',
    createdAt: new Date(),
    updatedAt: new Date(),
    repository: REPO,
    runId: 1,
    runDate: '2026-11-24',
    proposalType: 'cleanup',
    riskLevel: 1,
    title: 't',
    allowlisted: true,
    ...over
  }
}

describe('parseWorkflowRunEvent', () => {
  it('names what is missing', () => {
    expect(() => parseWorkflowRunEvent({})).toThrow(
      /workflow_run\.id "undefined"; expected a positive integer/
    )
    expect(() => parseWorkflowRunEvent({ workflow_run: { id: 1, head_sha: 'HEAD~1' } })).toThrow(
      /head_sha "HEAD~1"; expected a commit SHA/
    )
    expect(() => parseWorkflowRunEvent({ workflow_run: { id: 1, head_sha: SHA } })).toThrow(
      /repository\.full_name/
    )
  })
  it('accepts upper-case SHAs and lower-cases them', () => {
    expect(event({ head_sha: SHA.toUpperCase() }).run.headSha).toBe(SHA)
  })
})

describe('triageEvent', () => {
  it('acts on a failed push run on the default branch', () => {
    expect(triageEvent(event(), CTX)).toEqual({ act: true })
  })
  it.each([
    ['requested', {}, { action: 'requested' }, 'not-completed'],
    ['success', { conclusion: 'success' }, {}, 'not-a-failure'],
    ['timed out', { conclusion: 'timed_out' }, {}, 'not-a-failure'],
    ['no conclusion', { conclusion: null }, {}, 'not-a-failure'],
    ['another branch', { head_branch: 'dev' }, {}, 'not-default-branch'],
    ['a pull_request run', { event: 'pull_request' }, {}, 'not-default-branch'],
    ['a fork head', { head_repository: { full_name: 'evil/octo-repo' } }, {}, 'not-default-branch'],
    ['own workflow', { path: '.github/workflows/self-evolution-revert.yml' }, {}, 'own-workflow'],
    ['own run', { id: 99 }, {}, 'own-workflow'],
    [
      'another repository',
      {},
      { repository: { full_name: 'x/y', default_branch: 'main' } },
      'other-repository'
    ]
  ])('skips %s', (_n, over, root, reason) => {
    const t = triageEvent(event(over, root), CTX)
    expect(t).toMatchObject({ act: false, reason })
  })
  it('keeps hostile workflow names out of the log line', () => {
    const t = triageEvent(event({ conclusion: 'success', name: 'x\n::error::pwned' }), CTX)
    expect(t.act).toBe(false)
    if (!t.act) expect(t.detail).not.toMatch(/\n|::error/)
  })
})

describe('mergedPullRequestFor and actionMatchesPull', () => {
  const merged = {
    number: 12,
    merged_at: '2026-11-24T00:00:00Z',
    merge_commit_sha: SHA,
    base: { ref: 'main', repo: { full_name: REPO } },
    head: { ref: 'self-evolution/x', repo: { full_name: REPO } }
  }
  it('picks only the pull request merged into the default branch as this very commit', () => {
    const opts = { sha: SHA, defaultBranch: 'main', repository: REPO }
    expect(mergedPullRequestFor([merged], opts)).toBe(merged)
    expect(mergedPullRequestFor([{ ...merged, merged_at: null }], opts)).toBeUndefined()
    expect(mergedPullRequestFor([{ ...merged, merge_commit_sha: OTHER }], opts)).toBeUndefined()
    expect(
      mergedPullRequestFor([{ ...merged, base: { ref: 'dev', repo: { full_name: REPO } } }], opts)
    ).toBeUndefined()
    expect(
      mergedPullRequestFor([{ ...merged, base: { ref: 'main', repo: { full_name: 'evil/x' } } }], opts)
    ).toBeUndefined()
  })
  it('matches on the recorded number; on the branch only when no number was written', () => {
    expect(actionMatchesPull(action(), merged, REPO)).toBe(true)
    expect(actionMatchesPull(action(), { ...merged, number: 13 }, REPO)).toBe(false)
    const noNumber = action({ payload: { branch: 'self-evolution/x' } })
    expect(actionMatchesPull(noNumber, merged, REPO)).toBe(true)
    expect(
      actionMatchesPull(
        noNumber,
        { ...merged, head: { ref: 'self-evolution/x', repo: { full_name: 'evil/x' } } },
        REPO
      )
    ).toBe(false)
  })
})

describe('planRevert', () => {
  const opts = { sha: SHA, autoRevertOnFailure: true }
  it('reverts a merged pr action', () => {
    expect(planRevert(action(), opts)).toEqual({ act: true, recordMerge: false, pullRequest: 12 })
  })
  it('records the merge first for a submitted action found through the API', () => {
    const a = action({ status: 'submitted', payload: { branch: 'b', pullRequest: { number: 12, url: 'u' } } })
    expect(planRevert(a, { ...opts, pullNumber: 12 })).toEqual({
      act: true,
      recordMerge: true,
      pullRequest: 12
    })
  })
  it('records the merge first for a closed action GitHub shows merged as this commit (reopened, then merged)', () => {
    const a = action({ status: 'closed', payload: { branch: 'b', pullRequest: { number: 12, url: 'u' } } })
    expect(planRevert(a, { ...opts, pullNumber: 12, mergedOnGitHub: true })).toEqual({
      act: true,
      recordMerge: true,
      pullRequest: 12
    })
    expect(planRevert(a, { ...opts, pullNumber: 12 })).toMatchObject({
      act: false,
      reason: 'action-not-merged'
    })
  })
  it.each([
    ['no action', undefined, opts, 'not-an-agent-merge'],
    ['a revert', action({ actionType: 'revert' }), opts, 'revert-of-revert'],
    ['an issue', action({ actionType: 'issue' }), opts, 'not-an-agent-merge'],
    [
      'merged as another commit',
      action({ payload: { pullRequest: { number: 12 }, mergeSha: OTHER } }),
      opts,
      'not-an-agent-merge'
    ],
    ['rolled back', action({ status: 'rolled_back' }), opts, 'already-reverted'],
    ['closed', action({ status: 'closed' }), opts, 'action-not-merged'],
    ['auto-revert off', action(), { ...opts, autoRevertOnFailure: false }, 'auto-revert-off']
  ])('skips %s', (_n, a, o, reason) => {
    expect(planRevert(a, o)).toMatchObject({ act: false, reason })
  })
})

describe('the revert pull request', () => {
  it('names the branch <branchPrefix>revert-<pr>', () => {
    expect(revertBranchName('self-evolution/', 12)).toBe('self-evolution/revert-12')
    expect(revertBranchName('bots/agent-', 7)).toBe('bots/agent-revert-7')
    expect(() => revertBranchName('x/', 0)).toThrow()
    expect(() => revertBranchName('x/', 1.5)).toThrow()
  })
  it('titles it Revert "<title>" on one line, without invisible characters, capped', () => {
    expect(revertTitle('Tidy the README')).toBe('Revert "Tidy the README"')
    expect(revertTitle('a\nb\r\n::error::x\u202e\u200bz')).toBe('Revert "a b ::error::x z"')
    const long = revertTitle('x'.repeat(1000))
    expect(Array.from(long).length).toBe(REVERT_TITLE_MAX + 'Revert ""'.length)
    expect(long.endsWith('…"')).toBe(true)
    expect(revertTitle('\n\t ')).toBe('Revert "untitled change"')
  })
  it('escapes the title in the body and links the failing run', () => {
    const body = revertBody({
      title: '<img src=x onerror=alert(1)> [link](https://evil) @everyone',
      pullRequest: 12,
      mergeSha: SHA,
      failingRun: { id: 7, name: 'CI', url: 'https://github.com/o/r/actions/runs/7', conclusion: 'failure' },
      defaultBranch: 'main',
      squash: false,
      actionId: 3
    })
    expect(body).toContain('https://github.com/o/r/actions/runs/7')
    expect(body).not.toMatch(/<img|\[link\]\(|@everyone/)
    expect(body).toContain('Auto-merge is not enabled')
  })
})

describe('consecutive failures', () => {
  const o = (runId: number, status: string, at: string) => ({ runId, status, finishedAt: new Date(at) })
  const outcomes = [
    o(5, 'reverted', '2026-11-25T03:00:00Z'),
    o(4, 'failed', '2026-11-24T03:00:00Z'),
    o(3, 'success', '2026-11-23T03:00:00Z'),
    o(2, 'failed', '2026-11-22T03:00:00Z')
  ]
  it('counts failed and reverted runs from the newest, up to the first success', () => {
    expect(consecutiveFailures(outcomes, { since: null })).toBe(2)
    expect(consecutiveFailures([], { since: null })).toBe(0)
  })
  it('skips cancelled runs: they neither count nor break the streak, so auto-disable ignores them', () => {
    const cancelled = [o(7, 'cancelled', '2026-11-27T03:00:00Z'), o(6, 'cancelled', '2026-11-26T03:00:00Z')]
    expect(consecutiveFailures([...cancelled, ...outcomes], { since: null })).toBe(2)
    expect(consecutiveFailures([outcomes[0], ...cancelled, ...outcomes.slice(1)], { since: null })).toBe(2)
    expect(consecutiveFailures(cancelled, { since: null })).toBe(0)
  })
  it('ignores failures from before an operator turned the repository back on', () => {
    expect(consecutiveFailures(outcomes, { since: new Date('2026-11-24T12:00:00Z') })).toBe(1)
  })
  it('counts a dry run revert that was not recorded', () => {
    const withSuccess = [o(6, 'success', '2026-11-26T03:00:00Z'), ...outcomes]
    expect(consecutiveFailures(withSuccess, { since: null })).toBe(0)
    expect(consecutiveFailures(withSuccess, { since: null, reverted: 6 })).toBe(3)
  })
  it('disables at the limit, once', () => {
    expect(decideDisable({ failures: 3, limit: 3, repositoryFlag: null })).toMatchObject({ disable: true })
    expect(decideDisable({ failures: 3, limit: 3, repositoryFlag: true })).toMatchObject({ disable: true })
    expect(decideDisable({ failures: 2, limit: 3, repositoryFlag: null })).toMatchObject({ disable: false })
    expect(decideDisable({ failures: 5, limit: 3, repositoryFlag: false })).toMatchObject({
      disable: false,
      alreadyOff: true
    })
  })
})

describe('the notice', () => {
  it('says why and how to turn the repository back on', () => {
    const n = disabledNotice({
      repository: REPO,
      failures: 3,
      limit: 3,
      failingRun: { id: 7, name: 'CI', url: 'https://github.com/o/r/actions/runs/7', conclusion: 'failure' },
      pullRequest: 12,
      title: '@admins please <b>merge</b>',
      at: new Date('2026-11-25T00:00:00Z')
    })
    expect(n.body).toContain(`self-evolution flag enable --repository ${REPO}`)
    expect(n.body).toContain('https://github.com/o/r/actions/runs/7')
    expect(n.body).not.toMatch(/@admins|<b>/)
    expect(n.comment).toContain('flag enable')
  })
  it('may be written only for the disable it reports', () => {
    const row = (m: Record<string, unknown>, value = false) => ({ value, metadata: m })
    const ours = { disabledBy: DISABLED_BY, disabledFor: { failingRun: { id: 7 } } }
    expect(noticeWriteAllowed({ global: true, repositoryFlag: row(ours) }, 7)).toBe(true)
    expect(noticeWriteAllowed({ global: false, repositoryFlag: row(ours) }, 7)).toBe(false)
    expect(noticeWriteAllowed({ global: null, repositoryFlag: row(ours) }, 7)).toBe(false)
    expect(noticeWriteAllowed({ global: true, repositoryFlag: row(ours) }, 8)).toBe(false)
    expect(
      noticeWriteAllowed({ global: true, repositoryFlag: row({ ...ours, disabledBy: 'operator' }) }, 7)
    ).toBe(false)
    expect(noticeWriteAllowed({ global: true, repositoryFlag: undefined }, 7)).toBe(false)
  })
})
