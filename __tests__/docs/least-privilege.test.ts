/**
 * Least privilege across the workflows: every write goes through a GitHub App token minted with the
 * permissions it needs, so no job's GITHUB_TOKEN is granted a write, and every App token is narrowed
 * with permission-* inputs (never the App's whole set).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = '.github/workflows'
const workflows = readdirSync(DIR)
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => ({
    file: f,
    code: readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .filter(l => !/^\s*#/.test(l))
      .map(l => l.replace(/\s+#.*$/, ''))
  }))

/** The `permissions:` blocks of a workflow: each granted scope with its level. */
function grants(code: string[]): string[] {
  const out: string[] = []
  code.forEach((line, i) => {
    const m = /^(\s*)permissions:\s*(.*)$/.exec(line)
    if (!m) return
    if (m[2]) {
      for (const pair of m[2]
        .replace(/[{}]/g, '')
        .split(',')
        .filter(s => s.trim()))
        out.push(pair.trim())
      return
    }
    for (let j = i + 1; j < code.length; j++) {
      const indent = /^(\s*)/.exec(code[j])![1].length
      if (code[j].trim() === '' || indent <= m[1].length) break
      out.push(code[j].trim())
    }
  })
  return out
}

describe('least privilege', () => {
  it('finds the project’s workflows', () => {
    expect(workflows.map(w => w.file)).toEqual(
      expect.arrayContaining(['self-evolution.yml', 'self-evolution-gate.yml', 'self-evolution-revert.yml'])
    )
  })

  it.each(workflows)('$file grants GITHUB_TOKEN no write', ({ code }) => {
    const writes = grants(code).filter(g => /:\s*write\b/.test(g) || /write-all/.test(g))
    expect(writes).toEqual([])
    expect(code.join('\n')).not.toMatch(/^permissions:\s*(write-all|read-all)\s*$/m)
  })

  it.each(workflows)('$file narrows every App token with permission-* inputs', ({ code }) => {
    code.forEach((line, i) => {
      if (!/uses: actions\/create-github-app-token@/.test(line)) return
      const rest = code.slice(i + 1)
      const end = rest.findIndex(l => /^\s+- /.test(l))
      const step = end === -1 ? rest : rest.slice(0, end)
      expect(step.filter(l => /^\s+permission-[a-z-]+: (read|write)$/.test(l)).length).toBeGreaterThan(0)
    })
  })

  it('the gate’s App token writes checks only; the acting jobs’ write contents, pull requests and issues', () => {
    const scoped = (file: string) =>
      workflows
        .find(w => w.file === file)!
        .code.filter(l => /^\s+permission-/.test(l))
        .map(l => l.trim())
        .sort()
    expect(scoped('self-evolution-gate.yml')).toEqual(['permission-checks: write'])
    const three = [
      'permission-contents: write',
      'permission-issues: write',
      'permission-pull-requests: write'
    ]
    expect(scoped('self-evolution.yml')).toEqual(three)
    expect(scoped('self-evolution-revert.yml')).toEqual(three)
  })
})
