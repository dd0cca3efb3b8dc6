/**
 * Risk is computed, not only declared: the floors of safetyRails.riskFloors and sizeFloors raise
 * the declared risk, the rules judge the effective one, and the floors only rise under
 * config-loosened.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultConfig, validateConfig } from '../../src/config/load.js'
import { configSchema, type Config, type ConfigInput } from '../../src/config/schema.js'
import { evaluateProposals, judgeConfigChange } from '../../src/policy/index.js'
import { assessRisk, loosenedFloors } from '../../src/policy/risk.js'
import type { FileChange, FileStatus, ProposalUnderReview } from '../../src/policy/types.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const PROMPT = 'packages/agent/src/prompts/p.md'
const PERSONA = 'apps/bot/src/persona/tone.md'
const TOOL = 'packages/agent/src/tools/search.ts'

function config(raw: ConfigInput | Record<string, unknown> = {}): Config {
  const r = validateConfig(raw)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.config
}

function file(path: string, extra: Partial<FileChange> = {}): FileChange {
  return { path, status: 'modified', additions: 1, deletions: 0, binary: false, ...extra }
}

function proposal(files: FileChange[], extra: Partial<ProposalUnderReview> = {}): ProposalUnderReview {
  return { title: 'p', type: 'cleanup', riskLevel: 0, source: 'git', files, ...extra }
}

function verdict(p: ProposalUnderReview, cfg: Config = defaultConfig()) {
  return evaluateProposals({ config: cfg, proposals: [p], configPath: CONFIG_PATH }).proposals[0]
}

const rulesOf = (p: ProposalUnderReview, cfg?: Config) => verdict(p, cfg).violations.map(v => v.rule)

describe('the default floors', () => {
  it('validate, and follow the product scale', () => {
    expect(configSchema.safeParse({}).success).toBe(true)
    const rails = defaultConfig().safetyRails
    expect(rails.riskFloors).toEqual([
      { paths: ['docs/**/*.md'], minRisk: 0, newFilesOnly: false },
      { paths: ['apps/bot/src/persona/**'], minRisk: 0, newFilesOnly: false },
      { paths: ['packages/agent/src/prompts/**'], minRisk: 1, newFilesOnly: false },
      { paths: ['packages/agent/src/tools/**'], minRisk: 2, newFilesOnly: true },
      { paths: ['.github/self-evolution-config.json'], minRisk: 2, newFilesOnly: false },
      { paths: ['packages/agent/src/tools/**'], minRisk: 1, newFilesOnly: false }
    ])
    expect(rails.sizeFloors).toEqual([
      { paths: ['packages/agent/src/prompts/**', 'apps/bot/src/persona/**'], minLines: 50, minRisk: 2 },
      { minLines: 200, minRisk: 2 }
    ])
    // Every floor's patterns lie inside the default allowedPaths: none is dead.
    for (const f of rails.riskFloors) for (const p of f.paths) expect(rails.allowedPaths).toContain(p)
  })

  it('leave the daily wildcard possible: a prompt change declared 0 is effective 1 and allowed', () => {
    const v = verdict(proposal([file(PROMPT, { additions: 10 })], { type: 'wildcard' }))
    expect(v).toMatchObject({ riskLevel: 0, effectiveRisk: 1, riskRaisedBy: ['safetyRails.riskFloors[2]'] })
    expect(v.allowed).toBe(true)
    const persona = verdict(proposal([file(PERSONA, { additions: 30, deletions: 20 })], { type: 'wildcard' }))
    expect(persona).toMatchObject({ effectiveRisk: 0, allowed: true })
  })

  it('make a new tools file 2, an edit of one 1', () => {
    const added = verdict(proposal([file(TOOL, { status: 'added' })], { type: 'capability' }))
    expect(added).toMatchObject({
      riskLevel: 0,
      effectiveRisk: 2,
      riskRaisedBy: ['safetyRails.riskFloors[3]', 'safetyRails.riskFloors[5]'],
      allowed: true
    })
    const edited = verdict(proposal([file(TOOL)], { type: 'capability' }))
    expect(edited).toMatchObject({ effectiveRisk: 1, riskRaisedBy: ['safetyRails.riskFloors[5]'] })
  })

  it('count a copy or a rename into tools as a new file, and the old path of a rename too', () => {
    const copy = file(TOOL, { status: 'copied', previousPath: 'packages/agent/src/tools/a.ts' })
    expect(verdict(proposal([copy], { type: 'capability' })).effectiveRisk).toBe(2)
    const moved = file('docs/old-tool.md', { status: 'renamed', previousPath: TOOL })
    expect(assessRisk(proposal([moved]), defaultConfig())).toMatchObject({
      effective: 1,
      raisedBy: [{ floor: 'safetyRails.riskFloors[5]', minRisk: 1 }]
    })
    const deleted = file(TOOL, { status: 'deleted', additions: 0, deletions: 3 })
    expect(assessRisk(proposal([deleted]), defaultConfig()).effective).toBe(1)
  })

  it('make a change of the rails config file 2', () => {
    const cfg = file(CONFIG_PATH)
    expect(assessRisk(proposal([cfg]), defaultConfig())).toMatchObject({
      effective: 2,
      raisedBy: [{ floor: 'safetyRails.riskFloors[4]' }]
    })
  })

  it('make more than 50 changed lines in persona or prompts 2, and more than 200 anywhere', () => {
    const at = (lines: number, path = PERSONA) =>
      assessRisk(proposal([file(path, { additions: lines - 10, deletions: 10 })]), defaultConfig())
    expect(at(50).effective).toBe(0)
    expect(at(51)).toMatchObject({ effective: 2, raisedBy: [{ floor: 'safetyRails.sizeFloors[0]' }] })
    // The lines of several matching files add up; a file elsewhere does not count toward floor 0.
    const split = proposal([file(PERSONA, { additions: 30 }), file(PROMPT, { additions: 21 })])
    expect(assessRisk(split, defaultConfig()).effective).toBe(2)
    const elsewhere = proposal([file(PERSONA, { additions: 30 }), file('docs/a.md', { additions: 100 })])
    expect(assessRisk(elsewhere, defaultConfig()).effective).toBe(0)
    expect(at(200, 'docs/a.md').effective).toBe(0)
    expect(at(201, 'docs/a.md')).toMatchObject({
      effective: 2,
      raisedBy: [{ floor: 'safetyRails.sizeFloors[1]' }]
    })
  })
})

