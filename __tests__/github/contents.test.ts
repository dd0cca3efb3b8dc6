import { beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, createGitHubContext, GitHubApiError } from '../../src/github/client.js'
import { getDefaultBranch, normalizeRepositoryPath, readRepositoryFile } from '../../src/github/contents.js'
import { startGitHubFake, useGitHubFake } from '../__fixtures__/github-fake.js'
import { fakeClock } from '../__fixtures__/fake-clock.js'

const CONFIG = '.github/self-evolution-config.json'
const SHA = 'a'.repeat(40)

const fake = useGitHubFake({ defaultBranch: 'trunk' })
let octokit: ReturnType<typeof createGitHubClient>
const clock = fakeClock()

beforeAll(async () => {
  octokit = createGitHubClient({ token: 't', baseUrl: fake.url, sleep: clock.sleep, now: clock.now })
})

const read = (path: string, ref?: string) =>
  readRepositoryFile(octokit, { owner: fake.owner, repo: fake.repo, path, ref })

describe('readRepositoryFile', () => {
  it('reads and decodes a file at a ref', async () => {
    const text = '{ "enabled": true, "note": "ünïcode ✓" }\n'
    fake.setFile(CONFIG, text, { ref: SHA })
    expect(await read(CONFIG, SHA)).toBe(text)
    expect(fake.requests[0].path).toBe(`/repos/${fake.fullName}/contents/${CONFIG}`)
    expect(fake.requests[0].query.ref).toBe(SHA)
  })

  it('reads the default branch when no ref is given', async () => {
    fake.setFile('docs/a.md', 'trunk text')
    expect(await read('docs/a.md')).toBe('trunk text')
    expect(fake.requests[0].query.ref).toBeUndefined()
  })

  it('returns null for a file that does not exist (404)', async () => {
    fake.setFile('other.txt', 'x', { ref: SHA })
    expect(await read(CONFIG, SHA)).toBeNull()
    expect(fake.requests).toHaveLength(1)
  })

  it('throws for a ref that does not exist (404 "No commit found")', async () => {
    await expect(read(CONFIG, 'b'.repeat(40))).rejects.toThrow(/HTTP 404: No commit found for the ref/)
  })

  it('throws on a server error after retrying, never returning null', async () => {
    fake.setFile(CONFIG, '{}', { ref: SHA })
    fake.failNext('/repos/{owner}/{repo}/contents/{path+}', 500, { times: Infinity })
    const error = await read(CONFIG, SHA).catch(e => e)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBe(500)
    expect(fake.requests.length).toBeGreaterThan(1)
  })

  it('throws on 401 and 403 without retrying', async () => {
    fake.failNext('/repos/{owner}/{repo}/contents/{path+}', 401)
    await expect(read(CONFIG, SHA)).rejects.toThrow(/HTTP 401: Bad credentials/)
    fake.failNext('/repos/{owner}/{repo}/contents/{path+}', 403, {
      message: 'Resource not accessible by integration'
    })
    await expect(read(CONFIG, SHA)).rejects.toThrow(/HTTP 403/)
    expect(fake.requests).toHaveLength(2)
  })

  it('reads a file over the 1 MB contents limit through the git blobs API', async () => {
    const big = 'x'.repeat(1024 * 1024) + '\nend ✓\n'
    fake.setFile('big.json', big, { ref: SHA })
    expect(await read('big.json', SHA)).toBe(big)
    expect(fake.requests.map(r => r.path)).toEqual([
      `/repos/${fake.fullName}/contents/big.json`,
      expect.stringMatching(new RegExp(`^/repos/${fake.fullName}/git/blobs/[0-9a-f]{40}$`))
    ])
  })

  it('reads a file over 1 MB through the raw media type when GitHub refuses it as too_large', async () => {
    const strict = await startGitHubFake({ largeFiles: 'too-large-error' })
    try {
      const big = 'ü'.repeat(600 * 1024) + '\n'
      strict.setFile('big.json', big, { ref: SHA })
      const client = createGitHubClient({
        token: 't',
        baseUrl: strict.url,
        sleep: clock.sleep,
        now: clock.now
      })
      expect(
        await readRepositoryFile(client, {
          owner: strict.owner,
          repo: strict.repo,
          path: 'big.json',
          ref: SHA
        })
      ).toBe(big)
      expect(strict.requests.map(r => r.headers.accept)).toEqual([
        'application/vnd.github.v3+json',
        'application/vnd.github.v3.raw'
      ])
      expect(strict.requests[1].query.ref).toBe(SHA)
    } finally {
      await strict.close()
    }
  })

  it('refuses a directory', async () => {
    fake.setFile('.github/workflows/ci.yml', 'on: push', { ref: SHA })
    await expect(read('.github/workflows', SHA)).rejects.toThrow(/is a directory/)
  })

  it('refuses a symlink or a submodule', async () => {
    fake.route('GET', '/repos/{owner}/{repo}/contents/{path+}', req =>
      req.params.path === 'link'
        ? { body: { type: 'symlink', target: 'x', name: 'link', path: 'link' } }
        : undefined
    )
    await expect(read('link', SHA)).rejects.toThrow(/is a symlink/)
  })

  it('refuses paths that would leave the contents endpoint', async () => {
    for (const bad of ['../secrets', 'a/../../b', 'a//b', 'a\\b', '', '/', 'a/./b']) {
      await expect(read(bad, SHA)).rejects.toThrow(/not a plain relative path/)
    }
    expect(fake.requests).toHaveLength(0)
    expect(normalizeRepositoryPath('/.github/x.json')).toBe('.github/x.json')
    expect(normalizeRepositoryPath('./docs/a b.md')).toBe('docs/a b.md')
  })

  it('reads paths with spaces and non-ASCII characters', async () => {
    fake.setFile('docs/ä b.md', 'hello', { ref: SHA })
    expect(await read('docs/ä b.md', SHA)).toBe('hello')
  })

  it('accepts a repository context', async () => {
    fake.setFile(CONFIG, '{}', { ref: SHA })
    const gh = createGitHubContext({ token: 't', baseUrl: fake.url, repository: fake.fullName })
    expect(await readRepositoryFile(gh, { path: CONFIG, ref: SHA })).toBe('{}')
  })
})

describe('getDefaultBranch', () => {
  it("reads the repository's default branch", async () => {
    expect(await getDefaultBranch(octokit, { owner: fake.owner, repo: fake.repo })).toBe('trunk')
  })

  it('throws for an unknown repository', async () => {
    await expect(getDefaultBranch(octokit, { owner: fake.owner, repo: 'nope' })).rejects.toThrow(
      /HTTP 404: Not Found/
    )
  })
})
