/**
 * `self-evolution check --diff/--proposals` inside a git repository: git apply onto --base
 * (default HEAD) reads the patches, and the output names the reader and the base commit.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCheck as check } from '../policy/check-io.js'
import { makeRepo, type Repo } from '../policy/git-fixture.js'

const PERSONA = 'apps/bot/src/persona/tone.md'
const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach(c => c()))

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'se-oracle-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** HEAD~1 has the persona file as "calm"; HEAD has it as "calm, warm". */
function repo(): Repo {
  const r = makeRepo()
  cleanups.push(() => r.cleanup())
  r.write('.github/workflows/deploy.yml', 'on: push\n')
  r.write(PERSONA, 'calm\n')
  r.commit()
  r.write(PERSONA, 'calm\nwarm\n')
  r.commit()
  return r
}

const editOnHead = `diff --git a/${PERSONA} b/${PERSONA}\n--- a/${PERSONA}\n+++ b/${PERSONA}\n@@ -1,2 +1,3 @@\n calm\n warm\n+kind\n`
const editOnParent = `diff --git a/${PERSONA} b/${PERSONA}\n--- a/${PERSONA}\n+++ b/${PERSONA}\n@@ -1 +1,2 @@\n calm\n+bright\n`
const renameAfterHeaders = `diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\nrename from .github/workflows/deploy.yml\nrename to docs/a.md\n`

const objects = (r: Repo) => r.git(['count-objects', '-v']).toString()

describe('check --diff in a git repository', () => {
  it('judges git’s reading of the patch, names the reader and the base, and writes nothing', async () => {
    const r = repo()
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), renameAfterHeaders)
    const before = objects(r)
    const res = await check(
      ['--diff', join(dir, 'p.diff'), '--type', 'persona', '--risk', '0', '--json'],
      r.dir
    )
    expect(res.code).toBe(1)
    const doc = JSON.parse(res.stdout)
    const head = r.git(['rev-parse', 'HEAD']).toString().trim()
    expect(doc.base).toBe(head)
    expect(doc.proposals[0]).toMatchObject({ source: 'patch', reader: 'git-apply' })
    expect(doc.proposals[0].violations).toContainEqual(
      expect.objectContaining({ rule: 'blocked-path', path: '.github/workflows/deploy.yml' })
    )
    expect(objects(r)).toBe(before)
    expect(r.git(['status', '--porcelain']).toString()).toBe('')

    const text = await check(['--diff', join(dir, 'p.diff'), '--type', 'persona', '--risk', '0'], r.dir)
    expect(text.stdout.split('\n')[0]).toBe(
      `reader: git-apply onto ${head} (git apply --cached) judged the patches`
    )
  })

  it('applies onto --base, and a patch that does not apply there is patch-rejected', async () => {
    const r = repo()
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), editOnParent)
    const onHead = await check(
      ['--diff', 'p.diff', '--type', 'persona', '--risk', '0', '--repo', r.dir, '--json'],
      dir
    )
    expect(onHead.code).toBe(1)
    expect(JSON.parse(onHead.stdout).proposals[0].violations).toEqual([
      expect.objectContaining({
        rule: 'patch-rejected',
        message: expect.stringContaining('git apply refuses the patch')
      })
    ])
    const onParent = await check(
      ['--diff', 'p.diff', '--type', 'persona', '--risk', '0', '--repo', r.dir, '--base', 'HEAD~1', '--json'],
      dir
    )
    expect(onParent.code).toBe(0)
    const doc = JSON.parse(onParent.stdout)
    expect(doc.base).toBe(r.git(['rev-parse', 'HEAD~1']).toString().trim())
    expect(doc.proposals[0].stats).toEqual({
      files: 1,
      additions: 1,
      deletions: 0,
      linesChanged: 1,
      binaryFiles: 0
    })
  })

  it.each([['nope'], ['-p'], ['HEAD:x'], ['HEAD~99']])(
    'exits 2 with one sentence for --base %j',
    async base => {
      const r = repo()
      const dir = scratch()
      writeFileSync(join(dir, 'p.diff'), editOnHead)
      const res = await check(
        ['--diff', join(dir, 'p.diff'), '--type', 'persona', '--risk', '0', `--base=${base}`],
        r.dir
      )
      expect(res.code).toBe(2)
      expect(res.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(res.stderr).toContain(`--base ${JSON.stringify(base)} names no commit in the repository`)
    }
  )

  it('refuses --base with --git, and outside a repository', async () => {
    const r = repo()
    const withGit = await check(
      ['--git', 'HEAD~1..HEAD', '--base', 'HEAD', '--type', 'persona', '--risk', '0'],
      r.dir
    )
    expect(withGit.code).toBe(2)
    expect(withGit.stderr).toMatch(/--base is for --diff and --proposals/)
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), editOnHead)
    const outside = await check(
      ['--diff', 'p.diff', '--type', 'persona', '--risk', '0', '--base', 'HEAD'],
      dir
    )
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/--base "HEAD" needs a git repository/)
  })

  it('keeps the text reader outside a repository and says so', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), editOnHead)
    const res = await check(['--diff', 'p.diff', '--type', 'persona', '--risk', '0', '--json'], dir)
    const doc = JSON.parse(res.stdout)
    expect(doc.base).toBeUndefined()
    expect(doc.proposals[0].reader).toBe('text')
    const text = await check(['--diff', 'p.diff', '--type', 'persona', '--risk', '0'], dir)
    expect(text.stdout.split('\n')[0]).toBe(
      'reader: text (the text reader judged the patches: not a git repository)'
    )
  })
})

