/**
 * Hostile content in a change: the threat rules `hidden-text`, `encoded-payload`,
 * `fetch-and-run` and `new-url-host` on changed lines, and `ci-skip-marker` (with `hidden-text`)
 * on a proposal's title, description and commit messages. Pure functions only: the readers call
 * `ThreatScan` per file and attach its findings to the FileChange, the engine turns them into
 * violations. Nothing here echoes a hostile character: findings name code points and lines.
 */

export type ThreatRule = 'hidden-text' | 'encoded-payload' | 'fetch-and-run'

/** One finding on an added line; `line` is the line number in the new file, when known. */
export type ThreatFinding = { rule: ThreatRule; detail: string; line?: number }

/** A host an added line links to that the file's removed and context lines do not mention. */
export type UrlHostFinding = { host: string; line?: number }

/**
 * At most this many findings per rule are kept for one file (each one blocks), and at most this
 * many new-url-host violations are reported for it (every host is kept: which of them the config
 * allows is only known to the engine).
 */
export const MAX_FINDINGS_PER_RULE = 10
export const MAX_HOSTS_REPORTED = 10

// --- hidden-text -------------------------------------------------------------------------------

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x0085: 'NEXT LINE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER'
}

/**
 * The characters hidden-text looks at: Unicode's Default_Ignorable_Code_Point set (zero-width
 * characters, the joiners, invisible operators, Hangul fillers, soft hyphen, combining grapheme
 * joiner, tag characters, variation selectors, unassigned ignorables: what renders as nothing),
 * the bidirectional controls, interlinear annotation, the line and paragraph separators and NEL
 * (line ends to JavaScript and YAML, but not to a diff), and control characters other than tab
 * and form feed (a carriage return or escape sequence rewrites what a terminal shows); a carriage
 * return is allowed at the end of a line (CRLF).
 */
const HIDDEN =
  /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\u0085\u2028\u2029\uFFF9-\uFFFB\u0000-\u0008\u000B\u000D-\u001F\u007F-\u009F]/gu
const HIDDEN_QUICK = new RegExp(HIDDEN.source, 'u')

/** Scripts that write ZWJ and ZWNJ between their letters (Persian, Indic scripts, …). */
const JOINING_SCRIPT =
  /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Thaana}]/u
const RTL_SCRIPT = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/u
// eslint-disable-next-line no-misleading-character-class -- ranges of single code points, each judged alone
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/u
const EMOJI = /\p{Extended_Pictographic}/u
const VARIATION = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u180B-\u180D\u180F]/u
const EMOJI_BASE = /\p{Emoji}/u
const IDEOGRAPH = /\p{Ideographic}/u
const MONGOLIAN = /\p{scx=Mongolian}/u
/** The three RGI subdivision flags (England, Scotland, Wales): black flag, tag letters, cancel tag. */
const TAG_FLAG =
  /\u{1F3F4}(?:\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F})/gu

export function codePointName(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  if (NAMES[cp]) return `${hex} (${NAMES[cp]})`
  if (cp >= 0xe0000 && cp <= 0xe007f) return `${hex} (a TAG character)`
  if (cp >= 0xfe00 && cp <= 0xfe0f) return `${hex} (a VARIATION SELECTOR)`
  if (cp >= 0xe0100 && cp <= 0xe01ef) return `${hex} (a VARIATION SELECTOR)`
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `${hex} (a control character)`
  return `${hex} (an invisible formatting character)`
}

function codePointBefore(text: string, at: number): string {
  if (at <= 0) return ''
  const low = text.charCodeAt(at - 1)
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at)
  }
  return text[at - 1]
}

function codePointAt(text: string, at: number): string {
  const cp = text.codePointAt(at)
  return cp === undefined ? '' : String.fromCodePoint(cp)
}

/** Whether the hidden character at `at` (of length `len`) is one legitimate text uses there. */
function allowedHidden(text: string, at: number, len: number, cp: number, firstLine: boolean): boolean {
  const before = codePointBefore(text, at)
  const after = codePointAt(text, at + len)
  if (cp === 0xfeff) return firstLine && at === 0
  if (cp === 0x200d && PICTOGRAPHIC.test(before) && EMOJI.test(after)) return true
  if (cp === 0x200c || cp === 0x200d) return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after)
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c)
    return RTL_SCRIPT.test(before) || RTL_SCRIPT.test(after)
  if (cp === 0x0d) return at === text.length - 1
  if (VARIATION.test(String.fromCodePoint(cp))) return variationAllowed(cp, before)
  return false
}

/**
 * One variation selector picks a glyph of the character before it, and only of characters that
 * have variants: emoji (U+FE0E, U+FE0F), ideographs (U+E0100 to U+E01EF), Mongolian letters (its
 * free variation selectors), other non-ASCII characters (U+FE00 to U+FE0D: math symbols, CJK
 * compatibility forms). A run of selectors, or one after a Latin letter, carries data.
 */
function variationAllowed(cp: number, before: string): boolean {
  if (before === '' || VARIATION.test(before)) return false
  if (cp === 0xfe0e || cp === 0xfe0f) return EMOJI_BASE.test(before)
  if (cp >= 0xe0100) return IDEOGRAPH.test(before)
  if (cp >= 0x180b && cp <= 0x180f) return MONGOLIAN.test(before)
  return before.codePointAt(0)! > 0x7f
}

