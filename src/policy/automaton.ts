/**
 * A matcher for the regular expressions picomatch compiles globs to, linear in the path's length.
 *
 * JavaScript's own engine backtracks: `**` followed by `a*a*a*…b` (the shape picomatch emits for
 * `** /a*a*a*…*b`) takes exponential time on a path that almost matches. Here the expression is
 * parsed into a Thompson automaton (one state per character test, split or assertion) and run
 * as a set of states, one step per character of the path, so a path of n characters costs at most
 * O(n × states). The sets met are cached as the states of a deterministic automaton built on the
 * fly, so the common case costs one table look-up per character.
 *
 * The subset of JavaScript's syntax understood is what picomatch emits: characters, escapes of
 * punctuation, classes, `.`, `^`, `$`, groups, alternation, quantifiers, and lookaheads whose
 * body has a bounded length (picomatch's `(?=.)` and `(?!\.{1,2}(?:\/|$))`). Anything else
 * (backreferences, lookbehinds, `\d`-style escapes, an unbounded lookahead) is refused when the
 * expression is compiled, never matched approximately.
 *
 * Semantics are JavaScript's, without the `u` flag (code units), with one deliberate difference:
 * `.` matches every character. JavaScript's `.` stops at the line terminators U+2028 and U+2029,
 * which a normalized path may hold, so picomatch's `dist/**` did not match `dist/a\u2028b`.
 * Whether a character belongs to a class (with or without the `i` flag) is asked of JavaScript's
 * engine itself, one character against one class, and remembered.
 */

import { showPattern } from './glob-rules.js'

const CHAR = 0
const SPLIT = 1
const ASSERT = 2
const MATCH = 3

const START = 0
const END = 1
/** Assertion ids are bits of a 31-bit mask: start, end and at most 29 distinct lookaheads. */
const MAX_LOOKAHEADS = 29
/** States one expression may compile to (a 1,000-character glob needs a few thousand). */
const MAX_STATES = 100_000
const MAX_LOOKAHEAD_LENGTH = 64
const MAX_REPEAT = 64
/** Entries (states, closures, transitions) the cache holds before it starts afresh. */
const MAX_CACHED = 500_000

/** An expression outside the supported subset; `tag` names the expression's pattern. */
export class RegexSubsetError extends Error {
  override name = 'RegexSubsetError'
  tag?: number
}

type Node =
  | { k: 'set'; src: string }
  | { k: 'start' }
  | { k: 'end' }
  | { k: 'look'; neg: boolean; src: string; body: Node }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }

/** A recursive-descent parser for the subset; positions are code units. */
class Parser {
  pos = 0
  constructor(readonly src: string) {}

  parse(): Node {
    const node = this.alt()
    if (this.pos !== this.src.length) this.fail(`an unmatched ${showPattern(this.src[this.pos])}`)
    return node
  }

  fail(what: string): never {
    throw new RegexSubsetError(`the expression has ${what} at offset ${this.pos}`)
  }

  alt(): Node {
    const items = [this.seq()]
    while (this.src[this.pos] === '|') {
      this.pos++
      items.push(this.seq())
    }
    return items.length === 1 ? items[0] : { k: 'alt', items }
  }

