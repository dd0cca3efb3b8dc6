/**
 * Reading a change from git itself, the most trustworthy source.
 *
 * One `git diff --raw --numstat -p -z -M` process gives the modes and blob ids (raw), the line
 * counts (numstat) and the added lines (patch, for secret-in-content). git runs without a shell
 * (spawn with an argument list) and every option that user configuration could change is
 * pinned on the command line.
 *
 * "Binary" is decided from content, not from git's diff attributes: `git check-attr` (one
 * process, started alongside the diff) says which changed paths carry a `diff`, `binary` or
 * `text` attribute; only those blobs are read, through one `git cat-file --batch`, and a NUL in
 * the first 8,000 bytes (git's own window) makes a file binary. Where an attribute made git
 * call a text file binary, that file is diffed again with `--text` for its counts and lines.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { CatFileFormatError, parseCatFileBatch } from '../git/cat-file.js'
import { trustedGitEnv } from '../git/run.js'
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { PolicyInputError } from './errors.js'
import { quoteCPath } from './quote.js'
import { findSecrets, SECRET_HINT_SOURCE } from './secrets.js'
import { decodeLatin1Line, hintedLineStarts, ThreatScan } from './threats.js'
import { parseUnifiedDiff } from './unified-diff.js'
import type { ConfigFileChange, FileChange, FileStatus } from './types.js'

export type GitRange = { base: string; head: string; symmetric: boolean }

export const REV = /^[^\s\-:\\.][^\s:\\]*$/

/** `BASE..HEAD` or `BASE...HEAD` (from the merge base, as a pull request shows it). */
export function parseRange(range: string): GitRange {
  const at = range.indexOf('..')
  const symmetric = at !== -1 && range[at + 2] === '.'
  const base = at === -1 ? '' : range.slice(0, at)
  const head = at === -1 ? '' : range.slice(at + (symmetric ? 3 : 2))
  if (!REV.test(base) || !REV.test(head) || base.includes('..') || head.includes('..')) {
    throw new PolicyInputError(
      `--git ${JSON.stringify(range)} is not a valid range; expected BASE..HEAD or BASE...HEAD with two revisions`
    )
  }
  return { base, head, symmetric }
}

type GitResult = { code: number; stdout: Buffer; stderr: string }

/**
 * The environment git runs with: the trusted checkout's (src/git/run.ts, trustedGitEnv) unless a
 * caller gives the untrusted sandbox's (sandboxGitEnv).
 */
export type GitEnv = NodeJS.ProcessEnv | undefined

/** Run git without a shell. Output is collected, or written to `stdoutFd`. */
function spawnGit(
  repo: string,
  args: string[],
  input?: string | Buffer,
  stdoutFd?: number,
  env: GitEnv = undefined
) {
  const options = { cwd: repo, env: env ?? trustedGitEnv(), windowsHide: true }
  const child: ChildProcessByStdio<Writable, Readable | null, Readable> =
    stdoutFd === undefined
      ? spawn('git', args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
      : (spawn('git', args, { ...options, stdio: ['pipe', stdoutFd, 'pipe'] }) as ChildProcessByStdio<
          Writable,
          null,
          Readable
        >)
  const out: Buffer[] = []
  const err: Buffer[] = []
  // Listened to first: a start that fails (no git, no file descriptor left) leaves the streams
  // unset, and its error must reach `done`, not end the process.
  const done = new Promise<GitResult>((resolve, reject) => {
    child.on('error', error => reject(new PolicyInputError(`cannot run git (${(error as Error).message})`)))
    child.on('close', code =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') })
    )
  })
  child.stdout?.on('data', (b: Buffer) => out.push(b))
  child.stderr?.on('data', (b: Buffer) => err.push(b))
  // A process that exits before reading its input must not crash us with EPIPE.
  child.stdin?.on('error', () => undefined)
  if (input !== undefined) child.stdin?.end(input)
  return { child, done }
}

function notARepository(repo: string): PolicyInputError {
  return new PolicyInputError(`${JSON.stringify(repo)} is not a git repository; expected --repo to name one`)
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map(l => l.trim())
      .find(l => l !== '') ?? 'no message'
  )
}

/** Options that user or repository configuration could otherwise change. */
export const DIFF_ARGS = [
  '-c',
  'core.quotePath=true',
  // git's default: a repository setting a small threshold would make every file "binary", its
  // lines uncounted and its added lines unread.
  '-c',
  'core.bigFileThreshold=512m',
  'diff',
  '--raw',
  '--numstat',
  '-p',
  '-z',
  '-M',
  '--no-abbrev',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--submodule=short',
  // A .gitmodules entry with `ignore = all` would otherwise hide a submodule's change.
  '--ignore-submodules=none',
  '--src-prefix=a/',
  '--dst-prefix=b/'
]

