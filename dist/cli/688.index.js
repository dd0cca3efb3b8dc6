export const id = 688;
export const ids = [688,576,195];
export const modules = {

/***/ 50016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ engineFailure),
/* harmony export */   et: () => (/* binding */ exitStatusOf),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   xJ: () => (/* binding */ CONTRACT_ENV)
/* harmony export */ });
const ENGINES = ['claude', 'codex', 'command'];
/** Names of the contract files' environment variables, given to every engine. */
const CONTRACT_ENV = {
    prompt: 'SELF_EVOLUTION_PROMPT_FILE',
    reflection: 'SELF_EVOLUTION_REFLECTION_FILE',
    proposal: 'SELF_EVOLUTION_PROPOSAL_FILE'
};
/** How an engine run ended, as the agent record names it; the first that applies wins. */
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
/** An engine run that failed, as one sentence; undefined when it succeeded. */
function engineFailure(run) {
    const engine = `the ${run.engine} engine`;
    switch (exitStatusOf(run)) {
        case 'timed-out':
            return `${engine} hit the action's timeout after ${Math.round(run.durationMs / 1000)} s`;
        case 'budget-reached':
            return `${engine} stopped at its budget (--max-budget-usd)`;
        case 'is-error':
            return `${engine} reported an error`;
        case 'signal':
            return `${engine} was ended by ${run.signal}`;
        case 'exit-code':
            return `${engine} exited with code ${run.exitCode}`;
        case 'ok':
            return undefined;
    }
}


/***/ }),

