/**
 * The config can only tighten, by meaning. config-loosened (src/policy/config-loosened.ts) accepts
 * an edit C → C′ of the config file when every key moved the way its schema declares stricter.
 * This test checks that the declarations mean what they say: for random valid configs C and
 * random edits C′ that loosenedKeys(C, C′) accepts, no verdict under C′ is looser than under C:
 *
 * - the policy engine (evaluateProposals): a proposal allowed under C′ is allowed under C;
 * - the gate's CI decision (evaluateCi): green under C′ ⇒ green under C;
 * - the acting plan (planExecution): a proposal that acts under C′ acts under C (alone), and a
 *   batch acting under C′ fits C's limits with no more actions than C takes;
 * - the daily start (enabled and the preconditions): proceeds under C′ ⇒ proceeds under C.
 *
 * Configs and edits are generated from the schema (./config-arbitrary.ts), so new keys are
 * covered. Runs are deterministic: the seed is fixed unless SE_PROPERTY_SEED is set, and each
 * property runs SE_PROPERTY_RUNS times (default 200). For a longer hunt:
 *   SE_PROPERTY_SEED=$RANDOM SE_PROPERTY_RUNS=5000 npm test -- __tests__/property/monotonicity.test.ts
 * A failure prints the seed and the path that replays it, with the shrunk configs.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Config } from '../../src/config/schema.js'
import { CHANGE_TYPES } from '../../src/config/schema.js'
import { loosenedKeys } from '../../src/policy/config-loosened.js'
import { evaluateProposals } from '../../src/policy/engine.js'
import { compileAnchored, compileBlocked } from '../../src/policy/paths.js'
import type { FileChange, ProposalUnderReview } from '../../src/policy/types.js'
import { evaluateCi } from '../../src/modes/gate/ci.js'
import type { CheckRunFact, StatusFact } from '../../src/modes/gate/types.js'
import { candidatesOf, planExecution, type PlanEntry } from '../../src/modes/run/act/plan.js'
import { runPreconditions, type PreconditionAnswer } from '../../src/daily/preconditions.js'
import {
  busyQuery,
  ciActiveAnswer,
  cooldownAnswer,
  deploymentAnswer,
  deploymentQuery,
  failureLimitAnswer,
  outcomesNeeded,
  type BusyQuery,
  type FinishedRun
} from '../../src/daily/precondition-answers.js'
import { ACTIVE_DEPLOYMENT_STATES, inLookbackWindow } from '../../src/deploy/deployments.js'
import { ACTIVE_RUN_STATUSES, classifyActiveRun } from '../../src/github/workflowRuns.js'
import { configArb, coveredKeys, directedEditArb, editArb, PATTERNS } from './config-arbitrary.js'

const SEED = process.env.SE_PROPERTY_SEED ? Number(process.env.SE_PROPERTY_SEED) : 20261206
const RUNS = process.env.SE_PROPERTY_RUNS ? Number(process.env.SE_PROPERTY_RUNS) : 200
if (!Number.isInteger(SEED))
  throw new Error(`SE_PROPERTY_SEED is ${process.env.SE_PROPERTY_SEED}; expected an integer`)
if (!(Number.isInteger(RUNS) && RUNS > 0))
  throw new Error(`SE_PROPERTY_RUNS is ${process.env.SE_PROPERTY_RUNS}; expected a positive integer`)
const params = { seed: SEED, numRuns: RUNS }
/** The cheap properties (CI, the start) run four times as many cases. */
const cheap = { seed: SEED, numRuns: RUNS * 4 }
// The longest runs get more time; the default run stays well inside jest's default.
const TIMEOUT = Math.max(60_000, RUNS * 300)

const CONFIG_PATH = '.github/self-evolution-config.json'

/** A config and an edit config-loosened accepts: the edit can only tighten, by declaration. */
const pairArb: fc.Arbitrary<[Config, Config]> = configArb.chain(before =>
  editArb(before)
    .filter(after => loosenedKeys(before, after).length === 0)
    .map(after => [before, after] as [Config, Config])
)

