/**
 * The configuration schema: the single source of truth for types, defaults, documentation and
 * for which direction of each key is stricter (used by the config-loosened rule).
 *
 * Every key carries `meta({ stricter })`:
 *   'lower' | 'higher'   a number moving this way is tighter
 *   'true' | 'false'     a boolean set to this value is tighter
 *   'subset' | 'superset' a list (set of strings) shrinking / growing is tighter
 *   'floors'             a list of risk floors (safetyRails.riskFloors, sizeFloors): every old
 *                        floor must stay covered by one at least as strict (src/policy/risk.ts)
 *   'free'               informational, may change freely
 *   (absent)             no declared direction: the key may not change at all
 */
import picomatch from 'picomatch'
import { z } from 'zod'
import { unsupportedGlob } from '../policy/glob-rules.js'

export type Stricter = 'lower' | 'higher' | 'true' | 'false' | 'subset' | 'superset' | 'floors' | 'free'

import { CHANGE_TYPES, DEFAULT_CONFIG_PATH, type ChangeType } from './names.js'
export { CHANGE_TYPES, DEFAULT_CONFIG_PATH, type ChangeType }

/** A glob pattern: non-empty, never a negation, relative to the repository root. */
export const globPattern = z.string().superRefine((value, ctx) => {
  if (value.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'empty glob pattern; expected a pattern such as "docs/**/*.md"' })
  } else if (value.startsWith('!')) {
    ctx.addIssue({
      code: 'custom',
      message: `negated pattern "${value}" is not allowed; list exclusions in safetyRails.blockedPaths`
    })
  } else if (value.startsWith('/')) {
    ctx.addIssue({
      code: 'custom',
      message: `pattern "${value}" starts with "/"; patterns are relative to the repository root`
    })
  } else if (/[\\\0]/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `pattern "${value}" contains a backslash or NUL; use "/" separators`
    })
  } else {
    // A construct the linear path matcher refuses (extglobs, parentheses, POSIX classes, huge
    // braces…): one sentence saying which and why. What passes compiles (a test checks it).
    const problem = unsupportedGlob(value.normalize('NFC'))
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
    else if (picomatch.makeRe(value, { dot: true }).source === '$^') {
      // picomatch turns a pattern it cannot parse into one that matches nothing: a blocked list
      // holding it would silently block nothing.
      ctx.addIssue({
        code: 'custom',
        message: `pattern "${value}" is not a valid glob (an unbalanced brace or a reversed range such as [z-a]); it would match nothing`
      })
    }
  }
})

const patternList = (def: string[], stricter?: Stricter, description?: string) =>
  z
    .array(globPattern)
    .default(def)
    .meta(stricter ? { stricter, description } : { description })

const changeType = z.enum(CHANGE_TYPES)
const int = (min: number, max: number) => z.number().int().min(min).max(max)

const DEFAULT_ALLOWED_PATHS = [
  'packages/agent/src/tools/**',
  'packages/agent/src/prompts/**',
  'apps/bot/src/persona/**',
  'docs/**/*.md',
  '.github/self-evolution-config.json'
]

/**
 * The files and folders the coding agents read as instructions or settings: Claude Code's
 * `.claude/`, `CLAUDE.md` and `CLAUDE.local.md`, MCP's `.mcp.json`, Codex's `.codex/`, `AGENTS.md`
 * and `AGENTS.override.md`. Blocked by default, and put back after every round of the agent step.
 */
export const AGENT_INSTRUCTION_PATHS = [
  '.claude',
  '.codex',
  '.mcp.json',
  'CLAUDE.md',
  'CLAUDE.local.md',
  'AGENTS.md',
  'AGENTS.override.md'
] as const

const DEFAULT_BLOCKED_PATHS = [
  '.github/workflows/**',
  '.github/actions/**',
  '.github/CODEOWNERS',
  'packages/database/**',
  '.env*',
  'pnpm-lock.yaml',
  'package-lock.json',
  'package.json',
  '.npmrc',
  '.gitattributes',
  '.gitmodules',
  '**/*.key',
  '**/*.pem',
  '**/secrets/**',
  'action.yml',
  'action.yaml',
  'dist/**',
  // A change to them would instruct or configure the next agent run.
  ...AGENT_INSTRUCTION_PATHS
]

/** A risk level on the product's scale: 0-1 typos, docs, small persona tweaks; 2-3 new tools, larger prompt changes. */
const riskLevel = int(0, 5)