describe('check on a GitHub Actions runner without a repository', () => {
  // On a runner the text reader never judges: a missing actions/checkout must not quietly
  // downgrade the judge of a patch to the reader that cannot see what git would do.
  it('blocks a --diff patch with patch-rejected instead of reading it as text', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), editOnHead)
    const args = ['--diff', 'p.diff', '--type', 'persona', '--risk', '0']
    const res = await check([...args, '--json'], dir, { GITHUB_ACTIONS: 'true' })
    expect(res.code).toBe(1)
    const doc = JSON.parse(res.stdout)
    expect(doc.proposals[0].reader).toBeUndefined()
    expect(doc.proposals[0].violations).toEqual([
      expect.objectContaining({
        rule: 'patch-rejected',
        message: expect.stringContaining('not a git repository; add an actions/checkout step')
      })
    ])
    const text = await check(args, dir, { GITHUB_ACTIONS: 'true' })
    expect(text.stdout).toMatch(/reader: none \(no patch was judged: not a git repository;/)
  })

  it('blocks every patch of --proposals, and still judges a list of files', async () => {
    const dir = scratch()
    const file = { path: PERSONA, status: 'modified', additions: 1, deletions: 0 }
    const proposals = {
      proposals: [
        { title: 'p', type: 'persona', riskLevel: 0, patch: editOnHead },
        { title: 'garbage', type: 'persona', riskLevel: 0, patch: 'not a patch' },
        { title: 'f', type: 'persona', riskLevel: 0, files: [file] }
      ]
    }
    writeFileSync(join(dir, 'p.json'), JSON.stringify(proposals))
    const res = await check(['--proposals', 'p.json', '--json'], dir, { GITHUB_ACTIONS: 'true' })
    const doc = JSON.parse(res.stdout)
    expect(doc.proposals.map((p: { allowed: boolean }) => p.allowed)).toEqual([false, false, true])
    for (const p of doc.proposals.slice(0, 2)) {
      expect(p.violations).toEqual([expect.objectContaining({ rule: 'patch-rejected' })])
    }
  })

  it('keeps git as the judge on a runner with a checkout', async () => {
    const r = repo()
    const dir = scratch()
    writeFileSync(join(dir, 'p.diff'), editOnHead)
    const res = await check(
      ['--diff', join(dir, 'p.diff'), '--type', 'persona', '--risk', '0', '--json'],
      r.dir,
      { GITHUB_ACTIONS: 'true' }
    )
    expect(JSON.parse(res.stdout).proposals[0]).toMatchObject({ reader: 'git-apply', allowed: true })
  })
})

describe('check --proposals in a git repository', () => {
  it('judges each patch with git; a garbage patch is patch-rejected, the others are still judged', async () => {
    const r = repo()
    const dir = scratch()
    const file = {
      proposals: [
        { title: 'kind', type: 'persona', riskLevel: 0, patch: editOnHead },
        { title: 'garbage', type: 'persona', riskLevel: 0, patch: 'not a patch\n@@ -1 +1 @@\n' },
        {
          title: 'claimed',
          type: 'persona',
          riskLevel: 0,
          files: [{ path: PERSONA, status: 'modified', additions: 1, deletions: 0 }]
        }
      ]
    }
    writeFileSync(join(dir, 'p.json'), JSON.stringify(file))
    const before = objects(r)
    const res = await check(['--proposals', join(dir, 'p.json'), '--json'], r.dir)
    expect(res.code).toBe(1)
    const doc = JSON.parse(res.stdout)
    expect(doc.proposals.map((p: { reader?: string }) => p.reader)).toEqual([
      'git-apply',
      'git-apply',
      undefined
    ])
    expect(doc.proposals.map((p: { allowed: boolean }) => p.allowed)).toEqual([true, false, true])
    expect(doc.proposals[1].violations.map((v: { rule: string }) => v.rule)).toEqual(['patch-rejected'])
    expect(objects(r)).toBe(before)
  })

  it('leaves no temporary directory behind', async () => {
    const r = repo()
    const dir = scratch()
    const tmp = scratch()
    writeFileSync(
      join(dir, 'p.json'),
      JSON.stringify({ proposals: [{ title: 'k', type: 'persona', riskLevel: 0, patch: editOnHead }] })
    )
    const res = await check(['--proposals', join(dir, 'p.json')], r.dir, { TMPDIR: tmp })
    expect(res.code).toBe(0)
    expect(readdirSync(tmp)).toEqual([])
  })
})
