/**
 * Differential test of the text reader (src/policy/unified-diff.ts) against git apply: for each
 * generated or mutated patch, the reader either refuses it (always allowed: the proposal is then
 * blocked by patch-unreadable) or reads exactly what `git apply -z --numstat --summary` reads:
 * the same sections, names, old names, kinds (create, delete, rename, copy), modes, scores and
 * line counts. Accepting a patch git refuses is a failure.
 *
 * Every patch the reader reads goes to git; of those it refuses, a sample does, to measure how
 * often it refuses what git reads (git stops at a patch it refuses, which costs one process).
 *
 * Environment: SE_DIFF_SEED (default 20261206) picks the cases, SE_DIFF_CASES (default 2000)
 * how many; e.g. `SE_DIFF_SEED=7 SE_DIFF_CASES=20000 npm test -- __tests__/policy/diff-differential.test.ts`.
 * SE_DIFF_DEBUG=1 prints the tally. git runs outside any repository with no system or global
 * config (HOME is a temporary directory).
 */
import { describe, expect, it } from '@jest/globals'
import { readUnifiedDiff } from '../../src/policy/unified-diff.js'
import { formatLikeGit, gitVerdicts } from './diff-oracle.js'
import { generatePatch, makeRng } from './diff-generator.js'

const SEED = Number(process.env.SE_DIFF_SEED ?? 20261206)
const CASES = Number(process.env.SE_DIFF_CASES ?? 2000)
const REFUSED_SAMPLE = 60

const show = (b: Buffer) => JSON.stringify(b.toString('latin1'))

describe('the text reader against git apply', () => {
  it(`agrees with git or refuses, on ${CASES} patches from seed ${SEED}`, () => {
    const r = makeRng(SEED)
    const patches = Array.from({ length: CASES }, () => generatePatch(r))
    const readings = patches.map(p => readUnifiedDiff(p))
    const read = patches.flatMap((p, k) => (readings[k].problem ? [] : [k]))
    const refused = patches.flatMap((p, k) => (readings[k].problem ? [k] : [])).slice(0, REFUSED_SAMPLE)
    const { verdicts, spawns } = gitVerdicts([...read, ...refused].map(k => patches[k]))
    const failures: string[] = []
    read.forEach((k, i) => {
      const git = verdicts[i]
      const mine = formatLikeGit(readings[k].files)
      for (const f of readings[k].files) {
        // What the engine judges is what git read: the path and old path of each section.
        const path = f.status === 'deleted' ? f.git.oldName : f.git.newName
        const previous = f.status === 'renamed' || f.status === 'copied' ? f.git.oldName : undefined
        if (f.path !== path || f.previousPath !== previous)
          failures.push(
            `case ${k}: the reader judges ${f.previousPath} -> ${f.path}, git reads ${f.git.oldName} -> ${f.git.newName}`
          )
      }
      if (!git.ok)
        failures.push(
          `case ${k}: git refuses (${git.error}), the reader reads ${show(mine)}\n${show(patches[k])}`
        )
      else if (!git.out.equals(mine))
        failures.push(`case ${k}: git reads ${show(git.out)}, the reader ${show(mine)}\n${show(patches[k])}`)
    })
    const gitReadsRefused = refused.filter((k, i) => verdicts[read.length + i].ok).length
    if (process.env.SE_DIFF_DEBUG)
      console.log(
        JSON.stringify({ read: read.length, refused: CASES - read.length, gitReadsRefused, spawns })
      )
    expect(failures.slice(0, 5)).toEqual([])
    // Meaningful only if the reader reads a fair share, and git refuses some of what it refuses.
    expect(read.length).toBeGreaterThan(CASES / 5)
    expect(gitReadsRefused).toBeLessThan(refused.length)
  })
})
