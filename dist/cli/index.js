#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nm: () => (/* binding */ repositoryFlag),
/* harmony export */   s1: () => (/* binding */ intFlag)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What every CLI command receives, so commands are testable in-process: output sinks, the
 * environment and the working directory. Commands return their exit code:
 *   0 success, 1 a negative answer (blocked, invalid, refused), 2 bad usage or unusable input.
 */

/** Bad usage or unusable input: the CLI prints the message as one line and exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/** A failure the command explains in one line and exits 1 for. */
class CommandError extends Error {
    name = 'CommandError';
}
/**
 * Strict argument parsing: unknown flags and missing values are usage errors (exit 2).
 * `--help` is always accepted.
 */
function parseCommandArgs(command, argv, options, maxPositionals = 0) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
        if (parsed.positionals.length > maxPositionals && !parsed.values.help) {
            throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"; see "self-evolution ${command} --help"`);
        }
        return parsed;
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        const message = error.message.split('\n')[0];
        throw new UsageError(`${message}; see "self-evolution ${command} --help"`);
    }
}
/** Parse an integer flag or fail with a sentence naming the flag, the value and the range. */
function intFlag(name, value, min, max) {
    if (value === undefined)
        return undefined;
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new UsageError(`--${name} "${value}" is not valid; expected an integer from ${min} to ${max}`);
    }
    return Number(value);
}
/** owner/repo, as GitHub spells it. */
function repositoryFlag(value) {
    if (value === undefined)
        return undefined;
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
        throw new UsageError(`--repository "${value}" is not valid; expected OWNER/REPO`);
    }
    return value;
}


/***/ }),

/***/ 95900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: inertOnRunner, usage

// NAMESPACE OBJECT: ./src/cli/commands/check.ts
var check_namespaceObject = {};
__nccwpck_require__.r(check_namespaceObject);
__nccwpck_require__.d(check_namespaceObject, {
  jsonReport: () => (jsonReport),
  run: () => (run),
  textReport: () => (textReport)
});

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(71604);
// EXTERNAL MODULE: ./src/db/migrations.generated.ts
var migrations_generated = __nccwpck_require__(63922);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, recorded in schema_migrations with each migration it applies. */


// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __nccwpck_require__(67388);
// EXTERNAL MODULE: ./src/text/workflow-commands.ts
var workflow_commands = __nccwpck_require__(7929);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/config/names.ts
var names = __nccwpck_require__(86234);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __nccwpck_require__(44795);
// EXTERNAL MODULE: ./src/policy/git.ts
var git = __nccwpck_require__(28710);
// EXTERNAL MODULE: ./src/policy/normalize.ts
var normalize = __nccwpck_require__(42425);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts
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










const HELP = `Usage: self-evolution check (--git RANGE [--repo DIR] | --diff FILE | --proposals FILE) [options]

Judges a change against the safety rails of the config and prints every violation.

Sources (exactly one):
  --git RANGE         BASE..HEAD, or BASE...HEAD to judge from the merge base as a pull request does
  --diff FILE         a git-style unified diff
  --proposals FILE    a proposals file written by the agent (its files are a claim; a patch is parsed)

For --git and --diff, the proposal's metadata:
  --type T            ${names/* CHANGE_TYPES */.p.join(' | ')} (required)
  --risk N            risk level 0..5 (required; 4 and 5 always fail)
  --title TEXT        a title for the report
  --effort N          effort 0..5

Options:
  --repo DIR          the repository (default: the current directory)
  --config PATH       the config whose rules apply (default: ${names/* DEFAULT_CONFIG_PATH */.B} at BASE in --git
                      mode, else in the working tree; the defaults when it is missing)
  --config-path PATH  the repository path of the config file the config-loosened rule watches
                      (default: ${names/* DEFAULT_CONFIG_PATH */.B})
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
        if (error instanceof cli_io/* UsageError */.eb || error instanceof errors/* PolicyInputError */.H) {
            io.stderr(`self-evolution check: ${(0,text_escape/* forLog */.Ig)(error.message.replace(/^check: /, ''), 2000)}\n`);
            return 2;
        }
        throw error;
    }
}
function errnoCode(error) {
    return error.code ?? error.message;
}
async function readRulesFile(io, path) {
    return parseRules(await readTextFile('config', (0,external_node_path_.resolve)(io.cwd, path)), JSON.stringify(path));
}
async function readTextFile(flag, path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(`--${flag} ${JSON.stringify(path)} cannot be read (${errnoCode(error)}); expected a readable file`);
    }
}
/** A file of the working tree as it is now; null when it does not exist. */
async function readWorkingFile(repo, repoPath) {
    const n = (0,normalize/* normalizePath */.Fd)(repoPath);
    if (!n.ok)
        return null;
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(repo, repoPath), 'utf8');
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        throw new cli_io/* UsageError */.eb(`${JSON.stringify(repoPath)} in ${JSON.stringify(repo)} cannot be read (${code})`);
    }
}
/**
 * The rules of a config text (null: the file is absent, so the defaults), through the one
 * config loader. `where` names the file in check's error line.
 */
async function parseRules(text, where) {
    const { loadConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(373)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88373));
    try {
        return loadConfig({ text, origin: where }, where).config;
    }
    catch (error) {
        // loadConfig only validates, so whatever it throws is the config's problem. The loader's list of problems, under check's own sentence: "the config WHERE is invalid: ...".
        const message = error.message;
        const at = message.indexOf(' is invalid: ');
        throw new cli_io/* UsageError */.eb(at === -1 ? message : `the config ${where}${message.slice(at)}`);
    }
}
function proposalMeta(values, fallbackTitle) {
    if (values.type === undefined || values.risk === undefined) {
        throw new cli_io/* UsageError */.eb('--type and --risk are required with --git and --diff; see "self-evolution check --help"');
    }
    if (!names/* CHANGE_TYPES */.p.includes(values.type)) {
        throw new cli_io/* UsageError */.eb(`--type ${JSON.stringify(values.type)} is not valid; expected one of ${names/* CHANGE_TYPES */.p.join(', ')}`);
    }
    const riskLevel = (0,cli_io/* intFlag */.s1)('risk', values.risk, 0, 5);
    const effort = (0,cli_io/* intFlag */.s1)('effort', values.effort, 0, 5);
    return {
        title: values.title ?? fallbackTitle,
        type: values.type,
        riskLevel,
        ...(effort !== undefined ? { effort } : {})
    };
}
/** Milliseconds on a monotonic clock, for --timings. */
function elapsed() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/** The command line's values, checked, and the repository's directory. */
function parseRequest(values, io) {
    const sources = ['git', 'diff', 'proposals'].filter(k => values[k] !== undefined);
    if (sources.length !== 1) {
        throw new cli_io/* UsageError */.eb(`expected exactly one of --git, --diff or --proposals${sources.length ? ` (got ${sources.map(s => `--${s}`).join(' and ')})` : ''}; see "self-evolution check --help"`);
    }
    const source = sources[0];
    if (source === 'proposals') {
        const given = ['type', 'risk', 'title', 'effort'].filter(k => values[k] !== undefined);
        if (given.length > 0) {
            throw new cli_io/* UsageError */.eb(`--${given[0]} describes a --git or --diff change; a proposals file carries its own metadata`);
        }
    }
    const configPath = values['config-path'] ?? names/* DEFAULT_CONFIG_PATH */.B;
    const watched = (0,normalize/* normalizePath */.Fd)(configPath);
    if (!watched.ok) {
        throw new cli_io/* UsageError */.eb(`--config-path ${JSON.stringify(configPath)} is not valid (${watched.reason}); expected a repository path such as ${names/* DEFAULT_CONFIG_PATH */.B}`);
    }
    const repository = (0,cli_io/* repositoryFlag */.nm)(values.repository) ?? '';
    const repo = repoDirectory(io, values.repo ?? '.');
    return { values, source, configPath, watched: watched.path, repository, repo };
}
/** The repository's directory, which must exist. */
function repoDirectory(io, repoFlag) {
    const repo = (0,external_node_path_.resolve)(io.cwd, repoFlag);
    try {
        if (!(0,external_node_fs_.statSync)(repo).isDirectory())
            throw new Error('ENOTDIR');
    }
    catch {
        throw new cli_io/* UsageError */.eb(`--repo ${JSON.stringify(repoFlag)} is not a directory; expected the repository's directory`);
    }
    return repo;
}
/**
 * --git: the change as git reads it, judged by the config at BASE (or --config). The rules are
 * read while git diffs; if they cannot be, git is stopped before the command says why.
 */