/** An entry of the diff: what the raw and numstat records say about one file pair. */
export type DiffEntry = Entry
type Entry = {
  file: FileChange
  oldPath: string
  /** The raw record's metadata (modes, blob ids, status); see `oidsOf`. */
  meta: string
  oldMode: string
  newMode: string
  /** The `diff --git` line git prints for this pair, computed when first needed. */
  header?: string
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  T: 'modified',
  R: 'renamed',
  C: 'copied'
}
/** How much of git's output is read at a time, and how often the growing file is looked at. */
const READ_SIZE = 1 << 20
const POLL_MS = 2
const ZERO_MODE = '000000'
const GITLINK = '160000'

function malformed(what: string): never {
  throw new PolicyInputError(`git diff printed output that cannot be read (${what})`)
}

function expectedHeader(entry: Entry): string {
  return (entry.header ??= `diff --git ${quoteCPath(`a/${entry.oldPath}`)} ${quoteCPath(`b/${entry.file.path}`)}`)
}

/** A pair whose type changes (file, symlink, submodule) is printed as a deletion and a creation. */
function sectionsOf(entry: Entry): number {
  const typeChanged =
    entry.oldMode !== ZERO_MODE &&
    entry.newMode !== ZERO_MODE &&
    (entry.oldMode.length < 3 || entry.newMode.length < 3
      ? entry.oldMode.slice(0, 3) !== entry.newMode.slice(0, 3)
      : entry.oldMode.charCodeAt(0) !== entry.newMode.charCodeAt(0) ||
        entry.oldMode.charCodeAt(1) !== entry.newMode.charCodeAt(1) ||
        entry.oldMode.charCodeAt(2) !== entry.newMode.charCodeAt(2))
  return typeChanged ? 2 : 1
}

/** Lines starting with "+" that hold a credential hint. `^` only matches at a text's start. */
const ADDED_LINE_HINT = new RegExp(`(?:^|\\n)\\+[^\\n]*?(?:${SECRET_HINT_SOURCE})`, 'g')

/**
 * Reads `git diff --raw --numstat -p -z` output chunk by chunk, while git is still writing it.
 *
 * The raw records arrive first, then the numstat records, then an empty record, then the
 * patch; everything is parsed as it comes. Once the records are all in, `onHead` hands them
 * over, so that check-attr works on their paths while git writes the patch. The patch is read
 * line by line as latin1 (header paths are quoted to ASCII, credential formats are ASCII): one regular
 * expression finds the added lines that hold a credential hint, and only those are looked at.
 *
 * The patch prints one section per entry, in the entries' order (two for a type change); the
 * count is checked at the end, and a section holding a credential has its header checked
 * against the entry it must belong to.
 */
export class DiffReader {
  readonly entries: Entry[] = []
  private readonly decoder = new StringDecoder('utf8')
  private tokenCarry = ''
  private raw: {
    meta: string
    oldMode: string
    newMode: string
    status: FileStatus
    first?: string
  } | null = null
  private numstat: { added: number; deleted: number; counts: string; old?: string } | null = null
  private inNumstat = false
  private counted = 0
  private headDone = false
  private prevEndsWithNul = false

  private carry = ''
  /** Section ordinal -> entry index, filled as entries arrive. */
  private readonly owners: number[] = []
  private section = -1
  private header = ''
  private inHunk = false
  /** The threat scan of each entry with a hinted line, by entry index. */
  private readonly threatScans = new Map<number, ThreatScan>()
  /** The new-file number of the next hunk line, at the end of the last text scanned. */
  private nextNewLine: number | undefined
  /** Where counting new-file lines last stopped, so that each line is counted once. */
  private lineCursor = { text: '', pos: 0, n: NaN, nextHeader: -1 }

  constructor(private readonly onHead?: (entries: Entry[]) => void) {}

  push(chunk: Buffer): void {
    if (this.headDone) return this.patch(chunk)
    let sep = -1
    let restAt = -1
    if (this.prevEndsWithNul && chunk.length > 0 && chunk[0] === 0) {
      restAt = 1
    } else {
      sep = chunk.indexOf('\0\0')
      if (sep !== -1) restAt = sep + 2
    }
    if (restAt === -1) {
      this.tokens(this.decoder.write(chunk))
      if (chunk.length > 0) this.prevEndsWithNul = chunk[chunk.length - 1] === 0
      return
    }
    this.tokens(this.decoder.write(chunk.subarray(0, sep + 1)) + this.decoder.end())
    this.finishHead()
    this.patch(chunk.subarray(restAt))
  }

  end(): Entry[] {
    if (!this.headDone) {
      this.tokens(this.decoder.end())
      this.finishHead()
    }
    if (this.carry !== '') {
      const last = this.carry
      this.carry = ''
      this.scan(`${last}\n`)
    }
    if (this.section + 1 !== this.owners.length) {
      malformed(`${this.section + 1} patch sections for ${this.entries.length} changed files`)
    }
    for (const [index, scan] of this.threatScans) Object.assign(this.entries[index].file, scan.result())
    return this.entries
  }

  /** Complete NUL-terminated records of the head; a partial one waits for the next chunk. */
  private tokens(text: string): void {
    if (text === '') return
    const all = this.tokenCarry + text
    let pos = 0
    for (let end = all.indexOf('\0'); end !== -1; end = all.indexOf('\0', pos)) {
      this.token(all, pos, end)
      pos = end + 1
    }
    this.tokenCarry = all.slice(pos)
  }

