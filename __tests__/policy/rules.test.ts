import { describe, expect, it } from '@jest/globals'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import type { Config } from '../../src/config/schema.js'
import { evaluateProposals, RULE_IDS } from '../../src/policy/index.js'
import type { FileChange, ProposalUnderReview, RuleId } from '../../src/policy/index.js'

const CONFIG_PATH = '.github/self-evolution-config.json'

function config(raw: unknown = {}): Config {
  const r = validateConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}

function file(path: string, extra: Partial<FileChange> = {}): FileChange {
  return {
    path,
    status: 'modified',
    additions: 1,
    deletions: 0,
    binary: false,
    mode: '100644',
    previousMode: '100644',
    ...extra
  }
}

function proposal(files: FileChange[], extra: Partial<ProposalUnderReview> = {}): ProposalUnderReview {
  return { title: 'a proposal', type: 'persona', riskLevel: 1, source: 'claimed', files, ...extra }
}

function judge(
  p: ProposalUnderReview | ProposalUnderReview[],
  cfg: Config = defaultConfig(),
  used?: boolean
) {
  return evaluateProposals({
    config: cfg,
    proposals: Array.isArray(p) ? p : [p],
    configPath: CONFIG_PATH,
    ...(used !== undefined ? { wildcardAlreadyUsedToday: used } : {})
  })
}

function rules(p: ProposalUnderReview, cfg?: Config): RuleId[] {
  return judge(p, cfg).proposals[0].violations.map(v => v.rule)
}

const PERSONA = 'apps/bot/src/persona/tone.md'

describe('the verdict', () => {
  it('allows a small persona change inside every rail and reports its stats', () => {
    const r = judge(proposal([file(PERSONA, { additions: 3, deletions: 2 })]))
    expect(r.allowed).toBe(true)
    expect(r.proposals[0]).toEqual({
      title: 'a proposal',
      type: 'persona',
      riskLevel: 1,
      effectiveRisk: 1,
      riskRaisedBy: [],
      source: 'claimed',
      allowed: true,
      stats: { files: 1, additions: 3, deletions: 2, linesChanged: 5, binaryFiles: 0 },
      violations: [],
      files: [file(PERSONA, { additions: 3, deletions: 2 })]
    })
  })

  it('uses exactly the rule ids of the issue', () => {
    expect([...RULE_IDS].sort()).toEqual(
      [
        'invalid-path',
        'blocked-path',
        'path-not-allowed',
        'symlink',
        'submodule',
        'binary-file',
        'max-lines',
        'max-files',
        'risk-too-high',
        'type-not-allowed',
        'type-path-mismatch',
        'wildcard-disabled',
        'wildcard-risk',
        'wildcard-path',
        'wildcard-daily-limit',
        'config-loosened',
        'secret-in-content',
        'too-large',
        'patch-rejected',
        'patch-unreadable',
        'hidden-text',
        'ci-skip-marker',
        'encoded-payload',
        'fetch-and-run',
        'new-url-host',
        'proposal-metadata-invalid'
      ].sort()
    )
  })

  it('keeps the optional metadata and names every violation with a sentence', () => {
    const r = judge(proposal([file('.github/workflows/ci.yml')], { effort: 3, description: 'why' }))
    const v = r.proposals[0]
    expect(v.effort).toBe(3)
    expect(v.description).toBe('why')
    expect(v.allowed).toBe(false)
    for (const violation of v.violations) {
      expect(RULE_IDS).toContain(violation.rule)
      expect(violation.message.length).toBeGreaterThan(10)
    }
  })
})

