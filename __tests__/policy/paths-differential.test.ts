/**
 * The linear matcher against the previous one (picomatch's expressions run by JavaScript's
 * engine), over a generated corpus of patterns and paths: the same answer for every supported
 * pattern, for blocked and anchored lists, one pattern or several, and the same pattern named.
 * The corpus comes from a seeded generator; GLOB_DIFF_SEED picks another seed.
 */
import { describe, expect, it } from '@jest/globals'
import picomatch from 'picomatch'
import { LinearMatcher } from '../../src/policy/automaton.js'
import { compileAnchored, compileBlocked, globProblem, normalizePath } from '../../src/policy/paths.js'
import { legacyAnchored, legacyBlocked } from './legacy-paths.js'

const SEED = Number(process.env.GLOB_DIFF_SEED ?? 20261206)

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOKENS = [
  ...['a', 'b', 'A', 'é', 'É', '.', '-', ' ', 'x', 'ab', '.x', 'ß', 'K'],
  ...['*', '*', '?', '**', '***', '*.*', '.*'],
  ...['[ab]', '[^a]', '[a-c]', '[.]', '[]a]', '[é]', '[A-Z]', '[a/b]', '[', ']', '[-a]', '[a-]'],
  ...[
    '{a,b}',
    '{a,{b,c}}',
    '{,a}',
    '{a..c}',
    '{.*,b}',
    '{a/b,c}',
    '{**,a}',
    '{a,b/**}',
    '{a.*,x}',
    '{a}',
    '{'
  ],
  ...['}', ',', '+', '@', '$', '^', '~', "'", '!', '#', '{a,b}+', '[ab]+', '%', '='],
  ...['/', '/', '/', '/**/', '**/', '/**']
]
const PATH_CHARS = [
  'a',
  'b',
  'A',
  'B',
  'é',
  'É',
  '.',
  '-',
  ' ',
  'x',
  'X',
  '!',
  '[',
  ']',
  '{',
  '}',
  ',',
  '+',
  '@',
  '$',
  'ß',
  'ẞ',
  'ſ',
  'K',
  'k'
]

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]
}

function randomPattern(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 6)
  let out = ''
  for (let i = 0; i < n; i++) out += pick(rand, TOKENS)
  return out
}

function randomText(rand: () => number, max: number): string {
  let out = ''
  const n = Math.floor(rand() * (max + 1))
  for (let i = 0; i < n; i++) out += pick(rand, PATH_CHARS)
  return out
}

/** A path drawn near the pattern, so that matches are common: its wildcards filled in at random. */
function instance(rand: () => number, pattern: string): string {
  return pattern
    .replace(/\*\*/g, () =>
      Array.from({ length: Math.floor(rand() * 3) }, () => randomText(rand, 3) || 'a').join('/')
    )
    .replace(/\*/g, () => randomText(rand, 3))
    .replace(/\?/g, () => pick(rand, PATH_CHARS))
    .replace(/\[[^\]]*\]/g, m => (rand() < 0.5 ? pick(rand, [...m.slice(1, -1)].concat('a')) : m))
    .replace(/\{([^{}]*)\}/g, (m, inner: string) => (rand() < 0.8 ? pick(rand, inner.split(',')) : m))
    .replace(/\/+/g, '/')
    .replace(/^\/|\/$/g, '')
}

function randomPath(rand: () => number, pattern: string): string | undefined {
  let path: string
  if (rand() < 0.6) path = instance(rand, pattern)
  else {
    const segments = 1 + Math.floor(rand() * 4)
    path = Array.from({ length: segments }, () => randomText(rand, 4) || 'a').join('/')
  }
  if (rand() < 0.2) path = `${randomText(rand, 3) || 'd'}/${path}`
  if (rand() < 0.2) path = `${path}/${randomText(rand, 3) || 'f'}`
  const normalized = normalizePath(path)
  return normalized.ok && normalized.path === path ? path : undefined
}

type Case = { patterns: string[]; paths: string[] }

function corpus(seed: number, count: number): Case[] {
  const rand = prng(seed)
  const cases: Case[] = []
  while (cases.length < count) {
    const patterns = Array.from({ length: rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 4) }, () =>
      randomPattern(rand)
    )
      .map(p => p.normalize('NFC'))
      .filter(p => !p.startsWith('!') && !p.startsWith('/') && globProblem(p) === undefined)
    if (patterns.length === 0) continue
    const paths: string[] = []
    for (let i = 0; i < 40 && paths.length < 16; i++) {
      const path = randomPath(rand, pick(rand, patterns))
      if (path !== undefined) paths.push(path)
    }
    cases.push({ patterns, paths })
  }
  return cases
}

describe('the linear matcher against the previous matcher', () => {
  const cases = corpus(SEED, 1600)

  it(`answers as before for every generated pattern and path (seed ${SEED})`, () => {
    let compared = 0
    let matched = 0
    for (const { patterns, paths } of cases) {
      const now = { blocked: compileBlocked(patterns), anchored: compileAnchored(patterns) }
      const before = { blocked: legacyBlocked(patterns), anchored: legacyAnchored(patterns) }
      for (const path of paths) {
        for (const list of ['blocked', 'anchored'] as const) {
          const expected = [before[list].test(path), before[list].which(path)]
          const got = [now[list].test(path), now[list].which(path)]
          if (got[0] !== expected[0] || got[1] !== expected[1]) {
            const what = `${list} ${JSON.stringify(patterns)} on ${JSON.stringify(path)}`
            expect(`${what}: ${got.join(' ')}`).toBe(`${what}: ${expected.join(' ')}`)
          }
          compared++
          if (expected[0]) matched++
        }
      }
    }
    // The corpus is worth something only when it holds both answers in number.
    expect(compared).toBeGreaterThan(40000)
    expect(matched).toBeGreaterThan(compared / 10)
    expect(matched).toBeLessThan(compared * 0.9)
  })

  it('runs every expression picomatch emits as JavaScript does, with and without the i flag', () => {
    for (const { patterns, paths } of cases.slice(0, 800)) {
      for (const nocase of [false, true]) {
        const res = patterns.map(p => picomatch.makeRe(p, { dot: true, nocase }))
        const matcher = new LinearMatcher(
          res.map((re, tag) => ({ source: re.source, tag })),
          nocase
        )
        for (const path of paths) {
          const first = res.findIndex(re => re.test(path))
          const got = matcher.first(path)
          if (got !== first) expect([patterns, path, nocase, got]).toEqual([patterns, path, nocase, first])
        }
      }
    }
  })

  it('the corpus holds the constructs that matter', () => {
    const all = cases.flatMap(c => c.patterns).join('\n')
    for (const construct of ['**', '{', '[^', '[a-c]', '?', '.*', '{a..c}', '+'])
      expect(all).toContain(construct)
  })
})