/**
 * The hidden characters of one line (or one title), each named once, in order. `firstLine`: a
 * byte-order mark at the very start is allowed there.
 */
export function findHiddenText(text: string, firstLine = false): string[] {
  // A Set, and at most MAX_HIDDEN_NAMED names: a line of thousands of distinct tag characters
  // costs one pass, and its message stays short.
  const found = new Set<number>()
  if (!HIDDEN_QUICK.test(text)) return []
  const flagged = text.replace(TAG_FLAG, m => ' '.repeat(m.length))
  // Module-level and global: reset here, and never used across a call.
  const re = HIDDEN
  re.lastIndex = 0
  for (let m = re.exec(flagged); m !== null && found.size < MAX_HIDDEN_NAMED; m = re.exec(flagged)) {
    const cp = m[0].codePointAt(0) as number
    if (!allowedHidden(flagged, m.index, m[0].length, cp, firstLine)) found.add(cp)
  }
  return [...found].map(codePointName)
}

/** At most this many distinct hidden characters are named for one line or text. */
export const MAX_HIDDEN_NAMED = 10

// --- ci-skip-marker ----------------------------------------------------------------------------

/**
 * GitHub skips push and pull_request workflows for a commit message holding `[skip ci]`, `[ci
 * skip]`, `[no ci]`, `[skip actions]` or `[actions skip]`, or ending in a `skip-checks: true`
 * trailer (GitHub Docs, "Skipping workflow runs"). Matched more loosely than GitHub does: any
 * case, any spacing, `-`/`_` separators, other CI systems' markers, and the trailer anywhere.
 */
