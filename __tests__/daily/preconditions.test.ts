import { describe, expect, it } from '@jest/globals'
import { chooseJitter } from '../../src/daily/jitter.js'
import {
  failureLimitReached,
  inCooldown,
  runPreconditions,
  type Precondition,
  type PreconditionName
} from '../../src/daily/preconditions.js'

describe('jitter', () => {
  it('is uniform over [0, jitterMinutes] on schedule events, bounds included', () => {
    expect(
      chooseJitter({ event: 'schedule', force: false, jitterMinutes: 20, random: () => 0 }).delayMs
    ).toBe(0)
    expect(
      chooseJitter({ event: 'schedule', force: false, jitterMinutes: 20, random: () => 1 }).delayMs
    ).toBe(1_200_000)
    expect(
      chooseJitter({ event: 'schedule', force: false, jitterMinutes: 20, random: () => 0.5 }).delayMs
    ).toBe(600_000)
    expect(
      chooseJitter({ event: 'schedule', force: false, jitterMinutes: 120, random: () => 0.999999 }).delayMs
    ).toBeLessThanOrEqual(7_200_000)
  })
  it('clamps a broken random source into the range', () => {
    for (const r of [-1, 2, NaN, Infinity]) {
      const d = chooseJitter({ event: 'schedule', force: false, jitterMinutes: 10, random: () => r }).delayMs
      expect(d).toBeGreaterThanOrEqual(0)
      expect(d).toBeLessThanOrEqual(600_000)
    }
  })
  it('never jitters on dispatch, push, local runs, force, or 0 minutes', () => {
    for (const event of ['workflow_dispatch', 'push', '', 'local']) {
      expect(chooseJitter({ event, force: false, jitterMinutes: 20, random: () => 1 }).delayMs).toBe(0)
    }
    expect(chooseJitter({ event: 'schedule', force: true, jitterMinutes: 20, random: () => 1 }).delayMs).toBe(
      0
    )
    expect(chooseJitter({ event: 'schedule', force: false, jitterMinutes: 0, random: () => 1 }).delayMs).toBe(
      0
    )
  })
})

const at = (iso: string) => new Date(iso)

describe('failure-limit and cooldown', () => {
  const f = (status: string, finishedAt = '2026-01-01T00:00:00Z') => ({ status, finishedAt })
  it('fires only when the last N finished runs are all failures (failed or reverted)', () => {
    expect(failureLimitReached([f('failed'), f('reverted'), f('failed')], 3)).toBe(true)
    expect(failureLimitReached([f('failed'), f('failed')], 3)).toBe(false)
    expect(failureLimitReached([f('failed'), f('success'), f('failed'), f('failed')], 3)).toBe(false)
    expect(failureLimitReached([f('failed'), f('failed'), f('failed'), f('success')], 3)).toBe(true)
    expect(failureLimitReached([f('failed')], 1)).toBe(true)
  })
  it('cools down while the last failure is younger than the limit', () => {
    const now = at('2026-01-02T00:00:00Z')
    expect(inCooldown([f('failed', '2026-01-01T00:00:01Z')], 24, now).active).toBe(true)
    expect(inCooldown([f('failed', '2026-01-01T00:00:00Z')], 24, now).active).toBe(false)
    expect(inCooldown([f('reverted', '2026-01-01T12:00:00Z')], 24, now).active).toBe(true)
    expect(
      inCooldown([f('success', '2026-01-01T23:00:00Z'), f('failed', '2026-01-01T22:00:00Z')], 24, now).active
    ).toBe(false)
    expect(inCooldown([f('failed', '2026-01-01T23:00:00Z')], 0, now).active).toBe(false)
    expect(inCooldown([], 24, now).active).toBe(false)
  })
  it('skips cancelled runs: they are no failure, and they do not break a streak of failures', () => {
    expect(failureLimitReached([f('cancelled'), f('cancelled'), f('cancelled')], 3)).toBe(false)
    expect(
      failureLimitReached([f('failed'), f('cancelled'), f('failed'), f('cancelled'), f('failed')], 3)
    ).toBe(true)
    expect(failureLimitReached([f('failed'), f('cancelled'), f('failed')], 3)).toBe(false)
    const now = at('2026-01-02T00:00:00Z')
    expect(inCooldown([f('cancelled', '2026-01-01T23:00:00Z')], 24, now).active).toBe(false)
    expect(
      inCooldown([f('cancelled', '2026-01-01T23:00:00Z'), f('failed', '2026-01-01T22:00:00Z')], 24, now)
    ).toEqual({ active: true, until: at('2026-01-02T22:00:00Z') })
    expect(
      inCooldown([f('cancelled', '2026-01-01T23:00:00Z'), f('success', '2026-01-01T22:00:00Z')], 24, now)
        .active
    ).toBe(false)
  })
})

describe('runPreconditions', () => {
  const precondition = (
    name: PreconditionName,
    state: 'clear' | 'fired' | 'unavailable' | 'throw',
    calls: string[]
  ): Precondition => ({
    name,
    check: async () => {
      calls.push(name)
      if (state === 'throw') throw new Error('HTTP 500')
      return { state, detail: `${name} ${state}` }
    }
  })
  it('checks in the fixed order and stops at the first that fires', async () => {
    const calls: string[] = []
    const r = await runPreconditions(
      [
        precondition('ci-active', 'fired', calls),
        precondition('deployment-active', 'fired', calls),
        precondition('cooldown', 'clear', calls),
        precondition('failure-limit', 'clear', calls)
      ],
      { force: false }
    )
    expect(calls).toEqual(['failure-limit', 'cooldown', 'deployment-active'])
    expect(r.proceed).toBe(false)
    expect(!r.proceed && r.reason).toBe('deployment-active')
  })
  it('fails closed with gate-error when a precondition throws', async () => {
    const calls: string[] = []
    const r = await runPreconditions(
      [
        precondition('failure-limit', 'clear', calls),
        precondition('cooldown', 'throw', calls),
        precondition('ci-active', 'clear', calls)
      ],
      {
        force: false
      }
    )
    expect(r.proceed).toBe(false)
    expect(!r.proceed && r.reason).toBe('gate-error')
    expect(!r.proceed && r.detail).toContain('HTTP 500')
    expect(calls).toEqual(['failure-limit', 'cooldown'])
  })
  it('force bypasses cooldown, deployment-active and ci-active, never failure-limit', async () => {
    const calls: string[] = []
    const r = await runPreconditions(
      [
        precondition('failure-limit', 'clear', calls),
        precondition('cooldown', 'fired', calls),
        precondition('deployment-active', 'throw', calls),
        precondition('ci-active', 'fired', calls)
      ],
      { force: true }
    )
    expect(r.proceed).toBe(true)
    expect(calls).toEqual(['failure-limit'])
    const limited = await runPreconditions([precondition('failure-limit', 'fired', [])], { force: true })
    expect(!limited.proceed && limited.reason).toBe('failure-limit')
  })
  it('lets unavailable preconditions through with a warning', async () => {
    const r = await runPreconditions([precondition('ci-active', 'unavailable', [])], { force: false })
    expect(r.proceed).toBe(true)
    expect(r.warnings).toEqual(['ci-active unavailable: ci-active unavailable'])
  })
})