  /** One record, all[from, to). Only what is kept becomes a string of its own. */
  private token(all: string, from: number, to: number): void {
    if (!this.inNumstat) {
      const raw = this.raw
      if (raw) {
        const t = all.slice(from, to)
        const renamed = raw.status === 'renamed' || raw.status === 'copied'
        if (renamed && raw.first === undefined) {
          raw.first = t
          return
        }
        this.raw = null
        const oldPath = raw.first ?? t
        const file: FileChange = {
          path: t,
          status: raw.status,
          additions: null,
          deletions: null,
          binary: false
        }
        if (renamed) file.previousPath = oldPath
        if (raw.newMode !== ZERO_MODE) file.mode = raw.newMode
        if (raw.oldMode !== ZERO_MODE) file.previousMode = raw.oldMode
        const entry: Entry = {
          file,
          oldPath,
          meta: raw.meta,
          oldMode: raw.oldMode,
          newMode: raw.newMode
        }
        const index = this.entries.push(entry) - 1
        for (let k = sectionsOf(entry); k > 0; k--) this.owners.push(index)
        return
      }
      if (all.charCodeAt(from) === 0x3a /* ':' */) {
        this.raw = parseRawMeta(all.slice(from, to))
        return
      }
      this.inNumstat = true
    }
    const pending = this.numstat
    if (pending) {
      if (pending.old === undefined) {
        pending.old = all.slice(from, to)
        return
      }
      this.numstat = null
      const path = all.slice(from, to)
      if (!this.count(pending.added, pending.deleted, pending.old, path, 0, path.length)) {
        malformed(`numstat counts ${JSON.stringify(pending.counts)}`)
      }
      return
    }
    const tab1 = all.indexOf('\t', from)
    const tab2 = tab1 === -1 || tab1 >= to ? -1 : all.indexOf('\t', tab1 + 1)
    if (tab2 === -1 || tab2 >= to) malformed(`numstat record ${JSON.stringify(all.slice(from, to))}`)
    const added = numstatCount(all, from, tab1)
    const deleted = numstatCount(all, tab1 + 1, tab2)
    if (tab2 === to - 1) {
      this.numstat = { added, deleted, counts: all.slice(from, tab2) }
    } else if (!this.count(added, deleted, undefined, all, tab2 + 1, to)) {
      malformed(`numstat counts ${JSON.stringify(all.slice(from, tab2))}`)
    }
  }

  /**
   * Apply one numstat record to the next entry, checking that it names the same file: its
   * path is text[at, to), and `oldPath` the old path of a rename or copy. False when the counts
   * are neither numbers nor numstat's "-" pair: the caller, which has them as printed, says so.
   */
  private count(
    added: number,
    deleted: number,
    oldPath: string | undefined,
    text: string,
    at: number,
    to: number
  ): boolean {
    const entry = this.entries[this.counted++]
    if (!entry) malformed('more numstat records than raw records')
    const path = entry.file.path
    const same =
      to - at === path.length &&
      text.startsWith(path, at) &&
      (oldPath === undefined ? entry.oldPath === path : oldPath === entry.oldPath)
    if (!same) {
      malformed(`numstat names ${JSON.stringify(text.slice(at, to))} where raw named ${JSON.stringify(path)}`)
    }
    if (added === DASH && deleted === DASH) {
      entry.file.binary = true
      return true
    }
    if (added < 0 || deleted < 0) return false
    entry.file.additions = added
    entry.file.deletions = deleted
    return true
  }

  private finishHead(): void {
    this.headDone = true
    if (this.tokenCarry !== '' || this.raw || this.numstat) malformed('a record is not NUL-terminated')
    if (this.counted !== this.entries.length) malformed('fewer numstat records than raw records')
    this.onHead?.(this.entries)
  }

  private patch(chunk: Buffer): void {
    if (chunk.length === 0) return
    // Scan whole lines only; the partial line at each end of a chunk waits for the next one.
    // The chunk's own text is sliced, never copied into a concatenation.
    const text = chunk.toString('latin1')
    const firstNewline = text.indexOf('\n')
    if (firstNewline === -1) {
      this.carry += text
      return
    }
    const lastNewline = text.lastIndexOf('\n')
    this.scan(this.carry + text.slice(0, firstNewline + 1))
    if (lastNewline > firstNewline) this.scan(text.slice(firstNewline + 1, lastNewline + 1))
    this.carry = text.slice(lastNewline + 1)
  }

