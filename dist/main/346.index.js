export const id = 346;
export const ids = [346];
export const modules = {

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PolicyInputError)
/* harmony export */ });
/**
 * Input that cannot be judged at all: invalid JSON, a schema error, a patch that cannot be
 * parsed, a bad git range. The CLI prints the message as one line and exits 2. Anything the
 * engine can judge is a violation instead, never this error.
 */
class PolicyInputError extends Error {
    name = 'PolicyInputError';
}


/***/ }),

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Yn: () => (/* binding */ normalizedQuickly)
/* harmony export */ });
/* unused harmony export isGitDirectoryAlias */
/**
 * Path normalization, before any matching: a path that cannot be normalized is refused
 * (the `invalid-path` rule), and matching happens on the normalized form, in Unicode NFC.
 * Kept apart from the matchers so that readers can use it without loading picomatch.
 */
/** Control characters (C0, DEL, C1) and the bidirectional overrides and isolates. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/;
/**
 * Anything normalizePath might refuse: a forbidden character or backslash, an absolute path, an
 * empty, "." or ".." segment, a ".git" segment. A match only sends the path down the careful way.
 */
const SUSPICIOUS = /[\u0000-\u001f\u007f-\u009f\u200c-\u200f\u202a-\u202e\u2066-\u206f\ufeff\ufffd\\]|^\/|^[A-Za-z]:\/|(?:^|\/)\.{0,2}(?:\/|$)|(?:^|\/)\.git(?:[/.: ]|$)|(?:^|\/)git~\d/i;
/** Code points that HFS+ ignores in names, so ".g\u200cit" is ".git" on a Mac checkout. */
const HFS_IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
/**
 * A segment that some checkout would treat as the `.git` directory, as git's own protectNTFS and
 * protectHFS checks do: any case, trailing dots or spaces (NTFS drops them), an NTFS stream
 * suffix (".git::$INDEX_ALLOCATION"), the 8.3 short name "git~1", or ignorable code points.
 */
function isGitDirectoryAlias(segment) {
    const name = segment.replace(HFS_IGNORABLE, '').toLowerCase();
    const base = name.split(':')[0].replace(/[. ]+$/, '');
    return base === '.git' || /^git~\d+$/.test(base);
}
const NON_ASCII = /[^\u0000-\u007f]/;
function describeChar(ch) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0)
        return 'a NUL byte';
    if (code === 0xfffd)
        return 'U+FFFD (bytes that are not valid UTF-8)';
    if (code >= 0x202a)
        return `the bidirectional control U+${code.toString(16).toUpperCase()}`;
    return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Normalize a repository path, or say why it is invalid: absolute, a `.` or `..` segment, an
 * empty segment, a backslash, a NUL or a control character, or a `.git` segment (git itself
 * refuses those). `stripDotSlash` removes one leading `./` (proposals files only).
 */
function normalizePath(raw, stripDotSlash = false) {
    if (typeof raw !== 'string')
        return { ok: false, reason: 'the path is not a string' };
    const quick = normalizedQuickly(raw, stripDotSlash);
    if (quick !== undefined)
        return { ok: true, path: quick };
    const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw;
    if (path === '')
        return { ok: false, reason: 'the path is empty' };
    const bad = FORBIDDEN.exec(path);
    if (bad)
        return { ok: false, reason: `the path contains ${describeChar(bad[0])}` };
    if (path.includes('\\'))
        return { ok: false, reason: 'the path contains a backslash' };
    if (path.startsWith('/') || /^[A-Za-z]:\//.test(path))
        return { ok: false, reason: 'the path is absolute' };
    for (const segment of path.split('/')) {
        if (segment === '')
            return { ok: false, reason: 'the path has an empty segment' };
        if (segment === '.' || segment === '..')
            return { ok: false, reason: `the path has a "${segment}" segment` };
        if (segment.toLowerCase() === '.git')
            return { ok: false, reason: 'the path has a ".git" segment' };
        if (isGitDirectoryAlias(segment)) {
            return {
                ok: false,
                reason: `the path has the segment ${JSON.stringify(segment)}, which some checkouts read as ".git"`
            };
        }
    }
    return { ok: true, path: path.normalize('NFC') };
}
/**
 * The normalized path when nothing in it could be refused, else undefined (then normalizePath
 * says why, or finds it valid after all). The engine's fast path: one test, no allocation.
 */
function normalizedQuickly(raw, stripDotSlash = false) {
    const path = stripDotSlash && raw.startsWith('./') ? raw.slice(2) : raw;
    if (SUSPICIOUS.test(path))
        return undefined;
    return NON_ASCII.test(path) ? path.normalize('NFC') : path;
}


/***/ }),

/***/ 45915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ findSecrets),
/* harmony export */   vd: () => (/* binding */ SECRET_HINT_SOURCE)
/* harmony export */ });
/* unused harmony exports SECRET_FORMATS, secretHint, secretMatcher, kindOfMatch */
/**
 * Credentials in added lines (the `secret-in-content` rule). Paths alone cannot keep credentials
 * out of a change, so patch and git sources are scanned for well-known token formats.
 *
 * The formats are joined into one global regular expression, so a whole patch is scanned in one
 * pass; each format is one capturing group, which names what was found. None of the formats
 * spans a line break.
 */
const SECRET_FORMATS = [
    { kind: 'GitHub token', source: String.raw `\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}` },
    { kind: 'GitHub fine-grained token', source: String.raw `\bgithub_pat_[A-Za-z0-9_]{22,255}` },
    {
        kind: 'AWS access key id',
        source: String.raw `\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}(?![0-9A-Za-z])`
    },
    {
        kind: 'AWS secret access key',
        source: String.raw `(?:aws|AWS|Aws)_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)?_?(?:key|KEY|Key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`
    },
    { kind: 'Slack token', source: String.raw `\bxox[abposr]-[A-Za-z0-9-]{10,}` },
    {
        kind: 'Slack webhook',
        source: String.raw `hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+`
    },
    { kind: 'private key', source: String.raw `-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----` },
    { kind: 'Google API key', source: String.raw `\bAIza[0-9A-Za-z_-]{35}` },
    { kind: 'Stripe live key', source: String.raw `\b(?:sk|rk)_live_[0-9A-Za-z]{20,}` },
    { kind: 'npm token', source: String.raw `\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])` },
    { kind: 'GitLab token', source: String.raw `\bglpat-[0-9A-Za-z_-]{20,}` },
    {
        kind: 'OpenAI key',
        source: String.raw `\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}`
    },
    { kind: 'Anthropic key', source: String.raw `\bsk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}` },
    { kind: 'PyPI token', source: String.raw `\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}` },
    { kind: 'SendGrid key', source: String.raw `\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}` },
    { kind: 'Shopify token', source: String.raw `\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}` },
    { kind: 'Telegram bot token', source: String.raw `\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}` },
    { kind: 'Azure storage key', source: String.raw `AccountKey=[A-Za-z0-9+/]{80,}={0,2}` }
];
const COMBINED_SOURCE = SECRET_FORMATS.map(f => `(${f.source})`).join('|');
/**
 * A literal that every format contains, as one alternation of plain strings: scanning a whole
 * patch with it is about four times faster than with the formats themselves. A hit only
 * sends its line to findSecrets (a test checks that every format's example hits).
 */
const SECRET_HINT_SOURCE = [
    'gh[pousr]_',
    'github_pat_',
    'A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)',
    '[Aa][Ww][Ss]_?[Ss]',
    'xox[abposr]-',
    'hooks\\.slack\\.com',
    '-----BEGIN',
    'AIza',
    '_live_',
    'npm_',
    'glpat-',
    'T3BlbkFJ',
    'sk-ant-',
    'pypi-',
    'SG\\.',
    'shp(?:at|ca|pa|ss)_',
    ':AA',
    'AccountKey='
].join('|');
/** A fresh global matcher for SECRET_HINT_SOURCE. */
function secretHint() {
    return new RegExp(SECRET_HINT_SOURCE, 'g');
}
/** A fresh global matcher (a global RegExp carries state, so each scan gets its own). */
function secretMatcher() {
    return new RegExp(COMBINED_SOURCE, 'g');
}
/** The kind of credential a match of secretMatcher() found. */
function kindOfMatch(match) {
    for (let i = 1; i < match.length; i++)
        if (match[i] !== undefined)
            return SECRET_FORMATS[i - 1].kind;
    return 'credential';
}
/** The distinct kinds of credential in a text, in the order first found. */
function findSecrets(text) {
    const kinds = [];
    const re = secretMatcher();
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const kind = kindOfMatch(m);
        if (!kinds.includes(kind))
            kinds.push(kind);
    }
    return kinds;
}


/***/ }),

/***/ 58571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ scanHunks),
/* harmony export */   GU: () => (/* binding */ ThreatScan),
/* harmony export */   RO: () => (/* binding */ metadataThreats),
/* harmony export */   S4: () => (/* binding */ decodeLatin1Line),
/* harmony export */   TY: () => (/* binding */ hunksOfPatch),
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   iE: () => (/* binding */ scanWholeText),
/* harmony export */   mr: () => (/* binding */ hintedLineStarts),
/* harmony export */   x7: () => (/* binding */ fileThreatViolations)
/* harmony export */ });
/* unused harmony exports MAX_FINDINGS_PER_RULE, MAX_HOSTS_REPORTED, codePointName, findHiddenText, MAX_HIDDEN_NAMED, findCiSkipMarker, BASE64_MIN_RUN, HEX_MAX_RUN, findEncodedPayload, PayloadAcrossLines, inOrder, findFetchAndRun, FetchAcrossLines, hostOf, findUrlHosts, hostMatches, lineStartsWithPiece */
/**
 * Hostile content in a change: the threat rules `hidden-text`, `encoded-payload`,
 * `fetch-and-run` and `new-url-host` on changed lines, and `ci-skip-marker` (with `hidden-text`)
 * on a proposal's title, description and commit messages. Pure functions only: the readers call
 * `ThreatScan` per file and attach its findings to the FileChange, the engine turns them into
 * violations. Nothing here echoes a hostile character: findings name code points and lines.
 */
/**
 * At most this many findings per rule are kept for one file (each one blocks), and at most this
 * many new-url-host violations are reported for it (every host is kept: which of them the config
 * allows is only known to the engine).
 */
const MAX_FINDINGS_PER_RULE = 10;
const MAX_HOSTS_REPORTED = 10;
// --- hidden-text -------------------------------------------------------------------------------
const NAMES = {
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
};
/**
 * The characters hidden-text looks at: Unicode's Default_Ignorable_Code_Point set (zero-width
 * characters, the joiners, invisible operators, Hangul fillers, soft hyphen, combining grapheme
 * joiner, tag characters, variation selectors, unassigned ignorables: what renders as nothing),
 * the bidirectional controls, interlinear annotation, the line and paragraph separators and NEL
 * (line ends to JavaScript and YAML, but not to a diff), and control characters other than tab
 * and form feed (a carriage return or escape sequence rewrites what a terminal shows); a carriage
 * return is allowed at the end of a line (CRLF).
 */
