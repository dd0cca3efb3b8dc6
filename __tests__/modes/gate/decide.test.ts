/** The gate's pure decisions: scope, the record, the manual waiver, labels, reviews, CI, events. */
import { describe, expect, it } from '@jest/globals'
import { MemoryHost } from '../../../src/runtime/host.js'
import { readInputs } from '../../../src/runtime/inputs.js'
import type { ActionRecord } from '../../../src/db/actions.js'
import { evaluateCi, exclusionOf, waitForCi } from '../../../src/modes/gate/ci.js'
import {
  approvalCandidates,
  crossCheckLabels,
  decideManualWaiver,
  decideScope,
  ciViolations,
  forcePushViolations,
  manualLabelActor,
  matchRecord,
  metadataFromLabels
} from '../../../src/modes/gate/decide.js'
import { addedLines, toFileChanges, type Tree } from '../../../src/modes/gate/changes-api.js'
import { parseGateEvent } from '../../../src/modes/gate/event.js'
import { evaluateProposals } from '../../../src/policy/engine.js'
import { defaultConfig } from '../../../src/config/load.js'
import type { CheckRunFact } from '../../../src/modes/gate/types.js'
import { fakeClock } from '../../__fixtures__/fake-clock.js'

const HEAD = 'a'.repeat(40)

describe('scope', () => {
  const base = {
    scope: 'agent' as const,
    branchPrefix: 'self-evolution/',
    agentLogins: ['agent-bot[bot]'],
    headRef: 'feature/x',
    author: 'alice',
    commitAuthors: ['alice'],
    commitsComplete: true
  }
  it('is the agent’s by branch prefix, author or any commit author, case-insensitively', () => {
    expect(decideScope(base).inScope).toBe(false)
    expect(decideScope({ ...base, headRef: 'self-evolution/y' }).inScope).toBe(true)
    expect(decideScope({ ...base, author: 'Agent-Bot[bot]' }).inScope).toBe(true)
    expect(decideScope({ ...base, commitAuthors: ['alice', 'AGENT-BOT[bot]'] }).inScope).toBe(true)
    expect(decideScope({ ...base, scope: 'all' }).inScope).toBe(true)
  })
  it('a commit list GitHub cut short counts as the agent’s', () => {
    expect(decideScope({ ...base, commitsComplete: false }).inScope).toBe(true)
  })
  it('an empty prefix matches nothing by branch', () => {
    expect(decideScope({ ...base, branchPrefix: '' }).inScope).toBe(false)
  })
})

