export const id = 147;
export const ids = [147];
export const modules = {

/***/ 12147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gq: () => (/* binding */ REV),
  Wb: () => (/* binding */ looksBinary),
  sh: () => (/* binding */ readGitChanges),
  v3: () => (/* binding */ readGitFile)
});

// UNUSED EXPORTS: DIFF_ARGS, DiffReader, attributedPaths, oidsOf, parseDiffOutput, parseRange

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __webpack_require__(80499);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/policy/quote.ts
/**
 * Git's C-style path quoting (quote.c), both ways. Git quotes a path in patch headers when it
 * holds a double quote, a backslash, a control character or (with core.quotePath, the default)
 * a byte above 0x7f: `"docs/\303\274.md"`. Escapes are \a \b \t \n \v \f \r \" \\ and three
 * octal digits for any other byte. Paths are UTF-8 bytes.
 */

const LETTER = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };
const NEEDS_QUOTING = /["\\\u0000-\u001f\u007f-\uffff]/;
/** Quote as git does with core.quotePath=true; the path is returned as is when no quoting is needed. */
function quoteCPath(path) {
    if (!NEEDS_QUOTING.test(path))
        return path;
    let out = '"';
    for (const byte of Buffer.from(path, 'utf8')) {
        if (byte === 0x22 || byte === 0x5c)
            out += '\\' + String.fromCharCode(byte);
        else if (LETTER[byte] !== undefined)
            out += '\\' + LETTER[byte];
        else if (byte < 0x20 || byte >= 0x7f)
            out += '\\' + byte.toString(8).padStart(3, '0');
        else
            out += String.fromCharCode(byte);
    }
    return out + '"';
}
const UNESCAPE = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 0x22,
    '\\': 0x5c
};
// ignoreBOM: a name may start with U+FEFF, and git keeps it; the decoder must not drop it.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/**
 * Decode a quoted path that starts at `text[start]` (a double quote). Returns the path and the
 * index just past the closing quote. Invalid UTF-8 decodes to U+FFFD, which normalizePath refuses.
 */
function unquoteCPath(text, start = 0) {
    if (text[start] !== '"')
        throw new PolicyInputError(`expected a quoted path at ${JSON.stringify(text)}`);
    const bytes = [];
    let i = start + 1;
    for (;;) {
        if (i >= text.length)
            throw new PolicyInputError(`unterminated quoted path ${JSON.stringify(text)}`);
        const ch = text[i];
        if (ch === '"')
            break;
        if (ch === '\\') {
            const next = text[i + 1];
            if (next !== undefined && UNESCAPE[next] !== undefined) {
                bytes.push(UNESCAPE[next]);
                i += 2;
            }
            else if (/^[0-3][0-7][0-7]$/.test(text.slice(i + 1, i + 4))) {
                bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
                i += 4;
            }
            else {
                throw new PolicyInputError(`unknown escape "\\${next ?? ''}" in quoted path ${JSON.stringify(text)}`);
            }
            continue;
        }
        const char = String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
        for (const b of Buffer.from(char, 'utf8'))
            bytes.push(b);
        i += char.length;
    }
    return { path: utf8.decode(Uint8Array.from(bytes)), end: i + 1 };
}

// EXTERNAL MODULE: ./src/policy/secrets.ts
var secrets = __webpack_require__(45915);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __webpack_require__(58571);
// EXTERNAL MODULE: ./src/policy/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(26690);
;// CONCATENATED MODULE: ./src/policy/git.ts
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












