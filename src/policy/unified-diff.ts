/**
 * A parser for git-style unified diffs (`--diff FILE` and a proposal's `patch`), read the way
 * `git apply` reads them, since that is what would execute them:
 * - names come from `rename/copy from/to` lines verbatim, otherwise from the `diff --git`,
 *   `---` and `+++` names with the first path component stripped (git apply -p1), and all the
 *   names a section gives must agree;
 * - quoted names are decoded (C escapes, octal bytes, UTF-8);
 * - modes come from `new file mode`, `deleted file mode`, `old/new mode` and the `index` line;
 * - `Binary files … differ` and `GIT binary patch` make a binary file, with no line count;
 * - hunks are consumed by the counts in their `@@` header, so a removed line that reads
 *   `-- a/x` is never mistaken for a header, and a truncated hunk is an error;
 * - every line of a `diff --git` extended header must be one of git's table, binary patch
 *   blocks are consumed exactly, and one path may appear in only one section.
 * Anything that cannot be read this way is a PolicyInputError: the patch is not judged at all.
 */
import { PolicyInputError } from './errors.js'
import { unquoteCPath } from './quote.js'
import { findSecrets } from './secrets.js'
import { scanHunks } from './threats.js'
import type { FileChange } from './types.js'

export type Hunk = { oldStart: number; oldLines: number; newStart: number; newLines: number; lines: string[] }

export type PatchFile = FileChange & { hunks: Hunk[] }

const MODE = /^[0-7]{6}$/
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

class Reader {
  readonly lines: string[]
  i = 0
  constructor(text: string) {
    this.lines = text.split('\n')
    // A final newline leaves one empty element that is not a line.
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] === '') this.lines.pop()
  }
  get line(): string | undefined {
    return this.lines[this.i]
  }
  fail(what: string): never {
    throw new PolicyInputError(`line ${this.i + 1} of the patch: ${what}`)
  }
}

function mode(r: Reader, value: string, what: string): string {
  if (!MODE.test(value))
    r.fail(`${what} "${value}" is not a git mode; expected six octal digits such as 100644`)
  return value
}

/** `a/docs/x.md` -> `docs/x.md`: git apply's -p1. */
function stripPrefix(r: Reader, name: string): string {
  const slash = name.indexOf('/')
  if (slash <= 0 || slash === name.length - 1)
    r.fail(`file name ${JSON.stringify(name)} has no "a/" or "b/" prefix to strip`)
  return name.slice(slash + 1)
}

/** A `rename/copy from/to` name: quoted, or the whole rest of the line (git keeps tabs). */
function wholeName(text: string): string {
  return text.startsWith('"') ? unquoteCPath(text).path : text
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/
const TZ = /^[+-]\d{2}:?\d{2}$/

/**
 * The length of a trailing ` 2020-01-01 00:00:00[.frac] [+0000]` (or its POSIX form without
 * zone), with the whitespace before it, as git's diff_timestamp_len finds it; 0 when none.
 */
function timestampLength(text: string): number {
  const m = /[ \t]+(\S+) (\S+)(?: (\S+))?$/.exec(text)
  if (!m) return 0
  if (ISO_DATE.test(m[1]) && ISO_TIME.test(m[2]) && (m[3] === undefined || TZ.test(m[3]))) return m[0].length
  const n = /[ \t]+(\S+) (\S+)$/.exec(text)
  if (n && ISO_DATE.test(n[1]) && ISO_TIME.test(n[2])) return n[0].length
  return 0
}

const LOOKS_DATED =
  /\s(?:\d{4}-\d{2}-\d{2}(?=\s|$)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s|\d{1,2}:\d{2}:\d{2}(?=[\s.]|$))/

/**
 * The name of a `---`/`+++` line: quoted, or up to a tab; a traditional diff (`plain`) may
 * also end it with a space and an ISO timestamp, which git strips. A name that still looks
 * dated is refused: git would read the date as part of the name.
 */
function nameToken(r: Reader, text: string, plain: boolean): string {
  if (text.startsWith('"')) return unquoteCPath(text).path
  const stamp = plain ? timestampLength(text) : 0
  let name: string
  if (stamp > 0) name = text.slice(0, text.length - stamp)
  else {
    const tab = text.indexOf('\t')
    name = tab === -1 ? text : text.slice(0, tab)
  }
  if (LOOKS_DATED.test(name))
    r.fail(`the file name ${JSON.stringify(name.slice(0, 80))} ends in what looks like a date`)
  return name
}

/** The two names of a `diff --git` header, or undefined when the header alone is ambiguous. */
function gitHeaderNames(r: Reader, rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    const first = unquoteCPath(rest)
    if (rest[first.end] !== ' ') r.fail('malformed "diff --git" header')
    const second = rest.slice(first.end + 1)
    return [
      stripPrefix(r, first.path),
      stripPrefix(r, second.startsWith('"') ? unquoteCPath(second).path : second)
    ]
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "')
    if (at === -1) r.fail('malformed "diff --git" header')
    return [stripPrefix(r, rest.slice(0, at)), stripPrefix(r, unquoteCPath(rest, at + 1).path)]
  }
  // Unquoted: split where both halves name the same file (git apply does the same).
  for (let at = rest.indexOf(' '); at !== -1; at = rest.indexOf(' ', at + 1)) {
    const a = rest.slice(0, at)
    const b = rest.slice(at + 1)
    const sa = a.indexOf('/')
    const sb = b.indexOf('/')
    if (sa > 0 && sb > 0 && a.slice(sa + 1) === b.slice(sb + 1) && a.slice(sa + 1) !== '') {
      return [a.slice(sa + 1), b.slice(sb + 1)]
    }
  }
  return undefined
}