async function readGitInput(req, io) {
    const { values, repo, configPath } = req;
    const meta = proposalMeta(values, values.git);
    const range = (0,git/* parseRange */.RC)(values.git);
    const cancel = new AbortController();
    const pending = (0,git/* readGitChanges */.sh)({
        repo,
        range: values.git,
        // The file as the repository spells it; the rules match it in NFC.
        configPath,
        signal: cancel.signal,
        // The environment the command was given, as everywhere else in the CLI.
        ...(io.env.TMPDIR ? { scratchDir: io.env.TMPDIR } : {})
    });
    // Handled at once, so a failure while the rules load is not an unhandled rejection; `await
    // pending` below still throws it.
    const settled = pending.then(() => undefined, () => undefined);
    let config;
    try {
        config =
            values.config !== undefined
                ? await readRulesFile(io, values.config)
                : await parseRules(await (0,git/* readGitFile */.v3)(repo, range.base, configPath), `${configPath} at the base of ${values.git}`);
    }
    catch (error) {
        cancel.abort();
        await settled;
        throw error;
    }
    const changes = await pending;
    const files = changes.files;
    const configFile = changes.configFile ? { configFile: changes.configFile } : {};
    return { config, proposals: [{ ...meta, source: 'git', files, ...configFile }] };
}
/** --diff and --proposals: judged by the working tree's config (or --config). */
async function readFileInput(req, io) {
    const { values, repo, watched } = req;
    const { readPatchChanges, readProposalsFile } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(576)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52576));
    const config = values.config !== undefined
        ? await readRulesFile(io, values.config)
        : await parseRules(await readWorkingFile(repo, watched), `${req.configPath} in ${repo}`);
    const readBaseFile = path => readWorkingFile(repo, path);
    if (req.source === 'proposals') {
        const text = await readTextFile('proposals', (0,external_node_path_.resolve)(io.cwd, values.proposals));
        return {
            config,
            proposals: (await readProposalsFile(text, { configPath: watched, readBaseFile })).proposals
        };
    }
    const meta = proposalMeta(values, values.diff);
    const text = await readTextFile('diff', (0,external_node_path_.resolve)(io.cwd, values.diff));
    try {
        const changes = await readPatchChanges(text, { configPath: watched, readBaseFile });
        return { config, proposals: [{ ...meta, source: 'patch', ...changes }] };
    }
    catch (error) {
        if (error instanceof errors/* PolicyInputError */.H) {
            throw new errors/* PolicyInputError */.H(`--diff ${JSON.stringify(values.diff)} cannot be read: ${error.message}`);
        }
        throw error;
    }
}
async function check(argv, io) {
    const started = elapsed();
    const { values } = (0,cli_io/* parseCommandArgs */.Qx)('check', argv, OPTIONS);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const req = parseRequest(values, io);
    const { config, proposals } = req.source === 'git' ? await readGitInput(req, io) : await readFileInput(req, io);
    const url = req.values['database-url'];
    const wildcardAlreadyUsedToday = url !== undefined ? await wildcardRecordedToday(url, req.repository, io) : undefined;
    const read = elapsed();
    // The engine (and its matcher) loads once the change is read: git starts without waiting for it.
    const { compilePolicy, evaluateProposals } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(566), __nccwpck_require__.e(754)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40566));
    compilePolicy(config); // cached for evaluation; timed apart from matching
    const compiled = elapsed();
    const result = evaluateProposals({
        config,
        proposals,
        configPath: req.watched,
        ...(wildcardAlreadyUsedToday !== undefined ? { wildcardAlreadyUsedToday } : {})
    });
    const evaluated = elapsed();
    io.stdout(req.values.json ? `${(0,workflow_commands/* inertJson */.nl)(jsonReport(result), 2)}\n` : textReport(result));
    if (req.values.timings) {
        const ms = (a, b) => Math.round((b - a) * 10) / 10;
        const done = elapsed();
        io.stderr(`timings ${JSON.stringify({ read: ms(started, read), compile: ms(read, compiled), evaluate: ms(compiled, evaluated), report: ms(evaluated, done), total: ms(started, done) })}\n`);
    }
    return result.allowed ? 0 : 1;
}
/** Whether an allowed wildcard is already recorded for this repository and UTC day. */
async function wildcardRecordedToday(url, repository, io) {
    const runDate = io.now().toISOString().slice(0, 10);
    let db;
    try {
        const { openDatabase } = await Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(665)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59665));
        const { hasAllowedWildcard } = await __nccwpck_require__.e(/* import() */ 589).then(__nccwpck_require__.bind(__nccwpck_require__, 46589));
        const opened = await openDatabase({ url, cwd: io.cwd });
        db = opened;
        return await hasAllowedWildcard(opened.sql, repository, runDate);
    }
    catch (error) {
        if (error instanceof cli_io/* UsageError */.eb)
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
        throw new cli_io/* UsageError */.eb(`cannot check the wildcard daily limit in the database: ${message}`);
    }
    finally {
        await db?.close().catch(() => undefined);
    }
}
/** The --json document; every text the agent wrote is capped (inertJson makes it inert on a runner). */
function jsonReport(result) {
    return {
        allowed: result.allowed,
        proposals: result.proposals.map(p => ({
            title: (0,text_escape/* forJson */.Cx)(p.title, text_escape/* LIMITS */.b1.title),
            type: p.type,
            riskLevel: p.riskLevel,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: (0,text_escape/* forJson */.Cx)(p.description, text_escape/* LIMITS */.b1.description) } : {}),
            source: p.source,
            allowed: p.allowed,
            stats: p.stats,
            violations: p.violations.map(v => ({
                rule: v.rule,
                ...(v.path !== undefined ? { path: (0,text_escape/* forJson */.Cx)(v.path, text_escape/* LIMITS */.b1.path) } : {}),
                message: (0,text_escape/* forJson */.Cx)(v.message, text_escape/* LIMITS */.b1.message)
            }))
        }))
    };
}
/** One line per violation, then a summary; every line is safe for a workflow log. */
function textReport(result) {
    const lines = [];
    result.proposals.forEach((p, i) => {
        const head = `proposal ${i + 1} "${(0,text_escape/* forLog */.Ig)(p.title, text_escape/* LIMITS */.b1.title)}" (${p.type}, risk ${p.riskLevel}, ${p.source})`;
        const size = `${p.stats.files} file${p.stats.files === 1 ? '' : 's'}, +${p.stats.additions} -${p.stats.deletions}${p.stats.binaryFiles ? `, ${p.stats.binaryFiles} binary` : ''}`;
        for (const v of p.violations) {
            lines.push(`BLOCKED ${head}: [${v.rule}] ${(0,text_escape/* forLog */.Ig)(v.message, text_escape/* LIMITS */.b1.message)}`);
        }
        if (p.allowed)
            lines.push(`allowed ${head}: ${size}`);
    });
    const blocked = result.proposals.filter(p => !p.allowed).length;
    const total = result.proposals.length;
    lines.push(`${result.allowed ? 'OK' : 'BLOCKED'}: ${total - blocked} of ${total} proposal${total === 1 ? '' : 's'} allowed, ${blocked} blocked`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `self-evolution` command line: routes a command to its module. Exit codes: 0 success,
 * 1 a negative answer, 2 bad usage or unusable input (one clear line on stderr).
 */




// Commands load when they run, except `check`, which CI runs on every change: it comes with the
// entry, so that git starts without waiting for another module to load.

const COMMANDS = {
    check: { summary: 'judge a change against the safety rails', load: async () => check_namespaceObject },
    run: {
        summary: 'run pre, main and post locally (a dry run by default)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(151), __nccwpck_require__.e(953), __nccwpck_require__.e(910), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57948))
    },
    demo: {
        summary: 'a full local dry run on a scratch embedded database (npm start)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(151), __nccwpck_require__.e(953), __nccwpck_require__.e(910), __nccwpck_require__.e(948), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))
    },
    migrate: { summary: 'apply pending database migrations', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(151), __nccwpck_require__.e(836)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92836)) },
    flag: { summary: 'show, enable or disable the feature flag', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(151), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15467)) },
    runs: {
        summary: 'list runs, show one, or mark a stuck run failed',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(151), __nccwpck_require__.e(299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68299))
    },
    config: { summary: 'validate a configuration file', load: () => Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72308)) },
    doctor: {
        summary: 'check the prerequisites of live mode (exit 0 only when all pass)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(151), __nccwpck_require__.e(953), __nccwpck_require__.e(229)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65229))
    },
    report: {
        summary: 'the observatory: an HTML page (or JSON) of the last N days',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(151), __nccwpck_require__.e(910), __nccwpck_require__.e(871)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14595))
    }
};
function usage() {
    const width = Math.max(...Object.keys(COMMANDS).map(k => k.length));
    return [
        `self-evolution ${migrations_generated/* ACTION_VERSION */.Yt}: the safety rails of a self-evolving agent`,
        '',
        'Usage: self-evolution <command> [options]',
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes --help. Database commands take --database-url (else DATABASE_URL, else the',
        'embedded database in .self-evolution/pgdata) and --repository OWNER/REPO where it matters.'
    ].join('\n');
}
async function main(argv, io, options = {}) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage() + '\n');
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${migrations_generated/* ACTION_VERSION */.Yt}\n`);
        return 0;
    }
    return dispatch(name, rest, inertOnRunner(io, argv, options.stopToken ?? workflow_commands/* randomStopToken */.JF));
}
/**
 * On a GitHub Actions runner, every write a command makes is its own stop-commands block, so no
 * agent-written text it prints (titles, paths, reasons) can run as a workflow command. Each write
 * closes its own block: nothing stays stopped if the command throws or the process dies, and the
 * token is checked against exactly the text it guards. stdout under --json is left as is, so it
 * stays one parseable document; inertJson already keeps it free of commands.
 */
function inertOnRunner(io, argv, nextToken) {
    if (io.env.GITHUB_ACTIONS !== 'true')
        return io;
    const guard = (write) => (text) => write((0,workflow_commands/* stopCommands */.FN)(text, nextToken));
    return {
        ...io,
        stdout: argv.includes('--json') ? io.stdout : guard(io.stdout),
        stderr: guard(io.stderr)
    };
}
async function dispatch(name, rest, io) {
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        io.stderr(`self-evolution: unknown command "${oneLine(name)}"; expected one of: ${Object.keys(COMMANDS).join(', ')}\n`);
        return 2;
    }
    try {
        const mod = await command.load();
        return await mod.run(rest, io);
    }
    catch (error) {
        if (error instanceof cli_io/* UsageError */.eb) {
            io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`);
            return 2;
        }
        if (error instanceof cli_io/* CommandError */.Qd) {
            io.stderr(`self-evolution ${name}: ${oneLine(error.message)}\n`);
            return 1;
        }
        const e = error;
        io.stderr(`self-evolution ${name}: ${oneLine(e?.message ?? String(error))}\n`);
        return typeof e?.exitCode === 'number' ? e.exitCode : 1;
    }
}
/** A message that may quote agent-written text (a path, a title), as one inert log line. */
function oneLine(text) {
    return (0,text_escape/* forLog */.Ig)(String(text), 1000);
}


