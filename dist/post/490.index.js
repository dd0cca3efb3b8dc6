export const id = 490;
export const ids = [490];
export const modules = {

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handOver: () => (/* binding */ handOver)
/* harmony export */ });
/* unused harmony exports exitStatusOf, agentRecord, proposalsDocument, writeProposals */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_proposals_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52576);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67388);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50016);
/**
 * The hand-over: the loop's result as a proposals file in the existing schema
 * (src/policy/proposals-file.ts), with the agent's record (engine, version, model, turns, tokens,
 * cost, duration, rounds, exit status) and `noop` when nothing is proposed. The rails read it like
 * any proposals file and judge every proposal again; the SHA-256 of the exact bytes written is the
 * step's output, so the rails can tell the file they read is the one written.
 */





/** How an engine run ended, as the record names it. */
function exitStatusOf(run) {
    if (run.timedOut)
        return 'timed-out';
    if (run.budgetReached)
        return 'budget-reached';
    if (run.isError)
        return 'is-error';
    if (run.signal)
        return 'signal';
    if (run.exitCode !== 0)
        return 'exit-code';
    return 'ok';
}
function sum(values) {
    const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
    return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0);
}
function sumTokens(runs) {
    const counted = runs.map(r => r.tokens).filter((t) => t !== undefined);
    if (counted.length === 0)
        return undefined;
    const whole = (n) => Math.max(0, Math.floor(n));
    const cached = sum(counted.map(t => t.cached));
    return {
        input: whole(counted.reduce((a, t) => a + t.input, 0)),
        output: whole(counted.reduce((a, t) => a + t.output, 0)),
        ...(cached !== undefined ? { cached: whole(cached) } : {})
    };
}
/** The agent block: sums over every round, the last run's exit status. */
function agentRecord(result, opts) {
    const runs = result.rounds.map(r => r.run);
    const lastRun = runs.at(-1);
    const version = opts.engineVersion ?? runs.find(r => r.engineVersion)?.engineVersion;
    const turns = sum(runs.map(r => r.turns));
    const tokens = sumTokens(runs);
    const cost = sum(runs.map(r => r.costUsd));
    const failure = result.failure ?? (lastRun ? (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .engineFailure */ .FR)(lastRun) : undefined);
    return {
        engine: opts.engine,
        ...(version ? { engineVersion: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(version, 200) } : {}),
        ...(opts.model ? { model: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(opts.model, 200) } : {}),
        ...(turns !== undefined ? { turns: Math.floor(turns) } : {}),
        ...(tokens ? { tokens } : {}),
        // Rounded to a millionth of a dollar: sums of floats drift.
        ...(cost !== undefined ? { costUsd: Math.round(cost * 1e6) / 1e6 } : {}),
        durationMs: Math.max(0, Math.round(sum(runs.map(r => r.durationMs)) ?? 0)),
        rounds: result.rounds.length,
        roundVerdicts: result.rounds.map(r => ({
            round: r.round,
            outcome: r.outcome,
            allowed: r.verdict?.allowed ?? false,
            rules: r.verdict?.rules ?? []
        })),
        exitStatus: lastRun ? exitStatusOf(lastRun) : 'ok',
        ...(lastRun ? { exitCode: lastRun.exitCode } : {}),
        ...(failure !== undefined ? { failure: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(failure, 600) } : {})
    };
}
/** The proposals file's document for the loop's result. */
function proposalsDocument(result, opts) {
    const proposals = result.proposals.map(p => ({
        title: p.title,
        type: p.type,
        riskLevel: p.riskLevel,
        ...(p.effort !== undefined ? { effort: p.effort } : {}),
        ...(p.description !== undefined ? { description: p.description } : {}),
        patch: p.patch,
        ...(p.metadataProblem !== undefined ? { metadataProblem: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(p.metadataProblem, 1000) } : {})
    }));
    const document = {
        proposals,
        agent: agentRecord(result, opts),
        ...(result.noop !== undefined ? { noop: (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .cap */ .Np)(result.noop, 1000) } : {})
    };
    // What is written must be what the rails accept.
    return _policy_proposals_file_js__WEBPACK_IMPORTED_MODULE_2__.proposalsFileSchema.parse(document);
}
/** Write the document to `path` and return the SHA-256 of the bytes written (hex). */
function writeProposals(path, document) {
    const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
    // A new file, never through a link left in its place: unlink removes a link itself, and 'wx'
    // refuses whatever appeared there since.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, bytes, { mode: 0o644, flag: 'wx' });
    return { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}
/** proposalsDocument then writeProposals. */
function handOver(path, result, opts) {
    const document = proposalsDocument(result, opts);
    return { ...writeProposals(path, document), document };
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

/***/ 52576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ readProposalsFile),
/* harmony export */   proposalsFileSchema: () => (/* binding */ proposalsFileSchema)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSALS, claimedFileSchema, proposalSchema, AGENT_EXIT_STATUSES, ROUND_OUTCOMES, agentRecordSchema, proposalsJsonSchema, describeIssue, readPatchChanges */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13603);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6791);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _agent_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44795);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42425);
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26690);
/**
 * The proposals file an upstream agent step writes (`--proposals FILE`, the action's
 * `proposals` input), its zod schema (the committed schema/proposals.schema.json is generated
 * from it) and the reader that turns it into proposals under review.
 *
 * A proposal's `files` is the agent's own claim, judged as given (source `claimed`); a `patch`
 * is parsed like `--diff` (source `patch`). Both at once, neither, more than 100 proposals,
 * invalid JSON or a schema error is a PolicyInputError naming the JSON path. A patch the text
 * reader refuses is not: its proposal carries `patchProblem` (rule `patch-unreadable`) and the
 * files read before the refusal, and the engine blocks it.
 */