const CI_SKIP =
  /\[\s*(?:(?:skip|no)[\s_-]*(?:ci|actions?|checks?|travis|azurepipelines|azp|appveyor|circle|cirrus|build|workflows?)|(?:ci|actions?|checks?)[\s_-]*skip)\s*\]|\*\*\*\s*NO_CI\s*\*\*\*|(?:^|\n)[ \t]*skip[\s_-]*checks?[ \t]*[:=][ \t]*["']?true\b/i

/** The marker found in a text, as a short ASCII description; undefined when none. */
export function findCiSkipMarker(text: string): string | undefined {
  const m = CI_SKIP.exec(text)
  if (!m) return undefined
  const marker = m[0].trim().replace(/\s+/g, ' ')
  return /^[\x20-\x7e]+$/.test(marker) ? marker : 'a skip marker'
}

export type MetadataText = { what: string; text: string }

/**
 * ci-skip-marker and hidden-text on metadata (a title, a description, commit messages): one
 * message per text and rule. `what` names the text ("the title", "commit abc123's message").
 */
export function metadataThreats(
  texts: MetadataText[]
): Array<{ rule: 'ci-skip-marker' | 'hidden-text'; message: string }> {
  const out: Array<{ rule: 'ci-skip-marker' | 'hidden-text'; message: string }> = []
  for (const { what, text } of texts) {
    const marker = findCiSkipMarker(text)
    if (marker !== undefined)
      out.push({
        rule: 'ci-skip-marker',
        message: `${what} holds ${JSON.stringify(marker)}, which makes GitHub start no push or pull_request workflow for the commit`
      })
    const hidden = findHiddenText(text)
    if (hidden.length > 0)
      out.push({
        rule: 'hidden-text',
        message: `${what} holds ${hidden.join(', ')}, which can make text read differently than it is`
      })
  }
  return out
}

// --- encoded-payload ---------------------------------------------------------------------------

/** Runs of base64 (standard or URL-safe alphabet) at least this long are looked at. */
export const BASE64_MIN_RUN = 64
/** Hex runs longer than a SHA-256 digest (64 digits) are payloads, except SHA-384/512 digests. */
export const HEX_MAX_RUN = 64
const DIGEST_HEX_LENGTHS = new Set([96, 128])
/** Subresource-integrity digests: `sha256-` + 44, `sha384-` + 64, `sha512-` + 88 characters. */
const SRI = /^sha(?:256|384|512)-/
const SRI_LENGTH: Record<string, number> = { 'sha256-': 44, 'sha384-': 64, 'sha512-': 88 }

const RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{64,}={0,2}/g
const ESCAPED_BYTES = /(?:\\x[0-9A-Fa-f]{2}){16,}|(?:\\[0-7]{3}){16,}/
const BYTE_ARRAY = /(?:\b(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*){32,}/
const CHAR_CODES = /fromCharCode\s*\(\s*(?:\d+\s*,\s*){7,}/
/** `(?:a|b|c)` from a list; the lists below keep this file's own lines clear of what they match. */
const alt = (xs: readonly string[]) => `(?:${xs.join('|')})`
const SHELLS = ['sh', 'bash', 'zsh', 'dash', 'ksh', String.raw`python[0-9.]*`, 'node', 'perl', 'ruby']
const DECODERS = [String.raw`base64\s+(?:-d|-D|--decode)`, String.raw`xxd\s+-r`]
const JS_DECODERS = ['atob', String.raw`Buffer\.from`, String.raw`base64\.b64decode`, 'b64decode', 'unescape']
const PS_RUN = String.raw`\b(?:iex|Invoke-Expression)\b`
const PS_DECODE = 'FromBase64String'
const PS_ENCODED = String.raw`powershell(?:\.exe)?\s+(?:-\w+\s+)*-e(?:nc(?:odedcommand)?)?\s+[A-Za-z0-9+/=]{16,}`
const PIPE_INTO_SHELL = String.raw`\|\s*(?:sudo\s+)?(?:[^\s|]*\/)?${alt(SHELLS)}\b`
/** Decoded text that is run: steps in order (see inOrder), each linear. */
const DECODE_AND_RUN: RegExp[][] = [
  [String.raw`\b${alt(DECODERS)}\b`, PIPE_INTO_SHELL],
  [String.raw`\bopenssl\s+(?:base64|enc)\b`, String.raw`-d`, PIPE_INTO_SHELL],
  [String.raw`\b(?:eval|exec|Function)\s*\(\s*${alt([...JS_DECODERS, 'decodeURIComponent'])}\b`],
  [PS_RUN, PS_DECODE],
  [PS_DECODE, PS_RUN],
  [PS_ENCODED]
].map(list => list.map(src => new RegExp(src, 'gi')))

function entropy(run: string): number {
  const counts = new Map<string, number>()
  for (const c of run) counts.set(c, (counts.get(c) ?? 0) + 1)
  let h = 0
  for (const n of counts.values()) h -= (n / run.length) * Math.log2(n / run.length)
  return h
}

const IN_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*$/i

/** All three of upper case, lower case and digits, and the spread of characters of random data. */
function randomLooking(text: string): boolean {
  return /[0-9]/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && entropy(text) >= 4.4
}

/** Why a run of the base64/hex alphabet is a payload; undefined for paths, words and digests. */
function payloadRun(line: string, at: number, run: string): string | undefined {
  const body = run.replace(/=+$/, '')
  if (/^[0-9A-Fa-f]+$/.test(body)) {
    if (body.length <= HEX_MAX_RUN || DIGEST_HEX_LENGTHS.has(body.length)) return undefined
    return `a ${body.length}-digit hex run`
  }
  const sri = SRI.exec(run)
  if (sri && run.length - sri[0].length === SRI_LENGTH[sri[0]]) return undefined
  // Inside a URL, `/` separates path segments: each is judged alone.
  if (IN_URL.test(line.slice(Math.max(0, at - 2048), at))) {
    const long = body.split('/').filter(seg => seg.length >= BASE64_MIN_RUN && randomLooking(seg))
    return long.length > 0 ? `a ${long[0].length}-character base64 run in a URL` : undefined
  }
  // A path: more separators than random base64 holds (one in 64 characters, plus three deviations).
  const separators = (body.match(/[/_-]/g) ?? []).length
  const expected = body.length / 64
  if (separators > expected + 3 * Math.sqrt(expected) + 2) return undefined
  if (!randomLooking(body)) return undefined
  return `a ${run.length}-character base64 run`
}

/** encoded-payload findings of one added line. */
export function findEncodedPayload(line: string): string[] {
  const found: string[] = []
  if (line.length >= BASE64_MIN_RUN) {
    const re = RUN
    re.lastIndex = 0
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const why = payloadRun(line, m.index, m[0])
      if (why !== undefined) {
        found.push(why)
        break
      }
    }
    if (ESCAPED_BYTES.test(line)) found.push('a long run of escaped bytes')
    if (BYTE_ARRAY.test(line) || CHAR_CODES.test(line)) found.push('a long list of byte values')
  }
  if (DECODE_AND_RUN.some(p => inOrder(line, p))) found.push('decoded text that is run')
  return found
}

/** A piece of a split payload: a string of the base64 alphabet, at least this long. */
const PIECE = /[A-Za-z0-9+/_-]{16,}={0,2}/g // PIECE_MIN characters
/** What may join the pieces of one payload: quotes, `+`, commas, spaces, a line continuation. */
const GLUE = /^[\s"'\x60+,\\]*$/
/** Of a long chain, this much is kept to be judged: enough to tell random data from words. */
const CHAIN_KEPT = 4096

/**
 * encoded-payload across pieces: base64 split into strings shorter than BASE64_MIN_RUN, joined
 * by quotes and `+` on one line (`"…" + "…"`) or over consecutive added lines (63-character
 * lines). Pieces only glue separates form one chain, judged as one run; a chain of hex digits is
 * a list of digests, not judged. One pass: every character is in one piece or one gap.
 */
export class PayloadAcrossLines {
  private chain = ''
  private pieces = 0
  private hex = true
  private start: number | undefined
  /** The previous added line ended with a piece and glue: a piece at the start continues it. */
  private open = false

  /** The findings of one added line (at most one: a chain that ended). */
  line(text: string, line?: number): Array<{ what: string; line?: number }> {
    const found: Array<{ what: string; line?: number }> = []
    let at = 0
    PIECE.lastIndex = 0
    for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
      if (!(this.open || (at > 0 && this.pieces > 0)) || !GLUE.test(text.slice(at, m.index))) this.end(found)
      if (this.pieces === 0) this.start = line
      this.add(m[0])
      at = m.index + m[0].length
      this.open = false
    }
    if (this.pieces > 0 && GLUE.test(text.slice(at))) this.open = true
    else this.end(found)
    return found
  }

  private add(piece: string): void {
    if (this.chain.length < CHAIN_KEPT) this.chain += piece.replace(/=+$/, '')
    this.pieces++
    if (!/^[0-9A-Fa-f]+$/.test(piece)) this.hex = false
  }

  /** The chain ends (a line that is not added, or the end of the file). */
  end(found: Array<{ what: string; line?: number }> = []): Array<{ what: string; line?: number }> {
    if (this.pieces >= 2 && !this.hex && this.chain.length >= BASE64_MIN_RUN) {
      const why = payloadRun('', 0, this.chain)
      if (why !== undefined) {
        const what = `a base64 run split into ${this.pieces} pieces (${this.chain.length} characters)`
        found.push(this.start === undefined ? { what } : { what, line: this.start })
      }
    }
    this.chain = ''
    this.pieces = 0
    this.hex = true
    this.open = false
    return found
  }
}

// --- fetch-and-run -----------------------------------------------------------------------------

const FETCHER = String.raw`(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|aria2c|lwp-download|lwp-request|GET|http|https|xh|nc|ncat)`
/** An option such as `-E` or `--preserve-env`, then spaces. */
const OPT = String.raw`-[\w-]*\s+`
/** A directory prefix such as `/usr/bin/` or `C:\Tools\`. */
const DIR = String.raw`(?:[\w.~:/\\-]*[/\\])?`
/** Commands that run the command after them: `sudo -E bash`, `xargs sh`, `timeout 9 sh`. */
const PREFIX = String.raw`(?:(?:sudo|doas|run0|exec|command|builtin|nohup|time|nice|xargs|busybox|stdbuf|timeout|unbuffer|su)\s+(?:(?:-[\w-]*(?:[\s=]+(?![-\d])[\w.@:/-]+)?|\d+\w?)\s+)*)*`
const INTERPRETERS = String.raw`(?:sh|bash|zsh|dash|ksh|mksh|ash|fish|csh|tcsh|python[0-9.]*|py|node|nodejs|deno|bun|perl|ruby|php|lua|pwsh|powershell(?:\.exe)?|iex|invoke-expression|source|\.)`
/** An interpreter at the start of a command, maybe quoted, after prefixes and `env VAR=x`. */
const RUNNER = String.raw`${PREFIX}(?:${DIR}env\s+(?:${OPT})*(?:\w+=[^\s=|;&]*\s+)*)?["']?${DIR}${INTERPRETERS}`
/** An interpreter's name as a word anywhere (after a space or a directory). */
const RUNNER_WORD = String.raw`(?<![\w.-])${INTERPRETERS}(?![\w.-])`
/** A downloader's name as a word. */
const FETCH_WORD = String.raw`(?<![\w.-])${FETCHER}(?![\w-])`
/** A downloader used as a command: options or a URL after it, not a function call. */
const FETCH_COMMAND = new RegExp(String.raw`${FETCH_WORD}\s+(?:-|["']?(?:https?|ftp):\/\/|["']?\$)`, 'i')
/**
 * What runs a program: an interpreter with an argument, a file by its path (`./x`, `/tmp/x`,
 * `$HOME/x`, `.\x.ps1`), or `chmod` making one executable.
 */
const RUN_TARGET = String.raw`(?:${RUNNER}\s+[^\s=(:]|(?:[Ss]tart-[Pp]rocess|[Ii]nvoke-[Ii]tem|msiexec|cmd(?:\.exe)?\s+\/[cCkK])\s+\S|chmod\s+(?:-\w+\s+)*(?:[ugoa]*\+\w*x|[0-7]{3,4}\b)|(?:\.{1,2}|~|\$\{?\w+\}?)?(?:[/\\][\w.-]+)+(?=\s|$|[;&|)]))`

const PS_DOWNLOAD = [
  'downloadstring',
  'downloadfile',
  'iwr',
  'irm',
  'invoke-webrequest',
  'invoke-restmethod',
  String.raw`net\.webclient`
]

/** Calls that download, whose result a later `eval` on the same line runs. */
const EVAL_SOURCES = [
  'fetch',
  'urlopen',
  String.raw`requests\.get`,
  String.raw`httpx\.get`,
  String.raw`https?\.get`,
  String.raw`URI\.open`,
  'DownloadString'
]

/**
 * A pattern: one regular expression, or steps that must match in order on a line, each from the
 * end of the earliest match of the one before. Each step is linear and spans no gap, so a line
 * of thousands of downloaders and no pipe costs one pass, not one pass per downloader.
 */
type Steps = readonly RegExp[]
const steps = (...sources: string[]): Steps => sources.map(src => new RegExp(src, 'gi'))

/** Whether the steps match one after another in `text` (the first from `from`). */
export function inOrder(text: string, pattern: Steps, from = 0): boolean {
  let at = from
  for (const re of pattern) {
    re.lastIndex = at
    const m = re.exec(text)
    if (!m) return false
    at = m.index + m[0].length
  }
  return true
}

const PIPE_INTO_RUNNER = String.raw`(?<!\|)\|(?!\|)\s*(?:${RUNNER}|["']?\$\{?\w+\}?)(?![\w.-])`
const SEPARATOR_THEN_RUN = String.raw`(?:&&?|;|\|\|)\s*${RUN_TARGET}`

/** The patterns whose first step is a downloader: on a continued line it may come before. */
const AFTER_A_DOWNLOAD: Array<{ rest: Steps; what: string }> = [
  { rest: steps(PIPE_INTO_RUNNER), what: 'a download piped into an interpreter' },
  { rest: steps(SEPARATOR_THEN_RUN), what: 'a download that is then run' }
]
const FETCH_STEP = new RegExp(FETCH_WORD, 'gi')

const FETCH_AND_RUN: Array<{ steps: Steps; what: string }> = [
  ...AFTER_A_DOWNLOAD.map(p => ({ steps: [FETCH_STEP, ...p.rest], what: p.what })),
  {
    steps: steps(RUNNER_WORD, String.raw`<\(\s*${FETCHER}(?![\w-])`),
    what: 'a download run through process substitution'
  },
  {
    // An interpreter's `-c`, `-e` or `-Command`, or a here-string (`<<<`), given a download's output.
    steps: steps(
      RUNNER_WORD,
      String.raw`(?:\s-(?:c|e|command)|<<<)\s*(?:["']\s*)?(?:\$\(|\x60)\s*${FETCHER}(?![\w-])`
    ),
    what: 'a download run as a command'
  },
  {
    // `eval` of a download's output, or its command substitution as the command itself (that runs it).
    // (A backtick at a command's start is a Markdown code span far more often: not looked at.)
    steps: steps(
      String.raw`(?:\beval\s*(?:["']\s*)?(?:\$\(|\x60)|(?:^|[;&|({])\s*(?:["']\s*)?\$\()\s*${FETCHER}(?![\w-])`
    ),
    what: 'a download run as a command'
  },
  { steps: steps(PS_RUN, String.raw`\b${alt(PS_DOWNLOAD)}\b`), what: 'a download run by PowerShell' },
  { steps: steps(String.raw`\bdownloadstring\b`, PS_RUN), what: 'a download run by PowerShell' },
  {
    steps: steps(
      String.raw`\b(?:eval|exec|Function|execfile|runpy\.run_path)\s*\(`,
      String.raw`\b(?:urlopen|urlretrieve|urllib|requests\.get|httpx\.get|fetch|http\.get|https\.get|URI\.open|open-uri|Net::HTTP|LWP::Simple|file_get_contents\s*\(\s*["']https?:)`
    ),
    what: 'downloaded code that is evaluated'
  },
  {
    steps: steps(
      String.raw`\b${alt(EVAL_SOURCES)}\s*\(`,
      String.raw`\b(?:eval|exec|Function|execfile|iex|Invoke-Expression)\b`
    ),
    what: 'downloaded code that is evaluated'
  }
]

/** A Markdown table row's cells (unescaped), else the line itself: a `|` there is no pipe. */
function segments(line: string): string[] {
  const t = line.trim()
  if (!(t.startsWith('|') && t.endsWith('|') && t.length > 1)) return [line]
  return t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map(cell => cell.replace(/\\\|/g, '|'))
}

/**
 * fetch-and-run findings of one added line. `downloadBefore`: the line continues one (a trailing
 * `\`) that holds a downloader, so a pipe or a separator then a run on this line follows it.
 */
export function findFetchAndRun(line: string, downloadBefore = false): string[] {
  const found: string[] = []
  const add = (what: string) => {
    if (!found.includes(what)) found.push(what)
  }
  if (downloadBefore) for (const p of AFTER_A_DOWNLOAD) if (inOrder(line, p.rest)) add(p.what)
  if (!FETCH_QUICK.test(line)) return found
  for (const text of segments(line)) for (const p of FETCH_AND_RUN) if (inOrder(text, p.steps)) add(p.what)
  return found
}

/** A line that starts by running a program (after a `$ ` or `> ` prompt, maybe). */
const STARTS_A_RUN = new RegExp(
  String.raw`^\s*(?:[$>#]\s+|PS>\s*)?(?:&\s*)?(?:${RUN_TARGET}|(?:IEX|[Ii]nvoke-[Ee]xpression)\s+\S)`
)
/** A Markdown code fence: the code blocks of a document are separate scripts. */
const FENCE = /^\s*(?:\x60{3}|~{3})/
/** A line that continues on the next one: shell `\`, PowerShell backtick, cmd `^`. */
const CONTINUED = /[\\\x60^]\s*$/

/**
 * fetch-and-run across the consecutive added lines of a hunk: a download on one line run by a
 * later line (`curl -o x URL`, then `sh x`), or a command continued over lines (`curl URL \`,
 * then `| sh`). Two flags, so the work stays one pass.
 */
export class FetchAcrossLines {
  private downloaded = false
  private continuedDownload = false

  line(text: string): string[] {
    const found = findFetchAndRun(text, this.continuedDownload)
    if (this.downloaded && STARTS_A_RUN.test(text) && !found.includes('a download that is then run'))
      found.push('a download that is then run')
    if (FENCE.test(text)) this.downloaded = false
    else if (this.continuedDownload || FETCH_COMMAND.test(text)) this.downloaded = true
    FETCH_STEP.lastIndex = 0
    const hasFetch = this.continuedDownload || FETCH_STEP.test(text)
    this.continuedDownload = hasFetch && CONTINUED.test(text)
    return found
  }

  /** A line that is not added ends the run of added lines. */
  reset(): void {
    this.downloaded = false
    this.continuedDownload = false
  }
}

const FETCH_QUICK = new RegExp(
  alt([
    'curl',
    'wget',
    'fetch',
    'iwr',
    'irm',
    'invoke-',
    'aria2c',
    'lwp-',
    String.raw`\bGET\b`,
    String.raw`\bhttps?\b`,
    String.raw`\bxh\b`,
    String.raw`\bnc(?:at)?\b`,
    'download',
    'urlopen',
    'urlretrieve',
    'urllib',
    String.raw`requests\.get`,
    'httpx',
    String.raw`URI\.open`,
    'open-uri',
    'Net::HTTP',
    'LWP::Simple',
    'file_get_contents'
  ]),
  'i'
)

// --- new-url-host ------------------------------------------------------------------------------

/**
 * Schemes that name a host on a network; `file://` too, whose host is a network share (Windows
 * connects to it, and sends credentials). Others (`memory://`, `data:`) are not looked at: what
 * they name is no host anything connects to.
 */
const NETWORK_SCHEMES =
  'file|https?|wss?|ftps?|sftp|ssh|git|git\\+ssh|git\\+https?|svn|svn\\+ssh|rsync|telnet|ldaps?|smb|nntp|gopher|irc|ircs|mqtts?|redis|rediss|postgres|postgresql|mysql|mongodb|mongodb\\+srv|amqps?|s3|gs|hdfs|webdav|dav|rtsp|rtmp|sips?|xmpp'

/**
 * URL-like text: a network scheme (for the special schemes http, https, ws, wss and ftp any mix
 * of `/` and `\`, as browsers accept), a protocol-relative URL (two slashes or backslashes and a
 * dotted host name)
 * after a quote, `(`, `=` or a space, or a `www.` autolink. What follows is handed to WHATWG URL
 * parsing, which finds the host a browser would use (userinfo, backslashes, percent-encoding,
 * IDNA, IPv4 number forms).
 */
const URL_LIKE = new RegExp(
  [
    String.raw`(?<![\w+.-])(https?|wss?|ftp):[\\/]*([^\s"'<>\x60]*)`,
    String.raw`(?<![\w+.-])(${NETWORK_SCHEMES}):\/\/([^\s"'<>\x60]*)`,
    String.raw`(?<=["'(=\x60]|^)[\\/]{2}((?:[a-z0-9_-]+\.)+[a-z][a-z0-9-]*\.?(?![\w-])[^\s"'<>\x60]*)`,
    // A UNC path after a space: two backslashes, a dotted host name, a backslash and a share.
    String.raw`(?<=\s)\\{2}((?:[a-z0-9_-]+\.)+[a-z][a-z0-9-]*)(?=\\[^\\\s])`,
    String.raw`(?<![\w.@/\\-])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'<>\x60]*)`,
    // scp-like syntax of git and ssh: `git@example.com:owner/repo` (a colon, then a path).
    String.raw`(?<![\w.+@/\\-])([\w.-]+@[a-z0-9_-]+(?:\.[a-z0-9_-]+)+):(?=[\w~./-])`
  ].join('|'),
  'gi'
)

const TRAILING_PUNCTUATION = /[).,;:!?\]}*_~]+$/
const DNS_HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)+[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/
const IPV6 = /^\[[0-9a-f:.]+\]$/

/**
 * The host a URL parser finds, lowercased, without trailing dots; undefined when there is none
 * or it is a single label (`http://x`, a placeholder: no host on the public internet), except
 * localhost.
 */
export function hostOf(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  const host = parsed.hostname.replace(/\.+$/, '').toLowerCase()
  if (host === 'localhost' || IPV6.test(host) || DNS_HOST.test(host)) return host
  // A dotted name no DNS label looks like (`-x.io`, `*.x.io`) may still resolve: kept, to be judged.
  return host.includes('.') ? host : undefined
}

/**
 * The host of URL-like text, without trailing punctuation (`(see https://example.com).`), except the `]`
 * closing an IPv6 literal (`http://[::1]`): at most two parses, whatever the text.
 */
function hostOfText(url: string): string | undefined {
  const stripped = url.replace(TRAILING_PUNCTUATION, '')
  const host = hostOf(stripped)
  if (host !== undefined || url[stripped.length] !== ']') return host
  return hostOf(`${stripped}]`)
}

/** The hosts of the URLs in one line, in order, each once. */
export function findUrlHosts(line: string): string[] {
  if (!URL_QUICK.test(line)) return []
  const hosts = new Set<string>()
  const re = URL_LIKE
  re.lastIndex = 0
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    let url: string
    if (m[1] !== undefined) url = `${m[1].toLowerCase()}://${m[2]}`
    else if (m[3] !== undefined) url = `${m[3].toLowerCase()}://${m[4]}`
    else if (m[5] !== undefined) url = `https://${m[5]}`
    else if (m[6] !== undefined) url = `https://${m[6]}`
    else if (m[7] !== undefined) url = `https://${m[7]}`
    else url = `ssh://${m[8]}`
    const host = hostOfText(url)
    if (host !== undefined) hosts.add(host)
  }
  return [...hosts]
}

