import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck } from './check-io.js'
import { makeRepo, type Repo } from './git-fixture.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach(c => c()))

const check = runCheck

function repo(): Repo {
  const r = makeRepo()
  cleanups.push(() => r.cleanup())
  return r
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'se-check-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A repository whose HEAD~1..HEAD changes one persona file. */
function personaRepo(): Repo {
  const r = repo()
  r.write('apps/bot/src/persona/tone.md', 'calm\n')
  r.commit()
  r.write('apps/bot/src/persona/tone.md', 'calm\nwarm\n')
  r.commit()
  return r
}

const HOSTILE =
  '::add-mask::secret\n::stop-commands::x\n##[error]boom <img src=x onerror=alert(1)> ${{ github.token }}'

describe('check --help and usage errors', () => {
  it('prints the help and exits 0', async () => {
    const r = await check(['--help'], scratch())
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage: self-evolution check')
    expect(r.stdout).toContain('--config-path')
  })

  const repoDir = personaRepo().dir
  it.each([
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--frobnicate'],
      /Unknown option '--frobnicate'/
    ],
    [['--type', 'persona', '--risk', '1'], /expected exactly one of --git, --diff or --proposals/],
    [
      ['--git', 'HEAD~1..HEAD', '--diff', 'x.diff', '--type', 'persona', '--risk', '1'],
      /got --git and --diff/
    ],
    [['--git', 'HEAD~1..HEAD'], /--type and --risk are required/],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'rewrite', '--risk', '1'],
      /--type "rewrite" is not valid; expected one of capability/
    ],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '9'],
      /--risk "9" is not valid; expected an integer from 0 to 5/
    ],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--effort', 'x'],
      /--effort "x" is not valid/
    ],
    [['--git', 'nope..HEAD', '--type', 'persona', '--risk', '1'], /--git "nope\.\.HEAD" cannot be read/],
    [['--git=-p..HEAD', '--type', 'persona', '--risk', '1'], /is not a valid range/],
    [['--git', '-p..HEAD', '--type', 'persona', '--risk', '1'], /Option '--git' argument is ambiguous/],
    [
      ['--diff', 'missing.diff', '--type', 'persona', '--risk', '1'],
      /--diff ".*missing\.diff" cannot be read \(ENOENT\)/
    ],
    [['--proposals', 'missing.json'], /--proposals ".*missing\.json" cannot be read \(ENOENT\)/],
    [['--proposals', 'p.json', '--risk', '1'], /--risk describes a --git or --diff change/],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--config', 'nope.json'],
      /--config ".*nope\.json" cannot be read/
    ],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--config-path', '../x.json'],
      /--config-path "\.\.\/x\.json" is not valid/
    ],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--repository', 'not a repo'],
      /--repository "not a repo" is not valid/
    ],
    [
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--repo', 'no/such/dir'],
      /--repo "no\/such\/dir" is not a directory/
    ]
  ])('exits 2 with one line on stderr for %j', async (argv, message) => {
    const r = await check(argv as string[], repoDir)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^self-evolution check: /)
  })

  it('exits 2 for a git directory that is not a repository', async () => {
    const r = await check(['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1'], scratch())
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is not a git repository; expected --repo to name one/)
  })
})

