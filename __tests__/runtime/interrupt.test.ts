/**
 * The interruption's decisions, with a stand-in process: the first signal is recorded and stops the
 * work at its next checkpoint, a second exits with 128 + its number, and post closes as cancelled only
 * a run that main did not complete because of a signal.
 */
import { describe, expect, it } from '@jest/globals'
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'
import {
  decideSignal,
  Interrupted,
  listenForInterrupts,
  signalExitCode,
  type InterruptSignal,
  type SignalProcess
} from '../../src/runtime/interrupt.js'
import { closingStatus } from '../../src/modes/run/stages.js'
import { interruptedLine } from '../../src/cli/commands/run.js'
import type { LocalRunResult } from '../../src/cli/local-run.js'

class FakeProcess extends EventEmitter {
  exits: number[] = []
  stderrText = ''
  readonly stdin = new PassThrough()
  readonly stderr = { write: (t: string) => void (this.stderrText += t) }
  constructor(readonly env: NodeJS.ProcessEnv = {}) {
    super()
  }
  exit(code: number): never {
    this.exits.push(code)
    throw new Error(`exit ${code}`)
  }
}
const asProcess = (p: FakeProcess) => p as unknown as SignalProcess

describe('signals', () => {
  it('exit with 128 + the signal number; the first is recorded, a later one exits', () => {
    expect(signalExitCode('SIGINT')).toBe(130)
    expect(signalExitCode('SIGTERM')).toBe(143)
    expect(decideSignal(undefined, 'SIGINT')).toEqual({ action: 'record' })
    expect(decideSignal('SIGINT', 'SIGINT')).toEqual({ action: 'exit', code: 130 })
    expect(decideSignal('SIGINT', 'SIGTERM')).toEqual({ action: 'exit', code: 143 })
  })

  it('records the first signal, stops at the next checkpoint, exits on the second, and lets go on dispose', async () => {
    const proc = new FakeProcess()
    const recorded: InterruptSignal[] = []
    const interruption = listenForInterrupts(asProcess(proc), s => recorded.push(s))
    await interruption.checkpoint('before-claim')
    proc.emit('SIGINT')
    expect(recorded).toEqual(['SIGINT'])
    await expect(interruption.checkpoint('after-claim')).rejects.toEqual(new Interrupted('SIGINT'))
    expect(() => proc.emit('SIGTERM')).toThrow('exit 143')
    expect(proc.exits).toEqual([143])
    interruption.dispose()
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM')).toBe(0)
  })

  it('pauses at a named checkpoint until the next signal, saying so on stderr', async () => {
    const proc = new FakeProcess({ SELF_EVOLUTION_PAUSE_AT: 'after-claim,recording' })
    const interruption = listenForInterrupts(asProcess(proc), () => undefined)
    const paused = interruption.checkpoint('recording')
    expect(proc.stderrText).toBe('self-evolution: paused at recording\n')
    proc.emit('SIGTERM')
    await expect(paused).rejects.toThrow('Interrupted by SIGTERM.')
    interruption.dispose()
  })

  it('a pause ends on a line on stdin too, and then the run goes on', async () => {
    const proc = new FakeProcess({ SELF_EVOLUTION_PAUSE_AT: 'before-act' })
    const interruption = listenForInterrupts(asProcess(proc), () => undefined)
    const paused = interruption.checkpoint('before-act')
    proc.stdin.write('go\n')
    await expect(paused).resolves.toBeUndefined()
    interruption.dispose()
  })
})

describe('closingStatus', () => {
  const main = (completed: boolean, failure = '') => ({
    completed,
    failure,
    counts: { allowed: 0, blocked: 0, total: 0 },
    reportDir: '',
    timings: {}
  })
  it('is cancelled only for a run main did not finish because its own process got a signal', () => {
    expect(closingStatus(main(true), undefined)).toBe('success')
    expect(closingStatus(main(true), 'SIGINT')).toBe('success')
    expect(closingStatus(main(false), 'SIGINT')).toBe('cancelled')
    expect(closingStatus(main(false), undefined)).toBe('failed')
    expect(closingStatus(main(false, 'the database went away'), 'SIGTERM')).toBe('failed')
  })
})

describe("the CLI's one line", () => {
  const result = (o: Partial<LocalRunResult>): LocalRunResult => ({
    status: 'cancelled',
    outputs: {},
    summary: '',
    stages: { main: { status: 'cancelled' }, post: { status: 'cancelled' } },
    artifactDir: '',
    artifactFiles: [],
    interrupted: 'SIGINT',
    ...o
  })
  it('says what became of the claimed run', () => {
    expect(interruptedLine(result({}))).toBe(
      'Interrupted by SIGINT before a run was claimed: nothing to close.'
    )
    expect(interruptedLine(result({ runId: 4 }))).toBe('Interrupted by SIGINT: run 4 closed as cancelled.')
    expect(
      interruptedLine(
        result({
          runId: 4,
          status: 'success',
          stages: { main: { status: 'success' }, post: { status: 'success' } }
        })
      )
    ).toBe('Interrupted by SIGINT after run 4 finished: it is recorded as success.')
    expect(
      interruptedLine(
        result({ runId: 4, stages: { main: { status: 'cancelled' }, post: { status: 'failed' } } })
      )
    ).toBe(
      'Interrupted by SIGINT: run 4 could not be closed (see the warning above); close it with "self-evolution runs cancel 4".'
    )
  })
})