function parseHunks(r: Reader, file: PatchFile): void {
  for (let header = r.line; header !== undefined && header.startsWith('@@ '); header = r.line) {
    const m = HUNK_HEADER.exec(header)
    if (!m) r.fail(`malformed hunk header ${JSON.stringify(header.slice(0, 80))}`)
    const hunk: Hunk = {
      oldStart: Number(m[1]),
      oldLines: m[2] === undefined ? 1 : Number(m[2]),
      newStart: Number(m[3]),
      newLines: m[4] === undefined ? 1 : Number(m[4]),
      lines: []
    }
    r.i++
    let oldLeft = hunk.oldLines
    let newLeft = hunk.newLines
    while (oldLeft > 0 || newLeft > 0) {
      const line = r.line
      if (line === undefined) r.fail('the patch ends inside a hunk (it is truncated)')
      const kind = line === '' ? ' ' : line[0]
      if (kind === ' ') {
        oldLeft--
        newLeft--
      } else if (kind === '-') {
        oldLeft--
        file.deletions = (file.deletions ?? 0) + 1
      } else if (kind === '+') {
        newLeft--
        file.additions = (file.additions ?? 0) + 1
      } else if (kind !== '\\') {
        r.fail(`unexpected line in a hunk ${JSON.stringify(line.slice(0, 80))}`)
      }
      if (oldLeft < 0 || newLeft < 0) r.fail('a hunk has more lines than its "@@" header counts')
      hunk.lines.push(line === '' ? ' ' : line)
      r.i++
    }
    // "\ No newline at end of file" after the last line.
    while (r.line !== undefined && r.line.startsWith('\\')) {
      hunk.lines.push(r.line)
      r.i++
    }
    file.hunks.push(hunk)
  }
}

function newFile(): PatchFile {
  return { path: '', status: 'modified', additions: 0, deletions: 0, binary: false, hunks: [] }
}

function finish(
  r: Reader,
  file: PatchFile,
  names: { old?: string; new?: string },
  addedText: string[]
): PatchFile {
  const oldName = names.old
  const newName = names.new
  if (file.status === 'added') {
    if (newName === undefined) r.fail('a new file has no name')
    file.path = newName
  } else if (file.status === 'deleted') {
    if (oldName === undefined) r.fail('a deleted file has no name')
    file.path = oldName
  } else {
    if (oldName === undefined || newName === undefined) r.fail('a changed file has no name')
    file.path = newName
    if (file.status === 'renamed' || file.status === 'copied') file.previousPath = oldName
    else if (oldName !== newName)
      r.fail(
        `the old name ${JSON.stringify(oldName)} and new name ${JSON.stringify(newName)} differ without a rename`
      )
  }
  // git counts a file whose new text holds a NUL byte as binary.
  if (addedText.some(l => l.includes('\0'))) file.binary = true
  if (file.binary) {
    file.additions = null
    file.deletions = null
  }
  if (addedText.length > 0) {
    const secrets = findSecrets(addedText.join('\n'))
    if (secrets.length > 0) file.secrets = secrets
  }
  if (!file.binary) Object.assign(file, scanHunks(file.hunks))
  return file
}