const REV = /^[^\s\-:\\.][^\s:\\]*$/;
/** `BASE..HEAD` or `BASE...HEAD` (from the merge base, as a pull request shows it). */
function parseRange(range) {
    const at = range.indexOf('..');
    const symmetric = at !== -1 && range[at + 2] === '.';
    const base = at === -1 ? '' : range.slice(0, at);
    const head = at === -1 ? '' : range.slice(at + (symmetric ? 3 : 2));
    if (!REV.test(base) || !REV.test(head) || base.includes('..') || head.includes('..')) {
        throw new errors/* PolicyInputError */.H(`--git ${JSON.stringify(range)} is not a valid range; expected BASE..HEAD or BASE...HEAD with two revisions`);
    }
    return { base, head, symmetric };
}
/** Run git without a shell. Output is collected, or written to `stdoutFd`. */
function spawnGit(repo, args, input, stdoutFd, env = undefined) {
    const options = { cwd: repo, env: env ?? (0,run/* trustedGitEnv */.F$)(), windowsHide: true };
    const child = stdoutFd === undefined
        ? (0,external_node_child_process_.spawn)('git', args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
        : (0,external_node_child_process_.spawn)('git', args, { ...options, stdio: ['pipe', stdoutFd, 'pipe'] });
    const out = [];
    const err = [];
    // Listened to first: a start that fails (no git, no file descriptor left) leaves the streams
    // unset, and its error must reach `done`, not end the process.
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new errors/* PolicyInputError */.H(`cannot run git (${error.message})`)));
        child.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    });
    child.stdout?.on('data', (b) => out.push(b));
    child.stderr?.on('data', (b) => err.push(b));
    // A process that exits before reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined);
    if (input !== undefined)
        child.stdin?.end(input);
    return { child, done };
}
function notARepository(repo) {
    return new errors/* PolicyInputError */.H(`${JSON.stringify(repo)} is not a git repository; expected --repo to name one`);
}
function firstLine(text) {
    return (text
        .split('\n')
        .map(l => l.trim())
        .find(l => l !== '') ?? 'no message');
}
/** Options that user or repository configuration could otherwise change. */
const DIFF_ARGS = [
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
];
const STATUS = {
    A: 'added',
    D: 'deleted',
    M: 'modified',
    T: 'modified',
    R: 'renamed',
    C: 'copied'
};
/** How much of git's output is read at a time, and how often the growing file is looked at. */
const READ_SIZE = 1 << 20;
const POLL_MS = 2;
const ZERO_MODE = '000000';
const GITLINK = '160000';
function malformed(what) {
    throw new errors/* PolicyInputError */.H(`git diff printed output that cannot be read (${what})`);
}
function expectedHeader(entry) {
    return (entry.header ??= `diff --git ${quoteCPath(`a/${entry.oldPath}`)} ${quoteCPath(`b/${entry.file.path}`)}`);
}
/** A pair whose type changes (file, symlink, submodule) is printed as a deletion and a creation. */
function sectionsOf(entry) {
    const typeChanged = entry.oldMode !== ZERO_MODE &&
        entry.newMode !== ZERO_MODE &&
        (entry.oldMode.length < 3 || entry.newMode.length < 3
            ? entry.oldMode.slice(0, 3) !== entry.newMode.slice(0, 3)
            : entry.oldMode.charCodeAt(0) !== entry.newMode.charCodeAt(0) ||
                entry.oldMode.charCodeAt(1) !== entry.newMode.charCodeAt(1) ||
                entry.oldMode.charCodeAt(2) !== entry.newMode.charCodeAt(2));
    return typeChanged ? 2 : 1;
}
/** Lines starting with "+" that hold a credential hint. `^` only matches at a text's start. */
const ADDED_LINE_HINT = new RegExp(`(?:^|\\n)\\+[^\\n]*?(?:${secrets/* SECRET_HINT_SOURCE */.vd})`, 'g');
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
class DiffReader {
    onHead;
    entries = [];
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    tokenCarry = '';
    raw = null;
    numstat = null;
    inNumstat = false;
    counted = 0;
    headDone = false;
    prevEndsWithNul = false;
    carry = '';
    /** Section ordinal -> entry index, filled as entries arrive. */
    owners = [];
    section = -1;
    header = '';
    inHunk = false;
    /** The threat scan of each entry with a hinted line, by entry index. */
    threatScans = new Map();
    /** The new-file number of the next hunk line, at the end of the last text scanned. */
    nextNewLine;
    /** Where counting new-file lines last stopped, so that each line is counted once. */
    lineCursor = { text: '', pos: 0, n: NaN, nextHeader: -1 };
    constructor(onHead) {
        this.onHead = onHead;
    }
    push(chunk) {
        if (this.headDone)
            return this.patch(chunk);
        let sep = -1;
        let restAt = -1;
        if (this.prevEndsWithNul && chunk.length > 0 && chunk[0] === 0) {
            restAt = 1;
        }
        else {
            sep = chunk.indexOf('\0\0');
            if (sep !== -1)
                restAt = sep + 2;
        }
        if (restAt === -1) {
            this.tokens(this.decoder.write(chunk));
            if (chunk.length > 0)
                this.prevEndsWithNul = chunk[chunk.length - 1] === 0;
            return;
        }
        this.tokens(this.decoder.write(chunk.subarray(0, sep + 1)) + this.decoder.end());
        this.finishHead();
        this.patch(chunk.subarray(restAt));
    }
    end() {
        if (!this.headDone) {
            this.tokens(this.decoder.end());
            this.finishHead();
        }
        if (this.carry !== '') {
            const last = this.carry;
            this.carry = '';
            this.scan(`${last}\n`);
        }
        if (this.section + 1 !== this.owners.length) {
            malformed(`${this.section + 1} patch sections for ${this.entries.length} changed files`);
        }
        for (const [index, scan] of this.threatScans)
            Object.assign(this.entries[index].file, scan.result());
        return this.entries;
    }
    /** Complete NUL-terminated records of the head; a partial one waits for the next chunk. */
    tokens(text) {
        if (text === '')
            return;
        const all = this.tokenCarry + text;
        let pos = 0;
        for (let end = all.indexOf('\0'); end !== -1; end = all.indexOf('\0', pos)) {
            this.token(all, pos, end);
            pos = end + 1;
        }
        this.tokenCarry = all.slice(pos);
    }
    /** One record, all[from, to). Only what is kept becomes a string of its own. */
    token(all, from, to) {
        if (!this.inNumstat) {
            const raw = this.raw;
            if (raw) {
                const t = all.slice(from, to);
                const renamed = raw.status === 'renamed' || raw.status === 'copied';
                if (renamed && raw.first === undefined) {
                    raw.first = t;
                    return;
                }
                this.raw = null;
                const oldPath = raw.first ?? t;
                const file = {
                    path: t,
                    status: raw.status,
                    additions: null,
                    deletions: null,
                    binary: false
                };
                if (renamed)
                    file.previousPath = oldPath;
                if (raw.newMode !== ZERO_MODE)
                    file.mode = raw.newMode;
                if (raw.oldMode !== ZERO_MODE)
                    file.previousMode = raw.oldMode;
                const entry = {
                    file,
                    oldPath,
                    meta: raw.meta,
                    oldMode: raw.oldMode,
                    newMode: raw.newMode
                };
                const index = this.entries.push(entry) - 1;
                for (let k = sectionsOf(entry); k > 0; k--)
                    this.owners.push(index);
                return;
            }
            if (all.charCodeAt(from) === 0x3a /* ':' */) {
                this.raw = parseRawMeta(all.slice(from, to));
                return;
            }
            this.inNumstat = true;
        }
        const pending = this.numstat;
        if (pending) {
            if (pending.old === undefined) {
                pending.old = all.slice(from, to);
                return;
            }
            this.numstat = null;
            const path = all.slice(from, to);
            if (!this.count(pending.added, pending.deleted, pending.old, path, 0, path.length)) {
                malformed(`numstat counts ${JSON.stringify(pending.counts)}`);
            }
            return;
        }
        const tab1 = all.indexOf('\t', from);
        const tab2 = tab1 === -1 || tab1 >= to ? -1 : all.indexOf('\t', tab1 + 1);
        if (tab2 === -1 || tab2 >= to)
            malformed(`numstat record ${JSON.stringify(all.slice(from, to))}`);
        const added = numstatCount(all, from, tab1);
        const deleted = numstatCount(all, tab1 + 1, tab2);
        if (tab2 === to - 1) {
            this.numstat = { added, deleted, counts: all.slice(from, tab2) };
        }
        else if (!this.count(added, deleted, undefined, all, tab2 + 1, to)) {
            malformed(`numstat counts ${JSON.stringify(all.slice(from, tab2))}`);
        }
    }
    /**
     * Apply one numstat record to the next entry, checking that it names the same file: its
     * path is text[at, to), and `oldPath` the old path of a rename or copy. False when the counts
     * are neither numbers nor numstat's "-" pair: the caller, which has them as printed, says so.
     */
    count(added, deleted, oldPath, text, at, to) {
        const entry = this.entries[this.counted++];
        if (!entry)
            malformed('more numstat records than raw records');
        const path = entry.file.path;
        const same = to - at === path.length &&
            text.startsWith(path, at) &&
            (oldPath === undefined ? entry.oldPath === path : oldPath === entry.oldPath);
        if (!same) {
            malformed(`numstat names ${JSON.stringify(text.slice(at, to))} where raw named ${JSON.stringify(path)}`);
        }
        if (added === DASH && deleted === DASH) {
            entry.file.binary = true;
            return true;
        }
        if (added < 0 || deleted < 0)
            return false;
        entry.file.additions = added;
        entry.file.deletions = deleted;
        return true;
    }
    finishHead() {
        this.headDone = true;
        if (this.tokenCarry !== '' || this.raw || this.numstat)
            malformed('a record is not NUL-terminated');
        if (this.counted !== this.entries.length)
            malformed('fewer numstat records than raw records');
        this.onHead?.(this.entries);
    }
    patch(chunk) {
        if (chunk.length === 0)
            return;
        // Scan whole lines only; the partial line at each end of a chunk waits for the next one.
        // The chunk's own text is sliced, never copied into a concatenation.
        const text = chunk.toString('latin1');
        const firstNewline = text.indexOf('\n');
        if (firstNewline === -1) {
            this.carry += text;
            return;
        }
        const lastNewline = text.lastIndexOf('\n');
        this.scan(this.carry + text.slice(0, firstNewline + 1));
        if (lastNewline > firstNewline)
            this.scan(text.slice(firstNewline + 1, lastNewline + 1));
        this.carry = text.slice(lastNewline + 1);
    }
    /** Whole lines of patch text: follow the sections, and look at the added lines the hint finds. */
    scan(text) {
        // Regions of this text, each within one section: where it starts, where its hunks start.
        const starts = [];
        const hunks = [];
        const sections = [];
        const hunkFrom = (from, to) => {
            if (text.startsWith('@@ ', from))
                return from;
            const at = text.indexOf('\n@@ ', from);
            return at !== -1 && at + 1 < to ? at + 1 : to;
        };
        let next = text.startsWith('diff --git ') ? 0 : text.indexOf('\ndiff --git ');
        if (next > 0)
            next++;
        // The first region may continue a section that began in an earlier text.
        const continuing = next !== 0;
        const continuingHeader = this.header;
        if (continuing) {
            if (this.section === -1)
                malformed('the patch does not start with a "diff --git" header');
            const end = next === -1 ? text.length : next;
            starts.push(0);
            hunks.push(this.inHunk ? 0 : hunkFrom(0, end));
            sections.push(this.section);
            if (hunks[0] < end)
                this.inHunk = true;
        }
        while (next !== -1) {
            const eol = text.indexOf('\n', next);
            if (++this.section >= this.owners.length)
                malformed('more patch sections than changed files');
            const following = text.indexOf('\ndiff --git ', eol);
            const end = following === -1 ? text.length : following + 1;
            const hunk = hunkFrom(eol, end);
            starts.push(next);
            hunks.push(hunk);
            sections.push(this.section);
            this.inHunk = hunk < end;
            if (following === -1)
                this.header = text.slice(next, eol);
            next = following === -1 ? -1 : following + 1;
        }
        const hint = ADDED_LINE_HINT;
        hint.lastIndex = 0;
        for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
            const lineStart = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index;
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            hint.lastIndex = lineEnd;
            const lo = regionOf(starts, lineStart);
            if (lineStart < hunks[lo])
                continue;
            const kinds = (0,secrets/* findSecrets */.dL)(text.slice(lineStart + 1, lineEnd));
            if (kinds.length === 0)
                continue;
            const entry = this.entries[this.owners[sections[lo]]];
            const header = lo === 0 && continuing ? continuingHeader : headerAt(text, starts[lo]);
            if (header !== expectedHeader(entry)) {
                malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`);
            }
            entry.file.secrets ??= [];
            for (const kind of kinds)
                if (!entry.file.secrets.includes(kind))
                    entry.file.secrets.push(kind);
        }
        this.threats(text, { starts, hunks, sections, continuing, continuingHeader });
    }
    /**
     * The content threat rules: lines the hint finds are decoded (the patch is read as latin1)
     * and scanned, added lines for every rule, removed and context lines for the hosts they name.
     */
    threats(text, regions) {
        const { starts, hunks, sections } = regions;
        for (const lineStart of (0,threats/* hintedLineStarts */.mr)(text)) {
            let lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd === -1)
                lineEnd = text.length;
            const lo = regionOf(starts, lineStart);
            const mark = text.charCodeAt(lineStart);
            if (lineStart < hunks[lo] || (mark !== 0x2b && mark !== 0x20 && mark !== 0x2d))
                continue;
            const index = this.owners[sections[lo]];
            const entry = this.entries[index];
            const header = lo === 0 && regions.continuing ? regions.continuingHeader : headerAt(text, starts[lo]);
            if (header !== expectedHeader(entry)) {
                malformed(`a patch header does not belong to ${JSON.stringify(entry.file.path)}`);
            }
            let scan = this.threatScans.get(index);
            if (!scan)
                this.threatScans.set(index, (scan = new threats/* ThreatScan */.GU()));
            const line = (0,threats/* decodeLatin1Line */.S4)(text.slice(lineStart + 1, lineEnd));
            if (mark === 0x2b)
                scan.addedLine(line, this.newLineAt(text, lineStart, lo === 0 && regions.continuing));
            else
                scan.knownLine(line);
        }
        const continuingToEnd = starts.length === 1 && regions.continuing;
        this.nextNewLine = this.inHunk ? this.newLineAt(text, text.length, continuingToEnd) : undefined;
    }
    /**
     * The new-file number of the hunk line starting at `at`: counted from the last `@@` header
     * before it, or, in a text that continues the last text's hunk, from where that one ended.
     * Calls come in increasing order within a text, so each line is passed over once.
     */
    newLineAt(text, at, continuing) {
        let c = this.lineCursor;
        if (c.text !== text || c.pos > at) {
            const n = continuing && this.nextNewLine !== undefined ? this.nextNewLine : NaN;
            c = this.lineCursor = { text, pos: 0, n, nextHeader: nextHeaderFrom(text, 0) };
        }
        while (c.nextHeader !== -1 && c.nextHeader < at) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(text.slice(c.nextHeader, c.nextHeader + 80));
            const eol = text.indexOf('\n', c.nextHeader);
            c.n = m ? Number(m[1]) : NaN;
            c.pos = eol === -1 ? text.length : eol + 1;
            c.nextHeader = nextHeaderFrom(text, c.pos);
        }
        while (c.pos < at) {
            const mark = text.charCodeAt(c.pos);
            if (mark !== 0x2d && mark !== 0x5c)
                c.n++;
            const eol = text.indexOf('\n', c.pos);
            c.pos = eol === -1 ? text.length : eol + 1;
        }
        return Number.isNaN(c.n) ? undefined : c.n;
    }
}
/** Where the next `@@` header line at or after `from` starts; -1 when none. */
function nextHeaderFrom(text, from) {
    if (text.startsWith('@@ ', from))
        return from;
    const at = text.indexOf('\n@@ ', from);
    return at === -1 ? -1 : at + 1;
}
/** The region holding the line that starts at `lineStart`. */
function regionOf(starts, lineStart) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= lineStart)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function headerAt(text, start) {
    const eol = text.indexOf('\n', start);
    return text.slice(start, eol === -1 ? text.length : eol);
}
const MODES = ['100644', '100755', '120000', '160000', ZERO_MODE];
/** The mode at meta[from, to), as a shared constant when it is a common one (no string per file). */
function mode(meta, from, to) {
    if (to - from === 6) {
        for (let i = 0; i < MODES.length; i++)
            if (meta.startsWith(MODES[i], from))
                return MODES[i];
    }
    return meta.slice(from, to);
}
/**
 * The spaces of `:100644 100644 <old oid> <new oid> M`: exactly four, else the record is
 * malformed. Returns the k-th (1 to 4).
 */
function rawSpace(meta, k) {
    const s1 = meta.indexOf(' ');
    const s2 = meta.indexOf(' ', s1 + 1);
    const s3 = meta.indexOf(' ', s2 + 1);
    const s4 = meta.indexOf(' ', s3 + 1);
    if (s1 === -1 || s2 === -1 || s3 === -1 || s4 === -1 || meta.indexOf(' ', s4 + 1) !== -1) {
        malformed(`raw record ${JSON.stringify(meta)}`);
    }
    return k === 1 ? s1 : k === 2 ? s2 : k === 3 ? s3 : s4;
}
/** `:100644 100644 <old oid> <new oid> M`; the blob ids are read when needed (`oidsOf`). */
function parseRawMeta(meta) {
    const s4 = rawSpace(meta, 4);
    const s1 = meta.indexOf(' ');
    const s2 = meta.indexOf(' ', s1 + 1);
    const status = STATUS[meta[s4 + 1]];
    if (!status)
        malformed(`unexpected status ${JSON.stringify(meta.slice(s4 + 1))}`);
    return { meta, oldMode: mode(meta, 1, s1), newMode: mode(meta, s1 + 1, s2), status };
}
/** The old and new blob ids of an entry. */
function oidsOf(entry) {
    const meta = entry.meta;
    const s2 = rawSpace(meta, 2);
    const s3 = meta.indexOf(' ', s2 + 1);
    const s4 = meta.indexOf(' ', s3 + 1);
    return { oldOid: meta.slice(s2 + 1, s3), newOid: meta.slice(s3 + 1, s4) };
}
/** What `numstatCount` returns for a lone "-", numstat's mark of a binary file. */
const DASH = -2;
/** A numstat count at text[from, to): decimal digits, DASH for "-", -1 for anything else. */
function numstatCount(text, from, to) {
    if (to - from === 1 && text.charCodeAt(from) === 0x2d)
        return DASH;
    if (to <= from || to - from > 15)
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        n = n * 10 + digit;
    }
    return n;
}
/** The paths whose content git reads for the diff, for check-attr (no submodule, no absent side). */
function contentPaths(entries) {
    const paths = [];
    for (const e of entries) {
        const renamed = e.file.status === 'renamed' || e.file.status === 'copied';
        if (e.newMode !== ZERO_MODE && e.newMode !== GITLINK)
            paths.push(e.file.path);
        if (e.oldMode !== ZERO_MODE && e.oldMode !== GITLINK && (renamed || e.newMode === ZERO_MODE)) {
            paths.push(e.oldPath);
        }
    }
    return paths;
}
/** Parse a complete `git diff --raw --numstat -p -z` output (tests, and the --text re-diff). */
function parseDiffOutput(out) {
    const reader = new DiffReader();
    reader.push(out);
    return reader.end();
}
/** The whole of a file git wrote through its own copy of `fd` (whose offset is at the end). */
function readWhole(fd) {
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, read, size - read, read);
        if (n === 0)
            break;
        read += n;
    }
    return buffer.toString('utf8', 0, read);
}
/** `git cat-file --batch` for several object names at once; null for a missing object. */
async function catFileBatch(repo, names, env) {
    if (names.length === 0)
        return [];
    const { done } = spawnGit(repo, ['cat-file', '--batch'], names.map(n => `${n}\n`).join(''), undefined, env);
    const result = await done;
    if (result.code !== 0)
        throw /not a git repository/.test(result.stderr)
            ? notARepository(repo)
            : new errors/* PolicyInputError */.H(`git cat-file failed: ${firstLine(result.stderr)}`);
    try {
        return (0,cat_file/* parseCatFileBatch */["if"])(result.stdout, names.length);
    }
    catch (error) {
        if (error instanceof cat_file/* CatFileFormatError */.cL)
            malformed(error.message);
        throw error;
    }
}
/**
 * A file's text at a revision (`git cat-file --batch` on `REV:path`); null when the revision has
 * no such path. Anything there that is not a file is an input error.
 */
async function readGitFile(repo, rev, path, env) {
    if (!REV.test(rev) || /[\n\0]/.test(path)) {
        throw new errors/* PolicyInputError */.H(`cannot read ${JSON.stringify(path)} at ${JSON.stringify(rev)}; expected a revision and a path`);
    }
    const [obj] = await catFileBatch(repo, [`${rev}:${path}`], env);
    if (obj && obj.type !== 'blob') {
        throw new errors/* PolicyInputError */.H(`${path} at ${rev} is a ${obj.type}, not a file; expected a JSON file`);
    }
    return obj ? obj.content.toString('utf8') : null;
}
/**
 * The paths of `git check-attr -z` output (`path\0attribute\0info\0`, per path and attribute)
 * whose `diff` or `binary` attribute is specified. Only those paths become strings. (A regular
 * expression that skips runs of unspecified records is faster for short paths, but slows down
 * with long ones, which the change's author chooses.)
 */
function attributedPaths(output) {
    const found = new Set();
    let pos = 0;
    for (;;) {
        const a = output.indexOf('\0', pos);
        const b = a === -1 ? -1 : output.indexOf('\0', a + 1);
        const c = b === -1 ? -1 : output.indexOf('\0', b + 1);
        if (c === -1)
            break;
        const matters = !(b - a === 5 && output.startsWith('text', a + 1));
        const unspecified = c - b === 12 && output.startsWith('unspecified', b + 1);
        if (matters && !unspecified)
            found.add(output.slice(pos, a));
        pos = c + 1;
    }
    if (pos !== output.length)
        malformed('check-attr printed a record that is not NUL-terminated');
    return found;
}
/** A NUL in the first 8,000 bytes (git's FIRST_FEW_BYTES) makes content binary. */
function looksBinary(content) {
    return content.subarray(0, 8000).includes(0);
}
const REGULAR = /^100[0-7]{3}$/;
const ZERO_OID = /^0+$/;
/**
 * Read the change of a range from the repository at `repo`. `configPath` is the watched config
 * file (repository-relative); `readConfigAtBase` also reads it at BASE, in parallel.
 */
async function readGitChanges(opts) {
    const range = parseRange(opts.range);
    if (opts.signal?.aborted)
        throw cancelled();
    const rangeArg = `${range.base}${range.symmetric ? '...' : '..'}${range.head}`;
    const scratch = openScratch(opts.scratchDir);
    let base;
    let entries;
    let attributed;
    try {
        // The diff first: it is the long pole. check-attr and cat-file start alongside it and wait.
        const gits = startDiffAndAttr(opts, rangeArg, scratch);
        base = opts.readConfigAtBase ? readGitFile(opts.repo, range.base, opts.configPath, opts.env) : undefined;
        // Settle the parallel work even when the diff fails, so nothing is left unhandled.
        base?.catch(() => undefined);
        ({ entries, attributed } = await readDiffAndAttr(opts, gits, scratch));
    }
    finally {
        scratch.close();
    }
    const blobs = await readBlobs(opts, entries, attributed);
    const rediff = decideBinaryByContent(blobs);
    if (rediff.length > 0)
        await diffAsText(opts.repo, rangeArg, rediff, opts.env);
    const result = { files: entries.map(e => e.file) };
    const configFile = configFileChange(blobs, opts.configPath);
    if (configFile)
        result.configFile = configFile;
    if (base)
        result.configAtBase = await base;
    return result;
}
function cancelled() {
    return new errors/* PolicyInputError */.H('reading the change from git was cancelled');
}
/**
 * Two private files in a directory of their own. Once open, they live on through their
 * descriptors only: removed at once, no copy of the change (credentials included) is left on
 * disk, whatever becomes of this process. A system that cannot remove an open file (Windows)
 * removes them on `close`.
 */
function openScratch(scratchDir) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratchDir ?? (0,external_node_os_.tmpdir)(), 'self-evolution-diff-'));
    const diffPath = (0,external_node_path_.join)(dir, 'diff');
    const attrPath = (0,external_node_path_.join)(dir, 'attr');
    let diffFd = -1;
    let attrFd = -1;
    let removed = false;
    const close = () => {
        if (diffFd !== -1)
            (0,external_node_fs_.closeSync)(diffFd);
        if (attrFd !== -1)
            (0,external_node_fs_.closeSync)(attrFd);
        if (!removed)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        diffFd = (0,external_node_fs_.openSync)(diffPath, 'w+', 0o600);
        attrFd = (0,external_node_fs_.openSync)(attrPath, 'w+', 0o600);
    }
    catch (error) {
        close();
        throw error;
    }
    try {
        (0,external_node_fs_.unlinkSync)(diffPath);
        (0,external_node_fs_.unlinkSync)(attrPath);
        (0,external_node_fs_.rmdirSync)(dir);
        removed = true;
    }
    catch {
        // removed on close
    }
    return { diffFd, attrFd, close };
}
/**
 * git diff and git check-attr, each writing to its own scratch file, so a reader busy with one
 * never slows the other down (a full pipe would). check-attr waits for the paths on its input.
 */
function startDiffAndAttr(opts, rangeArg, scratch) {
    const diffArgs = [...DIFF_ARGS, '--end-of-options', rangeArg, '--'];
    const diff = spawnGit(opts.repo, diffArgs, undefined, scratch.diffFd, opts.env);
    diff.child.stdin?.end();
    try {
        const attr = spawnGit(opts.repo, ATTR_ARGS, undefined, scratch.attrFd, opts.env);
        return { diff, attr };
    }
    catch (error) {
        diff.child.kill();
        throw error;
    }
}
// `diff` and `binary` (-diff -merge -text) decide how git diff treats content; `text` is read too
// but only changes line endings, so it alone does not make a blob worth reading.
const ATTR_ARGS = ['check-attr', '-z', '--stdin', 'diff', 'binary', 'text'];
/**
 * Parse git diff's output while git writes it; once its records are in, hand their paths to
 * check-attr in one write. Every git started is stopped if the read fails, whatever failed.
 */
async function readDiffAndAttr(opts, gits, scratch) {
    const { diff, attr } = gits;
    try {
        const attrRead = attr.done.then(result => {
            if (result.code !== 0)
                throw new errors/* PolicyInputError */.H(`git check-attr failed: ${firstLine(result.stderr)}`);
            return attributedPaths(readWhole(scratch.attrFd));
        });
        attrRead.catch(() => undefined);
        const reader = new DiffReader(entries => {
            const paths = contentPaths(entries);
            attr.child.stdin?.end(paths.length > 0 ? `${paths.join('\0')}\0` : '');
        });
        let entries;
        try {
            entries = await followDiff(opts, diff, scratch.diffFd, reader);
        }
        finally {
            if (attr.child.stdin && !attr.child.stdin.writableEnded)
                attr.child.stdin.end();
        }
        return { entries, attributed: await attrRead };
    }
    catch (error) {
        diff.child.kill();
        attr.child.kill();
        throw error;
    }
}
/**
 * Read what git diff writes to `fd` as it grows, until git exits, then check how it exited.
 * A reader error waits for git's own exit, whose failure explains more.
 */
async function followDiff(opts, diff, fd, reader) {
    let exited = false;
    // git's exit ends the wait between two reads at once, rather than at the next tick.
    let wake = () => undefined;
    const diffDone = diff.done.finally(() => {
        exited = true;
        wake();
    });
    const stop = () => diff.child.kill();
    opts.signal?.addEventListener('abort', stop, { once: true });
    diffDone.finally(() => opts.signal?.removeEventListener('abort', stop)).catch(() => undefined);
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    let position = 0;
    /** Read and parse what git has written so far. */
    const drain = () => {
        for (let n = (0,external_node_fs_.readSync)(fd, buffer, 0, READ_SIZE, position); n > 0;) {
            position += n;
            reader.push(buffer.subarray(0, n));
            n = (0,external_node_fs_.readSync)(fd, buffer, 0, READ_SIZE, position);
        }
    };
    let failed;
    try {
        // Wait first: the caller starts its own work (reading the rules) before the first read.
        while (!exited) {
            await new Promise(resolve => {
                const timer = setTimeout(resolve, POLL_MS);
                wake = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
            drain();
        }
    }
    catch (error) {
        failed = error;
    }
    const result = await diffDone;
    if (opts.signal?.aborted)
        throw cancelled();
    if (result.code !== 0)
        throw await diffFailure(opts, result);
    if (failed)
        throw failed;
    drain();
    return reader.end();
}
/** Why git diff failed. Outside a repository it falls back to comparing files: say so instead. */
async function diffFailure(opts, result) {
    const inside = await spawnGit(opts.repo, ['rev-parse', '--git-dir'], '', undefined, opts.env).done;
    if (inside.code !== 0)
        return notARepository(opts.repo);
    return new errors/* PolicyInputError */.H(`--git ${JSON.stringify(opts.range)} cannot be read: ${firstLine(result.stderr)}; expected a range of two commits in ${opts.repo}`);
}
/** The regular-file blobs of attributed entries and of the config file, in one cat-file. */
async function readBlobs(opts, entries, attributed) {
    const candidates = attributed.size === 0 ? [] : entries.filter(e => attributed.has(e.file.path) || attributed.has(e.oldPath));
    const configEntries = entries.filter(e => e.file.path === opts.configPath || e.oldPath === opts.configPath);
    const oids = new Map([...candidates, ...configEntries].map(e => [e, oidsOf(e)]));
    const wantedSet = new Set();
    const want = (mode, oid) => {
        if (REGULAR.test(mode) && !ZERO_OID.test(oid))
            wantedSet.add(oid);
    };
    for (const [e, { oldOid, newOid }] of oids) {
        want(e.oldMode, oldOid);
        want(e.newMode, newOid);
    }
    const wanted = [...wantedSet];
    const read = await catFileBatch(opts.repo, wanted, opts.env);
    const blobs = new Map();
    wanted.forEach((oid, i) => {
        const obj = read[i];
        if (obj && obj.type === 'blob')
            blobs.set(oid, obj.content);
    });
    return { candidates, configEntries, oids, blobs };
}
/**
 * Binary by content, whatever the attributes say: a file git counted as text is binary when a
 * side of it holds a NUL. Returns the files git called binary whose content is text, to be
 * diffed again with --text.
 */
function decideBinaryByContent({ candidates, oids, blobs }) {
    const rediff = [];
    for (const e of candidates) {
        const { oldOid, newOid } = oids.get(e) ?? oidsOf(e);
        const sides = [oldOid, newOid].filter(oid => blobs.has(oid));
        const byContent = sides.some(oid => looksBinary(blobs.get(oid)));
        if (byContent && !e.file.binary) {
            e.file.binary = true;
            e.file.additions = null;
            e.file.deletions = null;
        }
        else if (!byContent && e.file.binary && sides.length > 0) {
            rediff.push(e);
        }
    }
    return rediff;
}
/** The watched config file before and after the change, when the change touches it. */
function configFileChange({ configEntries, oids, blobs }, configPath) {
    let change;
    for (const e of configEntries) {
        const { oldOid, newOid } = oids.get(e) ?? oidsOf(e);
        const text = (oid) => blobs.get(oid)?.toString('utf8');
        if (e.file.path !== configPath || e.file.status === 'deleted') {
            change = { before: text(oldOid) ?? null, after: null };
        }
        else if (!change) {
            const after = REGULAR.test(e.newMode) ? text(newOid) : undefined;
            change = {
                before: e.file.status === 'modified' ? (text(oldOid) ?? null) : null,
                after,
                ...(after === undefined
                    ? { unknownReason: `${configPath} is not a regular file after the change` }
                    : {})
            };
        }
    }
    return change;
}
/**
 * Diff again, with --text, the files that an attribute made git call binary although their
 * content is text: their counts and added lines must not hide behind `-diff`. git 2.39's
 * numstat still says "-" for them under --text, so the counts come from the patch itself.
 */
async function diffAsText(repo, rangeArg, targets, env) {
    const paths = [...new Set(targets.flatMap(e => [e.oldPath, e.file.path]))];
    const args = [
        '--literal-pathspecs',
        ...DIFF_ARGS.filter(a => a !== '--raw' && a !== '--numstat' && a !== '-z'),
        '--text',
        '--end-of-options',
        rangeArg,
        '--',
        ...paths
    ];
    const { done, child } = spawnGit(repo, args, undefined, undefined, env);
    child.stdin.end();
    const result = await done;
    if (result.code !== 0)
        throw new errors/* PolicyInputError */.H(`git diff --text failed: ${firstLine(result.stderr)}`);
    const again = (0,unified_diff/* parseUnifiedDiff */.rj)(result.stdout.toString('utf8'));
    const byKey = new Map(again.map(f => [`${f.previousPath ?? f.path}\0${f.path}`, f]));
    for (const target of targets) {
        const file = byKey.get(`${target.file.previousPath ?? target.file.path}\0${target.file.path}`);
        // Paired differently without the other files: it stays binary, which fails closed.
        if (!file || file.binary || file.additions === null || file.deletions === null)
            continue;
        target.file.binary = false;
        target.file.additions = file.additions;
        target.file.deletions = file.deletions;
        if (file.secrets)
            target.file.secrets = file.secrets;
        if (file.threats)
            target.file.threats = file.threats;
        if (file.urlHosts)
            target.file.urlHosts = file.urlHosts;
    }
}


/***/ })

};