const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\u0085\u2028\u2029\uFFF9-\uFFFB\u0000-\u0008\u000B\u000D-\u001F\u007F-\u009F]/gu;
const HIDDEN_QUICK = new RegExp(HIDDEN.source, 'u');
/** Scripts that write ZWJ and ZWNJ between their letters (Persian, Indic scripts, …). */
const JOINING_SCRIPT = /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Thaana}]/u;
const RTL_SCRIPT = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}]/u;
// eslint-disable-next-line no-misleading-character-class -- ranges of single code points, each judged alone
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const VARIATION = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u180B-\u180D\u180F]/u;
const EMOJI_BASE = /\p{Emoji}/u;
const IDEOGRAPH = /\p{Ideographic}/u;
const MONGOLIAN = /\p{scx=Mongolian}/u;
/** The three RGI subdivision flags (England, Scotland, Wales): black flag, tag letters, cancel tag. */
const TAG_FLAG = /\u{1F3F4}(?:\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F})/gu;
function codePointName(cp) {
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    if (NAMES[cp])
        return `${hex} (${NAMES[cp]})`;
    if (cp >= 0xe0000 && cp <= 0xe007f)
        return `${hex} (a TAG character)`;
    if (cp >= 0xfe00 && cp <= 0xfe0f)
        return `${hex} (a VARIATION SELECTOR)`;
    if (cp >= 0xe0100 && cp <= 0xe01ef)
        return `${hex} (a VARIATION SELECTOR)`;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
        return `${hex} (a control character)`;
    return `${hex} (an invisible formatting character)`;
}
function codePointBefore(text, at) {
    if (at <= 0)
        return '';
    const low = text.charCodeAt(at - 1);
    if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
        const high = text.charCodeAt(at - 2);
        if (high >= 0xd800 && high <= 0xdbff)
            return text.slice(at - 2, at);
    }
    return text[at - 1];
}
function codePointAt(text, at) {
    const cp = text.codePointAt(at);
    return cp === undefined ? '' : String.fromCodePoint(cp);
}
/** Whether the hidden character at `at` (of length `len`) is one legitimate text uses there. */
function allowedHidden(text, at, len, cp, firstLine) {
    const before = codePointBefore(text, at);
    const after = codePointAt(text, at + len);
    if (cp === 0xfeff)
        return firstLine && at === 0;
    if (cp === 0x200d && PICTOGRAPHIC.test(before) && EMOJI.test(after))
        return true;
    if (cp === 0x200c || cp === 0x200d)
        return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
    if (cp === 0x200e || cp === 0x200f || cp === 0x061c)
        return RTL_SCRIPT.test(before) || RTL_SCRIPT.test(after);
    if (cp === 0x0d)
        return at === text.length - 1;
    if (VARIATION.test(String.fromCodePoint(cp)))
        return variationAllowed(cp, before);
    return false;
}
/**
 * One variation selector picks a glyph of the character before it, and only of characters that
 * have variants: emoji (U+FE0E, U+FE0F), ideographs (U+E0100 to U+E01EF), Mongolian letters (its
 * free variation selectors), other non-ASCII characters (U+FE00 to U+FE0D: math symbols, CJK
 * compatibility forms). A run of selectors, or one after a Latin letter, carries data.
 */
function variationAllowed(cp, before) {
    if (before === '' || VARIATION.test(before))
        return false;
    if (cp === 0xfe0e || cp === 0xfe0f)
        return EMOJI_BASE.test(before);
    if (cp >= 0xe0100)
        return IDEOGRAPH.test(before);
    if (cp >= 0x180b && cp <= 0x180f)
        return MONGOLIAN.test(before);
    return before.codePointAt(0) > 0x7f;
}
/**
 * The hidden characters of one line (or one title), each named once, in order. `firstLine`: a
 * byte-order mark at the very start is allowed there.
 */
function findHiddenText(text, firstLine = false) {
    // A Set, and at most MAX_HIDDEN_NAMED names: a line of thousands of distinct tag characters
    // costs one pass, and its message stays short.
    const found = new Set();
    if (!HIDDEN_QUICK.test(text))
        return [];
    const flagged = text.replace(TAG_FLAG, m => ' '.repeat(m.length));
    // Module-level and global: reset here, and never used across a call.
    const re = HIDDEN;
    re.lastIndex = 0;
    for (let m = re.exec(flagged); m !== null && found.size < MAX_HIDDEN_NAMED; m = re.exec(flagged)) {
        const cp = m[0].codePointAt(0);
        if (!allowedHidden(flagged, m.index, m[0].length, cp, firstLine))
            found.add(cp);
    }
    return [...found].map(codePointName);
}
/** At most this many distinct hidden characters are named for one line or text. */
const MAX_HIDDEN_NAMED = 10;
// --- ci-skip-marker ----------------------------------------------------------------------------
/**
 * GitHub skips push and pull_request workflows for a commit message holding `[skip ci]`, `[ci
 * skip]`, `[no ci]`, `[skip actions]` or `[actions skip]`, or ending in a `skip-checks: true`
 * trailer (GitHub Docs, "Skipping workflow runs"). Matched more loosely than GitHub does: any
 * case, any spacing, `-`/`_` separators, other CI systems' markers, and the trailer anywhere.
 */
