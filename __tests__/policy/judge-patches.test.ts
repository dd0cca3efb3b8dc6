/**
 * judgePatchesWithGit: git's reading replaces the text reader's (files, config file) and clears
 * its patch-unreadable; a patch git refuses is patch-rejected, with git's line made inert.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { judgePatchesWithGit, type ProposalWithPatch } from '../../src/policy/judge-patches.js'
import { makeRepo } from './git-fixture.js'

const PERSONA = 'apps/bot/src/persona/tone.md'
const r = makeRepo()
afterAll(() => r.cleanup())
r.write(PERSONA, 'calm\n')
const head = r.commit()

const edit = `diff --git a/${PERSONA} b/${PERSONA}\n--- a/${PERSONA}\n+++ b/${PERSONA}\n@@ -1 +1,2 @@\n calm\n+warm\n`
const meta = { title: 't', type: 'persona' as const, riskLevel: 0 }

describe('judgePatchesWithGit', () => {
  it('replaces the text reader’s files and clears its patch-unreadable', async () => {
    const textReading: ProposalWithPatch = {
      proposal: {
        ...meta,
        source: 'patch',
        files: [{ path: 'elsewhere.md', status: 'added', additions: 9, deletions: 0, binary: false }],
        configFile: { before: null, after: '{}' },
        patchProblem: { rule: 'patch-unreadable', message: 'the text reader gave up' }
      },
      patch: edit,
      reader: 'text'
    }
    const claimed: ProposalWithPatch = { proposal: { ...meta, source: 'claimed', files: [] } }
    const { base, proposals } = await judgePatchesWithGit([textReading, claimed], {
      repo: r.dir,
      base: 'HEAD',
      configPath: '.github/self-evolution-config.json'
    })
    expect(base).toBe(head)
    expect(proposals[0]).toEqual({
      proposal: {
        ...meta,
        source: 'patch',
        files: [
          {
            path: PERSONA,
            status: 'modified',
            additions: 1,
            deletions: 0,
            binary: false,
            mode: '100644',
            previousMode: '100644'
          }
        ]
      },
      patch: edit,
      reader: 'git-apply'
    })
    expect(proposals[1]).toBe(claimed)
  })

  it('makes a refused patch patch-rejected with one short, inert line', async () => {
    const hostile = `diff --git a/x b/x\n--- a/::error::x\u001b[31m\n+++ b/::error::x\u001b[31m\n@@ -1 +1 @@\n-a\n+b\n`
    const { proposals } = await judgePatchesWithGit(
      [{ proposal: { ...meta, source: 'patch', files: [] }, patch: hostile }],
      { repo: r.dir, base: head, configPath: '.github/self-evolution-config.json' }
    )
    const problem = proposals[0].proposal.patchProblem
    expect(problem).toEqual({
      rule: 'patch-rejected',
      message: expect.stringMatching(/^git apply refuses the patch on [0-9a-f]{12}: /)
    })
    expect(problem!.message).not.toMatch(/[\u0000-\u001f]/)
    expect(problem!.message.length).toBeLessThan(300)
    expect(proposals[0].proposal.files).toEqual([])
  })

  // Acting refuses a patch whose tree is the base's (empty-change); judging must not call it
  // allowed (an allowed patch with no files would be recorded as an issue). git 2.39 takes a
  // "new file mode 040000" entry into the index and write-tree then drops it: the text reader
  // calls that file a submodule, git makes no change at all.
  it.each([
    [
      'a directory entry git drops',
      `diff --git a/docs/l.md b/docs/l.md\nnew file mode 040000\n--- /dev/null\n+++ b/docs/l.md\n@@ -0,0 +1 @@\n+x\n`
    ],
    [
      'a deletion and a re-creation',
      `diff --git a/${PERSONA} b/${PERSONA}\ndeleted file mode 100644\n--- a/${PERSONA}\n+++ /dev/null\n@@ -1 +0,0 @@\n-calm\ndiff --git a/${PERSONA} b/${PERSONA}\nnew file mode 100644\n--- /dev/null\n+++ b/${PERSONA}\n@@ -0,0 +1 @@\n+calm\n`
    ]
  ])('makes a patch that git applies as no change patch-rejected: %s', async (_what, patch) => {
    const { proposals } = await judgePatchesWithGit(
      [{ proposal: { ...meta, source: 'patch', files: [] }, patch }],
      { repo: r.dir, base: head, configPath: '.github/self-evolution-config.json' }
    )
    expect(proposals[0].proposal.patchProblem).toEqual({
      rule: 'patch-rejected',
      message: expect.stringMatching(/^git apply refuses the patch on [0-9a-f]{12}: .*changes nothing/)
    })
    expect(proposals[0].proposal.files).toEqual([])
  })
})