// --- the policy engine ---------------------------------------------------------------------------

/** A value one time in six, otherwise undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: arb, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 5 })

/** Paths in and out of the generated patterns, of every case, depth and kind, and invalid ones. */
const PATHS = [
  'docs/a.md',
  'docs/b/c.md',
  'docs/a.txt',
  'DOCS/A.MD',
  'README.md',
  'src/a.ts',
  'src/deep/b.ts',
  'apps/bot/src/persona/tone.md',
  'packages/agent/src/tools/x.ts',
  'packages/agent/src/prompts/p.md',
  CONFIG_PATH,
  '.github/workflows/ci.yml',
  '.github/CODEOWNERS',
  '.env',
  'apps/bot/.env.local',
  'a/secrets/key.txt',
  'secrets',
  'x.key',
  'packages/a/package.json',
  'package.json',
  'dist/index.js',
  'assets/logo.png',
  'link',
  '../escape.md',
  'docs//a.md',
  '.git/config',
  './docs/a.md'
]

const fileArb: fc.Arbitrary<FileChange> = fc
  .record({
    path: fc.constantFrom(...PATHS),
    previousPath: fc.option(fc.constantFrom(...PATHS), { nil: undefined }),
    status: fc.constantFrom('added', 'modified', 'deleted', 'renamed', 'copied'),
    additions: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })),
    deletions: fc.integer({ min: 0, max: 400 }),
    binary: fc.boolean(),
    mode: fc.constantFrom('100644', '100644', '100755', '120000', '160000'),
    secrets: rarely(fc.constant<string[]>(['GitHub token'])),
    urlHosts: fc.option(
      fc.shuffledSubarray(['github.com', 'docs.github.com', 'evil.example', 'example.com', 'attacker.net'], {
        minLength: 1,
        maxLength: 2
      }),
      { nil: undefined }
    )
  })
  .map(f => {
    const renamed = f.status === 'renamed' || f.status === 'copied'
    const { previousPath, secrets, urlHosts, ...rest } = f
    return {
      ...rest,
      ...(renamed ? { previousPath: previousPath ?? 'docs/old.md' } : {}),
      ...(secrets ? { secrets } : {}),
      ...(urlHosts ? { urlHosts: urlHosts.map((host, i) => ({ host, line: i + 1 })) } : {}),
      additions: f.binary ? null : f.additions,
      deletions: f.binary ? null : f.deletions
    }
  })

/**
 * The watched config file's before and after, drawn from a few random configs (generating fresh
 * ones per proposal costs more than it finds): config-loosened fires either way.
 */
const CONFIG_TEXTS = fc.sample(configArb, { seed: SEED, numRuns: 6 }).map(c => JSON.stringify(c))
const configFileArb = fc.option(
  fc.record({ before: fc.constantFrom(...CONFIG_TEXTS), after: fc.constantFrom(...CONFIG_TEXTS) }),
  { nil: undefined }
)

const proposalArb: fc.Arbitrary<ProposalUnderReview> = fc
  .record({
    type: fc.constantFrom(...CHANGE_TYPES),
    riskLevel: fc.constantFrom(0, 0, 1, 1, 2, 3, 4, 5, -1),
    source: fc.constantFrom('git', 'patch', 'claimed'),
    files: fc.array(fileArb, { minLength: 0, maxLength: 12 }),
    configFile: configFileArb,
    exemptFromTypePaths: rarely(fc.constant(true))
  })
  .map(p => {
    const { configFile, exemptFromTypePaths, ...rest } = p
    return {
      title: 't',
      ...rest,
      ...(configFile ? { configFile } : {}),
      ...(exemptFromTypePaths ? { exemptFromTypePaths } : {})
    } as ProposalUnderReview
  })