/***/ }),

/***/ 86234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   p: () => (/* binding */ CHANGE_TYPES)
/* harmony export */ });
/**
 * The config's names that commands need before they validate anything, in a module without the
 * schema's dependencies (zod, picomatch): `check` parses its command line with them before it
 * starts git, and loads the validator while git runs.
 */
const CHANGE_TYPES = ['capability', 'prompt', 'persona', 'cleanup', 'wildcard'];
const DEFAULT_CONFIG_PATH = '.github/self-evolution-config.json';


/***/ }),

/***/ 63922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ ADOPTION),
/* harmony export */   Yt: () => (/* binding */ ACTION_VERSION),
/* harmony export */   ox: () => (/* binding */ MIGRATIONS)
/* harmony export */ });
// Generated by scripts/embed-sql.mjs from sql/ and package.json. Do not edit: run `npm run embed-sql`.
/** The version of the action, recorded in schema_migrations with each migration it applies. */
const ACTION_VERSION = "0.1.0";
/** sql/migrations/*.sql, in the order they apply. */
const MIGRATIONS = [
    {
        name: "0001_init.sql",
        checksum: "8e99304b2ff7cfd732b33bae50996e4801bd93977cfa35d9e34e5e509c9b449e",
        sql: "-- 0001_init: the six tables of the self-evolution v0 spec, plus the append-only events table.\n--\n-- Forward-only: once applied anywhere, this file never changes (the runner refuses a changed\n-- checksum). Later changes go in 0002_*.sql and up. The runner wraps each file in one transaction\n-- under pg_advisory_xact_lock, so no BEGIN/COMMIT here.\n--\n-- Beyond the spec, as the foundation issue asks:\n--   * one database may serve several repositories: runs carry `repository`, and the day is unique\n--     per repository; proposals carry the run's repository and run_date, so that a partial unique\n--     index allows one allowed wildcard per repository and day, even against a racing process;\n--   * CHECK constraints on the spec's value sets and ranges, foreign keys, NOT NULL where a column is\n--     essential, timestamp defaults, and indexes for the spec's monitoring queries.\n-- Constraints are named, so later migrations can widen them (the actions status set will grow).\n\nCREATE TABLE self_evolution_runs (\n  id          SERIAL PRIMARY KEY,\n  repository  TEXT NOT NULL DEFAULT '',\n  run_date    DATE NOT NULL,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  started_at  TIMESTAMPTZ,\n  finished_at TIMESTAMPTZ,\n  summary     TEXT,\n  logs_url    TEXT,\n  metrics     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  -- The target of the proposals' (run_id, repository, run_date) foreign key: a proposal's day is\n  -- always its run's day, so the one-wildcard-a-day index cannot be dodged. (It cascades on update:\n  -- an owner attributing adopted runs to a repository moves their proposals with them.)\n  CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date)\n);\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\n\n-- Monitoring: recent runs (ORDER BY run_date DESC) and failed runs (WHERE status = ...).\nCREATE INDEX self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\n-- The failure-limit and cooldown gates: the latest finished runs of one repository.\nCREATE INDEX self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\n\nCREATE TABLE self_evolution_reflections (\n  id         SERIAL PRIMARY KEY,\n  run_id     INTEGER NOT NULL,\n  insights   TEXT NOT NULL,\n  sentiment  JSONB,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\n\nCREATE TABLE self_evolution_proposals (\n  id              SERIAL PRIMARY KEY,\n  run_id          INTEGER NOT NULL,\n  repository      TEXT NOT NULL DEFAULT '',\n  run_date        DATE NOT NULL,\n  type            VARCHAR NOT NULL,\n  title           TEXT NOT NULL,\n  description     TEXT,\n  risk_level      SMALLINT NOT NULL,\n  effort          SMALLINT,\n  allowlisted     BOOLEAN NOT NULL DEFAULT false,\n  blocked_reasons TEXT[] NOT NULL DEFAULT '{}',\n  created_at      TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE\n);\n-- Monitoring: the proposals of a run, newest first.\nCREATE INDEX self_evolution_proposals_run_id_idx ON self_evolution_proposals (run_id, created_at DESC);\n-- One allowed wildcard per repository and UTC day. A second insert fails with a unique violation,\n-- which the recorder turns into the wildcard-daily-limit verdict.\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\n\nCREATE TABLE self_evolution_actions (\n  id          SERIAL PRIMARY KEY,\n  proposal_id INTEGER NOT NULL,\n  action_type VARCHAR NOT NULL,\n  payload     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  created_at  TIMESTAMPTZ DEFAULT now(),\n  updated_at  TIMESTAMPTZ DEFAULT now(),\n  -- Later migrations widen this set (closed: a PR closed unmerged; failed: execution failed).\n  CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id)\n);\nCREATE INDEX self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\n-- Monitoring: actions that are not rolled back, newest first.\nCREATE INDEX self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\n\nCREATE TABLE self_evolution_rollbacks (\n  id         SERIAL PRIMARY KEY,\n  action_id  INTEGER NOT NULL,\n  reason     TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id)\n);\nCREATE INDEX self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\n-- Monitoring: rollbacks, newest first.\nCREATE INDEX self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCREATE TABLE feature_flags (\n  key        TEXT PRIMARY KEY,\n  value      BOOLEAN NOT NULL DEFAULT false,\n  metadata   JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- Why did nothing run last night? Skips with their reasons, flag flips with who and why, gate\n-- verdicts, stale runs closed by the sweep. Append-only: rows are never updated or deleted.\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
    },
    {
        name: "0002_action_lifecycle.sql",
        checksum: "2bbae896536136b093f999686cbccb0cc85a6e476cdebec3d5c5daadd4dd9ce2",
        sql: "-- 0002: the lifecycle of an action after it is planned.\n--\n-- * closed:  its pull request was closed without a merge (the gate sees the close event).\n-- * failed:  executing it failed partway; the payload says what was left behind (for example a\n--            pushed branch) so the next run can clean it up.\n-- * Lookups by the keys the gate and revert-watch match on: payload.branch,\n--   payload.pullRequest.number and payload.mergeSha.\nALTER TABLE self_evolution_actions DROP CONSTRAINT self_evolution_actions_status_check;\nALTER TABLE self_evolution_actions ADD CONSTRAINT self_evolution_actions_status_check\n  CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'));\n\nCREATE INDEX self_evolution_actions_branch_idx\n  ON self_evolution_actions ((payload ->> 'branch')) WHERE payload ? 'branch';\nCREATE INDEX self_evolution_actions_pull_request_idx\n  ON self_evolution_actions (((payload -> 'pullRequest' ->> 'number'))) WHERE payload ? 'pullRequest';\nCREATE INDEX self_evolution_actions_merge_sha_idx\n  ON self_evolution_actions ((payload ->> 'mergeSha')) WHERE payload ? 'mergeSha';\n"
    },
    {
        name: "0003_monitoring_views.sql",
        checksum: "67a53b8003434b0a26ec11a37494eb89b5948a6631fa6c2e758df256261634b6",
        sql: "-- 0003: the spec's monitoring queries, as views, for people who live in psql.\n--\n-- Each view returns the rows of the spec's query (\"Monitoring & Observability\" and \"Troubleshooting\"\n-- in the v0 spec), with the spec's columns first, in the spec's order, and a few columns added after\n-- them (the repository, the days and links) that filter or explain a row without changing which rows\n-- there are. A test compares every view with the spec's query text on a seeded database.\n--\n-- A view takes no parameter, so \"the proposals of run 123\" exposes run_id as a column to filter on:\n--   SELECT * FROM self_evolution_run_proposals WHERE run_id = 123;\n-- The ORDER BY of each view is the spec's, with the id as a tie-breaker; a query on the view that\n-- filters without sorting keeps it, one that needs a guaranteed order says ORDER BY itself.\n--\n-- Views read with their owner's privileges: grant SELECT on them to a read-only role\n-- (docs/database.md). Plain CREATE VIEW, not OR REPLACE: a view of the same name made by hand is\n-- never silently replaced; the migration fails naming it instead.\n\n-- Check recent runs: the ten latest days.\nCREATE VIEW self_evolution_recent_runs AS\nSELECT id, run_date, status, summary, started_at, finished_at,\n       repository, logs_url\nFROM self_evolution_runs\nORDER BY run_date DESC, id DESC\nLIMIT 10;\nCOMMENT ON VIEW self_evolution_recent_runs IS\n  'The spec''s \"check recent runs\": the 10 latest runs, newest day first.';\n\n-- View proposals for a run: WHERE run_id = N.\nCREATE VIEW self_evolution_run_proposals AS\nSELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,\n       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at\nFROM self_evolution_proposals p\nORDER BY p.created_at DESC, p.id DESC;\nCOMMENT ON VIEW self_evolution_run_proposals IS\n  'The spec''s \"view proposals for a run\": filter on run_id. Newest first.';\n\n-- Check actions and status: every action not rolled back, as the spec's query has it (so merged,\n-- closed and failed actions are listed too; filter on status for the ones still in flight).\nCREATE VIEW self_evolution_open_actions AS\nSELECT a.id, a.action_type, a.status, p.title AS proposal_title,\n       a.proposal_id, p.run_id, p.repository, a.created_at, a.updated_at\nFROM self_evolution_actions a\nJOIN self_evolution_proposals p ON a.proposal_id = p.id\nWHERE a.status != 'rolled_back'\nORDER BY a.created_at DESC, a.id DESC;\nCOMMENT ON VIEW self_evolution_open_actions IS\n  'The spec''s \"check actions and status\": actions that are not rolled back, newest first.';\n\n-- Feature flag status: the global kill switch, with its last flip read from the metadata.\nCREATE VIEW self_evolution_flag_status AS\nSELECT key, value, metadata, created_at,\n       metadata ->> 'enabledAt' AS enabled_at, metadata ->> 'enabledBy' AS enabled_by,\n       metadata ->> 'disabledAt' AS disabled_at, metadata ->> 'disabledBy' AS disabled_by,\n       metadata ->> 'reason' AS reason\nFROM feature_flags\nWHERE key = 'self_evolution_enabled';\nCOMMENT ON VIEW self_evolution_flag_status IS\n  'The spec''s \"feature flag status\": the global flag self_evolution_enabled (no row = off).';\n\n-- Runs failing: the failed runs, newest day first.\nCREATE VIEW self_evolution_failed_runs AS\nSELECT id, run_date, status, summary,\n       repository, started_at, finished_at, logs_url\nFROM self_evolution_runs\nWHERE status = 'failed'\nORDER BY run_date DESC, id DESC;\nCOMMENT ON VIEW self_evolution_failed_runs IS\n  'The spec''s \"check database status\" of failing runs: status failed, newest day first.';\n\n-- Review rollback records: every rollback with its action's type, newest first.\nCREATE VIEW self_evolution_rollback_history AS\nSELECT r.id, r.action_id, r.reason, r.created_at, a.action_type,\n       a.status AS action_status, a.proposal_id, p.title AS proposal_title, p.run_id, p.repository\nFROM self_evolution_rollbacks r\nJOIN self_evolution_actions a ON r.action_id = a.id\nLEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id\nORDER BY r.created_at DESC, r.id DESC;\nCOMMENT ON VIEW self_evolution_rollback_history IS\n  'The spec''s \"review rollback records\": rollbacks with their action''s type, newest first.';\n"
    },
    {
        name: "0004_rollback_once.sql",
        checksum: "d2d2ac37dff8c1a587b2011070aac960ae047269a7bba04ae2f83d0feaf9cfd2",
        sql: "-- 0004: an action is rolled back at most once, and has at most one revert action.\n--\n-- revert-watch checks for an existing rollback before it writes anything; these indexes make the\n-- database refuse a second one too, so two failure events handled at the same moment (two CI\n-- workflows failing on the same merge) cannot both record a revert of the same action.\nCREATE UNIQUE INDEX self_evolution_rollbacks_one_per_action\n  ON self_evolution_rollbacks (action_id);\n\nCREATE UNIQUE INDEX self_evolution_actions_one_revert_per_action\n  ON self_evolution_actions (((payload -> 'revertOf' ->> 'actionId')))\n  WHERE action_type = 'revert' AND payload ? 'revertOf';\n"
    }
];
/** sql/adoption: brings a hand-made installation of the original system to the shape of the first migration. */
const ADOPTION = {
    name: "0001_init.sql",
    checksum: "3535c88249f51836c3293f538f9a74e8222273964f2ad1d56b5a76102afadbd8",
    sql: "-- Adoption: brings an installation of the original system (the spec's tables, created by hand, with\n-- no schema_migrations) to the shape of migrations/0001_init.sql, keeping every row, every grant and\n-- every view. The runner checks column compatibility first, runs this file in the same transaction\n-- as the rest of the migration, and then records 0001_init.sql as applied.\n--\n-- What it changes on the installation's tables:\n--   * tables the installation lacks are created (in the spec's shape, then brought up like the rest);\n--   * the installation's own CHECK, UNIQUE and FOREIGN KEY constraints and unique indexes are\n--     replaced by 0001's (its primary keys stay); its other indexes stay;\n--   * runs gain `repository` ('' for the rows that exist: one repository, before there were several),\n--     proposals gain their run's repository and run_date;\n--   * NULL metrics, payloads, flag metadata and blocked_reasons become empty ({}), and a NULL\n--     allowlisted becomes false (not allowed);\n--   * rows that break 0001's constraints (an unknown status, a risk of 7, two allowed wildcards on one\n--     day) make the adoption fail, naming the constraint; nothing is changed then.\n-- Keep this file in step with 0001_init.sql: a test compares an adopted schema with a fresh one.\n\n-- 1. Missing tables, in the spec's shape.\nCREATE TABLE IF NOT EXISTS self_evolution_runs (\n  id SERIAL PRIMARY KEY, run_date DATE, status VARCHAR, started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,\n  summary TEXT, logs_url TEXT, metrics JSONB\n);\nCREATE TABLE IF NOT EXISTS self_evolution_reflections (\n  id SERIAL PRIMARY KEY, run_id INTEGER, insights TEXT, sentiment JSONB, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_proposals (\n  id SERIAL PRIMARY KEY, run_id INTEGER, type VARCHAR, title TEXT, description TEXT, risk_level SMALLINT,\n  effort SMALLINT, allowlisted BOOLEAN, blocked_reasons TEXT[], created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_actions (\n  id SERIAL PRIMARY KEY, proposal_id INTEGER, action_type VARCHAR, payload JSONB, status VARCHAR,\n  created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_rollbacks (\n  id SERIAL PRIMARY KEY, action_id INTEGER, reason TEXT, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS feature_flags (\n  key TEXT PRIMARY KEY, value BOOLEAN, metadata JSONB, created_at TIMESTAMPTZ\n);\n\n-- 2. The installation's constraints and unique indexes (not its primary keys) give way to 0001's.\n--    Foreign keys first: a unique constraint cannot go while a foreign key still leans on it.\nDO $$\nDECLARE\n  tables regclass[] := ARRAY[\n    'self_evolution_runs', 'self_evolution_reflections', 'self_evolution_proposals',\n    'self_evolution_actions', 'self_evolution_rollbacks', 'feature_flags'\n  ]::regclass[];\n  c record;\nBEGIN\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype = 'f'\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype IN ('c', 'u')\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT indexrelid::regclass AS idx FROM pg_index\n    WHERE indrelid = ANY (tables) AND indisunique AND NOT indisprimary\n  LOOP\n    EXECUTE format('DROP INDEX %s', c.idx);\n  END LOOP;\nEND\n$$;\n\n-- 3. Columns: the additions, then empty values where the spec's columns allowed NULL.\nALTER TABLE self_evolution_runs ADD COLUMN IF NOT EXISTS repository TEXT;\nALTER TABLE self_evolution_proposals\n  ADD COLUMN IF NOT EXISTS repository TEXT,\n  ADD COLUMN IF NOT EXISTS run_date DATE;\n\nUPDATE self_evolution_runs SET repository = '' WHERE repository IS NULL;\nUPDATE self_evolution_runs SET metrics = '{}'::jsonb WHERE metrics IS NULL;\nUPDATE self_evolution_proposals p\nSET repository = r.repository, run_date = r.run_date\nFROM self_evolution_runs r\nWHERE r.id = p.run_id\n  AND (p.repository IS DISTINCT FROM r.repository OR p.run_date IS DISTINCT FROM r.run_date);\nUPDATE self_evolution_proposals SET blocked_reasons = '{}' WHERE blocked_reasons IS NULL;\nUPDATE self_evolution_proposals SET allowlisted = false WHERE allowlisted IS NULL;\nUPDATE self_evolution_actions SET payload = '{}'::jsonb WHERE payload IS NULL;\nUPDATE feature_flags SET metadata = '{}'::jsonb WHERE metadata IS NULL;\n\n-- 4. Defaults and NULL-ness, as in 0001 (a column the installation made NOT NULL that 0001 leaves\n--    nullable is relaxed, or the recorder's inserts would fail).\nALTER TABLE self_evolution_runs\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN started_at DROP DEFAULT, ALTER COLUMN started_at DROP NOT NULL,\n  ALTER COLUMN finished_at DROP DEFAULT, ALTER COLUMN finished_at DROP NOT NULL,\n  ALTER COLUMN summary DROP NOT NULL,\n  ALTER COLUMN logs_url DROP NOT NULL,\n  ALTER COLUMN metrics SET DEFAULT '{}'::jsonb, ALTER COLUMN metrics SET NOT NULL;\nALTER TABLE self_evolution_reflections\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN insights SET NOT NULL,\n  ALTER COLUMN sentiment DROP NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_proposals\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN type SET NOT NULL,\n  ALTER COLUMN title SET NOT NULL,\n  ALTER COLUMN description DROP NOT NULL,\n  ALTER COLUMN risk_level SET NOT NULL,\n  ALTER COLUMN effort DROP NOT NULL,\n  ALTER COLUMN allowlisted SET DEFAULT false, ALTER COLUMN allowlisted SET NOT NULL,\n  ALTER COLUMN blocked_reasons SET DEFAULT '{}', ALTER COLUMN blocked_reasons SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_actions\n  ALTER COLUMN proposal_id SET NOT NULL,\n  ALTER COLUMN action_type SET NOT NULL,\n  ALTER COLUMN payload SET DEFAULT '{}'::jsonb, ALTER COLUMN payload SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL,\n  ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at DROP NOT NULL;\nALTER TABLE self_evolution_rollbacks\n  ALTER COLUMN action_id SET NOT NULL,\n  ALTER COLUMN reason SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE feature_flags\n  ALTER COLUMN value SET DEFAULT false, ALTER COLUMN value SET NOT NULL,\n  ALTER COLUMN metadata SET DEFAULT '{}'::jsonb, ALTER COLUMN metadata SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\n\n-- 5. 0001's constraints.\nALTER TABLE self_evolution_runs\n  ADD CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  ADD CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  ADD CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  ADD CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date);\nALTER TABLE self_evolution_reflections\n  ADD CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id);\nALTER TABLE self_evolution_proposals\n  ADD CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  ADD CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  ADD CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE;\nALTER TABLE self_evolution_actions\n  ADD CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  ADD CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  ADD CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id);\nALTER TABLE self_evolution_rollbacks\n  ADD CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id);\n\n-- 6. 0001's indexes.\nCREATE INDEX IF NOT EXISTS self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\nCREATE INDEX IF NOT EXISTS self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\nCREATE INDEX IF NOT EXISTS self_evolution_proposals_run_id_idx\n  ON self_evolution_proposals (run_id, created_at DESC);\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\nCREATE INDEX IF NOT EXISTS self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\nCREATE INDEX IF NOT EXISTS self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\n-- 7. The seed: an installation that never had the flag gets it off.\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- 8. The events table, new in 0001 (the runner does not adopt a database that already has one).\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
};


