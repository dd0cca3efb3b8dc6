export const id = 395;
export const ids = [395,317];
export const modules = {

/***/ 44395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/config/names.ts
var names = __webpack_require__(86234);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/reflection/build.ts + 1 modules
var build = __webpack_require__(10548);
// EXTERNAL MODULE: ./src/reflection/collect.ts + 2 modules
var collect = __webpack_require__(41317);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/reflection/render.ts
/**
 * The reflection as plain text for a terminal (`self-evolution reflect` without --json). Every value
 * passes forLog: titles are the agent's, bodies and log lines are GitHub's, and neither may break a
 * line, hide characters or start a workflow command.
 */

const pr = (p) => (p ? ` #${p.number}` : '');
function section(title, lines) {
    return lines.length === 0 ? [] : ['', `${title}:`, ...lines.map(l => `  ${l}`)];
}
function githubSections(r) {
    return [
        ...section('Failed runs on the default branch', r.failedRuns.flatMap(run => [
            `${(0,text_escape/* forLog */.Ig)(run.workflow, 100)} ${(0,text_escape/* forLog */.Ig)(run.conclusion, 20)} at ${(0,text_escape/* forLog */.Ig)(run.headSha.slice(0, 7), 10)} (${(0,text_escape/* forLog */.Ig)(run.event, 20)}, ${run.createdAt}) ${(0,text_escape/* forLog */.Ig)(run.url ?? '', 200)}`,
            ...run.jobs.flatMap(j => [
                `  job ${(0,text_escape/* forLog */.Ig)(j.name, 100)}: ${(0,text_escape/* forLog */.Ig)(j.conclusion, 20)}`,
                ...j.errorLines.map(l => `    > ${(0,text_escape/* forLog */.Ig)(l, 300)}`)
            ])
        ])),
        ...section('Feedback from users with write access', r.feedback.flatMap(f => [
            `#${f.number} ${(0,text_escape/* forLog */.Ig)(f.title, 120)} (by ${(0,text_escape/* forLog */.Ig)(f.author, 50)})`,
            `  > ${(0,text_escape/* forLog */.Ig)(f.body, 300)}`
        ])),
        ...section('Pull requests', r.pullRequests.flatMap(p => [
            `#${p.number} ${(0,text_escape/* forLog */.Ig)(p.title, 120)}: ${p.state}${p.reverted ? ', reverted' : ''}; reactions +${p.reactions.positive} -${p.reactions.negative}`,
            ...p.changesRequested.map(q => `  changes requested by ${(0,text_escape/* forLog */.Ig)(q.author, 50)}: ${(0,text_escape/* forLog */.Ig)(q.body, 300)}`),
            ...p.reviewComments.map(q => `  comment by ${(0,text_escape/* forLog */.Ig)(q.author, 50)} on ${(0,text_escape/* forLog */.Ig)(q.path, 100)}: ${(0,text_escape/* forLog */.Ig)(q.body, 300)}`)
        ]))
    ];
}
function renderReflectionText(r) {
    const s = r.sentiment;
    const lines = [
        `Reflection of ${(0,text_escape/* forLog */.Ig)(r.repository, 100)}: ${r.window.since} to ${r.window.until} (${r.window.days} days)`,
        r.github === 'none'
            ? 'GitHub: not read (no GITHUB_TOKEN or GH_TOKEN): the database only.'
            : `GitHub: ${r.github}${r.unavailable.length ? `; unavailable: ${r.unavailable.map(u => (0,text_escape/* forLog */.Ig)(u, 100)).join(', ')}` : ''}`,
        ...section('Insights', r.insights.map(i => `- ${(0,text_escape/* forLog */.Ig)(i, 400)}`)),
        ...section('Memory (newest first)', r.memory.map(m => `${m.date} ${(0,text_escape/* forLog */.Ig)(m.type, 20)} ${(0,text_escape/* forLog */.Ig)(m.title, 120)}: ${m.fate}${m.rule ? ` (${(0,text_escape/* forLog */.Ig)(m.rule, 60)})` : ''}${pr(m.pullRequest)}`)),
        ...section('Rollbacks', r.rollbacks.map(x => `${x.createdAt}${pr(x.pullRequest)} ${(0,text_escape/* forLog */.Ig)(x.title, 120)}: ${(0,text_escape/* forLog */.Ig)(x.reason, 300)}`)),
        ...githubSections(r),
        '',
        `Sentiment: score ${s.score} (${s.merged} merged, ${s.closedUnmerged} closed unmerged, ${s.reverted} reverted, ${s.reviews.approved} approved, ${s.reviews.changesRequested} changes requested, reactions +${s.reactions.positive} -${s.reactions.negative}); ${s.formula}`,
        `Rails: max risk ${r.rails.maxRiskLevel}, at most ${r.rails.caps.maxLinesOfCode} lines and ${r.rails.caps.maxFilesChanged} files; types ${r.rails.changeTypes.map(t => t.type).join(', ') || 'none'}; wildcard ${r.rails.wildcard.enabled ? (r.rails.wildcard.freeToday ? 'free today' : 'used today') : 'disabled'}${r.rails.dryRun ? '; dry run' : ''}.`
    ];
    if (r.trimmed > 0)
        lines.push(`${r.trimmed} oldest item(s) left out to stay under the size cap.`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/database.ts
var database = __webpack_require__(40629);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/commands/reflect.ts
/**
 * `self-evolution reflect [--repository OWNER/REPO] [--since 14d] [--json] [--out FILE]`: the
 * reflection the rails give the agent, built now from the database, GitHub (read-only) and the
 * config in the working tree. The token comes from GITHUB_TOKEN or GH_TOKEN, never from the command
 * line; without one, only the database is read, and the command says so.
 */











const MAX_DAYS = 90;
const HELP = `Usage: self-evolution reflect [--repository OWNER/REPO] [--since 14d] [--json] [--out FILE] [options]

The reflection the agent is given before it proposes: runs and skips, proposals and the rules that
blocked them, pull requests merged, closed and reverted, failed runs on the default branch with their
first error lines, feedback from maintainers, a sentiment score and today's rails (docs/reflection.md).

Options:
  --repository OWNER/REPO  the repository (default: GITHUB_REPOSITORY)
  --since Nd               the last N days (1d to ${MAX_DAYS}d; default: reflection.lookbackDays, 14)
  --json                   print the reflection as JSON (exactly what --out writes)
  --out FILE               write the reflection's JSON to FILE
  --config PATH            the config file in the working tree (default: ${names/* DEFAULT_CONFIG_PATH */.B})
${database/* DATABASE_URL_HELP */.mo}

GitHub is read with GITHUB_TOKEN (or GH_TOKEN) from the environment, at GITHUB_API_URL when set.
Without a token, only the database is read.
`;
async function run(argv, io) {
    return (0,database/* runCommand */.d1)('reflect', io, () => execute(argv, io));
}
function sinceFlag(value) {
    if (value === undefined)
        return undefined;
    const m = /^([1-9][0-9]?)d$/.exec(value);
    if (!m || Number(m[1]) > MAX_DAYS) {
        throw new cli_io/* UsageError */.eb(`--since "${(0,text_escape/* forLog */.Ig)(value, 40)}" is not valid; expected a number of days from 1d to ${MAX_DAYS}d, such as 14d`);
    }
    return Number(m[1]);
}
function readOnlyClient(io, repository, token) {
    const gh = (0,client/* createGitHubContext */.hK)({
        token,
        repository,
        baseUrl: io.env.GITHUB_API_URL || undefined,
        gatewayOnlyWrites: true,
        maxAttempts: 3,
        retryBudgetMs: 10_000
    });
    return { ...gh, readOnly: true };
}
async function execute(argv, io) {
    const { values } = (0,cli_io/* parseCommandArgs */.Qx)('reflect', argv, {
        repository: { type: 'string' },
        since: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        config: { type: 'string' },
        'database-url': { type: 'string' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const repository = (0,cli_io/* repositoryFlag */.nm)(values.repository ?? (io.env.GITHUB_REPOSITORY || undefined));
    if (!repository)
        throw new cli_io/* UsageError */.eb('--repository is missing; expected OWNER/REPO (or GITHUB_REPOSITORY)');
    const days = sinceFlag(values.since);
    // Checked with the other flags: a bad URL is bad usage, said alone, before anything is read.
    (0,database.commandDatabaseUrl)(values['database-url'], io.env);
    if (values.out !== undefined && !values.out.trim()) {
        throw new cli_io/* UsageError */.eb('--out is empty; expected a file to write the reflection to');
    }
    const configPath = values.config ?? names/* DEFAULT_CONFIG_PATH */.B;
    let config;
    try {
        config = (await (0,source/* readConfig */.Xg)({ from: 'disk', root: io.cwd }, configPath)).config;
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(error.message.split('\n')[0]);
    }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '';
    if (!token)
        io.stderr('self-evolution reflect: no GITHUB_TOKEN or GH_TOKEN is set, so only the database is read.\n');
    const db = await (0,database/* openCommandDatabase */.NN)(values['database-url'], io);
    let reflection;
    try {
        reflection = await (0,collect.collectReflection)({
            sql: db.sql,
            repository,
            now: io.now(),
            config,
            days,
            github: token ? readOnlyClient(io, repository, token) : null,
            warn: message => io.stderr(`self-evolution reflect: warning: ${(0,text_escape/* forLog */.Ig)(message, 600)}\n`)
        });
    }
    finally {
        await db.close();
    }
    const { text, sha256 } = (0,build.serializeReflection)(reflection);
    if (values.out !== undefined) {
        const file = (0,external_node_path_.resolve)(io.cwd, values.out);
        // Written beside the file and renamed over it: a reader never sees half a reflection.
        const partial = `${file}.${process.pid}.partial`;
        try {
            await (0,promises_.writeFile)(partial, text, 'utf8');
            await (0,promises_.rename)(partial, file);
        }
        catch (error) {
            await (0,promises_.rm)(partial, { force: true });
            throw new cli_io/* CommandError */.Qd(`Cannot write ${(0,text_escape/* forLog */.Ig)(file, 300)}: ${error.code ?? error.message}`);
        }
        io.stderr(`Wrote ${(0,text_escape/* forLog */.Ig)(file, 300)} (${Buffer.byteLength(text)} bytes, sha256 ${sha256}).\n`);
    }
    io.stdout(values.json ? text : renderReflectionText(reflection));
    return 0;
}


/***/ }),

/***/ 90493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qs: () => (/* binding */ readReflectionHistory),
/* harmony export */   tq: () => (/* binding */ recordReflection)
/* harmony export */ });
/* unused harmony export REFLECTION_READ_LIMITS */
/** How many rows each list may bring back. */
const REFLECTION_READ_LIMITS = {
    skipReasons: 50,
    rules: 20,
    examplesPerRule: 3,
    actions: 100,
    rollbacks: 50
};
/** A payload's pullRequest as a reference, or null when it does not carry a number. */
const pullRequestOf = (sql, column) => sql `
  CASE WHEN jsonb_typeof(${sql(column)} -> 'pullRequest' -> 'number') = 'number'
    THEN jsonb_build_object('number', (${sql(column)} -> 'pullRequest' ->> 'number')::bigint,
                            'url', ${sql(column)} -> 'pullRequest' ->> 'url')
  END
`;
/** Everything the reflection reads from the database for one repository and window. */
async function readReflectionHistory(sql, w) {
    const [runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcard] = await Promise.all([
        readRunsByStatus(sql, w),
        readSkipsByReason(sql, w),
        readProposalCounts(sql, w),
        readBlockingRules(sql, w),
        readActions(sql, w),
        readRollbacks(sql, w),
        readMemory(sql, w),
        readWildcardFree(sql, w)
    ]);
    return { runsByStatus, skipsByReason, proposals, rules, actions, rollbacks, memory, wildcardFree: wildcard };
}
function readRunsByStatus(sql, w) {
    return sql `
    SELECT status, count(*)::int AS count FROM self_evolution_runs
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
    GROUP BY status ORDER BY status
  `;
}
function readSkipsByReason(sql, w) {
    return sql `
    SELECT COALESCE(reason, '') AS reason, count(*)::int AS count FROM self_evolution_events
    WHERE repository = ${w.repository} AND kind = 'skip' AND created_at >= ${w.since}
    GROUP BY 1 ORDER BY count DESC, reason
    LIMIT ${REFLECTION_READ_LIMITS.skipReasons}
  `;
}
async function readProposalCounts(sql, w) {
    const [row] = await sql `
    SELECT count(*) FILTER (WHERE allowlisted)::int AS allowed,
           count(*) FILTER (WHERE NOT allowlisted)::int AS blocked
    FROM self_evolution_proposals
    WHERE repository = ${w.repository} AND run_date >= ${w.fromDay}::date
  `;
    return row;
}
/** The rules that blocked the window's proposals most often (a rule counted once per proposal). */
function readBlockingRules(sql, w) {
    return sql `
    WITH hits AS (
      SELECT DISTINCT p.id, p.title, p.created_at, left(btrim(split_part(r.reason, ':', 1)), 100) AS rule
      FROM self_evolution_proposals p, unnest(p.blocked_reasons) AS r(reason)
      WHERE p.repository = ${w.repository} AND p.run_date >= ${w.fromDay}::date AND NOT p.allowlisted
    )
    SELECT rule, count(*)::int AS count,
           (array_agg(left(title, 500) ORDER BY created_at DESC, id DESC))[1:${REFLECTION_READ_LIMITS.examplesPerRule}] AS examples
    FROM hits GROUP BY rule ORDER BY count DESC, rule
    LIMIT ${REFLECTION_READ_LIMITS.rules}
  `;
}
function readActions(sql, w) {
    return sql `
    SELECT a.id AS "actionId", a.proposal_id AS "proposalId", left(p.title, 500) AS title,
           p.type AS "proposalType", a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM self_evolution_actions a
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    WHERE p.repository = ${w.repository} AND a.action_type <> 'revert' AND a.created_at >= ${w.since}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.actions}
  `;
}
function readRollbacks(sql, w) {
    return sql `
    SELECT r.action_id AS "actionId", left(r.reason, 2000) AS reason, r.created_at AS "createdAt",
           left(p.title, 500) AS title, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest",
           left(rv.payload -> 'failingRun' ->> 'name', 500) AS "failingWorkflow"
    FROM self_evolution_rollbacks r
    JOIN self_evolution_actions a ON a.id = r.action_id
    JOIN self_evolution_proposals p ON p.id = a.proposal_id
    LEFT JOIN self_evolution_actions rv
      ON rv.action_type = 'revert' AND rv.payload -> 'revertOf' ->> 'actionId' = a.id::text
    WHERE p.repository = ${w.repository} AND r.created_at >= ${w.since}
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT ${REFLECTION_READ_LIMITS.rollbacks}
  `;
}
function readMemory(sql, w) {
    return sql `
    SELECT p.id AS "proposalId", left(p.title, 500) AS title, p.type, p.run_date::text AS "runDate",
           p.created_at AS "createdAt", p.allowlisted, p.blocked_reasons[1:5] AS "blockedReasons",
           act.status AS "actionStatus", act."pullRequest"
    FROM self_evolution_proposals p
    LEFT JOIN LATERAL (
      SELECT a.status, ${pullRequestOf(sql, 'a.payload')} AS "pullRequest"
      FROM self_evolution_actions a
      WHERE a.proposal_id = p.id AND a.action_type <> 'revert'
      ORDER BY a.id DESC LIMIT 1
    ) act ON true
    WHERE p.repository = ${w.repository}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${w.memoryItems}
  `;
}
async function readWildcardFree(sql, w) {
    const [row] = await sql `
    SELECT EXISTS (
      SELECT 1 FROM self_evolution_proposals
      WHERE repository = ${w.repository} AND run_date = ${w.today}::date AND type = 'wildcard' AND allowlisted
    ) AS used
  `;
    return !row.used;
}
/** Record one reflection under the run's current attempt (one row per attempt); returns its id. */
async function recordReflection(sql, r) {
    if (!/^[0-9a-f]{64}$/.test(r.sha256)) {
        throw new Error(`The reflection's sha256 "${r.sha256.slice(0, 80)}" is not 64 lower-case hex digits.`);
    }
    const insights = Array.isArray(r.reflection.insights)
        ? r.reflection.insights.map(String).join('\n')
        : typeof r.reflection.insights === 'string'
            ? r.reflection.insights
            : '';
    const sentiment = r.reflection.sentiment === undefined ? null : r.reflection.sentiment;
    const [row] = await sql `
    INSERT INTO self_evolution_reflections (run_id, attempt, insights, sentiment, reflection, sha256, source)
    SELECT id, attempt, ${insights}, ${sentiment === null ? null : sql.json(sentiment)},
           ${sql.json(r.reflection)}, ${r.sha256}, ${r.source}
    FROM self_evolution_runs WHERE id = ${r.runId}
    RETURNING id
  `;
    if (!row)
        throw new Error(`Run ${r.runId} does not exist: its reflection has nowhere to go.`);
    return row.id;
}


/***/ }),