  seq(): Node {
    const items: Node[] = []
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.atom()
      items.push(this.quantified(atom))
    }
    return items.length === 1 ? items[0] : { k: 'seq', items }
  }

  quantified(atom: Node): Node {
    const next = this.src[this.pos]
    if (next !== '*' && next !== '+' && next !== '?' && next !== '{') return atom
    const rest = this.src.slice(this.pos, this.pos + 24)
    let min: number
    let max: number
    const braced = /^\{(\d+)(,(\d*))?\}/.exec(rest)
    if (rest[0] === '*') [min, max] = [0, Infinity]
    else if (rest[0] === '+') [min, max] = [1, Infinity]
    else if (rest[0] === '?') [min, max] = [0, 1]
    else if (braced) {
      min = Number(braced[1])
      max = braced[2] === undefined ? min : braced[3] === '' ? Infinity : Number(braced[3])
      if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min)))
        this.fail('a repetition too large')
    } else return atom
    if (atom.k === 'start' || atom.k === 'end' || atom.k === 'look') this.fail('a repeated assertion')
    this.pos += braced && rest[0] === '{' ? braced[0].length : 1
    if (this.src[this.pos] === '?') this.pos++
    return { k: 'rep', node: atom, min, max }
  }

  atom(): Node {
    const ch = this.src[this.pos]
    if (ch === '(') return this.group()
    if (ch === '[') return this.charClass()
    this.pos++
    if (ch === '^') return { k: 'start' }
    if (ch === '$') return { k: 'end' }
    if (ch === '.') return { k: 'set', src: '.' }
    if (ch === '\\') {
      const escape = this.escapeAt(this.pos - 1)
      this.pos += escape.length - 1
      return { k: 'set', src: escape }
    }
    if (ch === '*' || ch === '+' || ch === '?') this.fail(`nothing to repeat before ${showPattern(ch)}`)
    if (ch === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.pos - 1, this.pos + 24)))
      this.fail('nothing to repeat before "{"')
    return { k: 'set', src: /[\]{}]/.test(ch) ? `\\${ch}` : ch }
  }

  /**
   * The escape at `at` (a backslash): punctuation, or a character spelled out as RegExp.source
   * spells line terminators (`\\n`, `\\u2028`). Class escapes (`\\d`), backreferences and the
   * like are refused.
   */
  escapeAt(at: number): string {
    const spelled = /^\\(?:[^A-Za-z0-9]|[nrtvf]|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.exec(
      this.src.slice(at, at + 6)
    )
    if (spelled === null) {
      this.pos = at
      this.fail(`the escape ${showPattern(this.src.slice(at, at + 2))}`)
    }
    return spelled[0]
  }

  group(): Node {
    const open = this.src.slice(this.pos, this.pos + 3)
    const at = this.pos
    let look: boolean | undefined
    if (open === '(?:') this.pos += 3
    else if (open === '(?=' || open === '(?!') {
      look = open === '(?!'
      this.pos += 3
    } else if (open.startsWith('(?')) this.fail(`the group ${showPattern(open)}`)
    else this.pos += 1
    const body = this.alt()
    if (this.src[this.pos] !== ')') this.fail('an unclosed group')
    this.pos++
    if (look === undefined) return body
    return { k: 'look', neg: look, src: this.src.slice(at, this.pos), body }
  }

  charClass(): Node {
    const at = this.pos
    let i = this.pos + 1
    if (this.src[i] === '^') i++
    for (; i < this.src.length && this.src[i] !== ']'; i++) {
      if (this.src[i] === '\\') i += this.escapeAt(i).length - 1
    }
    if (i >= this.src.length) this.fail('an unclosed class')
    this.pos = i + 1
    const src = this.src.slice(at, this.pos)
    try {
      new RegExp(src)
    } catch {
      this.fail(`the class ${showPattern(src)}, which JavaScript refuses`)
    }
    return { k: 'set', src }
  }
}

/** The longest string a node can match (Infinity when unbounded). */
function maxLength(node: Node): number {
  switch (node.k) {
    case 'set':
      return 1
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0)
    case 'alt':
      return Math.max(...node.items.map(maxLength))
    case 'rep': {
      const one = maxLength(node.node)
      return one === 0 ? 0 : node.max === Infinity ? Infinity : one * node.max
    }
    default:
      return 0
  }
}

/** One class (or character) tested against one code unit, the answer remembered. */
class CharSet {
  private readonly ascii = new Int8Array(128).fill(-1)
  private readonly other = new Map<number, boolean>()
  private re: RegExp | undefined
  readonly any: boolean
  readonly literal: number

  constructor(
    private readonly src: string,
    private readonly flags: string
  ) {
    this.any = src === '.' || src === '[^]'
    const plain = src.length === 1 ? src : src.length === 2 && /^\\[^A-Za-z0-9]$/.test(src) ? src[1] : ''
    this.literal = plain !== '' && !flags.includes('i') ? plain.charCodeAt(0) : -1
  }