/** Paths that match each pattern of the pool (a pattern added later falls back to PATHS). */
const INSTANCES: Record<string, string[]> = {
  '**': ['README.md', 'src/a.ts', 'docs/a.md'],
  'docs/**': ['docs/a.md', 'docs/b/c.md', 'docs/a.txt'],
  'docs/**/*.md': ['docs/a.md', 'docs/b/c.md'],
  'docs/a.md': ['docs/a.md'],
  '*.md': ['README.md'],
  'src/**': ['src/a.ts', 'src/deep/b.ts'],
  'src/*.ts': ['src/a.ts'],
  'apps/bot/src/persona/**': ['apps/bot/src/persona/tone.md'],
  'packages/agent/src/tools/**': ['packages/agent/src/tools/x.ts'],
  'packages/agent/src/prompts/**': ['packages/agent/src/prompts/p.md'],
  '.github/self-evolution-config.json': [CONFIG_PATH],
  '.github/**': ['.github/CODEOWNERS', CONFIG_PATH],
  '.github/workflows/**': ['.github/workflows/ci.yml'],
  'assets/**/*.{png,bin}': ['assets/logo.png'],
  link: ['link'],
  'DOCS/**': ['DOCS/A.MD']
}
const instancesOf = (patterns: readonly string[]) => patterns.flatMap(p => INSTANCES[p] ?? [])

/**
 * Proposals a config is likely to allow: a type it allows, low risk, a few small text files on
 * paths its own allowed and type patterns match. Judged under both configs, they reach the
 * verdicts where a looser meaning would show.
 */
function friendlyProposalArb(config: Config): fc.Arbitrary<ProposalUnderReview> {
  const rails = config.safetyRails
  const types = rails.allowedChangeTypes.length ? rails.allowedChangeTypes : CHANGE_TYPES
  const allowed = compileAnchored(rails.allowedPaths)
  const blocked = compileBlocked(rails.blockedPaths)
  // Wildcards twice as likely: their paths depend on two keys (allowedTypes and typePaths).
  const weighted = types.includes('wildcard') ? [...types, 'wildcard' as const] : types
  return fc.constantFrom(...weighted).chain(type => {
    const wildcard = type === 'wildcard'
    const typePatterns = wildcard
      ? config.wildcardFeature.allowedTypes.flatMap(t => rails.typePaths[t])
      : rails.typePaths[type as keyof typeof rails.typePaths]
    // The config file itself is left to the hostile corpus (it needs its content to be judged).
    const paths = instancesOf(typePatterns).filter(
      p => p !== CONFIG_PATH && allowed.test(p) && !blocked.test(p)
    )
    const maxRisk = Math.max(
      0,
      Math.min(rails.maxRiskLevel, wildcard ? config.wildcardFeature.maxRiskLevel : 3)
    )
    const maxFiles = Math.min(3, rails.diffCaps.maxFilesChanged)
    const lines = Math.min(6, Math.floor(rails.diffCaps.maxLinesOfCode / Math.max(1, maxFiles)))
    return fc.record({
      title: fc.constant('friendly'),
      type: fc.constant(type),
      riskLevel: fc.integer({ min: 0, max: maxRisk }),
      source: fc.constantFrom<ProposalUnderReview['source']>('git', 'patch', 'claimed'),
      files: fc.array(
        fc.record({
          path: fc.constantFrom(...paths, 'unused'),
          status: fc.constantFrom<FileChange['status']>('added', 'modified', 'modified', 'deleted'),
          additions: fc.integer({ min: 0, max: lines }),
          deletions: fc.constant(0),
          binary: fc.constant(false),
          mode: fc.constant('100644')
        }),
        { minLength: 0, maxLength: paths.length ? maxFiles : 0 }
      )
    })
  })
}

