/**
 * The daily run's loading of proposals: git judges each patch on the checkout's HEAD; on GitHub
 * without a checkout no patch is judged by the text reader (each is blocked, naming the step to
 * add); a local run without a repository keeps the text reader and says so.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describePatchJudgement, loadProposals } from '../../src/daily/judge.js'
import type { Inputs } from '../../src/runtime/inputs.js'
import { defaultConfig } from '../../src/config/load.js'
import { evaluateProposals } from '../../src/policy/index.js'
import { makeRepo } from '../policy/git-fixture.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const PERSONA = 'apps/bot/src/persona/tone.md'
const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach(c => c()))

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'se-judge-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const rename = `diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/docs/a.md\nrename from .github/workflows/deploy.yml\nrename to docs/a.md\n`
const edit = `diff --git a/${PERSONA} b/${PERSONA}\n--- a/${PERSONA}\n+++ b/${PERSONA}\n@@ -1 +1,2 @@\n calm\n+warm\n`

function proposalsFile(patches = [edit, rename]): string {
  const file = join(scratch(), 'proposals.json')
  const titles = ['warm', 'sneaky']
  writeFileSync(
    file,
    JSON.stringify({
      proposals: [
        ...patches.map((patch, i) => ({
          title: titles[i],
          type: i ? 'cleanup' : 'persona',
          riskLevel: 0,
          patch
        })),
        { title: 'claimed', type: 'persona', riskLevel: 0, files: [] }
      ]
    })
  )
  return file
}

const inputs = (file: string) => ({ proposals: file, proposalsSha256: '' }) as unknown as Inputs

function judged(loaded: Awaited<ReturnType<typeof loadProposals>>) {
  return evaluateProposals({
    config: defaultConfig(),
    proposals: loaded.proposals.map(p => p.proposal),
    configPath: CONFIG_PATH
  }).proposals
}

describe('loadProposals: who judges the patches', () => {
  it('git apply on the checkout’s HEAD, whose objects stay untouched', async () => {
    const r = makeRepo()
    cleanups.push(() => r.cleanup())
    r.write('.github/workflows/deploy.yml', 'on: push\n')
    r.write(PERSONA, 'calm\n')
    const head = r.commit()
    const before = r.git(['count-objects', '-v']).toString()
    const loaded = await loadProposals(inputs(proposalsFile()), r.dir, null, CONFIG_PATH, { onGitHub: true })
    expect(loaded.judgement).toEqual({ reader: 'git-apply', base: head })
    expect(loaded.proposals.map(p => p.reader)).toEqual(['git-apply', 'git-apply', undefined])
    const verdicts = judged(loaded)
    expect(verdicts.map(v => v.allowed)).toEqual([true, false, true])
    expect(verdicts[1].violations).toContainEqual(
      expect.objectContaining({ rule: 'blocked-path', path: '.github/workflows/deploy.yml' })
    )
    expect(r.git(['count-objects', '-v']).toString()).toBe(before)
    expect(describePatchJudgement(loaded.judgement!)).toBe(
      `git apply onto the checkout's HEAD ${head} judged the patches.`
    )
  })

  it('on GitHub without a checkout: every patch is blocked, naming actions/checkout', async () => {
    const loaded = await loadProposals(inputs(proposalsFile()), scratch(), null, CONFIG_PATH, {
      onGitHub: true
    })
    expect(loaded.judgement?.reader).toBe('none')
    const verdicts = judged(loaded)
    expect(verdicts.map(v => v.allowed)).toEqual([false, false, true])
    for (const v of verdicts.slice(0, 2)) {
      expect(v.violations).toEqual([
        expect.objectContaining({
          rule: 'patch-rejected',
          message: expect.stringContaining('actions/checkout')
        })
      ])
    }
  })

  it('locally without a repository: the text reader, and the judgement says so', async () => {
    const loaded = await loadProposals(inputs(proposalsFile([edit])), scratch(), null, CONFIG_PATH, {
      onGitHub: false
    })
    expect(loaded.judgement).toEqual({
      reader: 'text',
      why: expect.stringContaining('is not a git repository')
    })
    expect(loaded.proposals.map(p => p.reader)).toEqual(['text', undefined])
    expect(describePatchJudgement(loaded.judgement!)).toMatch(/^The text reader judged the patches: /)
  })
})