  /** JavaScript's own answer for one code unit: a one-character test, which cannot backtrack. */
  private ask(code: number): boolean {
    this.re ??= new RegExp(`^(?:${this.src})$`, this.flags)
    return this.re.test(String.fromCharCode(code))
  }

  test(code: number): boolean {
    if (this.any) return true
    if (this.literal >= 0) return code === this.literal
    if (code < 128) {
      const known = this.ascii[code]
      if (known !== -1) return known === 1
      const yes = this.ask(code)
      this.ascii[code] = yes ? 1 : 0
      return yes
    }
    let yes = this.other.get(code)
    if (yes === undefined) {
      yes = this.ask(code)
      this.other.set(code, yes)
    }
    return yes
  }
}

/** Where the steps of calls nobody counts go. */
const UNCOUNTED: Work = { steps: 0 }

const UNKNOWN = -1
const NO = 0
const YES = 1
const UNDECIDED = 2

/** Counts the work done, so that tests can bound it without a clock. */
export type Work = { steps: number }

/** Entries each process-wide cache below holds at most (past that, objects are not shared). */
const SHARED_LIMIT = 512
/** Classes, and lookahead bodies as cached automata, shared by every compiled set: both are pure. */
const charSetCache = new Map<string, CharSet>()
const lookaheadCache = new Map<string, Dfa>()

function cachedIn<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = make()
    if (cache.size < SHARED_LIMIT) cache.set(key, value)
  }
  return value
}

/** The tables of one compiled set: its classes and lookahead bodies, by id. */
class Shared {
  readonly sets: CharSet[] = []
  private readonly setIds = new Map<string, number>()
  readonly looks: Dfa[] = []
  private readonly lookIds = new Map<string, number>()

  constructor(readonly flags: string) {}

  set(src: string): number {
    let id = this.setIds.get(src)
    if (id === undefined) {
      id = this.sets.length
      this.sets.push(cachedIn(charSetCache, `${this.flags}\0${src}`, () => new CharSet(src, this.flags)))
      this.setIds.set(src, id)
    }
    return id
  }

  /** The assertion id of a lookahead body (2 and up). */
  look(src: string, body: Node): number {
    let id = this.lookIds.get(src)
    if (id === undefined) {
      const length = maxLength(body)
      if (length > MAX_LOOKAHEAD_LENGTH)
        throw new RegexSubsetError(`the lookahead ${showPattern(src)} has no bounded length`)
      if (this.looks.length >= MAX_LOOKAHEADS)
        throw new RegexSubsetError('the expression has too many lookaheads')
      // A body has tables of its own, so that its automaton can serve every compiled set.
      const dfa = cachedIn(lookaheadCache, `${this.flags}\0${src}`, () => {
        const automaton = new Automaton(new Shared(this.flags))
        automaton.addPattern(body, 0)
        return new Dfa(automaton)
      })
      this.looks.push(dfa)
      id = this.looks.length + 1
      this.lookIds.set(src, id)
    }
    return id
  }

  /** Whether assertion `id` holds at position i: start, end, or a lookahead's body matching from i. */
  assertion(id: number, path: string, i: number, work: Work): boolean {
    if (id === START) return i === 0
    if (id === END) return i === path.length
    return this.looks[id - 2].matchesPrefix(path, i, work)
  }
}

/** A Thompson automaton: flat arrays, one entry per state. */
class Automaton {
  kind: number[] = []
  out1: number[] = []
  out2: number[] = []
  /** CHAR: the class id; ASSERT: the assertion id; MATCH: the pattern's tag. */
  arg: number[] = []
  neg: boolean[] = []
  readonly starts: number[] = []
  private patternStart = 0
  private mark = new Uint32Array(0)
  private generation = 0

  constructor(readonly shared: Shared) {}

  get size(): number {
    return this.kind.length
  }

  private add(kind: number, out1: number, out2: number, arg: number, neg = false): number {
    if (this.kind.length - this.patternStart >= MAX_STATES)
      throw new RegexSubsetError('the expression is too large')
    this.kind.push(kind)
    this.out1.push(out1)
    this.out2.push(out2)
    this.arg.push(arg)
    this.neg.push(neg)
    return this.kind.length - 1
  }

