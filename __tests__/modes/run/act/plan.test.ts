import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { planExecution, type Candidate, type PlanInput } from '../../../../src/modes/run/act/plan.js'
import { branchName, slugFromTitle, BranchNameError } from '../../../../src/modes/run/act/branch.js'
import {
  commitMessage,
  labelsFor,
  plainTitle,
  renderIssueBody,
  renderPullRequestBody,
  SHIPPED_TEMPLATE,
  TEMPLATE_PATH
} from '../../../../src/modes/run/act/body.js'
import { differences, reviewersOf } from '../../../../src/modes/run/act/execute.js'
import type { FileChange } from '../../../../src/policy/index.js'

const pr = (index: number, type: Candidate['type'] = 'wildcard', hasPatch = true): Candidate => ({
  index,
  type,
  actionType: 'pr',
  hasPatch
})
const issue = (index: number, type: Candidate['type'] = 'prompt'): Candidate => ({
  index,
  type,
  actionType: 'issue',
  hasPatch: false
})

function input(over: Partial<PlanInput>): PlanInput {
  return {
    candidates: [],
    dryRun: false,
    hasWriteToken: true,
    liveChangeTypes: ['wildcard', 'prompt', 'capability'],
    maxActionsPerRun: 5,
    maxOpenPullRequests: 5,
    openPullRequests: async () => 0,
    ...over
  }
}
const codes = (entries: Awaited<ReturnType<typeof planExecution>>) =>
  entries.map(e => (e.execute ? 'execute' : e.reason.split(':')[0]))

describe('planExecution', () => {
  it('keeps everything planned in a dry run or without a write-token, without counting pull requests', async () => {
    let asked = 0
    const count = async () => (asked++, 0)
    expect(
      codes(
        await planExecution(input({ candidates: [pr(0), issue(1)], dryRun: true, openPullRequests: count }))
      )
    ).toEqual(['dry-run', 'dry-run'])
    expect(
      codes(
        await planExecution(input({ candidates: [pr(0)], hasWriteToken: false, openPullRequests: count }))
      )
    ).toEqual(['no-write-token'])
    expect(asked).toBe(0)
  })

  it('acts only on the live change types; an empty list acts on nothing', async () => {
    const c = [pr(0, 'wildcard'), pr(1, 'capability'), issue(2, 'persona')]
    expect(codes(await planExecution(input({ candidates: c, liveChangeTypes: ['wildcard'] })))).toEqual([
      'execute',
      'type-not-live',
      'type-not-live'
    ])
    expect(codes(await planExecution(input({ candidates: c, liveChangeTypes: [] })))).toEqual([
      'type-not-live',
      'type-not-live',
      'type-not-live'
    ])
  })

  it('counts maxActionsPerRun over pull requests and issues, in order', async () => {
    const c = [pr(0), issue(1), pr(2)]
    expect(codes(await planExecution(input({ candidates: c, maxActionsPerRun: 1 })))).toEqual([
      'execute',
      'max-actions-per-run',
      'max-actions-per-run'
    ])
    expect(codes(await planExecution(input({ candidates: c, maxActionsPerRun: 0 })))).toEqual([
      'max-actions-per-run',
      'max-actions-per-run',
      'max-actions-per-run'
    ])
  })

  it('counts the open pull requests once, with the ones this run opens; issues do not count', async () => {
    let asked = 0
    const entries = await planExecution(
      input({
        candidates: [pr(0), issue(1), pr(2), pr(3)],
        maxOpenPullRequests: 3,
        openPullRequests: async () => (asked++, 1)
      })
    )
    expect(codes(entries)).toEqual(['execute', 'execute', 'execute', 'max-open-pull-requests'])
    expect(asked).toBe(1)
    expect(entries[3]).toMatchObject({ reason: expect.stringContaining('3 pull requests are open') })
  })

  it('fails closed when the open pull requests cannot be counted: no pull request acts, issues still may', async () => {
    const entries = await planExecution(
      input({ candidates: [pr(0), issue(1)], openPullRequests: async () => ({ unknown: 'GitHub said 500' }) })
    )
    expect(codes(entries)).toEqual(['open-pull-requests-unknown', 'execute'])
    expect(entries[0]).toMatchObject({ reason: 'open-pull-requests-unknown: GitHub said 500' })
  })

  it('a pull request needs a patch; a leftover that could not be cleaned up or an unreachable GitHub stops everything', async () => {
    expect(codes(await planExecution(input({ candidates: [pr(0, 'wildcard', false)] })))).toEqual([
      'no-patch'
    ])
    expect(
      codes(await planExecution(input({ candidates: [pr(0), issue(1)], leftoverProblem: 'x' })))
    ).toEqual(['leftover-cleanup-failed', 'leftover-cleanup-failed'])
    expect(codes(await planExecution(input({ candidates: [issue(0)], unavailable: 'local' })))).toEqual([
      'github-unavailable'
    ])
  })
})

