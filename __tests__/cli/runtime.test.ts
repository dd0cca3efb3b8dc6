import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { childBound, OPTIMIZERS_OFF } from '../../src/cli/runtime.js'

/** A stand-in for node:v8 that records the flags it is given (the real one would change the test's own process). */
function fakeV8() {
  const flags: string[] = []
  return { flags, load: async () => ({ setFlagsFromString: (f: string) => void flags.push(f) }) }
}

describe('childBound', () => {
  it('turns V8’s optimizing compilers off on the V8 versions of Node 20 to 24', async () => {
    for (const version of ['11.3.244.8-node.38', '12.4.254.21-node.33', '13.6.233.17-node.53']) {
      const v8 = fakeV8()
      await childBound(version, v8.load)
      expect(v8.flags).toEqual(['--no-turbofan', '--no-maglev'])
    }
    expect([...OPTIMIZERS_OFF]).toEqual(['--no-turbofan', '--no-maglev'])
  })

  it('changes nothing on a V8 whose flags it does not know, so V8 never prints an error', async () => {
    for (const version of ['10.2.154.26-node.26', '14.0.1', 'x']) {
      const v8 = fakeV8()
      await childBound(version, v8.load)
      expect(v8.flags).toEqual([])
    }
  })

  it('never sets a garbage-collector flag (set at run time, --single-threaded-gc crashes V8 11.3)', () => {
    expect(OPTIMIZERS_OFF.some(f => /gc|scavenge|marking|sweep|compaction/i.test(f))).toBe(false)
  })

  it('stops this Node from optimizing a hot function, and V8 prints nothing (checked in a child process)', () => {
    // %GetOptimizationStatus: bit 4 is "optimized" (by TurboFan or Maglev).
    const script = [
      "const v8 = require('v8')",
      'for (const flag of process.argv.slice(1)) v8.setFlagsFromString(flag)',
      'function hot(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a.charCodeAt(i); return s }',
      "for (let i = 0; i < 200000; i++) hot('abcdefghij' + (i & 7))",
      'process.stdout.write(String(%GetOptimizationStatus(hot)))'
    ].join('\n')
    const status = (flags: string[]) => {
      const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script, '--', ...flags], {
        encoding: 'utf8'
      })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      return Number(r.stdout)
    }
    const OPTIMIZED = 1 << 4
    expect(status([]) & OPTIMIZED).toBe(OPTIMIZED)
    expect(status([...OPTIMIZERS_OFF]) & OPTIMIZED).toBe(0)
  })
})
