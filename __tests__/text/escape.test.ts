import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  cap,
  forAnnotation,
  forHtml,
  forJson,
  forLog,
  forMarkdown,
  forMarkdownBlock,
  forMarkdownCode,
  forTerminal,
  LIMITS,
  MAX_BLOCK_LINES,
  rendererFor
} from '../../src/text/escape.js'

const HOSTILE = [
  '::add-mask::x',
  '  ::add-mask::x',
  '\t::error file=a.ts,line=1::boom',
  '::stop-commands::token',
  'fine\n::set-output name=x::y',
  'fine\r::warning::y',
  'fine\u2028::notice::y',
  'fine\u0085::debug::y',
  '##[error]legacy',
  'x ##[add-mask]v',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[click](javascript:alert(1)) ![i](http://x/y.png)',
  '@everyone #123 https://evil.example.com www.evil.com',
  '| a | b |\n|---|---|',
  '`code` *em* _em_ ~~s~~ $x$ {{ secrets.TOKEN }}',
  '\u202egnp.exe',
  'zero\u200bwidth\ufeffbom',
  'tag\udb40\udc41\udb40\udc42chars',
  'lone \ud800 surrogate \udc00',
  '\u001b[31mred\u001b[0m',
  'a'.repeat(100000)
]

const commandLike = /^\s*::/

describe('cap', () => {
  it('caps by code points, marks the cut, and never splits a surrogate pair', () => {
    expect(cap('abcdef', 6)).toBe('abcdef')
    expect(cap('abcdefg', 6)).toBe('abcde…')
    expect(cap('😀😀😀', 2)).toBe('😀…')
    expect(cap('😀😀', 2)).toBe('😀😀')
    expect(cap('abc', 1)).toBe('…')
    expect(cap('abc', 0)).toBe('')
    expect(cap('abc', -5)).toBe('')
    expect(cap('abc', Number.NaN)).toBe('')
  })
  it('holds for any text: at most max code points, and a prefix of the input when cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 0, max: 100 }),
        (text, max) => {
          const out = cap(text, max)
          expect(Array.from(out).length).toBeLessThanOrEqual(max)
          if (out !== text && max > 0) {
            expect(out.endsWith('…')).toBe(true)
            expect(text.startsWith(out.slice(0, -1))).toBe(true)
          }
        }
      )
    )
  })
})

describe('forLog', () => {
  it.each(HOSTILE)('makes %j one safe log line', text => {
    const out = forLog(text)
    expect(out).not.toMatch(/[\n\r\u2028\u2029\u0085]/)
    expect(out).not.toMatch(commandLike)
    expect(out).not.toContain('::')
    expect(out).not.toContain('##[')
    expect(out).not.toContain('\u001b')
    expect(out).not.toContain('\u202e')
    expect(Array.from(out.replace(/\\u\{?[0-9a-f]+\}?|\\[nrt]|\u200b/g, 'x')).length).toBeLessThanOrEqual(
      LIMITS.message * 2
    )
  })
  it('shows line breaks and control characters instead of dropping them', () => {
    expect(forLog('a\nb\tc\rd\u0000e')).toBe('a\\nb\\tc\\rd\\u0000e')
    expect(forLog('tag\udb40\udc41')).toBe('tag\\u{e0041}')
    expect(forLog('lone \ud800')).toBe('lone \\ud800')
  })
  it('keeps ordinary text readable', () => {
    expect(forLog('docs/über guide.md: 3 files, +10 -2')).toBe('docs/über guide.md: 3 files, +10 -2')
  })
  it('never lets a line start a workflow command, even printed at the start of a line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), (prefix, suffix) => {
        const out = forLog(`${prefix}::add-mask::${suffix}`)
        expect(out).not.toMatch(commandLike)
        expect(out).not.toContain('::')
        expect(out).not.toMatch(/[\n\r]/)
      })
    )
  })
  it('caps huge input', () => {
    expect(Array.from(forLog('a'.repeat(100000))).length).toBe(LIMITS.message)
    expect(forAnnotation('x'.repeat(10), 5)).toBe('xxxx…')
  })
})