const CI_SKIP = /\[\s*(?:(?:skip|no)[\s_-]*(?:ci|actions?|checks?|travis|azurepipelines|azp|appveyor|circle|cirrus|build|workflows?)|(?:ci|actions?|checks?)[\s_-]*skip)\s*\]|\*\*\*\s*NO_CI\s*\*\*\*|(?:^|\n)[ \t]*skip[\s_-]*checks?[ \t]*[:=][ \t]*["']?true\b/i;
/** The marker found in a text, as a short ASCII description; undefined when none. */
function findCiSkipMarker(text) {
    const m = CI_SKIP.exec(text);
    if (!m)
        return undefined;
    const marker = m[0].trim().replace(/\s+/g, ' ');
    return /^[\x20-\x7e]+$/.test(marker) ? marker : 'a skip marker';
}
/**
 * ci-skip-marker and hidden-text on metadata (a title, a description, commit messages): one
 * message per text and rule. `what` names the text ("the title", "commit abc123's message").
 */
function metadataThreats(texts) {
    const out = [];
    for (const { what, text } of texts) {
        const marker = findCiSkipMarker(text);
        if (marker !== undefined)
            out.push({
                rule: 'ci-skip-marker',
                message: `${what} holds ${JSON.stringify(marker)}, which makes GitHub start no push or pull_request workflow for the commit`
            });
        const hidden = findHiddenText(text);
        if (hidden.length > 0)
            out.push({
                rule: 'hidden-text',
                message: `${what} holds ${hidden.join(', ')}, which can make text read differently than it is`
            });
    }
    return out;
}
// --- encoded-payload ---------------------------------------------------------------------------
/** Runs of base64 (standard or URL-safe alphabet) at least this long are looked at. */
const BASE64_MIN_RUN = 64;
/** Hex runs longer than a SHA-256 digest (64 digits) are payloads, except SHA-384/512 digests. */
const HEX_MAX_RUN = 64;
const DIGEST_HEX_LENGTHS = new Set([96, 128]);
/** Subresource-integrity digests: `sha256-` + 44, `sha384-` + 64, `sha512-` + 88 characters. */
const SRI = /^sha(?:256|384|512)-/;
const SRI_LENGTH = { 'sha256-': 44, 'sha384-': 64, 'sha512-': 88 };
const RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{64,}={0,2}/g;
const ESCAPED_BYTES = /(?:\\x[0-9A-Fa-f]{2}){16,}|(?:\\[0-7]{3}){16,}/;
const BYTE_ARRAY = /(?:\b(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*){32,}/;
const CHAR_CODES = /fromCharCode\s*\(\s*(?:\d+\s*,\s*){7,}/;
/** `(?:a|b|c)` from a list; the lists below keep this file's own lines clear of what they match. */
const alt = (xs) => `(?:${xs.join('|')})`;
const SHELLS = ['sh', 'bash', 'zsh', 'dash', 'ksh', String.raw `python[0-9.]*`, 'node', 'perl', 'ruby'];
const DECODERS = [String.raw `base64\s+(?:-d|-D|--decode)`, String.raw `xxd\s+-r`];
const JS_DECODERS = ['atob', String.raw `Buffer\.from`, String.raw `base64\.b64decode`, 'b64decode', 'unescape'];
const PS_RUN = String.raw `\b(?:iex|Invoke-Expression)\b`;
const PS_DECODE = 'FromBase64String';
const PS_ENCODED = String.raw `powershell(?:\.exe)?\s+(?:-\w+\s+)*-e(?:nc(?:odedcommand)?)?\s+[A-Za-z0-9+/=]{16,}`;
const PIPE_INTO_SHELL = String.raw `\|\s*(?:sudo\s+)?(?:[^\s|]*\/)?${alt(SHELLS)}\b`;
/** Decoded text that is run: steps in order (see inOrder), each linear. */
const DECODE_AND_RUN = [
    [String.raw `\b${alt(DECODERS)}\b`, PIPE_INTO_SHELL],
    [String.raw `\bopenssl\s+(?:base64|enc)\b`, String.raw `-d`, PIPE_INTO_SHELL],
    [String.raw `\b(?:eval|exec|Function)\s*\(\s*${alt([...JS_DECODERS, 'decodeURIComponent'])}\b`],
    [PS_RUN, PS_DECODE],
    [PS_DECODE, PS_RUN],
    [PS_ENCODED]
].map(list => list.map(src => new RegExp(src, 'gi')));
function entropy(run) {
    const counts = new Map();
    for (const c of run)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values())
        h -= (n / run.length) * Math.log2(n / run.length);
    return h;
}
const IN_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*$/i;
/** All three of upper case, lower case and digits, and the spread of characters of random data. */
function randomLooking(text) {
    return /[0-9]/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && entropy(text) >= 4.4;
}
/** Why a run of the base64/hex alphabet is a payload; undefined for paths, words and digests. */
function payloadRun(line, at, run) {
    const body = run.replace(/=+$/, '');
    if (/^[0-9A-Fa-f]+$/.test(body)) {
        if (body.length <= HEX_MAX_RUN || DIGEST_HEX_LENGTHS.has(body.length))
            return undefined;
        return `a ${body.length}-digit hex run`;
    }
    const sri = SRI.exec(run);
    if (sri && run.length - sri[0].length === SRI_LENGTH[sri[0]])
        return undefined;
    // Inside a URL, `/` separates path segments: each is judged alone.
    if (IN_URL.test(line.slice(Math.max(0, at - 2048), at))) {
        const long = body.split('/').filter(seg => seg.length >= BASE64_MIN_RUN && randomLooking(seg));
        return long.length > 0 ? `a ${long[0].length}-character base64 run in a URL` : undefined;
    }
    // A path: more separators than random base64 holds (one in 64 characters, plus three deviations).
    const separators = (body.match(/[/_-]/g) ?? []).length;
    const expected = body.length / 64;
    if (separators > expected + 3 * Math.sqrt(expected) + 2)
        return undefined;
    if (!randomLooking(body))
        return undefined;
    return `a ${run.length}-character base64 run`;
}
/** encoded-payload findings of one added line. */
function findEncodedPayload(line) {
    const found = [];
    if (line.length >= BASE64_MIN_RUN) {
        const re = RUN;
        re.lastIndex = 0;
        for (let m = re.exec(line); m !== null; m = re.exec(line)) {
            const why = payloadRun(line, m.index, m[0]);
            if (why !== undefined) {
                found.push(why);
                break;
            }
        }
        if (ESCAPED_BYTES.test(line))
            found.push('a long run of escaped bytes');
        if (BYTE_ARRAY.test(line) || CHAR_CODES.test(line))
            found.push('a long list of byte values');
    }
    if (DECODE_AND_RUN.some(p => inOrder(line, p)))
        found.push('decoded text that is run');
    return found;
}
/** A piece of a split payload: a string of the base64 alphabet, at least this long. */
const PIECE = /[A-Za-z0-9+/_-]{16,}={0,2}/g; // PIECE_MIN characters
/** What may join the pieces of one payload: quotes, `+`, commas, spaces, a line continuation. */
const GLUE = /^[\s"'\x60+,\\]*$/;
/** Of a long chain, this much is kept to be judged: enough to tell random data from words. */
const CHAIN_KEPT = 4096;
/**
 * encoded-payload across pieces: base64 split into strings shorter than BASE64_MIN_RUN, joined
 * by quotes and `+` on one line (`"…" + "…"`) or over consecutive added lines (63-character
 * lines). Pieces only glue separates form one chain, judged as one run; a chain of hex digits is
 * a list of digests, not judged. One pass: every character is in one piece or one gap.
 */
class PayloadAcrossLines {
    chain = '';
    pieces = 0;
    hex = true;
    start;
    /** The previous added line ended with a piece and glue: a piece at the start continues it. */
    open = false;
    /** The findings of one added line (at most one: a chain that ended). */
    line(text, line) {
        const found = [];
        let at = 0;
        PIECE.lastIndex = 0;
        for (let m = PIECE.exec(text); m !== null; m = PIECE.exec(text)) {
            if (!(this.open || (at > 0 && this.pieces > 0)) || !GLUE.test(text.slice(at, m.index)))
                this.end(found);
            if (this.pieces === 0)
                this.start = line;
            this.add(m[0]);
            at = m.index + m[0].length;
            this.open = false;
        }
        if (this.pieces > 0 && GLUE.test(text.slice(at)))
            this.open = true;
        else
            this.end(found);
        return found;
    }
    add(piece) {
        if (this.chain.length < CHAIN_KEPT)
            this.chain += piece.replace(/=+$/, '');
        this.pieces++;
        if (!/^[0-9A-Fa-f]+$/.test(piece))
            this.hex = false;
    }
    /** The chain ends (a line that is not added, or the end of the file). */
    end(found = []) {
        if (this.pieces >= 2 && !this.hex && this.chain.length >= BASE64_MIN_RUN) {
            const why = payloadRun('', 0, this.chain);
            if (why !== undefined) {
                const what = `a base64 run split into ${this.pieces} pieces (${this.chain.length} characters)`;
                found.push(this.start === undefined ? { what } : { what, line: this.start });
            }
        }
        this.chain = '';
        this.pieces = 0;
        this.hex = true;
        this.open = false;
        return found;
    }
}
// --- fetch-and-run -----------------------------------------------------------------------------
const FETCHER = String.raw `(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|aria2c|lwp-download|lwp-request|GET|http|https|xh|nc|ncat)`;
/** An option such as `-E` or `--preserve-env`, then spaces. */
const OPT = String.raw `-[\w-]*\s+`;
/** A directory prefix such as `/usr/bin/` or `C:\Tools\`. */
const DIR = String.raw `(?:[\w.~:/\\-]*[/\\])?`;
/** Commands that run the command after them: `sudo -E bash`, `xargs sh`, `timeout 9 sh`. */
const PREFIX = String.raw `(?:(?:sudo|doas|run0|exec|command|builtin|nohup|time|nice|xargs|busybox|stdbuf|timeout|unbuffer|su)\s+(?:(?:-[\w-]*(?:[\s=]+(?![-\d])[\w.@:/-]+)?|\d+\w?)\s+)*)*`;
const INTERPRETERS = String.raw `(?:sh|bash|zsh|dash|ksh|mksh|ash|fish|csh|tcsh|python[0-9.]*|py|node|nodejs|deno|bun|perl|ruby|php|lua|pwsh|powershell(?:\.exe)?|iex|invoke-expression|source|\.)`;
/** An interpreter at the start of a command, maybe quoted, after prefixes and `env VAR=x`. */
const RUNNER = String.raw `${PREFIX}(?:${DIR}env\s+(?:${OPT})*(?:\w+=[^\s=|;&]*\s+)*)?["']?${DIR}${INTERPRETERS}`;
/** An interpreter's name as a word anywhere (after a space or a directory). */
const RUNNER_WORD = String.raw `(?<![\w.-])${INTERPRETERS}(?![\w.-])`;
/** A downloader's name as a word. */
const FETCH_WORD = String.raw `(?<![\w.-])${FETCHER}(?![\w-])`;
/** A downloader used as a command: options or a URL after it, not a function call. */
const FETCH_COMMAND = new RegExp(String.raw `${FETCH_WORD}\s+(?:-|["']?(?:https?|ftp):\/\/|["']?\$)`, 'i');
/**
 * What runs a program: an interpreter with an argument, a file by its path (`./x`, `/tmp/x`,
 * `$HOME/x`, `.\x.ps1`), or `chmod` making one executable.
 */
const RUN_TARGET = String.raw `(?:${RUNNER}\s+[^\s=(:]|(?:[Ss]tart-[Pp]rocess|[Ii]nvoke-[Ii]tem|msiexec|cmd(?:\.exe)?\s+\/[cCkK])\s+\S|chmod\s+(?:-\w+\s+)*(?:[ugoa]*\+\w*x|[0-7]{3,4}\b)|(?:\.{1,2}|~|\$\{?\w+\}?)?(?:[/\\][\w.-]+)+(?=\s|$|[;&|)]))`;
const PS_DOWNLOAD = [
    'downloadstring',
    'downloadfile',
    'iwr',
    'irm',
    'invoke-webrequest',
    'invoke-restmethod',
    String.raw `net\.webclient`
];
/** Calls that download, whose result a later `eval` on the same line runs. */
const EVAL_SOURCES = [
    'fetch',
    'urlopen',
    String.raw `requests\.get`,
    String.raw `httpx\.get`,
    String.raw `https?\.get`,
    String.raw `URI\.open`,
    'DownloadString'
];
const steps = (...sources) => sources.map(src => new RegExp(src, 'gi'));
/** Whether the steps match one after another in `text` (the first from `from`). */
function inOrder(text, pattern, from = 0) {
    let at = from;
    for (const re of pattern) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m)
            return false;
        at = m.index + m[0].length;
    }
    return true;
}
const PIPE_INTO_RUNNER = String.raw `(?<!\|)\|(?!\|)\s*(?:${RUNNER}|["']?\$\{?\w+\}?)(?![\w.-])`;
const SEPARATOR_THEN_RUN = String.raw `(?:&&?|;|\|\|)\s*${RUN_TARGET}`;
/** The patterns whose first step is a downloader: on a continued line it may come before. */
const AFTER_A_DOWNLOAD = [
    { rest: steps(PIPE_INTO_RUNNER), what: 'a download piped into an interpreter' },
    { rest: steps(SEPARATOR_THEN_RUN), what: 'a download that is then run' }
];
const FETCH_STEP = new RegExp(FETCH_WORD, 'gi');
const FETCH_AND_RUN = [
    ...AFTER_A_DOWNLOAD.map(p => ({ steps: [FETCH_STEP, ...p.rest], what: p.what })),
    {
        steps: steps(RUNNER_WORD, String.raw `<\(\s*${FETCHER}(?![\w-])`),
        what: 'a download run through process substitution'
    },
    {
        // An interpreter's `-c`, `-e` or `-Command`, or a here-string (`<<<`), given a download's output.
        steps: steps(RUNNER_WORD, String.raw `(?:\s-(?:c|e|command)|<<<)\s*(?:["']\s*)?(?:\$\(|\x60)\s*${FETCHER}(?![\w-])`),
        what: 'a download run as a command'
    },
    {
        // `eval` of a download's output, or its command substitution as the command itself (that runs it).
        // (A backtick at a command's start is a Markdown code span far more often: not looked at.)
        steps: steps(String.raw `(?:\beval\s*(?:["']\s*)?(?:\$\(|\x60)|(?:^|[;&|({])\s*(?:["']\s*)?\$\()\s*${FETCHER}(?![\w-])`),
        what: 'a download run as a command'
    },
    { steps: steps(PS_RUN, String.raw `\b${alt(PS_DOWNLOAD)}\b`), what: 'a download run by PowerShell' },
    { steps: steps(String.raw `\bdownloadstring\b`, PS_RUN), what: 'a download run by PowerShell' },
    {
        steps: steps(String.raw `\b(?:eval|exec|Function|execfile|runpy\.run_path)\s*\(`, String.raw `\b(?:urlopen|urlretrieve|urllib|requests\.get|httpx\.get|fetch|http\.get|https\.get|URI\.open|open-uri|Net::HTTP|LWP::Simple|file_get_contents\s*\(\s*["']https?:)`),
        what: 'downloaded code that is evaluated'
    },
    {
        steps: steps(String.raw `\b${alt(EVAL_SOURCES)}\s*\(`, String.raw `\b(?:eval|exec|Function|execfile|iex|Invoke-Expression)\b`),
        what: 'downloaded code that is evaluated'
    }
];
/** A Markdown table row's cells (unescaped), else the line itself: a `|` there is no pipe. */
function segments(line) {
    const t = line.trim();
    if (!(t.startsWith('|') && t.endsWith('|') && t.length > 1))
        return [line];
    return t
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.replace(/\\\|/g, '|'));
}
/**
 * fetch-and-run findings of one added line. `downloadBefore`: the line continues one (a trailing
 * `\`) that holds a downloader, so a pipe or a separator then a run on this line follows it.
 */
