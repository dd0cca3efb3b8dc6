/**
 * Path normalization and pattern matching.
 *
 * Every path is normalized (and refused when it cannot be normalized) before it is matched, and
 * matched in Unicode NFC. Each pattern is read by picomatch, which compiles it to a regular
 * expression; the expressions of a list are run together by a linear automaton
 * (./automaton.ts), never by JavaScript's backtracking engine, so a path is read once per list
 * and costs at most O(path length × patterns' size), whatever the patterns. Constructs the
 * automaton cannot match exactly are refused (./glob-rules.ts).
 *
 * - blockedPaths: case-insensitive. A pattern without a slash matches at any depth, as a file
 *   or a folder name (`P` means `** /P` and `** /P/**`, the way .gitignore reads it); a pattern
 *   with a slash is anchored at the root and also blocks everything below it when it names a
 *   folder. A trailing slash (`secrets/`) names a folder at any depth.
 * - allowedPaths and typePaths: anchored at the root, case-sensitive, exactly as written.
 * Both use `dot: true`, so dotfiles and dot-folders are never invisible.
 */
import picomatch from 'picomatch'
import { checkExpression, LinearMatcher, RegexSubsetError, type Expression, type Work } from './automaton.js'
import { PolicyInputError } from './errors.js'
import { showPattern, unsupportedGlob } from './glob-rules.js'

export { normalizePath, type NormalizedPath } from './normalize.js'

/** The globs a blocked pattern stands for. */
export function blockedGlobs(pattern: string): string[] {
  let core = pattern.normalize('NFC')
  let folderOnly = false
  while (core.endsWith('/')) {
    core = core.slice(0, -1)
    folderOnly = true
  }
  if (core === '') return []
  const anyDepth = !core.includes('/')
  const base = anyDepth ? `**/${core}` : core
  return folderOnly ? [`${base}/**`] : [base, `${base}/**`]
}

/** A compiled pattern list: one automaton for the whole list. */
export type PatternSet = {
  readonly patterns: readonly string[]
  /** True when any pattern matches the normalized path. */
  test(path: string): boolean
  /** The first pattern (in list order) that matches, for messages. */
  which(path: string): string | undefined
  /**
   * The work test(path) does, counted in automaton steps (states visited, cache look-ups): at
   * most linear in the path's length times `size`. For tests and benchmarks.
   */
  work(path: string): number
  /** The automaton's states, lookahead bodies included: the patterns' size. */
  readonly size: number
}

/** A file or folder name made of plain characters and single-segment wildcards. */
const PLAIN_NAME = /^[\p{L}\p{N}._\-*?@+~#%&=,;' ]+$/u

function nameSource(name: string): string {
  let out = ''
  for (const ch of name) {
    if (ch === '*') out += '[^/]*'
    else if (ch === '?') out += '[^/]'
    else out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  }
  return out
}

const BASE_OPTIONS = { dot: true } as const

/** picomatch's expression for a glob, with the options every list uses. */
function globSource(glob: string): string {
  return picomatch.makeRe(glob, BASE_OPTIONS).source
}

/**
 * The expressions of a blocked pattern. A plain name without a slash (`.env*`, `package.json`)
 * is a test on each path segment: the same set as picomatch's `** /name` and `** /name/**`
 * (except that `*` may match nothing after a dot, as in `*.*` matching `a.`). Anything else is
 * what picomatch compiles `blockedGlobs` to.
 */
function blockedSources(pattern: string): string[] {
  let core = pattern.normalize('NFC')
  let folderOnly = false
  while (core.endsWith('/')) {
    core = core.slice(0, -1)
    folderOnly = true
  }
  if (core !== '' && !core.includes('/') && !core.includes('**') && PLAIN_NAME.test(core)) {
    return [`^(?:[^]*\\/)?${nameSource(core)}${folderOnly ? '\\/[^]*' : '(?:\\/[^]*)?'}$`]
  }
  return blockedGlobs(pattern).map(globSource)
}

function cannotCompile(pattern: string, reason: string): PolicyInputError {
  return new PolicyInputError(
    `the pattern ${showPattern(pattern)} cannot be compiled (${reason}); expected a glob such as "docs/**/*.md"`
  )
}

function compile(patterns: readonly string[], expand: (p: string) => string[], nocase: boolean): PatternSet {
  const expressions: Expression[] = []
  patterns.forEach((pattern, tag) => {
    const problem = unsupportedGlob(pattern.normalize('NFC'))
    if (problem !== undefined) throw new PolicyInputError(problem)
    let sources: string[]
    try {
      sources = expand(pattern)
    } catch (error) {
      throw cannotCompile(pattern, (error as Error).message)
    }
    for (const source of sources) expressions.push({ source, tag })
  })
  let matcher: LinearMatcher
  try {
    matcher = new LinearMatcher(expressions, nocase)
  } catch (error) {
    if (!(error instanceof RegexSubsetError)) throw error
    throw cannotCompile(patterns[error.tag ?? 0] ?? '', error.message)
  }
  return {
    patterns,
    size: matcher.size,
    test: path => matcher.any(path),
    which: path => {
      const tag = matcher.first(path)
      return tag === -1 ? undefined : patterns[tag]
    },
    work: path => {
      const work: Work = { steps: 0 }
      matcher.any(path, work)
      return work.steps
    }
  }
}

/** blockedPaths: any depth for a pattern without a slash, case-insensitive. */
export function compileBlocked(patterns: readonly string[]): PatternSet {
  return compile(patterns, blockedSources, true)
}

/** allowedPaths and typePaths: anchored at the root, case-sensitive. */
export function compileAnchored(patterns: readonly string[]): PatternSet {
  return compile(patterns, p => [globSource(p.normalize('NFC'))], false)
}

/** Compiled lists the process keeps for sharedPatternSet; past this many it starts afresh. */
const MAX_SHARED_SETS = 256
const sharedSets = new Map<string, PatternSet>()

/**
 * A compiled list from the one cache every user of lists shares (the engine's lists, the risk
 * floors): a list met twice (the same floor twice, a floor that repeats a type's paths, the next
 * config read in the same process) is compiled once, and its automaton warms up once. A set
 * answers the same whoever asked for it first, so sharing it changes no answer.
 */
export function sharedPatternSet(kind: 'blocked' | 'anchored', patterns: readonly string[]): PatternSet {
  const key = `${kind}\0${JSON.stringify(patterns)}`
  let set = sharedSets.get(key)
  if (set === undefined) {
    set = kind === 'blocked' ? compileBlocked(patterns) : compileAnchored(patterns)
    if (sharedSets.size >= MAX_SHARED_SETS) sharedSets.clear()
    sharedSets.set(key, set)
  }
  return set
}

/**
 * Why a pattern cannot be used in a list, as one sentence, or undefined when it can: a construct
 * the matcher refuses, or one that does not compile as a blocked or as an anchored pattern.
 */
export function globProblem(pattern: string): string | undefined {
  const problem = unsupportedGlob(pattern.normalize('NFC'))
  if (problem !== undefined) return problem
  try {
    for (const source of blockedSources(pattern)) checkExpression(source, true)
    checkExpression(globSource(pattern.normalize('NFC')), false)
  } catch (error) {
    return cannotCompile(pattern, (error as Error).message).message
  }
  return undefined
}
