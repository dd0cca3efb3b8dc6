/**
 * The text reader judges the change git would make, or blocks it as patch-unreadable: header
 * lines after `+++`, two-digit dates, modes by their file-type bits, a name's byte-order mark,
 * through `check --diff FILE` outside any repository and `check --proposals`.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readUnifiedDiff } from '../../src/policy/unified-diff.js'
import { runCheck } from './check-io.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'se-unreadable-'))
  dirs.push(dir)
  return dir
}

const patch = (...lines: string[]) => lines.join('\n') + '\n'

type Verdict = { allowed: boolean; violations: Array<{ rule: string; path?: string; message: string }> }

async function checkDiff(text: string, type = 'cleanup'): Promise<{ code: number; verdict: Verdict }> {
  const dir = scratch()
  writeFileSync(join(dir, 'change.diff'), text)
  const r = await runCheck(['--diff', 'change.diff', '--type', type, '--risk', '0', '--json'], dir)
  expect(r.stderr).toBe('')
  return { code: r.code, verdict: JSON.parse(r.stdout).proposals[0] as Verdict }
}

async function checkProposals(proposals: unknown[]): Promise<{ code: number; verdicts: Verdict[] }> {
  const dir = scratch()
  writeFileSync(join(dir, 'p.json'), JSON.stringify({ proposals }))
  const r = await runCheck(['--proposals', 'p.json', '--json'], dir)
  expect(r.stderr).toBe('')
  return { code: r.code, verdicts: JSON.parse(r.stdout).proposals as Verdict[] }
}

const rules = (v: Verdict) => [...new Set(v.violations.map(x => x.rule))].sort()
const paths = (v: Verdict) => v.violations.map(x => x.path)

const hunk = ['@@ -1 +1 @@', '-a', '+b']

describe('header lines after "+++" (git reads them until the first "@@")', () => {
  it.each([
    ['a repeated ---/+++ pair', ['--- a/docs/a.md', '+++ b/docs/a.md']],
    ['"index garbage"', ['index garbage']]
  ])('judges the rename git makes after %s', async (_what, extra) => {
    const text = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      '--- a/docs/a.md',
      '+++ b/docs/a.md',
      ...extra,
      'rename from .github/workflows/deploy.yml',
      'rename to docs/a.md',
      ...hunk
    )
    expect(readUnifiedDiff(text).files).toMatchObject([
      { path: 'docs/a.md', previousPath: '.github/workflows/deploy.yml', status: 'renamed' }
    ])
    const { code, verdict } = await checkDiff(text)
    expect(code).toBe(1)
    expect(verdict.allowed).toBe(false)
    expect(rules(verdict)).toContain('blocked-path')
    expect(paths(verdict)).toContain('.github/workflows/deploy.yml')
  })

  it('judges the copy git makes into .github/workflows and onto dist/', async () => {
    for (const target of ['.github/workflows/evil.yml', 'dist/index.js']) {
      const text = patch(
        'diff --git a/docs/a.md b/docs/a.md',
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        'copy from docs/a.md',
        `copy to ${target}`,
        ...hunk
      )
      const { code, verdict } = await checkDiff(text)
      expect(code).toBe(1)
      expect(paths(verdict)).toContain(target)
    }
  })
})

describe('traditional patches', () => {
  it('strips a two-digit date from a name, as git does', () => {
    const text = patch('--- a/x/.gitattributes 20-01-01', '+++ b/x/.gitattributes 20-01-01', ...hunk)
    expect(readUnifiedDiff(text).files).toMatchObject([{ path: 'x/.gitattributes', status: 'modified' }])
  })

  it('blocks a root .gitattributes behind a two-digit date', async () => {
    const text = patch(
      '--- a/.gitattributes 20-01-01 10:00:00',
      '+++ b/.gitattributes 20-01-01 10:00:00',
      ...hunk
    )
    const { code, verdict } = await checkDiff(text)
    expect(code).toBe(1)
    expect(rules(verdict)).toEqual(['blocked-path'])
  })
})

describe('modes by their file-type bits', () => {
  it.each([
    ['120644', 'symlink'],
    ['120777', 'symlink'],
    ['160644', 'submodule'],
    ['040000', 'submodule']
  ])('blocks a new file of mode %s as %s', async (mode, rule) => {
    const text = patch(
      'diff --git a/docs/a.md b/docs/a.md',
      `new file mode ${mode}`,
      '--- /dev/null',
      '+++ b/docs/a.md',
      '@@ -0,0 +1 @@',
      '+x'
    )
    const { code, verdict } = await checkDiff(text)
    expect(code).toBe(1)
    expect(rules(verdict)).toEqual([rule])
  })

  it('blocks claimed files of mode 120777 and 160644, and allows 100755', async () => {
    const claim = (mode: string) => ({
      title: `mode ${mode}`,
      type: 'cleanup',
      riskLevel: 0,
      files: [{ path: 'docs/a.md', status: 'modified', additions: 1, deletions: 0, mode }]
    })
    const { code, verdicts } = await checkProposals([claim('120777'), claim('160644'), claim('100755')])
    expect(code).toBe(1)
    expect(verdicts.map(rules)).toEqual([['symlink'], ['submodule'], []])
  })
})

describe('quoted names keep their bytes', () => {
  it('keeps a byte-order mark at the start of a quoted name', async () => {
    const text = patch(
      'diff --git "a/\\357\\273\\277docs/a.md" "b/\\357\\273\\277docs/a.md"',
      '--- "a/\\357\\273\\277docs/a.md"',
      '+++ "b/\\357\\273\\277docs/a.md"',
      ...hunk
    )
    expect(readUnifiedDiff(text).files.map(f => f.path)).toEqual(['\ufeffdocs/a.md'])
    const { code, verdict } = await checkDiff(text)
    expect(code).toBe(1)
    // The invisible mark also makes the path hidden-text: it reads as docs/a.md.
    expect(rules(verdict)).toEqual(['hidden-text', 'path-not-allowed'])
  })

  it('refuses a name that is not UTF-8', () => {
    const text = patch('diff --git "a/docs/\\377.md" "b/docs/\\377.md"', 'new file mode 100644')
    expect(readUnifiedDiff(text).problem?.message).toMatch(/^line 1 of the patch: .*not valid UTF-8/)
  })
})

describe('patch-unreadable', () => {
  it('blocks a --diff the reader refuses, one line naming the line and what was not understood', async () => {
    const text = patch('diff --git a/docs/a.md b/docs/a.md', 'old mode 100644', 'new mode 12oooo')
    const { code, verdict } = await checkDiff(text)
    expect(code).toBe(1)
    expect(verdict.violations).toEqual([
      {
        rule: 'patch-unreadable',
        message: 'line 3 of the patch: new mode "12oooo" is not six octal digits such as 100644'
      }
    ])
  })

  it('blocks only the unreadable proposal of a proposals file, keeping the files read before', async () => {
    const good = patch('diff --git a/docs/a.md b/docs/a.md', '--- a/docs/a.md', '+++ b/docs/a.md', ...hunk)
    const twice = good + good.replaceAll('+b', '+c')
    const { code, verdicts } = await checkProposals([
      { title: 'ok', type: 'cleanup', riskLevel: 0, patch: good },
      { title: 'twice', type: 'cleanup', riskLevel: 0, patch: twice }
    ])
    expect(code).toBe(1)
    expect(verdicts[0]).toMatchObject({ allowed: true, violations: [] })
    expect(verdicts[1].violations).toEqual([
      {
        rule: 'patch-unreadable',
        message:
          'proposals[1].patch: line 7 of the patch: the patch touches "docs/a.md" in more than one section'
      }
    ])
    expect(readUnifiedDiff(twice).files.map(f => f.path)).toEqual(['docs/a.md', 'docs/a.md'])
  })

  it('still allows an ordinary patch, traditional or git, text or binary-free', async () => {
    const git = patch(
      'diff --git a/docs/guide.md b/docs/guide.md',
      'index 1234567..89abcde 100644',
      '--- a/docs/guide.md',
      '+++ b/docs/guide.md',
      '@@ -1,2 +1,2 @@',
      ' title',
      '-old\r',
      '+new\r',
      '\\ No newline at end of file'
    )
    expect((await checkDiff(git)).code).toBe(0)
    const plain = patch(
      '--- a/docs/guide.md\t2020-01-01 00:00:00.000000000 +0100',
      '+++ b/docs/guide.md\t2020-01-02 00:00:00.000000000 +0100',
      ...hunk
    )
    // git apply strips one component (-p1) whatever it is: "docs/" here.
    const unprefixed = plain.replace('a/docs', 'docs').replace('b/docs', 'docs')
    expect(readUnifiedDiff(unprefixed).files.map(f => f.path)).toEqual(['guide.md'])
    const { code, verdict } = await checkDiff(plain)
    expect(verdict.violations).toEqual([])
    expect(code).toBe(0)
  })
})