const URL_QUICK = /:[\\/]|:\/\/|[\\/]{2}|www\.|@[\w.-]+:/i

/** A host pattern: `github.com` (that host) or `*.github.com` (any host under it, not itself). */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/\.+$/, '')
  if (p.startsWith('*.')) return host.endsWith(p.slice(1)) && host.length > p.length - 1
  return host === p
}

// --- the git reader's hint ---------------------------------------------------------------------

/**
 * Lines of patch text read as latin1 (how the git reader reads a patch) that may trip a content
 * rule; any other line trips none, so only these are decoded and scanned. Cheap passes rather
 * than one regular expression of every hint (four times slower):
 * - any line: a lead byte of a hidden character's UTF-8 form, a control character, or the start
 *   of a URL;
 * - added lines: the words of fetch-and-run and of decoded payloads, and escaped or listed bytes;
 *   a line that starts running a program, or continues a line ending in `\`, backtick or `^`
 *   (fetch-and-run across lines);
 * - a run of the base64 alphabet as long as a piece of a split payload, found by a loop.
 * A test holds every hostile example of the threat tests to it.
 */
export function hintedLineStarts(text: string): number[] {
  const starts: number[] = []
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1
  for (const re of [ANY_LINE_HINT, ADDED_LINE_WORDS, CONTINUING_LINE, RUN_LINE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const at = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index
      starts.push(lineStart(at))
      const eol = text.indexOf('\n', at)
      re.lastIndex = eol === -1 ? text.length : eol
    }
  }
  for (const at of lineStartsWithPiece(text)) starts.push(at)
  starts.sort((a, b) => a - b)
  return starts.filter((v, i) => i === 0 || starts[i - 1] !== v)
}