  /** Whole lines of patch text: follow the sections, and look at the added lines the hint finds. */
  private scan(text: string): void {
    // Regions of this text, each within one section: where it starts, where its hunks start.
    const starts: number[] = []
    const hunks: number[] = []
    const sections: number[] = []
    const hunkFrom = (from: number, to: number): number => {
      if (text.startsWith('@@ ', from)) return from
      const at = text.indexOf('\n@@ ', from)
      return at !== -1 && at + 1 < to ? at + 1 : to
    }
    let next = text.startsWith('diff --git ') ? 0 : text.indexOf('\ndiff --git ')
    if (next > 0) next++
    // The first region may continue a section that began in an earlier text.
    const continuing = next !== 0
    const continuingHeader = this.header
    if (continuing) {
      if (this.section === -1) malformed('the patch does not start with a "diff --git" header')
      const end = next === -1 ? text.length : next
      starts.push(0)
      hunks.push(this.inHunk ? 0 : hunkFrom(0, end))
      sections.push(this.section)
      if (hunks[0] < end) this.inHunk = true
    }
    while (next !== -1) {
      const eol = text.indexOf('\n', next)
      if (++this.section >= this.owners.length) malformed('more patch sections than changed files')
      const following = text.indexOf('\ndiff --git ', eol)
      const end = following === -1 ? text.length : following + 1
      const hunk = hunkFrom(eol, end)
      starts.push(next)
      hunks.push(hunk)
      sections.push(this.section)
      this.inHunk = hunk < end
      if (following === -1) this.header = text.slice(next, eol)
      next = following === -1 ? -1 : following + 1
    }
    const hint = ADDED_LINE_HINT
    hint.lastIndex = 0
    for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
      const lineStart = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      hint.lastIndex = lineEnd
      const lo = regionOf(starts, lineStart)
      if (lineStart < hunks[lo]) continue
      const kinds = findSecrets(text.slice(lineStart + 1, lineEnd))
      if (kinds.length === 0) continue
      const entry = this.entries[this.owners[sections[lo]]]
      const header = lo === 0 && continuing ? continuingHeader : headerAt(text, starts[lo])
      if (header !== expectedHeader(entry)) {
        malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`)
      }
      entry.file.secrets ??= []
      for (const kind of kinds) if (!entry.file.secrets.includes(kind)) entry.file.secrets.push(kind)
    }
    this.threats(text, { starts, hunks, sections, continuing, continuingHeader })
  }

  /**
   * The content threat rules: lines the hint finds are decoded (the patch is read as latin1)
   * and scanned, added lines for every rule, removed and context lines for the hosts they name.
   */
  private threats(text: string, regions: Regions): void {
    const { starts, hunks, sections } = regions
    for (const lineStart of hintedLineStarts(text)) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      const lo = regionOf(starts, lineStart)
      const mark = text.charCodeAt(lineStart)
      if (lineStart < hunks[lo] || (mark !== 0x2b && mark !== 0x20 && mark !== 0x2d)) continue
      const index = this.owners[sections[lo]]
      const entry = this.entries[index]
      const header = lo === 0 && regions.continuing ? regions.continuingHeader : headerAt(text, starts[lo])
      if (header !== expectedHeader(entry)) {
        malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`)
      }
      let scan = this.threatScans.get(index)
      if (!scan) this.threatScans.set(index, (scan = new ThreatScan()))
      const line = decodeLatin1Line(text.slice(lineStart + 1, lineEnd))
      if (mark === 0x2b) scan.addedLine(line, this.newLineAt(text, lineStart, lo === 0 && regions.continuing))
      else scan.knownLine(line)
    }
    const continuingToEnd = starts.length === 1 && regions.continuing
    this.nextNewLine = this.inHunk ? this.newLineAt(text, text.length, continuingToEnd) : undefined
  }

  /**
   * The new-file number of the hunk line starting at `at`: counted from the last `@@` header
   * before it, or, in a text that continues the last text's hunk, from where that one ended.
   * Calls come in increasing order within a text, so each line is passed over once.
   */
  private newLineAt(text: string, at: number, continuing: boolean): number | undefined {
    let c = this.lineCursor
    if (c.text !== text || c.pos > at) {
      const n = continuing && this.nextNewLine !== undefined ? this.nextNewLine : NaN
      c = this.lineCursor = { text, pos: 0, n, nextHeader: nextHeaderFrom(text, 0) }
    }
    while (c.nextHeader !== -1 && c.nextHeader < at) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(c.nextHeader, c.nextHeader + 80))
      const eol = text.indexOf('\n', c.nextHeader)
      c.n = m ? Number(m[1]) : NaN
      c.pos = eol === -1 ? text.length : eol + 1
      c.nextHeader = nextHeaderFrom(text, c.pos)
    }
    while (c.pos < at) {
      const mark = text.charCodeAt(c.pos)
      if (mark !== 0x2d && mark !== 0x5c) c.n++
      const eol = text.indexOf('\n', c.pos)
      c.pos = eol === -1 ? text.length : eol + 1
    }
    return Number.isNaN(c.n) ? undefined : c.n
  }
}

/** Where the next `@@` header line at or after `from` starts; -1 when none. */
function nextHeaderFrom(text: string, from: number): number {
  if (text.startsWith('@@ ', from)) return from
  const at = text.indexOf('\n@@ ', from)
  return at === -1 ? -1 : at + 1
}

/** The regions of one scanned text: where each starts, where its hunks start, its section. */
type Regions = {
  starts: number[]
  hunks: number[]
  sections: number[]
  continuing: boolean
  continuingHeader: string
}