describe('check --git', () => {
  it('exits 0 for an allowed change and prints one JSON document of the documented shape', async () => {
    const r = await check(
      ['--git', 'HEAD~1..HEAD', '--type', 'persona', '--risk', '1', '--title', 'warmer', '--json'],
      personaRepo().dir
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({
      allowed: true,
      proposals: [
        {
          title: 'warmer',
          type: 'persona',
          riskLevel: 1,
          effectiveRisk: 1,
          riskRaisedBy: [],
          source: 'git',
          allowed: true,
          stats: { files: 1, additions: 1, deletions: 0, linesChanged: 1, binaryFiles: 0 },
          violations: []
        }
      ]
    })
  })

  it('exits 1 for a blocked change, with one line per violation and a summary', async () => {
    const g = repo()
    g.write('docs/a.md', 'a\n')
    g.commit()
    g.write('.github/workflows/ci.yml', 'on: push\n')
    g.write('src/index.ts', 'x\n')
    g.commit()
    const r = await check(
      ['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '3', '--repo', g.dir],
      scratch()
    )
    expect(r.code).toBe(1)
    const out = r.stdout.trimEnd().split('\n')
    expect(out).toEqual([
      expect.stringMatching(/^BLOCKED .*\[risk-too-high\] risk 3 is above safetyRails\.maxRiskLevel 2$/),
      expect.stringMatching(
        /\[blocked-path\] ".github\/workflows\/ci.yml" matches the blocked pattern ".github\/workflows\/\*\*"$/
      ),
      expect.stringMatching(/\[path-not-allowed\] "src\/index.ts" matches no pattern/),
      'BLOCKED: 0 of 1 proposal allowed, 1 blocked'
    ])
  })

  it('judges by the config at BASE, never by the config the change brings', async () => {
    const g = repo()
    g.write(CONFIG_PATH, JSON.stringify({ safetyRails: { diffCaps: { maxFilesChanged: 2 } } }))
    g.commit()
    g.write(CONFIG_PATH, JSON.stringify({ safetyRails: { diffCaps: { maxFilesChanged: 50 } } }))
    for (let i = 0; i < 3; i++) g.write(`docs/f${i}.md`, 'x\n')
    g.commit()
    const r = await check(['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0', '--json'], g.dir)
    expect(r.code).toBe(1)
    const rules = JSON.parse(r.stdout).proposals[0].violations.map((v: { rule: string }) => v.rule)
    expect(rules).toEqual(['max-files', 'config-loosened'])
  })

  it('lets --config override the rules, and --config-path choose the watched file', async () => {
    const g = repo()
    g.write('conf/rails.json', '{}')
    g.write('docs/a.md', 'a\n')
    g.commit()
    g.write('conf/rails.json', JSON.stringify({ safetyRails: { allowBinaryFiles: true } }))
    g.commit()
    const dir = scratch()
    writeFileSync(
      join(dir, 'rules.json'),
      JSON.stringify({ safetyRails: { allowedPaths: ['conf/**'], typePaths: { cleanup: ['**'] } } })
    )
    const args = [
      '--git',
      'HEAD~1..HEAD',
      '--type',
      'cleanup',
      '--risk',
      '0',
      '--repo',
      g.dir,
      '--config',
      'rules.json',
      '--json'
    ]
    const plain = await check(args, dir)
    expect(plain.code).toBe(0)
    const watched = await check([...args, '--config-path', 'conf/rails.json'], dir)
    expect(watched.code).toBe(1)
    expect(JSON.parse(watched.stdout).proposals[0].violations).toEqual([
      expect.objectContaining({ rule: 'config-loosened', path: 'conf/rails.json' })
    ])
  })

  // The records alone say neither: the credential is in the patch, and -diff hides the lines.
  it('reports what only the patch and the content show: a credential, lines hidden by -diff', async () => {
    const g = repo()
    g.write('.gitattributes', 'docs/hidden.md -diff\n')
    g.write('docs/hidden.md', 'a\n')
    g.write('docs/a.md', 'a\n')
    g.commit()
    g.write('docs/hidden.md', `a\n${'line\n'.repeat(600)}`)
    for (let i = 0; i < 30; i++) g.write(`docs/f${i}.md`, 'filler line of text\n'.repeat(300))
    g.write('docs/zz.md', 'key AKIAABCDEFGHIJKLMNOP\n')
    g.commit()
    const config = { safetyRails: { diffCaps: { maxLinesOfCode: 9700, maxFilesChanged: 40 } } }
    const dir = scratch()
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(config))
    const r = await check(
      [
        '--git',
        'HEAD~1..HEAD',
        '--type',
        'cleanup',
        '--risk',
        '0',
        '--repo',
        g.dir,
        '--config',
        'rules.json',
        '--json'
      ],
      dir
    )
    expect(r.code).toBe(1)
    const [p] = JSON.parse(r.stdout).proposals
    expect(p.stats).toEqual({ files: 32, additions: 9601, deletions: 0, linesChanged: 9601, binaryFiles: 0 })
    expect(p.violations.map((v: { rule: string; path?: string }) => `${v.rule} ${v.path ?? ''}`)).toEqual([
      'secret-in-content docs/zz.md'
    ])
    // Without the credential, the same change passes.
    g.write('docs/zz.md', 'key\n')
    g.commit()
    const clean = await check(
      [
        '--git',
        'HEAD~2..HEAD',
        '--type',
        'cleanup',
        '--risk',
        '0',
        '--repo',
        g.dir,
        '--config',
        'rules.json'
      ],
      dir
    )
    expect(clean.stdout).toContain('OK: 1 of 1 proposal allowed')
    expect(clean.code).toBe(0)
  })

  it('reads the config at BASE by the spelling --config-path gives, even when it is not NFC', async () => {
    const g = repo()
    const nfd = 'conf/re\u0301gles.json'
    g.write(nfd, JSON.stringify({ safetyRails: { diffCaps: { maxFilesChanged: 1 } } }))
    g.write('docs/a.md', 'a\n')
    g.commit()
    g.write('docs/a.md', 'b\n')
    g.write('docs/b.md', 'b\n')
    g.commit()
    const r = await check(
      ['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0', '--config-path', nfd, '--json'],
      g.dir
    )
    expect(JSON.parse(r.stdout).proposals[0].violations.map((v: { rule: string }) => v.rule)).toEqual([
      'max-files'
    ])
    expect(r.code).toBe(1)
    // A change to that file is read too, and judged on its content.
    g.write(nfd, JSON.stringify({ safetyRails: { diffCaps: { maxFilesChanged: 5 } } }))
    g.commit()
    const loosened = await check(
      ['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0', '--config-path', nfd, '--json'],
      g.dir
    )
    expect(JSON.parse(loosened.stdout).proposals[0].violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'config-loosened',
          message: expect.stringMatching(/loosens .*maxFilesChanged changed from 1 to 5/)
        })
      ])
    )
  })

  it('exits 2 when the config at BASE is invalid, naming the problem', async () => {
    const g = repo()
    g.write(CONFIG_PATH, '{"safetyRails": {"maxRiskLevl": 1}}')
    g.commit()
    g.write('docs/a.md', 'a\n')
    g.commit()
    const r = await check(['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0'], g.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /the config .* at the base of HEAD~1\.\.HEAD is invalid: safetyRails\.maxRiskLevl: unknown key \(did you mean maxRiskLevel\?\)/
    )
  })

  it('stops git and removes its copy of the change when the rules cannot be read', async () => {
    const g = repo()
    g.write('docs/a.md', 'a\n')
    g.commit()
    g.write('docs/a.md', `key ghp_0123456789abcdefghijABCDEFGHIJ012345\n${'line of text\n'.repeat(50000)}`)
    for (let i = 0; i < 2000; i++) g.write(`docs/f${i}.md`, 'text\n'.repeat(50))
    g.commit()
    // git is still writing the diff when --config turns out unreadable: check stops it, and
    // the diff it wrote (a credential included) is gone before check returns.
    const tmp = scratch()
    const r = await check(
      ['--git', 'HEAD~1..HEAD', '--type', 'cleanup', '--risk', '0', '--config', 'missing.json'],
      g.dir,
      { TMPDIR: tmp }
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--config ".*missing\.json" cannot be read/)
    expect(readdirSync(tmp)).toEqual([])
  })
})