/** A path floor: a change touching any of `paths` has at least `minRisk`, whatever it declares. */
export const riskFloorSchema = z.strictObject({
  paths: z.array(globPattern).min(1).meta({ description: 'Anchored patterns, as in allowedPaths.' }),
  minRisk: riskLevel.meta({ description: 'The least risk of a change that touches a matching path.' }),
  newFilesOnly: z.boolean().default(false).meta({
    description:
      'Apply only to a path that did not exist before the change: an added file, or the new path of a copy or rename.'
  })
})

/** A size floor: more than `minLines` changed lines in the matching files mean at least `minRisk`. */
export const sizeFloorSchema = z.strictObject({
  paths: z
    .array(globPattern)
    .min(1)
    .optional()
    .meta({ description: 'Anchored patterns whose files are counted (absent: every file).' }),
  minLines: int(0, 100000).meta({
    description:
      'The floor applies to more than this many changed lines (additions + deletions) in the matching files; a binary file among them always counts as more.'
  }),
  minRisk: riskLevel.meta({ description: 'The least risk of a change over minLines.' })
})

export type RiskFloor = z.output<typeof riskFloorSchema>
export type SizeFloor = z.output<typeof sizeFloorSchema>

/**
 * The default floors, on the product's scale, leaving the daily wildcard (risk 1 at most,
 * persona and prompt paths) possible: docs and persona 0, prompts 1, any tool change 1, a new
 * tool 2, the rails' own config 2.
 */
const DEFAULT_RISK_FLOORS: readonly RiskFloor[] = [
  { paths: ['docs/**/*.md'], minRisk: 0, newFilesOnly: false },
  { paths: ['apps/bot/src/persona/**'], minRisk: 0, newFilesOnly: false },
  { paths: ['packages/agent/src/prompts/**'], minRisk: 1, newFilesOnly: false },
  { paths: ['packages/agent/src/tools/**'], minRisk: 2, newFilesOnly: true },
  { paths: ['.github/self-evolution-config.json'], minRisk: 2, newFilesOnly: false },
  { paths: ['packages/agent/src/tools/**'], minRisk: 1, newFilesOnly: false }
]

/** Larger prompt or persona changes (more than 50 lines) and any change over 200 lines are at least 2. */
const DEFAULT_SIZE_FLOORS: readonly SizeFloor[] = [
  { paths: ['packages/agent/src/prompts/**', 'apps/bot/src/persona/**'], minLines: 50, minRisk: 2 },
  { minLines: 200, minRisk: 2 }
]

/** A fresh deep copy of a default list, so no parsed config shares it with another. */
const copyOf =
  <T>(list: readonly T[]) =>
  (): T[] =>
    JSON.parse(JSON.stringify(list)) as T[]

export const scheduleConfigSchema = z
  .strictObject({
    cronSchedule: z
      .string()
      .regex(/^\S+(\s+\S+){4}$/, 'expected a five-field cron expression such as "0 2 * * *"')
      .default('0 2 * * *')
      .meta({ description: 'The intended schedule; the workflow file holds the real one.' }),
    jitterMinutes: int(0, 120)
      .default(20)
      .meta({ description: 'Largest random delay, in minutes, on scheduled runs (0 disables).' }),
    skipDuringDeployments: z
      .boolean()
      .default(true)
      .meta({ stricter: 'true', description: 'Skip while a deployment is in progress.' }),
    deploymentLookbackHours: int(1, 168)
      .default(6)
      .meta({ stricter: 'higher', description: 'How far back to look for active deployments.' }),
    ghostRunHours: int(1, 168)
      .default(6)
      .meta({ stricter: 'higher', description: 'Workflow runs older than this are ghosts and ignored.' }),
    staleRunHours: int(1, 168)
      .default(6)
      .meta({ description: 'A run still "running" after this many hours is marked failed.' }),
    busyBranches: z.array(z.string().min(1)).optional().meta({
      description: 'Branches whose active workflow runs block the daily run (default: the default branch).'
    }),
    busyWorkflows: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Workflow names or file names that count as active CI (default: all).' })
  })
  .prefault({})

/**
 * Hosts an added line may link to without new-url-host (besides hosts the file already names):
 * reference sites for documentation and the reserved example and loopback names (RFC 2606,
 * RFC 6761). `*.example.com` is any host under example.com, not example.com itself.
 */
