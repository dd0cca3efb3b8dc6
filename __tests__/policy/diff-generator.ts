/**
 * Generated and mutated patches for the differential test of the text reader against git apply:
 * git and traditional sections, extended headers anywhere (after `+++` too), odd modes, dates,
 * quoting (octal, BOM, invalid UTF-8, tabs), CRLF, `\ No newline`, binary patches, several
 * sections for one path, -p edge cases, then random line mutations. Seeded, so reproducible.
 */
import { deflateSync } from 'node:zlib'
import { quoteCPath } from '../../src/policy/quote.js'

export type Rng = {
  int: (n: number) => number
  chance: (p: number) => boolean
  pick: <T>(xs: readonly T[]) => T
}

/** mulberry32. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return { int, chance: p => next() < p, pick: xs => xs[int(xs.length)] }
}

const NAMES = [
  'docs/a.md',
  'docs/b c.md',
  '.github/workflows/deploy.yml',
  'dist/index.js',
  'x',
  'docs/ü.md',
  '\ufeffdocs/a.md',
  'docs/tab\there.md',
  'docs/q"uote.md',
  'x/.gitattributes',
  'a//b.md',
  'docs/a.md.orig',
  'dev/null',
  'a/b/c d/e.txt'
] as const

const MODES = ['100644', '100755', '120000', '160000', '120644', '160644', '120777', '040000', '100600']
const ODD_MODES = ['000000', '10064', '1006444', 'abc', '100644 ', ' 100644', '0100644']
const DATES = [
  ' 2020-01-01 00:00:00',
  '\t2020-01-01 00:00:00.000000000 +0000',
  ' 20-01-01',
  '  20-01-01',
  '\t20-01-01 10:00:00',
  '\t1970-01-01 00:00:00 +0000',
  '\t1969-12-31 19:00:00.000000000 -0500',
  ' 2020-01-01 00:00:00 +08:00',
  '\tWed Jan  1 00:00:00 2020',
  '\t2020-01-01 00:00:00 +0100'
]
const CONTENT = [
  'foo',
  'bar',
  '',
  '-- a/x',
  '+++ b/x',
  'diff --git a/x b/x',
  '@@ -1 +1 @@',
  'rename to x',
  '\\'
]
const hex = (r: Rng) => '0123456789abcdef'.slice(r.int(8)).padEnd(7, '0')

/** A name with its prefix, in one of the forms a patch may hold. */
function render(r: Rng, prefix: string, name: string): string {
  const full = prefix + name
  switch (r.int(9)) {
    case 0:
      return quoteCPath(full).startsWith('"') ? quoteCPath(full) : `"${full}"`
    case 1:
      return `"${prefix}\\357\\273\\277${name}"`
    case 2:
      return `"${prefix}docs/\\377.md"`
    case 3:
      return name
    case 4:
      return `x/y/${name}`
    case 5:
      return `"${prefix}${name}\\000"`.replace('\\000', r.chance(0.5) ? '\\000' : '\\t')
    default:
      return full
  }
}

function mode(r: Rng): string {
  return r.chance(0.1) ? r.pick(ODD_MODES) : r.pick(MODES)
}

/** One hunk: its lines with the header; counts right unless mutated later. */
function hunk(r: Rng, kind: 'new' | 'delete' | 'modify'): string[] {
  const body: string[] = []
  const n = 1 + r.int(4)
  for (let i = 0; i < n; i++) {
    const c = kind === 'new' ? '+' : kind === 'delete' ? '-' : r.pick([' ', '+', '-', '-', '+'])
    body.push(c + r.pick(CONTENT))
  }
  if (kind === 'modify' && !body.some(l => l[0] !== ' ')) body.push('+' + r.pick(CONTENT))
  const old = body.filter(l => l[0] !== '+').length
  const neu = body.filter(l => l[0] !== '-').length
  const range = (start: number, count: number) =>
    count === 1 && r.chance(0.5) ? `${start}` : `${start},${count}`
  const lines = [
    `@@ -${range(old ? 1 : 0, old)} +${range(neu ? 1 : 0, neu)} @@${r.chance(0.2) ? ' fn()' : ''}`,
    ...body
  ]
  if (r.chance(0.2)) lines.splice(1 + r.int(body.length) + 1, 0, '\\ No newline at end of file')
  return lines
}