/***/ 41317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectReflection: () => (/* binding */ collectReflection)
});

// EXTERNAL MODULE: ./src/db/reflection.ts
var reflection = __webpack_require__(90493);
// EXTERNAL MODULE: ./src/reflection/build.ts + 1 modules
var build = __webpack_require__(10548);
// EXTERNAL MODULE: ./src/github/client.ts + 1 modules
var client = __webpack_require__(38851);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(33113);
;// CONCATENATED MODULE: ./src/reflection/logs.ts
/**
 * The first error lines of a job's log, for the reflection: the `##[error]` lines the runner writes
 * for a failing step come first, then lines that say error, failed or exception, in log order.
 * Each line loses the runner's timestamp and every `##[…]` marker (so no line is a workflow command
 * when printed again). At most `maxLines` lines and `maxBytes` bytes of them.
 */
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const MARKER = /##\[[a-z-]*\]/gi;
const ERROR_MARKER = /##\[error\]/i;
const ERRORISH = /\b(?:error|errors|failed|failure|exception)\b/i;
/** A longer line is cut here before it is counted, so one huge line cannot crowd out the rest. */
const MAX_LINE_CHARS = 1000;
function errorLinesOf(log, maxLines, maxBytes) {
    const lines = log.split(/\r?\n/).map(l => l.replace(TIMESTAMP, ''));
    const marked = lines.filter(l => ERROR_MARKER.test(l));
    const others = lines.filter(l => !ERROR_MARKER.test(l) && !/^##\[(?:group|endgroup)\]/i.test(l) && ERRORISH.test(l));
    const out = [];
    let bytes = 0;
    for (const raw of [...marked, ...others]) {
        const line = raw.replace(MARKER, '').trim().slice(0, MAX_LINE_CHARS);
        if (line === '' || out.includes(line))
            continue;
        const size = Buffer.byteLength(line) + 1;
        if (out.length >= maxLines || bytes + size > maxBytes)
            break;
        out.push(line);
        bytes += size;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/reflection/github.ts
/**
 * The reflection's GitHub reads, all GET, over a read-only client (never the write gateway):
 *   - failed runs on the default branch in the window: conclusion failure or timed_out, event push
 *     or schedule, and head_repository this repository (a fork's `main`, pull_request_target and
 *     issue_comment runs carry outsiders' text), with their failed jobs and the first error lines of
 *     each job's log;
 *   - open issues with the feedback label whose author has write access (the collaborator
 *     permission, never author_association);
 *   - the agent's pull requests (from the recorded actions): state, reactions, CHANGES_REQUESTED
 *     reviews and review comments by users with write access.
 * A read that fails is named in `unavailable` and the rest goes on: the reflection advises, it never
 * gates. The job-logs endpoint answers with a redirect to a short-lived download; it is followed by
 * hand, without the Authorization header, so the token never reaches the download host.
 */




/** Most bytes of one job's log read before giving up on finding more error lines in it. */
const MAX_LOG_DOWNLOAD_BYTES = 8 * 1024 * 1024;
/** Most bytes of error lines kept per job. */
const MAX_ERROR_BYTES_PER_JOB = 4096;
const FAILED_CONCLUSIONS = ['failure', 'timed_out'];
const TRUSTED_EVENTS = new Set(['push', 'schedule']);
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
/** One reader per reflection: it remembers each author's permission. */
class Reader {
    gh;
    o;
    unavailable = [];
    writers = new Map();
    constructor(gh, o) {
        this.gh = gh;
        this.o = o;
    }
    async get(route, params = {}) {
        const { data } = await this.gh.octokit.request(route, {
            owner: this.gh.owner,
            repo: this.gh.repo,
            ...params
        });
        return data;
    }
    /** `fn`'s answer, or `fallback` with `name` listed as unavailable and a warning. */
    async attempt(name, fn, fallback) {
        try {
            return await fn();
        }
        catch (error) {
            this.unavailable.push(name);
            this.o.warn?.(`The reflection could not read ${name} from GitHub: ${(0,client/* errorText */.kc)(error)}`);
            return fallback;
        }
    }
    /** Whether `login` may write to the repository; an unreadable permission counts as no. */
    hasWriteAccess(login) {
        let known = this.writers.get(login);
        if (!known) {
            known = this.attempt(`permission of ${login}`, async () => {
                const p = await this.get('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { username: login });
                return WRITE_ROLES.has(String(p.role_name)) || WRITE_ROLES.has(String(p.permission));
            }, false);
            this.writers.set(login, known);
        }
        return known;
    }
    async byWriters(items) {
        const out = [];
        for (const item of items) {
            const login = item.user?.login;
            if (login && (await this.hasWriteAccess(login)))
                out.push(item);
        }
        return out;
    }
}
/** Everything the reflection reads from GitHub, and the reads that failed. */
async function readGitHubFacts(gh, o) {
    const r = new Reader(gh, o);
    const defaultBranch = await r.attempt('default branch', () => (0,contents/* getDefaultBranch */.Q)(gh), null);
    const failedRuns = defaultBranch === null ? [] : await r.attempt('failed runs', () => readFailedRuns(r, defaultBranch), []);
    const feedback = await r.attempt('feedback issues', () => readFeedback(r), []);
    const pullRequests = [];
    for (const ref of o.pullRequests.slice(0, build/* REFLECTION_LIMITS */.Z8.pullRequests)) {
        const pr = await r.attempt(`pull request #${ref.number}`, () => readPullRequest(r, ref.number), null);
        if (pr)
            pullRequests.push(pr);
    }
    return { facts: { defaultBranch, failedRuns, feedback, pullRequests }, unavailable: r.unavailable };
}
/** The window's failed runs on `branch` that this repository's own push or schedule started. */
async function readFailedRuns(r, branch) {
    const own = `${r.gh.owner}/${r.gh.repo}`.toLowerCase();
    const runs = [];
    // One status per call (GitHub takes one), one page each: 100 failures of each kind in the window.
    for (const status of FAILED_CONCLUSIONS) {
        const page = await r.get('GET /repos/{owner}/{repo}/actions/runs', {
            branch,
            status,
            created: `>=${r.o.since.toISOString().slice(0, 10)}`,
            per_page: 100
        });
        runs.push(...(page.workflow_runs ?? []));
    }
    const kept = runs
        .filter(run => run.head_branch === branch &&
        TRUSTED_EVENTS.has(String(run.event)) &&
        String(run.head_repository?.full_name ?? '').toLowerCase() === own &&
        Date.parse(String(run.created_at)) >= r.o.since.getTime())
        .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || b.id - a.id)
        .slice(0, build/* REFLECTION_LIMITS */.Z8.failedRuns);
    const out = [];
    for (const run of kept) {
        out.push({
            workflow: String(run.name ?? run.path ?? ''),
            url: run.html_url ?? null,
            headSha: String(run.head_sha ?? ''),
            event: String(run.event),
            conclusion: String(run.conclusion),
            createdAt: String(run.created_at),
            jobs: await r.attempt(`jobs of run ${run.id}`, () => readFailedJobs(r, run.id), [])
        });
    }
    return out;
}
async function readFailedJobs(r, runId) {
    const page = await r.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
        run_id: runId,
        filter: 'latest',
        per_page: 100
    });
    const failed = (page.jobs ?? [])
        .filter(j => FAILED_CONCLUSIONS.includes(String(j.conclusion)))
        .slice(0, build/* REFLECTION_LIMITS */.Z8.jobsPerRun);
    const jobs = [];
    for (const job of failed) {
        const errorLines = await r.attempt(`log of job ${job.id}`, () => readJobErrorLines(r, job.id), []);
        jobs.push({
            name: String(job.name ?? ''),
            url: job.html_url ?? null,
            conclusion: String(job.conclusion),
            errorLines
        });
    }
    return jobs;
}
/**
 * The job's log: the API answers 302 with a short-lived download URL, which is fetched without the
 * Authorization header (and without any header the client would add), at most
 * MAX_LOG_DOWNLOAD_BYTES of it.
 */
async function readJobErrorLines(r, jobId) {
    const answer = await r.gh.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
        owner: r.gh.owner,
        repo: r.gh.repo,
        job_id: jobId,
        request: { redirect: 'manual' }
    });
    const status = Number(answer.status);
    const location = answer.headers.location;
    let text;
    if (status >= 300 && status < 400 && location)
        text = await download(location, r.o.fetch ?? fetch);
    else if (status === 200 && typeof answer.data === 'string')
        text = answer.data.slice(0, MAX_LOG_DOWNLOAD_BYTES);
    else
        throw new Error(`the job-logs endpoint answered ${status} without a download location`);
    return errorLinesOf(text, r.o.logLines, MAX_ERROR_BYTES_PER_JOB);
}
async function download(location, fetchImpl) {
    const url = new URL(location);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`the log download is not an http(s) URL (${url.protocol})`);
    }
    const response = await fetchImpl(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    if (!response.ok || !response.body)
        throw new Error(`the log download answered ${response.status}`);
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    try {
        while (size < MAX_LOG_DOWNLOAD_BYTES) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            size += value.byteLength;
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return Buffer.concat(chunks).subarray(0, MAX_LOG_DOWNLOAD_BYTES).toString('utf8');
}
async function readFeedback(r) {
    const issues = await r.get('GET /repos/{owner}/{repo}/issues', {
        labels: r.o.feedbackLabel,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 100
    });
    const open = issues.filter(i => !i.pull_request && i.state === 'open');
    const counted = await r.byWriters(open);
    return counted.slice(0, build/* REFLECTION_LIMITS */.Z8.feedback).map(i => ({
        number: i.number,
        url: i.html_url ?? null,
        author: String(i.user?.login ?? ''),
        title: String(i.title ?? ''),
        body: String(i.body ?? ''),
        createdAt: String(i.created_at)
    }));
}
async function readPullRequest(r, number) {
    const pr = await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: number });
    const issue = await r.get('GET /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: number });
    const page = { pull_number: number, per_page: 100 };
    const reviews = await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', page);
    const comments = await r.get('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', page);
    const byWriters = await r.byWriters(reviews);
    const quote = (x, at) => ({
        author: String(x.user?.login ?? ''),
        body: String(x.body ?? ''),
        createdAt: String(at ?? pr.created_at)
    });
    const reactions = {};
    for (const [key, value] of Object.entries(issue.reactions ?? {})) {
        if (typeof value === 'number' && key !== 'total_count')
            reactions[key] = value;
    }
    return {
        number,
        url: pr.html_url ?? null,
        title: String(pr.title ?? ''),
        state: pr.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(pr.merged_at),
        createdAt: String(pr.created_at),
        reactions,
        approvals: byWriters.filter(x => x.state === 'APPROVED').length,
        changesRequested: byWriters
            .filter(x => x.state === 'CHANGES_REQUESTED' && String(x.body ?? '').trim())
            .map(x => quote(x, x.submitted_at)),
        reviewComments: (await r.byWriters(comments)).map(c => ({
            ...quote(c, c.created_at),
            path: String(c.path ?? '')
        }))
    };
}