describe('branch names', () => {
  it('slugs are [a-z0-9-]{1,40} whatever the title', () => {
    for (const title of [
      '--upload-pack=evil',
      'refs/heads/../../x @{-1}^~:?*[',
      'Ünïcödé tëxt',
      '日本語',
      '',
      '-',
      'a'.repeat(100),
      'HEAD.lock',
      '\u202e\n\t.'
    ]) {
      expect(slugFromTitle(title)).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/)
      expect(slugFromTitle(title)).not.toMatch(/-$/)
    }
    expect(slugFromTitle('Fix the typo in README.md')).toBe('fix-the-typo-in-readme-md')
    expect(slugFromTitle('Ünïcödé')).toBe('unicode')
    expect(slugFromTitle('日本語')).toBe('change')
  })

  it('is <prefix><date>-<slug>-<id>, and git accepts it', () => {
    const name = branchName({
      prefix: 'self-evolution/',
      runDate: '2026-11-25',
      title: '--x ..y',
      proposalId: 42
    })
    expect(name).toBe('self-evolution/2026-11-25-x-y-42')
    expect(execFileSync('git', ['check-ref-format', '--branch', name]).toString().trim()).toBe(name)
  })

  it('refuses a prefix git would read as an option or refuse', () => {
    for (const prefix of ['-x/', '.x/', 'a/../', 'a//b/', 'a.lock/', 'a b/']) {
      expect(() => branchName({ prefix, runDate: '2026-11-25', title: 't', proposalId: 1 })).toThrow(
        BranchNameError
      )
    }
    expect(() => branchName({ prefix: 'p/', runDate: '2026-1-1', title: 't', proposalId: 1 })).toThrow(
      BranchNameError
    )
    expect(() => branchName({ prefix: 'p/', runDate: '2026-11-25', title: 't', proposalId: 0 })).toThrow(
      BranchNameError
    )
  })
})

const verdict = {
  title: 'Tone <b>|</b> @team [x](http://evil) {{verdict}}',
  description: 'line 1\n::error::boom\n<script>alert(1)</script>',
  type: 'wildcard' as const,
  riskLevel: 1,
  source: 'patch' as const,
  stats: { files: 1, additions: 2, deletions: 1, linesChanged: 3, binaryFiles: 0 }
}
const facts = {
  verdict,
  proposalId: 9,
  runId: 3,
  runDate: '2026-11-25',
  branch: 'self-evolution/x-9',
  baseSha: 'a'.repeat(40),
  requireChecklist: true
}

