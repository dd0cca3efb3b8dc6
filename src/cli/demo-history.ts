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
import { seedMergeSha, type SeedDay, type SeedProposal } from '../db/seed-history.js'

/** The repository the loop demo runs as. */
export const DEMO_REPOSITORY = 'example/loop-repo'

const DAY_MS = 86_400_000

/** The UTC day `offset` days from `now`, as YYYY-MM-DD. */
const dayOf = (now: Date, offset: number) =>
  new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10)

/**
 * The history of the 14 days before `now`'s day, oldest first. A run whose proposal the rails blocked
 * still succeeded (the rails did their work); the failed run is one whose agent failed.
 */
export function demoHistory(now: Date): SeedDay[] {
  const d = (offset: number) => dayOf(now, offset)
  const cooling = (failedOn: number) =>
    `the last run failed; cooling down until ${d(failedOn + 1)}T02:14:00.000Z`
  return [
    run(d(-14), 'success', {
      type: 'wildcard',
      title: 'A bolder bot persona',
      riskLevel: 2,
      blockedReasons: ['wildcard-risk: risk 2 is above wildcardFeature.maxRiskLevel 1']
    }),
    run(d(-13), 'success', {
      type: 'capability',
      title: 'Add a retry to the echo tool',
      riskLevel: 2,
      blockedReasons: [],
      action: { status: 'merged', pullRequest: 21 }
    }),
    run(d(-12), 'success', {
      type: 'prompt',
      title: 'Rewrite the system prompt from scratch',
      riskLevel: 3,
      blockedReasons: ['risk-too-high: risk 3 is above safetyRails.maxRiskLevel 2']
    }),
    { date: d(-11), kind: 'run', status: 'failed', summary: 'agent-failed: failure', proposals: [] },
    skip(d(-10), 'cooldown', cooling(-11)),
    run(d(-9), 'reverted', REVERTED),
    skip(d(-8), 'cooldown', cooling(-9)),
    skip(d(-7), 'deployment-active', 'a deployment to production started 40 minutes ago'),
    run(d(-6), 'success', {
      type: 'cleanup',
      title: 'Reword the FAQ introduction',
      riskLevel: 0,
      blockedReasons: [],
      action: { status: 'closed', pullRequest: 26 }
    }),
    run(d(-5), 'success', {
      type: 'capability',
      title: 'Let the bot update its own CI workflow',
      riskLevel: 2,
      blockedReasons: [
        'blocked-path: ".github/workflows/ci.yml" matches the blocked pattern ".github/workflows/**"'
      ]
    }),
    skip(d(-4), 'ci-active', 'a CI run is in progress on main'),
    run(d(-3), 'success', {
      type: 'cleanup',
      title: 'Move the FAQ into the README',
      riskLevel: 0,
      blockedReasons: ['path-not-allowed: "README.md" matches no pattern in safetyRails.allowedPaths']
    }),
    run(d(-2), 'success', {
      type: 'persona',
      title: 'A warmer farewell',
      riskLevel: 0,
      blockedReasons: [],
      action: { status: 'merged', pullRequest: 28 }
    }),
    run(d(-1), 'success', {
      type: 'prompt',
      title: 'Name the echo tool in the system prompt',
      riskLevel: 1,
      blockedReasons: [],
      action: { status: 'submitted', pullRequest: 30 }
    })
  ]
}

/** The change that was merged, then reverted after 'test' failed on main. */
const REVERTED: SeedProposal = {
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
}

function run(date: string, status: 'success' | 'failed' | 'reverted', proposal: SeedProposal): SeedDay {
  return { date, kind: 'run', status, proposals: [proposal] }
}

function skip(date: string, reason: string, detail: string): SeedDay {
  return { date, kind: 'skip', reason, detail }
}
