/**
 * The path matcher as it was before the linear automaton: picomatch's expressions joined into one
 * JavaScript regular expression per list. The oracle of the differential tests; never call it on
 * a pattern or path that could make it backtrack for long.
 */
import picomatch from 'picomatch'
import { blockedGlobs } from '../../src/policy/paths.js'

const BASE_OPTIONS = { dot: true } as const

/** A compiled pattern list: one regular expression for the whole list. */
type LegacySet = {
  readonly patterns: readonly string[]
  /** True when any pattern matches the normalized path. */
  test(path: string): boolean
  /** The first pattern that matches, for messages (slower; call only on a match). */
  which(path: string): string | undefined
}

/** What a pattern compiles to: globs for picomatch, or a regular expression source of our own. */
type Piece = { glob: string } | { source: string }

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

/**
 * The pieces of a blocked pattern. A plain name without a slash (`.env*`, `package.json`) is a
 * test on each path segment, `(^|/)name(/|$)`: the same set as picomatch's `** /name` and
 * `** /name/**`, found in one pass instead of by a globstar's backtracking. Anything else goes
 * through picomatch.
 */
function blockedPieces(pattern: string): Piece[] {
  let core = pattern.normalize('NFC')
  let folderOnly = false
  while (core.endsWith('/')) {
    core = core.slice(0, -1)
    folderOnly = true
  }
  if (core !== '' && !core.includes('/') && !core.includes('**') && PLAIN_NAME.test(core)) {
    return [{ source: `(?:^|\\/)${nameSource(core)}${folderOnly ? '\\/' : '(?:\\/|$)'}` }]
  }
  return blockedGlobs(pattern).map(glob => ({ glob }))
}

function compile(patterns: readonly string[], expand: (p: string) => Piece[], nocase: boolean): LegacySet {
  const perPattern: RegExp[][] = []
  const sources: string[] = []
  for (const pattern of patterns) {
    const res: RegExp[] = []
    for (const piece of expand(pattern)) {
      let re: RegExp
      try {
        re =
          'glob' in piece
            ? picomatch.makeRe(piece.glob, { ...BASE_OPTIONS, nocase })
            : new RegExp(piece.source, nocase ? 'i' : '')
      } catch (error) {
        throw new Error(
          `the pattern "${pattern}" cannot be compiled (${(error as Error).message}); expected a glob such as "docs/**/*.md"`,
          { cause: error }
        )
      }
      res.push(re)
      sources.push(`(?:${re.source})`)
    }
    perPattern.push(res)
  }
  // An empty list matches nothing.
  const joined = sources.length === 0 ? /(?!)/ : new RegExp(sources.join('|'), nocase ? 'i' : '')
  return {
    patterns,
    test: path => joined.test(path),
    which: path => {
      for (let i = 0; i < patterns.length; i++)
        if (perPattern[i].some(re => re.test(path))) return patterns[i]
      return undefined
    }
  }
}

/** blockedPaths: any depth for a pattern without a slash, case-insensitive. */
export function legacyBlocked(patterns: readonly string[]): LegacySet {
  return compile(patterns, blockedPieces, true)
}

/** allowedPaths and typePaths: anchored at the root, case-sensitive. */
export function legacyAnchored(patterns: readonly string[]): LegacySet {
  return compile(patterns, p => [{ glob: p.normalize('NFC') }], false)
}