/***/ }),

/***/ 43546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(95900);
/** The `self-evolution` command: parse the command line, run the command, exit with its code. */

process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 80499:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b$: () => (/* binding */ catFile),
/* harmony export */   cL: () => (/* binding */ CatFileFormatError),
/* harmony export */   "if": () => (/* binding */ parseCatFileBatch)
/* harmony export */ });
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73073);
/**
 * Reading objects with one `git cat-file --batch`: any number of object names in, for each
 * either its type and content or null (missing or ambiguous). See git-cat-file(1), "BATCH
 * OUTPUT": each answer is `<oid> SP <type> SP <size> LF <contents> LF`, or `<object> SP missing LF`.
 */

/** The batch output did not have the shape git-cat-file(1) gives it. */
class CatFileFormatError extends Error {
    name = 'CatFileFormatError';
}
/** Split `--batch` output into one answer per name asked for, in order. */
function parseCatFileBatch(out, count) {
    const objects = [];
    let pos = 0;
    for (let i = 0; i < count; i++) {
        const eol = out.indexOf(0x0a, pos);
        if (eol === -1)
            throw new CatFileFormatError('cat-file output ends early');
        const header = out.toString('utf8', pos, eol);
        pos = eol + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) {
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                objects.push(null);
                continue;
            }
            throw new CatFileFormatError(`cat-file header ${JSON.stringify(header)}`);
        }
        const size = Number(m[2]);
        objects.push({ type: m[1], content: out.subarray(pos, pos + size) });
        pos += size + 1;
    }
    return objects;
}
/**
 * The objects `names` name (`SHA`, `SHA^{commit}`, `REV:path`) in the repository at `cwd`, run
 * with `env` (trusted or sandbox). Fails with a GitCommandError when git fails, and with a
 * CatFileFormatError when its answer is malformed.
 */
