/**
 * applyPatch with real git: what git does with a patch is what is judged, whatever a text
 * reader makes of it. Every patch here is applied onto a real repository, and the trusted
 * repository's object store is counted before and after.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  alternatePath,
  applyPatch,
  ApplyBaseError,
  checkPatchSizes,
  MAX_BINARY_BYTES,
  MAX_BINARY_TOTAL_BYTES,
  MAX_PATCH_BYTES,
  prlimitWrapper,
  type ApplyPatchResult
} from '../../src/git/apply-patch.js'
import { defaultConfig } from '../../src/config/load.js'
import { evaluateProposals } from '../../src/policy/index.js'
import { makeRepo, type Repo } from '../policy/git-fixture.js'
import { deflateSync } from 'node:zlib'

function varint(n: number): number[] {
  const out: number[] = []
  do {
    let b = n % 128
    n = Math.floor(n / 128)
    if (n > 0) b |= 0x80
    out.push(b)
  } while (n > 0)
  return out
}

/** git's base85 lines (diff.c, emit_binary_diff_body): a length letter, five characters per four bytes. */
function base85Lines(data: Buffer): string {
  const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
  const lines: string[] = []
  for (let at = 0; at < data.length; at += 52) {
    const chunk = data.subarray(at, at + 52)
    const n = chunk.length
    let line = n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(96 + n - 26)
    for (let g = 0; g < n; g += 4) {
      let acc = 0
      for (let k = 0; k < 4; k++) acc = acc * 256 + (chunk[g + k] ?? 0)
      const group: string[] = []
      for (let k = 0; k < 5; k++) {
        group.unshift(chars[acc % 85])
        acc = Math.floor(acc / 85)
      }
      line += group.join('')
    }
    lines.push(line)
  }
  return lines.join('\n')
}

const CONFIG_PATH = '.github/self-evolution-config.json'
const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach(c => c()))

/** Every file under the repository's object directory, with its size: any write shows. */
function objectStore(repo: Repo): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(`${path.slice(repo.dir.length)} ${statSync(path).size}`)
    }
  }
  walk(join(repo.dir, '.git', 'objects'))
  return out.sort()
}

function baseRepo(): Repo {
  const r = makeRepo()
  cleanups.push(() => r.cleanup())
  r.write('.github/workflows/deploy.yml', 'on: push\n')
  r.write('docs/guide.md', 'one\ntwo\nthree\n')
  r.write('dist/index.js', 'built\n')
  r.write('x/.gitattributes', '* text\n')
  r.write(CONFIG_PATH, '{"dryRunMode": true}\n')
  r.commit()
  return r
}

const repo = baseRepo()

async function judge(patch: string, type: 'cleanup' | 'persona' = 'cleanup') {
  const before = objectStore(repo)
  const result = await applyPatch({ repo: repo.dir, base: 'HEAD', patch, configPath: CONFIG_PATH })
  expect(objectStore(repo)).toEqual(before)
  const proposal = {
    title: 't',
    type,
    riskLevel: 0,
    source: 'patch' as const,
    files: result.ok ? result.files : [],
    ...(result.ok && result.configFile ? { configFile: result.configFile } : {}),
    ...(result.ok ? {} : { patchProblem: { rule: 'patch-rejected' as const, message: result.message } })
  }
  const [verdict] = evaluateProposals({
    config: defaultConfig(),
    proposals: [proposal],
    configPath: CONFIG_PATH
  }).proposals
  return { result, verdict, rules: verdict.violations.map(v => v.rule) }
}

const ok = (r: ApplyPatchResult) => {
  if (!r.ok) throw new Error(`refused: ${r.message}`)
  return r
}