describe('check --diff and --proposals', () => {
  it('judges a diff by the working tree’s config and watches the config file it touches', async () => {
    const dir = scratch()
    writeFileSync(
      join(dir, 'loosen.diff'),
      `diff --git a/${CONFIG_PATH} b/${CONFIG_PATH}
--- a/${CONFIG_PATH}
+++ b/${CONFIG_PATH}
@@ -1 +1 @@
-{"dryRunMode": true}
+{"dryRunMode": false}
`
    )
    const g = repo()
    g.write(CONFIG_PATH, '{"dryRunMode": true}\n')
    const r = await check(
      ['--diff', join(dir, 'loosen.diff'), '--type', 'cleanup', '--risk', '0', '--repo', g.dir, '--json'],
      dir
    )
    expect(r.code).toBe(1)
    const v = JSON.parse(r.stdout).proposals[0]
    expect(v.source).toBe('patch')
    expect(v.title).toBe(join(dir, 'loosen.diff'))
    expect(v.violations).toEqual([
      expect.objectContaining({
        rule: 'config-loosened',
        message: expect.stringContaining('dryRunMode changed from true to false')
      })
    ])
  })

  it('blocks a diff the text reader cannot read (patch-unreadable), naming the line', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'bad.diff'), 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n a\n')
    const r = await check(['--diff', 'bad.diff', '--type', 'cleanup', '--risk', '0', '--json'], dir)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).proposals[0].violations).toEqual([
      {
        rule: 'patch-unreadable',
        message: expect.stringMatching(/^line 6 of the patch: corrupt patch: the patch ends inside a hunk$/)
      }
    ])
  })

  it('exits 2 for a proposals file that is not JSON or breaks the schema', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'p.json'), '{"proposals": [}')
    expect((await check(['--proposals', 'p.json'], dir)).stderr).toMatch(/not valid JSON/)
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({ proposals: [{ title: 't', type: 'persona', riskLevel: 0, files: [], patch: '' }] })
    )
    const r = await check(['--proposals', 'p.json'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/proposals\[0\]\.patch: a proposal has either files or patch, not both/)
  })

  it('escapes hostile titles and paths in every output', async () => {
    const dir = scratch()
    const proposals = {
      proposals: [
        {
          title: HOSTILE,
          description: `${'x'.repeat(5000)}`,
          type: 'wildcard',
          riskLevel: 1,
          files: [{ path: `docs/${HOSTILE}.md`, status: 'added', additions: 1, deletions: 0 }]
        },
        {
          title: 'a'.repeat(10000),
          type: 'prompt',
          riskLevel: 0,
          files: [{ path: 'packages/agent/src/prompts/p.md', status: 'added', additions: 1, deletions: 0 }]
        }
      ]
    }
    writeFileSync(join(dir, 'p.json'), JSON.stringify(proposals))
    const text = await check(['--proposals', 'p.json'], dir)
    expect(text.code).toBe(1)
    for (const line of text.stdout.split('\n')) {
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('::add-mask::')
      expect(line).not.toContain('::stop-commands::')
      expect(line).not.toContain('##[')
      expect(line.length).toBeLessThan(2000)
    }
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('BLOCKED: 1 of 2 proposals allowed, 1 blocked')

    const json = await check(['--proposals', 'p.json', '--json'], dir)
    const doc = JSON.parse(json.stdout)
    expect(doc.allowed).toBe(false)
    expect(Array.from(doc.proposals[1].title as string)).toHaveLength(200)
    expect(doc.proposals[1].title.endsWith('…')).toBe(true)
    expect(Array.from(doc.proposals[0].description as string)).toHaveLength(2000)
    expect(doc.proposals[0].title).toBe(HOSTILE)
    expect(doc.proposals[0].violations).toEqual([
      expect.objectContaining({ rule: 'invalid-path', path: `docs/${HOSTILE}.md` })
    ])
    expect(doc.proposals[0].source).toBe('claimed')
  })

  it('never prints the database password', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ proposals: [] }))
    const r = await check(
      [
        '--proposals',
        'p.json',
        '--repository',
        'octo/repo',
        '--database-url',
        'postgres://u:hunter2pass@127.0.0.1:1/x'
      ],
      dir
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot check the wildcard daily limit in the database/)
    expect(r.stderr).not.toContain('hunter2pass')
  })
})