describe('the record', () => {
  const action = (over: Partial<ActionRecord>): ActionRecord =>
    ({
      id: 1,
      proposalId: 1,
      actionType: 'pr',
      payload: { branch: 'self-evolution/x', pullRequest: { number: 7 } },
      status: 'submitted',
      proposalType: 'prompt',
      riskLevel: 1,
      title: 't',
      ...over
    }) as ActionRecord
  const pr = { number: 7, headRef: 'self-evolution/x', sameRepository: true }
  it('matches by number, or by branch before the number is written', () => {
    expect(matchRecord(action({}), pr).record).toBeDefined()
    expect(matchRecord(action({ payload: { branch: 'self-evolution/x' } }), pr).record).toBeDefined()
  })
  it('refuses another pull request’s record, issues, and finished actions', () => {
    expect(
      matchRecord(action({ payload: { branch: 'self-evolution/x', pullRequest: { number: 8 } } }), pr).problem
    ).toMatch(/#8, not #7/)
    expect(matchRecord(action({ actionType: 'issue' }), pr).problem).toMatch(/not a pull request/)
    expect(matchRecord(action({ status: 'merged' }), pr).problem).toMatch(/is merged/)
    expect(matchRecord(action({ payload: { branch: 'other' } }), pr).problem).toBeDefined()
    expect(matchRecord(undefined, pr).problem).toMatch(/no action recorded/)
    // A fork's branch of the same name never matches a record by branch.
    const byBranch = action({ payload: { branch: 'self-evolution/x' } })
    expect(matchRecord(byBranch, { ...pr, sameRepository: false }).problem).toMatch(/another repository/)
    expect(matchRecord(action({}), { ...pr, sameRepository: false }).record).toBeDefined()
  })
})

describe('the manual label', () => {
  const labeled = (login: string, type: string, at: string, event = 'labeled') => ({
    event,
    createdAt: at,
    actor: { login, type },
    label: 'Self-Evolution:Manual'
  })
  it('counts the latest labeling actor, only while the label is on', () => {
    const timeline = [
      labeled('maya', 'User', '2026-01-01T00:00:00Z'),
      labeled('bot[bot]', 'Bot', '2026-01-02T00:00:00Z')
    ]
    expect(manualLabelActor(['self-evolution:manual'], timeline)).toEqual({ login: 'bot[bot]', type: 'Bot' })
    expect(manualLabelActor([], timeline)).toBeUndefined()
    expect(manualLabelActor(['self-evolution:manual'], [])).toBeNull()
  })
  it('waives only for a User with write access', () => {
    expect(decideManualWaiver({ login: 'maya', type: 'User' }, 'maintain').waived).toBe(true)
    expect(decideManualWaiver({ login: 'maya', type: 'User' }, 'admin').waived).toBe(true)
    expect(decideManualWaiver({ login: 'maya', type: 'User' }, 'triage').waived).toBe(false)
    expect(decideManualWaiver({ login: 'b[bot]', type: 'Bot' }, 'admin').waived).toBe(false)
    expect(decideManualWaiver(null, 'admin').waived).toBe(false)
  })
})

describe('labels against the record', () => {
  it('needs one matching type and risk label', () => {
    const rec = { type: 'prompt', riskLevel: 1 }
    expect(
      crossCheckLabels(['self-evolution:type/prompt', 'self-evolution:risk/1'], rec, { required: true })
    ).toEqual([])
    expect(
      crossCheckLabels(['self-evolution:type/persona', 'self-evolution:risk/1'], rec, { required: true })
    ).toHaveLength(1)
    expect(
      crossCheckLabels(
        ['self-evolution:type/prompt', 'self-evolution:type/persona', 'self-evolution:risk/1'],
        rec,
        { required: true }
      )
    ).toHaveLength(1)
    expect(crossCheckLabels([], rec, { required: true })).toHaveLength(2)
    expect(crossCheckLabels([], rec, { required: false })).toEqual([])
    expect(crossCheckLabels(['self-evolution:risk/2'], rec, { required: false })).toHaveLength(1)
  })
  it('a manual pull request takes its metadata from valid labels only', () => {
    expect(metadataFromLabels(['self-evolution:type/prompt', 'self-evolution:risk/1'])).toEqual({
      type: 'prompt',
      riskLevel: 1
    })
    expect(metadataFromLabels(['self-evolution:type/everything', 'self-evolution:risk/1'])).toHaveProperty(
      'problem'
    )
    expect(metadataFromLabels(['self-evolution:type/prompt', 'self-evolution:risk/9'])).toHaveProperty(
      'problem'
    )
  })
})

describe('reviews', () => {
  const r = (
    id: number,
    login: string,
    state: string,
    commitId = HEAD,
    type = 'User',
    at = `2026-01-0${id}T00:00:00Z`
  ) => ({
    id,
    user: { login, type },
    state,
    commitId,
    submittedAt: at
  })
  const opts = { headSha: HEAD, author: 'agent-bot[bot]', agentLogins: ['agent-bot[bot]', 'helper'] }
  it('counts the latest review of each reviewer, approving the head, by a User who is not the author or the agent', () => {
    expect(approvalCandidates([r(1, 'wes', 'APPROVED')], opts).candidates).toEqual(['wes'])
    expect(approvalCandidates([r(1, 'wes', 'APPROVED'), r(2, 'wes', 'DISMISSED')], opts).candidates).toEqual(
      []
    )
    expect(
      approvalCandidates([r(1, 'wes', 'CHANGES_REQUESTED'), r(2, 'wes', 'APPROVED')], opts).candidates
    ).toEqual(['wes'])
    expect(approvalCandidates([r(1, 'wes', 'APPROVED', 'b'.repeat(40))], opts).candidates).toEqual([])
    expect(approvalCandidates([r(1, 'helper', 'APPROVED')], opts).candidates).toEqual([])
    expect(approvalCandidates([r(1, 'Agent-Bot[bot]', 'APPROVED')], opts).candidates).toEqual([])
    expect(approvalCandidates([r(1, 'app', 'APPROVED', HEAD, 'Bot')], opts).candidates).toEqual([])
    // A comment after an approval leaves it standing, as GitHub counts approvals; a later
    // request for changes or a dismissal does not.
    expect(approvalCandidates([r(1, 'wes', 'APPROVED'), r(2, 'wes', 'COMMENTED')], opts).candidates).toEqual([
      'wes'
    ])
    expect(
      approvalCandidates(
        [r(1, 'wes', 'APPROVED'), r(2, 'wes', 'COMMENTED'), r(3, 'wes', 'CHANGES_REQUESTED')],
        opts
      ).candidates
    ).toEqual([])
    expect(approvalCandidates([r(1, 'wes', 'COMMENTED')], opts)).toEqual({ candidates: [], ignored: [] })
    // A pending (unsubmitted) review does not replace an approval.
    expect(approvalCandidates([r(1, 'wes', 'APPROVED'), r(2, 'wes', 'PENDING')], opts).candidates).toEqual([
      'wes'
    ])
  })
})

describe('force pushes', () => {
  it('only after the pull request was opened', () => {
    const t = (at: string) => ({ event: 'head_ref_force_pushed', createdAt: at, actor: null })
    expect(forcePushViolations([t('2026-01-01T00:00:00Z')], '2026-01-02T00:00:00Z')).toEqual([])
    expect(forcePushViolations([t('2026-01-03T00:00:00Z')], '2026-01-02T00:00:00Z')).toHaveLength(1)
  })
})

describe('CI', () => {
  const run = (over: Partial<CheckRunFact>): CheckRunFact => ({
    id: 1,
    name: 'test',
    status: 'completed',
    conclusion: 'success',
    detailsUrl: null,
    htmlUrl: null,
    checkSuiteId: null,
    appSlug: 'github-actions',
    ...over
  })
  const input = {
    requireGreenCI: true,
    requiredChecks: [],
    statuses: [],
    ownWorkflowPath: '.github/workflows/gate.yml',
    ownRunId: 5
  }
  it('the newest run of a name counts', () => {
    const r = evaluateCi({
      ...input,
      checkRuns: [run({ id: 2, conclusion: 'success' }), run({ id: 1, conclusion: 'failure' })]
    })
    expect(r.state).toBe('success')
  })
  it('keeps the newest run per check suite and name: a pass in another suite hides no failure', () => {
    const ci = run({ id: 1, name: 'build', conclusion: 'failure', checkSuiteId: 10 })
    const docs = run({ id: 2, name: 'build', conclusion: 'success', checkSuiteId: 20 })
    expect(evaluateCi({ ...input, checkRuns: [ci, docs] }).state).toBe('failure')
    expect(evaluateCi({ ...input, requiredChecks: ['build'], checkRuns: [ci, docs] }).state).toBe('failure')
    const rerun = run({ id: 3, name: 'build', conclusion: 'success', checkSuiteId: 10 })
    expect(evaluateCi({ ...input, checkRuns: [ci, docs, rerun] }).state).toBe('success')
  })
  it('excludes this run by its URL, and other apps’ URLs prove nothing', () => {
    const own = run({ conclusion: 'failure', detailsUrl: 'https://github.com/o/r/actions/runs/5/job/9' })
    expect(exclusionOf(own, { path: '', runId: 5 })).toMatch(/own check/)
    expect(exclusionOf({ ...own, appSlug: 'other-ci' }, { path: '', runId: 5 })).toBeUndefined()
  })
  it('requiredChecks only adds demands: a listed name never excuses another check', () => {
    const lint = run({ id: 1, name: 'lint' })
    const build = run({ id: 2, name: 'build', conclusion: 'failure' })
    expect(evaluateCi({ ...input, checkRuns: [lint, build] }).state).toBe('failure')
    const listed = evaluateCi({ ...input, requiredChecks: ['lint'], checkRuns: [lint, build] })
    expect(listed.state).toBe('failure')
    expect(listed.checks).toEqual([
      { name: 'lint', kind: 'required', state: 'success', detail: 'success' },
      { name: 'build', kind: 'check-run', state: 'failure', detail: 'concluded failure' }
    ])
    // A failing commit status is not excused either.
    const status = { id: 1, context: 'ci/external', state: 'error', updatedAt: '2026-11-25T10:00:00Z' }
    expect(
      evaluateCi({ ...input, requiredChecks: ['lint'], checkRuns: [lint], statuses: [status] }).state
    ).toBe('failure')
  })
  it('a listed check must be present and concluded success; skipped passes only unlisted', () => {
    const build = run({ id: 2, name: 'build' })
    const missing = evaluateCi({ ...input, requiredChecks: ['lint'], checkRuns: [build] })
    expect(missing.state).toBe('missing')
    expect(ciViolations({ ...missing, waitedMs: 0 })).toEqual([
      { rule: 'ci-missing', message: 'the required check "lint" is not on the head commit' }
    ])
    const skipped = run({ id: 1, name: 'lint', conclusion: 'skipped' })
    expect(evaluateCi({ ...input, checkRuns: [build, skipped] }).state).toBe('success')
    const strict = evaluateCi({ ...input, requiredChecks: ['lint'], checkRuns: [build, skipped] })
    expect(strict.state).toBe('failure')
    expect(strict.checks[0]).toMatchObject({ name: 'lint', state: 'failure' })
    const neutral = run({ id: 1, name: 'lint', conclusion: 'neutral' })
    expect(evaluateCi({ ...input, requiredChecks: ['lint'], checkRuns: [build, neutral] }).state).toBe(
      'failure'
    )
  })
  it('is ci-missing when no GitHub Actions check run ran, whatever else reported', () => {
    const status = { id: 1, context: 'ci/external', state: 'success', updatedAt: '2026-11-25T10:00:00Z' }
    const thirdParty = run({ name: 'codecov', appSlug: 'codecov' })
    const cases: Array<Partial<Parameters<typeof evaluateCi>[0]>> = [
      { checkRuns: [], statuses: [] },
      { checkRuns: [], statuses: [status] },
      { checkRuns: [thirdParty] },
      { checkRuns: [thirdParty], statuses: [status] },
      // Listing the third-party checks does not lift the demand: [] → ["ci/external"] must not loosen.
      { checkRuns: [thirdParty], statuses: [status], requiredChecks: ['ci/external', 'codecov'] },
      // A skipped job ran nothing.
      { checkRuns: [run({ conclusion: 'skipped' })] },
      // The gate's own runs and check_suite runs are excluded before the count.
      {
        checkRuns: [
          run({ id: 2, detailsUrl: 'https://github.com/o/r/actions/runs/5/job/9' }),
          run({ id: 3, workflowRun: { id: 8, path: '.github/workflows/ci.yml', event: 'check_suite' } })
        ],
        statuses: [status]
      }
    ]
    for (const c of cases) {
      const r = evaluateCi({ ...input, checkRuns: [], ...c })
      expect(r.state).toBe('missing')
      const violations = ciViolations({ ...r, waitedMs: 0 })
      expect(violations).toHaveLength(1)
      expect(violations[0].rule).toBe('ci-missing')
      expect(violations[0].message).toMatch(/no GitHub Actions check run ran.*\[skip ci\]/)
    }
    // One Actions run beside them is enough; a pending one makes CI pending.
    expect(evaluateCi({ ...input, checkRuns: [thirdParty, run({ id: 4 })], statuses: [status] }).state).toBe(
      'success'
    )
    expect(
      evaluateCi({ ...input, checkRuns: [thirdParty, run({ id: 4, status: 'queued', conclusion: null })] })
        .state
    ).toBe('pending')
  })
  it('waitForCi never sleeps past the timeout and stops on failure', async () => {
    const clock = fakeClock()
    const pending = { ...evaluateCi({ ...input, checkRuns: [run({ status: 'queued', conclusion: null })] }) }
    const r = await waitForCi({
      read: async () => pending,
      timeoutMs: 65_000,
      sleep: clock.sleep,
      now: clock.now
    })
    expect(clock.slept).toEqual([10_000, 20_000, 35_000])
    expect(r.waitedMs).toBe(65_000)
    const failed = evaluateCi({ ...input, checkRuns: [run({ conclusion: 'timed_out' })] })
    const f = await waitForCi({
      read: async () => failed,
      timeoutMs: 65_000,
      sleep: clock.sleep,
      now: clock.now
    })
    expect(f.state).toBe('failure')
    expect(clock.slept).toHaveLength(3)
  })
})

describe('CI with a frozen clock', () => {
  it('still stops at the timeout, counting the time slept', async () => {
    const slept: number[] = []
    const pending = evaluateCi({
      requireGreenCI: true,
      requiredChecks: ['build'],
      checkRuns: [],
      statuses: [],
      ownWorkflowPath: '',
      ownRunId: 0
    })
    const r = await waitForCi({
      read: async () => pending,
      timeoutMs: 60_000,
      sleep: async ms => void slept.push(ms),
      now: () => 0
    })
    expect(slept).toEqual([10_000, 20_000, 30_000])
    expect(r).toMatchObject({ state: 'missing', waitedMs: 60_000 })
  })
})

describe('API changes', () => {
  const tree = (entries: Record<string, [string, string]>): Tree =>
    new Map(
      Object.entries(entries).map(([p, [mode, sha]]) => [
        p,
        { mode, type: mode === '160000' ? 'commit' : 'blob', sha }
      ])
    )
  it('reads added lines from the patch, and treats a NUL in them as binary', () => {
    expect(addedLines('@@ -1 +1,2 @@\n-a\n+b\n c\n+d')).toEqual(['b', 'd'])
    const head = tree({ 'a.md': ['100644', '1'.repeat(40)] })
    const [f] = toFileChanges(
      [{ filename: 'a.md', status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x\0y' }],
      head,
      tree({}),
      new Map()
    )
    expect(f).toMatchObject({ binary: true, additions: null })
  })
  it('counts a text file GitHub gave neither a patch nor counts for as wholly rewritten', () => {
    const head = tree({ 'a.md': ['100644', '2'.repeat(40)] })
    const base = tree({ 'a.md': ['100644', '1'.repeat(40)] })
    const blobs = new Map([
      ['1'.repeat(40), Buffer.from('a\nb\n')],
      ['2'.repeat(40), Buffer.from('a\nb\nc')]
    ])
    const [f] = toFileChanges(
      [{ filename: 'a.md', status: 'modified', additions: 0, deletions: 0 }],
      head,
      base,
      blobs
    )
    expect(f).toMatchObject({
      binary: false,
      additions: 3,
      deletions: 2,
      mode: '100644',
      previousMode: '100644'
    })
  })
  it('fails closed on a file missing from the tree or an unknown status', () => {
    expect(() =>
      toFileChanges(
        [{ filename: 'a.md', status: 'added', additions: 1, deletions: 0, patch: '+x' }],
        tree({}),
        tree({}),
        new Map()
      )
    ).toThrow(/not in the head commit's tree/)
    expect(() =>
      toFileChanges(
        [{ filename: 'a.md', status: 'weird', additions: 1, deletions: 0, patch: '+x' }],
        tree({ 'a.md': ['100644', '1'.repeat(40)] }),
        tree({}),
        new Map()
      )
    ).toThrow(/unknown status/)
  })
})

describe('the policy engine for reverts', () => {
  it('exempts a revert from the type-path rules and nothing else', () => {
    const config = defaultConfig()
    const files = [
      { path: 'docs/guide.md', status: 'modified' as const, additions: 1, deletions: 1, binary: false }
    ]
    const proposal = { title: 't', type: 'prompt' as const, riskLevel: 1, source: 'git' as const, files }
    const normal = evaluateProposals({
      config,
      configPath: '.github/self-evolution-config.json',
      proposals: [proposal]
    })
    expect(normal.proposals[0].violations.map(v => v.rule)).toEqual(['type-path-mismatch'])
    const revert = evaluateProposals({
      config,
      configPath: '.github/self-evolution-config.json',
      proposals: [
        { ...proposal, exemptFromTypePaths: true, files: [...files, { ...files[0], path: 'scripts/x.sh' }] }
      ]
    })
    expect(revert.proposals[0].violations.map(v => v.rule)).toEqual(['path-not-allowed'])
  })
})

describe('events and inputs', () => {
  it('reads the number and action, and refuses everything else clearly', () => {
    expect(parseGateEvent('pull_request_target', { action: 'opened', pull_request: { number: 3 } })).toEqual({
      name: 'pull_request_target',
      action: 'opened',
      number: 3
    })
    expect(() => parseGateEvent('pull_request', {})).toThrow(/pull_request_target/)
    expect(() =>
      parseGateEvent('pull_request_target', { action: 'assigned', pull_request: { number: 3 } })
    ).toThrow(/action is "assigned"/)
    expect(() =>
      parseGateEvent('pull_request_review', { action: 'submitted', pull_request: { number: 'x' } })
    ).toThrow(/no pull request number/)
  })
  it('gate-source is api or git', () => {
    expect(readInputs(new MemoryHost({})).gateSource).toBe('api')
    expect(readInputs(new MemoryHost({ 'gate-source': 'git' })).gateSource).toBe('git')
    expect(() => readInputs(new MemoryHost({ 'gate-source': 'checkout' }))).toThrow(
      'Input "gate-source" is "checkout"; expected one of: api, git.'
    )
  })
})
