import { describe, expect, it } from '@jest/globals'
import type { z } from 'zod'
import { unwrap } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { declaredDirection, judgeConfigChange } from '../../src/policy/index.js'

const PATH = '.github/self-evolution-config.json'

/** Every leaf key of the config schema with its declared direction. */
function leaves(schema: z.core.$ZodType = configSchema, prefix = ''): Array<[string, string | undefined]> {
  const inner = unwrap(schema)
  const direction = declaredDirection(schema)
  if (direction === undefined && inner._zod.def.type === 'object') {
    const shape = (inner as z.core.$ZodObject)._zod.def.shape
    return Object.keys(shape).flatMap(k => leaves(shape[k], prefix ? `${prefix}.${k}` : k))
  }
  return [[prefix, direction]]
}

function set(path: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let cur = out
  const parts = path.split('.')
  parts.slice(0, -1).forEach(p => {
    cur[p] = {}
    cur = cur[p] as Record<string, unknown>
  })
  cur[parts[parts.length - 1]] = value
  return out
}

const judge = (before: unknown, after: unknown) =>
  judgeConfigChange(
    {
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after)
    },
    PATH
  )

// [key, a stricter value, a looser value]: moving to the stricter one passes, the other way fails.
const DIRECTED: Array<[string, unknown, unknown]> = [
  ['enabled', false, true],
  ['dryRunMode', true, false],
  ['scheduleConfig.skipDuringDeployments', true, false],
  ['scheduleConfig.deploymentLookbackHours', 12, 5],
  ['scheduleConfig.ghostRunHours', 12, 5],
  ['safetyRails.diffCaps.maxLinesOfCode', 499, 501],
  ['safetyRails.diffCaps.maxFilesChanged', 9, 11],
  ['safetyRails.diffCaps.requireGreenCI', true, false],
  ['safetyRails.allowedPaths', ['docs/**/*.md'], ['docs/**/*.md', 'src/**']],
  [
    'safetyRails.blockedPaths',
    [
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
      'dist/**',
      'src/**'
    ],
    ['.env*']
  ],
  [
    'safetyRails.allowedChangeTypes',
    ['prompt'],
    ['prompt', 'persona', 'cleanup', 'capability', 'wildcard', 'prompt']
  ],
  ['safetyRails.maxRiskLevel', 1, 3],
  ['safetyRails.riskFloors', [{ paths: ['docs/**'], minRisk: 2 }], [{ paths: ['docs/**'], minRisk: 1 }]],
  ['safetyRails.sizeFloors', [{ minLines: 10, minRisk: 2 }], [{ minLines: 20, minRisk: 2 }]],
  ['safetyRails.requireReviewers', true, false],
  ['safetyRails.allowBinaryFiles', false, true],
  ['safetyRails.allowedUrlHosts', ['github.com'], ['github.com', 'attacker.io']],
  ['safetyRails.typePaths.capability', [], ['packages/agent/src/tools/**', 'src/**']],
  ['safetyRails.typePaths.prompt', [], ['**']],
  ['safetyRails.typePaths.persona', [], ['apps/**']],
  ['safetyRails.typePaths.cleanup', ['**'], ['**', 'x/**']],
  ['wildcardFeature.enabled', false, true],
  ['wildcardFeature.maxRiskLevel', 0, 1],
  ['wildcardFeature.allowedTypes', ['prompt'], ['prompt', 'persona', 'capability']],
  ['telemetry.logRetentionDays', 120, 30],
  ['telemetry.storeReflections', true, false],
  ['telemetry.storeProposals', true, false],
  ['telemetry.storeActions', true, false],
  ['telemetry.attachArtifacts', true, false],
  ['prTemplateConfig.requireChecklist', true, false],
  ['rollbackConfig.autoRevertOnFailure', true, false],
  ['rollbackConfig.maxFailuresBeforeDisable', 2, 4],
  ['rollbackConfig.cooldownHours', 48, 1],
  ['safetyRails.requiredChecks', ['ci', 'lint'], ['ci']],
  ['rollout.liveChangeTypes', [], ['wildcard']],
  ['rollout.maxActionsPerRun', 1, 2],
  ['rollout.maxOpenPullRequests', 3, 10],
  ['reflection.lookbackDays', 30, 7],
  ['reflection.maxBytes', 131072, 65536],
  ['reflection.maxFieldChars', 1000, 200],
  ['reflection.memoryItems', 40, 10],
  ['reflection.logLines', 20, 5],
  ['agent.retries', 0, 2],
  ['agent.timeoutMinutes', 10, 60],
  ['agent.acceptSharedUser', false, true]
]

// Keys with no declared direction: any change fails.
const FIXED: Array<[string, unknown]> = [
  ['scheduleConfig.cronSchedule', '0 3 * * *'],
  ['scheduleConfig.jitterMinutes', 5],
  ['scheduleConfig.staleRunHours', 12],
  ['scheduleConfig.busyBranches', ['main']],
  ['scheduleConfig.busyWorkflows', ['ci.yml']],
  ['prTemplateConfig.autoLabels', ['ai-ops']],
  ['prTemplateConfig.autoRequestReviewers', ['octocat']],
  ['prTemplateConfig.branchPrefix', 'bot/'],
  ['rollout.botName', 'someone-else'],
  ['rollout.botEmail', 'someone@example.com'],
  ['reflection.feedbackLabel', 'anyone'],
  ['agent.promptFile', '.github/agent-prompt.md']
]