describe('the effective risk in the rules', () => {
  it('blocks with risk-too-high, naming the floor, the pattern and the new file', () => {
    const cfg = config({ safetyRails: { maxRiskLevel: 1 } })
    const v = verdict(proposal([file(TOOL, { status: 'added' })], { type: 'capability' }), cfg)
    expect(v.violations).toEqual([
      {
        rule: 'risk-too-high',
        message: `risk 2 (declared 0, raised by safetyRails.riskFloors[3] "packages/agent/src/tools/**" for the new file "${TOOL}"; 1 more floor applies) is above safetyRails.maxRiskLevel 1`
      }
    ])
    expect(v).toMatchObject({ riskLevel: 0, effectiveRisk: 2, allowed: false })
  })

  it('blocks a wildcard with more than 50 persona lines with wildcard-risk, naming the size floor', () => {
    const v = verdict(proposal([file(PERSONA, { additions: 51 })], { type: 'wildcard', riskLevel: 1 }))
    expect(v.violations).toEqual([
      {
        rule: 'wildcard-risk',
        message:
          'risk 2 (declared 1, raised by safetyRails.sizeFloors[0] for 51 changed lines in "packages/agent/src/prompts/**", "apps/bot/src/persona/**", more than 50) is above wildcardFeature.maxRiskLevel 1'
      }
    ])
  })

  it('keeps a declared risk above every floor', () => {
    const v = verdict(proposal([file(TOOL, { status: 'added' })], { type: 'capability', riskLevel: 3 }))
    expect(v).toMatchObject({ riskLevel: 3, effectiveRisk: 3, riskRaisedBy: [] })
    expect(v.violations.map(x => x.rule)).toEqual(['risk-too-high'])
    expect(v.violations[0].message).toBe('risk 3 is above safetyRails.maxRiskLevel 2')
  })

  it('fails a floor of 4 or 5 as never allowed, naming it', () => {
    const cfg = config({
      safetyRails: { maxRiskLevel: 3, riskFloors: [{ paths: ['docs/secret-plans/**'], minRisk: 4 }] }
    })
    const v = verdict(proposal([file('docs/secret-plans/a.md')]), cfg)
    expect(v.violations).toEqual([
      expect.objectContaining({
        rule: 'risk-too-high',
        message: expect.stringMatching(
          /^risk 4 \(declared 0, raised by safetyRails\.riskFloors\[0\] .*never allowed/
        )
      })
    ])
  })

  it('never lifts a declared risk that is off the scale onto it', () => {
    for (const riskLevel of [-1, 1.5, Number.NaN, 6]) {
      const v = verdict(proposal([file(TOOL, { status: 'added' })], { type: 'capability', riskLevel }))
      expect(v.violations.map(x => x.rule)).toContain('risk-too-high')
      expect(v.riskRaisedBy).toEqual([])
    }
  })

  it('normalizes paths as the path rules do: a claimed ./ and NFC; matching is case-sensitive', () => {
    const claimed = proposal([file(`./${TOOL}`, { status: 'added' })], { source: 'claimed' })
    expect(assessRisk(claimed, defaultConfig()).effective).toBe(2)
    const cfg = config({ safetyRails: { riskFloors: [{ paths: ['docs/caf\u00e9/**'], minRisk: 3 }] } })
    expect(assessRisk(proposal([file('docs/cafe\u0301/a.md')]), cfg).effective).toBe(3)
    expect(
      assessRisk(proposal([file('Packages/agent/src/tools/x.ts', { status: 'added' })]), defaultConfig())
        .effective
    ).toBe(0)
    // An invalid path is refused by invalid-path; the floors skip it without failing.
    expect(rulesOf(proposal([file('../x', { status: 'added' })]))).toContain('invalid-path')
  })

  it('counts a binary file among a size floor’s files as over it', () => {
    const cfg = config({ safetyRails: { allowBinaryFiles: true } })
    const bin = file('apps/bot/src/persona/face.png', { binary: true, additions: null, deletions: null })
    expect(assessRisk(proposal([bin]), cfg)).toMatchObject({
      effective: 2,
      raisedBy: [{ floor: 'safetyRails.sizeFloors[0]' }, { floor: 'safetyRails.sizeFloors[1]' }]
    })
  })

  it('applies a newFilesOnly floor to added, copied and renamed paths only', () => {
    const cfg = config({
      safetyRails: { riskFloors: [{ paths: ['docs/**'], minRisk: 3, newFilesOnly: true }] }
    })
    const status = (s: FileStatus, previousPath?: string) =>
      assessRisk(proposal([file('docs/a.md', { status: s, ...(previousPath ? { previousPath } : {}) })]), cfg)
        .effective
    expect(status('added')).toBe(3)
    expect(status('copied', 'docs/b.md')).toBe(3)
    expect(status('renamed', 'docs/b.md')).toBe(3)
    expect(status('modified')).toBe(0)
    expect(status('deleted')).toBe(0)
  })

  it('leaves the risk alone when there are no floors', () => {
    const cfg = config({ safetyRails: { riskFloors: [], sizeFloors: [] } })
    expect(
      verdict(proposal([file(TOOL, { status: 'added', additions: 400 })], { type: 'capability' }), cfg)
    ).toMatchObject({ effectiveRisk: 0, riskRaisedBy: [], allowed: true })
  })
})

describe('the config refuses floors it cannot judge', () => {
  it.each([
    [{ riskFloors: [{ paths: [], minRisk: 1 }] }, 'safetyRails.riskFloors[0].paths'],
    [{ riskFloors: [{ paths: ['!docs/**'], minRisk: 1 }] }, 'safetyRails.riskFloors[0].paths[0]'],
    [{ riskFloors: [{ paths: ['docs/**'], minRisk: 6 }] }, 'safetyRails.riskFloors[0].minRisk'],
    [{ riskFloors: [{ path: ['docs/**'], minRisk: 1 }] }, 'safetyRails.riskFloors[0]'],
    [{ sizeFloors: [{ minLines: -1, minRisk: 1 }] }, 'safetyRails.sizeFloors[0].minLines'],
    [{ sizeFloors: [{ minLines: 5, minRisk: 1.5 }] }, 'safetyRails.sizeFloors[0].minRisk'],
    [{ sizeFloors: [{ paths: [], minLines: 5, minRisk: 1 }] }, 'safetyRails.sizeFloors[0].paths']
  ])('%j', (rails, where) => {
    const r = validateConfig({ safetyRails: rails })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map(p => p.path).join(' ')).toContain(where)
  })
})