/** A pair of configs and proposals: hostile ones, and ones the looser config is likely to allow. */
const pairWithProposals = (min: number, max: number, pairs: fc.Arbitrary<[Config, Config]> = pairArb) =>
  pairs.chain(pair =>
    fc
      .array(fc.oneof(proposalArb, friendlyProposalArb(pair[1])), { minLength: min, maxLength: max })
      .map(proposals => [pair, proposals] as const)
  )

const judge = (config: Config, proposals: ProposalUnderReview[], wildcardAlreadyUsedToday = false) =>
  evaluateProposals({ config, proposals, configPath: CONFIG_PATH, wildcardAlreadyUsedToday })

describe('the generators', () => {
  it('cover every key of the schema, and every directed edit passes config-loosened', () => {
    const keys = coveredKeys()
    for (const key of [
      'safetyRails.requiredChecks',
      'rollout.maxOpenPullRequests',
      'scheduleConfig.busyBranches'
    ])
      expect(keys).toContain(key)
    fc.assert(
      fc.property(
        configArb.chain(before => directedEditArb(before).map(after => [before, after] as const)),
        ([before, after]) => {
          expect(loosenedKeys(before, after)).toEqual([])
        }
      ),
      params
    )
  })

  it('produce configs that differ and edits that change them', () => {
    const samples = fc.sample(pairArb, { seed: SEED, numRuns: 50 })
    const changed = samples.filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b))
    expect(changed.length).toBeGreaterThan(25)
    expect(new Set(samples.map(([a]) => JSON.stringify(a))).size).toBeGreaterThan(40)
    // The generic path patterns are in use.
    expect(samples.some(([a]) => a.safetyRails.allowedPaths.some(p => PATTERNS.includes(p)))).toBe(true)
  })
})

describe('the policy engine', () => {
  it(
    'a proposal allowed under C′ is allowed under C',
    () => {
      let allowed = 0
      fc.assert(
        fc.property(pairWithProposals(4, 16), fc.boolean(), ([[c, c2], proposals], used) => {
          for (const p of proposals) {
            const after = judge(c2, [p], used).proposals[0]
            if (!after.allowed) continue
            allowed++
            const before = judge(c, [p], used).proposals[0]
            expect({ allowed: before.allowed, violations: before.violations }).toEqual({
              allowed: true,
              violations: []
            })
          }
        }),
        params
      )
      // The corpus reaches allowed verdicts, not only blocked ones.
      expect(allowed).toBeGreaterThan(RUNS)
    },
    TIMEOUT
  )

  it(
    'in one check, a non-wildcard allowed under C′ is allowed under C, and at most one wildcard is allowed',
    () => {
      // The day's wildcard slot goes to the first wildcard that is otherwise allowed: a stricter
      // config that blocks the first can let a later one take the slot. That is still one wildcard
      // a day, each allowed alone under C (the property above).
      fc.assert(
        fc.property(pairWithProposals(2, 6), ([[c, c2], proposals]) => {
          const after = judge(c2, proposals).proposals
          const before = judge(c, proposals).proposals
          after.forEach((v, i) => {
            if (v.allowed && v.type !== 'wildcard') expect(before[i].allowed).toBe(true)
          })
          expect(after.filter(v => v.allowed && v.type === 'wildcard').length).toBeLessThanOrEqual(1)
        }),
        params
      )
    },
    TIMEOUT
  )
})

// --- the gate's CI decision ----------------------------------------------------------------------

const NAMES = ['build', 'lint', 'test', 'ci/external', 'codecov', 'gate']
const GATE_WORKFLOW = '.github/workflows/self-evolution-gate.yml'

