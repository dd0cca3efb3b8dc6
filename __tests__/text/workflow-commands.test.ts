/**
 * inertJson keeps the value and drops every workflow command from the text; stopCommands guards
 * plain text with a fresh token the text does not contain.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { inertJson, randomStopToken, stopCommands } from '../../src/text/workflow-commands.js'

const HOSTILE = [
  '##[error]x',
  '\n::add-mask::x',
  '\n  ::set-output name=a::b',
  '::stop-commands::abc',
  'a\r::warning::b',
  'a\u2028::notice::b',
  'a\u2029::debug::b',
  'a\u0085::error::b',
  '###[x] ##[[ #\\##[ \\##[',
  '\\u0023#[ \\\\##[',
  '"##[error]"',
  '\ud800 lone ##[',
  '\t::error file=a,line=1::boom\n##[group]g'
]

/** A value holding `s` in every place a string can be: a key, a value, an array item. */
function nest(s: string): unknown {
  return { [s]: s, list: [s, { inner: s }], n: 1, t: true, z: null }
}

/** Every line the runner could read as a command: `::` after whitespace, or `##[` anywhere. */
function liveLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u0085|\u2028|\u2029/).filter(l => /^\s*::/.test(l) || l.includes('##['))
}

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc
    .array(fc.constantFrom('#', '[', ':', ' ', '\n', '\r', '\\', '\u2028', 'u', '0', '2', '3', 'x', '"'), {
      maxLength: 30
    })
    .map(a => a.join('')),
  fc.string({ unit: 'binary' })
)

describe('inertJson', () => {
  it.each(HOSTILE)('keeps the value of %j and leaves no command in its text', s => {
    for (const space of [undefined, 2]) {
      const text = inertJson(nest(s), space)
      expect(JSON.parse(text)).toEqual(nest(s))
      expect(liveLines(text)).toEqual([])
      expect(text).not.toMatch(/[\u0085\u2028\u2029]/)
    }
  })

  it('round-trips any value built from hostile strings, compact and pretty', () => {
    fc.assert(
      fc.property(
        fc.array(hostileString, { maxLength: 5 }),
        fc.constantFrom(undefined, 2),
        (parts, space) => {
          const value = parts.map(nest)
          const text = inertJson(value, space)
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
          expect(liveLines(text)).toEqual([])
        }
      ),
      { numRuns: 300 }
    )
  })

  it('changes nothing else: text without ##[ or a separator is JSON.stringify', () => {
    const value = { title: 'a::b', reason: ['#[x]', '# [', 'line\nbreak'], n: -1.5 }
    expect(inertJson(value, 2)).toBe(JSON.stringify(value, null, 2))
    expect(inertJson(value)).toBe(JSON.stringify(value))
  })

  it('writes ##[ as #\\u0023[ and the separators as \\u escapes', () => {
    expect(inertJson('##[error]x')).toBe('"#\\u0023[error]x"')
    expect(inertJson('a\u2028b\u2029c\u0085d')).toBe('"a\\u2028b\\u2029c\\u0085d"')
  })
})

describe('stopCommands', () => {
  const tokens = (...list: string[]) => {
    const queue = [...list]
    return () => queue.shift() ?? 'x'
  }

  it('puts the text between the stop line and the resume line', () => {
    const token = 'a'.repeat(32)
    expect(stopCommands('##[error]x\n::add-mask::y\n', () => token)).toBe(
      `::stop-commands::${token}\n##[error]x\n::add-mask::y\n::${token}::\n`
    )
  })

  it('ends the text with a newline so the resume line stands alone, and leaves empty text empty', () => {
    expect(stopCommands('no newline', () => 'b'.repeat(20))).toBe(
      `::stop-commands::${'b'.repeat(20)}\nno newline\n::${'b'.repeat(20)}::\n`
    )
    expect(stopCommands('', () => 'c'.repeat(20))).toBe('')
  })

  it('draws a fresh token while the text contains the token, in any case', () => {
    const taken = 'deadbeefdeadbeef0001'
    const text = `::${taken.toUpperCase()}::\nlive?\n`
    const fresh = 'cafecafecafecafe0002'
    expect(stopCommands(text, tokens(taken, fresh))).toBe(`::stop-commands::${fresh}\n${text}::${fresh}::\n`)
  })

  it('refuses short or odd tokens, and gives up on a source that never gives a usable one', () => {
    const good = 'e'.repeat(16)
    expect(stopCommands('x\n', tokens('short', 'has::colons-in-it', good))).toContain(`::${good}::`)
    expect(() => stopCommands('x\n', () => 'short')).toThrow('no usable token')
  })

  it('uses random tokens by default, a different one each time', () => {
    const a = randomStopToken()
    const b = randomStopToken()
    expect(a).toMatch(/^[0-9a-f-]{36}$/)
    expect(a).not.toBe(b)
    expect(stopCommands('x\n')).toMatch(/^::stop-commands::([0-9a-f-]{36})\nx\n::\1::\n$/)
  })
})