export const DEFAULT_ALLOWED_URL_HOSTS = [
  'github.com',
  'docs.github.com',
  'api.github.com',
  'cli.github.com',
  'nodejs.org',
  'developer.mozilla.org',
  'www.npmjs.com',
  'docs.npmjs.com',
  'www.typescriptlang.org',
  'json-schema.org',
  'www.rfc-editor.org',
  'datatracker.ietf.org',
  'www.unicode.org',
  'semver.org',
  'keepachangelog.com',
  'www.conventionalcommits.org',
  'spdx.org',
  'opensource.org',
  'www.postgresql.org',
  'en.wikipedia.org',
  'example.com',
  '*.example.com',
  'example.org',
  '*.example.org',
  'example.net',
  '*.example.net',
  '*.example',
  '*.test',
  '*.invalid',
  'localhost',
  '*.localhost',
  '127.0.0.1',
  '[::1]'
]

/** A host pattern of safetyRails.allowedUrlHosts: a lowercase host name, `*.` + one, or an IP. */
export const hostPattern = z
  .string()
  .regex(
    /^(?:(?:\*\.)?(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\.)*[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?|\[[0-9a-f:.]+\])$/,
    'expected a lowercase host name such as "docs.github.com", "*.github.com" or an IP address (write internationalized names in punycode, xn--…)'
  )

export const safetyRailsSchema = z
  .strictObject({
    diffCaps: z
      .strictObject({
        maxLinesOfCode: int(0, 100000)
          .default(500)
          .meta({ stricter: 'lower', description: 'Most changed lines (additions + deletions).' }),
        maxFilesChanged: int(0, 3000)
          .default(10)
          .meta({ stricter: 'lower', description: 'Most distinct changed files.' }),
        requireGreenCI: z
          .boolean()
          .default(true)
          .meta({ stricter: 'true', description: 'Pull requests need green CI.' })
      })
      .prefault({}),
    allowedPaths: patternList(
      DEFAULT_ALLOWED_PATHS,
      'subset',
      'Paths the agent may touch, anchored at the root.'
    ),
    blockedPaths: patternList(
      DEFAULT_BLOCKED_PATHS,
      'superset',
      'Paths the agent may never touch; a pattern without a slash matches at any depth.'
    ),
    allowedChangeTypes: z
      .array(changeType)
      .default([...CHANGE_TYPES])
      .meta({ stricter: 'subset', description: 'Change types that may be proposed.' }),
    maxRiskLevel: int(0, 3)
      .default(2)
      .meta({ stricter: 'lower', description: 'Highest allowed risk level (risk 4-5 is never allowed).' }),
    riskFloors: z.array(riskFloorSchema).max(100).default(copyOf(DEFAULT_RISK_FLOORS)).meta({
      stricter: 'floors',
      description:
        'Path floors: a change touching a matching path has at least minRisk, whatever risk it declares. Floors may be added or raised, never removed or lowered.'
    }),
    sizeFloors: z.array(sizeFloorSchema).max(100).default(copyOf(DEFAULT_SIZE_FLOORS)).meta({
      stricter: 'floors',
      description:
        'Size floors: more than minLines changed lines in the matching files mean at least minRisk. Floors may be added or made stricter, never removed or loosened.'
    }),
    requireReviewers: z
      .boolean()
      .default(true)
      .meta({ stricter: 'true', description: 'Pull requests need a human approval.' }),
    requiredChecks: z.array(z.string().min(1).max(200)).default([]).meta({
      stricter: 'superset',
      description:
        'Names of checks that must also be present on a pull request and conclude success (skipped or neutral is not success for them). Every other check that ran must pass as well, and at least one GitHub Actions check run must have run; a name added can only tighten.'
    }),
    allowBinaryFiles: z
      .boolean()
      .default(false)
      .meta({ stricter: 'false', description: 'Allow binary files in changes.' }),
    allowedUrlHosts: z.array(hostPattern).default(DEFAULT_ALLOWED_URL_HOSTS).meta({
      stricter: 'subset',
      description:
        'Hosts an added line may link to (new-url-host); a file may also keep linking to hosts its own lines already name.'
    }),
    typePaths: z
      .strictObject({
        capability: patternList(['packages/agent/src/tools/**'], 'subset'),
        prompt: patternList(['packages/agent/src/prompts/**'], 'subset'),
        persona: patternList(['apps/bot/src/persona/**'], 'subset'),
        cleanup: patternList(['**'], 'subset')
      })
      .prefault({})
      .meta({ description: 'The paths each change type may touch.' })
  })
  .prefault({})

export const wildcardFeatureSchema = z
  .strictObject({
    enabled: z.boolean().default(true).meta({ stricter: 'false', description: 'Allow the daily wildcard.' }),
    maxRiskLevel: int(0, 1)
      .default(1)
      .meta({ stricter: 'lower', description: 'Highest risk for a wildcard.' }),
    allowedTypes: z
      .array(z.enum(['capability', 'prompt', 'persona', 'cleanup']))
      .default(['persona', 'prompt'])
      .meta({ stricter: 'subset', description: 'Whose typePaths a wildcard may touch.' }),
    description: z
      .string()
      .default('One small, reversible, low-risk change per day.')
      .meta({ stricter: 'free', description: 'Free text.' })
  })
  .prefault({})

export const telemetrySchema = z
  .strictObject({
    logRetentionDays: int(1, 400).default(90).meta({
      stricter: 'higher',
      description: 'How long artifacts are kept (the database is never pruned).'
    }),
    storeReflections: z.boolean().default(true).meta({ stricter: 'true' }),
    storeProposals: z.boolean().default(true).meta({ stricter: 'true' }),
    storeActions: z.boolean().default(true).meta({ stricter: 'true' }),
    attachArtifacts: z.boolean().default(true).meta({ stricter: 'true' })
  })
  .prefault({})

export const prTemplateConfigSchema = z
  .strictObject({
    autoLabels: z
      .array(z.string().min(1).max(50))
      .default(['ai-ops', 'self-evolution', 'safety'])
      .meta({ description: 'Labels added to every pull request the agent opens.' }),
    autoRequestReviewers: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Reviewers requested on every pull request.' }),
    branchPrefix: z
      .string()
      .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, 'expected a branch prefix such as "self-evolution/"')
      .default('self-evolution/')
      .meta({ description: 'Prefix of every branch the agent pushes.' }),
    requireChecklist: z.boolean().default(true).meta({ stricter: 'true' })
  })
  .prefault({})

