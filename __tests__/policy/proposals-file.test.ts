import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/load.js'
import { evaluateProposals, PolicyInputError, readProposalsFile } from '../../src/policy/index.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const opts = { configPath: CONFIG_PATH }

const claimed = (extra: Record<string, unknown> = {}) => ({
  title: 'tone down the persona',
  type: 'persona',
  riskLevel: 1,
  files: [{ path: 'apps/bot/src/persona/tone.md', status: 'modified', additions: 2, deletions: 1 }],
  ...extra
})

const text = (value: unknown) => JSON.stringify(value)

async function failure(input: string): Promise<string> {
  try {
    await readProposalsFile(input, opts)
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError)
    return (error as Error).message
  }
  throw new Error('expected a PolicyInputError')
}

describe('readProposalsFile', () => {
  it('reads claimed files, the reflection and the metadata', async () => {
    const file = {
      $schema: '../schema/proposals.schema.json',
      reflection: { insights: 'users want shorter answers', sentiment: { score: 0.4 } },
      proposals: [claimed({ effort: 2, description: 'why' })]
    }
    const read = await readProposalsFile(`\uFEFF${text(file)}`, opts)
    expect(read.reflection).toEqual({ insights: 'users want shorter answers', sentiment: { score: 0.4 } })
    expect(read.proposals).toEqual([
      {
        title: 'tone down the persona',
        type: 'persona',
        riskLevel: 1,
        effort: 2,
        description: 'why',
        source: 'claimed',
        files: [
          {
            path: 'apps/bot/src/persona/tone.md',
            status: 'modified',
            additions: 2,
            deletions: 1,
            binary: false
          }
        ]
      }
    ])
    expect(
      evaluateProposals({ config: defaultConfig(), proposals: read.proposals, configPath: CONFIG_PATH })
        .allowed
    ).toBe(true)
  })

  it('judges a claimed binary file as binary whatever counts it gives', async () => {
    const read = await readProposalsFile(
      text({
        proposals: [
          claimed({
            files: [
              {
                path: 'apps/bot/src/persona/a.png',
                status: 'added',
                additions: 0,
                deletions: 0,
                binary: true,
                mode: '100644'
              }
            ]
          })
        ]
      }),
      opts
    )
    expect(read.proposals[0].files[0]).toMatchObject({
      binary: true,
      additions: null,
      deletions: null,
      mode: '100644'
    })
  })

  it('reads a patch proposal as source "patch", with its secrets', async () => {
    const patch = [
      'diff --git a/apps/bot/src/persona/tone.md b/apps/bot/src/persona/tone.md',
      '--- a/apps/bot/src/persona/tone.md',
      '+++ b/apps/bot/src/persona/tone.md',
      '@@ -1 +1 @@',
      '-old',
      '+new xoxb-123456789012-abcdefghijkl',
      ''
    ].join('\n')
    const read = await readProposalsFile(
      text({ proposals: [{ title: 't', type: 'persona', riskLevel: 0, patch }] }),
      opts
    )
    expect(read.proposals[0]).toMatchObject({
      source: 'patch',
      files: [{ path: 'apps/bot/src/persona/tone.md', additions: 1, deletions: 1, secrets: ['Slack token'] }]
    })
  })

  it('reads the config file before a patch that touches it, and applies the patch to it', async () => {
    const before = '{\n  "enabled": false\n}\n'
    const patch = `diff --git a/${CONFIG_PATH} b/${CONFIG_PATH}
--- a/${CONFIG_PATH}
+++ b/${CONFIG_PATH}
@@ -1,3 +1,3 @@
 {
-  "enabled": false
+  "enabled": true
 }
`
    const asked: string[] = []
    const read = await readProposalsFile(
      text({ proposals: [{ title: 't', type: 'cleanup', riskLevel: 0, patch }] }),
      {
        configPath: CONFIG_PATH,
        readBaseFile: path => {
          asked.push(path)
          return path === CONFIG_PATH ? before : null
        }
      }
    )
    expect(asked).toEqual([CONFIG_PATH])
    expect(read.proposals[0].configFile).toEqual({ before, after: '{\n  "enabled": true\n}\n' })
    const verdict = evaluateProposals({
      config: defaultConfig(),
      proposals: read.proposals,
      configPath: CONFIG_PATH
    })
    expect(verdict.proposals[0].violations).toEqual([
      expect.objectContaining({ rule: 'config-loosened', path: CONFIG_PATH })
    ])
    // Without a reader the content cannot be known: fail closed.
    const blind = await readProposalsFile(
      text({ proposals: [{ title: 't', type: 'cleanup', riskLevel: 0, patch }] }),
      opts
    )
    const v = evaluateProposals({
      config: defaultConfig(),
      proposals: blind.proposals,
      configPath: CONFIG_PATH
    })
    expect(v.proposals[0].violations.map(x => x.rule)).toEqual(['config-loosened'])
  })

  it.each([
    ['invalid JSON', '{"proposals": [', /^the proposals file is not valid JSON/],
    [
      'both files and patch',
      text({ proposals: [claimed({ patch: '' })] }),
      /proposals\[0\]\.patch: a proposal has either files or patch, not both/
    ],
    [
      'neither files nor patch',
      text({ proposals: [{ title: 't', type: 'persona', riskLevel: 0 }] }),
      /proposals\[0\]: a proposal needs files or patch/
    ],
    [
      'more than 100 proposals',
      text({ proposals: Array.from({ length: 101 }, () => claimed()) }),
      /proposals: expected at most 100 items \(got 101\)/
    ],
    [
      'an unknown type',
      text({ proposals: [claimed({ type: 'rewrite' })] }),
      /proposals\[0\]\.type: expected one of "capability", .* \(got "rewrite"\)/
    ],
    [
      'a risk out of range',
      text({ proposals: [claimed({ riskLevel: 6 })] }),
      /proposals\[0\]\.riskLevel: expected a value <= 5 \(got 6\)/
    ],
    [
      'a missing title',
      text({ proposals: [claimed({ title: undefined })] }),
      /proposals\[0\]\.title: expected string \(missing\)/
    ],
    [
      'an unknown key',
      text({ proposals: [claimed({ rationale: 'x' })] }),
      /proposals\[0\]\.rationale: unknown key/
    ],
    [
      'a rename without previousPath',
      text({
        proposals: [claimed({ files: [{ path: 'a', status: 'renamed', additions: 0, deletions: 0 }] })]
      }),
      /proposals\[0\]\.files\[0\]\.previousPath: a renamed file needs previousPath/
    ],
    [
      'a bad mode',
      text({
        proposals: [
          claimed({ files: [{ path: 'a', status: 'added', additions: 0, deletions: 0, mode: '644' }] })
        ]
      }),
      /files\[0\]\.mode: expected a git mode/
    ],
    [
      'negative counts',
      text({
        proposals: [claimed({ files: [{ path: 'a', status: 'added', additions: -1, deletions: 0 }] })]
      }),
      /files\[0\]\.additions: expected a value >= 0/
    ],
    [
      'a claimed mode that is no file type',
      text({
        proposals: [
          claimed({ files: [{ path: 'a', status: 'added', additions: 0, deletions: 0, mode: '040000' }] })
        ]
      }),
      /files\[0\]\.mode: expected a git mode/
    ],
    ['no proposals key', text({ reflection: { insights: 'x' } }), /proposals: expected array \(missing\)/]
  ])('refuses %s with one sentence naming the JSON path', async (_what, input, message) => {
    const error = await failure(input)
    expect(error).toMatch(message)
    expect(error).not.toContain('\n')
  })

  it('accepts exactly 100 proposals', async () => {
    const read = await readProposalsFile(
      text({ proposals: Array.from({ length: 100 }, () => claimed()) }),
      opts
    )
    expect(read.proposals).toHaveLength(100)
  })

  it('keeps hostile titles and paths as data, for the output layer to escape', async () => {
    const title = '::add-mask::x\n::stop-commands::y <script>alert(1)</script>'
    const read = await readProposalsFile(
      text({
        proposals: [
          claimed({
            title,
            files: [{ path: 'docs/$(id)\n::error::x.md', status: 'added', additions: 1, deletions: 0 }]
          })
        ]
      }),
      opts
    )
    expect(read.proposals[0].title).toBe(title)
    const v = evaluateProposals({
      config: defaultConfig(),
      proposals: read.proposals,
      configPath: CONFIG_PATH
    })
    expect(v.proposals[0].violations).toEqual([
      expect.objectContaining({ rule: 'invalid-path', path: 'docs/$(id)\n::error::x.md' })
    ])
  })
})