const FREE: Array<[string, unknown]> = [
  ['$schema', './schema/config.schema.json'],
  ['version', '1.0.1'],
  ['wildcardFeature.description', 'anything at all']
]

describe('config-loosened: the schema declares every direction', () => {
  it('every leaf key of the schema is covered by this test, with the direction the test expects', () => {
    const declared = leaves()
    const covered = [...DIRECTED.map(d => d[0]), ...FIXED.map(f => f[0]), ...FREE.map(f => f[0])]
    expect(declared.map(d => d[0]).sort()).toEqual([...covered].sort())
    const byKey = new Map(declared)
    for (const [key] of FIXED) expect(byKey.get(key)).toBeUndefined()
    for (const [key] of FREE) expect(byKey.get(key)).toBe('free')
  })

  it.each(DIRECTED)('%s: %j is stricter than %j', (key, stricter, looser) => {
    expect(judge(set(key, looser), set(key, stricter))).toEqual([])
    const problems = judge(set(key, stricter), set(key, looser))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(key)
    expect(problems[0]).toMatch(/^the change loosens \.github\/self-evolution-config\.json: /)
  })

  it.each(FIXED)('%s: no declared direction, so any change fails', (key, value) => {
    const problems = judge({}, set(key, value))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('declares no stricter direction')
  })

  it.each(FREE)('%s may change freely', (key, value) => {
    expect(judge({}, set(key, value))).toEqual([])
  })
})

describe('config-loosened: the file as a whole', () => {
  it('compares with defaults applied on both sides', () => {
    expect(judge({ safetyRails: { maxRiskLevel: 2 } }, {})).toEqual([])
    expect(judge({ safetyRails: { maxRiskLevel: 1 } }, {})).toEqual([
      expect.stringContaining('safetyRails.maxRiskLevel changed from 1 to 2')
    ])
    expect(judge(null, { safetyRails: { maxRiskLevel: 1 } })).toEqual([])
    expect(judge(null, { safetyRails: { maxRiskLevel: 3 } })).toHaveLength(1)
  })
  it('treats an allowedPaths pattern removed as tighter and an edited one as looser', () => {
    const before = { safetyRails: { allowedPaths: ['docs/**/*.md', 'apps/bot/src/persona/**'] } }
    expect(judge(before, { safetyRails: { allowedPaths: ['docs/**/*.md'] } })).toEqual([])
    expect(
      judge(before, { safetyRails: { allowedPaths: ['docs/**', 'apps/bot/src/persona/**'] } })
    ).toHaveLength(1)
  })
  it('treats a blockedPaths pattern added as tighter and one removed as looser', () => {
    const before = { safetyRails: { blockedPaths: ['.env*'] } }
    expect(judge(before, { safetyRails: { blockedPaths: ['.env*', 'x/**'] } })).toEqual([])
    expect(judge(before, { safetyRails: { blockedPaths: ['x/**'] } })).toEqual([
      expect.stringContaining('safetyRails.blockedPaths lost ".env*"')
    ])
  })
  it('reports every loosened key', () => {
    expect(
      judge({}, { enabled: true, dryRunMode: false, safetyRails: { allowBinaryFiles: true } })
    ).toHaveLength(3)
  })
  it('fails an invalid new config, naming the problem', () => {
    const problems = judge({}, { safetyRails: { maxRiskLevel: 9 } })
    expect(problems).toEqual([expect.stringContaining('is invalid: safetyRails.maxRiskLevel')])
    expect(judgeConfigChange({ before: '{}', after: '{not json' }, PATH)).toEqual([
      expect.stringContaining('invalid')
    ])
    expect(judge({}, { safetyRails: { diffCaps: { maxLinesOfCod: 3 } } })).toEqual([
      expect.stringContaining('did you mean maxLinesOfCode')
    ])
  })
  it('fails a deletion or rename, an unknown new content, and an invalid old config', () => {
    expect(judge({}, null)).toEqual([expect.stringContaining('deletes or renames')])
    expect(
      judgeConfigChange({ before: '{}', unknownReason: 'the patch does not apply to it exactly' }, PATH)
    ).toEqual([expect.stringContaining('the patch does not apply to it exactly')])
    expect(judgeConfigChange(undefined, PATH)).toEqual([expect.stringContaining('cannot be verified')])
    expect(judgeConfigChange({ before: '{"enabled": 3}', after: '{}' }, PATH)).toEqual([
      expect.stringContaining('not valid before the change')
    ])
  })
  it('accepts a byte order mark and whitespace-only edits', () => {
    expect(
      judgeConfigChange({ before: '{"enabled":false}', after: '\uFEFF{\n  "enabled": false\n}\n' }, PATH)
    ).toEqual([])
  })
})