async function catFile(cwd, names, env) {
    if (names.length === 0)
        return [];
    // One name a line: a line break inside a name would shift every answer after it.
    if (names.some(n => /[\n\0]/.test(n)))
        throw new Error('an object name holds a line break or a NUL');
    const input = names.map(n => `${n}\n`).join('');
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['cat-file', '--batch'], { cwd, env, input });
    return parseCatFileBatch(result.stdout, names.length);
}


/***/ }),

/***/ 73073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   F$: () => (/* binding */ trustedGitEnv),
/* harmony export */   LQ: () => (/* binding */ sandboxGitEnv),
/* harmony export */   iR: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* unused harmony exports HARDENED_CONFIG, GIT_HARDENING, authorizationHeader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one way the product runs git: without a shell (an argument list), output captured, and
 * one of exactly two environments.
 *
 * - trusted checkout (`trustedGitEnv`): the job's own checkout or the user's repository. The
 *   process environment, minus every inherited GIT_* variable (an earlier step can set them for
 *   later ones through GITHUB_ENV: GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_EXTERNAL_DIFF...), plus
 *   the hardening variables: no system config, no replace objects, no prompt, no pager, no
 *   optional locks, the C locale.
 * - untrusted sandbox (`sandboxGitEnv`): a repository the product does not trust (a pull
 *   request's head, a clone the agent's patch goes into). Built from nothing: only PATH, the
 *   trust anchors for https and the hardening variables, with HOME and the global config inside
 *   the sandbox (or nowhere), so no configuration on the machine can act.
 *
 * Every command also gets HARDENED_CONFIG before its subcommand (hooks, fsmonitor, credential
 * helpers, askpass and the `ext` protocol off). A token travels only in the environment of the
 * one command that needs it, as an `http.extraheader` given through GIT_CONFIG_COUNT (see
 * git-config(1), "ENVIRONMENT"): never in a file, a URL or argv, and it is redacted from errors.
 */


/** Options put before every git subcommand. */
const HARDENED_CONFIG = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'credential.helper=',
    '-c',
    'core.askPass=',
    '-c',
    'protocol.ext.allow=never',
    '-c',
    'core.quotePath=true'
];

/** Variables both environments set: nothing prompts, pages, locks optionally or is translated. */
const GIT_HARDENING = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
};
/** A git command that could not start or exited with a code the caller did not accept. */
class GitCommandError extends Error {
    code;
    stderr;
    name = 'GitCommandError';
    constructor(message, 
    /** git's exit code; -1 when it could not start. */
    code, stderr) {
        super(message);
        this.code = code;
        this.stderr = stderr;
    }
}
/** The environment for the job's own checkout: the process's, without inherited GIT_* variables. */
function trustedGitEnv(base = process.env) {
    const env = Object.fromEntries(Object.entries(base).filter(([key]) => !key.startsWith('GIT_')));
    return { ...env, ...GIT_HARDENING };
}
/**
 * The environment for an untrusted repository, built from nothing. `root` is the sandbox's
 * directory (HOME and an empty global config live there); without one, HOME is nowhere and the
 * global config is /dev/null.
 */