function findFetchAndRun(line, downloadBefore = false) {
    const found = [];
    const add = (what) => {
        if (!found.includes(what))
            found.push(what);
    };
    if (downloadBefore)
        for (const p of AFTER_A_DOWNLOAD)
            if (inOrder(line, p.rest))
                add(p.what);
    if (!FETCH_QUICK.test(line))
        return found;
    for (const text of segments(line))
        for (const p of FETCH_AND_RUN)
            if (inOrder(text, p.steps))
                add(p.what);
    return found;
}
/** A line that starts by running a program (after a `$ ` or `> ` prompt, maybe). */
const STARTS_A_RUN = new RegExp(String.raw `^\s*(?:[$>#]\s+|PS>\s*)?(?:&\s*)?(?:${RUN_TARGET}|(?:IEX|[Ii]nvoke-[Ee]xpression)\s+\S)`);
/** A Markdown code fence: the code blocks of a document are separate scripts. */
const FENCE = /^\s*(?:\x60{3}|~{3})/;
/** A line that continues on the next one: shell `\`, PowerShell backtick, cmd `^`. */
const CONTINUED = /[\\\x60^]\s*$/;
/**
 * fetch-and-run across the consecutive added lines of a hunk: a download on one line run by a
 * later line (`curl -o x URL`, then `sh x`), or a command continued over lines (`curl URL \`,
 * then `| sh`). Two flags, so the work stays one pass.
 */
class FetchAcrossLines {
    downloaded = false;
    continuedDownload = false;
    line(text) {
        const found = findFetchAndRun(text, this.continuedDownload);
        if (this.downloaded && STARTS_A_RUN.test(text) && !found.includes('a download that is then run'))
            found.push('a download that is then run');
        if (FENCE.test(text))
            this.downloaded = false;
        else if (this.continuedDownload || FETCH_COMMAND.test(text))
            this.downloaded = true;
        FETCH_STEP.lastIndex = 0;
        const hasFetch = this.continuedDownload || FETCH_STEP.test(text);
        this.continuedDownload = hasFetch && CONTINUED.test(text);
        return found;
    }
    /** A line that is not added ends the run of added lines. */
    reset() {
        this.downloaded = false;
        this.continuedDownload = false;
    }
}
const FETCH_QUICK = new RegExp(alt([
    'curl',
    'wget',
    'fetch',
    'iwr',
    'irm',
    'invoke-',
    'aria2c',
    'lwp-',
    String.raw `\bGET\b`,
    String.raw `\bhttps?\b`,
    String.raw `\bxh\b`,
    String.raw `\bnc(?:at)?\b`,
    'download',
    'urlopen',
    'urlretrieve',
    'urllib',
    String.raw `requests\.get`,
    'httpx',
    String.raw `URI\.open`,
    'open-uri',
    'Net::HTTP',
    'LWP::Simple',
    'file_get_contents'
]), 'i');
// --- new-url-host ------------------------------------------------------------------------------
/**
 * Schemes that name a host on a network; `file://` too, whose host is a network share (Windows
 * connects to it, and sends credentials). Others (`memory://`, `data:`) are not looked at: what
 * they name is no host anything connects to.
 */
const NETWORK_SCHEMES = 'file|https?|wss?|ftps?|sftp|ssh|git|git\\+ssh|git\\+https?|svn|svn\\+ssh|rsync|telnet|ldaps?|smb|nntp|gopher|irc|ircs|mqtts?|redis|rediss|postgres|postgresql|mysql|mongodb|mongodb\\+srv|amqps?|s3|gs|hdfs|webdav|dav|rtsp|rtmp|sips?|xmpp';
/**
 * URL-like text: a network scheme (for the special schemes http, https, ws, wss and ftp any mix
 * of `/` and `\`, as browsers accept), a protocol-relative URL (two slashes or backslashes and a
 * dotted host name)
 * after a quote, `(`, `=` or a space, or a `www.` autolink. What follows is handed to WHATWG URL
 * parsing, which finds the host a browser would use (userinfo, backslashes, percent-encoding,
 * IDNA, IPv4 number forms).
 */
const URL_LIKE = new RegExp([
    String.raw `(?<![\w+.-])(https?|wss?|ftp):[\\/]*([^\s"'<>\x60]*)`,
    String.raw `(?<![\w+.-])(${NETWORK_SCHEMES}):\/\/([^\s"'<>\x60]*)`,
    String.raw `(?<=["'(=\x60]|^)[\\/]{2}((?:[a-z0-9_-]+\.)+[a-z][a-z0-9-]*\.?(?![\w-])[^\s"'<>\x60]*)`,
    // A UNC path after a space: two backslashes, a dotted host name, a backslash and a share.
    String.raw `(?<=\s)\\{2}((?:[a-z0-9_-]+\.)+[a-z][a-z0-9-]*)(?=\\[^\\\s])`,
    String.raw `(?<![\w.@/\\-])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'<>\x60]*)`,
    // scp-like syntax of git and ssh: `git@example.com:owner/repo` (a colon, then a path).
    String.raw `(?<![\w.+@/\\-])([\w.-]+@[a-z0-9_-]+(?:\.[a-z0-9_-]+)+):(?=[\w~./-])`
].join('|'), 'gi');
const TRAILING_PUNCTUATION = /[).,;:!?\]}*_~]+$/;
const DNS_HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)+[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
/**
 * The host a URL parser finds, lowercased, without trailing dots; undefined when there is none
 * or it is a single label (`http://x`, a placeholder: no host on the public internet), except
 * localhost.
 */
function hostOf(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const host = parsed.hostname.replace(/\.+$/, '').toLowerCase();
    if (host === 'localhost' || IPV6.test(host) || DNS_HOST.test(host))
        return host;
    // A dotted name no DNS label looks like (`-x.io`, `*.x.io`) may still resolve: kept, to be judged.
    return host.includes('.') ? host : undefined;
}
/**
 * The host of URL-like text, without trailing punctuation (`(see https://example.com).`), except the `]`
 * closing an IPv6 literal (`http://[::1]`): at most two parses, whatever the text.
 */
function hostOfText(url) {
    const stripped = url.replace(TRAILING_PUNCTUATION, '');
    const host = hostOf(stripped);
    if (host !== undefined || url[stripped.length] !== ']')
        return host;
    return hostOf(`${stripped}]`);
}
/** The hosts of the URLs in one line, in order, each once. */
function findUrlHosts(line) {
    if (!URL_QUICK.test(line))
        return [];
    const hosts = new Set();
    const re = URL_LIKE;
    re.lastIndex = 0;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
        let url;
        if (m[1] !== undefined)
            url = `${m[1].toLowerCase()}://${m[2]}`;
        else if (m[3] !== undefined)
            url = `${m[3].toLowerCase()}://${m[4]}`;
        else if (m[5] !== undefined)
            url = `https://${m[5]}`;
        else if (m[6] !== undefined)
            url = `https://${m[6]}`;
        else if (m[7] !== undefined)
            url = `https://${m[7]}`;
        else
            url = `ssh://${m[8]}`;
        const host = hostOfText(url);
        if (host !== undefined)
            hosts.add(host);
    }
    return [...hosts];
}
const URL_QUICK = /:[\\/]|:\/\/|[\\/]{2}|www\.|@[\w.-]+:/i;
/** A host pattern: `github.com` (that host) or `*.github.com` (any host under it, not itself). */
function hostMatches(host, pattern) {
    const p = pattern.trim().toLowerCase().replace(/\.+$/, '');
    if (p.startsWith('*.'))
        return host.endsWith(p.slice(1)) && host.length > p.length - 1;
    return host === p;
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
function hintedLineStarts(text) {
    const starts = [];
    const lineStart = (at) => text.lastIndexOf('\n', at - 1) + 1;
    for (const re of [ANY_LINE_HINT, ADDED_LINE_WORDS, CONTINUING_LINE, RUN_LINE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            const at = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index;
            starts.push(lineStart(at));
            const eol = text.indexOf('\n', at);
            re.lastIndex = eol === -1 ? text.length : eol;
        }
    }
    for (const at of lineStartsWithPiece(text))
        starts.push(at);
    starts.sort((a, b) => a - b);
    return starts.filter((v, i) => i === 0 || starts[i - 1] !== v);
}
/** The lead bytes of the hidden characters' UTF-8 forms, and what starts a URL. */
const ANY_LINE_HINT = /[\x00-\x08\x0B\x0E-\x1F\x7F\xC2\xCD\xD8\xE1-\xE3\xEF\xF0\xF3]|\r(?!\n)|:[\\/]|[\\/]{2}[A-Za-z0-9_-]+\.[A-Za-z]|[wW]{3}\.|@[A-Za-z0-9_.-]+:[A-Za-z0-9_~./-]/g;
const ADDED_LINE_WORDS = new RegExp(String.raw `(?:^|\n)\+[^\n]*?` +
    alt([
        FETCH_QUICK.source,
        String.raw `\\x[0-9A-Fa-f]{2}\\x`,
        String.raw `\\[0-7]{3}\\[0-7]`,
        String.raw `(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,\s*(?:0x[0-9A-Fa-f]{1,2}|\d{1,3})\s*,`,
        'fromCharCode',
        'base64',
        'xxd',
        'openssl',
        'atob',
        String.raw `Buffer\.from`,
        'b64decode',
        'unescape',
        'decodeURIComponent',
        'powershell'
    ]), 'gi');
/** Lines that carry fetch-and-run and encoded-payload across lines (FetchAcrossLines, PayloadAcrossLines). */
const CONTINUING_LINE = /(?<=\n\+[^\n]*[\\\x60^][ \t]*\n)\+/g;
const RUN_LINE = new RegExp(String.raw `(?:^|\n)\+${STARTS_A_RUN.source.slice(1)}`, 'g');
const PIECE_MIN = 16;
/** The base64 alphabet (standard and URL-safe), by character code below 128. */
const IN_PIECE = new Uint8Array(128);
for (let code = 0; code < 128; code++)
    IN_PIECE[code] = /[A-Za-z0-9+/_-]/.test(String.fromCharCode(code)) ? 1 : 0;
/**
 * The starts of the lines holding a run of at least PIECE_MIN characters of the base64 alphabet
 * (what `/[A-Za-z0-9+/_-]{16}/` finds, line by line), by a skipping search: it looks at the last
 * character of a window of PIECE_MIN first and reads backwards, so a character outside the
 * alphabet skips the window up to it at once, where a regular expression tries every position.
 * Each character is read at most twice: linear in the text.
 */
function lineStartsWithPiece(text) {
    const starts = [];
    const inPiece = (at) => {
        const code = text.charCodeAt(at);
        return code < 128 && IN_PIECE[code] === 1;
    };
    let end = PIECE_MIN - 1;
    while (end < text.length) {
        let at = end;
        while (at > end - PIECE_MIN && inPiece(at))
            at--;
        if (at > end - PIECE_MIN) {
            // text[at] is outside the alphabet: the next window starts after it.
            end = at + PIECE_MIN;
            continue;
        }
        starts.push(text.lastIndexOf('\n', end) + 1);
        // One start per line: the search goes on after the line's end (a newline is no piece).
        const eol = text.indexOf('\n', end);
        if (eol === -1)
            break;
        end = eol + PIECE_MIN;
    }
    return starts;
}
/** A line of patch text read as latin1, as the UTF-8 text it is. */
function decodeLatin1Line(text) {
    return Buffer.from(text, 'latin1').toString('utf8');
}
/**
 * The threat scan of one file: added lines are scanned for every content rule; removed and
 * context lines only give the hosts the file already mentions.
 */
class ThreatScan {
    threats = [];
    perRule = new Map();
    added = new Map();
    known = new Set();
    fetch = new FetchAcrossLines();
    payload = new PayloadAcrossLines();
    /** One added line; `line` is its number in the new file, when known. */
    addedLine(text, line) {
        for (const name of findHiddenText(text, line === 1))
            this.add('hidden-text', name, line);
        for (const what of findEncodedPayload(text))
            this.add('encoded-payload', what, line);
        for (const what of this.fetch.line(text))
            this.add('fetch-and-run', what, line);
        for (const f of this.payload.line(text, line))
            this.add('encoded-payload', f.what, f.line);
        for (const host of findUrlHosts(text))
            if (!this.added.has(host))
                this.added.set(host, line);
    }
    /** One removed or context line: its hosts are not new to the file. */
    knownLine(text) {
        this.fetch.reset();
        this.endPayload();
        for (const host of findUrlHosts(text))
            this.known.add(host);
    }
    add(rule, detail, line) {
        const n = this.perRule.get(rule) ?? 0;
        if (n >= MAX_FINDINGS_PER_RULE)
            return;
        this.perRule.set(rule, n + 1);
        this.threats.push(line === undefined ? { rule, detail } : { rule, detail, line });
    }
    endPayload() {
        for (const f of this.payload.end())
            this.add('encoded-payload', f.what, f.line);
    }
    result() {
        this.endPayload();
        const urlHosts = [];
        for (const [host, line] of this.added)
            if (!this.known.has(host))
                urlHosts.push(line === undefined ? { host } : { host, line });
        return {
            ...(this.threats.length > 0 ? { threats: this.threats } : {}),
            ...(urlHosts.length > 0 ? { urlHosts } : {})
        };
    }
}
/** The findings of a file's hunks (lines start with ' ', '+', '-' or '\'). */
function scanHunks(hunks) {
    const scan = new ThreatScan();
    for (const hunk of hunks) {
        let line = hunk.newStart;
        for (const l of hunk.lines) {
            const mark = l[0];
            if (mark === '+')
                scan.addedLine(l.slice(1), line++);
            else if (mark === '-')
                scan.knownLine(l.slice(1));
            else if (mark === ' ' || l === '') {
                scan.knownLine(l.slice(1));
                line++;
            }
        }
    }
    return scan.result();
}
/** The hunks of a GitHub patch (the `patch` of GET /pulls/{n}/files: hunks only, no headers). */
function hunksOfPatch(patch) {
    const hunks = [];
    for (const l of patch.split('\n')) {
        const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
        if (m)
            hunks.push({ newStart: Number(m[1]), lines: [] });
        else if (hunks.length > 0)
            hunks[hunks.length - 1].lines.push(l);
        else if (l.startsWith('+'))
            hunks.push({ newStart: 1, lines: [l] });
    }
    return hunks;
}
/** The findings of a whole new text against the whole old one (no patch to read lines from). */
function scanWholeText(after, before) {
    const scan = new ThreatScan();
    if (before !== undefined)
        for (const l of before.split('\n'))
            scan.knownLine(l);
    after.split('\n').forEach((l, i) => scan.addedLine(l, i + 1));
    return scan.result();
}
// --- the engine's side -------------------------------------------------------------------------
/** A path JSON-quoted, its hidden characters escaped (`\u200b`) so that a message shows them. */
function quotePath(path) {
    return JSON.stringify(path).replace(HIDDEN, c => {
        const cp = c.codePointAt(0);
        return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    });
}
const CONSEQUENCE = {
    'hidden-text': 'hidden text can make code read differently than it runs',
    'encoded-payload': 'encoded data cannot be reviewed',
    'fetch-and-run': 'it runs code fetched from the network, unreviewed'
};
/**
 * The violations of one file's findings: one per finding, and one per new host that no pattern
 * of `allowedUrlHosts` matches. Paths and hosts are quoted (JSON); details are ASCII by design.
 */
function fileThreatViolations(file, allowedUrlHosts) {
    const out = [];
    const path = quotePath(file.path);
    const where = (line) => `an added line of ${path}${line === undefined ? '' : ` (line ${line})`}`;
    // A path is text a reviewer reads too: `docs/READ\u200bME.md` is not the file it looks like.
    for (const p of new Set([file.path, file.previousPath ?? file.path])) {
        const hidden = findHiddenText(p);
        if (hidden.length > 0)
            out.push({
                rule: 'hidden-text',
                message: `the path ${quotePath(p)} holds ${hidden.join(', ')}, which can make it read as another path`
            });
    }
    for (const t of file.threats ?? [])
        out.push({ rule: t.rule, message: `${where(t.line)} holds ${t.detail}; ${CONSEQUENCE[t.rule]}` });
    let hosts = 0;
    for (const h of file.urlHosts ?? []) {
        if (allowedUrlHosts.some(p => hostMatches(h.host, p)))
            continue;
        if (++hosts > MAX_HOSTS_REPORTED)
            continue;
        out.push({
            rule: 'new-url-host',
            message: `${where(h.line)} links to ${JSON.stringify(h.host)}, a host the file did not name before and not in safetyRails.allowedUrlHosts`
        });
    }
    if (hosts > MAX_HOSTS_REPORTED)
        out.push({
            rule: 'new-url-host',
            message: `${path} links to ${hosts - MAX_HOSTS_REPORTED} more new hosts not in safetyRails.allowedUrlHosts`
        });
    return out;
}


/***/ }),