describe('max-lines and max-files are inclusive caps', () => {
  it('passes 500 changed lines and fails 501', () => {
    expect(rules(proposal([file(PERSONA, { additions: 300, deletions: 200 })]))).toEqual([])
    expect(rules(proposal([file(PERSONA, { additions: 300, deletions: 201 })]))).toEqual(['max-lines'])
  })
  it('sums the lines of every file', () => {
    const files = Array.from({ length: 5 }, (_, i) =>
      file(`apps/bot/src/persona/${i}.md`, { additions: 100, deletions: 0 })
    )
    expect(rules(proposal(files))).toEqual([])
    files[0] = { ...files[0], additions: 101 }
    expect(rules(proposal(files))).toEqual(['max-lines'])
  })
  it('passes 10 files and fails 11', () => {
    const files = Array.from({ length: 10 }, (_, i) => file(`apps/bot/src/persona/${i}.md`))
    expect(rules(proposal(files))).toEqual([])
    expect(rules(proposal([...files, file('apps/bot/src/persona/10.md')]))).toEqual(['max-files'])
  })
  it('counts a rename as one file', () => {
    const files = Array.from({ length: 9 }, (_, i) => file(`apps/bot/src/persona/${i}.md`))
    files.push(
      file('apps/bot/src/persona/new.md', { status: 'renamed', previousPath: 'apps/bot/src/persona/old.md' })
    )
    const r = judge(proposal(files))
    expect(r.proposals[0].stats.files).toBe(10)
    expect(r.allowed).toBe(true)
  })
  it('fails line counts that are not whole numbers, whoever sent them', () => {
    expect(rules(proposal([file(PERSONA, { additions: Number.NaN })]))).toEqual(['max-lines'])
    expect(rules(proposal([file(PERSONA, { deletions: -5 })]))).toEqual(['max-lines'])
  })
  it('follows the configured caps', () => {
    const cfg = config({ safetyRails: { diffCaps: { maxLinesOfCode: 0, maxFilesChanged: 0 } } })
    expect(rules(proposal([]), cfg)).toEqual([])
    expect(rules(proposal([file(PERSONA, { additions: 0, deletions: 0 })]), cfg)).toEqual(['max-files'])
  })
})

describe('too-large', () => {
  it('fails a change of more than 3,000 files, and still reports every other rule', () => {
    const cfg = config({ safetyRails: { diffCaps: { maxFilesChanged: 3000 } } })
    const files = Array.from({ length: 3000 }, (_, i) =>
      file(`apps/bot/src/persona/${i}.md`, { additions: 0 })
    )
    expect(rules(proposal(files), cfg)).toEqual([])
    files.push(file('.env'))
    const found = rules(proposal(files), cfg)
    expect(found).toContain('too-large')
    expect(found).toContain('max-files')
    expect(found).toContain('blocked-path')
  })
})

describe('risk-too-high', () => {
  it('passes the configured maximum and fails one above', () => {
    expect(rules(proposal([file(PERSONA)], { riskLevel: 2, type: 'persona' }))).toEqual([])
    expect(rules(proposal([file(PERSONA)], { riskLevel: 3 }))).toEqual(['risk-too-high'])
  })
  it('always fails 4 and 5, whatever the config', () => {
    const cfg = config({ safetyRails: { maxRiskLevel: 3 } })
    expect(rules(proposal([file(PERSONA)], { riskLevel: 3 }), cfg)).toEqual([])
    expect(rules(proposal([file(PERSONA)], { riskLevel: 4 }), cfg)).toEqual(['risk-too-high'])
    expect(rules(proposal([file(PERSONA)], { riskLevel: 5 }), cfg)).toEqual(['risk-too-high'])
  })
  it('fails a risk that is not an integer from 0 to 5', () => {
    for (const riskLevel of [-1, 1.5, Number.NaN, 6]) {
      expect(rules(proposal([file(PERSONA)], { riskLevel }))).toContain('risk-too-high')
    }
  })
})

describe('type-not-allowed and type-path-mismatch', () => {
  it('fails a type missing from allowedChangeTypes', () => {
    const cfg = config({ safetyRails: { allowedChangeTypes: ['prompt'] } })
    expect(rules(proposal([file(PERSONA)]), cfg)).toEqual(['type-not-allowed'])
  })
  it('fails a file outside the typePaths of its type, on either side of a rename', () => {
    expect(rules(proposal([file('packages/agent/src/tools/x.ts')], { type: 'persona' }))).toEqual([
      'type-path-mismatch'
    ])
    const moved = file(PERSONA, { status: 'renamed', previousPath: 'packages/agent/src/tools/x.ts' })
    const v = judge(proposal([moved])).proposals[0].violations
    expect(v).toEqual([
      expect.objectContaining({ rule: 'type-path-mismatch', path: 'packages/agent/src/tools/x.ts' })
    ])
  })
  it('fails closed on a type that is not a change type at all', () => {
    for (const type of ['__proto__', 'constructor', 'rewrite']) {
      const found = rules(proposal([file(PERSONA)], { type: type as 'persona' }))
      expect(found).toEqual(['type-not-allowed', 'type-path-mismatch'])
    }
  })
  it('lets cleanup touch anything the allowed paths allow', () => {
    expect(rules(proposal([file('docs/a/b.md'), file(PERSONA)], { type: 'cleanup' }))).toEqual([])
  })
})