describe('applyPatch: git is the oracle', () => {
  it('judges a good patch as the git reader does, and leaves the repository untouched', async () => {
    const { result, verdict } = await judge(
      'diff --git a/docs/guide.md b/docs/guide.md\n--- a/docs/guide.md\n+++ b/docs/guide.md\n@@ -1,3 +1,4 @@\n one\n two\n+two and a half\n three\n'
    )
    const r = ok(result)
    expect(r.files).toEqual([
      {
        path: 'docs/guide.md',
        status: 'modified',
        additions: 1,
        deletions: 0,
        binary: false,
        mode: '100644',
        previousMode: '100644'
      }
    ])
    expect(r.base).toBe(repo.git(['rev-parse', 'HEAD']).toString().trim())
    expect(verdict.allowed).toBe(true)
    expect(repo.git(['status', '--porcelain']).toString()).toBe('')
  })

  it('reads rename headers that follow the +++ line, as git does', async () => {
    const { result, verdict } = await judge(
      'diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\nrename from .github/workflows/deploy.yml\nrename to docs/a.md\n'
    )
    expect(ok(result).files).toEqual([
      expect.objectContaining({
        status: 'renamed',
        previousPath: '.github/workflows/deploy.yml',
        path: 'docs/a.md'
      })
    ])
    expect(verdict.allowed).toBe(false)
    expect(verdict.violations).toContainEqual(
      expect.objectContaining({ rule: 'blocked-path', path: '.github/workflows/deploy.yml' })
    )
  })

  it.each([
    ['into .github/workflows/', 'docs/guide.md', '.github/workflows/evil.yml'],
    ['onto dist/', 'docs/guide.md', 'dist/evil.js']
  ])('blocks a copy %s', async (_what, from, to) => {
    const { result, rules } = await judge(
      `diff --git a/${from} b/${to}\nsimilarity index 100%\ncopy from ${from}\ncopy to ${to}\n`
    )
    expect(ok(result).files.map(f => f.path)).toContain(to)
    expect(rules).toContain('blocked-path')
  })

  it.each([
    ['120644', 'symlink'],
    ['160644', 'submodule']
  ])('reads new file mode %s as git does (%s)', async (mode, rule) => {
    const body = rule === 'symlink' ? '+docs/guide.md\n' : `+Subproject commit ${'a'.repeat(40)}\n`
    const { result, rules } = await judge(
      `diff --git a/docs/new.md b/docs/new.md\nnew file mode ${mode}\n--- /dev/null\n+++ b/docs/new.md\n@@ -0,0 +1 @@\n${body}`
    )
    expect(ok(result).files).toEqual([
      expect.objectContaining({ path: 'docs/new.md', mode: rule === 'symlink' ? '120000' : '160000' })
    ])
    expect(rules).toContain(rule)
  })

  it('reads a two-digit date after a name in a diff without diff --git', async () => {
    const { result, rules } = await judge(
      '--- a/x/.gitattributes 20-01-01\n+++ b/x/.gitattributes 20-01-01\n@@ -1 +1 @@\n-* text\n+* -diff\n'
    )
    expect(ok(result).files.map(f => f.path)).toEqual(['x/.gitattributes'])
    expect(rules).toContain('blocked-path')
  })

  it('reads a quoted name that starts with a byte order mark as the bytes git writes', async () => {
    const { result, verdict } = await judge(
      'diff --git "a/\\357\\273\\277.github/workflows/x.yml" "b/\\357\\273\\277.github/workflows/x.yml"\nnew file mode 100644\n--- /dev/null\n+++ "b/\\357\\273\\277.github/workflows/x.yml"\n@@ -0,0 +1 @@\n+on: push\n'
    )
    expect(ok(result).files.map(f => f.path)).toEqual(['\uFEFF.github/workflows/x.yml'])
    expect(verdict.allowed).toBe(false)
  })

  it.each([
    'git~1/config',
    'GIT~1/config',
    '.gi\u200ct/config',
    '.git./config',
    '.git /config',
    '.GIT/config'
  ])('lets git refuse %j (core.protectNTFS, core.protectHFS)', async path => {
    const { result, rules } = await judge(
      `diff --git a/${path} b/${path}\nnew file mode 100644\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1 @@\n+[core]\n`
    )
    expect(result).toEqual({ ok: false, reason: 'rejected', message: expect.stringMatching(/^error:/) })
    expect(rules).toContain('patch-rejected')
  })

  it('reaches the objects of a repository whose path holds a colon and a quote', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'se-alt-'))
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }))
    const odd = join(parent, 'a:b"c')
    repo.git(['clone', '-q', '--no-local', repo.dir, odd])
    const result = await applyPatch({
      repo: odd,
      base: 'HEAD',
      patch:
        'diff --git a/docs/guide.md b/docs/guide.md\n--- a/docs/guide.md\n+++ b/docs/guide.md\n@@ -1,3 +1,3 @@\n-one\n+uno\n two\n three\n',
      configPath: CONFIG_PATH
    })
    expect(ok(result).files.map(f => f.path)).toEqual(['docs/guide.md'])
    expect(alternatePath('/x/a:b"c')).toBe('"/x/a:b\\"c"')
  })

  it('judges .git~1/config, which git writes (no file system reads it as .git), by the rails', async () => {
    const { result, verdict } = await judge(
      'diff --git a/.git~1/config b/.git~1/config\nnew file mode 100644\n--- /dev/null\n+++ b/.git~1/config\n@@ -0,0 +1 @@\n+[core]\n'
    )
    expect(ok(result).files.map(f => f.path)).toEqual(['.git~1/config'])
    expect(verdict.allowed).toBe(false)
  })

  it('turns a garbage patch and one that does not apply into patch-rejected', async () => {
    const garbage = await judge('this is not a patch\n\u001b[31m::error::x\n')
    expect(garbage.result.ok).toBe(false)
    expect(garbage.rules).toEqual(['patch-rejected'])
    const stale = await judge(
      'diff --git a/docs/guide.md b/docs/guide.md\n--- a/docs/guide.md\n+++ b/docs/guide.md\n@@ -1,3 +1,3 @@\n uno\n-two\n+deux\n three\n'
    )
    expect(stale.result).toEqual({
      ok: false,
      reason: 'rejected',
      message: expect.stringContaining('patch failed')
    })
  })

  it('reads the watched config file before and after from git', async () => {
    const { result, rules } = await judge(
      `diff --git a/${CONFIG_PATH} b/${CONFIG_PATH}\n--- a/${CONFIG_PATH}\n+++ b/${CONFIG_PATH}\n@@ -1 +1 @@\n-{"dryRunMode": true}\n+{"dryRunMode": false}\n`
    )
    expect(ok(result).configFile).toEqual({
      before: '{"dryRunMode": true}\n',
      after: '{"dryRunMode": false}\n'
    })
    expect(rules).toContain('config-loosened')
  })
})

