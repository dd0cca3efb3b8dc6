/**
 * globPattern refuses, with one sentence, every glob construct the linear matcher does not match
 * exactly or that is silly in size; the configs the project ships still validate.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { defaultConfig, formatProblems, parseConfigText } from '../../src/config/load.js'
import { globPattern } from '../../src/config/schema.js'
import { compileAnchored, compileBlocked } from '../../src/policy/paths.js'

function problemsFor(pattern: string): string[] {
  const lines: string[] = []
  for (const key of ['blockedPaths', 'allowedPaths']) {
    const r = parseConfigText(JSON.stringify({ safetyRails: { [key]: [pattern] } }))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const formatted = formatProblems(r.problems)
      expect(formatted).toHaveLength(1)
      expect(formatted[0]).toContain(`safetyRails.${key}`)
      lines.push(formatted[0])
    }
  }
  return lines
}

const REFUSED: Array<[string, string, string[]]> = [
  ['an extglob +(…)', '**/+(a|aa)*b', ['extglob "+(…)"', 'slow', '{a,b}']],
  ['an extglob @(…)', '@(x|y)/**', ['extglob "@(…)"']],
  ['an extglob !(…)', 'src/!(*.test).ts', ['extglob "!(…)"']],
  ['an extglob *(…)', 'a/*(b)', ['extglob "*(…)"']],
  ['an extglob ?(…)', 'a/?(b)', ['extglob "?(…)"']],
  ['regex-like parentheses', 'docs/a (1).md', ['contains "("', 'group', 'would not even match itself']],
  ['a closing parenthesis', 'docs/a).md', ['contains ")"']],
  ['a pipe', 'a|b/c', ['contains "|"', 'alternation']],
  ['a POSIX class', '**/[[:alpha:]]*.md', ['POSIX class "[:alpha:]"', 'not supported', '[a-zA-Z]']],
  ['"[!"', 'src/[!a]*.ts', ['"[!"', 'rather than as a negation', '[^…]']],
  ['a double quote', 'a/"b"', ['double quote', 'quoting']],
  ['a multi-character brace range', 'log{1..10}.txt', ['brace range "{1..10}"', 'one character class']],
  ['a range beside alternatives', 'x{a..c,d}', ['brace range "{a..c,d}"']],
  ['a pattern over 1,000 characters', `a/${'b'.repeat(1000)}`, ['is 1,002 characters long', 'at most 1,000']],
  [
    'more than 1,024 brace alternatives',
    `**/${'{a,b}'.repeat(11)}`,
    ['more than 1,024 alternatives', 'split it']
  ],
  ['a negation behind "./"', './!docs/**', ['negation', 'strips its leading "./"']],
  ['braces nested 9 deep', `${'{a,'.repeat(9)}b${'}'.repeat(9)}`, ['nests braces more than 8 deep']]
]

describe('globPattern refuses what the linear matcher does not match exactly', () => {
  it.each(REFUSED)('%s: %j', (_name, pattern, words) => {
    for (const line of problemsFor(pattern)) {
      for (const word of words) expect(line).toContain(word)
      // One sentence, with the pattern quoted (shortened when long).
      expect(line.split('; ').length).toBeLessThanOrEqual(2)
      expect(line).toContain(JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern))
    }
  })

  it.each(REFUSED)('compiling refuses it too, with the same sentence (%s)', (_name, pattern) => {
    const sentence = globPattern.safeParse(pattern).error?.issues[0].message
    expect(sentence).toBeDefined()
    expect(() => compileBlocked([pattern])).toThrow(sentence as string)
    expect(() => compileAnchored(['docs/**', pattern])).toThrow(sentence as string)
  })

  it('a hostile pattern is quoted as JSON in the sentence', () => {
    const [line] = problemsFor('a\u2028"(b)')
    expect(line).toContain('"a\\u2028\\"(b)"')
  })

  it.each([
    ['the jam', `**/${'a*'.repeat(23)}b`],
    ['a single-character range', 'v{0..9}/*.md'],
    ['1,024 brace alternatives', `**/${'{a,b}'.repeat(10)}`],
    ['braces nested 8 deep', `${'{a,'.repeat(8)}b${'}'.repeat(8)}`],
    ['a pattern of 1,000 characters', `a/${'b'.repeat(998)}`],
    ['a negated class written with ^', 'src/[^a]*.ts'],
    ['punctuation people use in names', "a/b+c/@scope/x~y#z%w&v=u,t;s' r/*.md"]
  ])('accepts %s', (_name, pattern) => {
    expect(globPattern.safeParse(pattern).success).toBe(true)
  })
})

describe('every pattern the schema accepts compiles', () => {
  it('over generated patterns of glob syntax, punctuation, line terminators and surrogates', () => {
    const pieces = [...'ab.*?/[]{},^$+@!~-:=<>#%&;\'` é(|)"\n', '**', '{a,b}', '[^a]', '[a-', '..', '{1..3}']
    const more = ['[[:alpha:]]', '\u2028', '\ud83d\ude00', '\ud83d', './', '{a..c}']
    const alphabet = [...pieces, ...more]
    let seed = 99
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 4294967296
    }
    let accepted = 0
    for (let i = 0; i < 6000; i++) {
      let pattern = ''
      for (let n = 1 + Math.floor(rand() * 8); n > 0; n--)
        pattern += alphabet[Math.floor(rand() * alphabet.length)]
      if (!globPattern.safeParse(pattern).success) continue
      accepted++
      expect(() => compileBlocked([pattern])).not.toThrow()
      expect(() => compileAnchored([pattern])).not.toThrow()
    }
    expect(accepted).toBeGreaterThan(1500)
  })
})

describe('the configs the project ships still validate', () => {
  it('the defaults', () => {
    const rails = defaultConfig().safetyRails
    const all = [...rails.allowedPaths, ...rails.blockedPaths, ...Object.values(rails.typePaths).flat()]
    for (const pattern of all)
      expect([pattern, globPattern.safeParse(pattern).success]).toEqual([pattern, true])
  })

  it('examples/self-evolution-config.json', () => {
    const r = parseConfigText(readFileSync('examples/self-evolution-config.json', 'utf8'))
    expect(r.ok).toBe(true)
  })
})