describe('forMarkdown', () => {
  it.each(HOSTILE)('leaves no Markdown or HTML syntax in %j', text => {
    const out = forMarkdown(text)
    expect(out).not.toMatch(/[<>[\]()`*_|~\n\r@]/)
    expect(out).not.toMatch(/https?:\/\//)
    expect(out).not.toMatch(/www\.\w/)
    expect(out.replace(/&#\d+;/g, '')).not.toContain('#')
    expect(out).not.toContain('\u202e')
  })
  it('renders specials as numeric references, which show as the character', () => {
    expect(forMarkdown('<b>*x*</b>')).toBe('&#60;b&#62;&#42;x&#42;&#60;/b&#62;')
    expect(forMarkdown('a|b\nc')).toBe('a&#124;b c')
  })
  it('holds for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), text => {
        const out = forMarkdown(text)
        expect(out).not.toMatch(/[<>[\]()`*_|~\n\r]/)
        // Every & starts a numeric character reference.
        expect(out.replace(/&#\d+;/g, '')).not.toContain('&')
      })
    )
  })
})

describe('forMarkdownBlock and forMarkdownCode', () => {
  it('escapes each line, joins them with <br> and caps the line count', () => {
    expect(forMarkdownBlock('a\n<b>\r\nc')).toBe('a<br>&#60;b&#62;<br>c')
    const many = Array.from({ length: 80 }, (_, i) => `l${i}`).join('\n')
    const out = forMarkdownBlock(many, 100000)
    expect(out.split('<br>')).toHaveLength(MAX_BLOCK_LINES + 1)
    expect(out.endsWith('<br>…')).toBe(true)
  })
  it('wraps code in <code> with HTML escaping, so a backtick cannot end it', () => {
    expect(forMarkdownCode('a`b</code><script>')).toBe('<code>a&#96;b&#60;/code&#62;&#60;script&#62;</code>')
    // Markdown is still parsed inside a raw <code>: a table cell must not split, a link must not form.
    const hostile = forMarkdownCode('docs/x|[click](https://evil.example) *b* @user #1')
    expect(hostile.replace(/&#\d+;/g, '')).not.toMatch(/[|[\]()*@#]/)
    expect(hostile.startsWith('<code>') && hostile.endsWith('</code>')).toBe(true)
  })
})

describe('forHtml', () => {
  it.each(HOSTILE)('leaves no markup in %j', text => {
    const out = forHtml(text)
    expect(out).not.toMatch(/[<>"'`]/)
    expect(out.replace(/&#\d+;/g, '')).not.toContain('&')
  })
  it('holds for any text, including attribute breakers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), text => {
        const out = forHtml(text)
        expect(out).not.toMatch(/[<>"'`=\n]/)
        expect(out.replace(/&#\d+;/g, '')).not.toContain('&')
      })
    )
  })
})

describe('forJson', () => {
  it('caps, and keeps the document valid UTF-8', () => {
    expect(forJson('a'.repeat(1000), 10)).toBe(`${'a'.repeat(9)}…`)
    expect(forJson('x\ud800y')).toBe('x\ufffdy')
    const doc = JSON.stringify({ title: forJson(HOSTILE.join('\n')) })
    expect(doc).not.toContain('\n')
    expect(JSON.parse(doc).title).toBe(forJson(HOSTILE.join('\n')))
  })
})

describe('forTerminal and the choice of target', () => {
  it('is plain text: no entities, every hidden character visible', () => {
    expect(forTerminal('failure-limit')).toBe('failure-limit')
    expect(forTerminal('.github/workflows/ci.yml')).toBe('.github/workflows/ci.yml')
    expect(forTerminal('a\u001b[2Jb\u202ec\nd')).toBe('a\\u001b[2Jb\\u202ec\\nd')
    expect(forTerminal('::error::x')).not.toMatch(/^::/)
  })
  it('one function picks the escaping for a target', () => {
    expect(rendererFor('terminal').code('a-b.md')).toBe('a-b.md')
    expect(rendererFor('markdown').code('a-b.md')).toBe(forMarkdownCode('a-b.md'))
    expect(rendererFor('markdown').inline('a-b')).toBe('a&#45;b')
  })
})
