/**
 * Path normalization, before any matching: a path that cannot be normalized is refused
 * (the `invalid-path` rule), and matching happens on the normalized form, in Unicode NFC.
 * Kept apart from the matchers so that readers can use it without loading picomatch.
 */

export type NormalizedPath = { ok: true; path: string } | { ok: false; reason: string }

/** Control characters (C0, DEL, C1) and the bidirectional overrides and isolates. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/

/**
 * Anything normalizePath might refuse: a forbidden character or backslash, an absolute path, an
 * empty, "." or ".." segment, a ".git" segment. A match only sends the path down the careful way.
 */
const SUSPICIOUS =
  /[\u0000-\u001f\u007f-\u009f\u200c-\u200f\u202a-\u202e\u2066-\u206f\ufeff\ufffd\\]|^\/|^[A-Za-z]:\/|(?:^|\/)\.{0,2}(?:\/|$)|(?:^|\/)\.git(?:[/.: ]|$)|(?:^|\/)git~\d/i

/** Code points that HFS+ ignores in names, so ".g\u200cit" is ".git" on a Mac checkout. */
const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g

/**
 * A segment that some checkout would treat as the `.git` directory, as git's own protectNTFS and
 * protectHFS checks do: any case, trailing dots or spaces (NTFS drops them), an NTFS stream
 * suffix (".git::$INDEX_ALLOCATION"), the 8.3 short name "git~1", or ignorable code points.
 */
export function isGitDirectoryAlias(segment: string): boolean {
  const name = segment.replace(HFS_IGNORABLE, '').toLowerCase()
  const base = name.split(':')[0].replace(/[. ]+$/, '')
  return base === '.git' || /^git~\d+$/.test(base)
}
const NON_ASCII = /[^\u0000-\u007f]/

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0
  if (code === 0) return 'a NUL byte'
  if (code === 0xfffd) return 'U+FFFD (bytes that are not valid UTF-8)'
  if (code >= 0x202a) return `the bidirectional control U+${code.toString(16).toUpperCase()}`
  return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Normalize a repository path, or say why it is invalid: absolute, a `.` or `..` segment, an
 * empty segment, a backslash, a NUL or a control character, or a `.git` segment (git itself
 * refuses those). `stripDotSlash` removes one leading `./` (proposals files only).
 */
export function normalizePath(raw: string, stripDotSlash = false): NormalizedPath {
  if (typeof raw !== 'string') return { ok: false, reason: 'the path is not a string' }
  const quick = normalizedQuickly(raw, stripDotSlash)
  if (quick !== undefined) return { ok: true, path: quick }
  const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw
  if (path === '') return { ok: false, reason: 'the path is empty' }
  const bad = FORBIDDEN.exec(path)
  if (bad) return { ok: false, reason: `the path contains ${describeChar(bad[0])}` }
  if (path.includes('\\')) return { ok: false, reason: 'the path contains a backslash' }
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return { ok: false, reason: 'the path is absolute' }
  for (const segment of path.split('/')) {
    if (segment === '') return { ok: false, reason: 'the path has an empty segment' }
    if (segment === '.' || segment === '..')
      return { ok: false, reason: `the path has a "${segment}" segment` }
    if (segment.toLowerCase() === '.git') return { ok: false, reason: 'the path has a ".git" segment' }
    if (isGitDirectoryAlias(segment)) {
      return {
        ok: false,
        reason: `the path has the segment ${JSON.stringify(segment)}, which some checkouts read as ".git"`
      }
    }
  }
  return { ok: true, path: path.normalize('NFC') }
}

/**
 * The normalized path when nothing in it could be refused, else undefined (then normalizePath
 * says why, or finds it valid after all). The engine's fast path: one test, no allocation.
 */
export function normalizedQuickly(raw: string, stripDotSlash = false): string | undefined {
  const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw
  if (SUSPICIOUS.test(path)) return undefined
  return NON_ASCII.test(path) ? path.normalize('NFC') : path
}