/** Where a `diff --git` section's extended header ends: its names, content or next section. */
function endsHeader(line: string): boolean {
  return (
    line.startsWith('--- ') ||
    line.startsWith('Binary files ') ||
    line === 'GIT binary patch' ||
    line.startsWith('diff --git ') ||
    line.startsWith('@@ ') ||
    // An empty line or a format-patch signature: git ends the header there too.
    line === '' ||
    line === '-- '
  )
}

/** Read one extended header line of git's table; false when it is not one. */
function headerLine(
  r: Reader,
  line: string,
  file: PatchFile,
  olds: string[],
  news: string[],
  state: { fromTo: boolean }
): boolean {
  let m: RegExpExecArray | null
  if ((m = /^old mode (.*)$/.exec(line))) file.previousMode = mode(r, m[1], 'old mode')
  else if ((m = /^new mode (.*)$/.exec(line))) file.mode = mode(r, m[1], 'new mode')
  else if ((m = /^deleted file mode (.*)$/.exec(line))) {
    file.previousMode = mode(r, m[1], 'deleted file mode')
    file.status = 'deleted'
  } else if ((m = /^new file mode (.*)$/.exec(line))) {
    file.mode = mode(r, m[1], 'new file mode')
    file.status = 'added'
  } else if ((m = /^(rename|copy) (from|to|old|new) (.*)$/.exec(line))) {
    // git reads "rename old/new" as "rename from/to"; there is no "copy old/new".
    if (m[1] === 'copy' && (m[2] === 'old' || m[2] === 'new')) return false
    file.status = m[1] === 'rename' ? 'renamed' : 'copied'
    state.fromTo = true
    ;(m[2] === 'from' || m[2] === 'old' ? olds : news).push(wholeName(m[3]))
  } else if ((m = /^index \S*\.\.\S*(?: (.*))?$/.exec(line))) {
    if (m[1] !== undefined) {
      const both = mode(r, m[1], 'index mode')
      file.previousMode ??= both
      file.mode ??= both
    }
  } else if (!/^(?:dis)?similarity index \d+%?$/.test(line)) return false
  return true
}

