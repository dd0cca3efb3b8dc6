/**
 * The text reader of unified diffs (`--diff FILE` and a proposal's `patch`): a port of the
 * parser of git's apply.c (find_header, parse_git_diff_header and its gitdiff_* table,
 * parse_traditional_patch, parse_fragment, parse_binary), run on the patch's bytes, so that it
 * reads the same files, names, modes and kinds that `git apply` would act on. The names are in
 * diff-names.ts.
 *
 * Where git's reading is not fully modelled, depends on the repository, differs between git
 * versions, or would make git drop part of the patch, the reader refuses (DiffUnreadable): the
 * proposal is then blocked by `patch-unreadable`. It refuses, among others: a file in several
 * sections, an old and a new name that differ without a rename or copy, a section with nothing
 * git would apply, a corrupt binary patch, an unterminated quoted name, a mode that is not six
 * octal digits, a name that is not UTF-8 and a patch with no file sections.
 */
import { inflateSync } from 'node:zlib'
import {
  at,
  DiffUnreadable,
  findName,
  findNameTraditional,
  gitHeaderName,
  isDevNull,
  isDigit,
  lineLength,
  NL,
  startsWithAt,
  TERM_TAB
} from './diff-names.js'
import { PolicyInputError } from './errors.js'
import { findSecrets } from './secrets.js'
import { scanHunks } from './threats.js'
import type { FileChange, FileStatus } from './types.js'

export { DiffUnreadable } from './diff-names.js'

export type Hunk = { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: string[] }

/** What git's parser holds for one section (struct patch), for tests and diagnostics. */
export type GitSection = {
  oldName?: string
  newName?: string
  /** 1 yes, 0 no, -1 not said (a traditional patch: git decides when it applies). */
  isNew: number
  isDelete: number
  isRename: boolean
  isCopy: boolean
  oldMode?: string
  newMode?: string
  score: number
  binary: boolean
  added: number
  deleted: number
}

export type PatchFile = FileChange & { hunks: Hunk[]; git: GitSection }

/** The parse of one section, names still bytes. */
type Section = {
  start: number
  oldName: Buffer | null
  newName: Buffer | null
  defName: Buffer | null
  isNew: number
  isDelete: number
  isRename: boolean
  isCopy: boolean
  oldMode?: string
  newMode?: string
  score: number
  binary: boolean
  added: number
  deleted: number
  hunks: Hunk[]
}

type State = { b: Buffer; pValue: number; pKnown: boolean }

const fail = (pos: number, message: string): never => {
  throw new DiffUnreadable(pos, message)
}

function newSection(start: number): Section {
  return {
    start,
    oldName: null,
    newName: null,
    defName: null,
    isNew: -1,
    isDelete: -1,
    isRename: false,
    isCopy: false,
    score: 0,
    binary: false,
    added: 0,
    deleted: 0,
    hunks: []
  }
}

/** The rest of a header line after its keyword, without the line end, for messages. */
function shown(b: Buffer, pos: number): string {
  const len = lineLength(b, pos)
  return JSON.stringify(b.toString('utf8', pos, pos + Math.min(len, 80)).replace(/\r?\n$/, ''))
}

/** parse_mode_line, stricter: six octal digits and the line end, as git writes modes; not 0. */
function parseMode(b: Buffer, pos: number, what: string): string {
  const len = lineLength(b, pos)
  const text = b.toString('latin1', pos, pos + len)
  const m = /^([0-7]{6})\r?\n$/.exec(text)
  if (!m) fail(pos, `${what} ${shown(b, pos)} is not six octal digits such as 100644`)
  const mode = (m as RegExpExecArray)[1]
  // git reads 0 as "no mode given" and takes the file's; the reader cannot know it.
  if (mode === '000000') fail(pos, `${what} 000000 is no mode (git would use the file's own)`)
  return mode
}