  /** Adds one expression; a match of it reports `tag`. */
  addPattern(node: Node, tag: number): void {
    this.patternStart = this.kind.length
    const match = this.add(MATCH, -1, -1, tag)
    this.starts.push(this.emit(node, match))
  }

  /** Builds the states of `node`, backwards: returns its first state, which leads on to `next`. */
  private emit(node: Node, next: number): number {
    switch (node.k) {
      case 'set':
        return this.add(CHAR, next, -1, this.shared.set(node.src))
      case 'start':
        return this.add(ASSERT, next, -1, START)
      case 'end':
        return this.add(ASSERT, next, -1, END)
      case 'look':
        return this.add(ASSERT, next, -1, this.shared.look(node.src, node.body), node.neg)
      case 'seq':
        for (let i = node.items.length - 1; i >= 0; i--) next = this.emit(node.items[i], next)
        return next
      case 'alt': {
        let first = this.emit(node.items[node.items.length - 1], next)
        for (let i = node.items.length - 2; i >= 0; i--)
          first = this.add(SPLIT, this.emit(node.items[i], next), first, 0)
        return first
      }
      case 'rep':
        return this.emitRepeat(node, next)
    }
  }

  private emitRepeat(node: { node: Node; min: number; max: number }, next: number): number {
    let first = next
    if (node.max === Infinity) {
      const loop = this.add(SPLIT, -1, next, 0)
      this.out1[loop] = this.emit(node.node, loop)
      first = loop
    } else {
      for (let i = node.min; i < node.max; i++) first = this.add(SPLIT, this.emit(node.node, first), next, 0)
    }
    for (let i = 0; i < node.min; i++) first = this.emit(node.node, first)
    return first
  }

  /** Fresh marks for one pass over the states. */
  beginPass(): number {
    if (this.mark.length < this.size) this.mark = new Uint32Array(this.size)
    if (++this.generation === 0xffffffff) {
      this.mark.fill(0)
      this.generation = 1
    }
    return this.generation
  }

  seen(state: number, generation: number): boolean {
    if (this.mark[state] === generation) return true
    this.mark[state] = generation
    return false
  }

  /**
   * Follows splits and assertions from `from` at position i of path. Returns the character states
   * reached and the smallest tag of a match reached (-1 when none); `holds` answers assertions.
   */
  closure(
    from: ArrayLike<number>,
    holds: (id: number) => boolean,
    work: Work
  ): { chars: number[]; tag: number } {
    const generation = this.beginPass()
    const stack = Array.from(from)
    const chars: number[] = []
    let tag = -1
    while (stack.length > 0) {
      const s = stack.pop() as number
      if (this.seen(s, generation)) continue
      work.steps++
      const kind = this.kind[s]
      if (kind === CHAR) chars.push(s)
      else if (kind === SPLIT) stack.push(this.out2[s], this.out1[s])
      else if (kind === MATCH) tag = tag === -1 ? this.arg[s] : Math.min(tag, this.arg[s])
      else if (holds(this.arg[s]) !== this.neg[s]) stack.push(this.out1[s])
    }
    return { chars, tag }
  }

  /** The states after the character `code`, from the character states `chars`. */
  step(chars: readonly number[], code: number, work: Work): number[] {
    const generation = this.beginPass()
    const next: number[] = []
    for (const s of chars) {
      work.steps++
      const to = this.out1[s]
      if (this.shared.sets[this.arg[s]].test(code) && !this.seen(to, generation)) next.push(to)
    }
    return next
  }
}

/** A deterministic state: the automaton's states before the closure, with what follows cached. */
type DState = {
  readonly kernel: readonly number[]
  /** The assertions the closure may ask about, as a bit mask. */
  readonly need: number
  readonly byContext: Map<number, Closed>
  /** The closure met last, looked up without the map (most states meet one context only). */
  lastContext: number
  lastClosed: Closed | undefined
}

/** A deterministic state closed under one answer to its assertions. */
type Closed = {
  readonly tag: number
  readonly chars: readonly number[]
  /** The transitions met: ASCII in an array, the rest in a map. */
  readonly ascii: Array<DState | undefined>
  readonly next: Map<number, DState>
}

