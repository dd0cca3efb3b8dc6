import { describe, expect, it } from '@jest/globals'
import { forMarkdownCode } from '../../src/text/escape.js'
import { MemoryHost } from '../../src/runtime/host.js'
import {
  annotate,
  renderReport,
  summaryFor,
  SUMMARY_LIMIT,
  type ReportVerdict
} from '../../src/report/summary.js'

const HOSTILE =
  '::add-mask::x\n::stop-commands::tok\n<script>alert(1)</script> | col | [link](http://evil) @admin **bold** \u202e'

function verdict(i: number, violations = 1): ReportVerdict {
  return {
    title: `${HOSTILE} #${i}`,
    type: 'capability',
    riskLevel: 2,
    source: 'claimed',
    allowed: violations === 0,
    stats: { files: 1, additions: 1, deletions: 0, linesChanged: 1, binaryFiles: 0 },
    violations: Array.from({ length: violations }, (_, k) => ({
      rule: 'blocked-path',
      path: `.github/workflows/${k}\n::error::x.yml`,
      message: `path matches a blocked pattern ${HOSTILE}`
    }))
  }
}

describe('the report', () => {
  const report = renderReport({
    status: 'success',
    runId: 3,
    runDate: '2026-11-25',
    repository: 'o/r',
    dryRun: true,
    gates: [{ name: 'ci-active', result: 'clear', detail: HOSTILE }],
    verdicts: [verdict(1), verdict(2, 0)]
  })

  it('escapes hostile agent text wherever it appears', () => {
    expect(report).not.toContain('<script>')
    expect(report).not.toMatch(/^\s*::/m)
    expect(report).not.toContain('](http')
    expect(report).not.toContain('@admin')
    expect(report).not.toContain('\u202e')
    expect(report).not.toContain('**bold**')
  })

  it('keeps every table row on one line with its columns intact', () => {
    const rows = report.split('\n').filter(l => l.startsWith('| 1 |'))
    expect(rows.length).toBe(2) // the proposal row and the violation row
    expect(rows[0].split(' | ').length).toBe(8)
    expect(rows[1].split(' | ').length).toBe(4)
  })

  it('shows a risk a floor raised as declared → effective, and a risk no floor raised alone', () => {
    const raised = renderReport({
      status: 'success',
      repository: 'o/r',
      gates: [],
      verdicts: [
        { ...verdict(1, 0), riskLevel: 0, effectiveRisk: 2 },
        { ...verdict(2, 0), effectiveRisk: 2 }
      ]
    })
    const rows = raised.split('\n').filter(l => /^\| [12] \|/.test(l))
    expect(rows[0].split(' | ')[3]).toBe('0 → 2')
    expect(rows[1].split(' | ')[3]).toBe('2')
  })

  it('says what the run decided', () => {
    expect(report).toContain('### Proposals: 1 allowed, 1 blocked')
    expect(report).toContain('dry run')
  })

  it('cuts the job summary under the limit, at a line, and points to the artifact', () => {
    const big = renderReport({
      status: 'success',
      runId: 1,
      runDate: '2026-11-25',
      repository: 'o/r',
      gates: [],
      verdicts: Array.from({ length: 3000 }, (_, i) => verdict(i, 3))
    })
    expect(Buffer.byteLength(big)).toBeGreaterThan(SUMMARY_LIMIT)
    const s = summaryFor(big, 'self-evolution-2026-11-25-run-1')
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(s).toContain(forMarkdownCode('self-evolution-2026-11-25-run-1'))
    expect(
      s
        .split('\n')
        .filter(l => l.startsWith('| '))
        .every(l => l.endsWith('|'))
    ).toBe(true)
    expect(summaryFor('small', 'x')).toBe('small')
  })
})

