import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { originUrl, repositoryOfRemote, withoutCredentials } from '../../src/git/remote.js'
import { GitCommandError } from '../../src/git/run.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  })

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'se-remote-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe("the checkout's origin", () => {
  it('never returns the user or token a URL holds', async () => {
    const ws = join(root, 'ws')
    git(root, 'init', '-q', ws)
    git(ws, 'remote', 'add', 'origin', 'https://someone:ghp_secret123@github.example/o/r.git')
    const url = await originUrl(ws)
    expect(url).toBe('https://github.example/o/r.git')
    expect(url).not.toContain('ghp_secret123')
    expect(url).not.toContain('someone')
  })

  it('leaves a path or an scp-like address as it is', async () => {
    expect(withoutCredentials('/srv/git/r.git')).toBe('/srv/git/r.git')
    expect(withoutCredentials('git@github.com:o/r.git')).toBe('git@github.com:o/r.git')
    expect(withoutCredentials('https://github.com/o/r.git')).toBe('https://github.com/o/r.git')
  })

  it('fails with a GitCommandError where there is no origin', async () => {
    const ws = join(root, 'bare')
    git(root, 'init', '-q', ws)
    await expect(originUrl(ws)).rejects.toBeInstanceOf(GitCommandError)
  })
})

describe('the repository a remote URL names', () => {
  it.each([
    ['https://github.com/octo/agent.git', 'octo/agent'],
    ['https://github.com/octo/agent', 'octo/agent'],
    ['git@github.com:octo/agent.git', 'octo/agent'],
    ['ssh://git@github.com/octo/agent', 'octo/agent'],
    ['ssh://git@github.example:22/octo/agent.git', 'octo/agent'],
    ['/srv/git/agent', undefined],
    ['../agent', undefined],
    ['file:///srv/octo/agent', undefined],
    ['https://github.com/octo/agent/tree', undefined],
    ['git@github.com:octo/.git', undefined],
    ['', undefined]
  ])('%j is %j', (url, repository) => {
    expect(repositoryOfRemote(url)).toBe(repository)
  })
})
