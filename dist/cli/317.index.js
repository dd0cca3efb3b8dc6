export const id = 317;
export const ids = [317];
export const modules = {

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
