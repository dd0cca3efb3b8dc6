/** The reflection's config keys: their defaults, bounds and config-loosened directions. */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfigText } from '../../src/config/load.js'
import { loosenedKeys } from '../../src/policy/config-loosened.js'

const withReflection = (reflection: Record<string, unknown>) => {
  const parsed = parseConfigText(JSON.stringify({ reflection }))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.config
}

describe('reflection config', () => {
  it('defaults to 14 days, the feedback label and a 64 KB document', () => {
    expect(defaultConfig().reflection).toEqual({
      lookbackDays: 14,
      feedbackLabel: 'self-evolution:feedback',
      maxBytes: 65536,
      maxFieldChars: 500,
      memoryItems: 20,
      logLines: 10
    })
  })

  it('refuses a label the issues API cannot filter on, and a window out of range', () => {
    for (const bad of [
      { feedbackLabel: 'a,b' },
      { feedbackLabel: '' },
      { lookbackDays: 0 },
      { maxBytes: 100 }
    ]) {
      expect(parseConfigText(JSON.stringify({ reflection: bad })).ok).toBe(false)
    }
  })

  it('lets the sizes only rise, and the feedback label never change', () => {
    const before = defaultConfig()
    expect(
      loosenedKeys(before, withReflection({ lookbackDays: 30, maxBytes: 131072, memoryItems: 40 }))
    ).toEqual([])
    expect(loosenedKeys(before, withReflection({ lookbackDays: 7 }))).toEqual([
      'reflection.lookbackDays changed from 14 to 7; only a higher value is stricter'
    ])
    expect(loosenedKeys(before, withReflection({ maxFieldChars: 100, logLines: 1 }))).toHaveLength(2)
    expect(loosenedKeys(before, withReflection({ feedbackLabel: 'anyone' }))).toEqual([
      'reflection.feedbackLabel changed from "self-evolution:feedback" to "anyone"; this key declares no stricter direction, so it may not change'
    ])
  })
})