/** The lead bytes of the hidden characters' UTF-8 forms, and what starts a URL. */
const ANY_LINE_HINT =
  /[\x00-\x08\x0B\x0E-\x1F\x7F\xC2\xCD\xD8\xE1-\xE3\xEF\xF0\xF3]|\r(?!\n)|:[\\/]|[\\/]{2}[A-Za-z0-9_-]+\.[A-Za-z]|[wW]{3}\.|@[A-Za-z0-9_.-]+:[A-Za-z0-9_~./-]/g

const ADDED_LINE_WORDS = new RegExp(
  String.raw`(?:^|\n)\+[^\n]*?` +
    alt([
      FETCH_QUICK.source,
      String.raw`\\x[0-9A-Fa-f]{2}\\x`,
      String.raw`\\[0-7]{3}\\[0-7]`,
      String.raw`(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,`,
      'fromCharCode',
      'base64',
      'xxd',
      'openssl',
      'atob',
      String.raw`Buffer\.from`,
      'b64decode',
      'unescape',
      'decodeURIComponent',
      'powershell'
    ]),
  'gi'
)

/** Lines that carry fetch-and-run and encoded-payload across lines (FetchAcrossLines, PayloadAcrossLines). */
const CONTINUING_LINE = /(?<=\n\+[^\n]*[\\\x60^][ \t]*\n)\+/g
const RUN_LINE = new RegExp(String.raw`(?:^|\n)\+${STARTS_A_RUN.source.slice(1)}`, 'g')
const PIECE_MIN = 16