describe('the wildcard rules', () => {
  const wildcard = (extra: Partial<ProposalUnderReview> = {}) =>
    proposal([file('packages/agent/src/prompts/p.md')], { type: 'wildcard', riskLevel: 1, ...extra })

  it('allows one low-risk wildcard inside the typePaths of its allowed types', () => {
    expect(rules(wildcard())).toEqual([])
  })
  it('wildcard-disabled', () => {
    expect(rules(wildcard(), config({ wildcardFeature: { enabled: false } }))).toEqual(['wildcard-disabled'])
  })
  it('wildcard-risk: 1 passes, 2 fails', () => {
    expect(rules(wildcard({ riskLevel: 2 }))).toEqual(['wildcard-risk'])
    expect(rules(wildcard({ riskLevel: 1 }), config({ wildcardFeature: { maxRiskLevel: 0 } }))).toEqual([
      'wildcard-risk'
    ])
  })
  it('wildcard-path: a file outside the typePaths of wildcardFeature.allowedTypes', () => {
    const p = proposal([file('packages/agent/src/tools/t.ts')], { type: 'wildcard', riskLevel: 0 })
    expect(rules(p)).toEqual(['wildcard-path'])
    expect(rules(p, config({ wildcardFeature: { allowedTypes: ['capability'] } }))).toEqual([])
  })
  it('type-not-allowed applies to wildcards too', () => {
    const cfg = config({ safetyRails: { allowedChangeTypes: ['prompt'] } })
    expect(rules(wildcard(), cfg)).toEqual(['type-not-allowed'])
  })
  it('wildcard-daily-limit: within one check the second allowed wildcard fails', () => {
    const r = judge([
      wildcard({ title: 'first' }),
      wildcard({ title: 'second' }),
      wildcard({ title: 'third' })
    ])
    expect(r.proposals.map(p => p.allowed)).toEqual([true, false, false])
    expect(r.proposals[1].violations.map(v => v.rule)).toEqual(['wildcard-daily-limit'])
    expect(r.allowed).toBe(false)
  })
  it('a blocked wildcard does not use the day’s slot', () => {
    const r = judge([wildcard({ riskLevel: 2 }), wildcard()])
    expect(r.proposals.map(p => p.allowed)).toEqual([false, true])
  })
  it('fails every wildcard when one is already recorded today', () => {
    const r = judge([wildcard(), proposal([file(PERSONA)])], defaultConfig(), true)
    expect(r.proposals[0].violations.map(v => v.rule)).toEqual(['wildcard-daily-limit'])
    expect(r.proposals[1].allowed).toBe(true)
    expect(judge(wildcard(), defaultConfig(), false).allowed).toBe(true)
  })
})