;// CONCATENATED MODULE: ./src/reflection/collect.ts



const DAY_MS = 86_400_000;
async function collectReflection(o) {
    const days = o.days ?? o.config.reflection.lookbackDays;
    const since = new Date(o.now.getTime() - days * DAY_MS);
    const history = await (0,reflection/* readReflectionHistory */.qs)(o.sql, {
        repository: o.repository,
        since,
        fromDay: since.toISOString().slice(0, 10),
        today: o.now.toISOString().slice(0, 10),
        memoryItems: o.config.reflection.memoryItems
    });
    let github = null;
    let unavailable = [];
    if (o.github) {
        // The agent's pull requests: the window's actions that opened one, newest first, each once.
        const seen = new Set();
        const pullRequests = history.actions.flatMap(a => a.pullRequest && !seen.has(a.pullRequest.number) && seen.add(a.pullRequest.number)
            ? [a.pullRequest]
            : []);
        const read = await readGitHubFacts(o.github, {
            since,
            feedbackLabel: o.config.reflection.feedbackLabel,
            pullRequests,
            logLines: o.config.reflection.logLines,
            fetch: o.fetch,
            warn: o.warn
        });
        github = read.facts;
        unavailable = read.unavailable;
    }
    return (0,build/* buildReflection */.Kv)({
        repository: o.repository,
        now: o.now,
        since,
        days,
        history,
        github,
        unavailable,
        config: o.config
    });
}


/***/ })

};