function encode85(data: Buffer): string[] {
  const en = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
  const lines: string[] = []
  for (let off = 0; off < data.length; off += 52) {
    const chunk = data.subarray(off, off + 52)
    let line =
      chunk.length <= 26
        ? String.fromCharCode(64 + chunk.length)
        : String.fromCharCode(96 + chunk.length - 26)
    for (let g = 0; g < chunk.length; g += 4) {
      let acc = 0
      for (let k = 0; k < 4; k++) acc = acc * 256 + (chunk[g + k] ?? 0)
      let group = ''
      for (let k = 0; k < 5; k++) {
        group = en[acc % 85] + group
        acc = Math.floor(acc / 85)
      }
      line += group
    }
    lines.push(line)
  }
  return lines
}

function binary(r: Rng, a: string, b: string): string[] {
  if (r.chance(0.3)) return [`${r.chance(0.8) ? 'Binary files' : 'Files'} ${a} and ${b} differ`]
  const block = () => {
    const data = Buffer.from(Array.from({ length: r.int(70) }, () => r.int(256)))
    const packed = deflateSync(data)
    const kind = r.chance(0.8) ? 'literal' : 'delta'
    return [`${kind} ${r.chance(0.9) ? data.length : data.length + 1}`, ...encode85(packed), '']
  }
  return ['GIT binary patch', ...block(), ...(r.chance(0.5) ? block() : [])]
}

type Kind = 'modify' | 'new' | 'delete' | 'rename' | 'copy' | 'mode' | 'binary'

function extendedHeader(r: Rng, kind: Kind, oldN: string, newN: string): string[] {
  const h: string[] = []
  if (kind === 'new') h.push(`new file mode ${mode(r)}`)
  if (kind === 'delete') h.push(`deleted file mode ${mode(r)}`)
  if (kind === 'mode') h.push(`old mode ${mode(r)}`, `new mode ${mode(r)}`)
  if (kind === 'rename' || kind === 'copy') {
    h.push(`similarity index ${r.int(101)}%`)
    const word = kind === 'copy' ? 'copy' : r.chance(0.2) ? 'rename' : 'rename'
    const [from, to] = kind === 'rename' && r.chance(0.2) ? ['old', 'new'] : ['from', 'to']
    h.push(`${word} ${from} ${render(r, '', oldN)}`, `${word} ${to} ${render(r, '', newN)}`)
  }
  if (r.chance(0.6)) h.push(`index ${hex(r)}..${hex(r)}${r.chance(0.5) ? ` ${mode(r)}` : ''}`)
  return h
}

function gitSection(r: Rng, name: string): string[] {
  const kind: Kind = r.pick(['modify', 'modify', 'new', 'delete', 'rename', 'copy', 'mode', 'binary'])
  const newN = kind === 'rename' || kind === 'copy' || r.chance(0.1) ? r.pick(NAMES) : name
  const a = render(r, 'a/', name)
  const b = render(r, 'b/', newN)
  const lines = [`diff --git ${a} ${b}`, ...extendedHeader(r, kind, name, newN)]
  if (kind === 'binary') return [...lines, ...binary(r, a, b)]
  if (kind === 'mode' && r.chance(0.5)) return lines
  const body = kind === 'new' ? 'new' : kind === 'delete' ? 'delete' : 'modify'
  lines.push(`--- ${kind === 'new' ? '/dev/null' : a}`, `+++ ${kind === 'delete' ? '/dev/null' : b}`)
  if (r.chance(0.2)) lines.push(...afterPlus(r))
  lines.push(...hunk(r, body))
  if (body === 'modify' && r.chance(0.3))
    lines.push(...hunk(r, body).map(l => l.replace(/^@@ -1/, '@@ -9').replace(/\+1(,| @)/, '+9$1')))
  return lines
}

