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
// EXTERNAL MODULE: ./src/policy/git.ts + 1 modules
var git = __nccwpck_require__(12147);
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










const HELP = `Usage: self-evolution check (--git RANGE [--repo DIR] | --diff FILE | --proposals FILE [--base REV]) [options]

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
  --base REV          in a repository, the commit a patch of --diff or --proposals is applied onto
                      with git apply, whose reading is judged (default: HEAD); outside a repository
                      the text reader judges patches (on a GitHub Actions runner none does: every
                      patch is blocked)
  --config PATH       the config whose rules apply (default: ${names/* DEFAULT_CONFIG_PATH */.B} at BASE in --git
                      mode, else in the working tree; the defaults when it is missing)
  --config-path PATH  the repository path of the config file the config-loosened rule watches
                      (default: ${names/* DEFAULT_CONFIG_PATH */.B})
  --database-url URL  also check the wildcard daily limit against the runs recorded there
  --repository O/R    the repository whose recorded wildcards count (with --database-url; default:
                      the one the origin remote of --repo names, else the command refuses)
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
    base: { type: 'string' },
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
    const { loadConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(373)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88373));
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
    if (source === 'git' && values.base !== undefined) {
        throw new cli_io/* UsageError */.eb('--base is for --diff and --proposals; --git names its own base in its range');
    }
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
/**
 * In a git repository, git judges the patches (applied onto --base, by default HEAD); outside
 * one, or in a repository with no commit yet when --base is not given, the text reader does,
 * except on a GitHub Actions runner: there the text reader never judges, and every patch is
 * blocked (a missing checkout must not quietly change the judge). A --base that names no commit
 * is an input error.
 */
async function patchJudge(req, onGitHub) {
    const given = req.values.base;
    const { resolveCommit, ApplyBaseError } = await __nccwpck_require__.e(/* import() */ 83).then(__nccwpck_require__.bind(__nccwpck_require__, 68083));
    try {
        return { reader: 'git-apply', base: await resolveCommit(req.repo, given ?? 'HEAD') };
    }
    catch (error) {
        if (!(error instanceof ApplyBaseError))
            throw error;
        const noRepository = error.kind === 'no-repository';
        if (given !== undefined) {
            throw new cli_io/* UsageError */.eb(noRepository
                ? `--base ${JSON.stringify(given)} needs a git repository, but ${JSON.stringify(req.repo)} is not in one; expected --repo to name one`
                : `--base ${JSON.stringify(given)} names no commit in the repository at ${JSON.stringify(req.repo)}; expected a commit such as HEAD, a branch or an object id`);
        }
        const why = noRepository ? 'not a git repository' : 'the repository has no commit at HEAD';
        return onGitHub
            ? {
                reader: 'none',
                why: `${why}; add an actions/checkout step before this command so git can judge them`
            }
            : { reader: 'text', why };
    }
}
/** --diff and --proposals: judged by the working tree's config (or --config). */
async function readFileInput(req, io) {
    const { values, repo, watched } = req;
    const config = values.config !== undefined
        ? await readRulesFile(io, values.config)
        : await parseRules(await readWorkingFile(repo, watched), `${req.configPath} in ${repo}`);
    const judge = await patchJudge(req, io.env.GITHUB_ACTIONS === 'true');
    const read = req.source === 'proposals'
        ? await readProposalsInput(req, io, judge)
        : await readDiffInput(req, io, judge);
    let proposals = read;
    if (judge.reader === 'git-apply') {
        const { judgePatchesWithGit } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43386));
        proposals = (await judgePatchesWithGit(read, {
            repo,
            base: judge.base,
            configPath: req.configPath,
            ...(io.env.TMPDIR ? { scratchDir: io.env.TMPDIR } : {})
        })).proposals;
    }
    else if (judge.reader === 'none') {
        const { refusePatches } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43386));
        proposals = refusePatches(read, `git cannot judge the patch: ${judge.why}`);
    }
    return { config, proposals: proposals.map(p => p.proposal), judge, readers: proposals.map(p => p.reader) };
}
async function readProposalsInput(req, io, judge) {
    const { readProposalsWithPatches } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 43386));
    const text = await readTextFile('proposals', (0,external_node_path_.resolve)(io.cwd, req.values.proposals));
    const readBaseFile = path => readWorkingFile(req.repo, path);
    const read = await readProposalsWithPatches(text, {
        configPath: req.watched,
        readBaseFile,
        gitJudges: judge.reader !== 'text'
    });
    return read.proposals;
}
async function readDiffInput(req, io, judge) {
    const { values } = req;
    const meta = proposalMeta(values, values.diff);
    const text = await readTextFile('diff', (0,external_node_path_.resolve)(io.cwd, values.diff));
    // An empty diff (an empty `git diff` redirected to a file) changes nothing: there is nothing to judge.
    if (!text.trim())
        return [];
    // git reads it: the text reader's reading would be replaced.
    if (judge.reader !== 'text')
        return [{ proposal: { ...meta, source: 'patch', files: [] }, patch: text }];
    const { readPatchChanges } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(576)]).then(__nccwpck_require__.bind(__nccwpck_require__, 52576));
    const readBaseFile = path => readWorkingFile(req.repo, path);
    try {
        const changes = await readPatchChanges(text, { configPath: req.watched, readBaseFile });
        return [{ proposal: { ...meta, source: 'patch', ...changes }, patch: text, reader: 'text' }];
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
    if (values['database-url'] !== undefined)
        req.database = await databaseRequest(req, values['database-url']);
    const input = req.source === 'git' ? await readGitInput(req, io) : await readFileInput(req, io);
    const { config, proposals } = input;
    const wildcardAlreadyUsedToday = req.database
        ? await wildcardRecordedToday(req.database.url, req.database.repository, io)
        : undefined;
    const read = elapsed();
    // The engine (and its matcher) loads once the change is read: git starts without waiting for it.
    const { compilePolicy, evaluateProposals } = await Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(566), __nccwpck_require__.e(754)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40566));
    compilePolicy(config); // cached for evaluation; timed apart from matching
    const compiled = elapsed();
    const result = evaluateProposals({
        config,
        proposals,
        configPath: req.watched,
        ...(wildcardAlreadyUsedToday !== undefined ? { wildcardAlreadyUsedToday } : {})
    });
    const evaluated = elapsed();
    const readers = { judge: input.judge, readers: input.readers ?? [] };
    io.stdout(req.values.json ? `${(0,workflow_commands/* inertJson */.nl)(jsonReport(result, readers), 2)}\n` : textReport(result, readers));
    if (req.values.timings) {
        const ms = (a, b) => Math.round((b - a) * 10) / 10;
        const done = elapsed();
        io.stderr(`timings ${JSON.stringify({ read: ms(started, read), compile: ms(read, compiled), evaluate: ms(compiled, evaluated), report: ms(evaluated, done), total: ms(started, done) })}\n`);
    }
    return result.allowed ? 0 : 1;
}
/**
 * --database-url, checked without connecting, and the repository whose wildcards it counts:
 * --repository, else the one `origin` names when --repo is a checkout. Without either, the daily
 * limit would count nobody's wildcards, so the command refuses.
 */
async function databaseRequest(req, flagUrl) {
    const { commandDatabaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 40629));
    const url = commandDatabaseUrl(flagUrl, {});
    if (req.repository)
        return { url, repository: req.repository };
    const { originUrl, repositoryOfRemote } = await __nccwpck_require__.e(/* import() */ 668).then(__nccwpck_require__.bind(__nccwpck_require__, 60668));
    const origin = await originUrl(req.repo).catch(() => '');
    const repository = repositoryOfRemote(origin);
    if (!repository) {
        throw new cli_io/* UsageError */.eb(`--database-url needs the repository whose wildcards count, and ${JSON.stringify(req.repo)} has no origin remote naming one; expected --repository OWNER/REPO`);
    }
    return { url, repository };
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
function jsonReport(result, readers = { readers: [] }) {
    const judge = readers.judge;
    return {
        allowed: result.allowed,
        ...(judge?.reader === 'git-apply' ? { base: judge.base } : {}),
        proposals: result.proposals.map((p, i) => ({
            title: (0,text_escape/* forJson */.Cx)(p.title, text_escape/* LIMITS */.b1.title),
            type: p.type,
            riskLevel: p.riskLevel,
            effectiveRisk: p.effectiveRisk,
            riskRaisedBy: p.riskRaisedBy,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: (0,text_escape/* forJson */.Cx)(p.description, text_escape/* LIMITS */.b1.description) } : {}),
            source: p.source,
            ...(readers.readers[i] !== undefined ? { reader: readers.readers[i] } : {}),
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
function textReport(result, readers = { readers: [] }) {
    const lines = [];
    const judge = readers.judge;
    if (judge?.reader === 'none' && result.proposals.some(p => p.source === 'patch')) {
        lines.push(`reader: none (no patch was judged: ${judge.why})`);
    }
    else if (judge && judge.reader !== 'none' && readers.readers.some(r => r !== undefined)) {
        lines.push(judge.reader === 'git-apply'
            ? `reader: git-apply onto ${judge.base} (git apply --cached) judged the patches`
            : `reader: text (the text reader judged the patches: ${judge.why})`);
    }
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
    if (total === 0)
        return 'OK: no changes to judge\n';
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(629), __nccwpck_require__.e(497), __nccwpck_require__.e(397), __nccwpck_require__.e(910), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57948))
    },
    demo: {
        summary: 'the whole loop, plan → propose → rails, as a local dry run with no server or key (npm start)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(629), __nccwpck_require__.e(497), __nccwpck_require__.e(397), __nccwpck_require__.e(910), __nccwpck_require__.e(948), __nccwpck_require__.e(688)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71688))
    },
    migrate: { summary: 'apply pending database migrations', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(629), __nccwpck_require__.e(836)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92836)) },
    flag: { summary: 'show, enable or disable the feature flag', load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(629), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15467)) },
    runs: {
        summary: 'list runs, show one, or mark a stuck run failed',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(629), __nccwpck_require__.e(299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68299))
    },
    config: { summary: 'validate a configuration file', load: () => Promise.all(/* import() */[__nccwpck_require__.e(872), __nccwpck_require__.e(497), __nccwpck_require__.e(927)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72308)) },
    doctor: {
        summary: 'check the prerequisites of live mode (exit 0 only when all pass)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(629), __nccwpck_require__.e(497), __nccwpck_require__.e(397), __nccwpck_require__.e(229)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65229))
    },
    report: {
        summary: 'the observatory: an HTML page (or JSON) of the last N days',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(629), __nccwpck_require__.e(910), __nccwpck_require__.e(595)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14595))
    },
    reflect: {
        summary: 'the reflection the agent is given (JSON or text)',
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(534), __nccwpck_require__.e(872), __nccwpck_require__.e(351), __nccwpck_require__.e(629), __nccwpck_require__.e(497), __nccwpck_require__.e(397), __nccwpck_require__.e(548), __nccwpck_require__.e(395)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44395))
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
        checksum: "001e827ad6bc8c124ab25350f068654f872ed01ea6d322a8a67d3316615f2c30",
        sql: "-- 0001_init: the six tables of the original self-evolution system, plus the append-only events table.\n--\n-- Forward-only: once applied anywhere, this file never changes (the runner refuses a changed\n-- checksum; the one rewording of these comments is known to it by its earlier checksum). Later\n-- changes go in 0002_*.sql and up. The runner wraps each file in one transaction under\n-- pg_advisory_xact_lock, so no BEGIN/COMMIT here.\n--\n-- Beyond the original system's tables:\n--   * one database may serve several repositories: runs carry `repository`, and the day is unique\n--     per repository; proposals carry the run's repository and run_date, so that a partial unique\n--     index allows one allowed wildcard per repository and day, even against a racing process;\n--   * CHECK constraints on the original value sets and ranges, foreign keys, NOT NULL where a column\n--     is essential, timestamp defaults, and indexes for the original system's monitoring queries.\n-- Constraints are named, so later migrations can widen them (the actions status set will grow).\n\nCREATE TABLE self_evolution_runs (\n  id          SERIAL PRIMARY KEY,\n  repository  TEXT NOT NULL DEFAULT '',\n  run_date    DATE NOT NULL,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  started_at  TIMESTAMPTZ,\n  finished_at TIMESTAMPTZ,\n  summary     TEXT,\n  logs_url    TEXT,\n  metrics     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  -- The target of the proposals' (run_id, repository, run_date) foreign key: a proposal's day is\n  -- always its run's day, so the one-wildcard-a-day index cannot be dodged. (It cascades on update:\n  -- an owner attributing adopted runs to a repository moves their proposals with them.)\n  CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date)\n);\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\n\n-- Monitoring: recent runs (ORDER BY run_date DESC) and failed runs (WHERE status = ...).\nCREATE INDEX self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\n-- The failure-limit and cooldown gates: the latest finished runs of one repository.\nCREATE INDEX self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\n\nCREATE TABLE self_evolution_reflections (\n  id         SERIAL PRIMARY KEY,\n  run_id     INTEGER NOT NULL,\n  insights   TEXT NOT NULL,\n  sentiment  JSONB,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\n\nCREATE TABLE self_evolution_proposals (\n  id              SERIAL PRIMARY KEY,\n  run_id          INTEGER NOT NULL,\n  repository      TEXT NOT NULL DEFAULT '',\n  run_date        DATE NOT NULL,\n  type            VARCHAR NOT NULL,\n  title           TEXT NOT NULL,\n  description     TEXT,\n  risk_level      SMALLINT NOT NULL,\n  effort          SMALLINT,\n  allowlisted     BOOLEAN NOT NULL DEFAULT false,\n  blocked_reasons TEXT[] NOT NULL DEFAULT '{}',\n  created_at      TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE\n);\n-- Monitoring: the proposals of a run, newest first.\nCREATE INDEX self_evolution_proposals_run_id_idx ON self_evolution_proposals (run_id, created_at DESC);\n-- One allowed wildcard per repository and UTC day. A second insert fails with a unique violation,\n-- which the recorder turns into the wildcard-daily-limit verdict.\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\n\nCREATE TABLE self_evolution_actions (\n  id          SERIAL PRIMARY KEY,\n  proposal_id INTEGER NOT NULL,\n  action_type VARCHAR NOT NULL,\n  payload     JSONB NOT NULL DEFAULT '{}'::jsonb,\n  status      VARCHAR NOT NULL DEFAULT 'planned',\n  created_at  TIMESTAMPTZ DEFAULT now(),\n  updated_at  TIMESTAMPTZ DEFAULT now(),\n  -- Later migrations widen this set (closed: a PR closed unmerged; failed: execution failed).\n  CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id)\n);\nCREATE INDEX self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\n-- Monitoring: actions that are not rolled back, newest first.\nCREATE INDEX self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\n\nCREATE TABLE self_evolution_rollbacks (\n  id         SERIAL PRIMARY KEY,\n  action_id  INTEGER NOT NULL,\n  reason     TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now(),\n  CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id)\n);\nCREATE INDEX self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\n-- Monitoring: rollbacks, newest first.\nCREATE INDEX self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCREATE TABLE feature_flags (\n  key        TEXT PRIMARY KEY,\n  value      BOOLEAN NOT NULL DEFAULT false,\n  metadata   JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- Why did nothing run last night? Skips with their reasons, flag flips with who and why, gate\n-- verdicts, stale runs closed by the sweep. Append-only: rows are never updated or deleted.\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
    },
    {
        name: "0002_action_lifecycle.sql",
        checksum: "2bbae896536136b093f999686cbccb0cc85a6e476cdebec3d5c5daadd4dd9ce2",
        sql: "-- 0002: the lifecycle of an action after it is planned.\n--\n-- * closed:  its pull request was closed without a merge (the gate sees the close event).\n-- * failed:  executing it failed partway; the payload says what was left behind (for example a\n--            pushed branch) so the next run can clean it up.\n-- * Lookups by the keys the gate and revert-watch match on: payload.branch,\n--   payload.pullRequest.number and payload.mergeSha.\nALTER TABLE self_evolution_actions DROP CONSTRAINT self_evolution_actions_status_check;\nALTER TABLE self_evolution_actions ADD CONSTRAINT self_evolution_actions_status_check\n  CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back', 'closed', 'failed'));\n\nCREATE INDEX self_evolution_actions_branch_idx\n  ON self_evolution_actions ((payload ->> 'branch')) WHERE payload ? 'branch';\nCREATE INDEX self_evolution_actions_pull_request_idx\n  ON self_evolution_actions (((payload -> 'pullRequest' ->> 'number'))) WHERE payload ? 'pullRequest';\nCREATE INDEX self_evolution_actions_merge_sha_idx\n  ON self_evolution_actions ((payload ->> 'mergeSha')) WHERE payload ? 'mergeSha';\n"
    },
    {
        name: "0003_monitoring_views.sql",
        checksum: "76893ea3c050146c948e8149f991325965ad9379902dc2f1ec764f02ed1a214c",
        sql: "-- 0003: the original system's monitoring queries, as views, for people who live in psql.\n--\n-- Each view returns the rows of one of the original monitoring and troubleshooting queries, with\n-- that query's columns first, in its order, and a few columns added after them (the repository,\n-- the days and links) that filter or explain a row without changing which rows there are. A test\n-- compares every view with the original query text on a seeded database. (The comments here and on\n-- the views were reworded once; the runner knows this file's earlier checksum. A database migrated\n-- before keeps the earlier wording of the views' comments.)\n--\n-- A view takes no parameter, so \"the proposals of run 123\" exposes run_id as a column to filter on:\n--   SELECT * FROM self_evolution_run_proposals WHERE run_id = 123;\n-- The ORDER BY of each view is the original query's, with the id as a tie-breaker; a query on the\n-- view that filters without sorting keeps it, one that needs a guaranteed order says ORDER BY itself.\n--\n-- Views read with their owner's privileges: grant SELECT on them to a read-only role\n-- (docs/database.md). Plain CREATE VIEW, not OR REPLACE: a view of the same name made by hand is\n-- never silently replaced; the migration fails naming it instead.\n\n-- Check recent runs: the ten latest days.\nCREATE VIEW self_evolution_recent_runs AS\nSELECT id, run_date, status, summary, started_at, finished_at,\n       repository, logs_url\nFROM self_evolution_runs\nORDER BY run_date DESC, id DESC\nLIMIT 10;\nCOMMENT ON VIEW self_evolution_recent_runs IS\n  'The original \"check recent runs\": the 10 latest runs, newest day first.';\n\n-- View proposals for a run: WHERE run_id = N.\nCREATE VIEW self_evolution_run_proposals AS\nSELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,\n       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at\nFROM self_evolution_proposals p\nORDER BY p.created_at DESC, p.id DESC;\nCOMMENT ON VIEW self_evolution_run_proposals IS\n  'The original \"view proposals for a run\": filter on run_id. Newest first.';\n\n-- Check actions and status: every action not rolled back, as the original query has it (so merged,\n-- closed and failed actions are listed too; filter on status for the ones still in flight).\nCREATE VIEW self_evolution_open_actions AS\nSELECT a.id, a.action_type, a.status, p.title AS proposal_title,\n       a.proposal_id, p.run_id, p.repository, a.created_at, a.updated_at\nFROM self_evolution_actions a\nJOIN self_evolution_proposals p ON a.proposal_id = p.id\nWHERE a.status != 'rolled_back'\nORDER BY a.created_at DESC, a.id DESC;\nCOMMENT ON VIEW self_evolution_open_actions IS\n  'The original \"check actions and status\": actions that are not rolled back, newest first.';\n\n-- Feature flag status: the global kill switch, with its last flip read from the metadata.\nCREATE VIEW self_evolution_flag_status AS\nSELECT key, value, metadata, created_at,\n       metadata ->> 'enabledAt' AS enabled_at, metadata ->> 'enabledBy' AS enabled_by,\n       metadata ->> 'disabledAt' AS disabled_at, metadata ->> 'disabledBy' AS disabled_by,\n       metadata ->> 'reason' AS reason\nFROM feature_flags\nWHERE key = 'self_evolution_enabled';\nCOMMENT ON VIEW self_evolution_flag_status IS\n  'The original \"feature flag status\": the global flag self_evolution_enabled (no row = off).';\n\n-- Runs failing: the failed runs, newest day first.\nCREATE VIEW self_evolution_failed_runs AS\nSELECT id, run_date, status, summary,\n       repository, started_at, finished_at, logs_url\nFROM self_evolution_runs\nWHERE status = 'failed'\nORDER BY run_date DESC, id DESC;\nCOMMENT ON VIEW self_evolution_failed_runs IS\n  'The original \"check database status\" query of failing runs: status failed, newest day first.';\n\n-- Review rollback records: every rollback with its action's type, newest first.\nCREATE VIEW self_evolution_rollback_history AS\nSELECT r.id, r.action_id, r.reason, r.created_at, a.action_type,\n       a.status AS action_status, a.proposal_id, p.title AS proposal_title, p.run_id, p.repository\nFROM self_evolution_rollbacks r\nJOIN self_evolution_actions a ON r.action_id = a.id\nLEFT JOIN self_evolution_proposals p ON p.id = a.proposal_id\nORDER BY r.created_at DESC, r.id DESC;\nCOMMENT ON VIEW self_evolution_rollback_history IS\n  'The original \"review rollback records\": rollbacks with their action''s type, newest first.';\n"
    },
    {
        name: "0004_rollback_once.sql",
        checksum: "d2d2ac37dff8c1a587b2011070aac960ae047269a7bba04ae2f83d0feaf9cfd2",
        sql: "-- 0004: an action is rolled back at most once, and has at most one revert action.\n--\n-- revert-watch checks for an existing rollback before it writes anything; these indexes make the\n-- database refuse a second one too, so two failure events handled at the same moment (two CI\n-- workflows failing on the same merge) cannot both record a revert of the same action.\nCREATE UNIQUE INDEX self_evolution_rollbacks_one_per_action\n  ON self_evolution_rollbacks (action_id);\n\nCREATE UNIQUE INDEX self_evolution_actions_one_revert_per_action\n  ON self_evolution_actions (((payload -> 'revertOf' ->> 'actionId')))\n  WHERE action_type = 'revert' AND payload ? 'revertOf';\n"
    },
    {
        name: "0005_effective_risk.sql",
        checksum: "c39e16cf4faed2da4e6c53a9c03aa3a1917630fbc516a0e912ed63cb8a955b44",
        sql: "-- 0005: the effective risk of a proposal, beside the risk it declared.\n--\n-- The policy engine raises the declared risk (risk_level) by the config's floors\n-- (safetyRails.riskFloors and sizeFloors) and judges the result. Both are kept: risk_level is what\n-- the agent said, effective_risk what the rails judged. NULL for proposals recorded before this\n-- migration, whose effective risk was not computed. A floor only ever raises a risk, so the\n-- effective risk is never below the declared one.\nALTER TABLE self_evolution_proposals ADD COLUMN effective_risk SMALLINT;\nALTER TABLE self_evolution_proposals ADD CONSTRAINT self_evolution_proposals_effective_risk_check\n  CHECK (effective_risk BETWEEN 0 AND 5 AND effective_risk >= risk_level);\nCOMMENT ON COLUMN self_evolution_proposals.effective_risk IS\n  'The risk the rails judged: risk_level raised by the config''s risk and size floors. NULL before 0005.';\n\n-- The proposals of a run show it too, as a last column (a view can only gain columns at its end;\n-- the columns before it and the rows are those of 0003).\nCREATE OR REPLACE VIEW self_evolution_run_proposals AS\nSELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,\n       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at,\n       p.effective_risk\nFROM self_evolution_proposals p\nORDER BY p.created_at DESC, p.id DESC;\n"
    },
    {
        name: "0006_cancelled_status.sql",
        checksum: "1456bbc32837764fbd45ad2420b143c6bcfca062d16cbde7fde25b73adaf0e9b",
        sql: "-- 0006: a run interrupted on purpose is recorded as cancelled.\n--\n-- * cancelled: the run's own process received SIGINT or SIGTERM (Ctrl-C, or a cancelled job, whose post\n--              step then closed it), or an operator closed it with `self-evolution runs cancel`.\n--              It is not a failure: the failure limit, the cooldown and auto-disable skip it.\n-- The monitoring views select columns, not statuses, so they keep working unchanged.\nALTER TABLE self_evolution_runs DROP CONSTRAINT self_evolution_runs_status_check;\nALTER TABLE self_evolution_runs ADD CONSTRAINT self_evolution_runs_status_check\n  CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted', 'cancelled'));\n"
    },
    {
        name: "0007_run_attempts.sql",
        checksum: "51a7e052c42ef9c5b1dc5af790f9b9ffe0aa2243a0d624edae9d76bc57afb427",
        sql: "-- 0007: the attempts of a run.\n--\n-- A run is one row per repository and UTC day. A forced re-claim (or a re-run attempt of a failed\n-- run) re-uses the row and moves the earlier outcome to metrics.history. Each claim is an attempt:\n-- runs.attempt counts them (1 for the first claim), and the reflections and proposals recorded by a\n-- claim carry its number (actions reach it through their proposal). The latest attempt is what a\n-- run is: its counts and lists are that attempt's; earlier attempts are history.\n--\n-- Existing rows:\n--   * a run's attempt is 1 + the length of metrics.history: the claim appends exactly one entry per\n--     re-claim, so history[i] is attempt i + 1;\n--   * a reflection's or proposal's attempt is 1 + the number of re-claims (history[].reclaimedAt)\n--     at or before its created_at, capped at the run's attempt. The two clocks (the runner's and the\n--     database's) may differ; a row whose attempt cannot be told apart is counted in the later\n--     attempt, which is how it was counted before.\nALTER TABLE self_evolution_runs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;\nALTER TABLE self_evolution_runs ADD CONSTRAINT self_evolution_runs_attempt_check CHECK (attempt >= 1);\nCOMMENT ON COLUMN self_evolution_runs.attempt IS\n  'Which claim of the day holds the row: 1 for the first, +1 for each re-claim (its earlier outcome is in metrics.history).';\nUPDATE self_evolution_runs\nSET attempt = 1 + jsonb_array_length(metrics -> 'history')\nWHERE jsonb_typeof(metrics -> 'history') = 'array';\n\nALTER TABLE self_evolution_reflections ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;\nALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_attempt_check\n  CHECK (attempt >= 1);\nALTER TABLE self_evolution_proposals ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1;\nALTER TABLE self_evolution_proposals ADD CONSTRAINT self_evolution_proposals_attempt_check\n  CHECK (attempt >= 1);\nCOMMENT ON COLUMN self_evolution_proposals.attempt IS\n  'The attempt of the run (self_evolution_runs.attempt) that recorded the proposal.';\n\nUPDATE self_evolution_reflections x\nSET attempt = LEAST(r.attempt, 1 + (\n  SELECT count(*) FROM jsonb_array_elements(r.metrics -> 'history') AS h\n  WHERE (h ->> 'reclaimedAt')::timestamptz <= COALESCE(x.created_at, 'infinity'::timestamptz)))\nFROM self_evolution_runs r\nWHERE r.id = x.run_id AND r.attempt > 1;\n\nUPDATE self_evolution_proposals p\nSET attempt = LEAST(r.attempt, 1 + (\n  SELECT count(*) FROM jsonb_array_elements(r.metrics -> 'history') AS h\n  WHERE (h ->> 'reclaimedAt')::timestamptz <= COALESCE(p.created_at, 'infinity'::timestamptz)))\nFROM self_evolution_runs r\nWHERE r.id = p.run_id AND r.attempt > 1;\n\nCREATE INDEX self_evolution_proposals_run_attempt_idx ON self_evolution_proposals (run_id, attempt);\nCREATE INDEX self_evolution_reflections_run_attempt_idx ON self_evolution_reflections (run_id, attempt);\n\n-- One allowed wildcard per repository, UTC day and attempt: a superseded attempt's wildcard does not\n-- block its successor's. The recorder refuses the successor's when the earlier wildcard already has\n-- an action beyond 'planned' (one wildcard change a day); it decides that with the run row locked.\nDROP INDEX self_evolution_proposals_one_allowed_wildcard;\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date, attempt) WHERE type = 'wildcard' AND allowlisted;\n\n-- The proposals of a run show their attempt too, as a last column (the columns before it and the\n-- rows are those of 0005): filter on run_id and attempt for one attempt's proposals.\nCREATE OR REPLACE VIEW self_evolution_run_proposals AS\nSELECT p.id, p.type, p.title, p.risk_level, p.effort, p.allowlisted,\n       p.run_id, p.repository, p.run_date, p.blocked_reasons, p.created_at,\n       p.effective_risk, p.attempt\nFROM self_evolution_proposals p\nORDER BY p.created_at DESC, p.id DESC;\n\n-- A re-claim updates attempt. The action's role of docs/database.md was granted UPDATE on the runs'\n-- columns a claim wrote before 0007; where that role exists, it gets the new column too (another\n-- role name needs the same grant by hand).\nDO $$\nBEGIN\n  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'self_evolution_action') THEN\n    GRANT UPDATE (attempt) ON self_evolution_runs TO self_evolution_action;\n  END IF;\nEND\n$$;\n"
    },
    {
        name: "0008_reflection_record.sql",
        checksum: "9c862bdf55cac50eedaf4b42e30888dc25f42b1c9203db6650eeb060583934ea",
        sql: "-- 0008: a reflection as a whole record, beside its sentences.\n--\n-- self_evolution_reflections held only the agent's `insights` and `sentiment`. The rails now build\n-- their own reflection before the agent runs (src/reflection), and both kinds land here, one row per\n-- attempt:\n--   reflection  the whole document, as the agent was given it (or as the agent wrote it);\n--   sha256      the hex digest of that document's JSON text, as written to reflection.json;\n--   source      'rails' (built by the rails) or 'agent' (the agent's own, from its proposals file).\n-- insights stays NOT NULL: a rails reflection stores its sentences there, one per line. Rows written\n-- before this migration, and agent reflections recorded without a source, are the agent's.\nALTER TABLE self_evolution_reflections ADD COLUMN reflection JSONB;\nALTER TABLE self_evolution_reflections ADD COLUMN sha256 TEXT;\nALTER TABLE self_evolution_reflections ADD COLUMN source VARCHAR NOT NULL DEFAULT 'agent';\n\nALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_source_check\n  CHECK (source IN ('rails', 'agent'));\nALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_sha256_check\n  CHECK (sha256 ~ '^[0-9a-f]{64}$');\nALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_reflection_check\n  CHECK (reflection IS NULL OR (jsonb_typeof(reflection) = 'object' AND sha256 IS NOT NULL));\n-- The rails' own reflection always comes whole, with its digest.\nALTER TABLE self_evolution_reflections ADD CONSTRAINT self_evolution_reflections_rails_whole_check\n  CHECK (source <> 'rails' OR reflection IS NOT NULL);\n\nCOMMENT ON COLUMN self_evolution_reflections.reflection IS\n  'The whole reflection document (src/reflection, docs/reflection.md); NULL for rows before 0008 and agent reflections recorded as sentences only.';\nCOMMENT ON COLUMN self_evolution_reflections.sha256 IS 'Hex SHA-256 of the reflection''s JSON text as written to reflection.json.';\nCOMMENT ON COLUMN self_evolution_reflections.source IS 'rails: built by the rails before the agent ran; agent: written by the agent.';\n"
    }
];
/** sql/adoption: brings a hand-made installation of the original system to the shape of the first migration. */
const ADOPTION = {
    name: "0001_init.sql",
    checksum: "528c78393d6370a08e5f818765352d88072fe5d8be6e3eb66e4b3fb69a166caa",
    sql: "-- Adoption: brings an installation of the original system (its six tables, created by hand, with\n-- no schema_migrations) to the shape of migrations/0001_init.sql, keeping every row, every grant and\n-- every view. The runner checks column compatibility first, runs this file in the same transaction\n-- as the rest of the migration, and then records 0001_init.sql as applied.\n--\n-- What it changes on the installation's tables:\n--   * tables the installation lacks are created (in the original shape, then brought up like the rest);\n--   * the installation's own CHECK, UNIQUE and FOREIGN KEY constraints and unique indexes are\n--     replaced by 0001's (its primary keys stay); its other indexes stay;\n--   * runs gain `repository` ('' for the rows that exist: one repository, before there were several),\n--     proposals gain their run's repository and run_date;\n--   * NULL metrics, payloads, flag metadata and blocked_reasons become empty ({}), and a NULL\n--     allowlisted becomes false (not allowed);\n--   * rows that break 0001's constraints (an unknown status, a risk of 7, two allowed wildcards on one\n--     day) make the adoption fail, naming the constraint; nothing is changed then.\n-- Keep this file in step with 0001_init.sql: a test compares an adopted schema with a fresh one.\n\n-- 1. Missing tables, in the original system's shape.\nCREATE TABLE IF NOT EXISTS self_evolution_runs (\n  id SERIAL PRIMARY KEY, run_date DATE, status VARCHAR, started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,\n  summary TEXT, logs_url TEXT, metrics JSONB\n);\nCREATE TABLE IF NOT EXISTS self_evolution_reflections (\n  id SERIAL PRIMARY KEY, run_id INTEGER, insights TEXT, sentiment JSONB, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_proposals (\n  id SERIAL PRIMARY KEY, run_id INTEGER, type VARCHAR, title TEXT, description TEXT, risk_level SMALLINT,\n  effort SMALLINT, allowlisted BOOLEAN, blocked_reasons TEXT[], created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_actions (\n  id SERIAL PRIMARY KEY, proposal_id INTEGER, action_type VARCHAR, payload JSONB, status VARCHAR,\n  created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS self_evolution_rollbacks (\n  id SERIAL PRIMARY KEY, action_id INTEGER, reason TEXT, created_at TIMESTAMPTZ\n);\nCREATE TABLE IF NOT EXISTS feature_flags (\n  key TEXT PRIMARY KEY, value BOOLEAN, metadata JSONB, created_at TIMESTAMPTZ\n);\n\n-- 2. The installation's constraints and unique indexes (not its primary keys) give way to 0001's.\n--    Foreign keys first: a unique constraint cannot go while a foreign key still leans on it.\nDO $$\nDECLARE\n  tables regclass[] := ARRAY[\n    'self_evolution_runs', 'self_evolution_reflections', 'self_evolution_proposals',\n    'self_evolution_actions', 'self_evolution_rollbacks', 'feature_flags'\n  ]::regclass[];\n  c record;\nBEGIN\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype = 'f'\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n    WHERE conrelid = ANY (tables) AND contype IN ('c', 'u')\n  LOOP\n    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tbl, c.conname);\n  END LOOP;\n  FOR c IN\n    SELECT indexrelid::regclass AS idx FROM pg_index\n    WHERE indrelid = ANY (tables) AND indisunique AND NOT indisprimary\n  LOOP\n    EXECUTE format('DROP INDEX %s', c.idx);\n  END LOOP;\nEND\n$$;\n\n-- 3. Columns: the additions, then empty values where the original columns allowed NULL.\nALTER TABLE self_evolution_runs ADD COLUMN IF NOT EXISTS repository TEXT;\nALTER TABLE self_evolution_proposals\n  ADD COLUMN IF NOT EXISTS repository TEXT,\n  ADD COLUMN IF NOT EXISTS run_date DATE;\n\nUPDATE self_evolution_runs SET repository = '' WHERE repository IS NULL;\nUPDATE self_evolution_runs SET metrics = '{}'::jsonb WHERE metrics IS NULL;\nUPDATE self_evolution_proposals p\nSET repository = r.repository, run_date = r.run_date\nFROM self_evolution_runs r\nWHERE r.id = p.run_id\n  AND (p.repository IS DISTINCT FROM r.repository OR p.run_date IS DISTINCT FROM r.run_date);\nUPDATE self_evolution_proposals SET blocked_reasons = '{}' WHERE blocked_reasons IS NULL;\nUPDATE self_evolution_proposals SET allowlisted = false WHERE allowlisted IS NULL;\nUPDATE self_evolution_actions SET payload = '{}'::jsonb WHERE payload IS NULL;\nUPDATE feature_flags SET metadata = '{}'::jsonb WHERE metadata IS NULL;\n\n-- 4. Defaults and NULL-ness, as in 0001 (a column the installation made NOT NULL that 0001 leaves\n--    nullable is relaxed, or the recorder's inserts would fail).\nALTER TABLE self_evolution_runs\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN started_at DROP DEFAULT, ALTER COLUMN started_at DROP NOT NULL,\n  ALTER COLUMN finished_at DROP DEFAULT, ALTER COLUMN finished_at DROP NOT NULL,\n  ALTER COLUMN summary DROP NOT NULL,\n  ALTER COLUMN logs_url DROP NOT NULL,\n  ALTER COLUMN metrics SET DEFAULT '{}'::jsonb, ALTER COLUMN metrics SET NOT NULL;\nALTER TABLE self_evolution_reflections\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN insights SET NOT NULL,\n  ALTER COLUMN sentiment DROP NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_proposals\n  ALTER COLUMN run_id SET NOT NULL,\n  ALTER COLUMN repository SET DEFAULT '', ALTER COLUMN repository SET NOT NULL,\n  ALTER COLUMN run_date SET NOT NULL,\n  ALTER COLUMN type SET NOT NULL,\n  ALTER COLUMN title SET NOT NULL,\n  ALTER COLUMN description DROP NOT NULL,\n  ALTER COLUMN risk_level SET NOT NULL,\n  ALTER COLUMN effort DROP NOT NULL,\n  ALTER COLUMN allowlisted SET DEFAULT false, ALTER COLUMN allowlisted SET NOT NULL,\n  ALTER COLUMN blocked_reasons SET DEFAULT '{}', ALTER COLUMN blocked_reasons SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE self_evolution_actions\n  ALTER COLUMN proposal_id SET NOT NULL,\n  ALTER COLUMN action_type SET NOT NULL,\n  ALTER COLUMN payload SET DEFAULT '{}'::jsonb, ALTER COLUMN payload SET NOT NULL,\n  ALTER COLUMN status SET DEFAULT 'planned', ALTER COLUMN status SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL,\n  ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at DROP NOT NULL;\nALTER TABLE self_evolution_rollbacks\n  ALTER COLUMN action_id SET NOT NULL,\n  ALTER COLUMN reason SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\nALTER TABLE feature_flags\n  ALTER COLUMN value SET DEFAULT false, ALTER COLUMN value SET NOT NULL,\n  ALTER COLUMN metadata SET DEFAULT '{}'::jsonb, ALTER COLUMN metadata SET NOT NULL,\n  ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN created_at DROP NOT NULL;\n\n-- 5. 0001's constraints.\nALTER TABLE self_evolution_runs\n  ADD CONSTRAINT self_evolution_runs_status_check\n    CHECK (status IN ('planned', 'running', 'success', 'failed', 'reverted')),\n  ADD CONSTRAINT self_evolution_runs_metrics_check CHECK (jsonb_typeof(metrics) = 'object'),\n  ADD CONSTRAINT self_evolution_runs_repository_run_date_key UNIQUE (repository, run_date),\n  ADD CONSTRAINT self_evolution_runs_id_repository_run_date_key UNIQUE (id, repository, run_date);\nALTER TABLE self_evolution_reflections\n  ADD CONSTRAINT self_evolution_reflections_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id);\nALTER TABLE self_evolution_proposals\n  ADD CONSTRAINT self_evolution_proposals_type_check\n    CHECK (type IN ('capability', 'prompt', 'persona', 'cleanup', 'wildcard')),\n  ADD CONSTRAINT self_evolution_proposals_risk_level_check CHECK (risk_level BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_effort_check CHECK (effort BETWEEN 0 AND 5),\n  ADD CONSTRAINT self_evolution_proposals_run_id_fkey\n    FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id),\n  ADD CONSTRAINT self_evolution_proposals_run_day_fkey\n    FOREIGN KEY (run_id, repository, run_date) REFERENCES self_evolution_runs (id, repository, run_date)\n    ON UPDATE CASCADE;\nALTER TABLE self_evolution_actions\n  ADD CONSTRAINT self_evolution_actions_status_check\n    CHECK (status IN ('planned', 'submitted', 'merged', 'rolled_back')),\n  ADD CONSTRAINT self_evolution_actions_action_type_check CHECK (action_type <> ''),\n  ADD CONSTRAINT self_evolution_actions_proposal_id_fkey\n    FOREIGN KEY (proposal_id) REFERENCES self_evolution_proposals (id);\nALTER TABLE self_evolution_rollbacks\n  ADD CONSTRAINT self_evolution_rollbacks_action_id_fkey\n    FOREIGN KEY (action_id) REFERENCES self_evolution_actions (id);\n\n-- 6. 0001's indexes.\nCREATE INDEX IF NOT EXISTS self_evolution_runs_run_date_idx ON self_evolution_runs (run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_status_run_date_idx ON self_evolution_runs (status, run_date DESC);\nCREATE INDEX IF NOT EXISTS self_evolution_runs_repository_finished_idx\n  ON self_evolution_runs (repository, finished_at DESC) WHERE finished_at IS NOT NULL;\nCREATE INDEX IF NOT EXISTS self_evolution_reflections_run_id_idx ON self_evolution_reflections (run_id);\nCREATE INDEX IF NOT EXISTS self_evolution_proposals_run_id_idx\n  ON self_evolution_proposals (run_id, created_at DESC);\nCREATE UNIQUE INDEX self_evolution_proposals_one_allowed_wildcard\n  ON self_evolution_proposals (repository, run_date) WHERE type = 'wildcard' AND allowlisted;\nCREATE INDEX IF NOT EXISTS self_evolution_actions_proposal_id_idx ON self_evolution_actions (proposal_id);\nCREATE INDEX IF NOT EXISTS self_evolution_actions_open_created_idx\n  ON self_evolution_actions (created_at DESC) WHERE status <> 'rolled_back';\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_action_id_idx ON self_evolution_rollbacks (action_id);\nCREATE INDEX IF NOT EXISTS self_evolution_rollbacks_created_idx ON self_evolution_rollbacks (created_at DESC);\n\nCOMMENT ON TABLE self_evolution_runs IS 'One row per repository and UTC day: the daily run and its outcome.';\nCOMMENT ON COLUMN self_evolution_runs.metrics IS\n  'holder: who claimed the run (GitHub run id, attempt, event, sha, dryRun); history: earlier outcomes of the day, kept when a run is re-claimed; phases and counts from post.';\nCOMMENT ON TABLE feature_flags IS\n  'self_evolution_enabled is the global kill switch (missing = off); self_evolution_enabled:<owner/repo> turns one repository off (missing = on).';\n\n-- 7. The seed: an installation that never had the flag gets it off.\nINSERT INTO feature_flags (key, value, metadata)\nVALUES ('self_evolution_enabled', false, '{\"seededBy\": \"0001_init\"}')\nON CONFLICT (key) DO NOTHING;\n\n-- 8. The events table, new in 0001 (the runner does not adopt a database that already has one).\nCREATE TABLE self_evolution_events (\n  id            SERIAL PRIMARY KEY,\n  repository    TEXT NOT NULL DEFAULT '',\n  kind          VARCHAR NOT NULL,\n  reason        TEXT,\n  run_id        INTEGER,\n  github_run_id TEXT,\n  detail        JSONB NOT NULL DEFAULT '{}'::jsonb,\n  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),\n  CONSTRAINT self_evolution_events_kind_check CHECK (kind ~ '^[a-z][a-z0-9-]*$'),\n  CONSTRAINT self_evolution_events_detail_check CHECK (jsonb_typeof(detail) = 'object'),\n  CONSTRAINT self_evolution_events_run_id_fkey FOREIGN KEY (run_id) REFERENCES self_evolution_runs (id)\n);\nCREATE INDEX self_evolution_events_repository_created_idx\n  ON self_evolution_events (repository, created_at DESC);\nCREATE INDEX self_evolution_events_kind_created_idx ON self_evolution_events (kind, created_at DESC);\nCREATE INDEX self_evolution_events_run_id_idx ON self_evolution_events (run_id) WHERE run_id IS NOT NULL;\n\nCREATE FUNCTION self_evolution_events_append_only() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'self_evolution_events is append-only: % is not allowed', TG_OP\n    USING ERRCODE = 'restrict_violation';\nEND\n$$;\nCREATE TRIGGER self_evolution_events_no_update_delete\n  BEFORE UPDATE OR DELETE ON self_evolution_events\n  FOR EACH ROW EXECUTE FUNCTION self_evolution_events_append_only();\nCREATE TRIGGER self_evolution_events_no_truncate\n  BEFORE TRUNCATE ON self_evolution_events\n  FOR EACH STATEMENT EXECUTE FUNCTION self_evolution_events_append_only();\n"
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
    now: () => new Date(),
    signals: process
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
        const [command, ...prefix] = [...(options.wrapper ?? []), 'git'];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...prefix, ...argv], {
            cwd: options.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
            ...(options.signal ? { signal: options.signal, killSignal: 'SIGKILL' } : {})
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

/***/ 12147:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gq: () => (/* binding */ REV),
  Wb: () => (/* binding */ looksBinary),
  RC: () => (/* binding */ parseRange),
  sh: () => (/* binding */ readGitChanges),
  v3: () => (/* binding */ readGitFile)
});

// UNUSED EXPORTS: DIFF_ARGS, DiffReader, attributedPaths, oidsOf, parseDiffOutput

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __nccwpck_require__(80499);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __nccwpck_require__(73073);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __nccwpck_require__(44795);
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
var secrets = __nccwpck_require__(45915);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __nccwpck_require__(58571);
// EXTERNAL MODULE: ./src/policy/unified-diff.ts + 1 modules
var unified_diff = __nccwpck_require__(26690);
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

/***/ 58571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iE: () => (/* binding */ applyHunks),
  rj: () => (/* binding */ parseUnifiedDiff),
  _l: () => (/* binding */ readUnifiedDiff)
});

// UNUSED EXPORTS: DiffUnreadable, addedLinesOf, fragmentHeader

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
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
var errors = __nccwpck_require__(44795);
// EXTERNAL MODULE: ./src/policy/secrets.ts
var policy_secrets = __nccwpck_require__(45915);
// EXTERNAL MODULE: ./src/policy/threats.ts
var threats = __nccwpck_require__(58571);
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


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ forHtml),
/* harmony export */   Bm: () => (/* binding */ forMarkdown),
/* harmony export */   Cx: () => (/* binding */ forJson),
/* harmony export */   Ig: () => (/* binding */ forLog),
/* harmony export */   Jc: () => (/* binding */ forAnnotation),
/* harmony export */   L3: () => (/* binding */ rendererFor),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   Qf: () => (/* binding */ forTerminal),
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
 *   forTerminal              plain text for a terminal (the CLI): visible escapes, no entities
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
/**
 * Plain text for a terminal: what a person reads, so no entities and no Markdown escaping, but
 * control characters (ANSI escape sequences start with ESC), bidirectional overrides and invisible
 * characters are shown as visible escapes. The same as a log line, since the CLI may print on a runner.
 */
function forTerminal(text, max = LIMITS.message) {
    return forLog(text, max);
}
/** The one choice between rendering for Markdown and rendering for a terminal. */
function rendererFor(target) {
    return target === 'terminal'
        ? { inline: forTerminal, code: forTerminal }
        : { inline: forMarkdown, code: forMarkdownCode };
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