/** The base64 alphabet (standard and URL-safe), by character code below 128. */
const IN_PIECE = new Uint8Array(128)
for (let code = 0; code < 128; code++)
  IN_PIECE[code] = /[A-Za-z0-9+/_-]/.test(String.fromCharCode(code)) ? 1 : 0

/**
 * The starts of the lines holding a run of at least PIECE_MIN characters of the base64 alphabet
 * (what `/[A-Za-z0-9+/_-]{16}/` finds, line by line), by a skipping search: it looks at the last
 * character of a window of PIECE_MIN first and reads backwards, so a character outside the
 * alphabet skips the window up to it at once, where a regular expression tries every position.
 * Each character is read at most twice: linear in the text.
 */
export function lineStartsWithPiece(text: string): number[] {
  const starts: number[] = []
  const inPiece = (at: number) => {
    const code = text.charCodeAt(at)
    return code < 128 && IN_PIECE[code] === 1
  }
  let end = PIECE_MIN - 1
  while (end < text.length) {
    let at = end
    while (at > end - PIECE_MIN && inPiece(at)) at--
    if (at > end - PIECE_MIN) {
      // text[at] is outside the alphabet: the next window starts after it.
      end = at + PIECE_MIN
      continue
    }
    starts.push(text.lastIndexOf('\n', end) + 1)
    // One start per line: the search goes on after the line's end (a newline is no piece).
    const eol = text.indexOf('\n', end)
    if (eol === -1) break
    end = eol + PIECE_MIN
  }
  return starts
}

