/**
 * A pattern cannot jam the rails: matching costs at most a constant times the path's length times
 * the patterns' size. Measured by counting the automaton's steps (PatternSet.work), never by a
 * clock. Also: `which` names the pattern that matched, and what the automaton refuses to compile.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import { LinearMatcher, RegexSubsetError } from '../../src/policy/automaton.js'
import { evaluateProposals, type FileChange } from '../../src/policy/index.js'
import { compileAnchored, compileBlocked, type PatternSet } from '../../src/policy/paths.js'
import { legacyBlocked } from './legacy-paths.js'

/** Steps allowed per character of the path and per state of the automaton. */
const PER_CHAR_PER_STATE = 8

const JAM = `**/${'a*'.repeat(23)}b`

const HOSTILE: Array<[string, string]> = [
  ['the jam: **/a*a*…*b with 23 stars', JAM],
  ['the jam anchored at a folder', `x/**/${'a*'.repeat(23)}b`],
  ['stars without a globstar', `${'a*'.repeat(60)}b`],
  ['many **/ segments', `${'**/'.repeat(40)}a*b`],
  ['globstars between names', `${'a/**/'.repeat(30)}b`],
  ['nested braces', `**/{a,{a*,{a*a,{a*a*,{a*a*a,{a*a*a*,b}}}}}}*${'a*'.repeat(10)}b`],
  ['many brace groups', `**/${'{a,a*}'.repeat(10)}b`],
  ['long character classes', `**/${'[abcdefghijklmnopqrstuvwxyz0-9]*'.repeat(20)}b`],
  ['negated classes', `**/${'[^b]*'.repeat(25)}b`],
  ['question marks and stars', `**/${'?*'.repeat(40)}b`],
  ['a pattern of 1,000 characters', `**/${'a*'.repeat(498)}b`]
]

const PATHS: Array<[string, string]> = [
  ['60 a', 'a'.repeat(60)],
  ['4,000 a', 'a'.repeat(4000)],
  ['4,000 characters in folders', `${'a'.repeat(19)}/`.repeat(200).slice(0, -1)],
  ['4,000 characters ending in c', `${'a'.repeat(3999)}c`]
]

function assertLinear(set: PatternSet, path: string): number {
  const work = set.work(path)
  expect(work).toBeLessThanOrEqual(PER_CHAR_PER_STATE * (path.length + 1) * set.size)
  return work
}

describe('matching costs at most O(path length × pattern size)', () => {
  it.each(HOSTILE)('%s', (_name, pattern) => {
    for (const compileList of [compileBlocked, compileAnchored]) {
      // Cold: a fresh automaton for every path, so that nothing is reused from an earlier call.
      for (const [, path] of PATHS) assertLinear(compileList([pattern]), path)
      // Linear, not merely bounded: 66 times the path costs at most about 66 times the work.
      const short = assertLinear(compileList([pattern]), 'a'.repeat(60))
      const long = assertLinear(compileList([pattern]), 'a'.repeat(3960))
      expect(long).toBeLessThanOrEqual(short * 66 * 1.5)
    }
  })

  it('the size of the automaton grows with the pattern, linearly', () => {
    for (const n of [10, 100, 490]) {
      const pattern = `**/${'a*'.repeat(n)}b`
      expect(compileBlocked([pattern]).size).toBeLessThanOrEqual(12 * pattern.length + 200)
      expect(compileAnchored([pattern]).size).toBeLessThanOrEqual(6 * pattern.length + 100)
    }
  })

  it('the jam still answers right', () => {
    const blocked = compileBlocked([JAM])
    expect(blocked.test('a'.repeat(60))).toBe(false)
    expect(blocked.test(`x/${'a'.repeat(60)}b`)).toBe(true)
    expect(blocked.test(`x/${'a'.repeat(60)}b/c`)).toBe(true)
    expect(blocked.test(`x/${'a'.repeat(20)}/b`)).toBe(false)
    expect(blocked.which(`${'A'.repeat(30)}B`)).toBe(JAM)
  })

  it('a whole list of them together stays within the bound, cold and warm', () => {
    const patterns = HOSTILE.map(([, p]) => p)
    for (const compileList of [compileBlocked, compileAnchored]) {
      const set = compileList(patterns)
      for (const [, path] of PATHS) assertLinear(set, path)
      for (const [, path] of PATHS) assertLinear(set, path)
    }
  })

  it('the default config, warm, takes a few cached steps per character', () => {
    const rails = defaultConfig().safetyRails
    const blocked = compileBlocked(rails.blockedPaths)
    const allowed = compileAnchored(rails.allowedPaths)
    const path = 'packages/agent/src/tools/deep/er/and/deeper/file.ts'
    for (const set of [blocked, allowed]) assertLinear(set, path)
    for (const set of [blocked, allowed]) expect(set.work(path)).toBeLessThanOrEqual(4 * (path.length + 1))
  })

  it('a path rejected early costs only the characters read', () => {
    const allowed = compileAnchored(['docs/**/*.md', 'packages/agent/src/tools/**'])
    expect(allowed.work(`x${'a'.repeat(4000)}`)).toBeLessThanOrEqual(allowed.size * PER_CHAR_PER_STATE)
  })
})

