/** The already-running skip names the run, its age and the command that closes it. */
import { describe, expect, it } from '@jest/globals'
import { describeAge, describeAlreadyRunning } from '../../src/daily/start.js'

describe('describeAlreadyRunning', () => {
  const now = new Date('2026-11-25T05:22:30Z')
  it('names the run, its day, its age and `runs cancel ID`', () => {
    expect(
      describeAlreadyRunning({
        runId: 12,
        runDate: '2026-11-25',
        startedAt: new Date('2026-11-25T02:10:00Z'),
        now
      })
    ).toBe(
      'run 12 for 2026-11-25 is still running, started 3 h 12 min ago; if its process is gone, ' +
        'close it with `self-evolution runs cancel 12`'
    )
  })
  it('leaves the age out when the start is unknown', () => {
    expect(describeAlreadyRunning({ runId: 7, runDate: '2026-11-25', startedAt: null, now })).toBe(
      'run 7 for 2026-11-25 is still running; if its process is gone, close it with `self-evolution runs cancel 7`'
    )
  })
  it('reads ages in seconds, minutes, hours and days', () => {
    expect(describeAge(-5_000)).toBe('0 s')
    expect(describeAge(42_000)).toBe('42 s')
    expect(describeAge(12 * 60_000 + 59_000)).toBe('12 min')
    expect(describeAge((47 * 60 + 5) * 60_000)).toBe('47 h 5 min')
    expect(describeAge((3 * 24 + 4) * 3_600_000)).toBe('3 d 4 h')
  })
})