export const rollbackConfigSchema = z
  .strictObject({
    autoRevertOnFailure: z.boolean().default(true).meta({ stricter: 'true' }),
    maxFailuresBeforeDisable: int(1, 100)
      .default(3)
      .meta({ stricter: 'lower', description: 'Consecutive failures that turn the repository flag off.' }),
    cooldownHours: int(0, 720)
      .default(24)
      .meta({ stricter: 'higher', description: 'Hours to wait after a failed run.' })
  })
  .prefault({})

export const rolloutSchema = z
  .strictObject({
    liveChangeTypes: z.array(changeType).default([]).meta({
      stricter: 'subset',
      description: 'Change types that act when not in a dry run (phase 3: ["wildcard"]; phase 4: every type).'
    }),
    maxActionsPerRun: int(0, 20)
      .default(1)
      .meta({ stricter: 'lower', description: 'Most proposals executed by one run.' }),
    maxOpenPullRequests: int(0, 50)
      .default(3)
      .meta({ stricter: 'lower', description: 'Most open pull requests on the branch prefix.' }),
    botName: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[^<>\n\r\0]+$/, 'expected a plain name without angle brackets or line breaks')
      .default('self-evolution[bot]')
      .meta({ description: 'Author and committer name of the commits the agent makes.' }),
    botEmail: z
      .string()
      .regex(/^[^\s<>@]+@[^\s<>@]+$/, 'expected an e-mail address such as "bot@example.com"')
      .default('self-evolution[bot]@users.noreply.github.com')
      .meta({ description: 'Author and committer e-mail of the commits the agent makes.' })
  })
  .prefault({})

/** A GitHub label name: what the labels filter of the issues API takes (no comma, no edge spaces). */
const labelName = z
  .string()
  .regex(/^[^,\s](?:[^,]{0,48}[^,\s])?$/, 'expected a label name of 1 to 50 characters without commas')

/**
 * The reflection the rails build before the agent runs (src/reflection): how far back it looks, whose
 * words count as feedback, and how large it may grow. Every size moves only up: a smaller window or
 * cap would let the agent edit itself out of what it is shown.
 */
