/**
 * Git's C-style path quoting (quote.c), both ways. Git quotes a path in patch headers when it
 * holds a double quote, a backslash, a control character or (with core.quotePath, the default)
 * a byte above 0x7f: `"docs/\303\274.md"`. Escapes are \a \b \t \n \v \f \r \" \\ and three
 * octal digits for any other byte. Paths are UTF-8 bytes.
 */
import { PolicyInputError } from './errors.js'

const LETTER: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' }
const NEEDS_QUOTING = /["\\\u0000-\u001f\u007f-\uffff]/

/** Quote as git does with core.quotePath=true; the path is returned as is when no quoting is needed. */
export function quoteCPath(path: string): string {
  if (!NEEDS_QUOTING.test(path)) return path
  let out = '"'
  for (const byte of Buffer.from(path, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) out += '\\' + String.fromCharCode(byte)
    else if (LETTER[byte] !== undefined) out += '\\' + LETTER[byte]
    else if (byte < 0x20 || byte >= 0x7f) out += '\\' + byte.toString(8).padStart(3, '0')
    else out += String.fromCharCode(byte)
  }
  return out + '"'
}

const UNESCAPE: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 0x22,
  '\\': 0x5c
}

// ignoreBOM: a name may start with U+FEFF, and git keeps it; the decoder must not drop it.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/**
 * Decode a quoted path that starts at `text[start]` (a double quote). Returns the path and the
 * index just past the closing quote. Invalid UTF-8 decodes to U+FFFD, which normalizePath refuses.
 */
export function unquoteCPath(text: string, start = 0): { path: string; end: number } {
  if (text[start] !== '"') throw new PolicyInputError(`expected a quoted path at ${JSON.stringify(text)}`)
  const bytes: number[] = []
  let i = start + 1
  for (;;) {
    if (i >= text.length) throw new PolicyInputError(`unterminated quoted path ${JSON.stringify(text)}`)
    const ch = text[i]
    if (ch === '"') break
    if (ch === '\\') {
      const next = text[i + 1]
      if (next !== undefined && UNESCAPE[next] !== undefined) {
        bytes.push(UNESCAPE[next])
        i += 2
      } else if (/^[0-3][0-7][0-7]$/.test(text.slice(i + 1, i + 4))) {
        bytes.push(parseInt(text.slice(i + 1, i + 4), 8))
        i += 4
      } else {
        throw new PolicyInputError(`unknown escape "\\${next ?? ''}" in quoted path ${JSON.stringify(text)}`)
      }
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd)
    for (const b of Buffer.from(char, 'utf8')) bytes.push(b)
    i += char.length
  }
  return { path: utf8.decode(Uint8Array.from(bytes)), end: i + 1 }
}