/** The region holding the line that starts at `lineStart`. */
function regionOf(starts: number[], lineStart: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= lineStart) lo = mid
    else hi = mid - 1
  }
  return lo
}

function headerAt(text: string, start: number): string {
  const eol = text.indexOf('\n', start)
  return text.slice(start, eol === -1 ? text.length : eol)
}

const MODES = ['100644', '100755', '120000', '160000', ZERO_MODE]

/** The mode at meta[from, to), as a shared constant when it is a common one (no string per file). */
function mode(meta: string, from: number, to: number): string {
  if (to - from === 6) {
    for (let i = 0; i < MODES.length; i++) if (meta.startsWith(MODES[i], from)) return MODES[i]
  }
  return meta.slice(from, to)
}

/**
 * The spaces of `:100644 100644 <old oid> <new oid> M`: exactly four, else the record is
 * malformed. Returns the k-th (1 to 4).
 */
function rawSpace(meta: string, k: 1 | 2 | 3 | 4): number {
  const s1 = meta.indexOf(' ')
  const s2 = meta.indexOf(' ', s1 + 1)
  const s3 = meta.indexOf(' ', s2 + 1)
  const s4 = meta.indexOf(' ', s3 + 1)
  if (s1 === -1 || s2 === -1 || s3 === -1 || s4 === -1 || meta.indexOf(' ', s4 + 1) !== -1) {
    malformed(`raw record ${JSON.stringify(meta)}`)
  }
  return k === 1 ? s1 : k === 2 ? s2 : k === 3 ? s3 : s4
}

/** `:100644 100644 <old oid> <new oid> M`; the blob ids are read when needed (`oidsOf`). */
function parseRawMeta(meta: string) {
  const s4 = rawSpace(meta, 4)
  const s1 = meta.indexOf(' ')
  const s2 = meta.indexOf(' ', s1 + 1)
  const status = STATUS[meta[s4 + 1]]
  if (!status) malformed(`unexpected status ${JSON.stringify(meta.slice(s4 + 1))}`)
  return { meta, oldMode: mode(meta, 1, s1), newMode: mode(meta, s1 + 1, s2), status }
}

/** The old and new blob ids of an entry. */
export function oidsOf(entry: Entry): { oldOid: string; newOid: string } {
  const meta = entry.meta
  const s2 = rawSpace(meta, 2)
  const s3 = meta.indexOf(' ', s2 + 1)
  const s4 = meta.indexOf(' ', s3 + 1)
  return { oldOid: meta.slice(s2 + 1, s3), newOid: meta.slice(s3 + 1, s4) }
}

/** What `numstatCount` returns for a lone "-", numstat's mark of a binary file. */
const DASH = -2

/** A numstat count at text[from, to): decimal digits, DASH for "-", -1 for anything else. */
function numstatCount(text: string, from: number, to: number): number {
  if (to - from === 1 && text.charCodeAt(from) === 0x2d) return DASH
  if (to <= from || to - from > 15) return -1
  let n = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

/** The paths whose content git reads for the diff, for check-attr (no submodule, no absent side). */
function contentPaths(entries: readonly Entry[]): string[] {
  const paths: string[] = []
  for (const e of entries) {
    const renamed = e.file.status === 'renamed' || e.file.status === 'copied'
    if (e.newMode !== ZERO_MODE && e.newMode !== GITLINK) paths.push(e.file.path)
    if (e.oldMode !== ZERO_MODE && e.oldMode !== GITLINK && (renamed || e.newMode === ZERO_MODE)) {
      paths.push(e.oldPath)
    }
  }
  return paths
}

/** Parse a complete `git diff --raw --numstat -p -z` output (tests, and the --text re-diff). */
export function parseDiffOutput(out: Buffer): Entry[] {
  const reader = new DiffReader()
  reader.push(out)
  return reader.end()
}

/** The whole of a file git wrote through its own copy of `fd` (whose offset is at the end). */
function readWhole(fd: number): string {
  const size = fstatSync(fd).size
  const buffer = Buffer.allocUnsafe(size)
  let read = 0
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read)
    if (n === 0) break
    read += n
  }
  return buffer.toString('utf8', 0, read)
}

/** `git cat-file --batch` for several object names at once; null for a missing object. */
async function catFileBatch(
  repo: string,
  names: string[],
  env?: GitEnv
): Promise<Array<{ type: string; content: Buffer } | null>> {
  if (names.length === 0) return []
  const { done } = spawnGit(repo, ['cat-file', '--batch'], names.map(n => `${n}\n`).join(''), undefined, env)
  const result = await done
  if (result.code !== 0)
    throw /not a git repository/.test(result.stderr)
      ? notARepository(repo)
      : new PolicyInputError(`git cat-file failed: ${firstLine(result.stderr)}`)
  try {
    return parseCatFileBatch(result.stdout, names.length)
  } catch (error) {
    if (error instanceof CatFileFormatError) malformed(error.message)
    throw error
  }
}

/**
 * A file's text at a revision (`git cat-file --batch` on `REV:path`); null when the revision has
 * no such path. Anything there that is not a file is an input error.
 */