export const reflectionConfigSchema = z
  .strictObject({
    lookbackDays: int(1, 90)
      .default(14)
      .meta({ stricter: 'higher', description: 'Days of history the reflection covers.' }),
    feedbackLabel: labelName.default('self-evolution:feedback').meta({
      description:
        'Open issues with this label, by authors with write access, are feedback. It may not change: the agent could otherwise choose whose words count.'
    }),
    maxBytes: int(8192, 1048576).default(65536).meta({
      stricter: 'higher',
      description: 'Largest reflection, in bytes of JSON; the oldest items go first.'
    }),
    maxFieldChars: int(100, 10000)
      .default(500)
      .meta({ stricter: 'higher', description: 'Longest text field taken from GitHub, in characters.' }),
    memoryItems: int(1, 200).default(20).meta({
      stricter: 'higher',
      description: 'How many of the latest proposals the memory lists with their fate.'
    }),
    logLines: int(1, 50)
      .default(10)
      .meta({ stricter: 'higher', description: "Most error lines quoted from each failed job's log." })
  })
  .prefault({})

/**
 * A repository-relative path of a committed file, or '' for none: no leading slash, no `.` or
 * `..` segment, no backslash or NUL.
 */
const repositoryFile = z.string().superRefine((value, ctx) => {
  if (value === '') return
  const segments = value.split('/')
  if (
    value.startsWith('/') ||
    /[\\\0]/.test(value) ||
    segments.some(s => s === '' || s === '.' || s === '..')
  ) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a repository-relative file path; expected a path such as ".github/self-evolution-prompt.md", or "" for none`
    })
  }
})

/**
 * The agent step (the propose job): how often it may correct itself, which committed file extends
 * its prompt, and whether it may share the action's user where no separate user can be made.
 */
export const agentConfigSchema = z
  .strictObject({
    retries: int(0, 2).default(1).meta({
      stricter: 'lower',
      description:
        'Self-correction rounds after the first: the agent sees the verdict on its change and may fix or withdraw it. Fewer is stricter.'
    }),
    promptFile: repositoryFile.default('').meta({
      description:
        'A committed file whose text extends the shipped prompt, read at HEAD ("" for none). The agent may not change it, and it may not change: the agent could otherwise choose its own instructions.'
    }),
    timeoutMinutes: int(1, 350).default(30).meta({
      stricter: 'lower',
      description:
        "The agent's timeout in minutes, enforced by the action for every engine (the agent-timeout-minutes input may only lower it). With the largest jitter and an hour of queueing it must stay below scheduleConfig.staleRunHours."
    }),
    acceptSharedUser: z.boolean().default(false).meta({
      stricter: 'false',
      description:
        "Run the engine as the action's own user where no separate unprivileged user can be made. The engine can then read the action's process environment (its runtime tokens and inputs)."
    })
  })
  .prefault({})

/**
 * How long the three jobs of one run may wait in GitHub's queue, in all: the stale-run limit must
 * leave room for it beyond the jitter and the agent's timeout.
 */
export const QUEUE_MINUTES = 60

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ stricter: 'free' }),
    version: z.string().default('1.0.0').meta({ stricter: 'free', description: 'Config format version.' }),
    enabled: z
      .boolean()
      .default(false)
      .meta({ stricter: 'false', description: 'Master switch in the config.' }),
    dryRunMode: z
      .boolean()
      .default(true)
      .meta({ stricter: 'true', description: 'Judge and record, never write.' }),
    scheduleConfig: scheduleConfigSchema,
    safetyRails: safetyRailsSchema,
    wildcardFeature: wildcardFeatureSchema,
    telemetry: telemetrySchema,
    prTemplateConfig: prTemplateConfigSchema,
    rollbackConfig: rollbackConfigSchema,
    rollout: rolloutSchema,
    reflection: reflectionConfigSchema,
    agent: agentConfigSchema
  })
  .superRefine((config, ctx) => {
    const needed = config.scheduleConfig.jitterMinutes + config.agent.timeoutMinutes + QUEUE_MINUTES
    if (config.scheduleConfig.staleRunHours * 60 <= needed) {
      ctx.addIssue({
        code: 'custom',
        path: ['scheduleConfig', 'staleRunHours'],
        message: `${config.scheduleConfig.staleRunHours} hours does not exceed the largest jitter (${config.scheduleConfig.jitterMinutes} min) plus the agent's timeout (agent.timeoutMinutes, ${config.agent.timeoutMinutes} min) plus ${QUEUE_MINUTES} min of queueing; expected more than ${Math.floor(needed / 60)} hours, or a run still waiting for its rails job would be swept as stale`
      })
    }
  })

export type Config = z.output<typeof configSchema>
export type ConfigInput = z.input<typeof configSchema>