function sandboxGitEnv(root) {
    const home = root === undefined ? '/nonexistent' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'home');
    const env = {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        HOME: home,
        XDG_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.config'),
        GIT_CONFIG_GLOBAL: root === undefined ? '/dev/null' : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'gitconfig'),
        GIT_ATTR_NOSYSTEM: '1',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        ...GIT_HARDENING,
        TZ: 'UTC'
    };
    // Trust anchors for https, when the machine names them.
    for (const key of ['SSL_CERT_FILE', 'SSL_CERT_DIR', 'TMPDIR']) {
        const value = process.env[key];
        if (value)
            env[key] = value;
    }
    return env;
}
/** The header value git sends for a token on an https remote (GitHub's x-access-token form). */
function authorizationHeader(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
}
function firstLines(text) {
    const lines = text
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean);
    return lines.slice(0, 3).join(' / ').slice(0, 500) || 'no message';
}
/** The command's environment and the strings to redact: the token only in this one command's. */
function withToken(env, token) {
    if (!token)
        return { env, secrets: [] };
    const header = authorizationHeader(token);
    return {
        env: { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: header },
        secrets: [token, header, header.slice('AUTHORIZATION: basic '.length)]
    };
}
/** Run `git <HARDENED_CONFIG> <config> <args>`; fails with a GitCommandError unless the code is ok. */
function runGit(args, options) {
    const { env, secrets } = withToken(options.env, options.token);
    const argv = [...HARDENED_CONFIG, ...(options.config ?? []), ...args];
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', argv, {
            cwd: options.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const out = [];
        const err = [];
        // Listened to first: a start that fails leaves the streams unset, and its error must reject.
        child.on('error', error => reject(new GitCommandError(`cannot run git (${redact(error.message, secrets)})`, -1, '')));
        child.on('close', code => {
            const result = {
                code: code ?? 1,
                stdout: Buffer.concat(out),
                stderr: redact(Buffer.concat(err).toString('utf8'), secrets)
            };
            if ((options.okCodes ?? [0]).includes(result.code))
                return resolve(result);
            const what = `git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLines(result.stderr)}`;
            reject(new GitCommandError(what, result.code, result.stderr));
        });
        child.stdout?.on('data', (b) => out.push(b));
        child.stderr?.on('data', (b) => err.push(b));
        // A process that exits before reading its input must not crash us with EPIPE.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input ?? '');
    });
}


/***/ }),

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 28710:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   Wb: () => (/* binding */ looksBinary),
/* harmony export */   sh: () => (/* binding */ readGitChanges),
/* harmony export */   v3: () => (/* binding */ readGitFile)
/* harmony export */ });
/* unused harmony exports REV, DIFF_ARGS, DiffReader, oidsOf, parseDiffOutput, attributedPaths */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(80499);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73073);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__nccwpck_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(44795);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(96114);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(45915);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(77858);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`--git ${JSON.stringify(range)} is not a valid range; expected BASE..HEAD or BASE...HEAD with two revisions`);
    }
    return { base, head, symmetric };
}
/** Run git without a shell. Output is collected, or written to `stdoutFd`. */
function spawnGit(repo, args, input, stdoutFd, env = undefined) {
    const options = { cwd: repo, env: env ?? (0,_git_run_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedGitEnv */ .F$)(), windowsHide: true };
    const child = stdoutFd === undefined
        ? (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] })
        : (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { ...options, stdio: ['pipe', stdoutFd, 'pipe'] });
    const out = [];
    const err = [];
    // Listened to first: a start that fails (no git, no file descriptor left) leaves the streams
    // unset, and its error must reach `done`, not end the process.
    const done = new Promise((resolve, reject) => {
        child.on('error', error => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`cannot run git (${error.message})`)));
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`${JSON.stringify(repo)} is not a git repository; expected --repo to name one`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git diff printed output that cannot be read (${what})`);
}
function expectedHeader(entry) {
    return (entry.header ??= `diff --git ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteCPath */ .F)(`a/${entry.oldPath}`)} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteCPath */ .F)(`b/${entry.file.path}`)}`);
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
const ADDED_LINE_HINT = new RegExp(`(?:^|\\n)\\+[^\\n]*?(?:${_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRET_HINT_SOURCE */ .vd})`, 'g');
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
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_6__.StringDecoder('utf8');
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
            let lo = 0;
            let hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= lineStart)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lineStart < hunks[lo])
                continue;
            const kinds = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .findSecrets */ .dL)(text.slice(lineStart + 1, lineEnd));
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
    }
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
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.fstatSync)(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, read, size - read, read);
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
            : new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git cat-file failed: ${firstLine(result.stderr)}`);
    try {
        return (0,_git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCatFileBatch */ ["if"])(result.stdout, names.length);
    }
    catch (error) {
        if (error instanceof _git_cat_file_js__WEBPACK_IMPORTED_MODULE_1__/* .CatFileFormatError */ .cL)
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`cannot read ${JSON.stringify(path)} at ${JSON.stringify(rev)}; expected a revision and a path`);
    }
    const [obj] = await catFileBatch(repo, [`${rev}:${path}`], env);
    if (obj && obj.type !== 'blob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`${path} at ${rev} is a ${obj.type}, not a file; expected a JSON file`);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H('reading the change from git was cancelled');
}
/**
 * Two private files in a directory of their own. Once open, they live on through their
 * descriptors only: removed at once, no copy of the change (credentials included) is left on
 * disk, whatever becomes of this process. A system that cannot remove an open file (Windows)
 * removes them on `close`.
 */
function openScratch(scratchDir) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_4__.tmpdir)(), 'self-evolution-diff-'));
    const diffPath = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'diff');
    const attrPath = (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(dir, 'attr');
    let diffFd = -1;
    let attrFd = -1;
    let removed = false;
    const close = () => {
        if (diffFd !== -1)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(diffFd);
        if (attrFd !== -1)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(attrFd);
        if (!removed)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        diffFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(diffPath, 'w+', 0o600);
        attrFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(attrPath, 'w+', 0o600);
    }
    catch (error) {
        close();
        throw error;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.unlinkSync)(diffPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.unlinkSync)(attrPath);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmdirSync)(dir);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git check-attr failed: ${firstLine(result.stderr)}`);
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
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, 0, READ_SIZE, position); n > 0;) {
            position += n;
            reader.push(buffer.subarray(0, n));
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readSync)(fd, buffer, 0, READ_SIZE, position);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`--git ${JSON.stringify(opts.range)} cannot be read: ${firstLine(result.stderr)}; expected a range of two commits in ${opts.repo}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .PolicyInputError */ .H(`git diff --text failed: ${firstLine(result.stderr)}`);
    const again = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_9__/* .parseUnifiedDiff */ .r)(result.stdout.toString('utf8'));
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
    }
}


/***/ }),

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 96114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ quoteCPath),
/* harmony export */   M: () => (/* binding */ unquoteCPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(44795);
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
const utf8 = new TextDecoder('utf-8', { fatal: false });
/**
 * Decode a quoted path that starts at `text[start]` (a double quote). Returns the path and the
 * index just past the closing quote. Invalid UTF-8 decodes to U+FFFD, which normalizePath refuses.
 */
function unquoteCPath(text, start = 0) {
    if (text[start] !== '"')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`expected a quoted path at ${JSON.stringify(text)}`);
    const bytes = [];
    let i = start + 1;
    for (;;) {
        if (i >= text.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`unterminated quoted path ${JSON.stringify(text)}`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyInputError */ .H(`unknown escape "\\${next ?? ''}" in quoted path ${JSON.stringify(text)}`);
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


/***/ }),

/***/ 45915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 77858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ applyHunks),
/* harmony export */   r: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(44795);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(96114);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(45915);
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