/** Header lines git still reads between `+++` and the first `@@`. */
function afterPlus(r: Rng): string[] {
  return r.pick([
    ['rename from .github/workflows/deploy.yml', 'rename to docs/a.md'],
    ['copy from docs/a.md', 'copy to dist/index.js'],
    ['index garbage', 'rename from .github/workflows/deploy.yml', 'rename to docs/a.md'],
    ['--- a/docs/a.md', '+++ b/docs/a.md'],
    ['new file mode 120644'],
    ['old mode 100644', 'new mode 160644'],
    ['similarity index 90%']
  ])
}

function traditionalSection(r: Rng, name: string): string[] {
  const side = r.int(6)
  const oldN = side === 0 ? '/dev/null' : render(r, 'a/', name)
  const newN =
    side === 1 ? '/dev/null' : render(r, r.chance(0.8) ? 'b/' : '', r.chance(0.9) ? name : r.pick(NAMES))
  const date = () => (r.chance(0.6) ? r.pick(DATES) : '')
  const body = side === 0 ? 'new' : side === 1 ? 'delete' : 'modify'
  return [`--- ${oldN}${date()}`, `+++ ${newN}${date()}`, ...hunk(r, body)]
}

const MUTATION_LINES = [
  'rename from .github/workflows/deploy.yml',
  'rename to docs/a.md',
  'copy to dist/x',
  'new file mode 120644',
  'deleted file mode 100644',
  'index garbage',
  '--- a/docs/a.md',
  '+++ b/docs/a.md',
  '@@ -1 +1 @@',
  '\\ No newline at end of file',
  '',
  'GIT binary patch',
  'similarity index 100%'
]

function mutate(r: Rng, lines: string[]): string[] {
  const out = [...lines]
  const at = () => r.int(out.length + 1)
  for (let n = r.int(4); n > 0; n--) {
    const i = r.int(out.length)
    switch (r.int(8)) {
      case 0:
        out.splice(i, 1)
        break
      case 1:
        out.splice(i, 0, out[i] ?? '')
        break
      case 2:
        out.splice(at(), 0, r.pick(MUTATION_LINES))
        break
      case 3:
        if (i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]]
        break
      case 4:
        out[i] = (out[i] ?? '').replace(/\d+/, d => String(Math.max(0, Number(d) + r.pick([-1, 1, 2]))))
        break
      case 5:
        out[i] = (out[i] ?? '') + '\r'
        break
      case 6:
        // Swap the two names of a header line.
        out[i] = (out[i] ?? '').replace(/^(diff --git|rename from|copy from) (\S+) (\S+)$/, '$1 $3 $2')
        break
      default:
        out[i] = (out[i] ?? '').replace(/docs\/a\.md/, r.pick(NAMES))
    }
  }
  return out
}

/** One generated case: the patch's bytes. */
export function generatePatch(r: Rng): Buffer {
  let lines: string[] = r.chance(0.2) ? ['From: someone', 'Subject: [PATCH] x', ''] : []
  const name = r.pick(NAMES)
  for (let n = 1 + r.int(r.chance(0.7) ? 1 : 3); n > 0; n--) {
    const sectionName = r.chance(0.3) ? name : r.pick(NAMES)
    lines.push(...(r.chance(0.7) ? gitSection(r, sectionName) : traditionalSection(r, sectionName)))
  }
  if (r.chance(0.45)) lines = mutate(r, lines)
  if (r.chance(0.1)) lines = lines.map(l => l + '\r')
  let text = lines.join('\n') + (r.chance(0.95) ? '\n' : '')
  if (r.chance(0.05)) text = text.slice(0, Math.max(0, text.length - 1 - r.int(10)))
  const bytes = Buffer.from(text, 'utf8')
  // A raw byte that is not UTF-8, now and then, in place of a marker.
  const u = bytes.indexOf(Buffer.from('ü'))
  if (u !== -1 && r.chance(0.3)) bytes[u] = 0xff
  return bytes
}