/** Check runs; `green` keeps every conclusion one an unlisted check passes with. */
const checkRunArb = (green: boolean, names: string[]): fc.Arbitrary<Omit<CheckRunFact, 'id'>> =>
  fc
    .record({
      name: fc.constantFrom(...names),
      status: green
        ? fc.constant('completed')
        : fc.constantFrom('completed', 'completed', 'completed', 'queued', 'in_progress'),
      conclusion: green
        ? fc.constantFrom('success', 'success', 'success', 'neutral', 'skipped')
        : fc.constantFrom(
            'success',
            'success',
            'failure',
            'neutral',
            'skipped',
            'cancelled',
            'timed_out',
            'action_required'
          ),
      appSlug: fc.constantFrom('github-actions', 'github-actions', 'codecov', null),
      checkSuiteId: fc.constantFrom(1, 2, 3, null),
      run: fc.option(
        fc.record({
          id: fc.constantFrom(5, 100, 101),
          path: fc.constantFrom('.github/workflows/ci.yml', GATE_WORKFLOW),
          event: fc.constantFrom(
            'pull_request',
            'pull_request',
            'pull_request_target',
            'check_suite',
            'workflow_run'
          )
        }),
        { nil: undefined }
      )
    })
    .map(r => ({
      name: r.name,
      status: r.status,
      conclusion: r.status === 'completed' ? r.conclusion : null,
      detailsUrl: r.run ? `https://github.com/o/r/actions/runs/${r.run.id}/job/1` : null,
      htmlUrl: null,
      checkSuiteId: r.checkSuiteId,
      appSlug: r.appSlug,
      ...(r.run && r.appSlug === 'github-actions' ? { workflowRun: r.run } : {})
    }))

const statusArb = (green: boolean, names: string[]): fc.Arbitrary<Omit<StatusFact, 'id'>> =>
  fc.record({
    context: fc.constantFrom(...names),
    state: green
      ? fc.constant('success')
      : fc.constantFrom('success', 'success', 'failure', 'error', 'pending'),
    updatedAt: fc.constantFrom('2026-11-25T10:00:00Z', '2026-11-25T10:05:00Z')
  })

/**
 * Check runs and statuses on the head: half of them with nothing failing or pending, and their
 * names mostly the ones the configs list.
 */
const situationArb = (listed: string[]) =>
  fc.boolean().chain(green => {
    const names = [...listed, ...listed, ...listed, ...NAMES]
    return fc.record({
      checkRuns: fc
        .array(checkRunArb(green, names), { maxLength: 5 })
        .map(rs => rs.map((r, id) => ({ ...r, id: id + 1 }))),
      statuses: fc
        .array(statusArb(green, names), { maxLength: 3 })
        .map(ss => ss.map((s, id) => ({ ...s, id: id + 1 })))
    })
  })

/** Pairs, and pairs that require green CI in both (half the generated ones leave CI out). */
const ciPairArb = fc.oneof(
  pairArb,
  pairArb.map(
    ([c, c2]) =>
      [c, c2].map(x => ({
        ...x,
        safetyRails: { ...x.safetyRails, diffCaps: { ...x.safetyRails.diffCaps, requireGreenCI: true } }
      })) as [Config, Config]
  )
)

function ciOf(config: Config, s: { checkRuns: CheckRunFact[]; statuses: StatusFact[] }) {
  const r = evaluateCi({
    requireGreenCI: config.safetyRails.diffCaps.requireGreenCI,
    requiredChecks: config.safetyRails.requiredChecks,
    ...s,
    ownWorkflowPath: GATE_WORKFLOW,
    ownRunId: 5
  })
  // As the gate reads it: CI is part of the verdict only when required (judge.ts ciOutcome).
  return { green: !config.safetyRails.diffCaps.requireGreenCI || r.state === 'success', state: r.state }
}

describe("the gate's CI decision", () => {
  it(
    'green under C′ ⇒ green under C, and failed under C ⇒ failed under C′',
    () => {
      let green = 0
      fc.assert(
        fc.property(
          ciPairArb.chain(pair =>
            situationArb(pair[1].safetyRails.requiredChecks).map(s => [pair, s] as const)
          ),
          ([[c, c2], s]) => {
            const before = ciOf(c, s)
            const after = ciOf(c2, s)
            if (after.green) {
              green++
              expect(before.green).toBe(true)
            }
            if (before.state === 'failure') expect(after.state).toBe('failure')
          }
        ),
        cheap
      )
      // The corpus reaches green verdicts, not only red ones.
      expect(green).toBeGreaterThan(cheap.numRuns / 20)
    },
    TIMEOUT
  )
})