/** One expression of a set: its source, and the tag a match of it reports. */
export type Expression = { readonly source: string; readonly tag: number }

function anchored(node: Node): boolean {
  return node.k === 'start' || (node.k === 'seq' && node.items[0]?.k === 'start')
}

/** Parses an expression of the subset, or throws RegexSubsetError saying what is not supported. */
function parseExpression(source: string): Node {
  const node = new Parser(source).parse()
  // Search semantics, as RegExp.test: an expression not anchored at the start may begin anywhere.
  return anchored(node)
    ? node
    : { k: 'seq', items: [{ k: 'rep', node: { k: 'set', src: '[^]' }, min: 0, max: Infinity }, node] }
}

/**
 * An automaton run as a deterministic one, built lazily and cached: each deterministic state is a
 * set of the automaton's states. `run` reads path from position `from` and answers the smallest
 * tag of a match reached (RegExp.test semantics from `from`), or -1; `stopAtAny` stops at the
 * first match (a lookahead's body: it matched a prefix of path[from..]).
 */
class Dfa {
  private cache = new Map<string, DState>()
  private cached = 0
  private initial: DState
  private readonly words: Uint16Array
  /** Per ASCII character inside a path: whether it alone decides this lookahead body. */
  readonly firstInside = new Int8Array(128).fill(UNKNOWN)

  constructor(readonly nfa: Automaton) {
    this.words = new Uint16Array(Math.ceil(nfa.size / 16) + 1)
    this.initial = this.intern([...nfa.starts])
  }

  /**
   * For a lookahead's body: whether it matches a prefix of path[i..]. Inside the path, the answer
   * is usually decided by the first character alone (picomatch's bodies start with "." or "/"),
   * and is then remembered per character, so most positions cost one array look-up.
   */
  matchesPrefix(path: string, i: number, work: Work): boolean {
    const code = i > 0 && i < path.length ? path.charCodeAt(i) : 128
    if (code < 128) {
      let known = this.firstInside[code]
      if (known === UNKNOWN) known = this.firstInside[code] = this.decideByFirst(code, work)
      work.steps++
      if (known !== UNDECIDED) return known === YES
    }
    return this.run(path, i, true, work) !== -1
  }

  /** Inside a path (not at its start or end), whether the first character alone decides. */
  private decideByFirst(code: number, work: Work): number {
    const d = this.initial
    // Only the start and end assertions are known from the position alone.
    if ((d.need & ~((1 << START) | (1 << END))) !== 0) return UNDECIDED
    const closed = d.byContext.get(0) ?? this.close(d, 0, work)
    if (closed.tag !== -1) return YES
    const next = (code < 128 ? closed.ascii[code] : undefined) ?? this.advance(closed, code, work)
    return next.kernel.length === 0 ? NO : UNDECIDED
  }

  run(path: string, from: number, stopAtAny: boolean, work: Work): number {
    let d = this.initial
    let best = -1
    for (let i = from; d.kernel.length > 0; i++) {
      work.steps++
      const context = d.need === 0 ? 0 : this.context(d.need, path, i, work)
      const closed =
        (d.lastContext === context ? d.lastClosed : undefined) ??
        d.byContext.get(context) ??
        this.close(d, context, work)
      d.lastContext = context
      d.lastClosed = closed
      if (closed.tag !== -1) {
        if (stopAtAny) return closed.tag
        if (best === -1 || closed.tag < best) best = closed.tag
      }
      if (i === path.length) break
      const code = path.charCodeAt(i)
      d = (code < 128 ? closed.ascii[code] : closed.next.get(code)) ?? this.advance(closed, code, work)
    }
    return best
  }

  /** The answers, as a bit mask, of the assertions in `need` at position i. */
  private context(need: number, path: string, i: number, work: Work): number {
    let bits = 0
    if ((need & (1 << START)) !== 0 && i === 0) bits |= 1 << START
    if ((need & (1 << END)) !== 0 && i === path.length) bits |= 1 << END
    const looks = this.nfa.shared.looks
    const code = i > 0 && i < path.length ? path.charCodeAt(i) : 128
    for (let k = 0, rest = need >>> 2; rest !== 0; k++, rest >>>= 1) {
      if ((rest & 1) === 0) continue
      // The common answer, decided by the next character alone, without a call.
      const known = code < 128 ? looks[k].firstInside[code] : UNKNOWN
      if (known === YES || (known !== NO && looks[k].matchesPrefix(path, i, work))) bits |= 4 << k
    }
    return bits
  }