describe('which names the pattern that matched', () => {
  it('the first matching pattern, in list order', () => {
    const blocked = compileBlocked(['a/**', '.env*', '**/*.pem', '**/secrets/**'])
    expect(blocked.which('x/.env')).toBe('.env*')
    expect(blocked.which('a/.env')).toBe('a/**')
    expect(blocked.which('x/secrets/k.pem')).toBe('**/*.pem')
    expect(blocked.which('x/y')).toBeUndefined()
    const allowed = compileAnchored(['docs/**/*.md', 'docs/**', '*.md'])
    expect(allowed.which('docs/a.md')).toBe('docs/**/*.md')
    expect(allowed.which('docs/a.txt')).toBe('docs/**')
    expect(allowed.which('README.md')).toBe('*.md')
  })

  it("the engine's message quotes it", () => {
    const cfg = validateConfig({ safetyRails: { allowedPaths: ['**'], blockedPaths: ['docs/x/**', JAM] } })
    if (!cfg.ok) throw new Error(JSON.stringify(cfg.problems))
    const file: FileChange = {
      path: `docs/${'a'.repeat(50)}b`,
      status: 'modified',
      additions: 1,
      deletions: 1,
      binary: false,
      mode: '100644',
      previousMode: '100644'
    }
    const r = evaluateProposals({
      config: cfg.config,
      proposals: [{ title: 't', type: 'cleanup', riskLevel: 0, source: 'claimed', files: [file] }],
      configPath: 'none/config.json'
    })
    const v = r.proposals[0].violations.find(x => x.rule === 'blocked-path')
    expect(v?.message).toContain(JSON.stringify(JAM))
  })
})

describe('where the automaton differs from JavaScript on purpose', () => {
  it('"." matches the line terminators U+2028 and U+2029, so dist/** blocks dist/a\\u2028b', () => {
    for (const path of ['dist/a\u2028b', 'dist/\u2029', 'a/\u2028/.env']) {
      expect(compileBlocked(['dist/**', '.env*']).test(path)).toBe(true)
      // The previous matcher let these through.
      expect(legacyBlocked(['dist/**', '.env*']).test(path)).toBe(path.endsWith('.env'))
    }
  })
})

describe('characters RegExp.source spells as escapes', () => {
  it('a pattern holding U+2028 or a newline matches itself', () => {
    for (const pattern of ['a\u2028b/*.md', 'x\ny', 'c\u2029']) {
      const literal = pattern.replace('*', 'z')
      expect(compileAnchored([pattern]).test(literal)).toBe(true)
      expect(compileBlocked([pattern]).test(`d/${literal}`.replace('d/a', 'a'))).toBe(true)
      expect(compileAnchored([pattern]).test(literal.replace(/[\u2028\u2029\n]/, '-'))).toBe(false)
    }
  })
})

describe('expressions outside the supported subset are refused, never approximated', () => {
  it.each([
    ['a backreference', '^(a)\\1$'],
    ['a lookbehind', '^(?<=a)b$'],
    ['a named group', '^(?<n>a)$'],
    ['a class escape', '^\\d$'],
    ['an unbounded lookahead', '^(?!.*a$).*$'],
    ['an unclosed group', '^(a$'],
    ['a quantifier on nothing', '^*a$'],
    ['a reversed class', '^[z-a]$']
  ])('%s: %s', (_name, source) => {
    expect(() => new LinearMatcher([{ source, tag: 0 }], false)).toThrow(RegexSubsetError)
  })

  it('the subset agrees with JavaScript on quantifiers, anchors and lookaheads', () => {
    const sources = [
      '^a{2,3}$',
      '^(?:ab)+$',
      '^a?b*?$',
      '^(?=.)[^/]*?$',
      '^(?!\\.{1,2}(?:\\/|$)).*$',
      'b',
      '^$',
      '^[]a]$',
      '^}$'
    ]
    const paths = ['', 'a', 'aa', 'aaa', 'aaaa', 'ab', 'abab', 'b', '.', '..', '.x', '/', ']', '}', 'xb']
    for (const source of sources) {
      const m = new LinearMatcher([{ source, tag: 0 }], false)
      for (const path of paths)
        expect([source, path, m.any(path)]).toEqual([source, path, new RegExp(source).test(path)])
    }
  })
})