/** gitdiff_verify_name: the name of a `---` or `+++` line inside a `diff --git` header. */
function verifyName(st: State, pos: number, isNull: boolean, current: Buffer | null, side: string) {
  if (!current && !isNull) return findName(st.b, pos, null, st.pValue, TERM_TAB)
  if (current) {
    if (isNull) fail(pos, `the ${side} name should be /dev/null`)
    const another = findName(st.b, pos, null, st.pValue, TERM_TAB)
    if (!another || !another.equals(current)) fail(pos, `inconsistent ${side} file name`)
  } else if (!isDevNull(st.b, pos)) fail(pos, `the ${side} name should be /dev/null`)
  return current
}

const HEX_MAX = 40
const HEX_MAX_ANY_REPO = 64

/** gitdiff_index: "index OLD..NEW [MODE]"; git ignores a line it cannot read. */
function indexLine(st: State, pos: number, patch: Section): void {
  const b = st.b
  const end = pos + lineLength(b, pos) - 1
  // strchr(line, '.'): it stops at a NUL; only the first HEX_MAX_ANY_REPO + 1 bytes can matter.
  const window = b.subarray(pos, Math.max(end, pos + HEX_MAX_ANY_REPO + 1))
  const dotAt = window.indexOf(0x2e)
  const nul = window.indexOf(0)
  const dot = dotAt === -1 || (nul !== -1 && nul < dotAt) ? -1 : pos + dotAt
  // git searches on past the line's end; only a ".." on the line itself is modelled.
  if (dot === -1 || dot > end) {
    if (dot !== -1 && at(b, dot + 1) === 0x2e && dot - pos <= HEX_MAX_ANY_REPO)
      fail(pos, 'an "index" line without ".." (git would read the next line)')
    return
  }
  const hexLength = (len: number) => {
    if (len > HEX_MAX && len <= HEX_MAX_ANY_REPO)
      fail(pos, 'an "index" line with an object id git reads differently by hash algorithm')
    return len <= HEX_MAX
  }
  if (at(b, dot + 1) !== 0x2e || !hexLength(dot - pos)) return
  const second = dot + 2
  const spaceAt = b.subarray(second, end).indexOf(0x20)
  const space = spaceAt === -1 ? end : second + spaceAt
  if (!hexLength(space - second)) return
  if (b[space] === 0x20) patch.oldMode = parseMode(b, space + 1, 'the mode of the "index" line')
}

function score(b: Buffer, pos: number, patch: Section): void {
  const m = /^(\d{1,15})%?\r?\n$/.exec(b.toString('latin1', pos, pos + lineLength(b, pos)))
  if (!m) fail(pos, `a similarity index ${shown(b, pos)} that is not a percentage`)
  const value = Number((m as RegExpExecArray)[1])
  if (value <= 100) patch.score = value
}

type HeaderFn = (st: State, pos: number, patch: Section) => boolean

const renameName = (st: State, pos: number) => findName(st.b, pos, null, st.pValue ? st.pValue - 1 : 0, 0)