/***/ 71688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoNotes: () => (/* binding */ demoNotes),
  run: () => (/* binding */ demo_run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/db/client.ts + 1 modules
var client = __webpack_require__(59665);
// EXTERNAL MODULE: ./src/db/local-dir.ts
var local_dir = __webpack_require__(9471);
// EXTERNAL MODULE: ./src/db/flags.ts
var flags = __webpack_require__(35157);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/cli/local-run.ts + 4 modules
var local_run = __webpack_require__(17490);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/commands/run.ts
var run = __webpack_require__(57948);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/workflow-commands.ts
var workflow_commands = __webpack_require__(7929);
// EXTERNAL MODULE: ./src/db/events.ts
var events = __webpack_require__(63725);
;// CONCATENATED MODULE: ./src/db/seed-history.ts

/** A time of a seeded day (YYYY-MM-DD), UTC. */
const at = (date, hhmm) => new Date(`${date}T${hhmm}:00Z`);
/** Writes every day of `days` for `repository`, oldest first, in one transaction. */
async function writeSeedHistory(sql, repository, days) {
    await sql.begin(async (tx) => {
        for (const day of days) {
            if (day.kind === 'skip') {
                await (0,events/* recordEvent */.y)(tx, {
                    repository,
                    kind: 'skip',
                    reason: day.reason,
                    detail: { detail: day.detail, seeded: 'demo' },
                    at: at(day.date, '02:04')
                });
                continue;
            }
            const runId = await insertRun(tx, repository, day);
            for (const proposal of day.proposals)
                await insertProposal(tx, repository, day.date, runId, proposal);
        }
    });
}
async function insertRun(sql, repository, day) {
    const metrics = { seeded: 'demo', dryRun: false };
    const [row] = await sql `
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at, summary, metrics)
    VALUES (${repository}, ${day.date}, ${day.status}, ${at(day.date, '02:06')}, ${at(day.date, '02:14')},
            ${day.summary ?? `${day.proposals.length} proposal(s) judged.`}, ${sql.json(metrics)})
    RETURNING id
  `;
    return row.id;
}
async function insertProposal(sql, repository, date, runId, p) {
    const allowed = p.blockedReasons.length === 0;
    const [row] = await sql `
    INSERT INTO self_evolution_proposals (run_id, repository, run_date, type, title, description, risk_level,
      effective_risk, allowlisted, blocked_reasons, created_at)
    VALUES (${runId}, ${repository}, ${date}, ${p.type}, ${p.title}, ${p.description ?? null}, ${p.riskLevel},
      ${p.riskLevel}, ${allowed}, ${sql.array(p.blockedReasons)}::text[], ${at(date, '02:10')})
    RETURNING id
  `;
    if (allowed && p.action)
        await insertAction(sql, repository, date, row.id, p.action);
}
async function insertAction(sql, repository, date, proposalId, a) {
    const url = (n) => `https://github.com/${repository}/pull/${n}`;
    const mergeSha = a.status === 'merged' || a.status === 'rolled_back' ? seedMergeSha(a.pullRequest) : undefined;
    const payload = {
        branch: `self-evolution/${date}`,
        pullRequest: { number: a.pullRequest, url: url(a.pullRequest) },
        ...(mergeSha ? { mergeSha } : {})
    };
    const settled = a.status === 'submitted' ? at(date, '02:12') : at(date, '15:30');
    const [row] = await sql `
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
    VALUES (${proposalId}, 'pr', ${sql.json(payload)}, ${a.status}, ${at(date, '02:12')}, ${settled})
    RETURNING id
  `;
    if (!a.revert || !mergeSha)
        return;
    const revert = {
        branch: `self-evolution/revert-${a.pullRequest}`,
        pullRequest: { number: a.revert.pullRequest, url: url(a.revert.pullRequest) },
        revertOf: { actionId: row.id, pullRequest: a.pullRequest, mergeSha },
        failingRun: { name: a.revert.workflow, conclusion: 'failure' }
    };
    await sql `
    INSERT INTO self_evolution_actions (proposal_id, action_type, payload, status, created_at, updated_at)
    VALUES (${proposalId}, 'revert', ${sql.json(revert)}, 'merged', ${at(date, '16:05')}, ${at(date, '16:40')})
  `;
    await sql `
    INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
    VALUES (${row.id}, ${a.revert.reason}, ${at(date, '16:05')})
  `;
}
/** A stable, made-up commit id for a seeded merge: 40 hex digits from the pull request number. */
function seedMergeSha(pullRequest) {
    return pullRequest.toString(16).padStart(8, '0').repeat(5);
}

// EXTERNAL MODULE: ./src/git/run.ts
var git_run = __webpack_require__(73073);
// EXTERNAL MODULE: ./src/policy/proposals-file.ts
var proposals_file = __webpack_require__(52576);
// EXTERNAL MODULE: ./src/reflection/schema.ts
var reflection_schema = __webpack_require__(37686);
;// CONCATENATED MODULE: ./src/cli/demo-history.ts
/**
 * The two weeks the loop demo's reflection looks back on: a plausible, deterministic history of the
 * example repository (examples/loop-repo), relative to the demo's day. Runs that succeeded, failed or
 * were reverted; proposals allowed and blocked with the rails' own reasons
 * (wildcard-risk, risk-too-high, blocked-path, path-not-allowed); pull requests merged, closed
 * unmerged, still open, and one reverted after 'test' failed on main; days skipped for a cooldown, a
 * deployment and busy CI. Today is left free, so the demo's
 * plan claims it. Pure: src/db/seed-history.ts writes it.
 *
 * No seeded title is one the example agent proposes, and no seeded block is a size rule (max-files,
 * max-lines): the example agent narrows its change when its memory shows its title blocked, or when a
 * line of its prompt (the reflection's insights among them) says a size rule blocked a change. Either
 * would make it narrow before the rails had said a word, and the demo shows the rails saying it.
 */

/** The repository the loop demo runs as. */
const DEMO_REPOSITORY = 'example/loop-repo';
const DAY_MS = 86_400_000;
/** The UTC day `offset` days from `now`, as YYYY-MM-DD. */
const dayOf = (now, offset) => new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
/**
 * The history of the 14 days before `now`'s day, oldest first. A run whose proposal the rails blocked
 * still succeeded (the rails did their work); the failed run is one whose agent failed.
 */
function demoHistory(now) {
    const d = (offset) => dayOf(now, offset);
    const cooling = (failedOn) => `the last run failed; cooling down until ${d(failedOn + 1)}T02:14:00.000Z`;
    return [
        demo_history_run(d(-14), 'success', {
            type: 'wildcard',
            title: 'A bolder bot persona',
            riskLevel: 2,
            blockedReasons: ['wildcard-risk: risk 2 is above wildcardFeature.maxRiskLevel 1']
        }),
        demo_history_run(d(-13), 'success', {
            type: 'capability',
            title: 'Add a retry to the echo tool',
            riskLevel: 2,
            blockedReasons: [],
            action: { status: 'merged', pullRequest: 21 }
        }),
        demo_history_run(d(-12), 'success', {
            type: 'prompt',
            title: 'Rewrite the system prompt from scratch',
            riskLevel: 3,
            blockedReasons: ['risk-too-high: risk 3 is above safetyRails.maxRiskLevel 2']
        }),
        { date: d(-11), kind: 'run', status: 'failed', summary: 'agent-failed: failure', proposals: [] },
        skip(d(-10), 'cooldown', cooling(-11)),
        demo_history_run(d(-9), 'reverted', REVERTED),
        skip(d(-8), 'cooldown', cooling(-9)),
        skip(d(-7), 'deployment-active', 'a deployment to production started 40 minutes ago'),
        demo_history_run(d(-6), 'success', {
            type: 'cleanup',
            title: 'Reword the FAQ introduction',
            riskLevel: 0,
            blockedReasons: [],
            action: { status: 'closed', pullRequest: 26 }
        }),
        demo_history_run(d(-5), 'success', {
            type: 'capability',
            title: 'Let the bot update its own CI workflow',
            riskLevel: 2,
            blockedReasons: [
                'blocked-path: ".github/workflows/ci.yml" matches the blocked pattern ".github/workflows/**"'
            ]
        }),
        skip(d(-4), 'ci-active', 'a CI run is in progress on main'),
        demo_history_run(d(-3), 'success', {
            type: 'cleanup',
            title: 'Move the FAQ into the README',
            riskLevel: 0,
            blockedReasons: ['path-not-allowed: "README.md" matches no pattern in safetyRails.allowedPaths']
        }),
        demo_history_run(d(-2), 'success', {
            type: 'persona',
            title: 'A warmer farewell',
            riskLevel: 0,
            blockedReasons: [],
            action: { status: 'merged', pullRequest: 28 }
        }),
        demo_history_run(d(-1), 'success', {
            type: 'prompt',
            title: 'Name the echo tool in the system prompt',
            riskLevel: 1,
            blockedReasons: [],
            action: { status: 'submitted', pullRequest: 30 }
        })
    ];
}
/** The change that was merged, then reverted after 'test' failed on main. */
const REVERTED = {
    type: 'persona',
    title: 'A shorter greeting',
    riskLevel: 1,
    blockedReasons: [],
    action: {
        status: 'rolled_back',
        pullRequest: 23,
        revert: {
            pullRequest: 24,
            workflow: 'test',
            reason: `Workflow "test" concluded failure on main at ${seedMergeSha(23)}`
        }
    }
};
function demo_history_run(date, status, proposal) {
    return { date, kind: 'run', status, proposals: [proposal] };
}
function skip(date, reason, detail) {
    return { date, kind: 'skip', reason, detail };
}

;// CONCATENATED MODULE: ./src/cli/demo-loop.ts
/**
 * The loop demo (`npm start`): the three jobs of the shipped workflow, plan → propose → rails, in one
 * process on a fresh clone, with no server and no key. Each job gets a host of its own (its inputs,
 * outputs and state, as on a runner of its own) and they share one scratch embedded database, as the
 * jobs of a workflow run share the database server:
 * 1. a scratch git repository made from examples/loop-repo (made anew each time);
 * 2. two weeks of seeded history (src/cli/demo-history.ts) and the flag turned on;
 * 3. plan claims today's run and writes the reflection (no GitHub here: the database only);
 * 4. propose runs the example agent (examples/agent/fix-typos.mjs) through the `command` engine; its
 *    first change is blocked by max-files, it is told why, and its second is allowed;
 * 5. rails (mode run with run-id and agent-result) judges the hand-over and records it, as a dry run.
 * src/cli/demo-story.ts tells what happened.
 */












/** The workflow run the demo's three jobs belong to: rails continues only its own plan's claim. */
const DEMO_WORKFLOW_RUN = 1;
/**
 * The demo's agent user, where the agent gets a user of its own (root, or passwordless sudo): not the
 * action's self-evolution-agent, whose processes all end after each engine run, so that a demo never
 * ends the agent of a job running on the same machine (a self-hosted runner, another test). The
 * propose job gets it as SELF_EVOLUTION_AGENT_USER.
 */
const DEMO_AGENT_USER = 'self-evolution-demo';
/** Runs the loop; a job that fails ends it there, and the result says which and why. */
async function runDemoLoop(o) {
    (0,external_node_fs_.rmSync)(o.scratch, { recursive: true, force: true });
    const repo = (0,external_node_path_.join)(o.scratch, 'repo');
    await seedScratchRepository((0,external_node_path_.join)(o.examples, 'loop-repo'), repo);
    const agent = stageAgent((0,external_node_path_.join)(o.examples, 'agent', 'fix-typos.mjs'), (0,external_node_path_.join)(o.scratch, 'agent'));
    const days = demoHistory(o.now());
    const history = {
        days: days.length,
        runs: days.filter(d => d.kind === 'run').length,
        skips: days.filter(d => d.kind === 'skip').length,
        proposals: days.reduce((n, d) => n + (d.kind === 'run' ? d.proposals.length : 0), 0)
    };
    const base = {
        scratch: o.scratch,
        repo,
        database: (0,external_node_path_.join)(repo, client/* EMBEDDED_DIR */.JJ),
        agentCommand: `node ${agent}`,
        history
    };
    o.print(`Demo: scratch repository ${repo} (examples/loop-repo, committed)`);
    const db = await (0,local_run/* openLocalDatabase */.Ji)('', repo);
    try {
        await writeSeedHistory(db.sql, DEMO_REPOSITORY, days);
        await (0,flags/* setFlag */.lA)(db.sql, { value: true, by: 'demo', reason: 'npm start', now: o.now() });
        o.print(`Demo: ${history.days} days of history seeded in ${base.database}; flag self_evolution_enabled turned on.`);
        return await jobs(o, db, base);
    }
    finally {
        await db.close();
    }
}
async function jobs(o, db, base) {
    const configPath = schema/* DEFAULT_CONFIG_PATH */.Bi;
    const job = async (name, inputs, env = {}) => {
        o.print(`\n----- ${name} -----`);
        const j = (0,local_run/* localJob */.Fd)({
            cwd: base.repo,
            repository: DEMO_REPOSITORY,
            inputs: { 'config-path': configPath, ...inputs },
            env,
            now: o.now,
            print: line => o.print(`[${name}] ${line}`),
            database: db,
            ctx: { githubRunId: DEMO_WORKFLOW_RUN, attempt: 1 }
        });
        const stages = await (0,local_run/* runJobStages */.C3)(j.deps);
        const outputs = Object.fromEntries(j.host.outputs);
        return { outputs, failed: j.host.failed, lines: j.host.lines.map(l => l.text), stages, host: j.host };
    };
    const planned = await job('plan', { mode: 'plan', 'database-url': '', 'dry-run': 'true', migrate: 'true' });
    const plan = {
        ...strip(planned),
        reflection: readJson(planned.outputs['reflection-path'], reflection_schema/* reflectionSchema */.xP)
    };
    const runId = Number(planned.outputs['run-id']) || undefined;
    if (planned.outputs.proceed !== 'true')
        return { ...base, plan, runId };
    const proposed = await job('propose', {
        mode: 'propose',
        engine: 'command',
        'agent-command': base.agentCommand,
        reflection: planned.outputs['reflection-path'],
        'reflection-sha256': planned.outputs['reflection-sha256'],
        'proposals-out': (0,external_node_path_.join)(base.scratch, 'propose', 'proposals.json')
    }, { PATH: agentPath(o.env), SELF_EVOLUTION_AGENT_USER: DEMO_AGENT_USER });
    const handOverPath = proposed.outputs['proposals-path'] ?? '';
    const propose = { ...strip(proposed), handOver: readJson(handOverPath, proposals_file.proposalsFileSchema) };
    const railed = await job('rails', {
        mode: 'run',
        'database-url': '',
        'run-id': String(runId),
        // As the shipped workflow passes it: ${{ needs.propose.result }}.
        'agent-result': proposed.failed ? 'failure' : 'success',
        proposals: handOverPath,
        'proposals-sha256': proposed.outputs.sha256 ?? '',
        'dry-run': 'true',
        migrate: 'true'
    });
    const rails = { ...strip(railed), ...(0,local_run/* artifactsOf */.Ns)(railed.outputs), summary: railed.host.summary };
    return { ...base, plan, propose, rails, runId };
}
function strip(j) {
    const { outputs, failed, lines, stages } = j;
    return { outputs, lines, stages, ...(failed ? { failed } : {}) };
}
function readJson(path, schema) {
    if (!path || !(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return schema.safeParse(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'))).data;
    }
    catch {
        return undefined;
    }
}
/**
 * The agent's PATH: this node's folder first (the example agent is a node script; its correction
 * round runs git), then the process's own.
 */
function agentPath(env) {
    const rest = env.PATH || '/usr/local/bin:/usr/bin:/bin';
    return [(0,external_node_path_.dirname)(process.execPath), rest].join(external_node_path_.delimiter);
}
/**
 * The example agent, copied into a folder of its own (0755, the script 0755): when the action is
 * root the agent runs as a user of its own, which must be able to read it wherever the clone is.
 */
function stageAgent(source, dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o755 });
    (0,external_node_fs_.chmodSync)(dir, 0o755);
    const target = (0,external_node_path_.join)(dir, 'fix-typos.mjs');
    (0,external_node_fs_.copyFileSync)(source, target);
    (0,external_node_fs_.chmodSync)(target, 0o755);
    return target;
}
/** A copy of `source`, committed in a new git repository: the checkout the three jobs share. */
async function seedScratchRepository(source, repo) {
    (0,external_node_fs_.mkdirSync)(repo, { recursive: true });
    (0,external_node_fs_.cpSync)(source, repo, { recursive: true });
    await commitAll(repo, 'demo base');
}
/** git init, add everything and commit, as a demo user, without signing. */
async function commitAll(repo, message) {
    const git = (args) => (0,git_run/* runGit */.EO)(args, { cwd: repo, env: (0,git_run/* trustedGitEnv */.F$)() });
    await git(['init', '--quiet']);
    await git(['add', '--all']);
    await git([
        '-c',
        'user.name=self-evolution demo',
        '-c',
        'user.email=demo@self-evolution.invalid',
        'commit',
        '--quiet',
        '--no-gpg-sign',
        '-m',
        message
    ]);
}

// EXTERNAL MODULE: ./src/policy/unified-diff.ts + 1 modules
var unified_diff = __webpack_require__(26690);
;// CONCATENATED MODULE: ./src/cli/demo-story.ts
/**
 * What the loop demo tells at the end, from what its three jobs left behind: the reflection's
 * insights, the agent's rounds, its change as a diffstat (from the patch the adapter collected, not
 * from what the agent claimed), the rails' verdict, and where the files are. Pure. Everything the
 * agent wrote (titles, paths, rules) is escaped for the terminal.
 */


/** Files and +/- counts of a git patch; an unreadable patch counts as nothing. */
function diffStat(patch) {
    const parsed = (() => {
        try {
            return (0,unified_diff/* parseUnifiedDiff */.rj)(patch);
        }
        catch {
            return [];
        }
    })();
    const files = parsed.map(f => ({ path: f.path, additions: f.additions ?? 0, deletions: f.deletions ?? 0 }));
    return {
        files,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0)
    };
}
/** diffstat's lines: `path | +a -d`, then the totals. */
function diffStatLines(stat) {
    const width = Math.max(0, ...stat.files.map(f => (0,text_escape/* forTerminal */.Qf)(f.path, 120).length));
    const rows = stat.files.map(f => `${(0,text_escape/* forTerminal */.Qf)(f.path, 120).padEnd(width)} | +${f.additions} -${f.deletions}`);
    const n = stat.files.length;
    return [
        ...rows,
        `${n} file${n === 1 ? '' : 's'} changed, ${stat.additions} insertion${stat.additions === 1 ? '' : 's'}(+), ${stat.deletions} deletion${stat.deletions === 1 ? '' : 's'}(-)`
    ];
}
/** Who the engine ran as, from the propose job's log: a user of its own, or the action's own user. */
function agentUser(propose) {
    for (const line of propose?.lines ?? []) {
        const m = /engine runs as the user (\S+),/.exec(line);
        if (m)
            return m[1];
    }
    return undefined;
}
const SHARED_USER_NOTE = [
    "  It ran as this process's own user. The agent normally runs as a user of its own, which needs root",
    "  or passwordless sudo, and a laptop has neither: examples/loop-repo's config sets",
    '  agent.acceptSharedUser: true to accept that here, so the agent could read what this user can read.',
    "  Leave it false in a real repository's config: docs/agent.md (Isolation) says what it exposes."
];
/** The agent's part: who ran it, its rounds, its change. */
function proposeStory(r) {
    const p = r.propose;
    if (!p)
        return [];
    const user = agentUser(p);
    const out = [
        `4. propose: the example agent through the command engine: ${(0,text_escape/* forTerminal */.Qf)(r.agentCommand, 300)}`,
        user
            ? `  It ran as the user ${(0,text_escape/* forTerminal */.Qf)(user, 60)}, with no secret in its environment.`
            : SHARED_USER_NOTE
    ].flat();
    const agent = p.handOver?.agent;
    const caps = r.plan.reflection?.rails.caps;
    const limit = (rule) => rule === 'max-files' && caps
        ? ` (limit ${caps.maxFilesChanged} files)`
        : rule === 'max-lines' && caps
            ? ` (limit ${caps.maxLinesOfCode} lines)`
            : '';
    for (const v of agent?.roundVerdicts ?? []) {
        const rules = v.rules.map(x => `${(0,text_escape/* forTerminal */.Qf)(x, 60)}${limit(x)}`).join(', ');
        out.push(v.allowed
            ? `  Round ${v.round}: ${v.outcome}.`
            : `  Round ${v.round}: ${v.outcome}${rules ? ` by ${rules}` : ''}; the verdict went back to the agent as sentences.`);
    }
    const proposal = p.handOver?.proposals[0];
    if (proposal) {
        out.push(`  Its change: "${(0,text_escape/* forTerminal */.Qf)(proposal.title, 120)}" (${proposal.type}, risk ${proposal.riskLevel})`, ...diffStatLines(diffStat(proposal.patch ?? '')).map(l => `    ${l}`));
    }
    else if (p.handOver?.noop)
        out.push(`  No change: ${(0,text_escape/* forTerminal */.Qf)(p.handOver.noop, 300)}`);
    if (p.failed)
        out.push(`  The propose job failed: ${p.failed}`);
    return out;
}
/** The rails' part: the verdict and the run's status. */
function railsStory(r) {
    const rails = r.rails;
    if (!rails)
        return [];
    const o = rails.outputs;
    const allowed = Number(o['proposals-allowed'] ?? 0);
    const blocked = Number(o['proposals-blocked'] ?? 0);
    const out = [
        `5. rails: continued run ${r.runId} (mode run, run-id, agent-result ${r.propose?.failed ? 'failure' : 'success'}) and judged the hand-over again, as a dry run.`,
        `  Verdict: ${allowed} allowed, ${blocked} blocked; run ${r.runId} recorded ${o.status || 'failed'}.${allowed > 0 ? ' A live run would open a pull request with the change.' : ''}`
    ];
    if (rails.failed)
        out.push(`  The rails job failed: ${rails.failed}`);
    return out;
}
/** The files the three jobs wrote. */
function filesStory(r, cli) {
    const out = ['6. The files:'];
    const reflection = r.plan.outputs['reflection-path'];
    if (reflection)
        out.push(`  reflection.json (plan, what the agent read)  ${reflection}`);
    const handOver = r.propose?.outputs['proposals-path'];
    if (handOver)
        out.push(`  proposals.json (propose, the hand-over)     ${handOver}`);
    if (r.rails?.artifactDir)
        out.push(`  ${r.rails.artifactFiles.join(', ')} (rails): ${r.rails.artifactDir}`);
    out.push(`  The agent's change is in the scratch repository's working tree: git -C ${r.repo} diff`);
    if (r.runId)
        out.push(`  The records: (cd ${r.repo} && node ${cli} runs show ${r.runId})`);
    return out;
}
/** The story, line by line. `cli` is the command's own path, for the command that shows the records. */
function demoStory(r, cli) {
    const h = r.history;
    const out = [
        'The loop, as the three jobs of the shipped workflow run it (plan → propose → rails), on this machine:',
        `1. A scratch repository made from examples/loop-repo: ${r.repo}`,
        `2. ${h.days} days of history in the scratch embedded database (${h.runs} runs, ${h.proposals} proposals, ${h.skips} skips); the flag turned on.`
    ];
    const plan = r.plan;
    if (plan.outputs.proceed !== 'true') {
        const why = plan.failed ?? `it skipped (${plan.outputs['skip-reason'] || 'no reason given'})`;
        return [...out, `3. plan did not hand a run on: ${why}`];
    }
    out.push(`3. plan: claimed run ${r.runId} and wrote its reflection (no GitHub here: the database only). It tells the agent:`, ...(plan.reflection?.insights ?? []).map(i => `  - ${(0,text_escape/* forTerminal */.Qf)(i, 300)}`), ...proposeStory(r), ...railsStory(r), ...filesStory(r, cli));
    return out;
}
/** The machine-readable summary of `demo --json`. */
function demoSummary(r) {
    const agent = r.propose?.handOver?.agent;
    const proposal = r.propose?.handOver?.proposals[0];
    return {
        status: r.rails?.outputs.status || 'failed',
        runId: r.runId ?? null,
        repository: r.repo,
        database: r.database,
        history: r.history,
        plan: {
            proceed: r.plan.outputs.proceed === 'true',
            reflectionPath: r.plan.outputs['reflection-path'] || null,
            reflectionSha256: r.plan.outputs['reflection-sha256'] || null,
            insights: r.plan.reflection?.insights ?? [],
            error: r.plan.failed ?? null
        },
        propose: r.propose
            ? {
                agentCommand: r.agentCommand,
                agentUser: agentUser(r.propose) ?? null,
                proposalsPath: r.propose.outputs['proposals-path'] || null,
                sha256: r.propose.outputs.sha256 || null,
                rounds: agent?.roundVerdicts ?? [],
                proposal: proposal
                    ? { title: proposal.title, type: proposal.type, riskLevel: proposal.riskLevel }
                    : null,
                diffStat: diffStat(proposal?.patch ?? ''),
                error: r.propose.failed ?? null
            }
            : null,
        rails: r.rails
            ? {
                status: r.rails.outputs.status || null,
                proposalsAllowed: Number(r.rails.outputs['proposals-allowed'] ?? 0),
                proposalsBlocked: Number(r.rails.outputs['proposals-blocked'] ?? 0),
                reportPath: r.rails.outputs['report-path'] || null,
                artifactDir: r.rails.artifactDir || null,
                artifactFiles: r.rails.artifactFiles,
                error: r.rails.failed ?? null
            }
            : null
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts
/**
 * `self-evolution demo` (npm start): the whole loop by default (src/cli/demo-loop.ts): a scratch
 * repository made from examples/loop-repo, two weeks of seeded history, then plan, propose (the
 * example agent through the command engine, corrected once by the rails) and rails, as a dry run, and
 * the story of what happened.
 *
 * `--blocked-examples`: a full local dry run on a scratch embedded database, with the enabled example
 * config and the example proposals, so it shows a whole run every time: gates, the claim, every family
 * of rules, the records and the artifact files. The scratch repository is a git repository holding
 * examples/demo-repo, so the example patches apply; several proposals are blocked on purpose, and
 * examples/demo-expectations.json says which and why.
 */















const HELP = `Usage: self-evolution demo [--examples DIR] [--json] [--blocked-examples]

The whole loop, as a dry run on this machine, with no server and no key (npm start):
  1. a scratch repository made from examples/loop-repo, in .self-evolution/demo (made anew each time);
  2. 14 days of seeded history in its scratch embedded database, and the flag turned on;
  3. plan: the claim, and the reflection on that history (the database only: no GitHub here);
  4. propose: the example agent (examples/agent/fix-typos.mjs) through the command engine. Its first
     change is blocked by max-files; told why, it narrows it, and the second is allowed;
  5. rails: mode run with the plan's run-id judges the hand-over again and records it.
Then it tells the story: the reflection's insights, the agent's rounds, its change as a diffstat, the
verdict, and where reflection.json, proposals.json, report.md and run.json are.

The agent runs as a user of its own when this process is root or has passwordless sudo (the demo's
is self-evolution-demo, so it never ends the self-evolution-agent of a job on the same machine). Elsewhere, as on a laptop, there is no second user: examples/loop-repo's config
sets agent.acceptSharedUser: true, so the agent runs as your own user; never set that in a real
repository without reading docs/agent.md (Isolation).

Options:
  --examples DIR       the examples folder (default: ./examples, else the package's own)
  --json               a machine-readable summary on stdout; the jobs' log goes to stderr
  --blocked-examples   instead of the loop: the example proposals in examples/proposals.json on
                       examples/demo-repo, several blocked on purpose; it ends by naming them and why
`;
/** The scratch repository: examples/demo-repo and the config, committed, so patches have a base. */
async function seedRepository(examples, repo) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(repo, '.github'), { recursive: true });
    const base = (0,external_node_path_.join)(examples, 'demo-repo');
    if ((0,external_node_fs_.existsSync)(base))
        await (0,promises_.cp)(base, repo, { recursive: true });
    await (0,promises_.cp)((0,external_node_path_.join)(examples, 'self-evolution-config.json'), (0,external_node_path_.join)(repo, schema/* DEFAULT_CONFIG_PATH */.Bi));
    await commitAll(repo, 'demo base');
}
/**
 * Which proposals are deliberate examples of blocked changes, and whether each ended as intended.
 * `blocked` maps a title to why the rails must stop it; every other proposal is meant to be allowed.
 */
