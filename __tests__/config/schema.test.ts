import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseConfigText, validateConfig, formatProblems, defaultConfig } from '../../src/config/load.js'

const FULL = {
  $schema: './schema/config.schema.json',
  version: '1.0.0',
  enabled: true,
  dryRunMode: true,
  scheduleConfig: {
    cronSchedule: '0 2 * * *',
    jitterMinutes: 20,
    skipDuringDeployments: true,
    deploymentLookbackHours: 6,
    ghostRunHours: 6,
    staleRunHours: 6,
    busyBranches: ['main'],
    busyWorkflows: ['ci.yml', 'Deploy']
  },
  safetyRails: {
    diffCaps: { maxLinesOfCode: 500, maxFilesChanged: 10, requireGreenCI: true },
    allowedPaths: ['packages/agent/src/tools/**', 'docs/**/*.md'],
    blockedPaths: ['.github/workflows/**', '.env*'],
    allowedChangeTypes: ['capability', 'prompt', 'persona', 'cleanup', 'wildcard'],
    maxRiskLevel: 2,
    requireReviewers: true,
    allowBinaryFiles: false,
    typePaths: {
      capability: ['packages/agent/src/tools/**'],
      prompt: ['packages/agent/src/prompts/**'],
      persona: ['apps/bot/src/persona/**'],
      cleanup: ['**']
    }
  },
  wildcardFeature: {
    enabled: true,
    maxRiskLevel: 1,
    allowedTypes: ['persona', 'prompt'],
    description: 'one a day'
  },
  telemetry: {
    logRetentionDays: 90,
    storeReflections: true,
    storeProposals: true,
    storeActions: true,
    attachArtifacts: true
  },
  prTemplateConfig: {
    autoLabels: ['ai-ops', 'self-evolution', 'safety'],
    autoRequestReviewers: ['octocat'],
    branchPrefix: 'self-evolution/',
    requireChecklist: true
  },
  rollbackConfig: { autoRevertOnFailure: true, maxFailuresBeforeDisable: 3, cooldownHours: 24 }
}

function problems(raw: unknown): string[] {
  const r = validateConfig(raw)
  return r.ok ? [] : formatProblems(r.problems)
}

describe('config schema', () => {
  it('accepts the full documented shape', () => {
    expect(problems(FULL)).toEqual([])
  })

  it('has the documented defaults', () => {
    const c = defaultConfig()
    expect(c).toMatchObject({
      version: '1.0.0',
      enabled: false,
      dryRunMode: true,
      scheduleConfig: {
        cronSchedule: '0 2 * * *',
        jitterMinutes: 20,
        skipDuringDeployments: true,
        deploymentLookbackHours: 6,
        ghostRunHours: 6,
        staleRunHours: 6
      },
      safetyRails: {
        diffCaps: { maxLinesOfCode: 500, maxFilesChanged: 10, requireGreenCI: true },
        maxRiskLevel: 2,
        requireReviewers: true,
        allowBinaryFiles: false,
        allowedChangeTypes: ['capability', 'prompt', 'persona', 'cleanup', 'wildcard']
      },
      wildcardFeature: { enabled: true, maxRiskLevel: 1, allowedTypes: ['persona', 'prompt'] },
      telemetry: {
        logRetentionDays: 90,
        storeReflections: true,
        storeProposals: true,
        storeActions: true,
        attachArtifacts: true
      },
      prTemplateConfig: {
        autoLabels: ['ai-ops', 'self-evolution', 'safety'],
        autoRequestReviewers: [],
        branchPrefix: 'self-evolution/',
        requireChecklist: true
      },
      rollbackConfig: { autoRevertOnFailure: true, maxFailuresBeforeDisable: 3, cooldownHours: 24 }
    })
    expect(c.safetyRails.blockedPaths).toEqual(
      expect.arrayContaining([
        '.github/workflows/**',
        'action.yml',
        'dist/**',
        '.gitattributes',
        '**/secrets/**',
        '.env*'
      ])
    )
    expect(c.safetyRails.allowedPaths).toContain('.github/self-evolution-config.json')
    expect(c.safetyRails.typePaths).toEqual({
      capability: ['packages/agent/src/tools/**'],
      prompt: ['packages/agent/src/prompts/**'],
      persona: ['apps/bot/src/persona/**'],
      cleanup: ['**']
    })
  })

  it('fills defaults inside a partly given section', () => {
    const r = validateConfig({ safetyRails: { diffCaps: { maxLinesOfCode: 100 } } })
    expect(r.ok && r.config.safetyRails.diffCaps).toEqual({
      maxLinesOfCode: 100,
      maxFilesChanged: 10,
      requireGreenCI: true
    })
    expect(r.ok && r.config.safetyRails.typePaths.cleanup).toEqual(['**'])
  })

  it.each([
    [
      { safetyRails: { diffCaps: { maxLinesOfCod: 3 } } },
      'safetyRails.diffCaps.maxLinesOfCod: unknown key (did you mean maxLinesOfCode?)'
    ],
    [{ enabeld: true }, 'enabeld: unknown key (did you mean enabled?)'],
    [{ safetyRail: {} }, 'safetyRail: unknown key (did you mean safetyRails?)'],
    [
      { wildcardFeature: { maxrisklevel: 1 } },
      'wildcardFeature.maxrisklevel: unknown key (did you mean maxRiskLevel?)'
    ],
    [{ totallyUnrelated: 1 }, 'totallyUnrelated: unknown key']
  ])('names an unknown key %j', (raw, expected) => {
    expect(problems(raw)).toContain(expected)
  })

  it.each([
    [{ safetyRails: { maxRiskLevel: 4 } }, 'safetyRails.maxRiskLevel'],
    [{ safetyRails: { maxRiskLevel: 1.5 } }, 'safetyRails.maxRiskLevel'],
    [{ wildcardFeature: { maxRiskLevel: 2 } }, 'wildcardFeature.maxRiskLevel'],
    [{ scheduleConfig: { jitterMinutes: 121 } }, 'scheduleConfig.jitterMinutes'],
    [{ scheduleConfig: { jitterMinutes: -1 } }, 'scheduleConfig.jitterMinutes'],
    [{ telemetry: { logRetentionDays: 0 } }, 'telemetry.logRetentionDays'],
    [{ telemetry: { logRetentionDays: 401 } }, 'telemetry.logRetentionDays'],
    [{ enabled: 'true' }, 'enabled'],
    [{ safetyRails: { allowedChangeTypes: ['refactor'] } }, 'safetyRails.allowedChangeTypes[0]'],
    [{ safetyRails: { blockedPaths: [''] } }, 'safetyRails.blockedPaths[0]'],
    [{ safetyRails: { blockedPaths: ['!dist/**'] } }, 'safetyRails.blockedPaths[0]'],
    [{ safetyRails: { allowedPaths: ['docs/**', '!docs/secret.md'] } }, 'safetyRails.allowedPaths[1]'],
    [{ safetyRails: { typePaths: { prompt: ['  '] } } }, 'safetyRails.typePaths.prompt[0]'],
    [{ safetyRails: { typePaths: { wildcard: ['**'] } } }, 'safetyRails.typePaths.wildcard'],
    [{ prTemplateConfig: { branchPrefix: '--upload-pack=x' } }, 'prTemplateConfig.branchPrefix'],
    [[], '(root)'],
    [null, '(root)']
  ])('refuses %j at its path', (raw, path) => {
    const lines = problems(raw)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.some(l => l.startsWith(`${path}: `))).toBe(true)
  })

  it('says what was expected and what it got', () => {
    expect(problems({ safetyRails: { diffCaps: { maxFilesChanged: 'ten' } } })).toEqual([
      'safetyRails.diffCaps.maxFilesChanged: expected number (got "ten")'
    ])
  })

  it('refuses text that is not JSON as a JSON problem', () => {
    const r = parseConfigText('{ "enabled": true, }')
    expect(r.ok).toBe(false)
    expect(!r.ok && r.kind).toBe('json')
  })

  it('the example config is valid and enabled', () => {
    const r = parseConfigText(readFileSync('examples/self-evolution-config.json', 'utf8'))
    expect(r.ok && r.config.enabled).toBe(true)
    expect(r.ok && r.config.dryRunMode).toBe(true)
  })
})