/** The gitdiff_* table, in git's order; true ends the header. */
const HEADER_TABLE: Array<[string, HeaderFn]> = [
  ['@@ -', () => true],
  ['--- ', (st, pos, p) => ((p.oldName = verifyName(st, pos, p.isNew > 0, p.oldName, 'old')), false)],
  ['+++ ', (st, pos, p) => ((p.newName = verifyName(st, pos, p.isDelete > 0, p.newName, 'new')), false)],
  ['old mode ', (st, pos, p) => ((p.oldMode = parseMode(st.b, pos, 'old mode')), false)],
  ['new mode ', (st, pos, p) => ((p.newMode = parseMode(st.b, pos, 'new mode')), false)],
  [
    'deleted file mode ',
    (st, pos, p) => {
      p.isDelete = 1
      p.oldName = p.defName
      p.oldMode = parseMode(st.b, pos, 'deleted file mode')
      return false
    }
  ],
  [
    'new file mode ',
    (st, pos, p) => {
      p.isNew = 1
      p.newName = p.defName
      p.newMode = parseMode(st.b, pos, 'new file mode')
      return false
    }
  ],
  ['copy from ', (st, pos, p) => ((p.isCopy = true), (p.oldName = renameName(st, pos)), false)],
  ['copy to ', (st, pos, p) => ((p.isCopy = true), (p.newName = renameName(st, pos)), false)],
  ['rename old ', (st, pos, p) => ((p.isRename = true), (p.oldName = renameName(st, pos)), false)],
  ['rename new ', (st, pos, p) => ((p.isRename = true), (p.newName = renameName(st, pos)), false)],
  ['rename from ', (st, pos, p) => ((p.isRename = true), (p.oldName = renameName(st, pos)), false)],
  ['rename to ', (st, pos, p) => ((p.isRename = true), (p.newName = renameName(st, pos)), false)],
  ['similarity index ', (st, pos, p) => (score(st.b, pos, p), false)],
  ['dissimilarity index ', (st, pos, p) => (score(st.b, pos, p), false)],
  ['index ', (st, pos, p) => (indexLine(st, pos, p), false)],
  ['', () => true]
]

function checkNoNul(b: Buffer, pos: number, len: number): void {
  if (b.subarray(pos, pos + len).includes(0)) fail(pos, 'a header line holds a NUL byte')
}

/** parse_git_diff_header: the header's length in bytes (the `diff --git` line included). */
function parseGitDiffHeader(st: State, pos: number, len: number, patch: Section): number {
  const b = st.b
  checkNoNul(b, pos, len)
  patch.isNew = 0
  patch.isDelete = 0
  const older = gitHeaderName(b, st.pValue, pos, len, false)
  const newer = gitHeaderName(b, st.pValue, pos, len, true)
  if ((older === null) !== (newer === null) || (older && newer && !older.equals(newer)))
    fail(pos, 'git versions read the names of this "diff --git" line differently')
  patch.defName = older
  let offset = len
  for (let line = pos + len; line < b.length; line += len, offset += len) {
    len = lineLength(b, line)
    if (!len || b[line + len - 1] !== NL) break
    const [key, fn] = HEADER_TABLE.find(([k]) => len >= k.length && startsWithAt(b, line, k)) as [
      string,
      HeaderFn
    ]
    if (key !== '' && key !== '@@ -') checkNoNul(b, line, len)
    const done = fn(st, line + key.length, patch)
    const extensions =
      Number(patch.isDelete === 1) + Number(patch.isNew === 1) + Number(patch.isRename) + Number(patch.isCopy)
    if (extensions > 1) fail(line, 'inconsistent header lines (git refuses them)')
    if (done) break
  }
  if (!patch.oldName && !patch.newName) {
    if (!patch.defName) fail(pos, 'the "diff --git" header lacks file name information')
    patch.oldName = patch.defName
    patch.newName = patch.defName
  }
  if ((!patch.newName && !patch.isDelete) || (!patch.oldName && !patch.isNew))
    fail(pos, 'the "diff --git" header lacks file name information')
  return offset
}

/** guess_p_value: 0 for a name without a slash, -1 when it cannot tell. */
function guessP(b: Buffer, pos: number): number {
  if (isDevNull(b, pos)) return -1
  const name = findNameTraditional(b, pos, null, 0)
  if (!name) return -1
  return name.includes(0x2f) ? -1 : 0
}

/** has_epoch_timestamp: GNU diff's creation/deletion marker, a 1970 epoch after the last tab. */
function hasEpochTimestamp(b: Buffer, pos: number): boolean {
  const line = b.toString('latin1', pos, pos + lineLength(b, pos))
  const tab = line.lastIndexOf('\t')
  if (tab === -1) return false
  const stamp = line.slice(tab + 1)
  const epochHour = stamp.startsWith('1969-12-31 ') ? 24 : stamp.startsWith('1970-01-01 ') ? 0 : -1
  if (epochHour === -1) return false
  const m = /^([0-2][0-9]):([0-5][0-9]):00(\.0+)? ([-+])([0-2][0-9]):?([0-5][0-9])\n/.exec(stamp.slice(11))
  if (!m) return false
  let zone = Number(m[5]) * 60 + Number(m[6])
  if (m[4] === '-') zone = -zone
  return Number(m[1]) * 60 + Number(m[2]) - zone === epochHour * 60
}