/***/ 26690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iE: () => (/* binding */ applyHunks),
  rj: () => (/* binding */ parseUnifiedDiff),
  _l: () => (/* binding */ readUnifiedDiff)
});

// UNUSED EXPORTS: DiffUnreadable, addedLinesOf, fragmentHeader

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/policy/diff-names.ts
/**
 * How `git apply` finds file names in a patch, ported from git's apply.c (find_name,
 * find_name_gnu, find_name_common, find_name_traditional, diff_timestamp_len, git_header_name,
 * skip_tree_prefix, squash_slash, is_dev_null). Everything works on the patch's bytes, since git
 * does. Where git's C would read past the end of a line (an unterminated quote) or where git
 * versions disagree, the reader refuses with DiffUnreadable instead of guessing.
 */
/** A place in the patch git would read differently, or that the reader does not model. */
class DiffUnreadable extends Error {
    at;
    constructor(at, message) {
        super(message);
        this.at = at;
    }
}
const NL = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const SLASH = 0x2f;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** git's isspace (ctype.c): tab, newline, carriage return and space only. */
const isSpace = (c) => c === SPACE || c === NL || c === TAB || c === 0x0d;
const isDigit = (c) => c !== undefined && c >= 0x30 && c <= 0x39;
/** The byte at i, or 0 past the end (git pads its buffer with NUL bytes). */
const at = (b, i) => (i >= 0 && i < b.length ? b[i] : 0);
function startsWithAt(b, pos, text) {
    if (pos < 0 || pos + text.length > b.length)
        return false;
    for (let k = 0; k < text.length; k++)
        if (b[pos + k] !== text.charCodeAt(k))
            return false;
    return true;
}
/** linelen: the bytes of the line at pos, its newline included when there is one. */
function lineLength(b, pos) {
    if (pos >= b.length)
        return 0;
    const nl = b.indexOf(NL, pos);
    return nl === -1 ? b.length - pos : nl - pos + 1;
}
const TERM_SPACE = 1;
const TERM_TAB = 2;
function nameTerminate(c, terminate) {
    if (c === SPACE && !(terminate & TERM_SPACE))
        return false;
    if (c === TAB && !(terminate & TERM_TAB))
        return false;
    return true;
}
/** squash_slash: runs of "/" become one. */
function squashSlash(name) {
    const out = [];
    for (let i = 0; i < name.length; i++) {
        out.push(name[i]);
        if (name[i] === SLASH)
            while (name[i + 1] === SLASH)
                i++;
    }
    return Buffer.from(out);
}
function isDevNull(b, pos) {
    return startsWithAt(b, pos, '/dev/null') && isSpace(at(b, pos + 9));
}
const ESCAPES = {
    0x61: 7,
    0x62: 8,
    0x66: 12,
    0x6e: 10,
    0x72: 13,
    0x74: 9,
    0x76: 11,
    0x5c: 0x5c,
    0x22: 0x22
};
/**
 * unquote_c_style on the quoted name at pos: its bytes and the index past the closing quote, or
 * why git fails to unquote it. A quote git would read on past the end of its line, and a `\000`
 * (git would cut the name there), are refused.
 */