function demoNotes(blocked, verdicts) {
    const rules = (v) => [...new Set(v.violations.map(x => x.rule))].join(', ');
    const out = ['Deliberate examples of blocked changes (the rails are meant to stop these):'];
    verdicts.forEach((v, i) => {
        const why = Object.hasOwn(blocked, v.title) ? blocked[v.title] : undefined;
        const name = `#${i + 1} ${(0,text_escape/* forTerminal */.Qf)(v.title, 120)}`;
        if (why !== undefined && !v.allowed)
            out.push(`  ${name}: blocked as intended (${rules(v)}): ${(0,text_escape/* forTerminal */.Qf)(why)}`);
        else if (why !== undefined)
            out.push(`  ${name}: NOT blocked, though it should be: ${(0,text_escape/* forTerminal */.Qf)(why)}`);
        else if (!v.allowed)
            out.push(`  ${name}: blocked, but not on purpose (${rules(v)})`);
    });
    out.push('Every other proposal is an ordinary change, meant to be allowed.');
    return out;
}
/** The notes of this demo run, from the expectations file and the run's proposals.json. */
async function readDemoNotes(examples, artifactDir) {
    const expectations = (0,external_node_path_.join)(examples, 'demo-expectations.json');
    const proposals = (0,external_node_path_.join)(artifactDir, 'proposals.json');
    if (!artifactDir || !(0,external_node_fs_.existsSync)(expectations) || !(0,external_node_fs_.existsSync)(proposals))
        return [];
    const { blocked } = JSON.parse(await (0,promises_.readFile)(expectations, 'utf8'));
    const run = JSON.parse(await (0,promises_.readFile)(proposals, 'utf8'));
    return demoNotes(blocked, run.proposals);
}
/** What each demo needs in the examples folder. */
const NEEDS = {
    loop: ['loop-repo', (0,external_node_path_.join)('agent', 'fix-typos.mjs')],
    blocked: ['self-evolution-config.json', 'proposals.json']
};
function findExamples(cwd, given, needs) {
    const candidates = given
        ? [(0,external_node_path_.resolve)(cwd, given)]
        : [(0,external_node_path_.join)(cwd, 'examples'), (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..', 'examples')];
    for (const c of candidates)
        if (needs.every(n => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(c, n))))
            return c;
    throw new cli_io/* UsageError */.eb(`no examples found (looked in ${candidates.join(', ')}); expected ${needs.join(' and ')}`);
}
async function demo_run(argv, io) {
    const { values } = (0,cli_io/* parseCommandArgs */.Qx)('demo', argv, {
        examples: { type: 'string' },
        json: { type: 'boolean' },
        'blocked-examples': { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    return values['blocked-examples'] ? blockedExamplesDemo(values, io) : loopDemo(values, io);
}
/** The command's own path, for the command lines it prints. */
function cliPath() {
    return process.argv[1] ? (0,external_node_path_.resolve)(process.argv[1]) : 'dist/cli/index.js';
}
/** The whole loop: plan → propose → rails, then the story. */
async function loopDemo(values, io) {
    const examples = findExamples(io.cwd, values.examples, NEEDS.loop);
    const log = (line) => (values.json ? io.stderr : io.stdout)(line + '\n');
    // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
    const result = await runDemoLoop({
        examples,
        scratch: (0,external_node_path_.join)((0,local_dir/* ensureLocalDir */.T)(io.cwd), 'demo'),
        now: io.now,
        env: { PATH: io.env.PATH ?? process.env.PATH },
        print: log
    });
    if (values.json)
        io.stdout((0,workflow_commands/* inertJson */.nl)(demoSummary(result)) + '\n');
    else
        io.stdout(['', '===== The story =====', ...demoStory(result, cliPath()), ''].join('\n'));
    return result.rails?.outputs.status === 'success' ? 0 : 1;
}
/** The example proposals, several blocked on purpose (--blocked-examples). */
async function blockedExamplesDemo(values, io) {
    const examples = findExamples(io.cwd, values.examples, NEEDS.blocked);
    // Inside .self-evolution/, which ignores itself: the demo leaves no untracked folder behind.
    const scratch = (0,external_node_path_.join)((0,local_dir/* ensureLocalDir */.T)(io.cwd), 'demo');
    const repo = (0,external_node_path_.join)(scratch, 'repo');
    await (0,promises_.rm)(scratch, { recursive: true, force: true });
    await seedRepository(examples, repo);
    const log = (line) => (values.json ? io.stderr : io.stdout)(line + '\n');
    log(`Demo: scratch embedded database in ${(0,external_node_path_.join)(repo, client/* EMBEDDED_DIR */.JJ)}`);
    const db = await (0,local_run/* openLocalDatabase */.Ji)('', repo);
    try {
        await (0,flags/* setFlag */.lA)(db.sql, { value: true, by: 'demo', reason: 'npm start', now: io.now() });
    }
    finally {
        await db.close();
    }
    log('Demo: flag self_evolution_enabled turned on; running pre → main → post as a dry run.\n');
    const result = await (0,local_run/* runLocally */.gm)({
        cwd: repo,
        databaseUrl: '',
        configPath: schema/* DEFAULT_CONFIG_PATH */.Bi,
        proposals: (0,external_node_path_.join)(examples, 'proposals.json'),
        repository: 'example/agent-repo',
        force: false,
        forceDryRun: true,
        migrate: true,
        now: io.now,
        print: log
    });
    (0,run.printResult)(result, io, values.json === true);
    for (const line of await readDemoNotes(examples, result.artifactDir))
        log(line);
    if (!values.json) {
        const cli = cliPath();
        io.stdout(`\nInspect the records: (cd ${repo} && node ${cli} runs show ${result.outputs['run-id'] || 'ID'})\n`);
    }
    return result.status === 'failed' ? 1 : 0;
}


/***/ }),

/***/ 52576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MW: () => (/* binding */ readProposalsFile),
/* harmony export */   proposalsFileSchema: () => (/* binding */ proposalsFileSchema),
/* harmony export */   readPatchChanges: () => (/* binding */ readPatchChanges)
/* harmony export */ });
/* unused harmony exports MAX_PROPOSALS, claimedFileSchema, proposalSchema, AGENT_EXIT_STATUSES, ROUND_OUTCOMES, agentRecordSchema, proposalsJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13603);
/* harmony import */ var _text_zod_issues_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6791);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _agent_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50016);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44795);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42425);
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
// Callers of the proposals file take the sentences from here.

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
    const watched = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)(opts.configPath);
    if (!watched.ok)
        return { files };
    const same = (p) => {
        if (p === undefined)
            return false;
        const n = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizePath */ .Fd)(p);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`the proposals file is not valid JSON (${error.message})`);
    }
    const parsed = proposalsFileSchema.safeParse(raw);
    if (!parsed.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyInputError */ .H(`the proposals file is invalid: ${(0,_text_zod_issues_js__WEBPACK_IMPORTED_MODULE_6__/* .describeIssues */ .wF)(parsed.error.issues, raw)}`);
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