describe('the agent block', () => {
  it('defaults to one retry, no prompt extension and no shared user', () => {
    const r = validateConfig({})
    expect(r.ok && r.config.agent).toEqual({
      retries: 1,
      promptFile: '',
      timeoutMinutes: 30,
      acceptSharedUser: false
    })
  })
  it('refuses a stale-run limit that does not exceed the jitter, the agent timeout and the queue', () => {
    // 120 + 30 + 60 = 210 minutes: 3 hours is too little, 4 is enough.
    const tight = validateConfig({ scheduleConfig: { jitterMinutes: 120, staleRunHours: 3 } })
    expect(tight.ok).toBe(false)
    if (!tight.ok) {
      expect(tight.problems[0].path).toBe('scheduleConfig.staleRunHours')
      expect(tight.problems[0].message).toMatch(
        /does not exceed the largest jitter \(120 min\) plus the agent's timeout/
      )
    }
    expect(validateConfig({ scheduleConfig: { jitterMinutes: 120, staleRunHours: 4 } }).ok).toBe(true)
    expect(validateConfig({ scheduleConfig: { staleRunHours: 2 }, agent: { timeoutMinutes: 90 } }).ok).toBe(
      false
    )
    // At the boundary: 120 + 60 + 60 = 240 minutes is exactly 4 hours, which is not more; 59 is.
    const exact = { scheduleConfig: { jitterMinutes: 120, staleRunHours: 4 }, agent: { timeoutMinutes: 60 } }
    expect(validateConfig(exact).ok).toBe(false)
    expect(validateConfig({ ...exact, agent: { timeoutMinutes: 59 } }).ok).toBe(true)
  })
  it('takes 0 to 2 retries and a repository-relative prompt file', () => {
    expect(validateConfig({ agent: { retries: 2, promptFile: '.github/agent.md' } }).ok).toBe(true)
    expect(validateConfig({ agent: { retries: 3 } }).ok).toBe(false)
    for (const promptFile of ['/etc/passwd', '../x.md', 'a//b.md', 'a/./b.md', 'a\\b.md', 'dir/'])
      expect([promptFile, validateConfig({ agent: { promptFile } }).ok]).toEqual([promptFile, false])
  })
})