export async function readGitFile(
  repo: string,
  rev: string,
  path: string,
  env?: GitEnv
): Promise<string | null> {
  if (!REV.test(rev) || /[\n\0]/.test(path)) {
    throw new PolicyInputError(
      `cannot read ${JSON.stringify(path)} at ${JSON.stringify(rev)}; expected a revision and a path`
    )
  }
  const [obj] = await catFileBatch(repo, [`${rev}:${path}`], env)
  if (obj && obj.type !== 'blob') {
    throw new PolicyInputError(`${path} at ${rev} is a ${obj.type}, not a file; expected a JSON file`)
  }
  return obj ? obj.content.toString('utf8') : null
}

/**
 * The paths of `git check-attr -z` output (`path\0attribute\0info\0`, per path and attribute)
 * whose `diff` or `binary` attribute is specified. Only those paths become strings. (A regular
 * expression that skips runs of unspecified records is faster for short paths, but slows down
 * with long ones, which the change's author chooses.)
 */
export function attributedPaths(output: string): Set<string> {
  const found = new Set<string>()
  let pos = 0
  for (;;) {
    const a = output.indexOf('\0', pos)
    const b = a === -1 ? -1 : output.indexOf('\0', a + 1)
    const c = b === -1 ? -1 : output.indexOf('\0', b + 1)
    if (c === -1) break
    const matters = !(b - a === 5 && output.startsWith('text', a + 1))
    const unspecified = c - b === 12 && output.startsWith('unspecified', b + 1)
    if (matters && !unspecified) found.add(output.slice(pos, a))
    pos = c + 1
  }
  if (pos !== output.length) malformed('check-attr printed a record that is not NUL-terminated')
  return found
}

/** A NUL in the first 8,000 bytes (git's FIRST_FEW_BYTES) makes content binary. */
export function looksBinary(content: Buffer): boolean {
  return content.subarray(0, 8000).includes(0)
}

const REGULAR = /^100[0-7]{3}$/
const ZERO_OID = /^0+$/

export type GitChanges = {
  files: FileChange[]
  /** Set when the change touches the watched config file. */
  configFile?: ConfigFileChange
  /** The watched config file at BASE (null: absent), when asked for. */
  configAtBase?: string | null
}

export type ReadGitOptions = {
  repo: string
  range: string
  configPath: string
  readConfigAtBase?: boolean
  /** A hardened environment for an untrusted repository (src/git/sandbox.ts). */
  env?: GitEnv
  /**
   * Aborting stops git, removes what it wrote, and rejects: for a caller that gives up (its own
   * input failed) and must not leave git running or a copy of the change behind.
   */
  signal?: AbortSignal
  /** Where git's output is written, in a private directory of its own (default: os.tmpdir()). */
  scratchDir?: string
}

/**
 * Read the change of a range from the repository at `repo`. `configPath` is the watched config
 * file (repository-relative); `readConfigAtBase` also reads it at BASE, in parallel.
 */
export async function readGitChanges(opts: ReadGitOptions): Promise<GitChanges> {
  const range = parseRange(opts.range)
  if (opts.signal?.aborted) throw cancelled()
  const rangeArg = `${range.base}${range.symmetric ? '...' : '..'}${range.head}`
  const scratch = openScratch(opts.scratchDir)
  let base: Promise<string | null> | undefined
  let entries: Entry[]
  let attributed: Set<string>
  try {
    // The diff first: it is the long pole. check-attr and cat-file start alongside it and wait.
    const gits = startDiffAndAttr(opts, rangeArg, scratch)
    base = opts.readConfigAtBase ? readGitFile(opts.repo, range.base, opts.configPath, opts.env) : undefined
    // Settle the parallel work even when the diff fails, so nothing is left unhandled.
    base?.catch(() => undefined)
    ;({ entries, attributed } = await readDiffAndAttr(opts, gits, scratch))
  } finally {
    scratch.close()
  }
  const blobs = await readBlobs(opts, entries, attributed)
  const rediff = decideBinaryByContent(blobs)
  if (rediff.length > 0) await diffAsText(opts.repo, rangeArg, rediff, opts.env)
  const result: GitChanges = { files: entries.map(e => e.file) }
  const configFile = configFileChange(blobs, opts.configPath)
  if (configFile) result.configFile = configFile
  if (base) result.configAtBase = await base
  return result
}

function cancelled(): PolicyInputError {
  return new PolicyInputError('reading the change from git was cancelled')
}

/** The two files git diff and git check-attr write to, open for reading and writing. */
type Scratch = { diffFd: number; attrFd: number; close(): void }

/**
 * Two private files in a directory of their own. Once open, they live on through their
 * descriptors only: removed at once, no copy of the change (credentials included) is left on
 * disk, whatever becomes of this process. A system that cannot remove an open file (Windows)
 * removes them on `close`.
 */