function unquoteAt(b, pos) {
    const out = [];
    let i = pos + 1;
    for (;;) {
        const c = at(b, i);
        if (c === QUOTE)
            return { name: Buffer.from(out), end: i + 1 };
        if (c === NL || i >= b.length)
            throw new DiffUnreadable(pos, 'a quoted name is not closed on its line');
        if (c === 0)
            return { fail: 'a quoted name holds a NUL byte' };
        if (c !== BACKSLASH) {
            out.push(c);
            i++;
            continue;
        }
        const e = at(b, i + 1);
        if (ESCAPES[e] !== undefined) {
            out.push(ESCAPES[e]);
            i += 2;
        }
        else if (e >= 0x30 && e <= 0x33 && isOctal(at(b, i + 2)) && isOctal(at(b, i + 3))) {
            const byte = ((e - 0x30) << 6) | ((at(b, i + 2) - 0x30) << 3) | (at(b, i + 3) - 0x30);
            if (byte === 0)
                throw new DiffUnreadable(pos, 'a quoted name holds "\\000" (git would cut it there)');
            out.push(byte);
            i += 4;
        }
        else
            return { fail: `a quoted name has the unknown escape "\\${String.fromCharCode(e)}"` };
    }
}
const isOctal = (c) => c >= 0x30 && c <= 0x37;
/** find_name_gnu: a quoted name with p components stripped. */
function findNameGnu(b, pos, p) {
    const q = unquoteAt(b, pos);
    if ('fail' in q)
        throw new DiffUnreadable(pos, q.fail);
    const name = q.name;
    let cp = 0;
    for (; p > 0; p--) {
        const slash = name.indexOf(SLASH, cp);
        if (slash === -1)
            throw new DiffUnreadable(pos, 'a quoted file name has fewer leading directories than -p strips');
        cp = slash + 1;
    }
    return squashSlash(name.subarray(cp));
}
/** find_name_common: end is where a traditional name ends before its date, or null. */
function findNameCommon(b, pos, def, p, end, terminate) {
    let start = p === 0 ? pos : -1;
    let i = pos;
    while (i !== end) {
        if (i >= b.length)
            throw new DiffUnreadable(pos, 'a file name runs to the end of the patch');
        const c = b[i];
        if (end === null && isSpace(c)) {
            if (c === NL || nameTerminate(c, terminate))
                break;
        }
        if (c === 0)
            throw new DiffUnreadable(pos, 'a file name holds a NUL byte');
        i++;
        if (c === SLASH && --p === 0)
            start = i;
    }
    const len = i - start;
    if (start === -1 || len === 0)
        return def === null ? null : squashSlash(def);
    // git prefers the shorter name when the other only adds to it ("file.orig", "file~").
    if (def !== null && def.length < len && b.subarray(start, start + def.length).equals(def))
        return squashSlash(def);
    return squashSlash(b.subarray(start, i));
}
function findName(b, pos, def, p, terminate) {
    if (b[pos] === QUOTE)
        return findNameGnu(b, pos, p);
    return findNameCommon(b, pos, def, p, null, terminate);
}
function findNameTraditional(b, pos, def, p) {
    if (b[pos] === QUOTE)
        return findNameGnu(b, pos, p);
    let len = lineLength(b, pos);
    if (at(b, pos + len - 1) === NL)
        len--;
    const dateLength = diffTimestampLength(b, pos, len);
    if (!dateLength)
        return findNameCommon(b, pos, def, p, null, TERM_TAB);
    return findNameCommon(b, pos, def, p, pos + len - dateLength, 0);
}
function saneTzLength(b, line, len) {
    if (len < 6 || b[line + len - 6] !== SPACE)
        return 0;
    const tz = line + len - 6;
    if (b[tz + 1] !== 0x2b && b[tz + 1] !== 0x2d)
        return 0;
    for (let p = tz + 2; p !== line + len; p++)
        if (!isDigit(b[p]))
            return 0;
    return 6;
}
function tzWithColonLength(b, line, len) {
    if (len < 7 || b[line + len - 3] !== 0x3a)
        return 0;
    const tz = line + len - 7;
    if (b[tz] !== SPACE || (b[tz + 1] !== 0x2b && b[tz + 1] !== 0x2d))
        return 0;
    const ok = isDigit(b[tz + 2]) && isDigit(b[tz + 3]) && b[tz + 4] === 0x3a;
    return ok && isDigit(b[tz + 5]) && isDigit(b[tz + 6]) ? 7 : 0;
}
function dateLength(b, line, len) {
    if (len < 8 || b[line + len - 3] !== 0x2d)
        return 0;
    let date = line + len - 8;
    const d = (k) => isDigit(b[date + k]);
    if (!(d(0) && d(1) && b[date + 2] === 0x2d && d(3) && d(4) && b[date + 5] === 0x2d && d(6) && d(7)))
        return 0;
    if (date - line >= 2 && isDigit(b[date - 1]) && isDigit(b[date - 2]))
        date -= 2;
    return line + len - date;
}
function shortTimeLength(b, line, len) {
    if (len < 9 || b[line + len - 3] !== 0x3a)
        return 0;
    const t = line + len - 9;
    const d = (k) => isDigit(b[t + k]);
    const ok = b[t] === SPACE && d(1) && d(2) && b[t + 3] === 0x3a && d(4) && d(5) && b[t + 6] === 0x3a;
    return ok && d(7) && d(8) ? 9 : 0;
}
function fractionalTimeLength(b, line, len) {
    if (!len || !isDigit(b[line + len - 1]))
        return 0;
    let p = line + len - 1;
    while (p > line && isDigit(b[p]))
        p--;
    if (b[p] !== 0x2e)
        return 0;
    const n = shortTimeLength(b, line, p - line);
    return n ? line + len - p + n : 0;
}
function trailingSpacesLength(b, line, len) {
    if (!len || b[line + len - 1] !== SPACE)
        return 0;
    for (let p = line + len; p !== line;) {
        p--;
        if (b[p] !== SPACE)
            return line + len - (p + 1);
    }
    return len;
}
/** diff_timestamp_len: a trailing POSIX or GNU date, 2- or 4-digit year, with its separator. */
function diffTimestampLength(b, line, len) {
    let end = line + len;
    if (len === 0 || !isDigit(b[end - 1]))
        return 0;
    let n = saneTzLength(b, line, end - line) || tzWithColonLength(b, line, end - line);
    end -= n;
    n = shortTimeLength(b, line, end - line) || fractionalTimeLength(b, line, end - line);
    end -= n;
    n = dateLength(b, line, end - line);
    if (!n)
        return 0;
    end -= n;
    if (end === line)
        return 0;
    if (b[end - 1] === TAB)
        return line + len - (end - 1);
    if (b[end - 1] !== SPACE)
        return 0;
    end -= trailingSpacesLength(b, line, end - line);
    return line + len - end;
}
/** skip_tree_prefix over name[from, from + len): the index past p components, or -1. */
function skipTreePrefix(p, name, from, len) {
    if (!p)
        return len && name[from] === SLASH ? -1 : from;
    let nslash = p;
    for (let i = 0; i < len; i++) {
        if (name[from + i] === SLASH && --nslash <= 0)
            return i === 0 ? -1 : from + i + 1;
    }
    return -1;
}
/** git_header_name for a quoted first name. */
function quotedHeaderName(b, p, line, end) {
    const first = unquoteAt(b, line);
    if ('fail' in first)
        return null;
    const cp = skipTreePrefix(p, first.name, 0, first.name.length);
    if (cp === -1)
        return null;
    const name = first.name.subarray(cp);
    let second = first.end;
    while (second < end && isSpace(b[second]))
        second++;
    if (end <= second)
        return null;
    if (b[second] === QUOTE) {
        const sp = unquoteAt(b, second);
        if ('fail' in sp)
            return null;
        const np = skipTreePrefix(p, sp.name, 0, sp.name.length);
        return np !== -1 && sp.name.subarray(np).equals(name) ? name : null;
    }
    const np = skipTreePrefix(p, b, second, end - second);
    return np !== -1 && end - np === name.length && b.subarray(np, end).equals(name) ? name : null;
}
/** git_header_name when the first name is unquoted and a quoted second one follows. */
function mixedHeaderName(b, p, name, quote) {
    const sp = unquoteAt(b, quote);
    if ('fail' in sp)
        return null;
    const np = skipTreePrefix(p, sp.name, 0, sp.name.length);
    if (np === -1)
        return null;
    const len = sp.name.length - np;
    const same = b.subarray(name, name + len).equals(sp.name.subarray(np));
    return len < quote - name && same && isSpace(b[name + len]) ? sp.name.subarray(np) : null;
}
/**
 * git_header_name: the name a `diff --git` line gives when both halves agree, else null.
 * `newer` picks git 2.46+'s reading (it keeps looking past a space at a directory's end).
 */
