import { describe, expect, it } from '@jest/globals'
import { MemoryHost } from '../../src/runtime/host.js'
import { FIXED_MODE_VARIABLE, modeName, readInputs, passwordOf } from '../../src/runtime/inputs.js'
import { loadStart, saveStart, loadMain, saveMain } from '../../src/runtime/state.js'

const host = (inputs: Record<string, string>) => new MemoryHost(inputs)

describe('inputs', () => {
  it('reads the defaults', () => {
    const i = readInputs(host({}))
    expect(i).toMatchObject({
      configPath: '.github/self-evolution-config.json',
      forceDryRun: false,
      force: false,
      migrate: false,
      mode: 'run',
      jitterMinutes: undefined,
      artifactRetentionDays: undefined
    })
  })

  it('masks the database URL and its password, and the tokens, before anything else', () => {
    const h = host({
      'database-url': 'postgres://app:s3cr%40t@db.example:5432/x',
      'railway-token': 'rw-token',
      'railway-project-id': 'p1',
      'github-token': 'ghs_abc'
    })
    readInputs(h)
    expect(h.secrets).toEqual(
      expect.arrayContaining(['postgres://app:s3cr%40t@db.example:5432/x', 's3cr@t', 'rw-token', 'ghs_abc'])
    )
  })

  it('reads checks-token as a secret, masked at once; empty by default', () => {
    expect(readInputs(host({})).checksToken).toBe('')
    const h = host({ 'checks-token': 'ghs_checks', 'github-token': 'ghs_read' })
    expect(readInputs(h).checksToken).toBe('ghs_checks')
    expect(h.secrets).toEqual(expect.arrayContaining(['ghs_checks', 'ghs_read']))
  })

  it('refuses a checks-token that is the github-token, naming the input', () => {
    const h = host({ 'checks-token': 'ghs_same', 'github-token': 'ghs_same' })
    expect(() => readInputs(h)).toThrow(
      /Input "checks-token" is the same token as github-token; expected a GitHub App/
    )
    expect(h.secrets).toContain('ghs_same')
  })

  it('only "true" forces a dry run; nothing can force live', () => {
    for (const v of ['false', 'FALSE', 'no', '0', '', 'off'])
      expect(readInputs(host({ 'dry-run': v })).forceDryRun).toBe(false)
    expect(readInputs(host({ 'dry-run': 'true' })).forceDryRun).toBe(true)
    expect(readInputs(host({ 'dry-run': 'True' })).forceDryRun).toBe(true)
  })

  it.each([
    ['force', 'yes', /Input "force" is "yes"; expected "true" or "false"/],
    ['migrate', '1', /Input "migrate" is "1"/],
    ['mode', 'gate-keeper', /Input "mode" is "gate-keeper"; expected one of: run/],
    ['jitter-minutes', '121', /Input "jitter-minutes" is "121"; expected an integer from 0 to 120/],
    ['jitter-minutes', '5m', /Input "jitter-minutes"/],
    [
      'artifact-retention-days',
      '0',
      /Input "artifact-retention-days" is "0"; expected an integer from 1 to 400/
    ],
    ['config-path', '../outside.json', /Input "config-path"/],
    ['config-path', '/etc/passwd', /Input "config-path"/],
    ['proposals-sha256', 'abc', /Input "proposals-sha256"/],
    ['railway-api-url', 'file:///etc/passwd', /Input "railway-api-url"/],
    ['scope', 'everyone', /Input "scope" is "everyone"; expected one of: agent, all/],
    ['gate-source', 'ftp', /Input "gate-source" is "ftp"; expected one of: api, git/],
    ['agent-logins', 'a b', /Input "agent-logins" holds "a b"/]
  ])('refuses %s=%s with a sentence naming it', (name, value, message) => {
    expect(() => readInputs(host({ [name]: value }))).toThrow(message)
  })

  it('needs a Railway project with a Railway token and the other way round', () => {
    expect(() => readInputs(host({ 'railway-token': 't' }))).toThrow(/railway-project-id/)
    expect(() => readInputs(host({ 'railway-project-id': 'p' }))).toThrow(/railway-token/)
  })

  it('takes the mode a per-mode action fixed over any mode input, and checks it the same way', () => {
    const fixed = (mode: string, inputs: Record<string, string> = {}) =>
      new MemoryHost(inputs, { [FIXED_MODE_VARIABLE]: mode })
    expect(readInputs(fixed('gate')).mode).toBe('gate')
    expect(readInputs(fixed('revert-watch', { mode: 'run' })).mode).toBe('revert-watch')
    expect(modeName(fixed('gate', { mode: 'revert-watch' }))).toBe('gate')
    expect(readInputs(host({ mode: 'gate' })).mode).toBe('gate')
    expect(modeName(host({}))).toBe('run')
    expect(() => readInputs(fixed('nope'))).toThrow(
      /SELF_EVOLUTION_MODE is "nope"; expected one of: run, gate, revert-watch/
    )
  })

  it('takes the password out of odd URLs too', () => {
    expect(passwordOf('postgres://u:p%2Fw@h/db')).toBe('p/w')
    expect(passwordOf('postgres://u@h/db')).toBe('')
    expect(passwordOf('')).toBe('')
  })
})

describe('state hand-over', () => {
  it('round-trips a claimed start and main', () => {
    const h = host({})
    expect(loadStart(h)).toBeUndefined()
    saveStart(h, {
      kind: 'claimed',
      runId: 7,
      runDate: '2026-11-25',
      repository: 'o/r',
      dryRun: true,
      configDigest: 'abc',
      jitterMs: 5,
      gates: [{ name: 'cooldown', result: 'clear', detail: '' }],
      timings: { startMs: 3 },
      artifacts: { attach: true, retentionDays: 30 }
    })
    expect(loadStart(h)).toMatchObject({
      kind: 'claimed',
      runId: 7,
      dryRun: true,
      artifacts: { retentionDays: 30 }
    })
    saveMain(h, {
      completed: true,
      counts: { allowed: 1, blocked: 2, total: 3 },
      reportDir: '/x',
      failure: '',
      timings: {}
    })
    expect(loadMain(h)).toMatchObject({ completed: true, counts: { total: 3 } })
  })
  it('round-trips a skip', () => {
    const h = host({})
    saveStart(h, { kind: 'skipped', reason: 'flag-off', detail: 'd', gates: [], jitterMs: 0, timings: {} })
    expect(loadStart(h)).toMatchObject({ kind: 'skipped', reason: 'flag-off' })
  })
})