/** A line of patch text read as latin1, as the UTF-8 text it is. */
export function decodeLatin1Line(text: string): string {
  return Buffer.from(text, 'latin1').toString('utf8')
}

// --- one file ----------------------------------------------------------------------------------

/** The findings of one file, as the readers attach them to its FileChange. */
export type FileThreats = { threats?: ThreatFinding[]; urlHosts?: UrlHostFinding[] }

/**
 * The threat scan of one file: added lines are scanned for every content rule; removed and
 * context lines only give the hosts the file already mentions.
 */
export class ThreatScan {
  private readonly threats: ThreatFinding[] = []
  private readonly perRule = new Map<ThreatRule, number>()
  private readonly added = new Map<string, number | undefined>()
  private readonly known = new Set<string>()
  private readonly fetch = new FetchAcrossLines()
  private readonly payload = new PayloadAcrossLines()

  /** One added line; `line` is its number in the new file, when known. */
  addedLine(text: string, line?: number): void {
    for (const name of findHiddenText(text, line === 1)) this.add('hidden-text', name, line)
    for (const what of findEncodedPayload(text)) this.add('encoded-payload', what, line)
    for (const what of this.fetch.line(text)) this.add('fetch-and-run', what, line)
    for (const f of this.payload.line(text, line)) this.add('encoded-payload', f.what, f.line)
    for (const host of findUrlHosts(text)) if (!this.added.has(host)) this.added.set(host, line)
  }