const MODE = /^[0-7]{6}$/;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
class Reader {
    lines;
    i = 0;
    constructor(text) {
        this.lines = text.split('\n');
        // A final newline leaves one empty element that is not a line.
        if (this.lines.length > 0 && this.lines[this.lines.length - 1] === '')
            this.lines.pop();
    }
    get line() {
        return this.lines[this.i];
    }
    fail(what) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyInputError */ .H(`line ${this.i + 1} of the patch: ${what}`);
    }
}
function mode(r, value, what) {
    if (!MODE.test(value))
        r.fail(`${what} "${value}" is not a git mode; expected six octal digits such as 100644`);
    return value;
}
/** `a/docs/x.md` -> `docs/x.md`: git apply's -p1. */
function stripPrefix(r, name) {
    const slash = name.indexOf('/');
    if (slash <= 0 || slash === name.length - 1)
        r.fail(`file name ${JSON.stringify(name)} has no "a/" or "b/" prefix to strip`);
    return name.slice(slash + 1);
}
/** A `rename/copy from/to` name: quoted, or the whole rest of the line (git keeps tabs). */
function wholeName(text) {
    return text.startsWith('"') ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(text).path : text;
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;
const TZ = /^[+-]\d{2}:?\d{2}$/;
/**
 * The length of a trailing ` 2020-01-01 00:00:00[.frac] [+0000]` (or its POSIX form without
 * zone), with the whitespace before it, as git's diff_timestamp_len finds it; 0 when none.
 */
function timestampLength(text) {
    const m = /[ \t]+(\S+) (\S+)(?: (\S+))?$/.exec(text);
    if (!m)
        return 0;
    if (ISO_DATE.test(m[1]) && ISO_TIME.test(m[2]) && (m[3] === undefined || TZ.test(m[3])))
        return m[0].length;
    const n = /[ \t]+(\S+) (\S+)$/.exec(text);
    if (n && ISO_DATE.test(n[1]) && ISO_TIME.test(n[2]))
        return n[0].length;
    return 0;
}
const LOOKS_DATED = /\s(?:\d{4}-\d{2}-\d{2}(?=\s|$)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s|\d{1,2}:\d{2}:\d{2}(?=[\s.]|$))/;
/**
 * The name of a `---`/`+++` line: quoted, or up to a tab; a traditional diff (`plain`) may
 * also end it with a space and an ISO timestamp, which git strips. A name that still looks
 * dated is refused: git would read the date as part of the name.
 */
function nameToken(r, text, plain) {
    if (text.startsWith('"'))
        return (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(text).path;
    const stamp = plain ? timestampLength(text) : 0;
    let name;
    if (stamp > 0)
        name = text.slice(0, text.length - stamp);
    else {
        const tab = text.indexOf('\t');
        name = tab === -1 ? text : text.slice(0, tab);
    }
    if (LOOKS_DATED.test(name))
        r.fail(`the file name ${JSON.stringify(name.slice(0, 80))} ends in what looks like a date`);
    return name;
}
/** The two names of a `diff --git` header, or undefined when the header alone is ambiguous. */
function gitHeaderNames(r, rest) {
    if (rest.startsWith('"')) {
        const first = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(rest);
        if (rest[first.end] !== ' ')
            r.fail('malformed "diff --git" header');
        const second = rest.slice(first.end + 1);
        return [
            stripPrefix(r, first.path),
            stripPrefix(r, second.startsWith('"') ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(second).path : second)
        ];
    }
    if (rest.endsWith('"')) {
        const at = rest.lastIndexOf(' "');
        if (at === -1)
            r.fail('malformed "diff --git" header');
        return [stripPrefix(r, rest.slice(0, at)), stripPrefix(r, (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .unquoteCPath */ .M)(rest, at + 1).path)];
    }
    // Unquoted: split where both halves name the same file (git apply does the same).
    for (let at = rest.indexOf(' '); at !== -1; at = rest.indexOf(' ', at + 1)) {
        const a = rest.slice(0, at);
        const b = rest.slice(at + 1);
        const sa = a.indexOf('/');
        const sb = b.indexOf('/');
        if (sa > 0 && sb > 0 && a.slice(sa + 1) === b.slice(sb + 1) && a.slice(sa + 1) !== '') {
            return [a.slice(sa + 1), b.slice(sb + 1)];
        }
    }
    return undefined;
}
function parseHunks(r, file) {
    for (let header = r.line; header !== undefined && header.startsWith('@@ '); header = r.line) {
        const m = HUNK_HEADER.exec(header);
        if (!m)
            r.fail(`malformed hunk header ${JSON.stringify(header.slice(0, 80))}`);
        const hunk = {
            oldStart: Number(m[1]),
            oldLines: m[2] === undefined ? 1 : Number(m[2]),
            newStart: Number(m[3]),
            newLines: m[4] === undefined ? 1 : Number(m[4]),
            lines: []
        };
        r.i++;
        let oldLeft = hunk.oldLines;
        let newLeft = hunk.newLines;
        while (oldLeft > 0 || newLeft > 0) {
            const line = r.line;
            if (line === undefined)
                r.fail('the patch ends inside a hunk (it is truncated)');
            const kind = line === '' ? ' ' : line[0];
            if (kind === ' ') {
                oldLeft--;
                newLeft--;
            }
            else if (kind === '-') {
                oldLeft--;
                file.deletions = (file.deletions ?? 0) + 1;
            }
            else if (kind === '+') {
                newLeft--;
                file.additions = (file.additions ?? 0) + 1;
            }
            else if (kind !== '\\') {
                r.fail(`unexpected line in a hunk ${JSON.stringify(line.slice(0, 80))}`);
            }
            if (oldLeft < 0 || newLeft < 0)
                r.fail('a hunk has more lines than its "@@" header counts');
            hunk.lines.push(line === '' ? ' ' : line);
            r.i++;
        }
        // "\ No newline at end of file" after the last line.
        while (r.line !== undefined && r.line.startsWith('\\')) {
            hunk.lines.push(r.line);
            r.i++;
        }
        file.hunks.push(hunk);
    }
}
function newFile() {
    return { path: '', status: 'modified', additions: 0, deletions: 0, binary: false, hunks: [] };
}
function finish(r, file, names, addedText) {
    const oldName = names.old;
    const newName = names.new;
    if (file.status === 'added') {
        if (newName === undefined)
            r.fail('a new file has no name');
        file.path = newName;
    }
    else if (file.status === 'deleted') {
        if (oldName === undefined)
            r.fail('a deleted file has no name');
        file.path = oldName;
    }
    else {
        if (oldName === undefined || newName === undefined)
            r.fail('a changed file has no name');
        file.path = newName;
        if (file.status === 'renamed' || file.status === 'copied')
            file.previousPath = oldName;
        else if (oldName !== newName)
            r.fail(`the old name ${JSON.stringify(oldName)} and new name ${JSON.stringify(newName)} differ without a rename`);
    }
    // git counts a file whose new text holds a NUL byte as binary.
    if (addedText.some(l => l.includes('\0')))
        file.binary = true;
    if (file.binary) {
        file.additions = null;
        file.deletions = null;
    }
    if (addedText.length > 0) {
        const secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .dL)(addedText.join('\n'));
        if (secrets.length > 0)
            file.secrets = secrets;
    }
    return file;
}
/** Where a `diff --git` section's extended header ends: its names, content or next section. */
function endsHeader(line) {
    return (line.startsWith('--- ') ||
        line.startsWith('Binary files ') ||
        line === 'GIT binary patch' ||
        line.startsWith('diff --git ') ||
        line.startsWith('@@ ') ||
        // An empty line or a format-patch signature: git ends the header there too.
        line === '' ||
        line === '-- ');
}
/** Read one extended header line of git's table; false when it is not one. */
function headerLine(r, line, file, olds, news, state) {
    let m;
    if ((m = /^old mode (.*)$/.exec(line)))
        file.previousMode = mode(r, m[1], 'old mode');
    else if ((m = /^new mode (.*)$/.exec(line)))
        file.mode = mode(r, m[1], 'new mode');
    else if ((m = /^deleted file mode (.*)$/.exec(line))) {
        file.previousMode = mode(r, m[1], 'deleted file mode');
        file.status = 'deleted';
    }
    else if ((m = /^new file mode (.*)$/.exec(line))) {
        file.mode = mode(r, m[1], 'new file mode');
        file.status = 'added';
    }
    else if ((m = /^(rename|copy) (from|to|old|new) (.*)$/.exec(line))) {
        // git reads "rename old/new" as "rename from/to"; there is no "copy old/new".
        if (m[1] === 'copy' && (m[2] === 'old' || m[2] === 'new'))
            return false;
        file.status = m[1] === 'rename' ? 'renamed' : 'copied';
        state.fromTo = true;
        (m[2] === 'from' || m[2] === 'old' ? olds : news).push(wholeName(m[3]));
    }
    else if ((m = /^index \S*\.\.\S*(?: (.*))?$/.exec(line))) {
        if (m[1] !== undefined) {
            const both = mode(r, m[1], 'index mode');
            file.previousMode ??= both;
            file.mode ??= both;
        }
    }
    else if (!/^(?:dis)?similarity index \d+%?$/.test(line))
        return false;
    return true;
}
/** The `literal N`/`delta N` blocks after `GIT binary patch`: a forward and an optional reverse. */
function skipBinaryPatch(r) {
    for (let block = 0; block < 2; block++) {
        const head = r.line;
        if (head === undefined || !/^(?:literal|delta) \d+$/.test(head)) {
            if (block === 0)
                r.fail('"GIT binary patch" is not followed by a "literal" or "delta" line');
            return;
        }
        r.i++;
        for (let line = r.line; line !== undefined; line = r.line) {
            r.i++;
            if (line === '')
                break;
            if (!/^[A-Za-z][0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]+$/.test(line) || (line.length - 1) % 5 !== 0)
                r.fail(`corrupt binary patch line ${JSON.stringify(line.slice(0, 80))}`);
        }
    }
}
function parseGitSection(r) {
    const file = newFile();
    const header = gitHeaderNames(r, r.line.slice('diff --git '.length));
    r.i++;
    // Every name a section gives for each side; they must all agree.
    const olds = header ? [header[0]] : [];
    const news = header ? [header[1]] : [];
    const state = { fromTo: false };
    for (let line = r.line; line !== undefined && !endsHeader(line); line = r.line) {
        if (!headerLine(r, line, file, olds, news, state))
            r.fail(`unrecognised line in a "diff --git" header ${JSON.stringify(line.slice(0, 80))}`);
        r.i++;
    }
    const fromTo = state.fromTo;
    const line = r.line;
    const addedText = [];
    if (line !== undefined && (line.startsWith('Binary files ') || line === 'GIT binary patch')) {
        file.binary = true;
        r.i++;
        if (line === 'GIT binary patch')
            skipBinaryPatch(r);
    }
    else if (line !== undefined && line.startsWith('--- ')) {
        const next = r.lines[r.i + 1];
        if (next === undefined || !next.startsWith('+++ '))
            r.fail('a "---" line is not followed by a "+++" line');
        const oldRaw = nameToken(r, line.slice(4), false);
        const newRaw = nameToken(r, next.slice(4), false);
        if (oldRaw === '/dev/null' && newRaw === '/dev/null')
            r.fail('both names are /dev/null');
        if (oldRaw === '/dev/null') {
            if (file.status !== 'added' && file.status !== 'modified')
                r.fail(`"--- /dev/null" on a ${file.status} file`);
            file.status = 'added';
        }
        else
            olds.push(stripPrefix(r, oldRaw));
        if (newRaw === '/dev/null') {
            if (file.status !== 'deleted' && file.status !== 'modified')
                r.fail(`"+++ /dev/null" on a ${file.status} file`);
            file.status = 'deleted';
        }
        else
            news.push(stripPrefix(r, newRaw));
        r.i += 2;
        // git keeps reading header lines after "+++" until the first "@@": refuse them.
        const after = r.line;
        if (after !== undefined &&
            !after.startsWith('@@ ') &&
            headerLine(r, after, newFile(), [], [], { fromTo: false }))
            r.fail(`an extended header line after "+++" ${JSON.stringify(after.slice(0, 80))}`);
        parseHunks(r, file);
        for (const hunk of file.hunks)
            for (const l of hunk.lines)
                if (l[0] === '+')
                    addedText.push(l.slice(1));
    }
    if (olds.length === 0 && news.length === 0) {
        r.fail('cannot tell the file names of a "diff --git" header with spaces and no other names');
    }
    if (!olds.every(n => n === olds[0]))
        r.fail(`inconsistent old file names: ${olds.map(n => JSON.stringify(n)).join(', ')}`);
    if (!news.every(n => n === news[0]))
        r.fail(`inconsistent new file names: ${news.map(n => JSON.stringify(n)).join(', ')}`);
    if (fromTo && (olds.length === 0 || news.length === 0))
        r.fail(`a ${file.status} file lacks its "from" or "to" line`);
    return finish(r, file, { old: olds[0] ?? news[0], new: news[0] ?? olds[0] }, addedText);
}
/** A traditional unified diff section (`--- a/x` / `+++ b/x` with no git header). */
function parsePlainSection(r) {
    const file = newFile();
    const oldRaw = nameToken(r, r.line.slice(4), true);
    const newRaw = nameToken(r, r.lines[r.i + 1].slice(4), true);
    const names = {};
    if (oldRaw === '/dev/null')
        file.status = 'added';
    else
        names.old = stripPrefix(r, oldRaw);
    if (newRaw === '/dev/null') {
        if (file.status === 'added')
            r.fail('both names are /dev/null');
        file.status = 'deleted';
    }
    else
        names.new = stripPrefix(r, newRaw);
    r.i += 2;
    parseHunks(r, file);
    if (file.status === 'deleted')
        names.new = names.old;
    const addedText = [];
    for (const hunk of file.hunks)
        for (const l of hunk.lines)
            if (l[0] === '+')
                addedText.push(l.slice(1));
    return finish(r, file, names, addedText);
}
/**
 * Parse a unified diff into its files. Text outside file sections (a mail header, a commit
 * message) is ignored, as git apply ignores it; a traditional "Binary files … differ" line is
 * read as a binary file, so it is never ignored.
 */
function parseUnifiedDiff(text) {
    const r = new Reader(text);
    const files = [];
    while (r.line !== undefined) {
        const line = r.line;
        if (line.startsWith('diff --git '))
            files.push(parseGitSection(r));
        else if (line.startsWith('--- ') &&
            r.lines[r.i + 1]?.startsWith('+++ ') &&
            r.lines[r.i + 2]?.startsWith('@@ ')) {
            files.push(parsePlainSection(r));
        }
        else if (line.startsWith('@@ ')) {
            r.fail('a hunk outside any file section');
        }
        else if (line.startsWith('GIT binary patch')) {
            r.fail('a binary patch outside any file section');
        }
        else if (/^Binary files .* differ$/.test(line)) {
            const m = /^Binary files (?:a\/)?(.*?) and (?:b\/)?(.*?) differ$/.exec(line);
            const file = newFile();
            file.binary = true;
            file.path = m?.[2] === '/dev/null' ? (m?.[1] ?? '') : (m?.[2] ?? '');
            file.status = m?.[1] === '/dev/null' ? 'added' : m?.[2] === '/dev/null' ? 'deleted' : 'modified';
            file.additions = null;
            file.deletions = null;
            files.push(file);
            r.i++;
        }
        else
            r.i++;
    }
    // git applies sections in order, each to the result of the last: one path in two sections
    // would be judged against the wrong text, so it is refused.
    const seen = new Set();
    for (const file of files) {
        const paths = new Set([file.path, ...(file.previousPath === undefined ? [] : [file.previousPath])]);
        for (const path of paths) {
            if (seen.has(path))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyInputError */ .H(`the patch touches ${JSON.stringify(path)} in more than one section; send one section per file`);
            seen.add(path);
        }
    }
    return files;
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


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
 *   forJson                  a JSON report value (inertJson in workflow-commands.ts escapes the rest)
 *
 * Whole documents and whole writes are made inert by workflow-commands.ts: a JSON document by
 * inertJson, the CLI's plain text on a runner by stopCommands.
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
 * A value for a JSON report: capped. JSON.stringify escapes quotes and control characters (and
 * inertJson workflow commands); lone surrogates are replaced so the document is valid UTF-8.
 */
function forJson(text, max = LIMITS.message) {
    return cap(String(text), max).replace(LONE_SURROGATE, '\ufffd');
}


/***/ }),