describe('the pull request body', () => {
  it('ships the template of .github/PULL_REQUEST_TEMPLATE/self_evolution.md, kept in sync by the embed script', () => {
    expect(TEMPLATE_PATH).toBe('.github/PULL_REQUEST_TEMPLATE/self_evolution.md')
    expect(SHIPPED_TEMPLATE).toBe(readFileSync(TEMPLATE_PATH, 'utf8').replace(/\r\n/g, '\n'))
    expect(() =>
      execFileSync('node', ['scripts/embed-template.mjs', '--check'], { stdio: 'pipe' })
    ).not.toThrow()
  })

  it('fills every placeholder once, escaping the agent text', () => {
    const body = renderPullRequestBody(facts)
    expect(body).not.toMatch(
      /\{\{(title|description|type|risk|verdict|branch|baseSha|proposalId|runId|runDate)\}\}/
    )
    expect(body).not.toMatch(/<b>|<script>|\]\(http|@team/)
    expect(body).not.toMatch(/^\s*::/m)
    expect(body).toContain('&#123;&#123;verdict&#125;&#125;')
    expect(body.match(/\| Verdict \| allowed \|/g)).toHaveLength(1)
    expect(body).toContain('| Lines (added + deleted) | 3 (+2 −1) |')
    expect(body).toContain('### Checklist')
    expect(renderPullRequestBody({ ...facts, requireChecklist: false })).not.toContain('### Checklist')
  })

  it("uses the repository's own template when it has one; an empty or huge one falls back to the shipped one", () => {
    expect(renderPullRequestBody(facts, 'Ours: {{title}} / {{risk}} / {{unknown}}')).toBe(
      `Ours: ${renderPullRequestBody(facts, '{{title}}')} / 1 / {{unknown}}`
    )
    expect(renderPullRequestBody(facts, '  ')).toBe(renderPullRequestBody(facts))
    expect(renderPullRequestBody(facts, 'x'.repeat(30_000))).toBe(renderPullRequestBody(facts))
  })

  it('issues carry the same facts; titles, commit messages and labels are safe', () => {
    const body = renderIssueBody(facts)
    expect(body).toContain('| Type | <code>wildcard</code> |')
    expect(body).not.toMatch(/<script>|@team/)
    expect(plainTitle('a\nb\u202e\u0000 c', 'x')).toBe('a b c')
    expect(plainTitle('\n\t', 'fallback')).toBe('fallback')
    expect(commitMessage({ title: '# heading\n-x', proposalId: 9, runId: 3, type: 'wildcard' })).toBe(
      '# heading -x\n\nSelf-evolution proposal 9 (wildcard) of run 3.\n'
    )
    expect(labelsFor(['ai-ops', 'self-evolution:risk/1'], 'wildcard', 1)).toEqual([
      'ai-ops',
      'self-evolution:risk/1',
      'self-evolution:type/wildcard'
    ])
    expect(reviewersOf(['alice', '@bob', 'org/team', ' '])).toEqual({
      reviewers: ['alice', 'bob'],
      team_reviewers: ['team']
    })
  })
})

describe('differences between what was judged and what was committed', () => {
  const f = (o: Partial<FileChange>): FileChange => ({
    path: 'a.md',
    status: 'modified',
    additions: 1,
    deletions: 0,
    binary: false,
    ...o
  })
  it('is empty for the same change, whatever the order and modes git adds', () => {
    expect(
      differences(
        [f({}), f({ path: 'b.md' })],
        [f({ path: 'b.md', mode: '100644', previousMode: '100644' }), f({ mode: '100644' })]
      )
    ).toEqual([])
  })
  it('names a file, a count, a rename or a mode change that differs', () => {
    expect(differences([f({})], [f({ path: 'other.md' })])).toHaveLength(2)
    expect(differences([f({})], [f({ additions: 2 })])).toHaveLength(2)
    expect(differences([f({})], [f({}), f({ path: 'extra.md', status: 'added' })])).toEqual([
      'committed but not judged: added extra.md (+1 -0)'
    ])
    expect(
      differences(
        [f({ status: 'added', path: 'n.md' })],
        [f({ status: 'renamed', path: 'n.md', previousPath: 'a.md' })]
      )
    ).toHaveLength(2)
    expect(differences([f({})], [f({ previousMode: '100644', mode: '100755' })])).toHaveLength(2)
    expect(differences([f({ mode: '100755' })], [f({ mode: '100644' })])).toEqual([
      'mode of a.md: judged 100755, committed 100644'
    ])
  })
})
