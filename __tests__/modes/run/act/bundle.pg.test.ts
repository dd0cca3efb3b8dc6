/**
 * Acting through the bundles, run the way the runner runs them (separate processes, INPUT_* and
 * GITHUB_* variables; `uses: ./`, so main performs the start): the write-token pushes one branch to
 * the checkout's origin (a bare repository on disk) and opens one draft pull request on the GitHub
 * fake, and the token is never printed.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlag } from '../../../../src/db/flags.js'
import { createTestDatabase, type TestDatabase } from '../../../__fixtures__/db.js'
import { useGitHubFake } from '../../../__fixtures__/github-fake.js'
import { installActRoutes, type ActFakeState } from '../../../__fixtures__/github-fake-act.js'
import { gitAs, writeIn } from '../../../__fixtures__/git.js'
import { DIST, RunnerEmulation } from '../../../__fixtures__/runner.js'

const CONFIG_PATH = '.github/self-evolution-config.json'
const PERSONA = 'apps/bot/src/persona/tone.md'
const WRITE_TOKEN = 'ghs_writetoken0123456789abcdef'

const fake = useGitHubFake()
let act: ActFakeState
let db: TestDatabase
let root: string
let remote: string
let workspace: string

const git = (cwd: string, args: string[]) => gitAs({ name: 'h', home: root }, cwd, args)
const write = writeIn
const branches = () =>
  git(remote, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).split('\n').filter(Boolean)

beforeAll(async () => {
  for (const stage of ['main', 'post']) {
    if (!existsSync(join(DIST, stage, 'index.js')))
      throw new Error(`dist/${stage}/index.js is missing: run "npm run bundle" first`)
  }
})
beforeEach(async () => {
  db = await createTestDatabase()
  if (!db.url) throw new Error('the runner emulation needs a real server database (test:pg)')
  await setFlag(db.sql, { value: true, by: 'test', now: new Date() })
  act = installActRoutes(fake, {
    branchSha: name => (branches().includes(name) ? 'c'.repeat(40) : undefined)
  })
  root = mkdtempSync(join(tmpdir(), 'se-act-bundle-'))
  const seed = join(root, 'seed')
  mkdirSync(seed)
  git(seed, ['init', '-q', '-b', 'main'])
  write(
    seed,
    CONFIG_PATH,
    JSON.stringify({ enabled: true, dryRunMode: false, rollout: { liveChangeTypes: ['wildcard'] } })
  )
  write(seed, PERSONA, 'Be kind.\n')
  git(seed, ['add', '-A'])
  git(seed, ['commit', '-qm', 'seed'])
  remote = join(root, 'remote.git')
  git(root, ['clone', '-q', '--bare', seed, remote])
  workspace = join(root, 'workspace')
  git(root, ['clone', '-q', remote, workspace])
})
afterEach(async () => {
  await db.close()
  rmSync(root, { recursive: true, force: true })
})

describe('acting through the bundles', () => {
  it('main pushes one branch and opens one draft pull request with the write-token; post finalizes; no secret printed', async () => {
    const edit = join(root, 'edit')
    git(root, ['clone', '-q', remote, edit])
    write(edit, PERSONA, 'Be kind.\nBe warm.\n')
    git(edit, ['add', '-A'])
    const patch = git(edit, ['diff', '--cached']) + '\n'
    const proposals = join(root, 'proposals.json')
    writeFileSync(
      proposals,
      JSON.stringify({ proposals: [{ title: 'Warmer', type: 'wildcard', riskLevel: 1, patch }] })
    )

    const e = new RunnerEmulation({
      inputs: {
        'database-url': db.url!,
        'github-token': 'ghs_readtoken0123456789',
        'write-token': WRITE_TOKEN,
        'config-path': CONFIG_PATH,
        force: 'true',
        mode: 'run',
        proposals
      },
      env: {
        GITHUB_API_URL: fake.url,
        GITHUB_REPOSITORY: fake.fullName,
        GITHUB_SHA: git(workspace, ['rev-parse', 'HEAD']),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_RUN_ID: '5151',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_WORKSPACE: workspace
      },
      event: { repository: { default_branch: 'main' } }
    })
    try {
      const main = await e.stage('main')
      expect(main.stderr).toBe('')
      expect(main.code).toBe(0)
      expect((await e.stage('post')).code).toBe(0)
      expect(branches()).toHaveLength(2)
      expect(act.pulls).toHaveLength(1)
      expect(act.pulls[0]).toMatchObject({ draft: true, title: 'Warmer' })
      const writes = fake.writes()
      expect(writes.map(w => w.method + ' ' + w.path)).toEqual([
        `POST /repos/${fake.fullName}/pulls`,
        `POST /repos/${fake.fullName}/issues/${act.pulls[0].number}/labels`
      ])
      expect(writes.every(w => w.headers.authorization === `token ${WRITE_TOKEN}`)).toBe(true)
      expect(e.summary()).toContain(`opened draft pull request &#35;${act.pulls[0].number}`)
      const [row] = await db.sql<{ status: string }[]>`SELECT status FROM self_evolution_actions`
      expect(row.status).toBe('submitted')
      const text = e
        .allText()
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n')
      expect(text).not.toContain(WRITE_TOKEN)
    } finally {
      e.cleanup()
    }
  })
})
