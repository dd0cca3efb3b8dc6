/**
 * The verdict's check run, decided purely: the conclusion of each verdict, a title free of the
 * agent's text, a summary within GitHub's limit, and the verdict checks left out of CI. And the
 * write itself through a dry-run gateway.
 */
import { describe, expect, it } from '@jest/globals'
import { CHECK_SUMMARY_LIMIT, createCompletedCheckRun } from '../../../src/github/checks.js'
import { createWriteGateway } from '../../../src/github/gateway.js'
import {
  capSummary,
  conclusionOf,
  errorCheck,
  VERDICT_CHECK_NAME,
  verdictCheck,
  verdictTitle,
  withoutVerdictChecks
} from '../../../src/modes/gate/publish.js'
import { renderGateReport } from '../../../src/modes/gate/report.js'
import type { CheckRunFact, GateVerdict } from '../../../src/modes/gate/types.js'

const HOSTILE = '<img src=x onerror=alert(1)> @everyone [click](https://evil.example) ::error::x'

function verdict(over: Partial<GateVerdict> = {}): GateVerdict {
  return {
    version: 1,
    repository: 'octo-org/octo-repo',
    pullRequest: {
      number: 7,
      url: 'https://github.com/octo-org/octo-repo/pull/7',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRef: 'self-evolution/x',
      baseRef: 'main',
      author: 'agent-bot[bot]',
      title: HOSTILE
    },
    event: { name: 'pull_request_target', action: 'opened' },
    source: 'api',
    status: 'pass',
    scope: { inScope: true, reasons: [] },
    action: null,
    manual: { waived: false, detail: '' },
    violations: [],
    pending: [],
    notes: [],
    rails: null,
    ci: null,
    review: null,
    configOrigin: '',
    ...over
  }
}

describe('the conclusion', () => {
  it('keeps a ruleset red until everything holds; neutral only for what is not judged', () => {
    expect(conclusionOf('pass')).toBe('success')
    expect(conclusionOf('fail')).toBe('failure')
    expect(conclusionOf('pending')).toBe('action_required')
    expect(conclusionOf('out-of-scope')).toBe('neutral')
    expect(conclusionOf('merged')).toBeUndefined()
    expect(conclusionOf('closed')).toBeUndefined()
  })

  it('closed and merged publish nothing; an error is a failure', () => {
    expect(verdictCheck(verdict({ status: 'merged' }), 'r', '')).toBeUndefined()
    expect(errorCheck('boom <img src=x>', 'https://x/logs')).toMatchObject({
      conclusion: 'failure',
      title: 'The gate could not decide'
    })
    expect(errorCheck('boom <img src=x>', '').summary).not.toContain('<img')
  })
})

describe('the title', () => {
  it('never carries the agent’s text, and names only rule ids the product writes', () => {
    const fail = verdict({
      status: 'fail',
      violations: [
        { rule: 'blocked-path', path: HOSTILE, message: HOSTILE },
        { rule: HOSTILE, message: 'x' },
        { rule: 'blocked-path', message: 'again' }
      ]
    })
    const title = verdictTitle(fail)
    expect(title).toBe('Blocked: 3 violation(s) (blocked-path, 1 more)')
    for (const status of ['pass', 'pending', 'out-of-scope'] as const)
      expect(
        verdictTitle(verdict({ status, pending: [{ rule: 'review-required', message: HOSTILE }] }))
      ).not.toMatch(/img|everyone|evil|error/)
  })
})

describe('the summary', () => {
  it('is the escaped report, with the logs', () => {
    const v = verdict({
      status: 'fail',
      violations: [{ rule: 'blocked-path', path: HOSTILE, message: HOSTILE }]
    })
    const check = verdictCheck(v, renderGateReport(v), 'https://github.com/o/r/actions/runs/1/attempts/1')!
    expect(check.conclusion).toBe('failure')
    expect(check.summary).not.toMatch(/<img|\]\(https|@everyone/)
    expect(check.summary).toMatch(/Logs: https:\/\/github\.com\/o\/r\/actions\/runs\/1\/attempts\/1\n$/)
  })

  it('is cut to whole lines under GitHub’s limit, and says so', () => {
    const line = `| ${'x'.repeat(97)} |`
    const long = Array.from({ length: 2000 }, () => line).join('\n')
    const out = capSummary(long, 'Logs: L')
    expect(out.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT)
    expect(out).toMatch(/The report is cut here/)
    expect(out.endsWith('Logs: L\n')).toBe(true)
    const kept = out.split('\n\n_The report is cut here')[0].split('\n')
    expect(kept.every(l => l === line)).toBe(true)
    expect(capSummary('short', 'Logs: L')).toBe('short\n\nLogs: L\n')
    expect(capSummary('x'.repeat(100_000), 'T', 500).length).toBeLessThanOrEqual(500)
  })
})

describe('the verdict checks are never CI', () => {
  it('leaves them out by name and says why', () => {
    const run = (id: number, name: string): CheckRunFact => ({
      id,
      name,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: null,
      htmlUrl: null,
      checkSuiteId: 1,
      appSlug: 'self-evolution-app'
    })
    const split = withoutVerdictChecks([run(1, VERDICT_CHECK_NAME), run(2, 'test')])
    expect(split.counted.map(r => r.id)).toEqual([2])
    expect(split.excluded).toEqual([{ name: VERDICT_CHECK_NAME, why: "the gate's own verdict check run" }])
  })
})

describe('createCompletedCheckRun', () => {
  const run = {
    owner: 'o',
    repo: 'r',
    name: VERDICT_CHECK_NAME,
    headSha: 'a'.repeat(40),
    conclusion: 'success' as const,
    title: 't'.repeat(500),
    summary: 's',
    detailsUrl: 'https://x/logs',
    externalId: 'e',
    completedAt: '2026-11-25T12:00:00.000Z'
  }

  it('goes through the gateway: a dry run records the POST and sends nothing', async () => {
    const gateway = createWriteGateway({ dryRun: true, checkFlag: async () => true })
    expect(await createCompletedCheckRun(gateway, run)).toBeUndefined()
    expect(gateway.previews).toHaveLength(1)
    expect(gateway.previews[0]).toMatchObject({
      route: 'POST /repos/{owner}/{repo}/check-runs',
      params: {
        name: VERDICT_CHECK_NAME,
        head_sha: run.headSha,
        status: 'completed',
        conclusion: 'success',
        details_url: 'https://x/logs',
        external_id: 'e'
      }
    })
    expect((gateway.previews[0].params.output as { title: string }).title).toHaveLength(200)
  })

  it('refuses a summary over GitHub’s limit before sending anything', async () => {
    const gateway = createWriteGateway({ dryRun: true, checkFlag: async () => true })
    await expect(
      createCompletedCheckRun(gateway, { ...run, summary: 'x'.repeat(CHECK_SUMMARY_LIMIT + 1) })
    ).rejects.toThrow(/65536 characters; GitHub accepts at most 65535/)
    expect(gateway.previews).toHaveLength(0)
  })
})
