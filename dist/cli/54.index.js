export const id = 54;
export const ids = [54];
export const modules = {

/***/ 58054:
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/text/workflow-commands.ts
var workflow_commands = __webpack_require__(7929);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/reflection/rails.ts
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
        changeTypes: schema/* CHANGE_TYPES */.pf.filter(t => allowed.has(t)).map(type => ({
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

// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/reflection/sanitize.ts
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
    return (0,text_escape/* cap */.Np)(s.trim(), max);
}

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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(13603);
;// CONCATENATED MODULE: ./src/reflection/schema.ts
/**
 * The reflection document: the one source of truth for its shape (schema/reflection.schema.json is
 * generated from it, docs/reflection.md describes every field). Text that comes from GitHub (issue
 * and review bodies, log lines, titles) stays in its own fields, sanitized and capped; it is quoted
 * data for a model, never instructions.
 */


const REFLECTION_SCHEMA_ID = 'self-evolution/reflection@1';
const count = schemas/* int */.Whr().min(0);
const isoTime = schemas/* string */.YjP().meta({ description: 'An ISO 8601 UTC time.' });
const url = schemas/* string */.YjP().nullable().meta({ description: 'A link, or null when none is known.' });
const pullRequest = schemas/* strictObject */.rej({ number: schemas/* int */.Whr().min(1), url })
    .nullable()
    .meta({ description: 'The pull request, or null when none was opened.' });
const FATES = ['allowed', 'blocked', 'merged', 'closed-unmerged', 'reverted'];
const memoryItem = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    date: schemas/* string */.YjP().meta({ description: 'The UTC day of the run that proposed it.' }),
    createdAt: isoTime,
    fate: schemas/* enum */.k5n(FATES),
    rule: schemas/* string */.YjP().nullable().meta({ description: 'The first rule that blocked it (fate blocked).' }),
    pullRequest
});
const actionItem = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().meta({ description: 'planned, submitted, merged, rolled_back, closed or failed.' }),
    pullRequest,
    createdAt: isoTime
});
const rollbackItem = schemas/* strictObject */.rej({
    title: schemas/* string */.YjP(),
    reason: schemas/* string */.YjP(),
    failingWorkflow: schemas/* string */.YjP().nullable(),
    pullRequest,
    createdAt: isoTime
});
const failedJob = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP(),
    url,
    conclusion: schemas/* string */.YjP(),
    errorLines: schemas/* array */.YOg(schemas/* string */.YjP()).meta({
        description: "The first error lines of the job's log (`##[error]` lines first), sanitized and capped."
    })
});
const failedRun = schemas/* strictObject */.rej({
    workflow: schemas/* string */.YjP(),
    url,
    headSha: schemas/* string */.YjP(),
    event: schemas/* string */.YjP(),
    conclusion: schemas/* string */.YjP(),
    createdAt: isoTime,
    jobs: schemas/* array */.YOg(failedJob)
});
const feedbackIssue = schemas/* strictObject */.rej({
    number: schemas/* int */.Whr().min(1),
    url,
    author: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    body: schemas/* string */.YjP(),
    createdAt: isoTime
});
const quote = schemas/* strictObject */.rej({ author: schemas/* string */.YjP(), body: schemas/* string */.YjP(), createdAt: isoTime });
const reactions = schemas/* strictObject */.rej({ positive: count, negative: count, neutral: count });
const agentPullRequest = schemas/* strictObject */.rej({
    number: schemas/* int */.Whr().min(1),
    url,
    title: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(['open', 'merged', 'closed-unmerged']),
    reverted: schemas/* boolean */.zMY(),
    reactions,
    changesRequested: schemas/* array */.YOg(quote).meta({
        description: 'Bodies of CHANGES_REQUESTED reviews by users with write access.'
    }),
    reviewComments: schemas/* array */.YOg(quote.extend({ path: schemas/* string */.YjP() })).meta({
        description: 'Review comments by users with write access.'
    }),
    createdAt: isoTime
});
const sentiment = schemas/* strictObject */.rej({
    reactions,
    reviews: schemas/* strictObject */.rej({ approved: count, changesRequested: count }),
    merged: count,
    closedUnmerged: count,
    reverted: count,
    score: schemas/* int */.Whr(),
    formula: schemas/* string */.YjP()
});
const rails = schemas/* strictObject */.rej({
    allowedPaths: schemas/* array */.YOg(schemas/* string */.YjP()),
    blockedPaths: schemas/* array */.YOg(schemas/* string */.YjP()),
    caps: schemas/* strictObject */.rej({
        maxLinesOfCode: count,
        maxFilesChanged: count,
        maxActionsPerRun: count,
        maxOpenPullRequests: count
    }),
    maxRiskLevel: count,
    riskFloors: schemas/* array */.YOg(schema/* riskFloorSchema */.Xk),
    sizeFloors: schemas/* array */.YOg(schema/* sizeFloorSchema */.Fy),
    changeTypes: schemas/* array */.YOg(schemas/* strictObject */.rej({
        type: schemas/* enum */.k5n(schema/* CHANGE_TYPES */.pf),
        paths: schemas/* array */.YOg(schemas/* string */.YjP()),
        live: schemas/* boolean */.zMY().meta({ description: 'Acts outside a dry run (rollout.liveChangeTypes).' })
    })),
    wildcard: schemas/* strictObject */.rej({
        enabled: schemas/* boolean */.zMY(),
        maxRiskLevel: count,
        allowedTypes: schemas/* array */.YOg(schemas/* string */.YjP()),
        freeToday: schemas/* boolean */.zMY().meta({ description: 'No allowed wildcard is recorded for today yet.' })
    }),
    dryRun: schemas/* boolean */.zMY()
});
const reflectionSchema = schemas/* strictObject */.rej({
    schema: schemas/* literal */.euz(REFLECTION_SCHEMA_ID),
    repository: schemas/* string */.YjP(),
    generatedAt: isoTime,
    window: schemas/* strictObject */.rej({ since: isoTime, until: isoTime, days: schemas/* int */.Whr().min(1) }),
    github: schemas/* enum */.k5n(['read', 'partial', 'none']).meta({
        description: 'none: no token was given, so only the database was read; partial: see unavailable.'
    }),
    unavailable: schemas/* array */.YOg(schemas/* string */.YjP()).meta({ description: 'GitHub reads that failed; the rest stands.' }),
    insights: schemas/* array */.YOg(schemas/* string */.YjP()),
    runs: schemas/* strictObject */.rej({
        byStatus: schemas/* record */.g1P(schemas/* string */.YjP(), count),
        skipsByReason: schemas/* array */.YOg(schemas/* strictObject */.rej({ reason: schemas/* string */.YjP(), count }))
    }),
    proposals: schemas/* strictObject */.rej({
        allowed: count,
        blocked: count,
        blockingRules: schemas/* array */.YOg(schemas/* strictObject */.rej({ rule: schemas/* string */.YjP(), count, examples: schemas/* array */.YOg(schemas/* string */.YjP()) }))
    }),
    actions: schemas/* strictObject */.rej({
        submitted: count,
        merged: count,
        closedUnmerged: count,
        reverted: count,
        items: schemas/* array */.YOg(actionItem)
    }),
    rollbacks: schemas/* array */.YOg(rollbackItem),
    memory: schemas/* array */.YOg(memoryItem),
    failedRuns: schemas/* array */.YOg(failedRun),
    feedback: schemas/* array */.YOg(feedbackIssue),
    pullRequests: schemas/* array */.YOg(agentPullRequest),
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
const iso = (d) => new Date(d).toISOString();
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
            title: cleanText(m.title, REFLECTION_LIMITS.title),
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
            title: cleanText(a.title, REFLECTION_LIMITS.title),
            type: a.proposalType,
            status: a.status,
            pullRequest: a.pullRequest,
            createdAt: iso(a.createdAt)
        }))
    };
}
function rollbacksOf(rollbacks, maxChars) {
    return rollbacks.map(r => ({
        title: cleanText(r.title, REFLECTION_LIMITS.title),
        reason: cleanText(r.reason, maxChars),
        failingWorkflow: r.failingWorkflow === null ? null : cleanText(r.failingWorkflow, REFLECTION_LIMITS.name),
        pullRequest: r.pullRequest,
        createdAt: iso(r.createdAt)
    }));
}
function failedRunsOf(runs, maxChars, logLines) {
    return runs.slice(0, REFLECTION_LIMITS.failedRuns).map(r => ({
        workflow: cleanText(r.workflow, REFLECTION_LIMITS.name),
        url: r.url === null ? null : cleanText(r.url, REFLECTION_LIMITS.url),
        headSha: cleanText(r.headSha, REFLECTION_LIMITS.sha),
        event: cleanText(r.event, 50),
        conclusion: cleanText(r.conclusion, 50),
        createdAt: iso(r.createdAt),
        jobs: r.jobs.slice(0, REFLECTION_LIMITS.jobsPerRun).map(j => ({
            name: cleanText(j.name, REFLECTION_LIMITS.name),
            url: j.url === null ? null : cleanText(j.url, REFLECTION_LIMITS.url),
            conclusion: cleanText(j.conclusion, 50),
            errorLines: j.errorLines
                .map(line => cleanText(line, maxChars))
                .filter(line => line !== '')
                .slice(0, logLines)
        }))
    }));
}
function feedbackOf(issues, maxChars) {
    return issues.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
        number: i.number,
        url: i.url === null ? null : cleanText(i.url, REFLECTION_LIMITS.url),
        author: cleanText(i.author, 100),
        title: cleanText(i.title, REFLECTION_LIMITS.title),
        body: cleanText(i.body, maxChars, { multiline: true }),
        createdAt: iso(i.createdAt)
    }));
}
function pullRequestsOf(prs, reverted, maxChars) {
    const quote = (q) => ({
        author: cleanText(q.author, 100),
        body: cleanText(q.body, maxChars, { multiline: true }),
        createdAt: iso(q.createdAt)
    });
    return prs.slice(0, REFLECTION_LIMITS.pullRequests).map(p => ({
        number: p.number,
        url: p.url === null ? null : cleanText(p.url, REFLECTION_LIMITS.url),
        title: cleanText(p.title, REFLECTION_LIMITS.title),
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
            .map(c => ({ ...quote(c), path: cleanText(c.path ?? '', 400) })),
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
        schema: REFLECTION_SCHEMA_ID,
        repository: input.repository,
        generatedAt: iso(input.now),
        window: { since: iso(input.since), until: iso(input.now), days: input.days },
        github: github === null ? 'none' : input.unavailable.length > 0 ? 'partial' : 'read',
        unavailable: [...input.unavailable].sort(),
        insights: [],
        runs: {
            byStatus,
            skipsByReason: history.skipsByReason.map(s => ({ ...s, reason: cleanText(s.reason, 200) }))
        },
        proposals: {
            ...history.proposals,
            blockingRules: history.rules.map(r => ({
                rule: cleanText(r.rule, 100),
                count: r.count,
                examples: r.examples.map(e => cleanText(e, REFLECTION_LIMITS.title))
            }))
        },
        actions,
        rollbacks: rollbacksOf(history.rollbacks, caps.maxFieldChars),
        memory: memoryOf(history),
        failedRuns: failedRunsOf(github?.failedRuns ?? [], caps.maxFieldChars, caps.logLines),
        feedback: feedbackOf(github?.feedback ?? [], caps.maxFieldChars),
        pullRequests,
        sentiment: sentimentOf(actions, github?.pullRequests ?? [], pullRequests),
        rails: railsOf(config, history.wildcardFree),
        trimmed: 0
    };
    draft.insights = insightsOf(draft, { defaultBranch: github?.defaultBranch ?? null, config })
        .slice(0, REFLECTION_LIMITS.insights)
        .map(s => cleanText(s, REFLECTION_LIMITS.insight));
    return fitToSize(draft, caps.maxBytes);
}
/**
 * The document as written to reflection.json, and the hex SHA-256 of exactly that text. It is JSON
 * made inert for a workflow log (inertJson): printing the file can never run a workflow command.
 */
function serializeReflection(reflection) {
    const text = `${(0,workflow_commands/* inertJson */.nl)(reflection, 2)}\n`;
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

;// CONCATENATED MODULE: ./src/db/reflection.ts
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
    for (const ref of o.pullRequests.slice(0, REFLECTION_LIMITS.pullRequests)) {
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
        .slice(0, REFLECTION_LIMITS.failedRuns);
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
        .slice(0, REFLECTION_LIMITS.jobsPerRun);
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
    return counted.slice(0, REFLECTION_LIMITS.feedback).map(i => ({
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
    const history = await readReflectionHistory(o.sql, {
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
    return buildReflection({
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
        reflection = await collectReflection({
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
    const { text, sha256 } = serializeReflection(reflection);
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


/***/ })

};
