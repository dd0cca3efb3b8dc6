/**
 * The engine takes the config-loosened rule as an argument, so that a change that leaves the
 * config alone never loads the config's validator. `touchesWatchedConfig` is how a caller knows
 * it may leave the rule out: it must agree with the engine on every path, hostile ones included.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultConfig as generatedDefaults } from '../../src/config/defaults.generated.js'
import { defaultConfig } from '../../src/config/load.js'
import { configSchema } from '../../src/config/schema.js'
import { evaluateWith, touchesWatchedConfig } from '../../src/policy/engine.js'
import { evaluateProposals } from '../../src/policy/evaluate.js'
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

/** Whether the engine asked for the config-loosened rule. */
function judged(proposals: ProposalUnderReview[], configPath: string): boolean {
  let asked = false
  evaluateWith({ config: defaultConfig(), proposals, configPath }, () => {
    asked = true
    return []
  })
  return asked
}

describe('touchesWatchedConfig', () => {
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
    expect(touchesWatchedConfig(proposals, configPath)).toBe(expected)
    expect(judged(proposals, configPath)).toBe(expected)
  })

  it('agrees with the engine on random paths', () => {
    const segment = fc.constantFrom(
      '.github',
      'c.json',
      'C.json',
      '\u212A',
      'K',
      '.',
      '..',
      '',
      'a\u0301',
      '\u00e1'
    )
    const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map(parts => parts.join('/'))
    const aFile = fc.record({
      path,
      previousPath: fc.option(path, { nil: undefined }),
      status: fc.constantFrom('modified' as const, 'renamed' as const, 'deleted' as const)
    })
    fc.assert(
      fc.property(
        fc.array(fc.array(aFile, { maxLength: 3 }), { maxLength: 3 }),
        fc.constantFrom<ChangeSource>('git', 'patch', 'claimed'),
        fc.constantFrom('.github/c.json', 'K/c.json', '\u00e1/c.json', 'c.json'),
        (lists, source, configPath) => {
          const proposals = lists.map(files =>
            proposal(
              files.map(f => file(f.path, f.previousPath === undefined ? { status: f.status } : f)),
              source
            )
          )
          expect(touchesWatchedConfig(proposals, configPath)).toBe(judged(proposals, configPath))
        }
      ),
      { numRuns: 500 }
    )
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
