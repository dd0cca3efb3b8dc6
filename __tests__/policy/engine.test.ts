/**
 * Which proposals the config-loosened rule judges: those that touch the watched config file as
 * the engine's own path rules see it, hostile spellings included.
 */
import { describe, expect, it } from '@jest/globals'
import { defaultConfig as generatedDefaults } from '../../src/config/defaults.generated.js'
import { defaultConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { evaluateProposals } from '../../src/policy/engine.js'
import type { ChangeSource, FileChange, ProposalUnderReview } from '../../src/policy/types.js'

const file = (path: string, extra: Partial<FileChange> = {}): FileChange => ({
  path,
  status: 'modified',
  additions: 1,
  deletions: 0,
  binary: false,
  ...extra
})

const proposal = (files: FileChange[], source: ChangeSource = 'git'): ProposalUnderReview => ({
  title: 't',
  type: 'cleanup',
  riskLevel: 0,
  source,
  files
})

/**
 * Whether the engine judged the watched config file: every proposal here changes it without
 * content the reader could read, which the config-loosened rule always fails.
 */
function judged(proposals: ProposalUnderReview[], configPath: string): boolean {
  const result = evaluateProposals({ config: defaultConfig(), proposals, configPath })
  return result.proposals.some(p => p.violations.some(v => v.rule === 'config-loosened'))
}

describe('the watched config file', () => {
  const cases: Array<[string, ProposalUnderReview[], string, boolean]> = [
    ['the file itself', [proposal([file('.github/c.json')])], '.github/c.json', true],
    ['another file', [proposal([file('.github/c.jsonx')])], '.github/c.json', false],
    [
      'a rename away',
      [proposal([file('docs/c.json', { status: 'renamed', previousPath: '.github/c.json' })])],
      '.github/c.json',
      true
    ],
    ['a deletion', [proposal([file('.github/c.json', { status: 'deleted' })])], '.github/c.json', true],
    ['a claimed ./ path', [proposal([file('./.github/c.json')], 'claimed')], '.github/c.json', true],
    ['./ from git is not stripped', [proposal([file('./.github/c.json')], 'git')], '.github/c.json', false],
    // U+212A KELVIN SIGN is K in NFC: the rules see "Kconf.json".
    ['a path that is the file in NFC', [proposal([file('\u212Aconf.json')])], 'Kconf.json', true],
    ['an invalid path', [proposal([file('../.github/c.json')])], '.github/c.json', false],
    ['a later proposal', [proposal([file('a.md')]), proposal([file('c.json')])], 'c.json', true],
    ['no proposals', [], 'c.json', false]
  ]
  it.each(cases)('%s', (_name, proposals, configPath, expected) => {
    expect(judged(proposals, configPath)).toBe(expected)
  })

  it('evaluateProposals wires the real rule', () => {
    const [verdict] = evaluateProposals({
      config: defaultConfig(),
      proposals: [proposal([file('.github/c.json', { status: 'deleted' })])],
      configPath: '.github/c.json'
    }).proposals
    expect(verdict.violations.map(v => v.rule)).toContain('config-loosened')
  })
})

describe('the generated defaults', () => {
  it('are what the schema makes of an empty config, as a fresh object each time', () => {
    expect(generatedDefaults()).toStrictEqual(configSchema.parse({}))
    expect(generatedDefaults()).not.toBe(generatedDefaults())
    expect(defaultConfig()).toStrictEqual(configSchema.parse({}))
  })
})

describe('messages never carry hidden characters', () => {
  it('spells bidi and invisible characters in a path as escapes in every violation message', () => {
    const path = '.github/workflows/\u202edeploy\u200b.yml'
    const r = evaluateProposals({
      config: defaultConfig(),
      configPath: '.github/self-evolution-config.json',
      proposals: [proposal([file(path)])]
    })
    const messages = r.proposals[0].violations.map(v => v.message)
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.some(m => m.includes('\\u202e'))).toBe(true)
    for (const m of messages) expect(m).not.toMatch(/[\u202e\u200b]/)
  })
})
