/**
 * How `git apply` finds file names in a patch, ported from git's apply.c (find_name,
 * find_name_gnu, find_name_common, find_name_traditional, diff_timestamp_len, git_header_name,
 * skip_tree_prefix, squash_slash, is_dev_null). Everything works on the patch's bytes, since git
 * does. Where git's C would read past the end of a line (an unterminated quote) or where git
 * versions disagree, the reader refuses with DiffUnreadable instead of guessing.
 */

/** A place in the patch git would read differently, or that the reader does not model. */
export class DiffUnreadable extends Error {
  constructor(
    readonly at: number,
    message: string
  ) {
    super(message)
  }
}

export const NL = 0x0a
const TAB = 0x09
const SPACE = 0x20
const SLASH = 0x2f
const QUOTE = 0x22
const BACKSLASH = 0x5c

/** git's isspace (ctype.c): tab, newline, carriage return and space only. */
export const isSpace = (c: number | undefined): boolean => c === SPACE || c === NL || c === TAB || c === 0x0d
export const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39

/** The byte at i, or 0 past the end (git pads its buffer with NUL bytes). */
export const at = (b: Buffer, i: number): number => (i >= 0 && i < b.length ? b[i] : 0)

export function startsWithAt(b: Buffer, pos: number, text: string): boolean {
  if (pos < 0 || pos + text.length > b.length) return false
  for (let k = 0; k < text.length; k++) if (b[pos + k] !== text.charCodeAt(k)) return false
  return true
}

/** linelen: the bytes of the line at pos, its newline included when there is one. */
export function lineLength(b: Buffer, pos: number): number {
  if (pos >= b.length) return 0
  const nl = b.indexOf(NL, pos)
  return nl === -1 ? b.length - pos : nl - pos + 1
}

export const TERM_SPACE = 1
export const TERM_TAB = 2

function nameTerminate(c: number, terminate: number): boolean {
  if (c === SPACE && !(terminate & TERM_SPACE)) return false
  if (c === TAB && !(terminate & TERM_TAB)) return false
  return true
}

/** squash_slash: runs of "/" become one. */
export function squashSlash(name: Buffer): Buffer {
  const out: number[] = []
  for (let i = 0; i < name.length; i++) {
    out.push(name[i])
    if (name[i] === SLASH) while (name[i + 1] === SLASH) i++
  }
  return Buffer.from(out)
}

export function isDevNull(b: Buffer, pos: number): boolean {
  return startsWithAt(b, pos, '/dev/null') && isSpace(at(b, pos + 9))
}

const ESCAPES: Record<number, number> = {
  0x61: 7,
  0x62: 8,
  0x66: 12,
  0x6e: 10,
  0x72: 13,
  0x74: 9,
  0x76: 11,
  0x5c: 0x5c,
  0x22: 0x22
}

/**
 * unquote_c_style on the quoted name at pos: its bytes and the index past the closing quote, or
 * why git fails to unquote it. A quote git would read on past the end of its line, and a `\000`
 * (git would cut the name there), are refused.
 */
export function unquoteAt(b: Buffer, pos: number): { name: Buffer; end: number } | { fail: string } {
  const out: number[] = []
  let i = pos + 1
  for (;;) {
    const c = at(b, i)
    if (c === QUOTE) return { name: Buffer.from(out), end: i + 1 }
    if (c === NL || i >= b.length) throw new DiffUnreadable(pos, 'a quoted name is not closed on its line')
    if (c === 0) return { fail: 'a quoted name holds a NUL byte' }
    if (c !== BACKSLASH) {
      out.push(c)
      i++
      continue
    }
    const e = at(b, i + 1)
    if (ESCAPES[e] !== undefined) {
      out.push(ESCAPES[e])
      i += 2
    } else if (e >= 0x30 && e <= 0x33 && isOctal(at(b, i + 2)) && isOctal(at(b, i + 3))) {
      const byte = ((e - 0x30) << 6) | ((at(b, i + 2) - 0x30) << 3) | (at(b, i + 3) - 0x30)
      if (byte === 0) throw new DiffUnreadable(pos, 'a quoted name holds "\\000" (git would cut it there)')
      out.push(byte)
      i += 4
    } else return { fail: `a quoted name has the unknown escape "\\${String.fromCharCode(e)}"` }
  }
}

const isOctal = (c: number) => c >= 0x30 && c <= 0x37