describe('paths', () => {
  it('blocked always wins over allowed', () => {
    const cfg = config({ safetyRails: { allowedPaths: ['**'], typePaths: { persona: ['**'] } } })
    const v = judge(proposal([file('apps/bot/.env.local')]), cfg).proposals[0].violations
    expect(v).toEqual([expect.objectContaining({ rule: 'blocked-path', path: 'apps/bot/.env.local' })])
    expect(v[0].message).toContain('.env*')
  })
  it('judges the old path of a rename: moving a protected file out of its folder fails', () => {
    const moved = file(PERSONA, { status: 'renamed', previousPath: '.github/workflows/deploy.yml' })
    const v = judge(proposal([moved])).proposals[0].violations
    expect(v).toContainEqual(
      expect.objectContaining({ rule: 'blocked-path', path: '.github/workflows/deploy.yml' })
    )
  })
  it('judges the old path of a copy and a deleted path', () => {
    const copied = file(PERSONA, { status: 'copied', previousPath: 'secrets/key.txt' })
    expect(rules(proposal([copied]))).toContain('blocked-path')
    expect(rules(proposal([file('package.json', { status: 'deleted', mode: undefined })]))).toContain(
      'blocked-path'
    )
  })
  it('path-not-allowed for a path outside every allowed pattern', () => {
    expect(rules(proposal([file('src/index.ts')], { type: 'cleanup' }))).toEqual(['path-not-allowed'])
  })
  it('invalid-path, judged before any matching', () => {
    for (const bad of [
      '/etc/passwd',
      'a/../.github/workflows/x.yml',
      'apps//x',
      'a\\b',
      'a/./b',
      'x\u0000y',
      'x\ny',
      '.git/hooks/pre-commit',
      ''
    ]) {
      const v = judge(proposal([file(bad)])).proposals[0].violations
      expect(v.map(x => x.rule)).toContain('invalid-path')
      expect(v.map(x => x.rule)).not.toContain('path-not-allowed')
    }
  })
  it('strips a leading ./ from a claimed path only', () => {
    expect(rules(proposal([file(`./${PERSONA}`)]))).toEqual([])
    expect(rules(proposal([file(`./${PERSONA}`)], { source: 'patch' }))).toEqual(['invalid-path'])
  })
  it('matches in Unicode NFC', () => {
    const cfg = config({ safetyRails: { blockedPaths: ['caf\u00e9'] } })
    const decomposed = 'apps/bot/src/persona/cafe\u0301/x.md'
    expect(rules(proposal([file(decomposed)]), cfg)).toEqual(['blocked-path'])
  })
})

describe('symlink, submodule, binary-file', () => {
  it('fails adding or changing a symlink or a submodule anywhere', () => {
    expect(
      rules(proposal([file(PERSONA, { status: 'added', mode: '120000', previousMode: undefined })]))
    ).toEqual(['symlink'])
    expect(rules(proposal([file(PERSONA, { mode: '100644', previousMode: '120000' })]))).toEqual(['symlink'])
    expect(rules(proposal([file(PERSONA, { mode: '160000', previousMode: '160000' })]))).toEqual([
      'submodule'
    ])
  })
  it('fails a binary file, which has no line count', () => {
    const r = judge(proposal([file(PERSONA, { binary: true, additions: null, deletions: null })]))
    expect(r.proposals[0].violations.map(v => v.rule)).toEqual(['binary-file'])
    expect(r.proposals[0].stats).toEqual({
      files: 1,
      additions: 0,
      deletions: 0,
      linesChanged: 0,
      binaryFiles: 1
    })
  })
  it('allows a binary file when allowBinaryFiles is set, and still counts it as binary', () => {
    const cfg = config({ safetyRails: { allowBinaryFiles: true } })
    const r = judge(proposal([file(PERSONA, { binary: true, additions: null, deletions: null })]), cfg)
    expect(r.allowed).toBe(true)
    expect(r.proposals[0].stats.binaryFiles).toBe(1)
  })
  it('treats a missing line count as binary, never as zero', () => {
    expect(rules(proposal([file(PERSONA, { additions: null })]))).toEqual(['binary-file'])
  })
})

describe('secret-in-content', () => {
  it('fails a file whose added lines carry a credential', () => {
    const v = judge(proposal([file(PERSONA, { secrets: ['GitHub token'] })], { source: 'patch' }))
      .proposals[0].violations
    expect(v).toEqual([expect.objectContaining({ rule: 'secret-in-content', path: PERSONA })])
    expect(v[0].message).toContain('GitHub token')
  })
})