describe('annotations', () => {
  it('annotates the first 9 violations with files and says how many more', () => {
    const host = new MemoryHost({})
    const total = annotate(host, [verdict(1, 15)])
    expect(total).toBe(15)
    const errors = host.lines.filter(l => l.level === 'error')
    expect(errors.length).toBe(10)
    expect(errors.slice(0, 9).every(e => e.file?.startsWith('.github/workflows/'))).toBe(true)
    expect(errors[9].text).toContain('6 more violations')
    for (const e of errors) {
      expect(e.text).not.toContain('\n')
      expect(e.text).not.toMatch(/^\s*::/)
      expect(e.file ?? '').not.toContain('\n')
    }
  })
  it('annotates all of them when there are 10 or fewer', () => {
    const host = new MemoryHost({})
    annotate(host, [verdict(1, 10)])
    expect(host.lines.filter(l => l.level === 'error').length).toBe(10)
    expect(host.lines.some(l => l.text.includes('more violations'))).toBe(false)
  })
})

describe('violations without a path', () => {
  const pathless = (rule: string): ReportVerdict['violations'][number] => ({
    rule,
    message: `${rule} was hit`
  })
  const core: ReportVerdict = {
    ...verdict(1, 3),
    violations: [
      pathless('risk-too-high'),
      ...verdict(1, 3).violations,
      pathless('max-lines'),
      pathless('max-files'),
      pathless('wildcard-daily-limit')
    ]
  }
  it('are annotated too, without a file', () => {
    const host = new MemoryHost({})
    expect(annotate(host, [core])).toBe(7)
    const errors = host.lines.filter(l => l.level === 'error')
    expect(errors.map(e => e.text.split(':')[0])).toEqual([
      'risk-too-high',
      'blocked-path',
      'blocked-path',
      'blocked-path',
      'max-lines',
      'max-files',
      'wildcard-daily-limit'
    ])
    expect(errors[0].file).toBeUndefined()
    expect(errors[1].file).toMatch(/^\.github\/workflows\//)
  })
  it('count in "N more"', () => {
    const host = new MemoryHost({})
    const many: ReportVerdict = { ...core, violations: [...core.violations, ...verdict(1, 10).violations] }
    expect(annotate(host, [many])).toBe(17)
    const errors = host.lines.filter(l => l.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[9].text).toBe('8 more violations are listed in the job summary and report.md.')
  })
})

describe('the report for a terminal', () => {
  const input = {
    status: 'success' as const,
    runId: 3,
    runDate: '2026-11-25',
    repository: 'o/agent-repo',
    dryRun: true,
    gates: [{ name: 'failure-limit', result: 'clear', detail: 'fewer than 3 consecutive failures' }],
    verdicts: [
      {
        ...verdict(1),
        title: 'Speed up CI \u001b[31mred\u001b[0m \u202eevil',
        violations: [
          {
            rule: 'blocked-path',
            path: '.github/workflows/ci.yml',
            message: '".github/workflows/ci.yml" matches the blocked pattern ".github/workflows/**"'
          }
        ]
      }
    ]
  }
  const text = renderReport(input, 'terminal')
  it('is plain text: no entities, no HTML, no Mermaid', () => {
    expect(text).not.toMatch(/&#\d+;|&[a-z]+;|<code>|\*\*blocked|```/)
    expect(text).toContain('| Repository | o/agent-repo |')
    expect(text).toContain('| failure-limit | clear | fewer than 3 consecutive failures |')
    expect(text).toContain(
      '| 1 | blocked-path | .github/workflows/ci.yml | ".github/workflows/ci.yml" matches the blocked pattern ".github/workflows/**" |'
    )
  })
  it('shows control characters, ANSI escapes and bidi overrides as visible escapes', () => {
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
    expect(text).toContain('Speed up CI \\u001b[31mred\\u001b[0m \\u202eevil')
  })
  it('leaves the Markdown escaping to the Markdown report', () => {
    const markdown = renderReport(input)
    expect(markdown).toContain('failure&#45;limit')
    expect(markdown).toContain('<code>&#46;github/workflows/ci&#46;yml</code>')
  })
})