/** find_name_gnu: a quoted name with p components stripped. */
function findNameGnu(b: Buffer, pos: number, p: number): Buffer {
  const q = unquoteAt(b, pos)
  if ('fail' in q) throw new DiffUnreadable(pos, q.fail)
  const name = q.name
  let cp = 0
  for (; p > 0; p--) {
    const slash = name.indexOf(SLASH, cp)
    if (slash === -1)
      throw new DiffUnreadable(pos, 'a quoted file name has fewer leading directories than -p strips')
    cp = slash + 1
  }
  return squashSlash(name.subarray(cp))
}

/** find_name_common: end is where a traditional name ends before its date, or null. */
function findNameCommon(
  b: Buffer,
  pos: number,
  def: Buffer | null,
  p: number,
  end: number | null,
  terminate: number
): Buffer | null {
  let start = p === 0 ? pos : -1
  let i = pos
  while (i !== end) {
    if (i >= b.length) throw new DiffUnreadable(pos, 'a file name runs to the end of the patch')
    const c = b[i]
    if (end === null && isSpace(c)) {
      if (c === NL || nameTerminate(c, terminate)) break
    }
    if (c === 0) throw new DiffUnreadable(pos, 'a file name holds a NUL byte')
    i++
    if (c === SLASH && --p === 0) start = i
  }
  const len = i - start
  if (start === -1 || len === 0) return def === null ? null : squashSlash(def)
  // git prefers the shorter name when the other only adds to it ("file.orig", "file~").
  if (def !== null && def.length < len && b.subarray(start, start + def.length).equals(def))
    return squashSlash(def)
  return squashSlash(b.subarray(start, i))
}

export function findName(b: Buffer, pos: number, def: Buffer | null, p: number, terminate: number) {
  if (b[pos] === QUOTE) return findNameGnu(b, pos, p)
  return findNameCommon(b, pos, def, p, null, terminate)
}

export function findNameTraditional(b: Buffer, pos: number, def: Buffer | null, p: number) {
  if (b[pos] === QUOTE) return findNameGnu(b, pos, p)
  let len = lineLength(b, pos)
  if (at(b, pos + len - 1) === NL) len--
  const dateLength = diffTimestampLength(b, pos, len)
  if (!dateLength) return findNameCommon(b, pos, def, p, null, TERM_TAB)
  return findNameCommon(b, pos, def, p, pos + len - dateLength, 0)
}

function saneTzLength(b: Buffer, line: number, len: number): number {
  if (len < 6 || b[line + len - 6] !== SPACE) return 0
  const tz = line + len - 6
  if (b[tz + 1] !== 0x2b && b[tz + 1] !== 0x2d) return 0
  for (let p = tz + 2; p !== line + len; p++) if (!isDigit(b[p])) return 0
  return 6
}

function tzWithColonLength(b: Buffer, line: number, len: number): number {
  if (len < 7 || b[line + len - 3] !== 0x3a) return 0
  const tz = line + len - 7
  if (b[tz] !== SPACE || (b[tz + 1] !== 0x2b && b[tz + 1] !== 0x2d)) return 0
  const ok = isDigit(b[tz + 2]) && isDigit(b[tz + 3]) && b[tz + 4] === 0x3a
  return ok && isDigit(b[tz + 5]) && isDigit(b[tz + 6]) ? 7 : 0
}

function dateLength(b: Buffer, line: number, len: number): number {
  if (len < 8 || b[line + len - 3] !== 0x2d) return 0
  let date = line + len - 8
  const d = (k: number) => isDigit(b[date + k])
  if (!(d(0) && d(1) && b[date + 2] === 0x2d && d(3) && d(4) && b[date + 5] === 0x2d && d(6) && d(7)))
    return 0
  if (date - line >= 2 && isDigit(b[date - 1]) && isDigit(b[date - 2])) date -= 2
  return line + len - date
}

function shortTimeLength(b: Buffer, line: number, len: number): number {
  if (len < 9 || b[line + len - 3] !== 0x3a) return 0
  const t = line + len - 9
  const d = (k: number) => isDigit(b[t + k])
  const ok = b[t] === SPACE && d(1) && d(2) && b[t + 3] === 0x3a && d(4) && d(5) && b[t + 6] === 0x3a
  return ok && d(7) && d(8) ? 9 : 0
}

