export const id = 345;
export const ids = [345];
export const modules = {

/***/ 92345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_CHANGE_TYPES: () => (/* binding */ CHECK_CHANGE_TYPES),
/* harmony export */   CHECK_DEFAULT_CONFIG_PATH: () => (/* binding */ CHECK_DEFAULT_CONFIG_PATH),
/* harmony export */   jsonReport: () => (/* binding */ jsonReport),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   textReport: () => (/* binding */ textReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44795);
/* harmony import */ var _policy_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28710);
/* harmony import */ var _policy_normalize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42425);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/**
 * `self-evolution check`: judge a change against the safety rails.
 *
 * Sources: --git RANGE (git itself), --diff FILE (a unified diff) or --proposals FILE (the
 * agent's proposals file). Exit codes: 0 every proposal allowed, 1 at least one blocked, 2 the
 * input could not be used (one line on stderr).
 *
 * A change is never judged by the config it brings: in --git mode the rules come from the config
 * file at BASE, otherwise from the working tree's, and --config overrides both.
 */







/** The same values as CHANGE_TYPES and DEFAULT_CONFIG_PATH in config/schema.ts (a test checks). */
const CHECK_CHANGE_TYPES = [
    'capability',
    'prompt',
    'persona',
    'cleanup',
    'wildcard'
];
const CHECK_DEFAULT_CONFIG_PATH = '.github/self-evolution-config.json';
const CHANGE_TYPES = CHECK_CHANGE_TYPES;
const DEFAULT_CONFIG_PATH = CHECK_DEFAULT_CONFIG_PATH;
const HELP = `Usage: self-evolution check (--git RANGE [--repo DIR] | --diff FILE | --proposals FILE) [options]

Judges a change against the safety rails of the config and prints every violation.

Sources (exactly one):
  --git RANGE         BASE..HEAD, or BASE...HEAD to judge from the merge base as a pull request does
  --diff FILE         a git-style unified diff
  --proposals FILE    a proposals file written by the agent (its files are a claim; a patch is parsed)

For --git and --diff, the proposal's metadata:
  --type T            ${CHANGE_TYPES.join(' | ')} (required)
  --risk N            risk level 0..5 (required; 4 and 5 always fail)
  --title TEXT        a title for the report
  --effort N          effort 0..5

Options:
  --repo DIR          the repository (default: the current directory)
  --config PATH       the config whose rules apply (default: ${DEFAULT_CONFIG_PATH} at BASE in --git
                      mode, else in the working tree; the defaults when it is missing)
  --config-path PATH  the repository path of the config file the config-loosened rule watches
                      (default: ${DEFAULT_CONFIG_PATH})
  --database-url URL  also check the wildcard daily limit against the runs recorded there
  --repository O/R    the repository whose recorded wildcards count (with --database-url)
  --json              print one JSON document
  --timings           print how long each phase took, as one JSON line on stderr
  --help              show this help

Exit codes: 0 every proposal allowed, 1 at least one blocked, 2 the input could not be used.
`;
const OPTIONS = {
    git: { type: 'string' },
    diff: { type: 'string' },
    proposals: { type: 'string' },
    repo: { type: 'string' },
    config: { type: 'string' },
    'config-path': { type: 'string' },
    'database-url': { type: 'string' },
    repository: { type: 'string' },
    type: { type: 'string' },
    risk: { type: 'string' },
    title: { type: 'string' },
    effort: { type: 'string' },
    json: { type: 'boolean' },
    timings: { type: 'boolean' }
};
async function run(argv, io) {
    try {
        return await check(argv, io);
    }
    catch (error) {
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb || error instanceof _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H) {
            io.stderr(`self-evolution check: ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(error.message.replace(/^check: /, ''), 2000)}\n`);
            return 2;
        }
        throw error;
    }
}
function errnoCode(error) {
    return error.code ?? error.message;
}
async function readRulesFile(io, path) {
    return parseRules(await readTextFile('config', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path)), JSON.stringify(path));
}
async function readTextFile(flag, path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${flag} ${JSON.stringify(path)} cannot be read (${errnoCode(error)}); expected a readable file`);
    }
}
/** A file of the working tree as it is now; null when it does not exist. */
async function readWorkingFile(repo, repoPath) {
    const n = (0,_policy_normalize_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePath */ .Fd)(repoPath);
    if (!n.ok)
        return null;
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repo, repoPath), 'utf8');
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${JSON.stringify(repoPath)} in ${JSON.stringify(repo)} cannot be read (${code})`);
    }
}
async function parseRules(text, where) {
    const { defaultConfig, formatProblems, parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 61036));
    if (text === null)
        return defaultConfig();
    const parsed = parseConfigText(text);
    if (parsed.ok)
        return parsed.config;
    const problems = formatProblems(parsed.problems);
    throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the config ${where} is invalid: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
}
function proposalMeta(values, fallbackTitle) {
    if (values.type === undefined || values.risk === undefined) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--type and --risk are required with --git and --diff; see "self-evolution check --help"');
    }
    if (!CHANGE_TYPES.includes(values.type)) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--type ${JSON.stringify(values.type)} is not valid; expected one of ${CHANGE_TYPES.join(', ')}`);
    }
    const riskLevel = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .intFlag */ .s1)('risk', values.risk, 0, 5);
    const effort = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .intFlag */ .s1)('effort', values.effort, 0, 5);
    return {
        title: values.title ?? fallbackTitle,
        type: values.type,
        riskLevel,
        ...(effort !== undefined ? { effort } : {})
    };
}
async function check(argv, io) {
    const started = performance.now();
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)('check', argv, OPTIONS);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const sources = ['git', 'diff', 'proposals'].filter(k => values[k] !== undefined);
    if (sources.length !== 1) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`expected exactly one of --git, --diff or --proposals${sources.length ? ` (got ${sources.map(s => `--${s}`).join(' and ')})` : ''}; see "self-evolution check --help"`);
    }
    const source = sources[0];
    if (source === 'proposals') {
        const given = ['type', 'risk', 'title', 'effort'].filter(k => values[k] !== undefined);
        if (given.length > 0) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${given[0]} describes a --git or --diff change; a proposals file carries its own metadata`);
        }
    }
    const configPath = values['config-path'] ?? DEFAULT_CONFIG_PATH;
    const watched = (0,_policy_normalize_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePath */ .Fd)(configPath);
    if (!watched.ok) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--config-path ${JSON.stringify(configPath)} is not valid (${watched.reason}); expected a repository path such as ${DEFAULT_CONFIG_PATH}`);
    }
    const repository = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryFlag */ .nm)(values.repository) ?? '';
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.repo ?? '.');
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(repo)).isDirectory())
            throw new Error('ENOTDIR');
    }
    catch {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--repo ${JSON.stringify(values.repo ?? '.')} is not a directory; expected the repository's directory`);
    }
    const configFlag = values.config;
    let config;
    let proposals;
    if (source === 'git') {
        const meta = proposalMeta(values, values.git);
        const range = (0,_policy_git_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRange */ .RC)(values.git);
        const pending = (0,_policy_git_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitChanges */ .sh)({ repo, range: values.git, configPath: watched.path });
        // Handled here at once, so a failure while the rules load is not an unhandled rejection;
        // `await pending` below still throws it.
        pending.catch(() => undefined);
        // While git diffs: read and parse the rules at BASE, load the engine, compile the patterns.
        config =
            configFlag !== undefined
                ? await readRulesFile(io, configFlag)
                : await parseRules(await (0,_policy_git_js__WEBPACK_IMPORTED_MODULE_2__/* .readGitFile */ .v3)(repo, range.base, watched.path), `${configPath} at the base of ${values.git}`);
        const { compilePolicy } = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 32863));
        compilePolicy(config);
        const changes = await pending;
        proposals = [
            {
                ...meta,
                source: 'git',
                files: changes.files,
                ...(changes.configFile ? { configFile: changes.configFile } : {})
            }
        ];
    }
    else {
        const { readPatchChanges, readProposalsFile } = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 52576));
        config =
            configFlag !== undefined
                ? await readRulesFile(io, configFlag)
                : await parseRules(await readWorkingFile(repo, watched.path), `${configPath} in ${repo}`);
        const readBaseFile = path => readWorkingFile(repo, path);
        if (source === 'diff') {
            const meta = proposalMeta(values, values.diff);
            const text = await readTextFile('diff', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.diff));
            let changes;
            try {
                changes = await readPatchChanges(text, { configPath: watched.path, readBaseFile });
            }
            catch (error) {
                if (error instanceof _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H) {
                    throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`--diff ${JSON.stringify(values.diff)} cannot be read: ${error.message}`);
                }
                throw error;
            }
            proposals = [{ ...meta, source: 'patch', ...changes }];
        }
        else {
            const text = await readTextFile('proposals', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.proposals));
            proposals = (await readProposalsFile(text, { configPath: watched.path, readBaseFile })).proposals;
        }
    }
    const wildcardAlreadyUsedToday = values['database-url'] !== undefined
        ? await wildcardRecordedToday(values['database-url'], repository, io)
        : undefined;
    const { compilePolicy, evaluateProposals } = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 32863));
    const read = performance.now();
    compilePolicy(config); // cached for evaluateProposals; timed apart from matching
    const compiled = performance.now();
    const result = evaluateProposals({
        config,
        proposals,
        configPath: watched.path,
        ...(wildcardAlreadyUsedToday !== undefined ? { wildcardAlreadyUsedToday } : {})
    });
    const evaluated = performance.now();
    io.stdout(values.json ? `${JSON.stringify(jsonReport(result), null, 2)}\n` : textReport(result));
    if (values.timings) {
        const ms = (a, b) => Math.round((b - a) * 10) / 10;
        const done = performance.now();
        io.stderr(`timings ${JSON.stringify({ read: ms(started, read), compile: ms(read, compiled), evaluate: ms(compiled, evaluated), report: ms(evaluated, done), total: ms(started, done) })}\n`);
    }
    return result.allowed ? 0 : 1;
}
/** Whether an allowed wildcard is already recorded for this repository and UTC day. */
async function wildcardRecordedToday(url, repository, io) {
    const runDate = io.now().toISOString().slice(0, 10);
    let db;
    try {
        const { openDatabase } = await Promise.all(/* import() */[__webpack_require__.e(534), __webpack_require__.e(665)]).then(__webpack_require__.bind(__webpack_require__, 59665));
        const { hasAllowedWildcard } = await __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 46589));
        const opened = await openDatabase({ url, cwd: io.cwd });
        db = opened;
        return await hasAllowedWildcard(opened.sql, repository, runDate);
    }
    catch (error) {
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb)
            throw error;
        let message = error?.message ?? String(error);
        // Never print the password, whatever the driver put in its message.
        try {
            const password = decodeURIComponent(new URL(url).password);
            if (password)
                message = message.split(password).join('***');
        }
        catch {
            /* not a URL: nothing to hide */
        }
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot check the wildcard daily limit in the database: ${message}`);
    }
    finally {
        await db?.close().catch(() => undefined);
    }
}
/** The --json document; every text the agent wrote is capped (JSON escapes the rest). */
function jsonReport(result) {
    return {
        allowed: result.allowed,
        proposals: result.proposals.map(p => ({
            title: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forJson */ .Cx)(p.title, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.title),
            type: p.type,
            riskLevel: p.riskLevel,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forJson */ .Cx)(p.description, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.description) } : {}),
            source: p.source,
            allowed: p.allowed,
            stats: p.stats,
            violations: p.violations.map(v => ({
                rule: v.rule,
                ...(v.path !== undefined ? { path: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forJson */ .Cx)(v.path, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.path) } : {}),
                message: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forJson */ .Cx)(v.message, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.message)
            }))
        }))
    };
}
/** One line per violation, then a summary; every line is safe for a workflow log. */
function textReport(result) {
    const lines = [];
    result.proposals.forEach((p, i) => {
        const head = `proposal ${i + 1} "${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(p.title, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.title)}" (${p.type}, risk ${p.riskLevel}, ${p.source})`;
        const size = `${p.stats.files} file${p.stats.files === 1 ? '' : 's'}, +${p.stats.additions} -${p.stats.deletions}${p.stats.binaryFiles ? `, ${p.stats.binaryFiles} binary` : ''}`;
        for (const v of p.violations) {
            lines.push(`BLOCKED ${head}: [${v.rule}] ${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(v.message, _text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .LIMITS */ .b1.message)}`);
        }
        if (p.allowed)
            lines.push(`allowed ${head}: ${size}`);
    });
    const blocked = result.proposals.filter(p => !p.allowed).length;
    const total = result.proposals.length;
    lines.push(`${result.allowed ? 'OK' : 'BLOCKED'}: ${total - blocked} of ${total} proposal${total === 1 ? '' : 's'} allowed, ${blocked} blocked`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ forHtml),
/* harmony export */   Bm: () => (/* binding */ forMarkdown),
/* harmony export */   Cx: () => (/* binding */ forJson),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   m6: () => (/* binding */ forMarkdownCode),
/* harmony export */   qt: () => (/* binding */ forMarkdownBlock)
/* harmony export */ });
/* unused harmony export MAX_BLOCK_LINES */
/**
 * The one place agent-written text (titles, descriptions, paths, labels, branch names, rule
 * messages that quote them) is made safe for wherever it is printed or rendered. Everything the
 * agent wrote is hostile: it may carry newlines, `::` workflow commands, Markdown, HTML, control
 * characters, bidirectional overrides or megabytes of text.
 *
 * Every function caps the length first (by code points, never splitting a surrogate pair and
 * marking the cut with "…"), then escapes for its target:
 *   forLog / forAnnotation   one line of a workflow log (core.info, core.warning, stderr)
 *   forMarkdown              inline Markdown: a paragraph or a table cell of a job summary or PR body
 *   forMarkdownBlock         a multi-line description in Markdown
 *   forMarkdownCode          a path or branch, rendered literally
 *   forHtml                  HTML text or an attribute value
 *   forJson                  a JSON report value (JSON.stringify escapes the rest)
 */
/** Per-field caps, in code points. */
const LIMITS = {
    title: 200,
    description: 2000,
    path: 400,
    message: 600,
    label: 50,
    branch: 250
};
const ELLIPSIS = '…';
/** Cap `text` at `max` code points, marking the cut with "…" (which counts toward `max`). */
function cap(text, max) {
    const s = String(text);
    const limit = Math.max(0, Math.floor(Number.isFinite(max) ? max : 0));
    // Fast path: a string of at most `limit` UTF-16 units has at most `limit` code points.
    if (s.length <= limit)
        return s;
    const points = Array.from(s);
    if (points.length <= limit)
        return s;
    if (limit === 0)
        return '';
    return points.slice(0, limit - 1).join('') + ELLIPSIS;
}
/**
 * Control characters (C0, DEL, C1 including NEL), zero-width and bidirectional format
 * characters, the Unicode line and paragraph separators, the byte order mark, and the tag
 * characters (U+E0000..U+E007F) that can smuggle invisible ASCII.
 */
const INVISIBLE = /(?:[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f])/g;
function visible(ch) {
    switch (ch) {
        case '\n':
            return '\\n';
        case '\r':
            return '\\r';
        case '\t':
            return '\\t';
        default:
            return ch.length > 1
                ? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`
                : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
}
/** Lone surrogates cannot be encoded as UTF-8; show them instead of letting them turn into U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Breaks a workflow command marker without changing what a reader sees. */
const ZWSP = '\u200b';
/**
 * One log line (core.info, core.warning, stderr): no line breaks, no control or invisible
 * characters (shown as \n, \t, \uXXXX), and never a workflow command. The runner reads a line
 * that starts with `::` (after whitespace) as a command, and `##[` anywhere as a legacy one;
 * both are broken up wherever they occur, so the text stays safe when it is printed again at
 * the start of a line.
 */