  /** One removed or context line: its hosts are not new to the file. */
  knownLine(text: string): void {
    this.fetch.reset()
    this.endPayload()
    for (const host of findUrlHosts(text)) this.known.add(host)
  }

  private add(rule: ThreatRule, detail: string, line?: number): void {
    const n = this.perRule.get(rule) ?? 0
    if (n >= MAX_FINDINGS_PER_RULE) return
    this.perRule.set(rule, n + 1)
    this.threats.push(line === undefined ? { rule, detail } : { rule, detail, line })
  }

  private endPayload(): void {
    for (const f of this.payload.end()) this.add('encoded-payload', f.what, f.line)
  }

  result(): FileThreats {
    this.endPayload()
    const urlHosts: UrlHostFinding[] = []
    for (const [host, line] of this.added)
      if (!this.known.has(host)) urlHosts.push(line === undefined ? { host } : { host, line })
    return {
      ...(this.threats.length > 0 ? { threats: this.threats } : {}),
      ...(urlHosts.length > 0 ? { urlHosts } : {})
    }
  }
}

/** A hunk as the text and API readers hold it: its new start and its lines with their marks. */
export type ScannedHunk = { newStart: number; lines: readonly string[] }

/** The findings of a file's hunks (lines start with ' ', '+', '-' or '\'). */
export function scanHunks(hunks: readonly ScannedHunk[]): FileThreats {
  const scan = new ThreatScan()
  for (const hunk of hunks) {
    let line = hunk.newStart
    for (const l of hunk.lines) {
      const mark = l[0]
      if (mark === '+') scan.addedLine(l.slice(1), line++)
      else if (mark === '-') scan.knownLine(l.slice(1))
      else if (mark === ' ' || l === '') {
        scan.knownLine(l.slice(1))
        line++
      }
    }
  }
  return scan.result()
}

/** The hunks of a GitHub patch (the `patch` of GET /pulls/{n}/files: hunks only, no headers). */
export function hunksOfPatch(patch: string): ScannedHunk[] {
  const hunks: Array<{ newStart: number; lines: string[] }> = []
  for (const l of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l)
    if (m) hunks.push({ newStart: Number(m[1]), lines: [] })
    else if (hunks.length > 0) hunks[hunks.length - 1].lines.push(l)
    else if (l.startsWith('+')) hunks.push({ newStart: 1, lines: [l] })
  }
  return hunks
}

/** The findings of a whole new text against the whole old one (no patch to read lines from). */
export function scanWholeText(after: string, before: string | undefined): FileThreats {
  const scan = new ThreatScan()
  if (before !== undefined) for (const l of before.split('\n')) scan.knownLine(l)
  after.split('\n').forEach((l, i) => scan.addedLine(l, i + 1))
  return scan.result()
}

// --- the engine's side -------------------------------------------------------------------------

/** A path JSON-quoted, its hidden characters escaped (`\u200b`) so that a message shows them. */
export function quotePath(path: string): string {
  return JSON.stringify(path).replace(HIDDEN, c => {
    const cp = c.codePointAt(0) as number
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`
  })
}

export type ThreatViolation = { rule: ThreatRule | 'new-url-host'; message: string }

const CONSEQUENCE: Record<ThreatRule, string> = {
  'hidden-text': 'hidden text can make code read differently than it runs',
  'encoded-payload': 'encoded data cannot be reviewed',
  'fetch-and-run': 'it runs code fetched from the network, unreviewed'
}

/**
 * The violations of one file's findings: one per finding, and one per new host that no pattern
 * of `allowedUrlHosts` matches. Paths and hosts are quoted (JSON); details are ASCII by design.
 */
export function fileThreatViolations(
  file: { path: string; previousPath?: string } & FileThreats,
  allowedUrlHosts: readonly string[]
): ThreatViolation[] {
  const out: ThreatViolation[] = []
  const path = quotePath(file.path)
  const where = (line?: number) => `an added line of ${path}${line === undefined ? '' : ` (line ${line})`}`
  // A path is text a reviewer reads too: `docs/READ\u200bME.md` is not the file it looks like.
  for (const p of new Set([file.path, file.previousPath ?? file.path])) {
    const hidden = findHiddenText(p)
    if (hidden.length > 0)
      out.push({
        rule: 'hidden-text',
        message: `the path ${quotePath(p)} holds ${hidden.join(', ')}, which can make it read as another path`
      })
  }
  for (const t of file.threats ?? [])
    out.push({ rule: t.rule, message: `${where(t.line)} holds ${t.detail}; ${CONSEQUENCE[t.rule]}` })
  let hosts = 0
  for (const h of file.urlHosts ?? []) {
    if (allowedUrlHosts.some(p => hostMatches(h.host, p))) continue
    if (++hosts > MAX_HOSTS_REPORTED) continue
    out.push({
      rule: 'new-url-host',
      message: `${where(h.line)} links to ${JSON.stringify(h.host)}, a host the file did not name before and not in safetyRails.allowedUrlHosts`
    })
  }
  if (hosts > MAX_HOSTS_REPORTED)
    out.push({
      rule: 'new-url-host',
      message: `${path} links to ${hosts - MAX_HOSTS_REPORTED} more new hosts not in safetyRails.allowedUrlHosts`
    })
  return out
}