function openScratch(scratchDir: string | undefined): Scratch {
  const dir = mkdtempSync(join(scratchDir ?? tmpdir(), 'self-evolution-diff-'))
  const diffPath = join(dir, 'diff')
  const attrPath = join(dir, 'attr')
  let diffFd = -1
  let attrFd = -1
  let removed = false
  const close = () => {
    if (diffFd !== -1) closeSync(diffFd)
    if (attrFd !== -1) closeSync(attrFd)
    if (!removed) rmSync(dir, { recursive: true, force: true })
  }
  try {
    diffFd = openSync(diffPath, 'w+', 0o600)
    attrFd = openSync(attrPath, 'w+', 0o600)
  } catch (error) {
    close()
    throw error
  }
  try {
    unlinkSync(diffPath)
    unlinkSync(attrPath)
    rmdirSync(dir)
    removed = true
  } catch {
    // removed on close
  }
  return { diffFd, attrFd, close }
}

type Started = { child: { kill(): boolean; stdin: Writable | null }; done: Promise<GitResult> }

/**
 * git diff and git check-attr, each writing to its own scratch file, so a reader busy with one
 * never slows the other down (a full pipe would). check-attr waits for the paths on its input.
 */
function startDiffAndAttr(
  opts: ReadGitOptions,
  rangeArg: string,
  scratch: Scratch
): { diff: Started; attr: Started } {
  const diffArgs = [...DIFF_ARGS, '--end-of-options', rangeArg, '--']
  const diff = spawnGit(opts.repo, diffArgs, undefined, scratch.diffFd, opts.env)
  diff.child.stdin?.end()
  try {
    const attr = spawnGit(opts.repo, ATTR_ARGS, undefined, scratch.attrFd, opts.env)
    return { diff, attr }
  } catch (error) {
    diff.child.kill()
    throw error
  }
}

// `diff` and `binary` (-diff -merge -text) decide how git diff treats content; `text` is read too
// but only changes line endings, so it alone does not make a blob worth reading.
const ATTR_ARGS = ['check-attr', '-z', '--stdin', 'diff', 'binary', 'text']

/**
 * Parse git diff's output while git writes it; once its records are in, hand their paths to
 * check-attr in one write. Every git started is stopped if the read fails, whatever failed.
 */
async function readDiffAndAttr(
  opts: ReadGitOptions,
  gits: { diff: Started; attr: Started },
  scratch: Scratch
): Promise<{ entries: Entry[]; attributed: Set<string> }> {
  const { diff, attr } = gits
  try {
    const attrRead = attr.done.then(result => {
      if (result.code !== 0) throw new PolicyInputError(`git check-attr failed: ${firstLine(result.stderr)}`)
      return attributedPaths(readWhole(scratch.attrFd))
    })
    attrRead.catch(() => undefined)
    const reader = new DiffReader(entries => {
      const paths = contentPaths(entries)
      attr.child.stdin?.end(paths.length > 0 ? `${paths.join('\0')}\0` : '')
    })
    let entries: Entry[]
    try {
      entries = await followDiff(opts, diff, scratch.diffFd, reader)
    } finally {
      if (attr.child.stdin && !attr.child.stdin.writableEnded) attr.child.stdin.end()
    }
    return { entries, attributed: await attrRead }
  } catch (error) {
    diff.child.kill()
    attr.child.kill()
    throw error
  }
}

/**
 * Read what git diff writes to `fd` as it grows, until git exits, then check how it exited.
 * A reader error waits for git's own exit, whose failure explains more.
 */
async function followDiff(
  opts: ReadGitOptions,
  diff: Started,
  fd: number,
  reader: DiffReader
): Promise<Entry[]> {
  let exited = false
  // git's exit ends the wait between two reads at once, rather than at the next tick.
  let wake = () => undefined as void
  const diffDone = diff.done.finally(() => {
    exited = true
    wake()
  })
  const stop = () => diff.child.kill()
  opts.signal?.addEventListener('abort', stop, { once: true })
  diffDone.finally(() => opts.signal?.removeEventListener('abort', stop)).catch(() => undefined)
  const buffer = Buffer.allocUnsafe(READ_SIZE)
  let position = 0
  /** Read and parse what git has written so far. */
  const drain = () => {
    for (let n = readSync(fd, buffer, 0, READ_SIZE, position); n > 0;) {
      position += n
      reader.push(buffer.subarray(0, n))
      n = readSync(fd, buffer, 0, READ_SIZE, position)
    }
  }
  let failed: unknown
  try {
    // Wait first: the caller starts its own work (reading the rules) before the first read.
    while (!exited) {
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, POLL_MS)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      drain()
    }
  } catch (error) {
    failed = error
  }
  const result = await diffDone
  if (opts.signal?.aborted) throw cancelled()
  if (result.code !== 0) throw await diffFailure(opts, result)
  if (failed) throw failed
  drain()
  return reader.end()
}

/** Why git diff failed. Outside a repository it falls back to comparing files: say so instead. */
async function diffFailure(opts: ReadGitOptions, result: GitResult): Promise<PolicyInputError> {
  const inside = await spawnGit(opts.repo, ['rev-parse', '--git-dir'], '', undefined, opts.env).done
  if (inside.code !== 0) return notARepository(opts.repo)
  return new PolicyInputError(
    `--git ${JSON.stringify(opts.range)} cannot be read: ${firstLine(result.stderr)}; expected a range of two commits in ${opts.repo}`
  )
}