/** parse_traditional_patch: a `---`/`+++` pair with no `diff --git` line. */
function parseTraditional(st: State, first: number, second: number, patch: Section): void {
  const b = st.b
  checkNoNul(b, first, lineLength(b, first))
  checkNoNul(b, second, lineLength(b, second))
  first += 4
  second += 4
  if (!st.pKnown) {
    let p = guessP(b, first)
    const q = guessP(b, second)
    if (p < 0) p = q
    if (p >= 0 && p === q) {
      st.pValue = p
      st.pKnown = true
    }
  }
  let name: Buffer | null
  if (isDevNull(b, first)) {
    patch.isNew = 1
    patch.isDelete = 0
    name = patch.newName = findNameTraditional(b, second, null, st.pValue)
  } else if (isDevNull(b, second)) {
    patch.isNew = 0
    patch.isDelete = 1
    name = patch.oldName = findNameTraditional(b, first, null, st.pValue)
  } else {
    const firstName = findNameTraditional(b, first, null, st.pValue)
    name = findNameTraditional(b, second, firstName, st.pValue)
    if (hasEpochTimestamp(b, first)) {
      patch.isNew = 1
      patch.isDelete = 0
      patch.newName = name
    } else if (hasEpochTimestamp(b, second)) {
      patch.isNew = 0
      patch.isDelete = 1
      patch.oldName = name
    } else {
      patch.oldName = name
      patch.newName = name
    }
  }
  if (!name) fail(first - 4, 'cannot find a file name in this "---"/"+++" pair')
}

/** parse_num: digits, or undefined. */
function parseNumber(b: Buffer, pos: number): { value: number; length: number } | undefined {
  let i = pos
  while (isDigit(at(b, i))) i++
  if (i === pos) return undefined
  if (i - pos > 15) fail(pos, 'a line count in a hunk header is too large')
  return { value: Number(b.toString('latin1', pos, i)), length: i - pos }
}

/** parse_range: "N[,M]" then `expect`; the offset after it, or -1. */
function parseRange(b: Buffer, line: number, len: number, offset: number, expect: string, out: number[]) {
  if (offset < 0 || offset >= len) return -1
  const first = parseNumber(b, line + offset)
  if (!first) return -1
  offset += first.length
  out.push(first.value)
  let count = 1
  if (at(b, line + offset) === 0x2c) {
    const second = parseNumber(b, line + offset + 1)
    if (!second) return -1
    count = second.value
    offset += second.length + 1
  }
  out.push(count)
  if (expect.length > len - offset || !startsWithAt(b, line + offset, expect)) return -1
  return offset + expect.length
}

/** parse_fragment_header: [oldStart, oldLines, newStart, newLines], or undefined. */
export function fragmentHeader(b: Buffer, line: number, len: number): number[] | undefined {
  if (!len || b[line + len - 1] !== NL) return undefined
  const out: number[] = []
  const offset = parseRange(b, line, len, 4, ' +', out)
  return parseRange(b, line, len, offset, ' @@', out) < 0 ? undefined : out
}

/**
 * A `\ No newline at end of file` line after the line at pos, when there is one: its length.
 * git 2.39 and later versions read these lines differently; only the form both accept is read.
 */
function noNewlineMarker(b: Buffer, pos: number): number {
  if (at(b, pos) !== 0x5c) return 0
  const len = lineLength(b, pos)
  if (!startsWithAt(b, pos, '\\ ') || len < 12 || b.length - pos <= 12)
    fail(pos, 'a line starting with "\\" that is not a "\\ No newline at end of file" marker')
  return len
}