function gitHeaderName(b, p, start, llen, newer) {
    const line = start + 'diff --git '.length;
    const end = start + llen;
    if (b[line] === QUOTE)
        return quotedHeaderName(b, p, line, end);
    const name = skipTreePrefix(p, b, line, end - line);
    if (name === -1)
        return null;
    for (let s = name; s < end; s++)
        if (b[s] === QUOTE)
            return mixedHeaderName(b, p, name, s);
    const nl = b.indexOf(NL, name);
    if (nl === -1)
        return null;
    const lineLen = nl - name;
    for (let len = 0;; len++) {
        const c = at(b, name + len);
        if (c === NL)
            return null;
        if (c !== TAB && c !== SPACE)
            continue;
        if (at(b, name + len + 1) === 0)
            return null;
        const second = skipTreePrefix(p, b, name + len + 1, lineLen - (len + 1));
        if (second === -1) {
            if (newer)
                continue;
            return null;
        }
        if (at(b, second + len) === NL && b.subarray(name, name + len).equals(b.subarray(second, second + len)))
            return b.subarray(name, name + len);
    }
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/secrets.ts
var policy_secrets = __webpack_require__(45915);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __webpack_require__(58571);
;// CONCATENATED MODULE: ./src/policy/unified-diff.ts
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






const fail = (pos, message) => {
    throw new DiffUnreadable(pos, message);
};
function newSection(start) {
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
    };
}
/** The rest of a header line after its keyword, without the line end, for messages. */
function shown(b, pos) {
    const len = lineLength(b, pos);
    return JSON.stringify(b.toString('utf8', pos, pos + Math.min(len, 80)).replace(/\r?\n$/, ''));
}
/** parse_mode_line, stricter: six octal digits and the line end, as git writes modes; not 0. */
function parseMode(b, pos, what) {
    const len = lineLength(b, pos);
    const text = b.toString('latin1', pos, pos + len);
    const m = /^([0-7]{6})\r?\n$/.exec(text);
    if (!m)
        fail(pos, `${what} ${shown(b, pos)} is not six octal digits such as 100644`);
    const mode = m[1];
    // git reads 0 as "no mode given" and takes the file's; the reader cannot know it.
    if (mode === '000000')
        fail(pos, `${what} 000000 is no mode (git would use the file's own)`);
    return mode;
}
/** gitdiff_verify_name: the name of a `---` or `+++` line inside a `diff --git` header. */
function verifyName(st, pos, isNull, current, side) {
    if (!current && !isNull)
        return findName(st.b, pos, null, st.pValue, TERM_TAB);
    if (current) {
        if (isNull)
            fail(pos, `the ${side} name should be /dev/null`);
        const another = findName(st.b, pos, null, st.pValue, TERM_TAB);
        if (!another || !another.equals(current))
            fail(pos, `inconsistent ${side} file name`);
    }
    else if (!isDevNull(st.b, pos))
        fail(pos, `the ${side} name should be /dev/null`);
    return current;
}
const HEX_MAX = 40;
const HEX_MAX_ANY_REPO = 64;
/** gitdiff_index: "index OLD..NEW [MODE]"; git ignores a line it cannot read. */
function indexLine(st, pos, patch) {
    const b = st.b;
    const end = pos + lineLength(b, pos) - 1;
    // strchr(line, '.'): it stops at a NUL; only the first HEX_MAX_ANY_REPO + 1 bytes can matter.
    const window = b.subarray(pos, Math.max(end, pos + HEX_MAX_ANY_REPO + 1));
    const dotAt = window.indexOf(0x2e);
    const nul = window.indexOf(0);
    const dot = dotAt === -1 || (nul !== -1 && nul < dotAt) ? -1 : pos + dotAt;
    // git searches on past the line's end; only a ".." on the line itself is modelled.
    if (dot === -1 || dot > end) {
        if (dot !== -1 && at(b, dot + 1) === 0x2e && dot - pos <= HEX_MAX_ANY_REPO)
            fail(pos, 'an "index" line without ".." (git would read the next line)');
        return;
    }
    const hexLength = (len) => {
        if (len > HEX_MAX && len <= HEX_MAX_ANY_REPO)
            fail(pos, 'an "index" line with an object id git reads differently by hash algorithm');
        return len <= HEX_MAX;
    };
    if (at(b, dot + 1) !== 0x2e || !hexLength(dot - pos))
        return;
    const second = dot + 2;
    const spaceAt = b.subarray(second, end).indexOf(0x20);
    const space = spaceAt === -1 ? end : second + spaceAt;
    if (!hexLength(space - second))
        return;
    if (b[space] === 0x20)
        patch.oldMode = parseMode(b, space + 1, 'the mode of the "index" line');
}
function score(b, pos, patch) {
    const m = /^(\d{1,15})%?\r?\n$/.exec(b.toString('latin1', pos, pos + lineLength(b, pos)));
    if (!m)
        fail(pos, `a similarity index ${shown(b, pos)} that is not a percentage`);
    const value = Number(m[1]);
    if (value <= 100)
        patch.score = value;
}
const renameName = (st, pos) => findName(st.b, pos, null, st.pValue ? st.pValue - 1 : 0, 0);
/** The gitdiff_* table, in git's order; true ends the header. */
const HEADER_TABLE = [
    ['@@ -', () => true],
    ['--- ', (st, pos, p) => ((p.oldName = verifyName(st, pos, p.isNew > 0, p.oldName, 'old')), false)],
    ['+++ ', (st, pos, p) => ((p.newName = verifyName(st, pos, p.isDelete > 0, p.newName, 'new')), false)],
    ['old mode ', (st, pos, p) => ((p.oldMode = parseMode(st.b, pos, 'old mode')), false)],
    ['new mode ', (st, pos, p) => ((p.newMode = parseMode(st.b, pos, 'new mode')), false)],
    [
        'deleted file mode ',
        (st, pos, p) => {
            p.isDelete = 1;
            p.oldName = p.defName;
            p.oldMode = parseMode(st.b, pos, 'deleted file mode');
            return false;
        }
    ],
    [
        'new file mode ',
        (st, pos, p) => {
            p.isNew = 1;
            p.newName = p.defName;
            p.newMode = parseMode(st.b, pos, 'new file mode');
            return false;
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
];
function checkNoNul(b, pos, len) {
    if (b.subarray(pos, pos + len).includes(0))
        fail(pos, 'a header line holds a NUL byte');
}
/** parse_git_diff_header: the header's length in bytes (the `diff --git` line included). */
function parseGitDiffHeader(st, pos, len, patch) {
    const b = st.b;
    checkNoNul(b, pos, len);
    patch.isNew = 0;
    patch.isDelete = 0;
    const older = gitHeaderName(b, st.pValue, pos, len, false);
    const newer = gitHeaderName(b, st.pValue, pos, len, true);
    if ((older === null) !== (newer === null) || (older && newer && !older.equals(newer)))
        fail(pos, 'git versions read the names of this "diff --git" line differently');
    patch.defName = older;
    let offset = len;
    for (let line = pos + len; line < b.length; line += len, offset += len) {
        len = lineLength(b, line);
        if (!len || b[line + len - 1] !== NL)
            break;
        const [key, fn] = HEADER_TABLE.find(([k]) => len >= k.length && startsWithAt(b, line, k));
        if (key !== '' && key !== '@@ -')
            checkNoNul(b, line, len);
        const done = fn(st, line + key.length, patch);
        const extensions = Number(patch.isDelete === 1) + Number(patch.isNew === 1) + Number(patch.isRename) + Number(patch.isCopy);
        if (extensions > 1)
            fail(line, 'inconsistent header lines (git refuses them)');
        if (done)
            break;
    }
    if (!patch.oldName && !patch.newName) {
        if (!patch.defName)
            fail(pos, 'the "diff --git" header lacks file name information');
        patch.oldName = patch.defName;
        patch.newName = patch.defName;
    }
    if ((!patch.newName && !patch.isDelete) || (!patch.oldName && !patch.isNew))
        fail(pos, 'the "diff --git" header lacks file name information');
    return offset;
}
/** guess_p_value: 0 for a name without a slash, -1 when it cannot tell. */
function guessP(b, pos) {
    if (isDevNull(b, pos))
        return -1;
    const name = findNameTraditional(b, pos, null, 0);
    if (!name)
        return -1;
    return name.includes(0x2f) ? -1 : 0;
}
/** has_epoch_timestamp: GNU diff's creation/deletion marker, a 1970 epoch after the last tab. */
function hasEpochTimestamp(b, pos) {
    const line = b.toString('latin1', pos, pos + lineLength(b, pos));
    const tab = line.lastIndexOf('\t');
    if (tab === -1)
        return false;
    const stamp = line.slice(tab + 1);
    const epochHour = stamp.startsWith('1969-12-31 ') ? 24 : stamp.startsWith('1970-01-01 ') ? 0 : -1;
    if (epochHour === -1)
        return false;
    const m = /^([0-2][0-9]):([0-5][0-9]):00(\.0+)? ([-+])([0-2][0-9]):?([0-5][0-9])\n/.exec(stamp.slice(11));
    if (!m)
        return false;
    let zone = Number(m[5]) * 60 + Number(m[6]);
    if (m[4] === '-')
        zone = -zone;
    return Number(m[1]) * 60 + Number(m[2]) - zone === epochHour * 60;
}
/** parse_traditional_patch: a `---`/`+++` pair with no `diff --git` line. */
function parseTraditional(st, first, second, patch) {
    const b = st.b;
    checkNoNul(b, first, lineLength(b, first));
    checkNoNul(b, second, lineLength(b, second));
    first += 4;
    second += 4;
    if (!st.pKnown) {
        let p = guessP(b, first);
        const q = guessP(b, second);
        if (p < 0)
            p = q;
        if (p >= 0 && p === q) {
            st.pValue = p;
            st.pKnown = true;
        }
    }
    let name;
    if (isDevNull(b, first)) {
        patch.isNew = 1;
        patch.isDelete = 0;
        name = patch.newName = findNameTraditional(b, second, null, st.pValue);
    }
    else if (isDevNull(b, second)) {
        patch.isNew = 0;
        patch.isDelete = 1;
        name = patch.oldName = findNameTraditional(b, first, null, st.pValue);
    }
    else {
        const firstName = findNameTraditional(b, first, null, st.pValue);
        name = findNameTraditional(b, second, firstName, st.pValue);
        if (hasEpochTimestamp(b, first)) {
            patch.isNew = 1;
            patch.isDelete = 0;
            patch.newName = name;
        }
        else if (hasEpochTimestamp(b, second)) {
            patch.isNew = 0;
            patch.isDelete = 1;
            patch.oldName = name;
        }
        else {
            patch.oldName = name;
            patch.newName = name;
        }
    }
    if (!name)
        fail(first - 4, 'cannot find a file name in this "---"/"+++" pair');
}
/** parse_num: digits, or undefined. */
function parseNumber(b, pos) {
    let i = pos;
    while (isDigit(at(b, i)))
        i++;
    if (i === pos)
        return undefined;
    if (i - pos > 15)
        fail(pos, 'a line count in a hunk header is too large');
    return { value: Number(b.toString('latin1', pos, i)), length: i - pos };
}
/** parse_range: "N[,M]" then `expect`; the offset after it, or -1. */
function parseRange(b, line, len, offset, expect, out) {
    if (offset < 0 || offset >= len)
        return -1;
    const first = parseNumber(b, line + offset);
    if (!first)
        return -1;
    offset += first.length;
    out.push(first.value);
    let count = 1;
    if (at(b, line + offset) === 0x2c) {
        const second = parseNumber(b, line + offset + 1);
        if (!second)
            return -1;
        count = second.value;
        offset += second.length + 1;
    }
    out.push(count);
    if (expect.length > len - offset || !startsWithAt(b, line + offset, expect))
        return -1;
    return offset + expect.length;
}
/** parse_fragment_header: [oldStart, oldLines, newStart, newLines], or undefined. */
function fragmentHeader(b, line, len) {
    if (!len || b[line + len - 1] !== NL)
        return undefined;
    const out = [];
    const offset = parseRange(b, line, len, 4, ' +', out);
    return parseRange(b, line, len, offset, ' @@', out) < 0 ? undefined : out;
}
/**
 * A `\ No newline at end of file` line after the line at pos, when there is one: its length.
 * git 2.39 and later versions read these lines differently; only the form both accept is read.
 */
function noNewlineMarker(b, pos) {
    if (at(b, pos) !== 0x5c)
        return 0;
    const len = lineLength(b, pos);
    if (!startsWithAt(b, pos, '\\ ') || len < 12 || b.length - pos <= 12)
        fail(pos, 'a line starting with "\\" that is not a "\\ No newline at end of file" marker');
    return len;
}
const KINDS = { 0x20: ' ', 0x2b: '+', 0x2d: '-', 0x0a: ' ' };
/** parse_fragment: one hunk at pos; its length in bytes. */
function parseFragment(st, pos, patch) {
    const b = st.b;
    const headerLength = lineLength(b, pos);
    const header = fragmentHeader(b, pos, headerLength);
    if (!header)
        return fail(pos, `corrupt hunk header ${shown(b, pos)}`);
    const [oldStart, oldCount, newStart, newCount] = header;
    const hunk = { oldStart, oldLines: oldCount, newStart, newLines: newCount, lines: [] };
    let oldLines = oldCount;
    let newLines = newCount;
    let added = 0;
    let deleted = 0;
    let line = pos + headerLength;
    while (line < b.length && (oldLines > 0 || newLines > 0)) {
        const len = lineLength(b, line);
        const kind = KINDS[b[line]];
        if (b[line + len - 1] !== NL || kind === undefined)
            fail(line, `corrupt patch: unexpected line in a hunk ${shown(b, line)}`);
        if (kind === ' ') {
            oldLines--;
            newLines--;
        }
        else if (kind === '-') {
            oldLines--;
            deleted++;
        }
        else {
            newLines--;
            added++;
        }
        if (oldLines < 0 || newLines < 0)
            fail(line, 'corrupt patch: a hunk has more lines than its header counts');
        hunk.lines.push(kind + b.toString('utf8', line + 1, line + len - 1));
        line += len;
        const marker = noNewlineMarker(b, line);
        if (marker) {
            hunk.lines.push(b.toString('utf8', line, line + marker - 1));
            line += marker;
        }
    }
    if (oldLines || newLines)
        fail(line, 'corrupt patch: the patch ends inside a hunk');
    if (!added && !deleted)
        fail(pos, 'corrupt patch: a hunk that neither adds nor removes a line');
    patch.added += added;
    patch.deleted += deleted;
    patch.hunks.push(hunk);
    return line - pos;
}
/** parse_single_patch: the hunks after a header; their length in bytes. */
function parseSinglePatch(st, pos, patch) {
    const start = pos;
    let oldLines = 0;
    let newLines = 0;
    while (st.b.length - pos > 4 && startsWithAt(st.b, pos, '@@ -')) {
        pos += parseFragment(st, pos, patch);
        const h = patch.hunks[patch.hunks.length - 1];
        oldLines += h.oldLines;
        newLines += h.newLines;
    }
    const several = patch.hunks.length > 1;
    if (patch.isNew < 0 && (oldLines || several))
        patch.isNew = 0;
    if (patch.isDelete < 0 && (newLines || several))
        patch.isDelete = 0;
    if (patch.isNew > 0 && oldLines)
        fail(start, 'a new file depends on old contents');
    if (patch.isDelete > 0 && newLines)
        fail(start, 'a deleted file still has contents');
    return pos - start;
}
const BASE85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const DE85 = new Map([...BASE85].map((c, i) => [c.charCodeAt(0), i]));
/** The largest binary hunk the reader inflates to check it. */
const MAX_BINARY = 64 * 1024 * 1024;
/** decode_85: `count` bytes from base-85 text at pos, or undefined. */
function decode85(b, pos, count) {
    const out = [];
    while (count) {
        let acc = 0;
        for (let k = 0; k < 5; k++) {
            const de = DE85.get(at(b, pos++));
            if (de === undefined)
                return undefined;
            if (k === 4 && (Math.floor(0xffffffff / 85) < acc || 0xffffffff - de < acc * 85))
                return undefined;
            acc = acc * 85 + de;
        }
        const n = Math.min(count, 4);
        count -= n;
        for (let k = 0; k < n; k++)
            out.push((acc >>> (24 - 8 * k)) & 0xff);
    }
    return out;
}
/** parse_binary_hunk: a `literal N`/`delta N` block; its length, or 0 when none starts here. */
function parseBinaryHunk(b, pos) {
    const head = /^(?:literal|delta) /.exec(b.toString('latin1', pos, pos + 8));
    if (!head)
        return 0;
    const m = /^(?:literal|delta) (\d{1,10})\n$/.exec(b.toString('latin1', pos, pos + lineLength(b, pos)));
    if (!m || Number(m[1]) > MAX_BINARY)
        fail(pos, `a binary hunk header ${shown(b, pos)} the reader does not read`);
    const size = Number(m[1]);
    let line = pos + lineLength(b, pos);
    const data = [];
    for (;;) {
        const len = lineLength(b, line);
        if (len === 1) {
            line++;
            break;
        }
        const corrupt = () => fail(line, `corrupt binary patch ${shown(b, line)}`);
        if (len < 7 || (len - 2) % 5)
            corrupt();
        const max = ((len - 2) / 5) * 4;
        const c = b[line];
        const count = c >= 0x41 && c <= 0x5a ? c - 0x40 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 27 : 0;
        if (!count || max < count || count <= max - 4)
            corrupt();
        const bytes = decode85(b, line + 1, count);
        if (!bytes)
            return corrupt();
        for (const byte of bytes)
            data.push(byte);
        line += len;
    }
    let inflated;
    try {
        inflated = data.length ? (0,external_node_zlib_.inflateSync)(Buffer.from(data), { maxOutputLength: size + 1 }) : undefined;
    }
    catch {
        inflated = undefined;
    }
    if (!inflated || inflated.length !== size)
        fail(pos, 'corrupt binary patch: its data does not inflate');
    return line - pos;
}
/** parse_binary: a forward hunk and an optional reverse one; their length. */
function parseBinary(b, pos) {
    const forward = parseBinaryHunk(b, pos);
    if (!forward)
        fail(pos, 'unrecognized binary patch (git would stop reading here)');
    return forward + parseBinaryHunk(b, pos + forward);
}
/** find_header: the next section's header, or undefined when none is left. */
function findHeader(st, pos) {
    const b = st.b;
    // One struct for the whole search, as in git: a `diff --git` line skipped for having no header
    // leaves its names and modes to the next section.
    const patch = newSection(pos);
    for (let len = lineLength(b, pos); pos < b.length; pos += len, len = lineLength(b, pos)) {
        const size = b.length - pos;
        if (!len)
            break;
        if (len < 6)
            continue;
        if (startsWithAt(b, pos, '@@ -')) {
            if (fragmentHeader(b, pos, len))
                fail(pos, 'a hunk outside any file section');
            continue;
        }
        if (size < len + 6)
            break;
        if (startsWithAt(b, pos, 'diff --git ')) {
            patch.start = pos;
            const length = parseGitDiffHeader(st, pos, len, patch);
            if (length <= len)
                continue;
            return { start: pos, length, patch };
        }
        if (!startsWithAt(b, pos, '--- ') || !startsWithAt(b, pos + len, '+++ '))
            continue;
        const next = lineLength(b, pos + len);
        if (size < next + 14 || !startsWithAt(b, pos + len + next, '@@ -'))
            continue;
        patch.start = pos;
        parseTraditional(st, pos, pos + len, patch);
        return { start: pos, length: len + next, patch };
    }
    return undefined;
}
const metadataChanges = (p) => p.isRename ||
    p.isCopy ||
    p.isNew > 0 ||
    p.isDelete !== 0 ||
    (p.oldMode !== undefined && p.newMode !== undefined && p.oldMode !== p.newMode);
/** parse_chunk: one section; the position after it, or undefined when none is left. */
function parseChunk(st, pos, out) {
    const found = findHeader(st, pos);
    if (!found)
        return undefined;
    const { patch } = found;
    const hd = found.start + found.length;
    let size = parseSinglePatch(st, hd, patch);
    if (!size) {
        const b = st.b;
        const len = lineLength(b, hd);
        if (len === 17 && startsWithAt(b, hd, 'GIT binary patch\n')) {
            size = len + parseBinary(b, hd + len);
            patch.binary = true;
        }
        else if (b.subarray(hd + len - 8, hd + len).toString('latin1') === ' differ\n') {
            const header = ['Binary files ', 'Files '].find(h => h.length < b.length - hd && startsWithAt(b, hd, h));
            if (header) {
                size = len;
                patch.binary = true;
            }
        }
        if (!patch.binary && !metadataChanges(patch))
            fail(found.start, 'a section with nothing to apply (git refuses "patch with only garbage")');
    }
    out.push(patch);
    return hd + size;
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** A name as the engine sees it: its UTF-8 text, byte for byte (a leading BOM stays). */
function nameText(name, pos) {
    if (name === null)
        return undefined;
    try {
        return utf8.decode(name);
    }
    catch {
        return fail(pos, `the file name ${JSON.stringify(name.toString('latin1'))} is not valid UTF-8`);
    }
}
function statusOf(p, oldName, newName) {
    if (p.isNew > 0)
        return 'added';
    if (p.isDelete > 0)
        return 'deleted';
    if (p.isRename)
        return 'renamed';
    if (p.isCopy)
        return 'copied';
    if (oldName !== newName)
        fail(p.start, `the old name ${JSON.stringify(oldName)} and new name ${JSON.stringify(newName)} differ without a rename`);
    return 'modified';
}
/** The added lines of a file, as text: what the content rules scan. */
function addedLinesOf(hunks) {
    const addedText = [];
    for (const hunk of hunks)
        for (const l of hunk.lines)
            if (l[0] === '+')
                addedText.push(l.slice(1));
    return addedText;
}
/** One section as the engine judges it. */
function toFile(p) {
    const oldName = nameText(p.oldName, p.start);
    const newName = nameText(p.newName, p.start);
    const status = statusOf(p, oldName, newName);
    const path = (status === 'deleted' ? oldName : newName);
    const addedText = addedLinesOf(p.hunks);
    // git diff counts a file whose new text holds a NUL byte as binary; so does the reader.
    const binary = p.binary || addedText.some(l => l.includes('\0'));
    const file = {
        path,
        ...(status === 'renamed' || status === 'copied' ? { previousPath: oldName } : {}),
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
    };
    if (addedText.length > 0) {
        const secrets = (0,policy_secrets/* findSecrets */.dL)(addedText.join('\n'));
        if (secrets.length > 0)
            file.secrets = secrets;
    }
    if (!file.binary)
        Object.assign(file, (0,threats/* scanHunks */.$f)(file.hunks));
    return file;
}
/** git applies the sections of one path in sequence; the reader judges each alone, so refuses. */
function refuseRepeatedPaths(files, sections) {
    const seen = new Set();
    files.forEach((file, i) => {
        for (const path of new Set([
            file.path,
            ...(file.previousPath === undefined ? [] : [file.previousPath])
        ])) {
            if (seen.has(path))
                fail(sections[i].start, `the patch touches ${JSON.stringify(path)} in more than one section`);
            seen.add(path);
        }
    });
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function lineNumber(b, pos) {
    let n = 1;
    for (let i = b.indexOf(NL); i !== -1 && i < pos; i = b.indexOf(NL, i + 1))
        n++;
    return n;
}
/**
 * Read a unified diff as `git apply` (default -p1, guessed for traditional patches) reads it.
 * When the reader refuses, `problem` says where and why, and `files` holds the sections read
 * before it.
 */
function readUnifiedDiff(text) {
    const b = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const st = { b, pValue: 1, pKnown: false };
    const sections = [];
    const files = [];
    try {
        if (typeof text === 'string' && LONE_SURROGATE.test(text))
            fail(0, 'the patch is not well-formed Unicode (a lone surrogate)');
        for (let pos = 0; pos !== undefined && pos < b.length;) {
            pos = parseChunk(st, pos, sections);
            if (sections.length > files.length)
                files.push(toFile(sections[sections.length - 1]));
        }
        if (sections.length === 0)
            fail(b.length, 'the patch has no file sections git would apply');
        refuseRepeatedPaths(files, sections);
        return { files };
    }
    catch (error) {
        if (!(error instanceof DiffUnreadable))
            throw error;
        const line = lineNumber(b, error.at);
        return {
            files: files.slice(0, sections.length),
            problem: { line, message: `line ${line} of the patch: ${error.message}` }
        };
    }
}
/** readUnifiedDiff for callers that need the whole patch: a refusal is a PolicyInputError. */
function parseUnifiedDiff(text) {
    const reading = readUnifiedDiff(text);
    if (reading.problem)
        throw new errors/* PolicyInputError */.H(reading.problem.message);
    return reading.files;
}
/**
 * The text of a file after applying its hunks to `before` (null: the file did not exist), or
 * undefined when the hunks do not apply exactly. Used for the watched config file only, whose
 * after-content the config-loosened rule must know.
 */
function applyHunks(before, hunks) {
    const source = before === null ? [] : before.split('\n');
    const endsWithNewline = before !== null && before.endsWith('\n');
    if (endsWithNewline)
        source.pop();
    const out = [];
    let pos = 0;
    let noNewlineAtEnd = !endsWithNewline;
    let offset = 0;
    for (const hunk of hunks) {
        const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
        // git places a hunk by its new start (and may search nearby); only the exact place agreed
        // by both starts is trusted.
        const newStart = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
        if (newStart !== start + offset)
            return undefined;
        offset += hunk.newLines - hunk.oldLines;
        if (start < pos || start > source.length)
            return undefined;
        while (pos < start)
            out.push(source[pos++]);
        let last = ' ';
        for (const line of hunk.lines) {
            const kind = line[0];
            const body = line.slice(1);
            if (kind === '\\') {
                if (last !== '-')
                    noNewlineAtEnd = true;
                continue;
            }
            if (kind === ' ' || kind === '-') {
                if (source[pos] !== body)
                    return undefined;
                pos++;
                if (kind === ' ')
                    out.push(body);
            }
            else
                out.push(body);
            last = kind;
            if (kind !== '-')
                noNewlineAtEnd = false;
        }
    }
    while (pos < source.length) {
        out.push(source[pos++]);
        noNewlineAtEnd = !endsWithNewline;
    }
    if (out.length === 0)
        return '';
    return out.join('\n') + (noNewlineAtEnd ? '' : '\n');
}


/***/ })

};