/** The entries whose content must be read, their blob ids, and the blobs themselves. */
type Blobs = {
  /** Entries with a `diff` or `binary` attribute: binary is decided from their content. */
  candidates: Entry[]
  /** Entries that touch the watched config file. */
  configEntries: Entry[]
  oids: Map<Entry, { oldOid: string; newOid: string }>
  blobs: Map<string, Buffer>
}

/** The regular-file blobs of attributed entries and of the config file, in one cat-file. */
async function readBlobs(opts: ReadGitOptions, entries: Entry[], attributed: Set<string>): Promise<Blobs> {
  const candidates =
    attributed.size === 0 ? [] : entries.filter(e => attributed.has(e.file.path) || attributed.has(e.oldPath))
  const configEntries = entries.filter(e => e.file.path === opts.configPath || e.oldPath === opts.configPath)
  const oids = new Map([...candidates, ...configEntries].map(e => [e, oidsOf(e)] as const))
  const wantedSet = new Set<string>()
  const want = (mode: string, oid: string) => {
    if (REGULAR.test(mode) && !ZERO_OID.test(oid)) wantedSet.add(oid)
  }
  for (const [e, { oldOid, newOid }] of oids) {
    want(e.oldMode, oldOid)
    want(e.newMode, newOid)
  }
  const wanted = [...wantedSet]
  const read = await catFileBatch(opts.repo, wanted, opts.env)
  const blobs = new Map<string, Buffer>()
  wanted.forEach((oid, i) => {
    const obj = read[i]
    if (obj && obj.type === 'blob') blobs.set(oid, obj.content)
  })
  return { candidates, configEntries, oids, blobs }
}

/**
 * Binary by content, whatever the attributes say: a file git counted as text is binary when a
 * side of it holds a NUL. Returns the files git called binary whose content is text, to be
 * diffed again with --text.
 */
function decideBinaryByContent({ candidates, oids, blobs }: Blobs): Entry[] {
  const rediff: Entry[] = []
  for (const e of candidates) {
    const { oldOid, newOid } = oids.get(e) ?? oidsOf(e)
    const sides = [oldOid, newOid].filter(oid => blobs.has(oid))
    const byContent = sides.some(oid => looksBinary(blobs.get(oid) as Buffer))
    if (byContent && !e.file.binary) {
      e.file.binary = true
      e.file.additions = null
      e.file.deletions = null
    } else if (!byContent && e.file.binary && sides.length > 0) {
      rediff.push(e)
    }
  }
  return rediff
}

/** The watched config file before and after the change, when the change touches it. */
function configFileChange(
  { configEntries, oids, blobs }: Blobs,
  configPath: string
): ConfigFileChange | undefined {
  let change: ConfigFileChange | undefined
  for (const e of configEntries) {
    const { oldOid, newOid } = oids.get(e) ?? oidsOf(e)
    const text = (oid: string) => blobs.get(oid)?.toString('utf8')
    if (e.file.path !== configPath || e.file.status === 'deleted') {
      change = { before: text(oldOid) ?? null, after: null }
    } else if (!change) {
      const after = REGULAR.test(e.newMode) ? text(newOid) : undefined
      change = {
        before: e.file.status === 'modified' ? (text(oldOid) ?? null) : null,
        after,
        ...(after === undefined
          ? { unknownReason: `${configPath} is not a regular file after the change` }
          : {})
      }
    }
  }
  return change
}

/**
 * Diff again, with --text, the files that an attribute made git call binary although their
 * content is text: their counts and added lines must not hide behind `-diff`. git 2.39's
 * numstat still says "-" for them under --text, so the counts come from the patch itself.
 */
async function diffAsText(repo: string, rangeArg: string, targets: Entry[], env?: GitEnv): Promise<void> {
  const paths = [...new Set(targets.flatMap(e => [e.oldPath, e.file.path]))]
  const args = [
    '--literal-pathspecs',
    ...DIFF_ARGS.filter(a => a !== '--raw' && a !== '--numstat' && a !== '-z'),
    '--text',
    '--end-of-options',
    rangeArg,
    '--',
    ...paths
  ]
  const { done, child } = spawnGit(repo, args, undefined, undefined, env)
  child.stdin.end()
  const result = await done
  if (result.code !== 0) throw new PolicyInputError(`git diff --text failed: ${firstLine(result.stderr)}`)
  const again = parseUnifiedDiff(result.stdout.toString('utf8'))
  const byKey = new Map(again.map(f => [`${f.previousPath ?? f.path}\0${f.path}`, f]))
  for (const target of targets) {
    const file = byKey.get(`${target.file.previousPath ?? target.file.path}\0${target.file.path}`)
    // Paired differently without the other files: it stays binary, which fails closed.
    if (!file || file.binary || file.additions === null || file.deletions === null) continue
    target.file.binary = false
    target.file.additions = file.additions
    target.file.deletions = file.deletions
    if (file.secrets) target.file.secrets = file.secrets
    if (file.threats) target.file.threats = file.threats
    if (file.urlHosts) target.file.urlHosts = file.urlHosts
  }
}