describe('config-loosened, from the engine', () => {
  const cleanup = (files: FileChange[], extra: Partial<ProposalUnderReview> = {}) =>
    proposal(files, { type: 'cleanup', ...extra })
  const cfgFile = (extra: Partial<FileChange> = {}) => file(CONFIG_PATH, extra)

  it('fails closed for a claimed change of the config file', () => {
    const v = judge(cleanup([cfgFile()])).proposals[0].violations
    expect(v).toEqual([expect.objectContaining({ rule: 'config-loosened', path: CONFIG_PATH })])
    expect(v[0].message).toMatch(/cannot be verified/)
  })
  it('passes a tightening and fails a loosening', () => {
    const before = JSON.stringify({ safetyRails: { maxRiskLevel: 2 } })
    const tighter = JSON.stringify({ safetyRails: { maxRiskLevel: 1 } })
    expect(rules(cleanup([cfgFile()], { source: 'patch', configFile: { before, after: tighter } }))).toEqual(
      []
    )
    const looser = JSON.stringify({ safetyRails: { maxRiskLevel: 3 } })
    expect(rules(cleanup([cfgFile()], { source: 'patch', configFile: { before, after: looser } }))).toEqual([
      'config-loosened'
    ])
  })
  it('says a claimed deletion or rename of the config file deletes it', () => {
    const deleted = judge(cleanup([cfgFile({ status: 'deleted', mode: undefined })])).proposals[0].violations
    expect(deleted).toEqual([
      expect.objectContaining({
        rule: 'config-loosened',
        message: expect.stringContaining('deletes or renames')
      })
    ])
    const renamed = file('docs/x.md', { status: 'renamed', previousPath: `./${CONFIG_PATH}` })
    expect(judge(cleanup([renamed])).proposals[0].violations).toEqual([
      expect.objectContaining({
        rule: 'config-loosened',
        message: expect.stringContaining('deletes or renames')
      })
    ])
  })
  it('fails a deletion or a rename of the config file', () => {
    const deleted = cfgFile({ status: 'deleted', mode: undefined })
    expect(rules(cleanup([deleted], { source: 'git', configFile: { before: '{}', after: null } }))).toEqual([
      'config-loosened'
    ])
    const renamed = file('docs/old-config.md', { status: 'renamed', previousPath: CONFIG_PATH })
    expect(rules(cleanup([renamed], { source: 'git', configFile: { before: '{}', after: null } }))).toContain(
      'config-loosened'
    )
  })
  it('watches the path given as configPath, in NFC', () => {
    const r = evaluateProposals({
      config: config({ safetyRails: { allowedPaths: ['conf/**'] } }),
      proposals: [cleanup([file('conf/rails.json')])],
      configPath: 'conf/rails.json'
    })
    expect(r.proposals[0].violations.map(v => v.rule)).toEqual(['config-loosened'])
  })
})

describe('the agent step’s rules', () => {
  it('blocks a proposal whose metadata the agent left invalid, naming what was wrong', () => {
    const p = proposal([file('docs/a.md')], {
      type: 'cleanup',
      riskLevel: 0,
      metadataProblem: 'the proposal file is missing'
    })
    const v = judge(p).proposals[0]
    expect(v.allowed).toBe(false)
    expect(v.violations).toEqual([
      {
        rule: 'proposal-metadata-invalid',
        message: expect.stringContaining('"the proposal file is missing"')
      }
    ])
  })

  it('blocks a change of agent.promptFile, in any case, and only of it', () => {
    const cfg = config({
      safetyRails: { allowedPaths: ['docs/**', '.github/**'] },
      agent: { promptFile: '.github/Agent-Prompt.md' }
    })
    const at = (path: string) => rules(proposal([file(path)], { type: 'cleanup', riskLevel: 0 }), cfg)
    expect(at('.github/agent-prompt.md')).toEqual(['blocked-path'])
    expect(at('.github/Agent-Prompt.md')).toEqual(['blocked-path'])
    expect(at('.github/other.md')).toEqual([])
    expect(at('docs/a.md')).toEqual([])
    const renamed = file('docs/b.md', { status: 'renamed', previousPath: '.github/Agent-Prompt.md' })
    expect(rules(proposal([renamed], { type: 'cleanup', riskLevel: 0 }), cfg)).toEqual(['blocked-path'])
  })

  it('blocks the coding agents’ instruction and config files by default, at any depth', () => {
    const cfg = config({ safetyRails: { allowedPaths: ['**'] } })
    for (const path of [
      '.claude/settings.json',
      'a/.codex/config.toml',
      '.mcp.json',
      'CLAUDE.md',
      'docs/AGENTS.md'
    ])
      expect([path, rules(proposal([file(path)], { type: 'cleanup', riskLevel: 0 }), cfg)]).toEqual([
        path,
        ['blocked-path']
      ])
  })
})