function forLog(text, max = LIMITS.message) {
    const s = cap(String(text), max)
        .replace(INVISIBLE, visible)
        .replace(LONE_SURROGATE, visible)
        .replace(/:(?=:)/g, `:${ZWSP}`)
        .replace(/##\[/g, `#${ZWSP}#[`);
    return s.replace(/^(\s*):/, '$1\\:');
}
/** Text for an annotation message or title: the same as a log line. */
function forAnnotation(text, max = LIMITS.message) {
    return forLog(text, max);
}
/** Every character Markdown (GFM) or the HTML inside it could read as syntax. */
const MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~&"'=:$@^-]/g;
/**
 * Inline Markdown, safe in a paragraph or a table cell: no line breaks, no HTML, no links or
 * autolinks, no emphasis, no table-cell breaks, no mentions (@) or references (#), no math ($).
 * Specials become numeric character references, which render as the character itself.
 */
function forMarkdown(text, max = LIMITS.message) {
    const s = cap(String(text), max)
        .replace(INVISIBLE, ch => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ''))
        .replace(LONE_SURROGATE, '\ufffd');
    return s
        .replace(MD_SPECIAL, ch => `&#${ch.charCodeAt(0)};`)
        .replace(/\.(?=\w)/g, '&#46;') // no autolinked host names (www.example.com)
        .replace(/^ +| +$/g, sp => '&#32;'.repeat(sp.length)); // leading spaces could start a code block
}
/** Inline code in Markdown (a path, a branch): rendered literally; no HTML can escape it. */
function forMarkdownCode(text, max = LIMITS.path) {
    // GitHub still parses Markdown inside a raw <code> tag (a `|` would end a table cell, `[x](y)`
    // would be a link), so every special character is an entity, which <code> shows literally.
    return `<code>${forMarkdown(text, max)}</code>`;
}
/** HTML text or a quoted attribute value. */
function forHtml(text, max = LIMITS.message) {
    return cap(String(text), max)
        .replace(INVISIBLE, ch => (ch === '\n' || ch === '\t' ? ' ' : ''))
        .replace(LONE_SURROGATE, '\ufffd')
        .replace(/[&<>"'`=]/g, ch => `&#${ch.charCodeAt(0)};`);
}
/** The most lines forMarkdownBlock keeps. */
const MAX_BLOCK_LINES = 50;
/** A multi-line block (a description) for Markdown: each line escaped, joined with <br>, lines capped. */
function forMarkdownBlock(text, max = LIMITS.description) {
    const lines = cap(String(text), max).split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    const kept = lines.slice(0, MAX_BLOCK_LINES).map(line => forMarkdown(line, max));
    if (lines.length > MAX_BLOCK_LINES)
        kept.push(ELLIPSIS);
    return kept.join('<br>');
}
/**
 * A value for a JSON report: capped. JSON.stringify escapes quotes and control characters;
 * lone surrogates are replaced so the document is valid UTF-8.
 */
function forJson(text, max = LIMITS.message) {
    return cap(String(text), max).replace(LONE_SURROGATE, '\ufffd');
}


/***/ })

};
