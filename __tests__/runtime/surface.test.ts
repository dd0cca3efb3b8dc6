import { describe, expect, it } from '@jest/globals'
import { SKIP_REASONS } from '../../src/daily/start.js'
import { MemoryHost } from '../../src/runtime/host.js'
import { readInputs } from '../../src/runtime/inputs.js'
import { CLI_FLAGS, inputLabel, migrateAdvice, skipAdvice } from '../../src/runtime/surface.js'

const facts = { configPath: '.github/self-evolution-config.json', repository: 'o/r' }

describe('messages in the words of the interface in use', () => {
  it('names the flag from the CLI and the input in the action', () => {
    expect(inputLabel('cli', 'config-path')).toBe('--config-path')
    expect(inputLabel('action', 'config-path')).toBe('Input "config-path"')
    // An input the CLI has no flag for keeps its input name.
    expect(inputLabel('cli', 'proposals-sha256')).toBe('Input "proposals-sha256"')
    expect(migrateAdvice('cli')).toBe('run `self-evolution migrate`, or pass --migrate')
    expect(migrateAdvice('cli')).not.toContain('migrate: true')
    expect(migrateAdvice('action')).toContain('`migrate: true`')
  })

  it('every skip but already-running says what to do', () => {
    for (const surface of ['cli', 'action'] as const) {
      for (const reason of SKIP_REASONS) {
        const advice = skipAdvice(surface, reason, facts)
        if (reason === 'already-running') expect(advice).toBeUndefined()
        else expect(advice).toMatch(/^[A-Z].*\.$/)
      }
    }
  })

  it('already-ran-today names --force in the CLI and the force input in the action', () => {
    expect(skipAdvice('cli', 'already-ran-today', facts)).toBe(
      "Today's run is done; pass --force to run again today."
    )
    expect(skipAdvice('action', 'already-ran-today', facts)).toBe(
      "Today's run is done; set the input `force: true` to run again today."
    )
    expect(skipAdvice('cli', 'cooldown', facts)).toContain('pass --force')
  })

  it('flag-off and failure-limit name `self-evolution flag enable`', () => {
    expect(skipAdvice('cli', 'flag-off', facts)).toContain('`self-evolution flag enable`')
    expect(skipAdvice('action', 'failure-limit', facts)).toContain(
      '`self-evolution flag enable --repository o/r`'
    )
  })

  it('a bad input read from the CLI is named by its flag', () => {
    const cli = new MemoryHost({ force: 'maybe' }, {}, () => {}, 'cli')
    expect(() => readInputs(cli)).toThrow('--force is "maybe"; expected "true" or "false".')
    const action = new MemoryHost({ force: 'maybe' })
    expect(() => readInputs(action)).toThrow('Input "force" is "maybe"; expected "true" or "false".')
    const path = new MemoryHost({ 'config-path': '../x.json' }, {}, () => {}, 'cli')
    expect(() => readInputs(path)).toThrow('--config-path is "../x.json"')
    expect(Object.keys(CLI_FLAGS)).toEqual(expect.arrayContaining(['config-path', 'force', 'migrate']))
  })
})