const KINDS: Record<number, string> = { 0x20: ' ', 0x2b: '+', 0x2d: '-', 0x0a: ' ' }

/** parse_fragment: one hunk at pos; its length in bytes. */
function parseFragment(st: State, pos: number, patch: Section): number {
  const b = st.b
  const headerLength = lineLength(b, pos)
  const header = fragmentHeader(b, pos, headerLength)
  if (!header) return fail(pos, `corrupt hunk header ${shown(b, pos)}`)
  const [oldStart, oldCount, newStart, newCount] = header
  const hunk: Hunk = { oldStart, oldLines: oldCount, newStart, newLines: newCount, lines: [] }
  let oldLines = oldCount
  let newLines = newCount
  let added = 0
  let deleted = 0
  let line = pos + headerLength
  while (line < b.length && (oldLines > 0 || newLines > 0)) {
    const len = lineLength(b, line)
    const kind = KINDS[b[line]]
    if (b[line + len - 1] !== NL || kind === undefined)
      fail(line, `corrupt patch: unexpected line in a hunk ${shown(b, line)}`)
    if (kind === ' ') {
      oldLines--
      newLines--
    } else if (kind === '-') {
      oldLines--
      deleted++
    } else {
      newLines--
      added++
    }
    if (oldLines < 0 || newLines < 0)
      fail(line, 'corrupt patch: a hunk has more lines than its header counts')
    hunk.lines.push(kind + b.toString('utf8', line + 1, line + len - 1))
    line += len
    const marker = noNewlineMarker(b, line)
    if (marker) {
      hunk.lines.push(b.toString('utf8', line, line + marker - 1))
      line += marker
    }
  }
  if (oldLines || newLines) fail(line, 'corrupt patch: the patch ends inside a hunk')
  if (!added && !deleted) fail(pos, 'corrupt patch: a hunk that neither adds nor removes a line')
  patch.added += added
  patch.deleted += deleted
  patch.hunks.push(hunk)
  return line - pos
}

/** parse_single_patch: the hunks after a header; their length in bytes. */
function parseSinglePatch(st: State, pos: number, patch: Section): number {
  const start = pos
  let oldLines = 0
  let newLines = 0
  while (st.b.length - pos > 4 && startsWithAt(st.b, pos, '@@ -')) {
    pos += parseFragment(st, pos, patch)
    const h = patch.hunks[patch.hunks.length - 1]
    oldLines += h.oldLines
    newLines += h.newLines
  }
  const several = patch.hunks.length > 1
  if (patch.isNew < 0 && (oldLines || several)) patch.isNew = 0
  if (patch.isDelete < 0 && (newLines || several)) patch.isDelete = 0
  if (patch.isNew > 0 && oldLines) fail(start, 'a new file depends on old contents')
  if (patch.isDelete > 0 && newLines) fail(start, 'a deleted file still has contents')
  return pos - start
}

const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
const DE85 = new Map([...BASE85].map((c, i) => [c.charCodeAt(0), i]))
/** The largest binary hunk the reader inflates to check it. */
const MAX_BINARY = 64 * 1024 * 1024

/** decode_85: `count` bytes from base-85 text at pos, or undefined. */
function decode85(b: Buffer, pos: number, count: number): number[] | undefined {
  const out: number[] = []
  while (count) {
    let acc = 0
    for (let k = 0; k < 5; k++) {
      const de = DE85.get(at(b, pos++))
      if (de === undefined) return undefined
      if (k === 4 && (Math.floor(0xffffffff / 85) < acc || 0xffffffff - de < acc * 85)) return undefined
      acc = acc * 85 + de
    }
    const n = Math.min(count, 4)
    count -= n
    for (let k = 0; k < n; k++) out.push((acc >>> (24 - 8 * k)) & 0xff)
  }
  return out
}