const judge = (before: unknown, after: unknown) =>
  judgeConfigChange({ before: JSON.stringify(before), after: JSON.stringify(after) }, CONFIG_PATH)

describe('config-loosened: floors only rise', () => {
  const TOOLS_NEW = { paths: ['packages/agent/src/tools/**'], minRisk: 2, newFilesOnly: true }
  const base = { safetyRails: { riskFloors: [TOOLS_NEW], sizeFloors: [{ minLines: 200, minRisk: 2 }] } }
  const withFloors = (riskFloors: unknown[], sizeFloors: unknown[] = base.safetyRails.sizeFloors) => ({
    safetyRails: { riskFloors, sizeFloors }
  })

  it('reports a removed floor, naming it', () => {
    expect(judge(base, withFloors([]))).toEqual([
      expect.stringMatching(
        /^the change loosens \.github\/self-evolution-config\.json: safetyRails\.riskFloors\[0\] \{"paths":\["packages\/agent\/src\/tools\/\*\*"\],"minRisk":2,"newFilesOnly":true\} was removed/
      )
    ])
    // From the defaults: six path floors removed, and the prompt and persona size floor dropped.
    expect(judge({}, withFloors([]))).toHaveLength(7)
  })

  it('reports a lowered floor: minRisk, newFilesOnly turned on, narrower paths', () => {
    expect(judge(base, withFloors([{ ...TOOLS_NEW, minRisk: 1 }]))).toEqual([
      expect.stringContaining(
        'safetyRails.riskFloors[0] {"paths":["packages/agent/src/tools/**"],"minRisk":2,"newFilesOnly":true} was lowered: minRisk 2 became 1'
      )
    ])
    const anyFile = withFloors([{ ...TOOLS_NEW, newFilesOnly: false }])
    expect(judge(anyFile, base)).toEqual([expect.stringContaining('it now applies to new files only')])
    expect(judge(base, withFloors([{ ...TOOLS_NEW, paths: ['packages/agent/src/tools/a/**'] }]))).toEqual([
      expect.stringContaining('was removed')
    ])
  })

  it('reports a loosened size floor: more lines, fewer paths, lower risk', () => {
    expect(judge(base, withFloors([TOOLS_NEW], [{ minLines: 201, minRisk: 2 }]))).toEqual([
      expect.stringContaining(
        'safetyRails.sizeFloors[0] {"minLines":200,"minRisk":2} was lowered: minLines 200 became 201'
      )
    ])
    expect(judge(base, withFloors([TOOLS_NEW], [{ paths: ['docs/**'], minLines: 200, minRisk: 2 }]))).toEqual(
      [expect.stringContaining('safetyRails.sizeFloors[0] {"minLines":200,"minRisk":2} was removed')]
    )
    expect(judge(base, withFloors([TOOLS_NEW], [{ minLines: 200, minRisk: 1 }]))).toEqual([
      expect.stringContaining('minRisk 2 became 1')
    ])
  })

  it('allows adding, raising, widening and merging floors', () => {
    const stricter: Array<[unknown[], unknown[]]> = [
      [[TOOLS_NEW, { paths: ['docs/**'], minRisk: 1 }], base.safetyRails.sizeFloors],
      [[{ ...TOOLS_NEW, minRisk: 3 }], base.safetyRails.sizeFloors],
      [[{ ...TOOLS_NEW, newFilesOnly: false }], base.safetyRails.sizeFloors],
      [[{ ...TOOLS_NEW, paths: ['docs/**', 'packages/agent/src/tools/**'] }], base.safetyRails.sizeFloors],
      [[TOOLS_NEW], [{ minLines: 100, minRisk: 3 }]],
      [
        [TOOLS_NEW],
        [
          { minLines: 200, minRisk: 2 },
          { paths: ['docs/**'], minLines: 10, minRisk: 1 }
        ]
      ]
    ]
    for (const [risk, size] of stricter) expect(judge(base, withFloors(risk, size))).toEqual([])
    // A size floor that counts only some paths may come to count every file.
    const some = withFloors([TOOLS_NEW], [{ paths: ['docs/**'], minLines: 20, minRisk: 2 }])
    expect(judge(some, withFloors([TOOLS_NEW], [{ minLines: 20, minRisk: 2 }]))).toEqual([])
    expect(judge(withFloors([TOOLS_NEW], [{ minLines: 20, minRisk: 2 }]), some)).toHaveLength(1)
  })

  it('is the loosening of the defaults when a floor file goes missing', () => {
    expect(judge({}, {})).toEqual([])
    const cfg = defaultConfig()
    const lowered = structuredClone(cfg.safetyRails.riskFloors)
    lowered[2].minRisk = 0
    expect(loosenedFloors('safetyRails.riskFloors', cfg.safetyRails.riskFloors, lowered)).toEqual([
      expect.stringContaining('safetyRails.riskFloors[2]')
    ])
  })
})

