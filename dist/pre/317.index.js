export const id = 317;
export const ids = [317,266];
export const modules = {

/***/ 74266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z8: () => (/* binding */ REFLECTION_LIMITS),
  Kv: () => (/* binding */ buildReflection),
  serializeReflection: () => (/* binding */ serializeReflection)
});

// UNUSED EXPORTS: SENTIMENT_FORMULA, fitToSize

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/text/workflow-commands.ts
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
    return randomUUID();
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

// EXTERNAL MODULE: ./src/reflection/rails.ts
var rails = __webpack_require__(15660);
// EXTERNAL MODULE: ./src/reflection/sanitize.ts
var sanitize = __webpack_require__(9770);
;// CONCATENATED MODULE: ./src/reflection/insights.ts
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (text) => `'${text.length > 80 ? `${text.slice(0, 79)}…` : text}'`;
/** The config limit a rule enforces, where one number says it. */
function limitOf(rule, config) {
    switch (rule) {
        case 'max-lines':
            return config.safetyRails.diffCaps.maxLinesOfCode;
        case 'max-files':
            return config.safetyRails.diffCaps.maxFilesChanged;
        case 'risk-too-high':
            return config.safetyRails.maxRiskLevel;
        case 'wildcard-risk':
            return config.wildcardFeature.maxRiskLevel;
        default:
            return undefined;
    }
}
function runSentences(r) {
    const runs = Object.entries(r.runs.byStatus).sort(([a], [b]) => a.localeCompare(b));
    const total = runs.reduce((n, [, c]) => n + c, 0);
    const skips = r.runs.skipsByReason.reduce((n, s) => n + s.count, 0);
    const parts = runs.map(([status, c]) => `${c} ${status}`).join(', ');
    const skipParts = r.runs.skipsByReason.map(s => `${s.reason || 'unknown'} ${s.count}`).join(', ');
    return [
        `In the last ${plural(r.window.days, 'day')}: ${plural(total, 'run')}${total ? ` (${parts})` : ''}` +
            ` and ${plural(skips, 'skip')}${skips ? ` (${skipParts})` : ''}.`
    ];
}
function memorySentences(r, config) {
    const n = r.memory.length;
    if (n === 0)
        return ['No proposal is recorded yet.'];
    const byRule = new Map();
    for (const m of r.memory)
        if (m.rule)
            byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
    const top = [...byRule].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 3);
    const out = top.map(([rule, c]) => {
        const limit = limitOf(rule, config);
        return `${c} of the last ${plural(n, 'proposal')} ${c === 1 ? 'was' : 'were'} blocked by ${rule}${limit === undefined ? '' : ` (limit ${limit})`}.`;
    });
    const fates = ['merged', 'closed-unmerged', 'reverted']
        .map(f => [f, r.memory.filter(m => m.fate === f).length])
        .filter(([, c]) => c > 0);
    if (fates.length > 0) {
        out.push(`Of the last ${plural(n, 'proposal')}: ${fates.map(([f, c]) => `${c} ${f}`).join(', ')}.`);
    }
    return out;
}
function pullRequestSentences(r, defaultBranch) {
    const out = [];
    const branch = defaultBranch ?? 'the default branch';
    for (const rb of r.rollbacks) {
        const pr = rb.pullRequest ? `PR #${rb.pullRequest.number}` : 'A change';
        const after = rb.failingWorkflow ? ` after ${quoted(rb.failingWorkflow)} failed on ${branch}` : '';
        out.push(`${pr} ${quoted(rb.title)} was reverted${after}.`);
    }
    for (const a of r.actions.items.filter(x => x.status === 'closed').slice(0, 5)) {
        const pr = a.pullRequest ? `PR #${a.pullRequest.number}` : 'A pull request';
        out.push(`${pr} ${quoted(a.title)} was closed without being merged.`);
    }
    const merged = r.actions.items.filter(x => x.status === 'merged' && x.pullRequest);
    if (merged.length > 0) {
        const numbers = merged.slice(0, 10).map(x => `#${x.pullRequest.number}`);
        out.push(`${plural(merged.length, 'pull request')} merged and not reverted: ${numbers.join(', ')}.`);
    }
    for (const p of r.pullRequests.filter(x => x.changesRequested.length > 0)) {
        out.push(`PR #${p.number} ${quoted(p.title)} had changes requested by a maintainer (their words are in pullRequests).`);
    }
    return out;
}
function githubSentences(r, defaultBranch) {
    const out = [];
    const branch = defaultBranch ?? 'the default branch';
    for (const run of r.failedRuns.slice(0, 5)) {
        const jobs = run.jobs.map(j => quoted(j.name)).join(', ');
        out.push(`${quoted(run.workflow)} ${run.conclusion === 'timed_out' ? 'timed out' : 'failed'} on ${branch} at ${run.headSha.slice(0, 7)}${jobs ? ` (${jobs})` : ''}; the first error lines are in failedRuns.`);
    }
    if (r.feedback.length > 0) {
        out.push(`${plural(r.feedback.length, 'open feedback issue')} from users with write access: ${r.feedback
            .slice(0, 10)
            .map(f => `#${f.number}`)
            .join(', ')} (their words are in feedback).`);
    }
    if (r.github === 'none')
        out.push('No GitHub token was given: only the database was read.');
    if (r.unavailable.length > 0) {
        out.push(`Some GitHub reads failed, so their facts are missing: ${r.unavailable.join(', ')}.`);
    }
    return out;
}
/** The insights of a reflection whose other fields are built. */
function insightsOf(r, o) {
    return [
        ...runSentences(r),
        ...memorySentences(r, o.config),
        ...pullRequestSentences(r, o.defaultBranch),
        ...githubSentences(r, o.defaultBranch),
        r.rails.wildcard.enabled
            ? r.rails.wildcard.freeToday
                ? "Today's wildcard is still free."
                : "Today's wildcard is already used."
            : 'The wildcard is disabled.'
    ];
}

// EXTERNAL MODULE: ./src/reflection/schema.ts
var schema = __webpack_require__(37686);
;// CONCATENATED MODULE: ./src/reflection/build.ts
/**
 * The reflection, built from facts: pure, deterministic and bounded. The same facts and clock give
 * the same document, byte for byte, and the same digest. The I/O that gathers the facts lives in
 * ./collect.ts (the database) and ./github.ts (GitHub, read-only).
 *
 * Text from GitHub is sanitized here (./sanitize.ts) and kept in its own fields; the insights are
 * sentences made from counts, numbers, titles and workflow names, never from issue, review or log text.
 */






/** Most items per list, whatever the size cap; and the caps of the short fields. */
const REFLECTION_LIMITS = {
    failedRuns: 20,
    jobsPerRun: 10,
    feedback: 20,
    pullRequests: 20,
    quotesPerPullRequest: 10,
    title: 200,
    name: 200,
    sha: 64,
    url: 500,
    insights: 30,
    insight: 400
};
const SENTIMENT_FORMULA = 'score = merged + approved + positive reactions - closedUnmerged - changesRequested - negative reactions - 2 × reverted';
const POSITIVE = ['+1', 'heart', 'hooray', 'rocket', 'laugh'];
const NEGATIVE = ['-1', 'confused'];
const NEUTRAL = ['eyes'];
/**
 * A time as ISO text. GitHub's data is not trusted to have one: a missing or malformed date becomes
 * the epoch (the oldest, so trimmed first) instead of ending the reflection.
 */
const iso = (d) => {
    const t = d === null || d === undefined ? NaN : new Date(d).getTime();
    return Number.isNaN(t) ? new Date(0).toISOString() : new Date(t).toISOString();
};
const sum = (r, keys) => keys.reduce((n, k) => n + (Number.isInteger(r[k]) && r[k] > 0 ? r[k] : 0), 0);
/** The first rule of a blocked proposal's reasons ("rule: message"). */
const ruleOf = (reason) => reason.split(':', 1)[0].trim();
function fateOf(m) {
    if (!m.allowlisted)
        return 'blocked';
    if (m.actionStatus === 'rolled_back')
        return 'reverted';
    if (m.actionStatus === 'merged')
        return 'merged';
    if (m.actionStatus === 'closed')
        return 'closed-unmerged';
    return 'allowed';
}
function memoryOf(history) {
    return history.memory.map(m => {
        const fate = fateOf(m);
        return {
            title: (0,sanitize/* cleanText */.X)(m.title, REFLECTION_LIMITS.title),
            type: m.type,
            date: m.runDate,
            createdAt: iso(m.createdAt),
            fate,
            rule: fate === 'blocked' && m.blockedReasons.length > 0 ? ruleOf(m.blockedReasons[0]) : null,
            pullRequest: m.pullRequest
        };
    });
}
function actionsOf(actions) {
    const has = (...statuses) => actions.filter(a => statuses.includes(a.status)).length;
    return {
        submitted: has('submitted', 'merged', 'closed', 'rolled_back'),
        merged: has('merged', 'rolled_back'),
        closedUnmerged: has('closed'),
        reverted: has('rolled_back'),
        items: actions.map(a => ({
            title: (0,sanitize/* cleanText */.X)(a.title, REFLECTION_LIMITS.title),
            type: a.proposalType,
            status: a.status,
            pullRequest: a.pullRequest,
            createdAt: iso(a.createdAt)
        }))
    };
}
function rollbacksOf(rollbacks, maxChars) {
    return rollbacks.map(r => ({
        title: (0,sanitize/* cleanText */.X)(r.title, REFLECTION_LIMITS.title),
        reason: (0,sanitize/* cleanText */.X)(r.reason, maxChars),
        failingWorkflow: r.failingWorkflow === null ? null : (0,sanitize/* cleanText */.X)(r.failingWorkflow, REFLECTION_LIMITS.name),
        pullRequest: r.pullRequest,
        createdAt: iso(r.createdAt)
    }));
}
function failedRunsOf(runs, maxChars, logLines) {
    return runs.slice(0, REFLECTION_LIMITS.failedRuns).map(r => ({
        workflow: (0,sanitize/* cleanText */.X)(r.workflow, REFLECTION_LIMITS.name),
        url: r.url === null ? null : (0,sanitize/* cleanText */.X)(r.url, REFLECTION_LIMITS.url),
        headSha: (0,sanitize/* cleanText */.X)(r.headSha, REFLECTION_LIMITS.sha),
        event: (0,sanitize/* cleanText */.X)(r.event, 50),
        conclusion: (0,sanitize/* cleanText */.X)(r.conclusion, 50),
        createdAt: iso(r.createdAt),
        jobs: r.jobs.slice(0, REFLECTION_LIMITS.jobsPerRun).map(j => ({
            name: (0,sanitize/* cleanText */.X)(j.name, REFLECTION_LIMITS.name),
            url: j.url === null ? null : (0,sanitize/* cleanText */.X)(j.url, REFLECTION_LIMITS.url),
            conclusion: (0,sanitize/* cleanText */.X)(j.conclusion, 50),
            errorLines: j.errorLines
                .map(line => (0,sanitize/* cleanText */.X)(line, maxChars))
                .filter(line => line !== '')
                .slice(0, logLines)
        }))
    }));
}
function feedbackOf(issues, maxChars) {
    return issues.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
        number: i.number,
        url: i.url === null ? null : (0,sanitize/* cleanText */.X)(i.url, REFLECTION_LIMITS.url),
        author: (0,sanitize/* cleanText */.X)(i.author, 100),
        title: (0,sanitize/* cleanText */.X)(i.title, REFLECTION_LIMITS.title),
        body: (0,sanitize/* cleanText */.X)(i.body, maxChars, { multiline: true }),
        createdAt: iso(i.createdAt)
    }));
}
function pullRequestsOf(prs, reverted, maxChars) {
    const quote = (q) => ({
        author: (0,sanitize/* cleanText */.X)(q.author, 100),
        body: (0,sanitize/* cleanText */.X)(q.body, maxChars, { multiline: true }),
        createdAt: iso(q.createdAt)
    });
    return prs.slice(0, REFLECTION_LIMITS.pullRequests).map(p => ({
        number: p.number,
        url: p.url === null ? null : (0,sanitize/* cleanText */.X)(p.url, REFLECTION_LIMITS.url),
        title: (0,sanitize/* cleanText */.X)(p.title, REFLECTION_LIMITS.title),
        state: p.merged ? 'merged' : p.state === 'closed' ? 'closed-unmerged' : 'open',
        reverted: reverted.has(p.number),
        reactions: {
            positive: sum(p.reactions, POSITIVE),
            negative: sum(p.reactions, NEGATIVE),
            neutral: sum(p.reactions, NEUTRAL)
        },
        changesRequested: p.changesRequested.slice(0, REFLECTION_LIMITS.quotesPerPullRequest).map(quote),
        reviewComments: p.reviewComments
            .slice(0, REFLECTION_LIMITS.quotesPerPullRequest)
            .map(c => ({ ...quote(c), path: (0,sanitize/* cleanText */.X)(c.path ?? '', 400) })),
        createdAt: iso(p.createdAt)
    }));
}
function sentimentOf(actions, prs, agentPrs) {
    const reactions = {
        positive: agentPrs.reduce((n, p) => n + p.reactions.positive, 0),
        negative: agentPrs.reduce((n, p) => n + p.reactions.negative, 0),
        neutral: agentPrs.reduce((n, p) => n + p.reactions.neutral, 0)
    };
    const shown = prs.slice(0, REFLECTION_LIMITS.pullRequests);
    const reviews = {
        approved: shown.reduce((n, p) => n + Math.max(0, p.approvals), 0),
        changesRequested: shown.reduce((n, p) => n + p.changesRequested.length, 0)
    };
    const score = actions.merged +
        reviews.approved +
        reactions.positive -
        actions.closedUnmerged -
        reviews.changesRequested -
        reactions.negative -
        2 * actions.reverted;
    return {
        reactions,
        reviews,
        merged: actions.merged,
        closedUnmerged: actions.closedUnmerged,
        reverted: actions.reverted,
        score,
        formula: SENTIMENT_FORMULA
    };
}
/** The reflection of `input`, within the config's size caps. */
function buildReflection(input) {
    const { history, github, config } = input;
    const caps = config.reflection;
    const actions = actionsOf(history.actions);
    const reverted = new Set(history.rollbacks.flatMap(r => (r.pullRequest ? [r.pullRequest.number] : [])));
    const pullRequests = pullRequestsOf(github?.pullRequests ?? [], reverted, caps.maxFieldChars);
    const byStatus = {};
    for (const r of history.runsByStatus)
        byStatus[r.status] = r.count;
    const draft = {
        schema: schema/* REFLECTION_SCHEMA_ID */.W9,
        repository: input.repository,
        generatedAt: iso(input.now),
        window: { since: iso(input.since), until: iso(input.now), days: input.days },
        github: github === null ? 'none' : input.unavailable.length > 0 ? 'partial' : 'read',
        unavailable: [...input.unavailable].sort(),
        insights: [],
        runs: {
            byStatus,
            skipsByReason: history.skipsByReason.map(s => ({ ...s, reason: (0,sanitize/* cleanText */.X)(s.reason, 200) }))
        },
        proposals: {
            ...history.proposals,
            blockingRules: history.rules.map(r => ({
                rule: (0,sanitize/* cleanText */.X)(r.rule, 100),
                count: r.count,
                examples: r.examples.map(e => (0,sanitize/* cleanText */.X)(e, REFLECTION_LIMITS.title))
            }))
        },
        actions,
        rollbacks: rollbacksOf(history.rollbacks, caps.maxFieldChars),
        memory: memoryOf(history),
        failedRuns: failedRunsOf(github?.failedRuns ?? [], caps.maxFieldChars, caps.logLines),
        feedback: feedbackOf(github?.feedback ?? [], caps.maxFieldChars),
        pullRequests,
        sentiment: sentimentOf(actions, github?.pullRequests ?? [], pullRequests),
        rails: (0,rails/* railsOf */.X)(config, history.wildcardFree),
        trimmed: 0
    };
    draft.insights = insightsOf(draft, { defaultBranch: github?.defaultBranch ?? null, config })
        .slice(0, REFLECTION_LIMITS.insights)
        .map(s => (0,sanitize/* cleanText */.X)(s, REFLECTION_LIMITS.insight));
    return fitToSize(draft, caps.maxBytes);
}
/**
 * The document as written to reflection.json, and the hex SHA-256 of exactly that text. It is JSON
 * made inert for a workflow log (inertJson): printing the file can never run a workflow command.
 */
function serializeReflection(reflection) {
    const text = `${inertJson(reflection, 2)}\n`;
    return { text, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
}
const bytesOf = (r) => Buffer.byteLength(serializeReflection(r).text);
/** The lists trimmed to fit, each item with the time that makes it old. */
const TRIMMABLE = ['memory', 'actions.items', 'rollbacks', 'failedRuns', 'feedback', 'pullRequests'];
function listOf(r, name) {
    return name === 'actions.items' ? r.actions.items : r[name];
}
/**
 * Drop the oldest items, across every list, until the document fits `maxBytes`; then, if the
 * remaining fields alone are larger, the last insights. `trimmed` counts what was left out.
 */
function fitToSize(reflection, maxBytes) {
    const r = structuredClone(reflection);
    let size = bytesOf(r);
    if (size <= maxBytes)
        return r;
    const queue = TRIMMABLE.flatMap(name => listOf(r, name).map((item, index) => ({ name, item, index })));
    // Oldest first; ties in a fixed order (list, then position), so the result is reproducible.
    queue.sort((a, b) => a.item.createdAt.localeCompare(b.item.createdAt) ||
        TRIMMABLE.indexOf(a.name) - TRIMMABLE.indexOf(b.name) ||
        b.index - a.index);
    for (const next of queue) {
        if (size <= maxBytes)
            break;
        const list = listOf(r, next.name);
        list.splice(list.indexOf(next.item), 1);
        r.trimmed++;
        size = bytesOf(r);
    }
    while (size > maxBytes && r.insights.length > 0) {
        r.insights.pop();
        size = bytesOf(r);
    }
    return r;
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
// EXTERNAL MODULE: ./src/reflection/build.ts + 2 modules
var build = __webpack_require__(74266);
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


/***/ }),

/***/ 15660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ railsOf)
/* harmony export */ });
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/** What the agent may do today, as data: the rails of the config, and whether today's wildcard is free. */

function railsOf(config, wildcardFree) {
    const rails = config.safetyRails;
    const wildcard = config.wildcardFeature;
    const allowed = new Set(rails.allowedChangeTypes);
    const live = new Set(config.rollout.liveChangeTypes);
    const typePaths = rails.typePaths;
    return {
        allowedPaths: [...rails.allowedPaths],
        blockedPaths: [...rails.blockedPaths],
        caps: {
            maxLinesOfCode: rails.diffCaps.maxLinesOfCode,
            maxFilesChanged: rails.diffCaps.maxFilesChanged,
            maxActionsPerRun: config.rollout.maxActionsPerRun,
            maxOpenPullRequests: config.rollout.maxOpenPullRequests
        },
        maxRiskLevel: rails.maxRiskLevel,
        riskFloors: rails.riskFloors.map(f => ({ ...f, paths: [...f.paths] })),
        sizeFloors: rails.sizeFloors.map(f => ({ ...f, ...(f.paths ? { paths: [...f.paths] } : {}) })),
        changeTypes: _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf.filter(t => allowed.has(t)).map(type => ({
            type,
            // A wildcard may touch the typePaths of the types wildcardFeature.allowedTypes names.
            paths: type === 'wildcard'
                ? [...new Set(wildcard.allowedTypes.flatMap(t => typePaths[t] ?? []))]
                : [...(typePaths[type] ?? [])],
            live: live.has(type)
        })),
        wildcard: {
            enabled: wildcard.enabled && allowed.has('wildcard'),
            maxRiskLevel: wildcard.maxRiskLevel,
            allowedTypes: [...wildcard.allowedTypes],
            freeToday: wildcardFree
        },
        dryRun: config.dryRunMode
    };
}


/***/ }),

/***/ 9770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ cleanText)
/* harmony export */ });
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/**
 * Text from GitHub (issue and review bodies, titles, log lines, names) as the reflection quotes it:
 * anyone who can open an issue or push to a fork writes some of it, so it is data for a model, made
 * plain and bounded before it is kept:
 *   - control characters (line breaks kept only where the field is multi-line), zero-width and
 *     bidirectional format characters, tag characters and lone surrogates are removed;
 *   - the text is NFC-normalized;
 *   - HTML comments, which GitHub renders as nothing and a model reads in full, are removed (to the
 *     end of the text when one is never closed, and again until none is left);
 *   - the length is capped in code points, the cut marked with "…" (src/text/escape.ts cap).
 */

/**
 * C0 and C1 controls but the line feed, DEL, the soft hyphen, the Arabic letter mark, the Mongolian
 * vowel separator, zero-width and bidirectional marks and overrides (U+200B-U+200F, U+202A-U+202E,
 * U+2066-U+2069), the line and paragraph separators, word joiners and invisible operators
 * (U+2060-U+206F), the byte order mark, interlinear annotations and the tag characters.
 */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** `text` made plain and capped at `max` code points. Anything that is not a string is ''. */
function cleanText(text, max, options = {}) {
    if (typeof text !== 'string')
        return '';
    let s = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '').normalize('NFC');
    for (let before = ''; before !== s;) {
        before = s;
        s = s.replace(HTML_COMMENT, '');
    }
    s = options.multiline
        ? s
            .split('\n')
            .map(line => line.trimEnd())
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
        : s.replace(/\s*\n\s*/g, ' ');
    return (0,_text_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .cap */ .Np)(s.trim(), max);
}


/***/ }),

/***/ 37686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ REFLECTION_SCHEMA_ID),
/* harmony export */   xP: () => (/* binding */ reflectionSchema)
/* harmony export */ });
/* unused harmony exports FATES, reflectionJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13603);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/**
 * The reflection document: the one source of truth for its shape (schema/reflection.schema.json is
 * generated from it, docs/reflection.md describes every field). Text that comes from GitHub (issue
 * and review bodies, log lines, titles) stays in its own fields, sanitized and capped; it is quoted
 * data for a model, never instructions.
 */


const REFLECTION_SCHEMA_ID = 'self-evolution/reflection@1';
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0);
const isoTime = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'An ISO 8601 UTC time.' });
const url = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().meta({ description: 'A link, or null when none is known.' });
const pullRequest = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1), url })
    .nullable()
    .meta({ description: 'The pull request, or null when none was opened.' });
const FATES = ['allowed', 'blocked', 'merged', 'closed-unmerged', 'reverted'];
const memoryItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    date: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'The UTC day of the run that proposed it.' }),
    createdAt: isoTime,
    fate: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(FATES),
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().meta({ description: 'The first rule that blocked it (fate blocked).' }),
    pullRequest
});
const actionItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().meta({ description: 'planned, submitted, merged, rolled_back, closed or failed.' }),
    pullRequest,
    createdAt: isoTime
});
const rollbackItem = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    failingWorkflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    pullRequest,
    createdAt: isoTime
});
const failedJob = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url,
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    errorLines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).meta({
        description: "The first error lines of the job's log (`##[error]` lines first), sanitized and capped."
    })
});
const failedRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url,
    headSha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: isoTime,
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(failedJob)
});
const feedbackIssue = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    url,
    author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: isoTime
});
const quote = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ author: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), createdAt: isoTime });
const reactions = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ positive: count, negative: count, neutral: count });
const agentPullRequest = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    url,
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['open', 'merged', 'closed-unmerged']),
    reverted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    reactions,
    changesRequested: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(quote).meta({
        description: 'Bodies of CHANGES_REQUESTED reviews by users with write access.'
    }),
    reviewComments: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(quote.extend({ path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })).meta({
        description: 'Review comments by users with write access.'
    }),
    createdAt: isoTime
});
const sentiment = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    reactions,
    reviews: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ approved: count, changesRequested: count }),
    merged: count,
    closedUnmerged: count,
    reverted: count,
    score: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    formula: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
});
const rails = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    allowedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    blockedPaths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    caps: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        maxLinesOfCode: count,
        maxFilesChanged: count,
        maxActionsPerRun: count,
        maxOpenPullRequests: count
    }),
    maxRiskLevel: count,
    riskFloors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .riskFloorSchema */ .Xk),
    sizeFloors: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sizeFloorSchema */ .Fy),
    changeTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGE_TYPES */ .pf),
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        live: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().meta({ description: 'Acts outside a dry run (rollout.liveChangeTypes).' })
    })),
    wildcard: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        maxRiskLevel: count,
        allowedTypes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        freeToday: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().meta({ description: 'No allowed wildcard is recorded for today yet.' })
    }),
    dryRun: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
});
const reflectionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REFLECTION_SCHEMA_ID),
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    generatedAt: isoTime,
    window: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ since: isoTime, until: isoTime, days: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1) }),
    github: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['read', 'partial', 'none']).meta({
        description: 'none: no token was given, so only the database was read; partial: see unavailable.'
    }),
    unavailable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).meta({ description: 'GitHub reads that failed; the rest stands.' }),
    insights: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        byStatus: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count),
        skipsByReason: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count }))
    }),
    proposals: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        allowed: count,
        blocked: count,
        blockingRules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count, examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }))
    }),
    actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        submitted: count,
        merged: count,
        closedUnmerged: count,
        reverted: count,
        items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(actionItem)
    }),
    rollbacks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(rollbackItem),
    memory: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(memoryItem),
    failedRuns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(failedRun),
    feedback: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(feedbackIssue),
    pullRequests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(agentPullRequest),
    sentiment,
    rails,
    trimmed: count.meta({
        description: 'Items left out, oldest first, to keep the document under its size cap.'
    })
});
/** The committed JSON Schema of the document (schema/reflection.schema.json). */
function reflectionJsonSchema() {
    return {
        title: 'self-evolution reflection',
        ...z.toJSONSchema(reflectionSchema, { io: 'output' })
    };
}


/***/ })

};