/** parse_binary_hunk: a `literal N`/`delta N` block; its length, or 0 when none starts here. */
function parseBinaryHunk(b: Buffer, pos: number): number {
  const head = /^(?:literal|delta) /.exec(b.toString('latin1', pos, pos + 8))
  if (!head) return 0
  const m = /^(?:literal|delta) (\d{1,10})\n$/.exec(b.toString('latin1', pos, pos + lineLength(b, pos)))
  if (!m || Number(m[1]) > MAX_BINARY)
    fail(pos, `a binary hunk header ${shown(b, pos)} the reader does not read`)
  const size = Number((m as RegExpExecArray)[1])
  let line = pos + lineLength(b, pos)
  const data: number[] = []
  for (;;) {
    const len = lineLength(b, line)
    if (len === 1) {
      line++
      break
    }
    const corrupt = () => fail(line, `corrupt binary patch ${shown(b, line)}`)
    if (len < 7 || (len - 2) % 5) corrupt()
    const max = ((len - 2) / 5) * 4
    const c = b[line]
    const count = c >= 0x41 && c <= 0x5a ? c - 0x40 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 27 : 0
    if (!count || max < count || count <= max - 4) corrupt()
    const bytes = decode85(b, line + 1, count)
    if (!bytes) return corrupt()
    for (const byte of bytes) data.push(byte)
    line += len
  }
  let inflated: Buffer | undefined
  try {
    inflated = data.length ? inflateSync(Buffer.from(data), { maxOutputLength: size + 1 }) : undefined
  } catch {
    inflated = undefined
  }
  if (!inflated || inflated.length !== size) fail(pos, 'corrupt binary patch: its data does not inflate')
  return line - pos
}

/** parse_binary: a forward hunk and an optional reverse one; their length. */
function parseBinary(b: Buffer, pos: number): number {
  const forward = parseBinaryHunk(b, pos)
  if (!forward) fail(pos, 'unrecognized binary patch (git would stop reading here)')
  return forward + parseBinaryHunk(b, pos + forward)
}

/** find_header: the next section's header, or undefined when none is left. */
function findHeader(st: State, pos: number): { start: number; length: number; patch: Section } | undefined {
  const b = st.b
  // One struct for the whole search, as in git: a `diff --git` line skipped for having no header
  // leaves its names and modes to the next section.
  const patch = newSection(pos)
  for (let len = lineLength(b, pos); pos < b.length; pos += len, len = lineLength(b, pos)) {
    const size = b.length - pos
    if (!len) break
    if (len < 6) continue
    if (startsWithAt(b, pos, '@@ -')) {
      if (fragmentHeader(b, pos, len)) fail(pos, 'a hunk outside any file section')
      continue
    }
    if (size < len + 6) break
    if (startsWithAt(b, pos, 'diff --git ')) {
      patch.start = pos
      const length = parseGitDiffHeader(st, pos, len, patch)
      if (length <= len) continue
      return { start: pos, length, patch }
    }
    if (!startsWithAt(b, pos, '--- ') || !startsWithAt(b, pos + len, '+++ ')) continue
    const next = lineLength(b, pos + len)
    if (size < next + 14 || !startsWithAt(b, pos + len + next, '@@ -')) continue
    patch.start = pos
    parseTraditional(st, pos, pos + len, patch)
    return { start: pos, length: len + next, patch }
  }
  return undefined
}

const metadataChanges = (p: Section) =>
  p.isRename ||
  p.isCopy ||
  p.isNew > 0 ||
  p.isDelete !== 0 ||
  (p.oldMode !== undefined && p.newMode !== undefined && p.oldMode !== p.newMode)