describe('applyPatch: bounds before git runs', () => {
  const binary = (size: string) =>
    `diff --git a/docs/b.bin b/docs/b.bin\nnew file mode 100644\nindex 0000000..1111111\nGIT binary patch\nliteral ${size}\nzcmV?d00001\n\nliteral 0\nHcmV?d00001\n\n`

  it('refuses literal 999999999999 without starting git (a repository that does not exist)', async () => {
    const result = await applyPatch({
      repo: '/nonexistent',
      base: 'HEAD',
      patch: binary('999999999999'),
      configPath: CONFIG_PATH
    })
    expect(result).toEqual({
      ok: false,
      reason: 'binary-too-large',
      message: expect.stringContaining('999999999999')
    })
  })

  it.each(['+5', ' 5', '5x', '0x10', ''])('refuses a declared size git would read loosely: %j', size => {
    expect(
      checkPatchSizes(Buffer.from(binary(size)), {
        patchBytes: MAX_PATCH_BYTES,
        binaryBytes: MAX_BINARY_BYTES
      })
    ).toEqual(expect.objectContaining({ reason: 'binary-too-large' }))
  })

  it('refuses a delta whose result would be larger than the cap, and passes a small one', () => {
    const delta = (resultSize: number) => {
      const data = Buffer.from([...varint(1), ...varint(resultSize)])
      return `diff --git a/docs/guide.md b/docs/guide.md\nindex 1111111..2222222 100644\nGIT binary patch\ndelta ${data.length}\n${base85Lines(deflateSync(data))}\n\n`
    }
    const limits = { patchBytes: MAX_PATCH_BYTES, binaryBytes: MAX_BINARY_BYTES }
    expect(checkPatchSizes(Buffer.from(delta(2 ** 40)), limits)).toEqual({
      ok: false,
      reason: 'binary-too-large',
      message: `a binary delta makes ${2 ** 40} bytes; at most ${MAX_BINARY_BYTES} are allowed`
    })
    expect(checkPatchSizes(Buffer.from(delta(10)), limits)).toBeUndefined()
  })

  // Each literal under the cap, but git holds every one in memory at once: 400 literals of 8 MB
  // of zeros fit in a 4 MB patch (deflate shrinks zeros about a thousand times) and make git
  // allocate 3.2 GB.
  it('refuses binary patches whose declared sizes together exceed the total cap', () => {
    const limits = { patchBytes: MAX_PATCH_BYTES, binaryBytes: MAX_BINARY_BYTES }
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        binary(String(MAX_BINARY_BYTES)).replaceAll('b.bin', `b${i}.bin`)
      ).join('')
    const fits = Math.floor(MAX_BINARY_TOTAL_BYTES / MAX_BINARY_BYTES)
    expect(checkPatchSizes(Buffer.from(many(fits)), limits)).toBeUndefined()
    expect(checkPatchSizes(Buffer.from(many(fits + 1)), limits)).toEqual({
      ok: false,
      reason: 'binary-too-large',
      message: `the binary patches declare ${(fits + 1) * MAX_BINARY_BYTES} bytes in all; at most ${MAX_BINARY_TOTAL_BYTES} are allowed`
    })
    expect(
      checkPatchSizes(Buffer.from(many(3)), { ...limits, binaryTotalBytes: 2 * MAX_BINARY_BYTES })
    ).toEqual(expect.objectContaining({ reason: 'binary-too-large' }))
  })

  it('refuses a patch over the byte cap', async () => {
    const result = await applyPatch({
      repo: '/nonexistent',
      base: 'HEAD',
      patch: 'x'.repeat(101),
      configPath: CONFIG_PATH,
      limits: { patchBytes: 100 }
    })
    expect(result).toEqual({ ok: false, reason: 'too-large', message: expect.stringContaining('101 bytes') })
  })

  it('kills git at the deadline (the timer injected) and cleans up', async () => {
    const result = await applyPatch({
      repo: repo.dir,
      base: 'HEAD',
      patch: 'diff --git a/docs/guide.md b/docs/guide.md\n',
      configPath: CONFIG_PATH,
      schedule: (_ms, fire) => {
        fire()
        return () => undefined
      }
    })
    expect(result).toEqual({
      ok: false,
      reason: 'timed-out',
      message: expect.stringContaining('did not finish')
    })
  })

  it('names the base that is not a commit', async () => {
    await expect(
      applyPatch({ repo: repo.dir, base: 'nope', patch: 'x', configPath: CONFIG_PATH })
    ).rejects.toThrow(ApplyBaseError)
    await expect(
      applyPatch({ repo: repo.dir, base: '-p', patch: 'x', configPath: CONFIG_PATH })
    ).rejects.toThrow(/not a revision/)
  })

  it('finds prlimit on PATH, or says there is none', () => {
    expect(prlimitWrapper('/nonexistent', 1)).toBeUndefined()
    const bin = mkdtempSync(join(tmpdir(), 'se-bin-'))
    cleanups.push(() => rmSync(bin, { recursive: true, force: true }))
    writeFileSync(join(bin, 'prlimit'), '#!/bin/sh\n', { mode: 0o755 })
    expect(prlimitWrapper(`relative:${bin}`, 7)).toEqual([join(bin, 'prlimit'), '--as=7', '--'])
  })
})