  private close(d: DState, context: number, work: Work): Closed {
    const { chars, tag } = this.nfa.closure(d.kernel, id => ((context >>> id) & 1) === 1, work)
    const closed: Closed = { tag, chars, ascii: new Array<DState | undefined>(128), next: new Map() }
    d.byContext.set(context, closed)
    this.cached += chars.length + 1
    return closed
  }

  private advance(closed: Closed, code: number, work: Work): DState {
    const d = this.intern(this.nfa.step(closed.chars, code, work), work)
    if (code < 128) closed.ascii[code] = d
    else closed.next.set(code, d)
    this.cached++
    if (this.cached > MAX_CACHED) {
      // Start afresh: the cache stays bounded, and each character still costs O(states) at most.
      this.cache = new Map()
      this.cached = 0
      this.initial = this.intern([...this.nfa.starts])
    }
    return d
  }

  /** The deterministic state of a set of automaton states, created once. */
  private intern(kernel: number[], work: Work = { steps: 0 }): DState {
    const words = this.words
    for (const s of kernel) words[s >>> 4] |= 1 << (s & 15)
    let key = ''
    for (let at = 0; at < words.length; at += 4096)
      key += String.fromCharCode(...words.subarray(at, at + 4096))
    words.fill(0)
    work.steps += kernel.length + words.length
    const known = this.cache.get(key)
    if (known) return known
    const d: DState = {
      kernel,
      need: this.needs(kernel, work),
      byContext: new Map(),
      lastContext: -1,
      lastClosed: undefined
    }
    this.cache.set(key, d)
    this.cached += kernel.length + 1
    return d
  }

  /** The assertions reachable from `kernel` without reading a character. */
  private needs(kernel: readonly number[], work: Work): number {
    const nfa = this.nfa
    const generation = nfa.beginPass()
    const stack = [...kernel]
    let need = 0
    while (stack.length > 0) {
      const s = stack.pop() as number
      if (nfa.seen(s, generation)) continue
      work.steps++
      if (nfa.kind[s] === SPLIT) stack.push(nfa.out1[s], nfa.out2[s])
      else if (nfa.kind[s] === ASSERT) {
        need |= 1 << nfa.arg[s]
        stack.push(nfa.out1[s])
      }
    }
    return need
  }
}

/**
 * Several expressions run as one automaton. `first(path)` answers the smallest tag among the
 * expressions that match (RegExp.test semantics), or -1; `any(path)` stops at the first match.
 */
export class LinearMatcher {
  private readonly shared: Shared
  private readonly dfa: Dfa

  constructor(expressions: readonly Expression[], nocase: boolean) {
    this.shared = new Shared(nocase ? 'i' : '')
    const nfa = new Automaton(this.shared)
    for (const { source, tag } of expressions) {
      try {
        nfa.addPattern(parseExpression(source), tag)
      } catch (error) {
        if (error instanceof RegexSubsetError) error.tag = tag
        throw error
      }
    }
    this.dfa = new Dfa(nfa)
  }

  /** The number of states, lookahead bodies included: the "pattern size" of the cost bound. */
  get size(): number {
    return this.dfa.nfa.size + this.shared.looks.reduce((sum, look) => sum + look.nfa.size, 0)
  }

  any(path: string, work: Work = UNCOUNTED): boolean {
    return this.dfa.run(path, 0, true, work) !== -1
  }

  first(path: string, work: Work = UNCOUNTED): number {
    return this.dfa.run(path, 0, false, work)
  }
}

/**
 * Checks that an expression is inside the supported subset and compiles within the limits,
 * without building a matcher: throws RegexSubsetError saying what is not supported.
 */
export function checkExpression(source: string, nocase: boolean): void {
  new Automaton(new Shared(nocase ? 'i' : '')).addPattern(parseExpression(source), 0)
}
