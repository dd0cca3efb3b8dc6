import { describe, expect, it } from '@jest/globals'
import { defaultConfig, parseConfigText, formatProblems } from '../../src/config/load.js'

describe('config loading', () => {
  it('applies every default to an empty object', () => {
    const c = defaultConfig()
    expect(c.enabled).toBe(false)
    expect(c.dryRunMode).toBe(true)
    expect(c.safetyRails.diffCaps.maxLinesOfCode).toBe(500)
    expect(c.safetyRails.typePaths.cleanup).toEqual(['**'])
    expect(c.telemetry.logRetentionDays).toBe(90)
  })
  it('names the path of a misspelled key and suggests the right one', () => {
    const r = parseConfigText('{"safetyRails":{"diffCaps":{"maxLinesOfCod":3}}}')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(formatProblems(r.problems)).toContain(
        'safetyRails.diffCaps.maxLinesOfCod: unknown key (did you mean maxLinesOfCode?)'
      )
  })
  it('reports several problems', () => {
    const r = parseConfigText('{"safetyRails":{"blockedPaths":["!x",""],"maxRiskLevel":4},"enabled":"yes"}')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const lines = formatProblems(r.problems)
      expect(lines.length).toBe(4)
    }
  })
})

describe('glob patterns that cannot be parsed', () => {
  it.each(['[z-a]', 'docs/{a,b', 'a{', 'x/[9-0]/y'])(
    'refuses %j instead of letting it match nothing',
    pattern => {
      for (const key of ['blockedPaths', 'allowedPaths']) {
        const r = parseConfigText(JSON.stringify({ safetyRails: { [key]: [pattern] } }))
        expect(r.ok).toBe(false)
        if (!r.ok) {
          const lines = formatProblems(r.problems)
          expect(lines).toHaveLength(1)
          expect(lines[0]).toContain(`safetyRails.${key}`)
          expect(lines[0]).toContain(`pattern "${pattern}" is not a valid glob`)
        }
      }
    }
  )
  it('keeps accepting the patterns people write', () => {
    const ok = ['docs/**/*.md', '**/*.{ts,tsx}', '[abc]*.md', 'a/[a-z]/b', '{x,y}/**', '}', '.env*']
    const r = parseConfigText(JSON.stringify({ safetyRails: { blockedPaths: ok } }))
    expect(r.ok).toBe(true)
  })
})

describe('hostile config shapes', () => {
  it('describes absurdly deep nesting instead of crashing', () => {
    const deep = '{"safetyRails":{"allowedPaths":' + '['.repeat(20000) + ']'.repeat(20000) + '}}'
    const r = parseConfigText(deep)
    expect(r.ok).toBe(false)
  })
})