/** parse_chunk: one section; the position after it, or undefined when none is left. */
function parseChunk(st: State, pos: number, out: Section[]): number | undefined {
  const found = findHeader(st, pos)
  if (!found) return undefined
  const { patch } = found
  const hd = found.start + found.length
  let size = parseSinglePatch(st, hd, patch)
  if (!size) {
    const b = st.b
    const len = lineLength(b, hd)
    if (len === 17 && startsWithAt(b, hd, 'GIT binary patch\n')) {
      size = len + parseBinary(b, hd + len)
      patch.binary = true
    } else if (b.subarray(hd + len - 8, hd + len).toString('latin1') === ' differ\n') {
      const header = ['Binary files ', 'Files '].find(h => h.length < b.length - hd && startsWithAt(b, hd, h))
      if (header) {
        size = len
        patch.binary = true
      }
    }
    if (!patch.binary && !metadataChanges(patch))
      fail(found.start, 'a section with nothing to apply (git refuses "patch with only garbage")')
  }
  out.push(patch)
  return hd + size
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** A name as the engine sees it: its UTF-8 text, byte for byte (a leading BOM stays). */
function nameText(name: Buffer | null, pos: number): string | undefined {
  if (name === null) return undefined
  try {
    return utf8.decode(name)
  } catch {
    return fail(pos, `the file name ${JSON.stringify(name.toString('latin1'))} is not valid UTF-8`)
  }
}

function statusOf(p: Section, oldName?: string, newName?: string): FileStatus {
  if (p.isNew > 0) return 'added'
  if (p.isDelete > 0) return 'deleted'
  if (p.isRename) return 'renamed'
  if (p.isCopy) return 'copied'
  if (oldName !== newName)
    fail(
      p.start,
      `the old name ${JSON.stringify(oldName)} and new name ${JSON.stringify(newName)} differ without a rename`
    )
  return 'modified'
}

/** The added lines of a file, as text: what the content rules scan. */
export function addedLinesOf(hunks: Hunk[]): string[] {
  const addedText: string[] = []
  for (const hunk of hunks) for (const l of hunk.lines) if (l[0] === '+') addedText.push(l.slice(1))
  return addedText
}

/** One section as the engine judges it. */
function toFile(p: Section): PatchFile {
  const oldName = nameText(p.oldName, p.start)
  const newName = nameText(p.newName, p.start)
  const status = statusOf(p, oldName, newName)
  const path = (status === 'deleted' ? oldName : newName) as string
  const addedText = addedLinesOf(p.hunks)
  // git diff counts a file whose new text holds a NUL byte as binary; so does the reader.
  const binary = p.binary || addedText.some(l => l.includes('\0'))
  const file: PatchFile = {
    path,
    ...(status === 'renamed' || status === 'copied' ? { previousPath: oldName as string } : {}),
    status,
    additions: binary ? null : p.added,
    deletions: binary ? null : p.deleted,
    binary,
    ...(status !== 'deleted' && (p.newMode ?? p.oldMode) !== undefined
      ? { mode: p.newMode ?? p.oldMode }
      : {}),
    ...(status !== 'added' && p.oldMode !== undefined ? { previousMode: p.oldMode } : {}),
    hunks: p.hunks,
    git: {
      ...(oldName !== undefined ? { oldName } : {}),
      ...(newName !== undefined ? { newName } : {}),
      isNew: p.isNew,
      isDelete: p.isDelete,
      isRename: p.isRename,
      isCopy: p.isCopy,
      ...(p.oldMode !== undefined ? { oldMode: p.oldMode } : {}),
      ...(p.newMode !== undefined ? { newMode: p.newMode } : {}),
      score: p.score,
      binary: p.binary,
      added: p.added,
      deleted: p.deleted
    }
  }
  if (addedText.length > 0) {
    const secrets = findSecrets(addedText.join('\n'))
    if (secrets.length > 0) file.secrets = secrets
  }
  if (!file.binary) Object.assign(file, scanHunks(file.hunks))
  return file
}

/** git applies the sections of one path in sequence; the reader judges each alone, so refuses. */
function refuseRepeatedPaths(files: PatchFile[], sections: Section[]): void {
  const seen = new Set<string>()
  files.forEach((file, i) => {
    for (const path of new Set([
      file.path,
      ...(file.previousPath === undefined ? [] : [file.previousPath])
    ])) {
      if (seen.has(path))
        fail(sections[i].start, `the patch touches ${JSON.stringify(path)} in more than one section`)
      seen.add(path)
    }
  })
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function lineNumber(b: Buffer, pos: number): number {
  let n = 1
  for (let i = b.indexOf(NL); i !== -1 && i < pos; i = b.indexOf(NL, i + 1)) n++
  return n
}

/** The reading of a patch: its files, and why it is refused when it is. */
export type DiffReading = { files: PatchFile[]; problem?: { line: number; message: string } }

/**
 * Read a unified diff as `git apply` (default -p1, guessed for traditional patches) reads it.
 * When the reader refuses, `problem` says where and why, and `files` holds the sections read
 * before it.
 */
export function readUnifiedDiff(text: string | Buffer): DiffReading {
  const b = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const st: State = { b, pValue: 1, pKnown: false }
  const sections: Section[] = []
  const files: PatchFile[] = []
  try {
    if (typeof text === 'string' && LONE_SURROGATE.test(text))
      fail(0, 'the patch is not well-formed Unicode (a lone surrogate)')
    for (let pos: number | undefined = 0; pos !== undefined && pos < b.length;) {
      pos = parseChunk(st, pos, sections)
      if (sections.length > files.length) files.push(toFile(sections[sections.length - 1]))
    }
    if (sections.length === 0) fail(b.length, 'the patch has no file sections git would apply')
    refuseRepeatedPaths(files, sections)
    return { files }
  } catch (error) {
    if (!(error instanceof DiffUnreadable)) throw error
    const line = lineNumber(b, error.at)
    return {
      files: files.slice(0, sections.length),
      problem: { line, message: `line ${line} of the patch: ${error.message}` }
    }
  }
}

/** readUnifiedDiff for callers that need the whole patch: a refusal is a PolicyInputError. */
export function parseUnifiedDiff(text: string | Buffer): PatchFile[] {
  const reading = readUnifiedDiff(text)
  if (reading.problem) throw new PolicyInputError(reading.problem.message)
  return reading.files
}

/**
 * The text of a file after applying its hunks to `before` (null: the file did not exist), or
 * undefined when the hunks do not apply exactly. Used for the watched config file only, whose
 * after-content the config-loosened rule must know.
 */
export function applyHunks(before: string | null, hunks: Hunk[]): string | undefined {
  const source = before === null ? [] : before.split('\n')
  const endsWithNewline = before !== null && before.endsWith('\n')
  if (endsWithNewline) source.pop()
  const out: string[] = []
  let pos = 0
  let noNewlineAtEnd = !endsWithNewline
  let offset = 0
  for (const hunk of hunks) {
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1
    // git places a hunk by its new start (and may search nearby); only the exact place agreed
    // by both starts is trusted.
    const newStart = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1
    if (newStart !== start + offset) return undefined
    offset += hunk.newLines - hunk.oldLines
    if (start < pos || start > source.length) return undefined
    while (pos < start) out.push(source[pos++])
    let last: ' ' | '-' | '+' = ' '
    for (const line of hunk.lines) {
      const kind = line[0]
      const body = line.slice(1)
      if (kind === '\\') {
        if (last !== '-') noNewlineAtEnd = true
        continue
      }
      if (kind === ' ' || kind === '-') {
        if (source[pos] !== body) return undefined
        pos++
        if (kind === ' ') out.push(body)
      } else out.push(body)
      last = kind as ' ' | '-' | '+'
      if (kind !== '-') noNewlineAtEnd = false
    }
  }
  while (pos < source.length) {
    out.push(source[pos++])
    noNewlineAtEnd = !endsWithNewline
  }
  if (out.length === 0) return ''
  return out.join('\n') + (noNewlineAtEnd ? '' : '\n')
}