const MAX_PROPOSALS = 100;
/**
 * Six octal digits whose file-type bits are a regular file (10xxxx), a symbolic link (12xxxx) or a
 * gitlink (16xxxx); git keeps only those bits and the executable bit (canon_mode), so 120777 is
 * a symbolic link, which the engine blocks by its type bits. Other types are refused here.
 */
const gitMode = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^(?:10|12|16)[0-7]{4}$/, 'expected a git mode of six octal digits for a file (10xxxx), symbolic link (12xxxx) or submodule (16xxxx), such as "100644"');
const count = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0);
const level = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(5);
const claimedFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).meta({ description: 'The new path (the deleted path for a deletion).' }),
    previousPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional().meta({ description: 'The old path of a rename or copy.' }),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['added', 'modified', 'deleted', 'renamed', 'copied']),
    additions: count,
    deletions: count,
    binary: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    mode: gitMode.optional().meta({ description: '120000 is a symlink, 160000 a submodule.' }),
    previousMode: gitMode.optional()
})
    .superRefine((file, ctx) => {
    const needsPrevious = file.status === 'renamed' || file.status === 'copied';
    if (needsPrevious && file.previousPath === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['previousPath'],
            message: `a ${file.status} file needs previousPath`
        });
    }
    else if (!needsPrevious && file.previousPath !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['previousPath'],
            message: `previousPath is only for renamed or copied files, not ${file.status}`
        });
    }
});
const proposalSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf),
    riskLevel: level,
    effort: level.optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(claimedFileSchema).optional().meta({ description: "The agent's claim of what changes." }),
    patch: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional().meta({ description: 'A git-style unified diff, in place of files.' }),
    metadataProblem: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000).optional().meta({
        description: 'Set by the agent step when the agent changed files without a valid proposal file: what was wrong. The rails block the proposal (proposal-metadata-invalid).'
    })
})
    .superRefine((proposal, ctx) => {
    if (proposal.files !== undefined && proposal.patch !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['patch'],
            message: 'a proposal has either files or patch, not both'
        });
    }
    else if (proposal.files === undefined && proposal.patch === undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'a proposal needs files or patch' });
    }
});
const tokenCount = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0);
/** How the agent's engine ended (src/agent/handover.ts, exitStatusOf). */
const AGENT_EXIT_STATUSES = [
    'ok',
    'exit-code',
    'signal',
    'timed-out',
    'budget-reached',
    'is-error'
];
/** What a round of the agent step came to. */
const ROUND_OUTCOMES = ['allowed', 'blocked', 'noop', 'withdrawn', 'engine-failed'];
/** The agent step's record of its engine and rounds (written by src/agent/handover.ts). */
const agentRecordSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_agent_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ENGINES */ .ug),
    engineVersion: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200).optional(),
    turns: tokenCount
        .optional()
        .meta({ description: 'Turns over every round, where the engine reports them.' }),
    tokens: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ input: tokenCount, output: tokenCount, cached: tokenCount.optional() })
        .optional()
        .meta({ description: 'Tokens over every round, where the engine reports them.' }),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).optional().meta({
        description: 'Dollars over every round, where the engine reports them or a price is configured.'
    }),
    durationMs: tokenCount.meta({ description: "The engine's time over every round." }),
    rounds: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(3),
    roundVerdicts: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        round: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(3),
        outcome: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(ROUND_OUTCOMES),
        allowed: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
        rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100))
            .max(50)
            .meta({ description: 'The rules that blocked the change.' })
    }))
        .max(3),
    exitStatus: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(AGENT_EXIT_STATUSES).meta({ description: "How the last round's engine run ended." }),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nullable().optional(),
    failure: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(600).optional().meta({ description: 'Why the engine failed, as one sentence.' })
})
    .meta({ description: "The agent step's engine, its costs and its self-correction rounds." });
const proposalsFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    reflection: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ insights: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), sentiment: zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().optional() })
        .optional()
        .meta({ description: "The agent's reflection on recent runs." }),
    proposals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(proposalSchema).max(MAX_PROPOSALS),
    agent: agentRecordSchema.optional(),
    noop: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .max(2000)
        .optional()
        .meta({ description: 'Why the agent proposed nothing, in its own words (capped and sanitized).' })
});
/** The JSON Schema committed as schema/proposals.schema.json. */
function proposalsJsonSchema() {
    const schema = z.toJSONSchema(proposalsFileSchema, { io: 'input' });
    // The refinements do not translate; say in the schema what they check.
    const proposals = schema.properties.proposals;
    proposals.items.oneOf = [{ required: ['files'] }, { required: ['patch'] }];
    const fileItems = proposals.items.properties.files
        .items;
    fileItems.if = { properties: { status: { enum: ['renamed', 'copied'] } } };
    fileItems.then = { required: ['previousPath'] };
    fileItems.else = { not: { required: ['previousPath'] } };
    return { title: 'self-evolution proposals file', ...schema };
}
/** One sentence per issue: the JSON path, what was expected and what was there. */
function describeIssue(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(k => `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)([...issue.path, k])}: unknown key`).join('; ');
    }
    return `${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(issue.path)}: ${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_4__/* .explainIssue */ .Jp)(issue, raw)}`;
}
/**
 * The changes of a unified diff, with the watched config file's text before and after when the
 * patch touches it. `readBaseFile` supplies the before-text (the working tree, or git). A patch
 * the text reader refuses comes back with `patchProblem` and the files read before the refusal.
 */
async function readPatchChanges(text, opts) {
    const reading = (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .readUnifiedDiff */ ._l)(text);
    const parsed = reading.files;
    const files = parsed.map(({ hunks: _hunks, git: _git, ...file }) => file);
    // A refused patch is blocked whatever else it holds; its config file is not read.
    if (reading.problem)
        return { files, patchProblem: { rule: 'patch-unreadable', message: reading.problem.message } };
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizePath */ .Fd)(opts.configPath);
    if (!watched.ok)
        return { files };
    const same = (p) => {
        if (p === undefined)
            return false;
        const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizePath */ .Fd)(p);
        return n.ok && n.path === watched.path;
    };
    let configFile;
    for (const file of parsed) {
        if (!same(file.path) && !same(file.previousPath))
            continue;
        if (!opts.readBaseFile) {
            configFile = { before: null, unknownReason: 'the config file before the change cannot be read' };
            break;
        }
        if (file.status === 'deleted' || !same(file.path)) {
            configFile = { before: null, after: null };
            break;
        }
        // Compare with what is there now, whatever the patch claims about the file's history.
        const before = await opts.readBaseFile(opts.configPath);
        const start = file.status === 'renamed' || file.status === 'copied'
            ? await opts.readBaseFile(file.previousPath)
            : file.status === 'added'
                ? null
                : before;
        const after = file.binary ? undefined : (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyHunks */ .iE)(start, file.hunks);
        configFile = {
            before,
            after,
            ...(after === undefined
                ? {
                    unknownReason: file.binary
                        ? 'the patch makes it binary'
                        : 'the patch does not apply to it exactly'
                }
                : {})
        };
    }
    return configFile ? { files, configFile } : { files };
}
/**
 * Parse and validate a proposals file. `readBaseFile` reads repository files before the change,
 * for the config-loosened rule on `patch` proposals.
 */
async function readProposalsFile(text, opts) {
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PolicyInputError */ .H(`the proposals file is not valid JSON (${error.message})`);
    }
    const parsed = proposalsFileSchema.safeParse(raw);
    if (!parsed.success) {
        const issues = parsed.error.issues;
        const shown = issues.slice(0, 5).map(i => describeIssue(i, raw));
        const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PolicyInputError */ .H(`the proposals file is invalid: ${shown.join('; ')}${more}`);
    }
    const proposals = [];
    for (const [index, p] of parsed.data.proposals.entries()) {
        const meta = {
            title: p.title,
            type: p.type,
            riskLevel: p.riskLevel,
            ...(p.effort !== undefined ? { effort: p.effort } : {}),
            ...(p.description !== undefined ? { description: p.description } : {}),
            ...(p.metadataProblem !== undefined ? { metadataProblem: p.metadataProblem } : {})
        };
        if (p.patch !== undefined) {
            const changes = await readPatchChanges(p.patch, opts);
            if (changes.patchProblem)
                changes.patchProblem.message = `proposals[${index}].patch: ${changes.patchProblem.message}`;
            proposals.push({ ...meta, source: 'patch', ...changes });
        }
        else {
            const files = (p.files ?? []).map(f => ({
                path: f.path,
                ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
                status: f.status,
                additions: f.binary ? null : f.additions,
                deletions: f.binary ? null : f.deletions,
                binary: f.binary === true,
                ...(f.mode !== undefined ? { mode: f.mode } : {}),
                ...(f.previousMode !== undefined ? { previousMode: f.previousMode } : {})
            }));
            proposals.push({ ...meta, source: 'claimed', files });
        }
    }
    const { reflection: r, agent, noop } = parsed.data;
    return {
        ...(r ? { reflection: r } : {}),
        proposals,
        ...(agent ? { agent } : {}),
        ...(noop !== undefined ? { noop } : {})
    };
}


/***/ })

};
