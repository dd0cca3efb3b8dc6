/**
 * Who may continue (rails, run-id) or close a run the plan job claimed: the pure check, one case per
 * rule and at each edge of the attempt. The integration tests (__tests__/modes/plan) drive it through
 * the modes.
 */
import { describe, expect, it } from '@jest/globals'
import { checkContinuation, type ClaimRecord } from '../../src/daily/continuation.js'

const here = { repository: 'o/r', githubRunId: 900, attempt: 2 }

function claim(over: Partial<ClaimRecord> = {}, holder: Record<string, unknown> = {}): ClaimRecord {
  return {
    id: 7,
    repository: 'o/r',
    runDate: '2026-12-06',
    status: 'running',
    metrics: {
      holder: {
        githubRunId: 900,
        attempt: 2,
        dryRun: false,
        force: true,
        configDigest: 'abc',
        jitterMs: 5,
        ...holder
      }
    },
    ...over
  }
}

describe('checkContinuation', () => {
  it('continues its own running run with the claim terms', () => {
    expect(checkContinuation(7, claim(), here)).toEqual({
      ok: true,
      terms: {
        runId: 7,
        runDate: '2026-12-06',
        repository: 'o/r',
        dryRun: false,
        force: true,
        configDigest: 'abc',
        jitterMs: 5
      }
    })
  })

  it('takes a date the driver gives as a Date as its UTC day', () => {
    const v = checkContinuation(
      7,
      claim({ runDate: new Date('2026-12-06T00:00:00Z') as unknown as string }),
      here
    )
    expect(v.ok && v.terms.runDate).toBe('2026-12-06')
  })

  it('judges a claim that does not say dry run as a dry run', () => {
    const v = checkContinuation(7, claim({}, { dryRun: undefined }), here)
    expect(v.ok && v.terms.dryRun).toBe(true)
  })

  it.each([
    ['no such run', null, here, /^Run 7 does not exist in this database\.$/],
    ['another repository', claim({ repository: 'x/y' }), here, /belongs to x\/y, not to o\/r/],
    [
      'another workflow run',
      claim({}, { githubRunId: 901 }),
      here,
      /claimed by workflow run 901, not by this one \(900\)/
    ],
    ['no workflow run here', claim(), { ...here, githubRunId: 0 }, /not by this one \(none\)/],
    [
      'a later attempt',
      claim({}, { attempt: 1 }),
      here,
      /attempt 1 of this workflow run, and this is attempt 2: "Re-run failed jobs".*"Re-run all jobs"/
    ],
    [
      'an earlier attempt',
      claim({}, { attempt: 3 }),
      here,
      /^Run 7 was claimed by attempt 3 of this workflow run, not by this attempt \(2\)\.$/
    ]
  ])('refuses %s', (_what, run, where, sentence) => {
    const v = checkContinuation(7, run, where)
    expect(v.ok).toBe(false)
    if (!v.ok) {
      expect(v.reason).toMatch(sentence)
      expect(v.closed).toBeUndefined()
    }
  })

  it.each(['success', 'failed', 'cancelled'])(
    'says a %s run is closed, after the ownership checks',
    status => {
      const v = checkContinuation(7, claim({ status: status as ClaimRecord['status'] }), here)
      expect(v).toEqual({
        ok: false,
        closed: true,
        reason: `Run 7 is ${status}, not running: it was already closed, so nothing continues it.`
      })
      // Another workflow run's closed run is refused as not its own, never reported as closed.
      const other = checkContinuation(
        7,
        claim({ status: status as ClaimRecord['status'] }, { githubRunId: 1 }),
        here
      )
      expect(!other.ok && other.closed).toBeUndefined()
    }
  )
})