function fractionalTimeLength(b: Buffer, line: number, len: number): number {
  if (!len || !isDigit(b[line + len - 1])) return 0
  let p = line + len - 1
  while (p > line && isDigit(b[p])) p--
  if (b[p] !== 0x2e) return 0
  const n = shortTimeLength(b, line, p - line)
  return n ? line + len - p + n : 0
}

function trailingSpacesLength(b: Buffer, line: number, len: number): number {
  if (!len || b[line + len - 1] !== SPACE) return 0
  for (let p = line + len; p !== line;) {
    p--
    if (b[p] !== SPACE) return line + len - (p + 1)
  }
  return len
}

/** diff_timestamp_len: a trailing POSIX or GNU date, 2- or 4-digit year, with its separator. */
export function diffTimestampLength(b: Buffer, line: number, len: number): number {
  let end = line + len
  if (len === 0 || !isDigit(b[end - 1])) return 0
  let n = saneTzLength(b, line, end - line) || tzWithColonLength(b, line, end - line)
  end -= n
  n = shortTimeLength(b, line, end - line) || fractionalTimeLength(b, line, end - line)
  end -= n
  n = dateLength(b, line, end - line)
  if (!n) return 0
  end -= n
  if (end === line) return 0
  if (b[end - 1] === TAB) return line + len - (end - 1)
  if (b[end - 1] !== SPACE) return 0
  end -= trailingSpacesLength(b, line, end - line)
  return line + len - end
}

/** skip_tree_prefix over name[from, from + len): the index past p components, or -1. */
export function skipTreePrefix(p: number, name: Buffer, from: number, len: number): number {
  if (!p) return len && name[from] === SLASH ? -1 : from
  let nslash = p
  for (let i = 0; i < len; i++) {
    if (name[from + i] === SLASH && --nslash <= 0) return i === 0 ? -1 : from + i + 1
  }
  return -1
}

/** git_header_name for a quoted first name. */
function quotedHeaderName(b: Buffer, p: number, line: number, end: number): Buffer | null {
  const first = unquoteAt(b, line)
  if ('fail' in first) return null
  const cp = skipTreePrefix(p, first.name, 0, first.name.length)
  if (cp === -1) return null
  const name = first.name.subarray(cp)
  let second = first.end
  while (second < end && isSpace(b[second])) second++
  if (end <= second) return null
  if (b[second] === QUOTE) {
    const sp = unquoteAt(b, second)
    if ('fail' in sp) return null
    const np = skipTreePrefix(p, sp.name, 0, sp.name.length)
    return np !== -1 && sp.name.subarray(np).equals(name) ? name : null
  }
  const np = skipTreePrefix(p, b, second, end - second)
  return np !== -1 && end - np === name.length && b.subarray(np, end).equals(name) ? name : null
}

/** git_header_name when the first name is unquoted and a quoted second one follows. */
function mixedHeaderName(b: Buffer, p: number, name: number, quote: number): Buffer | null {
  const sp = unquoteAt(b, quote)
  if ('fail' in sp) return null
  const np = skipTreePrefix(p, sp.name, 0, sp.name.length)
  if (np === -1) return null
  const len = sp.name.length - np
  const same = b.subarray(name, name + len).equals(sp.name.subarray(np))
  return len < quote - name && same && isSpace(b[name + len]) ? sp.name.subarray(np) : null
}

/**
 * git_header_name: the name a `diff --git` line gives when both halves agree, else null.
 * `newer` picks git 2.46+'s reading (it keeps looking past a space at a directory's end).
 */
export function gitHeaderName(b: Buffer, p: number, start: number, llen: number, newer: boolean) {
  const line = start + 'diff --git '.length
  const end = start + llen
  if (b[line] === QUOTE) return quotedHeaderName(b, p, line, end)
  const name = skipTreePrefix(p, b, line, end - line)
  if (name === -1) return null
  for (let s = name; s < end; s++) if (b[s] === QUOTE) return mixedHeaderName(b, p, name, s)
  const nl = b.indexOf(NL, name)
  if (nl === -1) return null
  const lineLen = nl - name
  for (let len = 0; ; len++) {
    const c = at(b, name + len)
    if (c === NL) return null
    if (c !== TAB && c !== SPACE) continue
    if (at(b, name + len + 1) === 0) return null
    const second = skipTreePrefix(p, b, name + len + 1, lineLen - (len + 1))
    if (second === -1) {
      if (newer) continue
      return null
    }
    if (at(b, second + len) === NL && b.subarray(name, name + len).equals(b.subarray(second, second + len)))
      return b.subarray(name, name + len)
  }
}
