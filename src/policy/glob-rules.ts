/**
 * The glob constructs the path matcher refuses, each with the sentence that says why. The config
 * schema refuses them at validation (`globPattern`), and compiling refuses them again, so a
 * pattern is either matched exactly as picomatch reads it, in time linear in the path's length,
 * or not accepted at all.
 */

/** The longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 1000
/** The most alternatives a pattern's braces may stand for once expanded. */
export const MAX_BRACE_ALTERNATIVES = 1024
/** The deepest nesting of braces accepted. */
export const MAX_BRACE_DEPTH = 8

/** Invisible or line-breaking characters JSON leaves as they are. */
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g

/** A pattern quoted for a message: JSON-escaped, invisible characters spelled out, long ones shortened. */
export function showPattern(pattern: string): string {
  const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)
  return shown.replace(INVISIBLE, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Constructs refused outright, tested in this order. */
const REFUSED: ReadonlyArray<{ find: RegExp; why: (found: string) => string }> = [
  {
    find: /^(?:\.\/)+!/,
    why: () =>
      'is a negation once picomatch strips its leading "./", which is not allowed; list exclusions in safetyRails.blockedPaths'
  },
  {
    find: /[@!+*?]\(/,
    why: found =>
      `uses the extglob "${found}…)", which is not supported: picomatch compiles it to nested repetitions or lookaheads that can make matching slow; list the alternatives in braces, such as "{a,b}"`
  },
  {
    find: /[()|]/,
    why: found =>
      `contains "${found}", which picomatch passes into its regular expression as a group or an alternation, so a name such as "a (1).md" would not even match itself; write "?" for such a character, or braces "{a,b}" for alternatives`
  },
  {
    find: /\[:[A-Za-z]*:\]/,
    why: found =>
      `uses the POSIX class "${found}", which is not supported; write the characters out, such as "[a-zA-Z]"`
  },
  {
    find: /\[!/,
    why: () =>
      'starts a class with "[!", which picomatch reads as the character "!" rather than as a negation, so it is not supported; write "[^…]" to negate a class'
  },
  {
    find: /"/,
    why: () =>
      'contains a double quote, which picomatch reads as quoting rather than as a character, so it is not supported; write "?" for it'
  }
]

type BraceFrame = {
  alternatives: number
  current: number
  commas: number
  own: string
  nested: boolean
  /** Where the group starts in the pattern. */
  at: number
}

const RANGE = /^[^.,{}[\]]\.\.[^.,{}[\]]$/

function capped(n: number): number {
  return Math.min(n, MAX_BRACE_ALTERNATIVES + 1)
}

/** Closes one brace group; returns a sentence when its range is not one picomatch reads right. */
function closeBrace(frame: BraceFrame, text: string): { count: number; problem?: string } {
  if (frame.own.includes('..') && (frame.nested || frame.commas > 0 || !RANGE.test(frame.own))) {
    const problem = `uses the brace range "${text}", which is not supported: picomatch reads a range as one character class, so only a range of single characters such as "{a..e}" or "{0..9}" works`
    return { count: 1, problem }
  }
  // A group without a comma is literal braces around its content.
  const count = frame.commas > 0 ? capped(frame.alternatives + frame.current) : frame.current
  return { count }
}

/** The brace structure of a pattern: depth, expansion size and ranges, as picomatch groups braces. */
function braceProblem(pattern: string): string | undefined {
  const stack: BraceFrame[] = []
  let top: BraceFrame = { alternatives: 0, current: 1, commas: 0, own: '', nested: false, at: 0 }
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    const close = ch === '[' ? pattern.indexOf(']', i + 2) : -1
    if (close !== -1) {
      top.own += pattern.slice(i, close + 1)
      i = close
    } else if (ch === '{') {
      stack.push(top)
      top = { alternatives: 0, current: 1, commas: 0, own: '', nested: false, at: i }
      if (stack.length > MAX_BRACE_DEPTH)
        return `nests braces more than ${MAX_BRACE_DEPTH} deep, which is not supported; split it into several patterns`
    } else if (ch === '}' && stack.length > 0) {
      const { count, problem } = closeBrace(top, pattern.slice(top.at, i + 1))
      if (problem) return problem
      top = stack.pop() as BraceFrame
      top.current = capped(top.current * count)
      top.nested = true
    } else if (ch === ',' && stack.length > 0) {
      top.alternatives = capped(top.alternatives + top.current)
      top.current = 1
      top.commas++
    } else top.own += ch
  }
  let total = top.current
  for (const frame of stack) total = capped(total * frame.current)
  if (total > MAX_BRACE_ALTERNATIVES)
    return `stands for more than ${MAX_BRACE_ALTERNATIVES.toLocaleString('en-US')} alternatives once its braces are expanded, which is not supported; split it into several patterns`
  return undefined
}

/**
 * Why a glob is refused, as one sentence naming the pattern, or undefined when the matcher reads
 * it exactly as picomatch does.
 */
export function unsupportedGlob(pattern: string): string | undefined {
  const shown = showPattern(pattern)
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `pattern ${shown} is ${pattern.length.toLocaleString('en-US')} characters long; a pattern may have at most ${MAX_PATTERN_LENGTH.toLocaleString('en-US')}`
  }
  for (const { find, why } of REFUSED) {
    const found = find.exec(pattern)
    if (found) return `pattern ${shown} ${why(found[0])}`
  }
  const braces = braceProblem(pattern)
  return braces === undefined ? undefined : `pattern ${shown} ${braces}`
}