// --- the acting plan -----------------------------------------------------------------------------

/** Mostly true, sometimes false. */
const mostly = fc.constantFrom(true, true, true, true, true, false)

type World = {
  hasWriteToken: boolean
  open: number | { unknown: string }
  unavailable?: string
  leftoverProblem?: string
  forceDryRun: boolean
}

const worldArb: fc.Arbitrary<World> = fc.record({
  hasWriteToken: mostly,
  open: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 6 }), weight: 5 },
    { arbitrary: fc.constant({ unknown: 'cannot count' }), weight: 1 }
  ),
  unavailable: rarely(fc.constant('GitHub is not reachable')),
  leftoverProblem: rarely(fc.constant('a leftover branch')),
  forceDryRun: mostly.map(b => !b)
})

/** The run's plan under a config: judged by the engine, then planned as act/index.ts does. */
async function planUnder(config: Config, proposals: ProposalUnderReview[], w: World): Promise<PlanEntry[]> {
  const verdicts = judge(config, proposals).proposals
  // A patch is present for the patch and git sources (readers hand it on), not for claimed files.
  const judged = verdicts.map((verdict, i) => ({
    verdict,
    patch: proposals[i].source === 'claimed' ? undefined : 'diff'
  }))
  return planExecution({
    candidates: candidatesOf(judged),
    dryRun: w.forceDryRun || config.dryRunMode,
    hasWriteToken: w.hasWriteToken,
    liveChangeTypes: config.rollout.liveChangeTypes,
    maxActionsPerRun: config.rollout.maxActionsPerRun,
    maxOpenPullRequests: config.rollout.maxOpenPullRequests,
    openPullRequests: async () => w.open,
    ...(w.unavailable ? { unavailable: w.unavailable } : {}),
    ...(w.leftoverProblem ? { leftoverProblem: w.leftoverProblem } : {})
  })
}

const acting = (entries: PlanEntry[]) => new Set(entries.filter(e => e.execute).map(e => e.index))

/** Configs that act at all: live, not dry runs (half the generated ones would never act). */
const livePairArb = pairArb.map(([c, c2]) => {
  const live = (x: Config, types: Config['rollout']['liveChangeTypes']): Config => ({
    ...x,
    dryRunMode: false,
    rollout: { ...x.rollout, liveChangeTypes: types }
  })
  // Keep the edit's direction: C′'s live types stay a subset of C's (every type when the edit
  // left none, which is C's own list), dryRunMode false in both.
  const types = c.rollout.liveChangeTypes.length ? c.rollout.liveChangeTypes : [...CHANGE_TYPES]
  const types2 = c2.rollout.liveChangeTypes.filter(t => types.includes(t))
  const pair: [Config, Config] = [live(c, types), live(c2, types2.length ? types2 : types)]
  if (loosenedKeys(...pair).length)
    throw new Error(`livePairArb made a loosening edit: ${loosenedKeys(...pair).join('; ')}`)
  return pair
})

