/**
 * `self-evolution doctor` through the CLI dispatcher, against the GitHub fake (real HTTP) and the
 * embedded database: every check passing, then each failing; and the pure checks one by one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkGateRequired,
  checkRetention,
  checkSchema,
  checkWriteToken,
  failedRead,
  isUnreachable
} from '../../src/cli/doctor-checks.js'
import { useGitHubFake } from '../__fixtures__/github-fake.js'
import { runCli } from '../__fixtures__/cli.js'
import { installActRoutes, type ActFakeState } from '../__fixtures__/github-fake-act.js'

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const CONFIG = { enabled: true, dryRunMode: false, rollout: { liveChangeTypes: ['wildcard'] } }

const fake = useGitHubFake()
let act: ActFakeState
let cwd: string

function writeConfig(config: unknown) {
  mkdirSync(join(cwd, '.github'), { recursive: true })
  writeFileSync(join(cwd, '.github/self-evolution-config.json'), JSON.stringify(config))
}

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(args, {
    env: {
      GITHUB_REPOSITORY: fake.fullName,
      GITHUB_API_URL: fake.url,
      GITHUB_TOKEN: 'ghs_read',
      SELF_EVOLUTION_WRITE_TOKEN: 'ghs_write',
      SELF_EVOLUTION_APP_ID: '77',
      SELF_EVOLUTION_APP_PRIVATE_KEY: PEM,
      ...env
    },
    cwd,
    now: () => new Date(),
    // Retries back off without waiting: what is judged is the answer, not the time it took.
    sleep: async () => undefined
  })

/** A loopback port that was just free: listened on, then closed. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

type Report = { ok: boolean; checks: Array<{ id: string; status: string; detail: string }> }
const statuses = (r: Report) => Object.fromEntries(r.checks.map(c => [c.id, c.status]))

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'se-doctor-'))
  expect((await cli(['migrate'])).code).toBe(0)
  expect((await cli(['flag', 'enable', '--by', 'test'])).code).toBe(0)
})
afterAll(async () => {
  rmSync(cwd, { recursive: true, force: true })
})
beforeEach(() => {
  act = installActRoutes(fake)
  act.protection.set('main', ['build', 'self-evolution gate'])
  act.retentionDays = 90
  act.tokens.set('ghs_write', { permissions: { admin: false, push: true, pull: true } })
  act.app = {
    id: '77',
    publicKey,
    permissions: { contents: 'write', pull_requests: 'write', issues: 'write', metadata: 'read' }
  }
  writeConfig(CONFIG)
})

describe('self-evolution doctor', () => {
  it('passes every check, prints JSON with --json, exits 0, and writes nothing', async () => {
    const r = await cli(['doctor', '--json'])
    const report = JSON.parse(r.stdout) as Report
    expect(report.checks.map(c => c.id)).toEqual([
      'gate-required',
      'write-token',
      'write-token-workflows',
      'flag-config',
      'schema',
      'artifact-retention'
    ])
    expect(report.checks.filter(c => c.status !== 'pass')).toEqual([])
    expect(report.ok).toBe(true)
    expect(r.code).toBe(0)
    expect(fake.writes()).toEqual([])
    const text = await cli(['doctor'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^PASS {4}gate-required: "self-evolution gate" is a required check on main$/m)
  })

  it('fails each check that is not met, and exits 1', async () => {
    act.protection.clear()
    act.retentionDays = 30
    act.app!.permissions = { ...act.app!.permissions, workflows: 'write' }
    act.tokens.set('ghs_write', { permissions: { admin: false, push: false, pull: true } })
    writeConfig({ ...CONFIG, enabled: false })
    const r = await cli(['doctor', '--json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as Report
    expect(report.ok).toBe(false)
    expect(statuses(report)).toEqual({
      'gate-required': 'fail',
      'write-token': 'fail',
      'write-token-workflows': 'fail',
      'flag-config': 'fail',
      schema: 'pass',
      'artifact-retention': 'fail'
    })
    expect(report.checks[0].detail).toBe(
      "main requires no status check; make the gate's check required in branch protection or a ruleset"
    )
  })

  it('finds the gate in a ruleset, and treats what it cannot read as unknown (a failure)', async () => {
    act.protection.clear()
    act.rules.set('main', [
      {
        type: 'required_status_checks',
        ruleset_source_type: 'Repository',
        ruleset_source: fake.fullName,
        ruleset_id: 1,
        parameters: {
          required_status_checks: [{ context: 'Self-Evolution Gate' }],
          strict_required_status_checks_policy: false
        }
      }
    ])
    expect(statuses(JSON.parse((await cli(['doctor', '--json'])).stdout) as Report)['gate-required']).toBe(
      'pass'
    )

    act.rules.clear()
    fake.failNext(`/repos/${fake.owner}/${fake.repo}/branches/main/protection`, 403, {
      message: 'Resource not accessible by integration'
    })
    act.retentionDays = undefined
    const r = await cli(['doctor', '--json'], { SELF_EVOLUTION_APP_ID: '', SELF_EVOLUTION_WRITE_TOKEN: '' })
    expect(r.code).toBe(1)
    expect(statuses(JSON.parse(r.stdout) as Report)).toMatchObject({
      'gate-required': 'unknown',
      'write-token': 'unknown',
      'write-token-workflows': 'unknown',
      'artifact-retention': 'unknown'
    })
  })

  it('gives one verdict for one cause: nothing answering is UNKNOWN in every check', async () => {
    // A port nothing listens on: GitHub and the database both refuse the connection.
    const port = await closedPort()
    const r = await cli(['doctor', '--json', '--database-url', `postgres://u:p@127.0.0.1:${port}/db`], {
      GITHUB_API_URL: `http://127.0.0.1:${port}`
    })
    expect(r.code).toBe(1)
    expect(statuses(JSON.parse(r.stdout) as Report)).toEqual({
      'gate-required': 'unknown',
      'write-token': 'unknown',
      'write-token-workflows': 'unknown',
      'flag-config': 'unknown',
      schema: 'unknown',
      'artifact-retention': 'unknown'
    })
  })

  it('classifies a failed read once: no answer, or an answer that refused', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })
    expect(isUnreachable(refused)).toBe(true)
    expect(isUnreachable(new Error('wrapped', { cause: refused }))).toBe(true)
    expect(isUnreachable(Object.assign(new Error('Bad credentials'), { status: 401 }))).toBe(false)
    expect(isUnreachable(Object.assign(new Error('Server Error'), { status: 502 }))).toBe(true)
    expect(isUnreachable(new Error('relation "x" does not exist'))).toBe(false)
    expect(isUnreachable(Object.assign(new Error('timed out'), { kind: 'timeout', status: undefined }))).toBe(
      true
    )
    const repository = (error: Error) => failedRead('cannot read', error)
    // The write-token: a token GitHub refused fails; a GitHub that did not answer proves nothing.
    expect(checkWriteToken({ present: true, repository: repository(refused) })[0].status).toBe('unknown')
    const denied = Object.assign(new Error('Not Found'), { status: 404 })
    expect(checkWriteToken({ present: true, repository: repository(denied) })[0].status).toBe('fail')
    expect(checkSchema(failedRead('the database cannot be opened', refused)).status).toBe('unknown')
    expect(checkSchema(failedRead('behind', new Error('behind'))).status).toBe('fail')
  })

  it('a classic token is judged by its scopes: the workflow scope fails', async () => {
    act.tokens.set('ghs_write', { permissions: { push: true, pull: true }, scopes: 'repo, workflow' })
    const r = JSON.parse((await cli(['doctor', '--json'], { SELF_EVOLUTION_APP_ID: '' })).stdout) as Report
    expect(statuses(r)).toMatchObject({ 'write-token': 'pass', 'write-token-workflows': 'fail' })
  })

  it('says why the flag and the config disagree, and fails an unmigrated database', async () => {
    expect((await cli(['flag', 'disable', '--by', 'test'])).code).toBe(0)
    try {
      const r = JSON.parse((await cli(['doctor', '--json'])).stdout) as Report
      expect(r.checks.find(c => c.id === 'flag-config')).toMatchObject({
        status: 'fail',
        detail: expect.stringMatching(/the flag is off/)
      })
    } finally {
      expect((await cli(['flag', 'enable', '--by', 'test'])).code).toBe(0)
    }
    const fresh = mkdtempSync(join(tmpdir(), 'se-doctor-empty-'))
    try {
      const saved = cwd
      cwd = fresh
      writeConfig(CONFIG)
      const r = await cli(['doctor', '--json'])
      cwd = saved
      expect(statuses(JSON.parse(r.stdout) as Report).schema).toBe('fail')
      expect(r.code).toBe(1)
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })

  it('bad usage exits 2', async () => {
    expect((await cli(['doctor', '--repository', 'nope'])).code).toBe(2)
    expect((await cli(['doctor', '--bogus'])).code).toBe(2)
    expect((await cli(['doctor'], { GITHUB_REPOSITORY: '' })).code).toBe(2)
  })
})

describe('the checks', () => {
  it('gate-required matches the gate in either source', () => {
    const gate = /self-evolution/i
    expect(
      checkGateRequired(
        'main',
        { protection: { ok: true, value: null }, rules: { ok: true, value: ['x'] } },
        gate
      ).status
    ).toBe('fail')
    expect(
      checkGateRequired(
        'main',
        { protection: { ok: false, why: '403' }, rules: { ok: true, value: ['self-evolution'] } },
        gate
      ).status
    ).toBe('pass')
    expect(
      checkGateRequired(
        'main',
        { protection: { ok: false, why: '403' }, rules: { ok: true, value: [] } },
        gate
      ).status
    ).toBe('unknown')
  })
  it('write-token: an App token alone proves nothing', () => {
    const checks = checkWriteToken({
      present: true,
      repository: { ok: true, value: { permissions: { push: true } } }
    })
    expect(checks.map(c => c.status)).toEqual(['unknown', 'unknown'])
    const missing = checkWriteToken({
      present: true,
      repository: { ok: true, value: {} },
      installation: { ok: true, value: { contents: 'write', pull_requests: 'read', issues: 'write' } }
    })
    expect(missing.map(c => c.status)).toEqual(['fail', 'pass'])
  })
  it('artifact-retention compares with telemetry.logRetentionDays', () => {
    expect(checkRetention({ ok: true, value: 90 }, 90).status).toBe('pass')
    expect(checkRetention({ ok: true, value: 89 }, 90).status).toBe('fail')
    expect(checkRetention({ ok: false, why: '404' }, 90).status).toBe('unknown')
  })
})