/***/ 7929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ stopCommands),
/* harmony export */   JF: () => (/* binding */ randomStopToken),
/* harmony export */   nl: () => (/* binding */ inertJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Output that stays inert in a GitHub Actions log. The runner reads workflow commands from every
 * line a step prints on stdout or stderr: `##[name]` anywhere in a line (the legacy form) and
 * `::name::` at the start of a line after whitespace (GitHub docs, "Workflow commands for GitHub
 * Actions"). Agent-written text printed by the CLI must never become one.
 *
 *   inertJson      a JSON document whose text carries no command, with the same value
 *   stopCommands   plain text between `::stop-commands::TOKEN` and `::TOKEN::`, which the runner
 *                  prints without reading commands (GitHub docs, "Stopping and starting workflow
 *                  commands")
 */

/**
 * Characters .NET's StreamReader or String.Trim treat as line ends or whitespace that JSON.stringify
 * leaves raw inside strings: NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
 */
const RAW_SEPARATORS = /[\u0085\u2028\u2029]/g;
/**
 * JSON.stringify(value, null, space), rewritten so that the runner finds no command in it while
 * JSON.parse still gives the same value:
 *
 * - `##[` becomes `#\u0023[`. Outside strings JSON has only punctuation, numbers, true, false,
 *   null and whitespace, so every `#` is inside a string, where JSON.stringify writes it raw and
 *   never after a lone backslash (`\#` is no JSON escape). `\u0023` decodes to the same `#`, and
 *   no new `##[` can form: the rewritten `[` follows `3`, the rewritten `#` precedes `\`.
 * - NEL, U+2028 and U+2029 become `\u0085`, `\u2028`, `\u2029`, exactly as above (they too occur
 *   only inside strings), so no reader can split a line inside a string.
 * - `::` cannot start a line: JSON.stringify escapes \n and \r inside strings, so the only line
 *   breaks are the ones pretty-printing adds, and each line then starts with spaces followed by
 *   `"`, `{`, `}`, `[`, `]`, `-`, a digit, or the t, f, n of true, false, null; never a colon.
 */
function inertJson(value, space) {
    const text = JSON.stringify(value, null, space) ?? 'null';
    return text
        .replace(/##\[/g, '#\\u0023[')
        .replace(RAW_SEPARATORS, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** A token nobody can guess or derive from the text it guards. */
function randomStopToken() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/** Tries before giving up on a token source that keeps returning unusable tokens. */
const TOKEN_TRIES = 8;
/**
 * `text` between `::stop-commands::TOKEN` and `::TOKEN::` lines, so the runner prints it as is.
 * The token comes fresh from `nextToken` and is drawn again while the text contains it (the runner
 * compares it case-insensitively), so the text cannot end the block early. The block always ends on
 * a line of its own, so a write that lacks a final newline gets one. Empty text stays empty.
 */
function stopCommands(text, nextToken = randomStopToken) {
    if (text === '')
        return '';
    const token = usableToken(text, nextToken);
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}
function usableToken(text, nextToken) {
    const lower = text.toLowerCase();
    for (let i = 0; i < TOKEN_TRIES; i++) {
        const token = nextToken();
        // Long and random, so neither guessable nor a command's name; letters, digits and '-' only.
        if (/^[A-Za-z0-9-]{16,}$/.test(token) && !lower.includes(token.toLowerCase()))
            return token;
    }
    throw new Error('stopCommands: the token source gave no usable token');
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(43546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