describe('the acting plan', () => {
  it(
    'a proposal that acts under C′ acts under C',
    async () => {
      let acted = 0
      await fc.assert(
        fc.asyncProperty(
          pairWithProposals(1, 8, fc.oneof(pairArb, livePairArb)),
          worldArb,
          async ([[c, c2], proposals], w) => {
            for (const p of proposals) {
              if (!acting(await planUnder(c2, [p], w)).has(0)) continue
              acted++
              expect(acting(await planUnder(c, [p], w)).has(0)).toBe(true)
            }
          }
        ),
        params
      )
      // The corpus reaches proposals that act, not only ones that stay planned (the risk floors
      // block many generated proposals before planning, so a tenth of the runs is the bar).
      expect(acted).toBeGreaterThan(RUNS / 10)
    },
    TIMEOUT
  )

  it(
    'a batch acting under C′ is eligible under C, fits its limits, and is no larger than C’s',
    async () => {
      // Limits are used up by proposals that act, in order: a stricter config that stops an early
      // proposal can let a later one act in its place. Each still acts alone under C (above).
      await fc.assert(
        fc.asyncProperty(
          pairWithProposals(2, 6, fc.oneof(pairArb, livePairArb)),
          worldArb,
          async ([[c, c2], batch], world) => {
            // Only the first wildcard: the engine's daily slot can move between wildcards (above).
            const proposals = batch.filter(
              (p, i) => p.type !== 'wildcard' || batch.findIndex(q => q.type === 'wildcard') === i
            )
            const after = acting(await planUnder(c2, proposals, world))
            const before = acting(await planUnder(c, proposals, world))
            expect(after.size).toBeLessThanOrEqual(before.size)
            if (after.size === 0) return
            expect(after.size).toBeLessThanOrEqual(c.rollout.maxActionsPerRun)
            const verdicts = judge(c, proposals).proposals
            for (const i of after) {
              expect(judge(c, [proposals[i]]).proposals[0].allowed).toBe(true)
              expect(c.rollout.liveChangeTypes).toContain(verdicts[i].type)
            }
            const pullRequests = [...after].filter(i => verdicts[i].stats.files > 0).length
            if (pullRequests > 0 && typeof world.open === 'number')
              expect(world.open + pullRequests).toBeLessThanOrEqual(c.rollout.maxOpenPullRequests)
          }
        ),
        params
      )
    },
    TIMEOUT
  )
})

// --- the daily start -----------------------------------------------------------------------------

const NOW = new Date('2026-12-06T12:00:00Z')
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000)
const OWN_RUN_ID = 77

/**
 * The world the start looks at. In a calm one (half of them) nothing but the workflow runs can
 * stop the run, so each precondition is reached and decides on its own.
 */
const startWorldArb = fc.boolean().chain(calm =>
  fc.record({
    force: mostly.map(b => !b),
    onGitHub: mostly,
    enabledAt: fc.option(fc.integer({ min: 0, max: 200 }).map(hoursAgo), { nil: null }),
    // Newest first, as recentOutcomes returns them.
    outcomes: fc
      .array(
        fc.record({
          status: calm ? fc.constant('success') : fc.constantFrom('failed', 'failed', 'reverted', 'success'),
          hours: fc.integer({ min: 0, max: 800 }),
          githubRunId: fc.constantFrom('', '12', String(OWN_RUN_ID))
        }),
        { maxLength: 8 }
      )
      .map(list =>
        list
          .sort((a, b) => a.hours - b.hours)
          .map(o => ({ status: o.status, finishedAt: hoursAgo(o.hours), githubRunId: o.githubRunId }))
      ),
    railway: fc.option(
      fc.record({ active: calm ? fc.constant(false) : fc.boolean(), detail: fc.constant('railway') }),
      {
        nil: undefined
      }
    ),
    deployments: fc.array(
      fc.record({
        hours: fc.integer({ min: 0, max: 200 }),
        state: calm
          ? fc.constantFrom('success', 'inactive')
          : fc.constantFrom('success', 'in_progress', 'queued', 'pending', 'failure', 'inactive')
      }),
      { maxLength: 4 }
    ),
    runs: fc.array(
      fc.record({
        id: fc.constantFrom(1, 2, 3, 4, 5, OWN_RUN_ID),
        name: fc.constantFrom('CI', 'Deploy', 'self-evolution'),
        path: fc.constantFrom('.github/workflows/ci.yml', '.github/workflows/deploy.yml'),
        branch: fc.constantFrom('main', 'develop', 'release', 'feature'),
        status: fc.constantFrom('queued', 'in_progress', 'waiting', 'completed'),
        hours: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 }))
      }),
      { maxLength: 4 }
    )
  })
)
type StartWorld = typeof startWorldArb extends fc.Arbitrary<infer T> ? T : never