describe('config-loosened and the floors agree: a new config no looser never lowers an effective risk', () => {
  const PATTERNS = ['docs/**', 'docs/a/**', 'tools/**', 'tools/*.ts', '**']
  const PATHS = ['docs/a/x.md', 'docs/b.md', 'tools/t.ts', 'tools/sub/u.ts', 'other.txt']
  const STATUSES: FileStatus[] = ['added', 'modified', 'deleted', 'renamed', 'copied']
  const paths = fc.uniqueArray(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 3 })
  const riskFloor = fc.record({ paths, minRisk: fc.integer({ min: 0, max: 5 }), newFilesOnly: fc.boolean() })
  const sizeFloor = fc.record(
    { paths, minLines: fc.integer({ min: 0, max: 30 }), minRisk: fc.integer({ min: 0, max: 5 }) },
    { requiredKeys: ['minLines', 'minRisk'] }
  )
  const floors = fc.record({
    riskFloors: fc.array(riskFloor, { maxLength: 4 }),
    sizeFloors: fc.array(sizeFloor, { maxLength: 3 })
  })
  const change = fc.array(
    fc.record({
      path: fc.constantFrom(...PATHS),
      previousPath: fc.constantFrom(...PATHS),
      status: fc.constantFrom(...STATUSES),
      additions: fc.integer({ min: 0, max: 20 }),
      deletions: fc.integer({ min: 0, max: 20 }),
      binary: fc.boolean()
    }),
    { minLength: 1, maxLength: 4 }
  )

  /** Random edits of a floor list: keep, drop, raise or lower minRisk or minLines, flip newFilesOnly, swap paths. */
  const edits = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -2, max: 2 }), paths), {
    minLength: 8,
    maxLength: 8
  })
  function edit<T extends { paths?: string[]; minRisk: number }>(
    list: T[],
    ops: Array<[number, number, string[]]>
  ): T[] {
    return list.flatMap((f, i) => {
      const [op, by, other] = ops[i % ops.length]
      if (op === 0) return []
      if (op === 1) return [{ ...f, minRisk: Math.min(5, Math.max(0, f.minRisk + by)) }]
      if (op === 2 && 'minLines' in f)
        return [{ ...f, minLines: Math.max(0, (f.minLines as number) + by * 5) }]
      if (op === 2 && 'newFilesOnly' in f) return [{ ...f, newFilesOnly: !f.newFilesOnly }]
      if (op === 3) return [{ ...f, paths: other }]
      if (op === 4 && 'minLines' in f) return [{ ...f, paths: undefined }]
      return [f]
    })
  }

  it('holds for random floors, random edits of them and random changes', () => {
    let compared = 0
    fc.assert(
      fc.property(
        floors,
        edits,
        floors,
        fc.boolean(),
        change,
        fc.integer({ min: 0, max: 5 }),
        (a, ops, extra, add, files, declared) => {
          const b = {
            riskFloors: [...edit(a.riskFloors, ops), ...(add ? extra.riskFloors : [])],
            sizeFloors: [...edit(a.sizeFloors, ops), ...(add ? extra.sizeFloors : [])]
          }
          const before = config({ safetyRails: a })
          const after = config({ safetyRails: b })
          if (judge({ safetyRails: a }, { safetyRails: b }).length > 0) return
          compared++
          const p = proposal(
            files.map(f => ({
              ...f,
              ...(f.status === 'renamed' || f.status === 'copied' ? {} : { previousPath: undefined }),
              ...(f.binary ? { additions: null, deletions: null } : {})
            })),
            { riskLevel: declared }
          )
          expect(assessRisk(p, after).effective).toBeGreaterThanOrEqual(assessRisk(p, before).effective)
        }
      ),
      { numRuns: 600 }
    )
    // The property was not vacuous: many edits were judged no looser.
    expect(compared).toBeGreaterThan(100)
  })

  it('holds for stricter edits of a config', () => {
    const raise = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 })
    fc.assert(
      fc.property(floors, floors, raise, change, (a, extra, by, files) => {
        const b = {
          riskFloors: [
            ...a.riskFloors.map((f, i) => ({ ...f, minRisk: Math.min(5, f.minRisk + by[i]) })),
            ...extra.riskFloors
          ],
          sizeFloors: [
            ...extra.sizeFloors,
            ...a.sizeFloors.map((f, i) => ({ ...f, minLines: Math.max(0, f.minLines - by[i + 4]) }))
          ]
        }
        const before = config({ safetyRails: a })
        const after = config({ safetyRails: b })
        expect(judge({ safetyRails: a }, { safetyRails: b })).toEqual([])
        const p = proposal(
          files.map(f => ({ ...f, previousPath: f.status === 'renamed' ? f.previousPath : undefined }))
        )
        expect(assessRisk(p, after).effective).toBeGreaterThanOrEqual(assessRisk(p, before).effective)
      }),
      { numRuns: 200 }
    )
  })
})