/** The `literal N`/`delta N` blocks after `GIT binary patch`: a forward and an optional reverse. */
function skipBinaryPatch(r: Reader): void {
  for (let block = 0; block < 2; block++) {
    const head = r.line
    if (head === undefined || !/^(?:literal|delta) \d+$/.test(head)) {
      if (block === 0) r.fail('"GIT binary patch" is not followed by a "literal" or "delta" line')
      return
    }
    r.i++
    for (let line = r.line; line !== undefined; line = r.line) {
      r.i++
      if (line === '') break
      if (!/^[A-Za-z][0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+$/.test(line) || (line.length - 1) % 5 !== 0)
        r.fail(`corrupt binary patch line ${JSON.stringify(line.slice(0, 80))}`)
    }
  }
}

function parseGitSection(r: Reader): PatchFile {
  const file = newFile()
  const header = gitHeaderNames(r, (r.line as string).slice('diff --git '.length))
  r.i++
  // Every name a section gives for each side; they must all agree.
  const olds: string[] = header ? [header[0]] : []
  const news: string[] = header ? [header[1]] : []
  const state = { fromTo: false }
  for (let line = r.line; line !== undefined && !endsHeader(line); line = r.line) {
    if (!headerLine(r, line, file, olds, news, state))
      r.fail(`unrecognised line in a "diff --git" header ${JSON.stringify(line.slice(0, 80))}`)
    r.i++
  }
  const fromTo = state.fromTo
  const line = r.line
  const addedText: string[] = []
  if (line !== undefined && (line.startsWith('Binary files ') || line === 'GIT binary patch')) {
    file.binary = true
    r.i++
    if (line === 'GIT binary patch') skipBinaryPatch(r)
  } else if (line !== undefined && line.startsWith('--- ')) {
    const next = r.lines[r.i + 1]
    if (next === undefined || !next.startsWith('+++ ')) r.fail('a "---" line is not followed by a "+++" line')
    const oldRaw = nameToken(r, line.slice(4), false)
    const newRaw = nameToken(r, next.slice(4), false)
    if (oldRaw === '/dev/null' && newRaw === '/dev/null') r.fail('both names are /dev/null')
    if (oldRaw === '/dev/null') {
      if (file.status !== 'added' && file.status !== 'modified')
        r.fail(`"--- /dev/null" on a ${file.status} file`)
      file.status = 'added'
    } else olds.push(stripPrefix(r, oldRaw))
    if (newRaw === '/dev/null') {
      if (file.status !== 'deleted' && file.status !== 'modified')
        r.fail(`"+++ /dev/null" on a ${file.status} file`)
      file.status = 'deleted'
    } else news.push(stripPrefix(r, newRaw))
    r.i += 2
    // git keeps reading header lines after "+++" until the first "@@": refuse them.
    const after = r.line
    if (
      after !== undefined &&
      !after.startsWith('@@ ') &&
      headerLine(r, after, newFile(), [], [], { fromTo: false })
    )
      r.fail(`an extended header line after "+++" ${JSON.stringify(after.slice(0, 80))}`)
    parseHunks(r, file)
    for (const hunk of file.hunks) for (const l of hunk.lines) if (l[0] === '+') addedText.push(l.slice(1))
  }
  if (olds.length === 0 && news.length === 0) {
    r.fail('cannot tell the file names of a "diff --git" header with spaces and no other names')
  }
  if (!olds.every(n => n === olds[0]))
    r.fail(`inconsistent old file names: ${olds.map(n => JSON.stringify(n)).join(', ')}`)
  if (!news.every(n => n === news[0]))
    r.fail(`inconsistent new file names: ${news.map(n => JSON.stringify(n)).join(', ')}`)
  if (fromTo && (olds.length === 0 || news.length === 0))
    r.fail(`a ${file.status} file lacks its "from" or "to" line`)
  return finish(r, file, { old: olds[0] ?? news[0], new: news[0] ?? olds[0] }, addedText)
}

/** A traditional unified diff section (`--- a/x` / `+++ b/x` with no git header). */
function parsePlainSection(r: Reader): PatchFile {
  const file = newFile()
  const oldRaw = nameToken(r, (r.line as string).slice(4), true)
  const newRaw = nameToken(r, (r.lines[r.i + 1] as string).slice(4), true)
  const names: { old?: string; new?: string } = {}
  if (oldRaw === '/dev/null') file.status = 'added'
  else names.old = stripPrefix(r, oldRaw)
  if (newRaw === '/dev/null') {
    if (file.status === 'added') r.fail('both names are /dev/null')
    file.status = 'deleted'
  } else names.new = stripPrefix(r, newRaw)
  r.i += 2
  parseHunks(r, file)
  if (file.status === 'deleted') names.new = names.old
  const addedText: string[] = []
  for (const hunk of file.hunks) for (const l of hunk.lines) if (l[0] === '+') addedText.push(l.slice(1))
  return finish(r, file, names, addedText)
}

/**
 * Parse a unified diff into its files. Text outside file sections (a mail header, a commit
 * message) is ignored, as git apply ignores it; a traditional "Binary files … differ" line is
 * read as a binary file, so it is never ignored.
 */
export function parseUnifiedDiff(text: string): PatchFile[] {
  const r = new Reader(text)
  const files: PatchFile[] = []
  while (r.line !== undefined) {
    const line = r.line
    if (line.startsWith('diff --git ')) files.push(parseGitSection(r))
    else if (
      line.startsWith('--- ') &&
      r.lines[r.i + 1]?.startsWith('+++ ') &&
      r.lines[r.i + 2]?.startsWith('@@ ')
    ) {
      files.push(parsePlainSection(r))
    } else if (line.startsWith('@@ ')) {
      r.fail('a hunk outside any file section')
    } else if (line.startsWith('GIT binary patch')) {
      r.fail('a binary patch outside any file section')
    } else if (/^Binary files .* differ$/.test(line)) {
      const m = /^Binary files (?:a\/)?(.*?) and (?:b\/)?(.*?) differ$/.exec(line)
      const file = newFile()
      file.binary = true
      file.path = m?.[2] === '/dev/null' ? (m?.[1] ?? '') : (m?.[2] ?? '')
      file.status = m?.[1] === '/dev/null' ? 'added' : m?.[2] === '/dev/null' ? 'deleted' : 'modified'
      file.additions = null
      file.deletions = null
      files.push(file)
      r.i++
    } else r.i++
  }
  // git applies sections in order, each to the result of the last: one path in two sections
  // would be judged against the wrong text, so it is refused.
  const seen = new Set<string>()
  for (const file of files) {
    const paths = new Set([file.path, ...(file.previousPath === undefined ? [] : [file.previousPath])])
    for (const path of paths) {
      if (seen.has(path))
        throw new PolicyInputError(
          `the patch touches ${JSON.stringify(path)} in more than one section; send one section per file`
        )
      seen.add(path)
    }
  }
  return files
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