/** GitHub's deployments API as findActiveDeployment reads it: newest first, up to the window. */
function deploymentsSince(w: StartWorld, since: Date): { active: boolean; detail: string } {
  const newestFirst = [...w.deployments].sort((a, b) => a.hours - b.hours)
  const inWindow = []
  for (const d of newestFirst) {
    if (!inLookbackWindow(hoursAgo(d.hours).toISOString(), since.getTime())) break
    inWindow.push(d)
  }
  const active = inWindow.some(d => ACTIVE_DEPLOYMENT_STATES.includes(d.state))
  return { active, detail: active ? 'a deployment is active' : 'none active' }
}

/** GitHub's workflow runs as findActiveWorkflowRun reads them. */
function busyRuns(w: StartWorld, q: BusyQuery): { active: boolean; detail: string } {
  const branches = [...new Set(q.branches.map(b => b.trim()).filter(Boolean))]
  const active = w.runs.some(
    r =>
      (ACTIVE_RUN_STATUSES as readonly string[]).includes(r.status) &&
      (branches.length === 0 || branches.includes(r.branch)) &&
      classifyActiveRun(
        { id: r.id, name: r.name, path: r.path, created_at: hoursAgo(r.hours).toISOString() },
        {
          excluded: String(q.excludeRunId),
          workflows: q.workflows?.length ? q.workflows : undefined,
          nowMs: q.now.getTime(),
          ghostMs: q.ghostHours * 3_600_000
        }
      ) === 'busy'
  )
  return { active, detail: active ? 'a workflow run is active' : 'none active' }
}

/** Whether the start proceeds under a config: the config switch, then the preconditions in order. */
async function proceeds(config: Config, w: StartWorld): Promise<boolean> {
  if (!config.enabled) return false
  const outcomes: FinishedRun[] = w.outcomes.slice(0, outcomesNeeded(config))
  const github = w.onGitHub
  const answers: Record<string, () => PreconditionAnswer> = {
    'failure-limit': () => failureLimitAnswer(config, outcomes, w.enabledAt),
    cooldown: () => cooldownAnswer(config, outcomes, NOW, OWN_RUN_ID),
    'deployment-active': () => {
      const q = deploymentQuery(config, NOW)
      if ('off' in q) return q.off
      if (w.railway?.active) return deploymentAnswer(w.railway, undefined)
      return deploymentAnswer(w.railway, github ? deploymentsSince(w, q.since) : undefined)
    },
    'ci-active': () =>
      ciActiveAnswer(
        github
          ? busyRuns(w, busyQuery(config, { defaultBranch: 'main', ownRunId: OWN_RUN_ID, now: NOW }))
          : undefined
      )
  }
  const outcome = await runPreconditions(
    (['failure-limit', 'cooldown', 'deployment-active', 'ci-active'] as const).map(name => ({
      name,
      check: async () => answers[name]()
    })),
    { force: w.force }
  )
  return outcome.proceed
}

describe('the daily start', () => {
  it(
    'proceeds under C′ ⇒ proceeds under C',
    async () => {
      let proceeded = 0
      const enabledPairArb = pairArb.map(([c, c2]) => [{ ...c, enabled: true }, c2] as [Config, Config])
      await fc.assert(
        fc.asyncProperty(fc.oneof(pairArb, enabledPairArb), startWorldArb, async ([c, c2], w) => {
          if (await proceeds(c2, w)) {
            proceeded++
            expect(await proceeds(c, w)).toBe(true)
          }
        }),
        cheap
      )
      expect(proceeded).toBeGreaterThan(cheap.numRuns / 20)
    },
    TIMEOUT
  )
})
